// The key browser and server stats against the sandbox's Redis: namespaces from incremental SCAN
// (never KEYS), memory bounded on a big keyspace, type/TTL/memory and value previews, INFO stats.
#include "cache/cacheconnection.h"
#include "cache/keybrowser.h"
#include "cache/redissync.h"
#include "cache/serverstats.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qm::cache;

namespace {

RedisDeployment standalone()
{
    RedisDeployment d;
    d.hosts = {qmtest::redisEndpoint().name()};
    return d;
}

RedisDeployment cluster()
{
    QFile f(qmtest::sandboxDir() + QStringLiteral("/cache.json"));
    f.open(QIODevice::ReadOnly);
    RedisDeployment d;
    d.mode = qm::RedisSettings::Mode::Cluster;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll())["cluster"]["seeds"].toArray())
        d.hosts << v.toString();
    return d;
}

qint64 commandCalls(qm::redis::Client &c, const QByteArray &cmd)
{
    auto r = callSync(c, {"INFO", "commandstats"});
    const auto info = parseInfo(r ? r->str : QByteArray());
    const QByteArray v = info.value("cmdstat_" + cmd); // calls=3,usec=...
    return v.mid(6, v.indexOf(',') - 6).toLongLong();
}

void unlinkMatching(qm::redis::Client &c, const QByteArray &match)
{
    QByteArray cursor = "0";
    do {
        auto r = callSync(c, {"SCAN", cursor, "MATCH", match, "COUNT", "5000"});
        QVERIFY(r && r->isArray());
        cursor = r->elements[0].str;
        QByteArrayList keys = r->elements[1].toByteArrayList();
        if (!keys.isEmpty()) {
            keys.prepend("UNLINK");
            callSync(c, keys);
        }
    } while (cursor != "0");
}

} // namespace

class TestCacheBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void namespacesFromScanNeverKeys();
    void boundedMemoryOnManyNamespaces();
    void keyDetailsAndPreviews();
    void listKeysOfANamespace();
    void clusterBrowsesEveryMaster();
    void serverStats();

private:
    std::unique_ptr<qm::redis::Client> m_redis;
};

void TestCacheBrowser::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
    unlinkMatching(*m_redis, "qmtest:browse:*");
    // 200k keys in one namespace, plus a few shaped ones.
    for (int batch = 0; batch < 20; ++batch) {
        QByteArrayList mset {"MSET"};
        for (int i = batch * 10000; i < (batch + 1) * 10000; ++i)
            mset << "qmtest:browse:bulk:" + QByteArray::number(i) << "0123456789abcdef";
        auto r = callSync(*m_redis, mset);
        QVERIFY(r && !r->isError());
    }
    std::vector<QByteArrayList> cmds;
    for (int i = 0; i < 30; ++i)
        cmds.push_back({"SET", "qmtest:browse:product:" + QByteArray::number(i), "p", "EX", "600"});
    cmds.push_back({"HSET", "qmtest:browse:hash", "name", "Boots", "price", "42.50"});
    cmds.push_back({"RPUSH", "qmtest:browse:list", "a", "b\nc", "d"});
    cmds.push_back({"SADD", "qmtest:browse:set", "x", "y"});
    cmds.push_back({"ZADD", "qmtest:browse:zset", "1", "one", "2", "two"});
    cmds.push_back({"XADD", "qmtest:browse:stream", "*", "event", "paid"});
    cmds.push_back({"SET", "qmtest:browse:binary", QByteArray("\x00\xff\x01zz", 5)});
    cmds.push_back({"SET", "qmtest:browse:big", QByteArray(5000, 'v')});
    auto r = pipelineSync(*m_redis, cmds);
    QVERIFY(r);
}

void TestCacheBrowser::cleanupTestCase()
{
    if (m_redis)
        unlinkMatching(*m_redis, "qmtest:browse:*");
}

