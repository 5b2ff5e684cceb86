// The runbook step types cache.purge and varnish.ban (core/runbooks/cachesteps.cpp) against the
// sandbox's Redis and Varnish, and the built-in runbook flush-page-cache through the engine:
//   - the plan is the purge's dry run (its exact count) and deletes nothing;
//   - execute purges what was planned and nothing else; verify is the purge's own verification,
//     also when rebuilt from the journaled outcome (a resumed run), and fails when a matching key
//     is back;
//   - a Varnish ban makes a cached page a MISS and its verification passes;
//   - a role without the cache.purge right is refused by the precheck.
#include "cache/redissync.h"
#include "cache/varnish.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "profiles/credentials.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::runbooks;
using qm::cache::callSync;

namespace {

QString varnishUrl()
{
    QFile f(qmtest::sandboxDir() + QStringLiteral("/cache.json"));
    return f.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(f.readAll())["varnish"]["url"].toString()
        : QString();
}

Fields fieldsOf(const QJsonObject &o)
{
    Fields f;
    f.values = o;
    return f;
}

} // namespace

class TestCacheSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cachePurgePlansExecutesAndVerifies();
    void varnishBanMakesPagesFresh();
    void refusedWithoutThePurgeRight();
    void flushRunbookRunsThroughTheEngine();

private:
    std::shared_ptr<qm::db::Cluster> startCluster(const QString &user);
    StepContext context(const QString &user, const QString &runId);
    qint64 exists(QByteArrayList keys);
    QByteArray xcache(const QString &path);

    QTemporaryDir m_tmp;
    qm::Profile m_profile;
    std::shared_ptr<qm::db::Cluster> m_oncall;
    std::shared_ptr<qm::db::Cluster> m_merch;
    std::unique_ptr<qm::redis::Client> m_redis;
    StepRegistry m_registry = StepRegistry::withBuiltins();
};

std::shared_ptr<qm::db::Cluster> TestCacheSteps::startCluster(const QString &user)
{
    qm::db::ClusterConfig cfg = qmtest::clusterConfig(user);
    cfg.workersPerNode = 1;
    auto c = std::make_shared<qm::db::Cluster>(cfg);
    const qm::Status s = qm::db::waitBlocking(c->start(), "start");
    if (!s)
        qWarning() << s.error().toString();
    return s ? c : nullptr;
}

StepContext TestCacheSteps::context(const QString &user, const QString &runId)
{
    StepContext ctx;
    ctx.cluster = user == QLatin1String("merch") ? m_merch : m_oncall;
    ctx.profile = m_profile;
    ctx.profile.user = user;
    ctx.profile.resolveRedisUser();
    ctx.redisPassword = qm::redisPassfilePassword(ctx.profile);
    ctx.registry = &m_registry;
    ctx.runId = runId;
    ctx.stepId = QStringLiteral("purge");
    return ctx;
}

qint64 TestCacheSteps::exists(QByteArrayList keys)
{
    keys.prepend("EXISTS");
    auto r = callSync(*m_redis, keys);
    return r ? r->integer : -1;
}

QByteArray TestCacheSteps::xcache(const QString &path)
{
    qm::cache::VarnishClient v;
    auto r = v.get(varnishUrl(), path);
    return r ? r->header("X-Cache") : QByteArray("error");
}

void TestCacheSteps::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    if (varnishUrl().isEmpty())
        QFAIL("the sandbox runs no Varnish (cache.json)");
    QFile pf(qmtest::profilePath());
    QVERIFY(pf.open(QIODevice::ReadOnly));
    auto profile = qm::Profile::fromJsonBytes(pf.readAll());
    QVERIFY(profile);
    m_profile = *profile;
    m_oncall = startCluster(QStringLiteral("oncall"));
    m_merch = startCluster(QStringLiteral("merch"));
    QVERIFY(m_oncall && m_merch);
    m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
}

