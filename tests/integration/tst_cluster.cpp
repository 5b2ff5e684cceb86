// db::Cluster against the sandbox's primary + streaming replica: roles are discovered, reads go
// to the replica, a person always reads their own write, a replica that goes down costs no
// error, and probes report it within seconds.

#include "db/cluster.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>
#include <pqxx/pqxx>

using qm::Error;
using qm::db::Cluster;
using qm::db::NodeStatus;
using qm::db::Pool;

namespace {

template <typename T> T await(QFuture<T> f, int timeoutMs = 10000)
{
    if (!qmtest::waitFor(f, timeoutMs))
        qFatal("a cluster job did not finish within %d ms", timeoutMs);
    return f.result();
}

// Where a read or write ran: "replica" or "primary", plus the server's port.
struct Where
{
    bool replica = false;
    int port = 0;
    QString value;
};

std::function<Where(Pool::Connection &)> sql(const std::string &query)
{
    return [query](Pool::Connection &c) {
        pqxx::work tx(c);
        Where w;
        const pqxx::row where = tx.exec1("select pg_is_in_recovery(), inet_server_port()");
        w.replica = where[0].as<bool>();
        w.port = where[1].as<int>();
        if (!query.empty()) {
            const pqxx::result r = tx.exec(query);
            if (!r.empty() && !r[0].empty())
                w.value = QString::fromStdString(r[0][0].c_str());
        }
        tx.commit();
        return w;
    };
}

QString errorText(const qm::Result<Where> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

// Runs SQL on one node directly (not through the cluster's routing).
QString direct(const qm::db::ConnectionParams &p, const std::string &query)
{
    Pool pool(p, 1);
    auto r = await(pool.run<Where>(QStringLiteral("direct"), sql(query)));
    if (!r.ok())
        qFatal("direct query failed: %s", qPrintable(r.error().toString()));
    return r.value().value;
}

const NodeStatus *findNode(const QVector<NodeStatus> &nodes, int port)
{
    for (const NodeStatus &n : nodes) {
        if (n.name.endsWith(QStringLiteral(":%1").arg(port)))
            return &n;
    }
    return nullptr;
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void startFindsThePrimary();
    void readsGoToTheReplicaWritesToThePrimary();
    void probeReportsBothNodes();
    void readYourWritesUnderReplayPause();
    void readYourWritesBackToBack();
    void cancelThroughTheCluster();
    void periodicProbes();
    void replicaDownFallsBackAndIsReported();

private:
    void waitReplicaReady();
    std::unique_ptr<Cluster> m_cluster;
    int m_primaryPort = 0;
    int m_replicaPort = 0;
};

void TestCluster::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    qRegisterMetaType<QVector<NodeStatus>>();
    m_primaryPort = qmtest::primaryParams().port;
    m_replicaPort = qmtest::replicaParams().port;
    // Listed replica first: roles must come from pg_is_in_recovery(), not the order.
    qm::db::ClusterConfig config = qmtest::clusterConfig();
    std::swap(config.nodes[0], config.nodes[1]);
    m_cluster = std::make_unique<Cluster>(config);
    const qm::Status started = await(m_cluster->start());
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    direct(qmtest::primaryParams(),
        "create table if not exists public.qm_test_cluster (id bigserial primary key, "
        "v text not null)");
}

void TestCluster::init()
{
    direct(qmtest::replicaParams(), "select pg_wal_replay_resume()");
}

void TestCluster::cleanupTestCase()
{
    if (!qmtest::haveSandbox())
        return;
    direct(qmtest::replicaParams(), "select pg_wal_replay_resume()");
    m_cluster.reset();
    direct(qmtest::primaryParams(), "drop table if exists public.qm_test_cluster");
}

void TestCluster::waitReplicaReady()
{
    // Up, streaming and caught up, as the router sees it.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const auto nodes = await(m_cluster->probe());
            const NodeStatus *r = findNode(nodes, m_replicaPort);
            return r && r->up && !r->primary && r->lagSeconds >= 0
                && r->lagSeconds <= m_cluster->config().maxReplicaLagSeconds;
        }(),
        30000);
}

void TestCluster::startFindsThePrimary()
{
    QCOMPARE(m_cluster->primaryPool()->params().port, m_primaryPort);
    QCOMPARE(m_cluster->replicaPools().size(), 1);
    QCOMPARE(m_cluster->replicaPools().first()->params().port, m_replicaPort);
}

void TestCluster::readsGoToTheReplicaWritesToThePrimary()
{
    waitReplicaReady();
    for (int i = 0; i < 5; ++i) {
        const auto r = await(m_cluster->read<Where>(QStringLiteral("where"), sql({})));
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QVERIFY(r->replica);
        QCOMPARE(r->port, m_replicaPort);
    }
    const auto w = await(m_cluster->write<Where>(QStringLiteral("where"), sql({})));
    QVERIFY2(w.ok(), qPrintable(errorText(w)));
    QVERIFY(!w->replica);
    QCOMPARE(w->port, m_primaryPort);
    QVERIFY(!m_cluster->lastWriteLsn().isEmpty());
}

void TestCluster::probeReportsBothNodes()
{
    QSignalSpy changed(m_cluster.get(), &Cluster::statusChanged);
    const QVector<NodeStatus> nodes = await(m_cluster->probe());
    QCOMPARE(nodes.size(), 2);
    const NodeStatus *p = findNode(nodes, m_primaryPort);
    const NodeStatus *r = findNode(nodes, m_replicaPort);
    QVERIFY(p && r);
    QVERIFY(p->up && p->primary);
    QVERIFY(r->up && !r->primary);
    QVERIFY(p->roundTripMs > 0 && r->roundTripMs > 0);
    QVERIFY(qm::db::parseLsn(p->walLsn) > 0);
    QVERIFY(qm::db::parseLsn(r->walLsn) > 0);
    QVERIFY(r->lagBytes >= 0);
    QVERIFY(r->lagSeconds >= 0);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<QVector<NodeStatus>>().size(), 2);
    QCOMPARE(m_cluster->lastStatus().size(), 2);
}

