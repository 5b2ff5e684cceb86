#pragma once

#include "common/result.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"

#include <QObject>
#include <QVector>
#include <memory>

namespace qm {

namespace db {
class Pool;
}
namespace redis {
class Client;
}

// What "Test" found for one server of a profile.
struct TestOutcome
{
    enum class Kind { Postgres, Redis };
    Kind kind = Kind::Postgres;
    QString target; // host:port
    bool ok = false;
    QString summary; // ok: "primary · PostgreSQL 15.5 · console schema present"
    Error error; // not ok: specific (wrong password, refused, unreachable, no console schema)
};

// Tries every server of a profile at once, off the GUI thread (PostgreSQL on one-worker pools,
// Redis with the async client), and reports each as it answers. The tester deletes itself once
// every server answered; abandon() (the dialog closed) silences it without waiting.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    static ConnectionTester *start(const Profile &profile, const Credentials &credentials);
    ~ConnectionTester() override;

    void abandon();

Q_SIGNALS:
    void outcome(const qm::TestOutcome &outcome);
    void finished(int failures);

private:
    explicit ConnectionTester(QObject *parent = nullptr);
    void testPostgres(
        const Profile &profile, const Credentials &credentials, const QString &hostPort);
    void testRedis(const Profile &profile, const Credentials &credentials);
    void report(const TestOutcome &o);

    std::vector<std::unique_ptr<db::Pool>> m_pools;
    std::unique_ptr<redis::Client> m_redis;
    int m_pending = 0;
    int m_failures = 0;
    bool m_abandoned = false;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::TestOutcome)