void TestCacheSteps::cleanupTestCase()
{
    if (m_redis)
        callSync(*m_redis, {"UNLINK", "page:/qmtest-rb-other"});
}

void TestCacheSteps::cachePurgePlansExecutesAndVerifies()
{
    const StepType *t = m_registry.find(QStringLiteral("cache.purge"));
    QVERIFY(t);
    QVERIFY(callSync(*m_redis,
        {"MSET", "page:/qmtest-rb/1", "<html>", "page:/qmtest-rb/2", "<html>", "page:/qmtest-rb/3",
            "<html>", "page:/qmtest-rb-other", "<html>"}));
    const Fields f = fieldsOf({{QStringLiteral("pattern"), QStringLiteral("page:/qmtest-rb/*")}});
    QVERIFY(t->validate(f, m_registry).isEmpty());
    QVERIFY(!t->validate(fieldsOf({{QStringLiteral("pattern"), QStringLiteral("a")},
                             {QStringLiteral("tag"), QStringLiteral("b")}}),
                  m_registry)
                 .isEmpty());
    StepContext ctx = context(QStringLiteral("oncall"), QStringLiteral("tst-cachesteps-1"));
    const auto pre = t->precheck(f, ctx);
    QVERIFY2(pre && pre->ok, qPrintable(pre ? pre->summary : qmtest::errorOf(pre).toString()));
    const auto plan = t->describePlan(f, ctx);
    QVERIFY2(plan, qPrintable(qmtest::errorOf(plan).toString()));
    QVERIFY(!plan->refused);
    // The plan is the purge's dry run: its exact count, nothing deleted.
    QCOMPARE(plan->data.value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInteger(),
        3);
    QVERIFY2(
        plan->details.first().contains(QStringLiteral("3")), qPrintable(plan->details.first()));
    QCOMPARE(exists({"page:/qmtest-rb/1", "page:/qmtest-rb/2", "page:/qmtest-rb/3"}), 3);

    const StepOutcome o = t->execute(f, *plan, ctx);
    QVERIFY2(o.ok, qPrintable(o.summary));
    QCOMPARE(o.data.value(QStringLiteral("done")).toInteger(), 3);
    QCOMPARE(exists({"page:/qmtest-rb/1", "page:/qmtest-rb/2", "page:/qmtest-rb/3"}), 0);
    QCOMPARE(exists({"page:/qmtest-rb-other"}), 1);
    const auto v = t->verify(f, o, ctx);
    QVERIFY2(v && v->ok, qPrintable(v ? v->summary : qmtest::errorOf(v).toString()));

    // After a resume (another process: the action rebuilt from the journaled outcome) the
    // verification is the purge's own: it fails while a matching key is back.
    QVERIFY(callSync(*m_redis, {"SET", "page:/qmtest-rb/2", "<html>"}));
    StepContext resumed = context(QStringLiteral("oncall"), QStringLiteral("tst-cachesteps-2"));
    const auto again = t->verify(f, o, resumed);
    QVERIFY2(again && !again->ok, qPrintable(again ? again->summary : QString()));
    callSync(*m_redis, {"UNLINK", "page:/qmtest-rb/2"});
    const auto clean = t->verify(f, o, resumed);
    QVERIFY2(clean && clean->ok, qPrintable(clean ? clean->summary : QString()));
}