void TestCluster::readYourWritesUnderReplayPause()
{
    waitReplicaReady();
    // The replica stops replaying: it stays up and "caught up" as of the last probe, but it
    // will not have the next write.
    direct(qmtest::replicaParams(), "select pg_wal_replay_pause()");
    const auto w = await(m_cluster->write<Where>(QStringLiteral("insert"),
        sql("insert into public.qm_test_cluster (v) values ('paused') returning id")));
    QVERIFY2(w.ok(), qPrintable(errorText(w)));
    const std::string id = w->value.toStdString();

    const auto r = await(m_cluster->read<Where>(
        QStringLiteral("read back"), sql("select v from public.qm_test_cluster where id = " + id)));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->value, QStringLiteral("paused")); // sees its own write...
    QVERIFY(!r->replica); // ...because it went to the primary

    // Replay resumes: once the replica has the write, reads go back to it.
    direct(qmtest::replicaParams(), "select pg_wal_replay_resume()");
    const std::string lsn = m_cluster->lastWriteLsn().toStdString();
    QTRY_COMPARE(direct(qmtest::replicaParams(),
                     "select (pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn)::text"),
        QStringLiteral("true"));
    const auto r2 = await(m_cluster->read<Where>(
        QStringLiteral("read back"), sql("select v from public.qm_test_cluster where id = " + id)));
    QVERIFY2(r2.ok(), qPrintable(errorText(r2)));
    QCOMPARE(r2->value, QStringLiteral("paused"));
    QVERIFY(r2->replica);
}

void TestCluster::readYourWritesBackToBack()
{
    waitReplicaReady();
    int onReplica = 0;
    for (int i = 0; i < 40; ++i) {
        const std::string v = "b2b-" + std::to_string(i);
        const auto w = await(m_cluster->write<Where>(QStringLiteral("insert"),
            sql("insert into public.qm_test_cluster (v) values ('" + v + "') returning id")));
        QVERIFY2(w.ok(), qPrintable(errorText(w)));
        const auto r = await(m_cluster->read<Where>(QStringLiteral("read back"),
            sql("select count(*) from public.qm_test_cluster where v = '" + v + "'")));
        QVERIFY2(r.ok(), qPrintable(errorText(r)));
        QCOMPARE(r->value, QStringLiteral("1"));
        onReplica += r->replica ? 1 : 0;
    }
    qInfo() << onReplica << "of 40 read-backs were served by the replica";
}

void TestCluster::cancelThroughTheCluster()
{
    Pool::JobId id = 0;
    auto f = m_cluster->read<Where>(QStringLiteral("slow report"), sql("select pg_sleep(30)"), &id);
    QTest::qWait(300);
    QElapsedTimer t;
    t.start();
    m_cluster->cancel(id);
    const auto r = await(f, 5000);
    QVERIFY(!r.ok());
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(Error::Code::Cancelled));
    QVERIFY(t.elapsed() < 2000);
}

void TestCluster::periodicProbes()
{
    QSignalSpy changed(m_cluster.get(), &Cluster::statusChanged);
    m_cluster->setProbeInterval(100);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 3, 3000);
    m_cluster->setProbeInterval(0);
    QTest::qWait(400); // a round still out may land
    const int settled = changed.count();
    QTest::qWait(400);
    QCOMPARE(changed.count(), settled);
    const auto nodes = changed.last().first().value<QVector<NodeStatus>>();
    QCOMPARE(nodes.size(), 2);
}

void TestCluster::replicaDownFallsBackAndIsReported()
{
    waitReplicaReady();
    // Connections to the replica are open and the router believes it healthy.
    const auto before = await(m_cluster->read<Where>(QStringLiteral("where"), sql({})));
    QVERIFY(before.ok() && before->replica);

    QCOMPARE(qmtest::sandboxCtl({QStringLiteral("stop"), QStringLiteral("replica")}), 0);
    auto restart = qScopeGuard([this] {
        qmtest::sandboxCtl({QStringLiteral("start"), QStringLiteral("replica")});
        waitReplicaReady();
    });

    // Before any probe noticed: the read hits the dead replica and moves to the primary.
    const auto r = await(m_cluster->read<Where>(QStringLiteral("where"), sql("select 'ok'")));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->value, QStringLiteral("ok"));
    QVERIFY(!r->replica);

    QElapsedTimer t;
    t.start();
    const QVector<NodeStatus> nodes = await(m_cluster->probe());
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    const NodeStatus *down = findNode(nodes, m_replicaPort);
    QVERIFY(down);
    QVERIFY(!down->up);
    QVERIFY2(!down->error.isEmpty(), "a down node says why");
    qInfo() << "replica reported down in" << t.elapsed() << "ms:" << down->error;
    const NodeStatus *primary = findNode(nodes, m_primaryPort);
    QVERIFY(primary && primary->up && primary->primary);

    // Known down: reads go straight to the primary, without errors.
    for (int i = 0; i < 3; ++i) {
        const auto again = await(m_cluster->read<Where>(QStringLiteral("where"), sql({})));
        QVERIFY2(again.ok(), qPrintable(errorText(again)));
        QVERIFY(!again->replica);
    }
    QCOMPARE(m_cluster->readPool(), m_cluster->primaryPool());
}

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
