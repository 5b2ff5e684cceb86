// Redis purges through the safety flow against the sandbox's Redis: exact plans, protected
// namespaces, tags, products, cancel, a Redis restart mid-purge, and every master of a Cluster.
#include "cache/purgespec.h"
#include "cache/redispurge.h"
#include "cache/redissync.h"
#include "safety/flow.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace qm::cache;
using namespace qm::safety;

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

// Fills keys with MSET in chunks (standalone only).
void fill(qm::redis::Client &c, const QByteArray &prefix, int from, int to,
    const QByteArray &value = "0123456789")
{
    for (int i = from; i < to; i += 5000) {
        QByteArrayList cmd {"MSET"};
        for (int j = i; j < qMin(to, i + 5000); ++j)
            cmd << prefix + QByteArray::number(j) << value;
        auto r = callSync(c, cmd);
        QVERIFY(r && !r->isError());
    }
}

qint64 countMatching(qm::redis::Client &c, const QByteArray &match)
{
    QSet<QByteArray> seen;
    QByteArray cursor = "0";
    do {
        auto r = callSync(c, {"SCAN", cursor, "MATCH", match, "COUNT", "5000"});
        if (!r || !r->isArray()) {
            qWarning() << "SCAN failed:" << (r ? r->describe() : r.error().toString());
            return -1;
        }
        cursor = r->elements[0].str;
        for (const QByteArray &k : r->elements[1].toByteArrayList())
            seen.insert(k);
    } while (cursor != "0");
    return seen.size();
}

void wipe(qm::redis::Client &c, const QByteArray &match)
{
    QByteArray cursor = "0";
    do {
        auto r = callSync(c, {"SCAN", cursor, "MATCH", match, "COUNT", "5000"});
        if (!r || !r->isArray())
            return;
        cursor = r->elements[0].str;
        QByteArrayList keys = r->elements[1].toByteArrayList();
        if (!keys.isEmpty()) {
            keys.prepend("UNLINK");
            callSync(c, keys);
        }
    } while (cursor != "0");
}

SyncFlowOptions yes()
{
    SyncFlowOptions o;
    o.confirm = [](const Plan &, const ConfirmRequirement &) { return true; };
    return o;
}

bool waitUntilServing(qm::redis::Client &c, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        auto r = callSync(c, {"INFO", "persistence"}, 1000);
        if (r && r->isText() && r->str.contains("\nloading:0"))
            return true;
        QTest::qWait(100);
    }
    return false;
}

} // namespace

class TestPurge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void patternPlanIsExact();
    void patternPurgeThroughTheFlow();
    void protectedNamespacesRefusedUnlessUnlocked();
    void protectedKeysInsideAPatternRefuse();
    void tagPurge();
    void productPurge();
    void cancelLeavesAPartialCountAndReRunCompletes();
    void redisRestartMidPurge();
    void clusterPurgeHitsEveryMaster();
    void frictionScalesWithEnvironment();

private:
    std::unique_ptr<qm::redis::Client> m_redis;
    QTemporaryDir m_tmp;
    QString auditPath() const { return m_tmp.filePath(QStringLiteral("audit.jsonl")); }
};

void TestPurge::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
    QVERIFY(waitUntilServing(*m_redis));
}

void TestPurge::cleanup()
{
    wipe(*m_redis, "qmtest:purge:*");
    wipe(*m_redis, "tag:qmtest*");
    wipe(*m_redis, "product:9999*");
    wipe(*m_redis, "tag:product:9999*");
}

