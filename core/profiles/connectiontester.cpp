#include "connectiontester.h"

#include "common/whenfinished.h"
#include "db/pool.h"
#include "redis/client.h"

#include <QElapsedTimer>
#include <pqxx/pqxx>

namespace qm {

namespace {

struct NodeFacts
{
    QString user;
    bool inRecovery = false;
    QString version;
    bool consoleSchema = false;
};

} // namespace

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{ }
ConnectionTester::~ConnectionTester() = default;

ConnectionTester *ConnectionTester::start(const Profile &profile, const Credentials &credentials)
{
    auto *t = new ConnectionTester;
    for (const QString &hp : profile.postgresHosts)
        t->testPostgres(profile, credentials, hp);
    t->testRedis(profile, credentials);
    return t;
}

void ConnectionTester::abandon()
{
    m_abandoned = true;
    if (m_pending == 0)
        deleteLater();
}

void ConnectionTester::report(const TestOutcome &o)
{
    --m_pending;
    if (!o.ok)
        ++m_failures;
    if (!m_abandoned)
        Q_EMIT outcome(o);
    if (m_pending == 0) {
        if (!m_abandoned)
            Q_EMIT finished(m_failures);
        // The pools' workers are idle now: destroying them joins threads that have nothing to do.
        deleteLater();
    }
}

void ConnectionTester::testPostgres(
    const Profile &profile, const Credentials &credentials, const QString &hostPort)
{
    db::ConnectionParams params = connectionParamsFor(profile, credentials, hostPort);
    params.applicationName = QStringLiteral("quartermaster test");
    auto pool = std::make_unique<db::Pool>(params, 1);
    db::Pool *p = pool.get();
    m_pools.push_back(std::move(pool));
    ++m_pending;
    auto future
        = p->run<NodeFacts>(QStringLiteral("test the connection"), [](db::Pool::Connection &c) {
              pqxx::read_transaction tx(c);
              const pqxx::row r = tx.exec1("SELECT current_user, pg_is_in_recovery(), "
                                           "current_setting('server_version'), "
                                           "to_regnamespace('console') IS NOT NULL");
              NodeFacts f;
              f.user = QString::fromStdString(r[0].as<std::string>());
              f.inRecovery = r[1].as<bool>();
              f.version = QString::fromStdString(r[2].as<std::string>());
              f.consoleSchema = r[3].as<bool>();
              return f;
          });
    whenFinished(this, future, [this, hostPort, db = profile.database](const Result<NodeFacts> &r) {
        TestOutcome o;
        o.kind = TestOutcome::Kind::Postgres;
        o.target = hostPort;
        if (!r) {
            o.error = r.error();
            report(o);
            return;
        }
        const NodeFacts &f = r.value();
        const QString role = f.inRecovery ? tr("replica") : tr("primary");
        if (!f.consoleSchema) {
            o.error.code = Error::Code::SchemaMissing;
            o.error.message = tr("Signed in as %1 (%2), but database %3 has no console schema: "
                                 "connect and let the console install it, or run qmctl migrate.")
                                  .arg(f.user, role, db);
            report(o);
            return;
        }
        o.ok = true;
        o.summary = tr("%1 · signed in as %2 · PostgreSQL %3 · console schema present")
                        .arg(role, f.user, f.version.section(u' ', 0, 0));
        report(o);
    });
}

void ConnectionTester::testRedis(const Profile &profile, const Credentials &credentials)
{
    const redis::Endpoint endpoint = redisEndpointFor(profile, credentials);
    m_redis = std::make_unique<redis::Client>(endpoint);
    ++m_pending;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    whenFinished(this, m_redis->command({QByteArrayLiteral("PING")}),
        [this, clock, name = endpoint.name()](const Result<redis::Reply> &r) {
            TestOutcome o;
            o.kind = TestOutcome::Kind::Redis;
            o.target = name;
            if (!r) {
                o.error = r.error();
            } else if (r->isError()) {
                o.error.code
                    = r->toString().startsWith(u"NOAUTH") || r->toString().startsWith(u"WRONGPASS")
                    ? Error::Code::AuthFailed
                    : Error::Code::Protocol;
                o.error.message = tr("Redis at %1 answered: %2").arg(name, r->toString());
            } else {
                o.ok = true;
                o.summary = tr("Redis answered PING in %1 ms")
                                .arg(QString::number(clock->nsecsElapsed() / 1e6, 'f', 1));
            }
            report(o);
        });
}

} // namespace qm