void TestCacheBrowser::namespacesFromScanNeverKeys()
{
    const qint64 keysBefore = commandCalls(*m_redis, "keys");
    CacheConnection conn(standalone());
    conn.start();
    QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 5000);
    KeyspaceScan scan(&conn);
    scan.setMatch("qmtest:browse:*");
    QSignalSpy updated(&scan, &KeyspaceScan::updated);
    QSignalSpy finished(&scan, &KeyspaceScan::finished);
    QString error = QStringLiteral("not finished");
    connect(&scan, &KeyspaceScan::finished, this,
        [&](const qm::Status &st) { error = st ? QString() : st.error().toString(); });
    scan.start();
    QVERIFY(finished.wait(60000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(updated.count() >= 1);

    const KeyspaceIndex idx = scan.snapshot();
    // SCAN may return a key twice while the table rehashes: at least every key, never fewer.
    QVERIFY2(idx.totalKeys() >= 200037, qPrintable(QString::number(idx.totalKeys())));
    const int browse = idx.find("qmtest:browse:");
    QVERIFY(browse > 0);
    QVERIFY(idx.nodes()[browse].ownKeys >= 7); // hash, list, set, zset, stream, binary, big
    const int bulk = idx.find("qmtest:browse:bulk:");
    QVERIFY(bulk > 0);
    QVERIFY(idx.nodes()[bulk].keys >= 200000);
    QVERIFY(idx.nodes()[bulk].samples.size() <= idx.limits().maxSamples);
    const int product = idx.find("qmtest:browse:product:");
    QVERIFY(product > 0);
    QVERIFY(idx.nodes()[product].keys >= 30);
    QCOMPARE(commandCalls(*m_redis, "keys"), keysBefore); // never KEYS
}

void TestCacheBrowser::boundedMemoryOnManyNamespaces()
{
    // A keyspace with a namespace per key is the worst case: the index must not grow with it.
    KeyspaceIndex::Limits limits;
    KeyspaceIndex idx(limits);
    for (int i = 0; i < 1000000; ++i)
        idx.add("shop:" + QByteArray::number(i % 5000) + ":sku:" + QByteArray::number(i) + ":x");
    QCOMPARE(idx.totalKeys(), 1000000);
    QVERIFY(idx.nodes().size() <= limits.maxNodes);
    const int shop = idx.find("shop:");
    QCOMPARE(idx.nodes()[shop].children.size(), limits.maxChildren);
    QVERIFY(idx.nodes()[shop].otherNamespaces > 0);
    QCOMPARE(idx.nodes()[shop].keys, 1000000); // counts stay exact at the kept levels
    QVERIFY2(idx.approximateBytes() < 8 * 1024 * 1024,
        qPrintable(QString::number(idx.approximateBytes())));
}

void TestCacheBrowser::keyDetailsAndPreviews()
{
    CacheConnection conn(standalone());
    conn.start();
    QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 5000);
    auto f = KeyInspector::inspect(
        &conn, {"qmtest:browse:product:1", "qmtest:browse:hash", "qmtest:browse:missing"});
    QVERIFY(qmtest::waitFor(f));
    const QVector<KeyInfo> info = f.result();
    QCOMPARE(info.size(), 3);
    QCOMPARE(info[0].type, QStringLiteral("string"));
    QVERIFY(info[0].ttlMs > 0 && info[0].ttlMs <= 600000);
    QVERIFY(info[0].memory > 0);
    QCOMPARE(info[1].type, QStringLiteral("hash"));
    QCOMPARE(info[1].ttlMs, -1);
    QCOMPARE(info[2].type, QStringLiteral("none"));
    QCOMPARE(info[2].ttlMs, -2);

    struct Case
    {
        QByteArray key;
        QString type;
        qint64 length;
        QString contains;
    };
    const QList<Case> cases = {
        {"qmtest:browse:hash", QStringLiteral("hash"), 2, QStringLiteral("price = 42.50")},
        {"qmtest:browse:list", QStringLiteral("list"), 3, QStringLiteral("b\\nc")},
        {"qmtest:browse:set", QStringLiteral("set"), 2, QStringLiteral("x")},
        {"qmtest:browse:zset", QStringLiteral("zset"), 2, QStringLiteral("two = 2")},
        {"qmtest:browse:stream", QStringLiteral("stream"), 1, QStringLiteral("event = paid")},
        {"qmtest:browse:binary", QStringLiteral("string"), 5, QStringLiteral("\\x00\\xff\\x01zz")},
    };
    for (const Case &c : cases) {
        auto p = KeyInspector::preview(&conn, c.key);
        QVERIFY(qmtest::waitFor(p));
        QVERIFY2(p.result(), qPrintable(c.key));
        const ValuePreview v = p.result().value();
        QCOMPARE(v.type, c.type);
        QCOMPARE(v.length, c.length);
        QVERIFY2(
            v.lines.join(u'|').contains(c.contains), qPrintable(c.key + ": " + v.lines.join(u'|')));
        QVERIFY(!v.truncated);
    }
    auto big = KeyInspector::preview(&conn, "qmtest:browse:big", 20, 1024);
    QVERIFY(qmtest::waitFor(big));
    QCOMPARE(big.result()->length, 5000);
    QVERIFY(big.result()->truncated);
    QCOMPARE(big.result()->lines.first().size(), 1024);
}