void TestPurge::patternPlanIsExact()
{
    fill(*m_redis, "qmtest:purge:page:1", 0, 1000); // match page:1*
    fill(*m_redis, "qmtest:purge:page:2", 0, 500); // do not
    fill(*m_redis, "qmtest:purge:page:", 100, 110); // page:100..109 match too
    RedisPurgeAction a(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:page:1*"));
    auto plan = a.plan(CancelToken {});
    QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
    QCOMPARE(plan->count, 1010);
    QCOMPARE(plan->count, countMatching(*m_redis, "qmtest:purge:page:1*"));
    QVERIFY(plan->countExact);
    QCOMPARE(plan->sample.size(), 20);
    for (const QString &k : plan->sample)
        QVERIFY2(k.startsWith(QStringLiteral("qmtest:purge:page:1")), qPrintable(k));
    QVERIFY(!plan->refused);
    QCOMPARE(plan->target, QStringLiteral("qmtest:purge:page:1*"));
    QCOMPARE(plan->impact, Impact::Medium);
    const QString details = plan->details.join(u'\n');
    QVERIFY2(details.contains(QStringLiteral("estimated")), qPrintable(details));
    QVERIFY(plan->data[QStringLiteral("memory_estimate_bytes")].toInteger() > 1010 * 10);
    // A plan changes nothing.
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:page:1*"), 1010);
}

void TestPurge::patternPurgeThroughTheFlow()
{
    fill(*m_redis, "qmtest:purge:page:1", 0, 3000);
    fill(*m_redis, "qmtest:purge:keep:", 0, 300);
    RedisPurgeAction a(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:page:1*"));
    FileAuditSink audit(auditPath());
    SyncFlowOptions o = yes();
    int progressCalls = 0;
    qint64 lastDone = 0;
    o.progress = [&](const Progress &p) {
        ++progressCalls;
        QVERIFY(p.done >= lastDone);
        lastDone = p.done;
        QCOMPARE(p.total, 3000);
    };
    const FlowReport r = runFlowSync(a, &audit, o);
    QVERIFY(r.plan && r.outcome && r.verification);
    QVERIFY2(!r.outcome->error, qPrintable(r.outcome->error ? r.outcome->error->toString() : ""));
    QCOMPARE(r.outcome->done, 3000);
    QVERIFY(r.outcome->complete);
    QVERIFY(progressCalls > 0);
    QVERIFY2(r.verification->ok, qPrintable(r.verification->summary));
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:page:1*"), 0);
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:keep:*"), 300);
    QVERIFY(!r.auditError);
    // The audit entry holds the plan and the outcome.
    QFile f(auditPath());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    const QJsonObject entry = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(entry[QStringLiteral("action")].toString(), QStringLiteral("cache.purge.pattern"));
    QCOMPARE(entry[QStringLiteral("target")].toString(), QStringLiteral("qmtest:purge:page:1*"));
    QCOMPARE(entry[QStringLiteral("plan")][QStringLiteral("count")].toInteger(), 3000);
    QCOMPARE(entry[QStringLiteral("outcome")][QStringLiteral("done")].toInteger(), 3000);
    QVERIFY(entry[QStringLiteral("outcome")][QStringLiteral("verification")][QStringLiteral("ok")]
                .toBool());
}

void TestPurge::protectedNamespacesRefusedUnlessUnlocked()
{
    // The default policy protects session:* and cart:*; a pattern that reaches there is refused
    // before anything is read, and again by execute() if someone skips the plan's refusal.
    const QByteArrayList refused = {"*", "session:*", "sess*", "?art:1", "cart:42"};
    for (const QByteArray &pattern : refused) {
        RedisPurgeAction a(standalone(), RedisPurgeSpec::byPattern(pattern));
        auto plan = a.plan(CancelToken {});
        QVERIFY(plan);
        QVERIFY2(plan->refused, pattern.constData());
        QVERIFY(plan->refusal.contains(QStringLiteral("protected")));
        const Outcome o = a.execute(*plan, {}, CancelToken {});
        QVERIFY(o.error);
        QCOMPARE(o.done, 0);
    }
    RedisPurgeSpec unlocked = RedisPurgeSpec::byPattern("session:qmtest-none-*");
    unlocked.unlockProtected = true;
    RedisPurgeAction a(standalone(), unlocked);
    auto plan = a.plan(CancelToken {});
    QVERIFY(plan && !plan->refused);
    QCOMPARE(plan->impact, Impact::High);
    QVERIFY(!plan->warnings.isEmpty());
}

void TestPurge::protectedKeysInsideAPatternRefuse()
{
    // A policy protecting a namespace inside our test prefix: the pattern does not name it, but
    // matches keys in it.
    PurgePolicy policy;
    policy.protectedGlobs = {"qmtest:purge:x:session:*"};
    fill(*m_redis, "qmtest:purge:x:session:", 0, 5);
    fill(*m_redis, "qmtest:purge:x:page:", 0, 50);
    RedisPurgeAction a(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:x:*"), policy);
    auto plan = a.plan(CancelToken {});
    QVERIFY(plan);
    QVERIFY(plan->refused);
    QVERIFY2(plan->refusal.contains(QStringLiteral("5 matching keys")), qPrintable(plan->refusal));
    QCOMPARE(plan->count, 50); // what it would delete if the protected ones were excluded

    RedisPurgeSpec spec = RedisPurgeSpec::byPattern("qmtest:purge:x:*");
    spec.unlockProtected = true;
    RedisPurgeAction b(standalone(), spec, policy);
    FileAuditSink audit(auditPath());
    const FlowReport r = runFlowSync(b, &audit, yes());
    QVERIFY(r.outcome);
    QCOMPARE(r.outcome->done, 55);
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:x:*"), 0);
}

void TestPurge::tagPurge()
{
    fill(*m_redis, "qmtest:purge:t:page:", 0, 40);
    fill(*m_redis, "qmtest:purge:t:other:", 0, 10);
    QByteArrayList sadd {"SADD", "tag:qmtest-red"};
    for (int i = 0; i < 40; ++i)
        sadd << "qmtest:purge:t:page:" + QByteArray::number(i);
    for (int i = 0; i < 7; ++i) // expired entries: members without keys
        sadd << "qmtest:purge:t:gone:" + QByteArray::number(i);
    QVERIFY(callSync(*m_redis, sadd));

    RedisPurgeAction a(standalone(), RedisPurgeSpec::byTag("qmtest-red"));
    auto plan = a.plan(CancelToken {});
    QVERIFY(plan);
    QCOMPARE(plan->count, 41); // 40 live members + the tag set
    QCOMPARE(plan->data[QStringLiteral("dead_tag_members")].toInteger(), 7);
    FileAuditSink audit(auditPath());
    const FlowReport r = runFlowSync(a, &audit, yes());
    QVERIFY(r.outcome && !r.outcome->error);
    QCOMPARE(r.outcome->done, 41);
    QVERIFY2(r.verification && r.verification->ok, qPrintable(r.verification->summary));
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:t:page:*"), 0);
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:t:other:*"), 10);
    QCOMPARE(countMatching(*m_redis, "tag:qmtest-red"), 0);

    RedisPurgeAction wrongType(standalone(), RedisPurgeSpec::byTag("qmtest-str"));
    QVERIFY(callSync(*m_redis, {"SET", "tag:qmtest-str", "x"}));
    auto bad = wrongType.plan(CancelToken {});
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("not a tag set")));
}

void TestPurge::productPurge()
{
    // product:9999 and its object keys, the pages that show it (members of its tag set), and
    // nothing of product 99990 or 99991.
    QVERIFY(callSync(*m_redis,
        {"MSET", "product:9999", "{}", "product:9999:price", "42", "product:9999:stock", "7",
            "product:99990", "{}", "product:99991:price", "1", "qmtest:purge:pg:/p/9999", "<html>",
            "qmtest:purge:pg:/c/999", "<html>", "qmtest:purge:pg:/c/1", "<html>"}));
    QVERIFY(callSync(*m_redis,
        {"SADD", "tag:product:9999", "qmtest:purge:pg:/p/9999", "qmtest:purge:pg:/c/999",
            "product:9999"}));
    RedisPurgeAction a(standalone(), RedisPurgeSpec::byProduct("9999"));
    auto plan = a.plan(CancelToken {});
    QVERIFY(plan);
    QCOMPARE(plan->count, 6); // 3 object keys, 2 pages, the tag set (product:9999 counted once)
    QCOMPARE(plan->target, QStringLiteral("9999"));
    FileAuditSink audit(auditPath());
    const FlowReport r = runFlowSync(a, &audit, yes());
    QVERIFY(r.outcome && !r.outcome->error);
    QCOMPARE(r.outcome->done, 6);
    QVERIFY2(r.verification->ok, qPrintable(r.verification->summary));
    QCOMPARE(countMatching(*m_redis, "product:9999"), 0);
    QCOMPARE(countMatching(*m_redis, "product:9999:*"), 0);
    QCOMPARE(countMatching(*m_redis, "product:99990"), 1);
    QCOMPARE(countMatching(*m_redis, "product:99991:price"), 1);
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:pg:/c/1"), 1);
    QCOMPARE(countMatching(*m_redis, "tag:product:9999"), 0);
}

void TestPurge::cancelLeavesAPartialCountAndReRunCompletes()
{
    fill(*m_redis, "qmtest:purge:big:", 0, 100000);
    PurgePolicy slow;
    slow.scanCount = 200; // many small batches: time to cancel in the middle
    RedisPurgeAction a(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:big:*"), slow);
    auto plan = a.plan(CancelToken {});
    QVERIFY(plan);
    QCOMPARE(plan->count, 100000);
    CancelToken cancel;
    std::atomic<qint64> seen {0};
    const Outcome o = a.execute(
        *plan,
        [&](const Progress &p) {
            seen = p.done;
            if (p.done >= 20000)
                cancel.cancel();
        },
        cancel);
    QVERIFY(o.error);
    QCOMPARE(o.error->code, qm::Error::Code::Cancelled);
    QVERIFY(!o.complete);
    QVERIFY2(o.done >= 20000 && o.done < 100000, qPrintable(QString::number(o.done)));
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:big:*"), 100000 - o.done);
    auto v = a.verify(*plan, o, CancelToken {});
    QVERIFY(v && !v->ok);
    QCOMPARE(v->remaining, 100000 - o.done);

    RedisPurgeAction again(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:big:*"));
    FileAuditSink audit(auditPath());
    const FlowReport r = runFlowSync(again, &audit, yes());
    QVERIFY(r.outcome && r.outcome->complete);
    QCOMPARE(r.outcome->done, 100000 - o.done);
    QVERIFY(r.verification->ok);
}

void TestPurge::redisRestartMidPurge()
{
    // The sandbox's Redis keeps no snapshot of its own: save one so that the restart brings the
    // keys back, as a production Redis with persistence would.
    fill(*m_redis, "qmtest:purge:rs:", 0, 150000);
    QVERIFY(callSync(*m_redis, {"SAVE"}, 60000));
    auto dir = callSync(*m_redis, {"CONFIG", "GET", "dir"});
    QVERIFY(dir && dir->elements.size() == 2);
    const QString dump = dir->elements[1].toString() + QStringLiteral("/dump.rdb");
    auto removeDump = qScopeGuard([&] { QFile::remove(dump); });

    PurgePolicy policy;
    policy.scanCount = 200;
    RedisPurgeAction a(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:rs:*"), policy);
    auto plan = a.plan(CancelToken {});
    QVERIFY(plan);
    QCOMPARE(plan->count, 150000);
    std::atomic<qint64> done {0};
    QFuture<Outcome> f = QtConcurrent::run([&] {
        return a.execute(
            *plan, [&](const Progress &p) { done = p.done; }, CancelToken {});
    });
    QTRY_VERIFY_WITH_TIMEOUT(done > 10000, 30000);
    QCOMPARE(qmtest::sandboxCtl({QStringLiteral("restart"), QStringLiteral("redis")}), 0);
    QVERIFY(qmtest::waitFor(f, 60000));
    const Outcome o = f.result();
    QVERIFY2(o.error, "the purge must report the restart");
    QVERIFY(!o.complete);
    QVERIFY(o.error->code == qm::Error::Code::ConnectionLost
        || o.error->code == qm::Error::Code::ConnectionFailed);
    QVERIFY2(o.error->message.contains(QStringLiteral("after %1 keys were deleted").arg(o.done)),
        qPrintable(o.error->message));
    QVERIFY(o.done > 0 && o.done < 150000);
    qInfo() << "restart stopped the purge after" << o.done << "keys:" << o.error->message;

    // The restarted server loaded its snapshot: everything is back. A re-run completes.
    m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
    QVERIFY(waitUntilServing(*m_redis));
    QCOMPARE(countMatching(*m_redis, "qmtest:purge:rs:*"), 150000);
    RedisPurgeAction again(standalone(), RedisPurgeSpec::byPattern("qmtest:purge:rs:*"));
    FileAuditSink audit(auditPath());
    const FlowReport r = runFlowSync(again, &audit, yes());
    QVERIFY(r.outcome && r.outcome->complete);
    QCOMPARE(r.outcome->done, 150000);
    QVERIFY(r.verification->ok);
}

void TestPurge::clusterPurgeHitsEveryMaster()
{
    const RedisDeployment d = cluster();
    auto topo = TopologyResolver::resolve(d);
    QVERIFY(topo);
    QCOMPARE(topo->masters.size(), 3);
    QMap<QString, int> perMaster;
    {
        std::map<QString, std::unique_ptr<qm::redis::Client>> clients;
        for (int i = 0; i < 600; ++i) {
            const QByteArray key = "qmtest:purge:cl:" + QByteArray::number(i);
            const RedisNode *n = topo->masterForKey(key);
            auto &c = clients[n->name()];
            if (!c)
                c = std::make_unique<qm::redis::Client>(n->endpoint);
            QVERIFY(callSync(*c, {"SET", key, "v"}));
            ++perMaster[n->name()];
        }
    }
    QCOMPARE(perMaster.size(), 3); // the keys really are spread over every master
    RedisPurgeAction a(d, RedisPurgeSpec::byPattern("qmtest:purge:cl:*"));
    FileAuditSink audit(auditPath());
    const FlowReport r = runFlowSync(a, &audit, yes());
    QVERIFY(r.plan);
    QCOMPARE(r.plan->count, 600);
    QVERIFY(r.outcome && !r.outcome->error);
    QCOMPARE(r.outcome->done, 600);
    QCOMPARE(r.outcome->data[QStringLiteral("pacing")].toArray().size(), 3);
    QVERIFY(r.verification->ok);
    for (const RedisNode &n : topo->masters) {
        qm::redis::Client c(n.endpoint);
        QCOMPARE(countMatching(c, "qmtest:purge:cl:*"), 0);
    }
}

void TestPurge::frictionScalesWithEnvironment()
{
    Plan p;
    p.target = QStringLiteral("page:1*");
    p.impact = Impact::Low;
    using Env = qm::Profile::Environment;
    auto req = FrictionPolicy::requirementFor(Env::Development, p);
    QCOMPARE(req.friction, Friction::Click);
    p.impact = Impact::High;
    QCOMPARE(FrictionPolicy::requirementFor(Env::Development, p).friction, Friction::Acknowledge);
    QCOMPARE(FrictionPolicy::requirementFor(Env::Staging, p).friction, Friction::TypeTarget);
    p.impact = Impact::Low;
    req = FrictionPolicy::requirementFor(Env::Production, p);
    QCOMPARE(req.friction, Friction::TypeTarget);
    QCOMPARE(req.phrase, QStringLiteral("page:1*"));
    QVERIFY(!FrictionPolicy::satisfied(req, true, QStringLiteral("page:1")));
    QVERIFY(!FrictionPolicy::satisfied(req, true, QStringLiteral("page:1* ")));
    QVERIFY(FrictionPolicy::satisfied(req, false, QStringLiteral("page:1*")));
}

QTEST_GUILESS_MAIN(TestPurge)
#include "tst_purge.moc"
