#pragma once

#include "db/cluster.h"
#include "redis/client.h"

#include <QString>
#include <QStringList>

// What integration and GUI tests know about the servers scripts/test started for them.
// scripts/test exports QM_SANDBOX_DIR (the sandbox state folder); its profile.json names the
// endpoints. A test that needs servers calls QM_REQUIRE_SANDBOX() first.
namespace qmtest {

bool haveSandbox();
QString sandboxDir();
QString profilePath(); // $QM_SANDBOX_DIR/profile.json
qm::db::ClusterConfig clusterConfig(
    const QString &user = {}); // primary + replica, owner creds by default
qm::db::ConnectionParams primaryParams(const QString &user = {});
qm::db::ConnectionParams replicaParams(const QString &user = {});
qm::redis::Endpoint redisEndpoint();
// The sandbox's Redis password of a console role's ACL user ($QM_SANDBOX_DIR/redis-users, read
// as the console reads a profile's Redis passfile). Empty when it has none.
QString redisPassword(const QString &user);

// Runs scripts/sandbox with the given arguments against the test sandbox (e.g. {"stop",
// "replica"}). Returns the exit code; output goes to the test log.
int sandboxCtl(const QStringList &args, int timeoutMs = 60000);

// Waits, spinning the event loop, until the future is finished (or fails the test on timeout).
template <typename F> bool waitFor(F &future, int timeoutMs = 10000);

// The error of a result that should have failed; a success becomes an error saying so, so that a
// regression fails the test instead of crashing it with std::bad_variant_access.
template <typename T> qm::Error errorOf(const qm::Result<T> &r)
{
    if (r.ok())
        return qm::Error {qm::Error::Code::Unknown, QStringLiteral("(it succeeded)"), {}, {}};
    return r.error();
}

// One Redis command through the client under test, waiting with the event loop running; a
// Timeout error when no reply came in time.
qm::Result<qm::redis::Reply> run(
    qm::redis::Client &client, QByteArrayList args, int timeoutMs = 10000);

// A loopback port on which nothing listens: an ephemeral port bound, then released.
int closedPort();

} // namespace qmtest

#define QM_REQUIRE_SANDBOX()                                                                       \
    do {                                                                                           \
        if (!qmtest::haveSandbox())                                                                \
            QFAIL("no sandbox: run through scripts/test (it starts the servers and sets "          \
                  "QM_SANDBOX_DIR)");                                                              \
    } while (0)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

template <typename F> bool qmtest::waitFor(F &future, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}