void TestCacheSteps::varnishBanMakesPagesFresh()
{
    const StepType *t = m_registry.find(QStringLiteral("varnish.ban"));
    QVERIFY(t);
    xcache(QStringLiteral("/p/8811"));
    QCOMPARE(xcache(QStringLiteral("/p/8811")), QByteArray("HIT"));
    const Fields f = fieldsOf({{QStringLiteral("url"), QStringLiteral("^/p/8811$")}});
    QVERIFY(t->validate(f, m_registry).isEmpty());
    QVERIFY(!t->validate(fieldsOf({}), m_registry).isEmpty());
    StepContext ctx = context(QStringLiteral("oncall"), QStringLiteral("tst-cachesteps-3"));
    const auto plan = t->describePlan(f, ctx);
    QVERIFY2(plan && !plan->refused, qPrintable(plan ? plan->refusal : QString()));
    QCOMPARE(xcache(QStringLiteral("/p/8811")), QByteArray("HIT")); // the plan banned nothing
    const StepOutcome o = t->execute(f, *plan, ctx);
    QVERIFY2(o.ok, qPrintable(o.summary));
    const auto v = t->verify(f, o, ctx);
    QVERIFY2(v && v->ok, qPrintable(v ? v->summary : qmtest::errorOf(v).toString()));
    QCOMPARE(xcache(QStringLiteral("/p/8811")), QByteArray("MISS"));
}

void TestCacheSteps::refusedWithoutThePurgeRight()
{
    const StepType *t = m_registry.find(QStringLiteral("cache.purge"));
    StepContext ctx = context(QStringLiteral("merch"), QStringLiteral("tst-cachesteps-4"));
    const auto pre
        = t->precheck(fieldsOf({{QStringLiteral("pattern"), QStringLiteral("page:*")}}), ctx);
    QVERIFY2(pre, qPrintable(qmtest::errorOf(pre).toString()));
    QVERIFY(!pre->ok);
    QVERIFY2(pre->summary.contains(QStringLiteral("cache.purge")), qPrintable(pre->summary));
}

void TestCacheSteps::flushRunbookRunsThroughTheEngine()
{
    const ParseResult r = parseRunbookFile(
        QStringLiteral(":/runbooks/flush-page-cache.yaml"), StepRegistry::withBuiltins());
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QVERIFY(callSync(
        *m_redis, {"MSET", "page:/qmtest-flush/a", "<html>", "page:/qmtest-flush/b", "<html>"}));
    xcache(QStringLiteral("/p/8812"));
    QCOMPARE(xcache(QStringLiteral("/p/8812")), QByteArray("HIT"));

    EngineConfig c;
    c.cluster = m_oncall;
    c.profile = context(QStringLiteral("oncall"), {}).profile;
    c.redisPassword = qm::redisPassfilePassword(c.profile);
    c.audit = std::make_shared<qm::safety::DbAuditSink>(m_oncall);
    c.journalDir = m_tmp.filePath(QStringLiteral("journal"));
    c.databaseJournal = false;
    c.trustedKeysDir = m_tmp.filePath(QStringLiteral("trusted"));
    c.confirm = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return true; };
    Engine engine(c);
    const QJsonObject params {
        {QStringLiteral("page_pattern"), QStringLiteral("page:/qmtest-flush/*")},
        {QStringLiteral("url_regex"), QStringLiteral("^/p/8812$")}};
    // The dry run counts the pages and changes nothing.
    const RunPlan plan = engine.plan(*r.runbook, params);
    QVERIFY2(!plan.refused, qPrintable(plan.refusal));
    QCOMPARE(plan.steps[1]
                 .plan->data.value(QStringLiteral("plan"))
                 .toObject()
                 .value(QStringLiteral("count"))
                 .toInteger(),
        2);
    QCOMPARE(exists({"page:/qmtest-flush/a", "page:/qmtest-flush/b"}), 2);
    QCOMPARE(xcache(QStringLiteral("/p/8812")), QByteArray("HIT"));

    const RunReport report = engine.run(*r.runbook, params);
    QVERIFY2(report.ok(), qPrintable(report.error + QJsonDocument(report.toJson()).toJson()));
    QCOMPARE(exists({"page:/qmtest-flush/a", "page:/qmtest-flush/b"}), 0);
    QCOMPARE(xcache(QStringLiteral("/p/8812")), QByteArray("MISS"));
    for (const StepReport &s : report.steps)
        QVERIFY2(s.state == QLatin1String("verified"), qPrintable(s.id + u' ' + s.state));
}

QTEST_GUILESS_MAIN(TestCacheSteps)
#include "tst_cachesteps.moc"