void TestCacheBrowser::listKeysOfANamespace()
{
    CacheConnection conn(standalone());
    conn.start();
    QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 5000);
    auto f = KeyInspector::listKeys(&conn, "qmtest:browse:product:", 500);
    QVERIFY(qmtest::waitFor(f, 30000));
    QVERIFY(f.result());
    QCOMPARE(f.result()->size(), 30);
    auto limited = KeyInspector::listKeys(&conn, "qmtest:browse:bulk:", 100);
    QVERIFY(qmtest::waitFor(limited, 30000));
    QCOMPARE(limited.result()->size(), 100);
}

void TestCacheBrowser::clusterBrowsesEveryMaster()
{
    CacheConnection conn(cluster());
    conn.start();
    QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 5000);
    QCOMPARE(conn.topology().masters.size(), 3);
    for (int i = 0; i < 300; ++i) {
        const QByteArray key = "qmtest:browse:c:" + QByteArray::number(i);
        auto f = conn.command(key, {"SET", key, "v", "EX", "120"});
        QVERIFY(qmtest::waitFor(f));
        QVERIFY2(f.result() && !f.result()->isError(), "routed by slot");
    }
    KeyspaceScan scan(&conn);
    scan.setMatch("qmtest:browse:c:*");
    QSignalSpy finished(&scan, &KeyspaceScan::finished);
    scan.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(scan.snapshot().totalKeys(), 300);
    // Listing a namespace walks every master's SCAN to its end, not just the first one's.
    auto listed = KeyInspector::listKeys(&conn, "qmtest:browse:c:", 1000);
    QVERIFY(qmtest::waitFor(listed, 30000));
    QVERIFY(listed.result());
    QCOMPARE(listed.result()->size(), 300);
}

void TestCacheBrowser::serverStats()
{
    CacheConnection conn(standalone());
    conn.start();
    QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 5000);
    StatsPoller poller(&conn);
    QSignalSpy sampled(&poller, &StatsPoller::sampled);
    poller.pollNow();
    QVERIFY(sampled.wait(5000));
    // Between two readings: 30 hits and 10 misses -> 75 % over the interval.
    std::vector<QByteArrayList> cmds;
    for (int i = 0; i < 30; ++i)
        cmds.push_back({"GET", "qmtest:browse:product:" + QByteArray::number(i)});
    for (int i = 0; i < 10; ++i)
        cmds.push_back({"GET", "qmtest:browse:nothing:" + QByteArray::number(i)});
    QVERIFY(pipelineSync(*m_redis, cmds));
    poller.pollNow();
    QVERIFY(sampled.wait(5000));
    const QVector<NodeStats> s = poller.last();
    QCOMPARE(s.size(), 1);
    QVERIFY(s[0].up);
    QCOMPARE(s[0].role, QStringLiteral("master"));
    QVERIFY(s[0].usedMemory > 0);
    QVERIFY(s[0].keys >= 200000);
    QVERIFY(s[0].clients >= 1);
    // Other clients of the sandbox (a storefront) could add reads: allow a little slack.
    QVERIFY2(qAbs(s[0].hitRatio - 0.75) < 0.1, qPrintable(QString::number(s[0].hitRatio)));
}

QTEST_GUILESS_MAIN(TestCacheBrowser)
#include "tst_cachebrowser.moc"
