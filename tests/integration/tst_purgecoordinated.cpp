// One action clears a product's Redis objects and its Varnish pages; tag sets are reaped of
// members whose keys expired. Against the sandbox's Redis and Varnish.
#include "cache/coordinatedpurge.h"
#include "cache/redissync.h"
#include "cache/tagreaper.h"
#include "cache/varnish.h"
#include "safety/flow.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qm::cache;
using namespace qm::safety;

namespace {

QString varnishUrl()
{
    QFile f(qmtest::sandboxDir() + QStringLiteral("/cache.json"));
    return f.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(f.readAll())["varnish"]["url"].toString()
        : QString();
}

RedisDeployment standalone()
{
    RedisDeployment d;
    d.hosts = {qmtest::redisEndpoint().name()};
    return d;
}

QByteArray xcache(VarnishClient &c, const QString &path)
{
    auto r = c.get(varnishUrl(), path);
    return r ? r->header("X-Cache") : QByteArray("error");
}

qint64 exists(qm::redis::Client &c, QByteArrayList keys)
{
    keys.prepend("EXISTS");
    auto r = callSync(c, keys);
    return r ? r->integer : -1;
}

FlowReport run(DestructiveAction &a)
{
    FileAuditSink audit(QDir::temp().filePath(QStringLiteral("qm-coordinated-audit.jsonl")));
    SyncFlowOptions o;
    o.confirm = [](auto &, auto &) { return true; };
    return runFlowSync(a, &audit, o);
}

} // namespace

class TestPurgeCoordinated : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void productEverywhere();
    void reapExpiredTagMembers();

private:
    std::unique_ptr<qm::redis::Client> m_redis;
};

void TestPurgeCoordinated::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    if (varnishUrl().isEmpty())
        QFAIL("the sandbox runs no Varnish (cache.json)");
    m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
}

void TestPurgeCoordinated::productEverywhere()
{
    // Redis: the product's objects and the page entries that show it, tagged.
    QVERIFY(callSync(*m_redis,
        {"MSET", "product:8801", "{}", "product:8801:price", "9.99", "page:/p/8801", "<html>",
            "page:/c/880", "<html>", "product:8802", "{}", "page:/p/8802", "<html>"}));
    QVERIFY(callSync(*m_redis, {"SADD", "tag:product:8801", "page:/p/8801", "page:/c/880"}));
    // Varnish: the product's page and its category page cached; another product's page too.
    VarnishClient v;
    for (const QString &p :
        {QStringLiteral("/p/8801"), QStringLiteral("/c/880"), QStringLiteral("/p/8802")})
        v.get(varnishUrl(), p);
    QCOMPARE(xcache(v, QStringLiteral("/p/8801")), QByteArray("HIT"));
    QCOMPARE(xcache(v, QStringLiteral("/c/880")), QByteArray("HIT"));

    auto action = makeProductPurge(standalone(), {varnishUrl()}, "8801");
    const FlowReport r = run(*action);
    QVERIFY(r.plan && r.outcome && r.verification);
    QCOMPARE(r.plan->action, QStringLiteral("cache.purge.product"));
    QCOMPARE(r.plan->target, QStringLiteral("8801"));
    QCOMPARE(r.plan->count, 5); // 2 objects, 2 pages, the tag set
    QCOMPARE(r.plan->data[QStringLiteral("parts")].toArray().size(), 2);
    QVERIFY2(!r.outcome->error, qPrintable(r.outcome->error ? r.outcome->error->toString() : ""));
    QCOMPARE(r.outcome->done, 5);
    const QJsonArray parts = r.outcome->data[QStringLiteral("parts")].toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[1][QStringLiteral("done")].toInteger(), 2); // /p/8801 and /c/880 (xkey)
    QVERIFY2(r.verification->ok, qPrintable(r.verification->summary));

    QCOMPARE(exists(*m_redis,
                 {"product:8801", "product:8801:price", "page:/p/8801", "page:/c/880",
                     "tag:product:8801"}),
        0);
    QCOMPARE(exists(*m_redis, {"product:8802", "page:/p/8802"}), 2);
    QCOMPARE(xcache(v, QStringLiteral("/p/8802")), QByteArray("HIT"));
    callSync(*m_redis, {"UNLINK", "product:8802", "page:/p/8802"});
}

void TestPurgeCoordinated::reapExpiredTagMembers()
{
    QVERIFY(callSync(*m_redis, {"MSET", "qmtest:reap:a", "1", "qmtest:reap:b", "1"}));
    QVERIFY(callSync(*m_redis, {"SET", "qmtest:reap:short", "1", "PX", "50"}));
    QVERIFY(callSync(*m_redis,
        {"SADD", "tag:qmtest-reap", "qmtest:reap:a", "qmtest:reap:b", "qmtest:reap:short",
            "qmtest:reap:long-gone"}));
    QTest::qWait(150); // qmtest:reap:short expires; its member stays in the tag set

    auto survey = TagReapAction::survey(standalone(), "tag:qmtest-reap*");
    QVERIFY(survey);
    QCOMPARE(survey->size(), 1);
    QCOMPARE(survey->first().members, 4);
    QCOMPARE(survey->first().dead, 2);

    TagReapAction reap(standalone(), "tag:qmtest-reap*");
    const FlowReport r = run(reap);
    QVERIFY(r.plan && r.outcome);
    QCOMPARE(r.plan->count, 2);
    QCOMPARE(r.plan->impact, Impact::Low);
    QCOMPARE(r.outcome->done, 2);
    QVERIFY2(r.verification && r.verification->ok, qPrintable(r.verification->summary));
    auto members = callSync(*m_redis, {"SMEMBERS", "tag:qmtest-reap"});
    QByteArrayList left = members->toByteArrayList();
    std::sort(left.begin(), left.end());
    QCOMPARE(left, QByteArrayList({"qmtest:reap:a", "qmtest:reap:b"}));
    // Live keys were not touched.
    QCOMPARE(exists(*m_redis, {"qmtest:reap:a", "qmtest:reap:b"}), 2);
    callSync(*m_redis, {"UNLINK", "qmtest:reap:a", "qmtest:reap:b", "tag:qmtest-reap"});
}

QTEST_GUILESS_MAIN(TestPurgeCoordinated)
#include "tst_purgecoordinated.moc"
