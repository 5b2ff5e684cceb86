// Redis in every deployment shape, against the sandbox's real servers: standalone, Sentinel
// (master by name; a failover during browsing is followed) and Cluster (every master).
#include "cache/cacheconnection.h"
#include "cache/redissync.h"
#include "cache/topology.h"
#include "redisfixture.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qm::cache;

using qmtest::cacheStack;
using qmtest::clusterDeployment;
using qmtest::currentMaster;
using qmtest::endpointOf;
using qmtest::sentinelDeployment;

class TestCacheTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void standalone();
    void keySlotMatchesServer_data();
    void keySlotMatchesServer();
    void clusterHasEveryMaster();
    void sentinelFindsMasterByName();
    void unknownSentinelMasterIsAClearError();
    void sentinelFailoverDuringBrowsing();
};

void TestCacheTopology::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    if (cacheStack().isEmpty())
        QFAIL("the sandbox has no cache stack (cache.json): run scripts/sandbox up without "
              "QM_SANDBOX_CACHE=0");
}

void TestCacheTopology::standalone()
{
    RedisDeployment d;
    d.hosts = {qmtest::redisEndpoint().name()};
    auto t = TopologyResolver::resolve(d);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
    QCOMPARE(t->masters.size(), 1);
    QCOMPARE(t->masters.first().name(), qmtest::redisEndpoint().name());

    d.hosts = {QStringLiteral("127.0.0.1:1")};
    auto bad = TopologyResolver::resolve(d);
    QVERIFY(bad); // standalone trusts the profile; the first command reports the failure
}

void TestCacheTopology::keySlotMatchesServer_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("plain") << QByteArray("product:42");
    QTest::newRow("hash tag") << QByteArray("{user1000}.following");
    QTest::newRow("empty tag") << QByteArray("foo{}{bar}");
    QTest::newRow("binary") << QByteArray("\x00\xff{\x01}", 5);
    QTest::newRow("utf8") << QByteArray("catégorie:été");
}

void TestCacheTopology::keySlotMatchesServer()
{
    QFETCH(QByteArray, key);
    qm::redis::Client c(
        endpointOf(qmtest::jsonStrings(cacheStack()["cluster"].toObject()["seeds"]).first()));
    auto r = callSync(c, {"CLUSTER", "KEYSLOT", key});
    QVERIFY(r && r->isInteger());
    QCOMPARE(keyHashSlot(key), int(r->integer));
}

void TestCacheTopology::clusterHasEveryMaster()
{
    auto t = TopologyResolver::resolve(clusterDeployment());
    QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
    QCOMPARE(t->masters.size(), 3);
    // Every slot is served by exactly one master.
    QVector<int> owners(16384, 0);
    for (const RedisNode &n : t->masters)
        for (auto [from, to] : n.slotRanges)
            for (int s = from; s <= to; ++s)
                ++owners[s];
    QVERIFY(std::all_of(owners.begin(), owners.end(), [](int o) { return o == 1; }));
    // And a key lands where the server says it lives.
    const QByteArray key = "topology:probe";
    const RedisNode *n = t->masterForKey(key);
    QVERIFY(n);
    qm::redis::Client c(n->endpoint);
    auto set = callSync(c, {"SET", key, "1", "EX", "60"});
    QVERIFY2(set && !set->isError(), qPrintable(set ? set->toString() : QString()));
}

void TestCacheTopology::sentinelFindsMasterByName()
{
    const RedisDeployment d = sentinelDeployment();
    auto t = TopologyResolver::resolve(d);
    QVERIFY2(t, qPrintable(t ? QString() : t.error().toString()));
    QCOMPARE(t->masters.size(), 1);
    QCOMPARE(t->masters.first().name(), currentMaster(d));
    QVERIFY2(!t->replicas.isEmpty(), "Sentinel knows the replica");
}

void TestCacheTopology::unknownSentinelMasterIsAClearError()
{
    RedisDeployment d = sentinelDeployment();
    d.masterName = QStringLiteral("no-such-master");
    auto t = TopologyResolver::resolve(d);
    QVERIFY(!t);
    QVERIFY2(t.error().message.contains(QStringLiteral("no-such-master")),
        qPrintable(t.error().toString()));
}

void TestCacheTopology::sentinelFailoverDuringBrowsing()
{
    const RedisDeployment d = sentinelDeployment();
    const QString original = currentMaster(d);
    CacheConnection conn(d);
    QSignalSpy changed(&conn, &CacheConnection::topologyChanged);
    conn.start();
    QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 10000);
    QCOMPARE(conn.topology().masters.first().name(), original);

    // Browsing: reads and writes keep going through the failover.
    int failures = 0;
    int ok = 0;
    auto browseOnce = [&] {
        auto f = conn.command("topology:browse", {"SET", "topology:browse", "x", "EX", "60"});
        qmtest::waitFor(f, 10000);
        if (f.isFinished() && f.result() && !f.result()->isError())
            ++ok;
        else
            ++failures;
    };
    browseOnce();
    QCOMPARE(ok, 1);

    QVERIFY2(qmtest::sentinelFailover(d), "Sentinel did not fail over");
    const QString promoted = currentMaster(d);
    QVERIFY(promoted != original);
    QElapsedTimer t;
    t.start();
    while (conn.topology().masters.first().name() != promoted && t.elapsed() < 20000) {
        browseOnce();
        QTest::qWait(100);
    }
    QCOMPARE(conn.topology().masters.first().name(), promoted);
    const int before = ok;
    browseOnce();
    QCOMPARE(ok, before + 1); // a write succeeds on the new master
    {
        qm::redis::Client m(endpointOf(promoted));
        auto role = callSync(m, {"ROLE"});
        QVERIFY(role && role->isArray() && role->elements[0].str == "master");
    }
    qInfo() << "followed" << original << "->" << promoted << "with" << failures
            << "failed commands during the switch";

    // Leave the sandbox as we found it: fail back to the original master.
    QVERIFY2(qmtest::sentinelFailover(d), "could not fail back");
    QTRY_COMPARE_WITH_TIMEOUT(currentMaster(d), original, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(conn.topology().masters.first().name(), original, 20000);
    // The original must accept writes again before other tests use it.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            qm::redis::Client m(endpointOf(original));
            auto role = callSync(m, {"ROLE"});
            return role && role->isArray() && role->elements[0].str == "master";
        }(),
        20000);
}

QTEST_GUILESS_MAIN(TestCacheTopology)
#include "tst_cachetopology.moc"
