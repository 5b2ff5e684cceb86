// The built-in HA runbooks (resources/runbooks) run through the engine against a real HA sandbox:
// Patroni 3 + etcd for PostgreSQL and Redis with a replica and three Sentinels. ONE sandbox for
// every case (QM_SANDBOX_HA=patroni with the cache stack), made like tst_patroniclient's on port
// base QM_TEST_HA_BASE (default QM_SANDBOX_PORT_BASE + 400; RESOURCE_LOCK ha_sandbox) in a
// temporary folder destroyed at the end; QM_TEST_HA_DIR names a running HA sandbox to use
// instead (left running). QM_TEST_NO_HA=1 skips the test.
//   - a dry run of the planned switchover changes nothing (leader, timeline, audit rows);
//   - the planned switchover moves the leader to the candidate, the timeline goes up by one, the
//     new primary takes a write, and the run and its steps are in the audit log;
//   - the Sentinel failover runbook: a new master that takes writes, a session key kept;
//   - the leader's postgres SIGKILLed (Patroni paused, so it does not restart it): the emergency
//     runbook detects it and fails over; its audit entries, spooled while the database was down
//     (safety/auditspool.h), reach the new primary's chain exactly once.
#include "db/blocking.h"
#include "db/cluster.h"
#include "hasandbox.h"
#include "profiles/credentials.h"
#include "profiles/profilefile.h"
#include "redis/client.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "safety/auditspool.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <memory>
#include <pqxx/pqxx>
#include <unistd.h>

using namespace qm::runbooks;

namespace {

using qmtest::HaTopology;

} // namespace

class TestHaRunbooks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void dryRunChangesNothing();
    void plannedSwitchoverMovesTheLeader();
    void sentinelFailoverRunbook();
    void emergencyFailoverAfterLeaderKilled();

private:
    int run(const QStringList &command, QString *output = nullptr, int timeoutMs = 120000)
    {
        return qmtest::runCommand(command, output, timeoutMs);
    }
    QStringList patronictl(const QStringList &args) const { return m_sandbox.patronictl(args); }
    // patronictl list, independent of the code under test
    HaTopology topology() { return m_sandbox.topology(); }
    template <typename P> bool waitTopology(P pred, HaTopology *last = nullptr, int seconds = 120)
    {
        return m_sandbox.waitTopology(pred, last, seconds);
    }
    QString ownerScalar(int port, const std::string &sql, const std::vector<std::string> &p = {})
    {
        return m_sandbox.ownerScalar(port, sql, p);
    }
    bool takesWrites(int port) { return m_sandbox.takesWrites(port); }
    qmtest::HaMember member(const QString &name) const { return m_sandbox.member(name); }
    EngineConfig engineConfig(const QString &journal);
    Runbook builtin(const QString &name);
    QString redisCli(int port, const QStringList &args);
    int redisMasterPort();

    qmtest::HaSandbox m_sandbox;
    QTemporaryDir m_work;
    QString m_state;
    QJsonObject m_ha;
    QJsonObject m_cache;
    qm::Profile m_profile;
    std::shared_ptr<qm::db::Cluster> m_cluster;
};

EngineConfig TestHaRunbooks::engineConfig(const QString &journal)
{
    EngineConfig c;
    c.cluster = m_cluster;
    c.profile = m_profile;
    c.redisPassword = qm::redisPassfilePassword(m_profile);
    c.audit = std::make_shared<qm::safety::DbAuditSink>(m_cluster);
    c.journalDir = m_work.filePath(journal);
    c.trustedKeysDir = m_work.filePath(QStringLiteral("trusted"));
    c.confirm = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return true; };
    return c;
}

Runbook TestHaRunbooks::builtin(const QString &name)
{
    const ParseResult r = parseRunbookFile(
        QStringLiteral(":/runbooks/%1.yaml").arg(name), StepRegistry::withBuiltins());
    if (!r.ok())
        qWarning().noquote() << r.errorText();
    return r.runbook.value_or(Runbook {});
}

QString TestHaRunbooks::redisCli(int port, const QStringList &args)
{
    QString out;
    run(QStringList {QStringLiteral("redis-cli"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-p"), QString::number(port)}
            + args,
        &out, 10000);
    return out.trimmed();
}

int TestHaRunbooks::redisMasterPort()
{
    const int sentinel = m_cache.value(QLatin1String("sentinel"))
                             .toObject()
                             .value(QLatin1String("sentinels"))
                             .toArray()
                             .first()
                             .toString()
                             .section(u':', 1)
                             .toInt();
    const QString out = redisCli(sentinel,
        {QStringLiteral("SENTINEL"), QStringLiteral("get-master-addr-by-name"),
            m_cache.value(QLatin1String("sentinel"))
                .toObject()
                .value(QLatin1String("master"))
                .toString()});
    return out.split(u'\n').value(1).trimmed().toInt();
}

void TestHaRunbooks::initTestCase()
{
    if (qmtest::HaSandbox::disabled())
        QSKIP("QM_TEST_NO_HA=1: no Patroni/etcd on this machine");
    QVERIFY(m_work.isValid());
    qmtest::HaSandboxOptions options;
    options.folderTemplate = QStringLiteral("/var/tmp/qm-harb-qt.XXXXXX");
    options.cache = true; // Redis replica + three Sentinels
    options.noMonitoring = true;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_state = m_sandbox.state();
    for (const QString &name : {QStringLiteral("ha.json"), QStringLiteral("cache.json")}) {
        QFile f(m_state + u'/' + name);
        QVERIFY2(
            f.open(QIODevice::ReadOnly), qPrintable(f.fileName() + QStringLiteral(" missing")));
        (name == QLatin1String("ha.json") ? m_ha : m_cache)
            = QJsonDocument::fromJson(f.readAll()).object();
    }
    QCOMPARE(m_ha.value(QLatin1String("mode")).toString(), QStringLiteral("patroni"));
    // The Sentinel profile: the same store, Redis through the Sentinels, Patroni's REST APIs.
    QFile pf(m_state + QStringLiteral("/profile-sentinel.json"));
    QVERIFY(pf.open(QIODevice::ReadOnly));
    auto profile = qm::Profile::fromJsonBytes(pf.readAll());
    QVERIFY2(profile, qPrintable(qmtest::errorOf(profile).toString()));
    m_profile = profile.value();
    m_profile.user = QStringLiteral("oncall");
    m_profile.resolveRedisUser();
    QCOMPARE(m_profile.patroniUrls.size(), 2);
    QCOMPARE(m_profile.redis.mode, qm::RedisSettings::Mode::Sentinel);
    auto cfg = qm::toolClusterConfig(m_profile);
    QVERIFY2(cfg, qmtest::errorOf(cfg).toString().toUtf8().constData());
    qm::db::ClusterConfig clusterConfig = cfg.value();
    clusterConfig.workersPerNode = 1;
    m_cluster = std::make_shared<qm::db::Cluster>(clusterConfig);
    const qm::Status s = qm::db::waitBlocking(m_cluster->start(), "start");
    QVERIFY2(s, qPrintable(qmtest::errorOf(s).toString()));
    // A healthy start: a leader, a streaming replica, not paused.
    HaTopology t;
    QVERIFY2(waitTopology([](const HaTopology &t) { return t.healthy(); }, &t),
        qPrintable(QJsonDocument(t.members).toJson()));
}

void TestHaRunbooks::cleanupTestCase()
{
    if (!m_ha.isEmpty())
        run(patronictl({QStringLiteral("resume"), QStringLiteral("--wait")}), nullptr, 60000);
    m_cluster.reset();
    m_sandbox.destroy();
}

void TestHaRunbooks::dryRunChangesNothing()
{
    const HaTopology before = topology();
    QVERIFY(!before.leader.isEmpty());
    const int port = member(before.leader).port;
    const QString auditBefore = ownerScalar(port, "SELECT count(*) FROM qm.audit_log");
    const Runbook rb = builtin(QStringLiteral("postgres-switchover"));
    QCOMPARE(rb.name, QStringLiteral("postgres-switchover"));
    Engine engine(engineConfig(QStringLiteral("dry")));
    const RunPlan plan = engine.plan(rb, {});
    QVERIFY2(!plan.refused, qPrintable(plan.refusal));
    // The switchover's plan names who leads now and the candidate (the other member).
    const StepReport &sw = plan.steps.at(rb.indexOf(QStringLiteral("switchover")));
    QVERIFY(sw.plan);
    QVERIFY2(sw.plan->summary.contains(before.leader), qPrintable(sw.plan->summary));
    QCOMPARE(sw.plan->data.value(QStringLiteral("timeline")).toInt(), before.timeline);
    QVERIFY(!sw.plan->data.value(QStringLiteral("candidate")).toString().isEmpty());
    QVERIFY(sw.plan->data.value(QStringLiteral("candidate")).toString() != before.leader);
    for (const StepReport &s : plan.steps)
        for (const CheckResult &c : s.preconditions)
            QVERIFY2(c.ok, qPrintable(s.id + u' ' + c.summary));
    // Nothing changed: same leader, same timeline, no audit row.
    QTest::qWait(3000); // a switchover would have moved by now (loop_wait 2 s)
    const HaTopology after = topology();
    QCOMPARE(after.leader, before.leader);
    QCOMPARE(after.timeline, before.timeline);
    QCOMPARE(ownerScalar(port, "SELECT count(*) FROM qm.audit_log"), auditBefore);
}

void TestHaRunbooks::plannedSwitchoverMovesTheLeader()
{
    const HaTopology before = topology();
    QString candidate;
    for (const QJsonValue &m : before.members)
        if (m.toObject().value(QLatin1String("Member")).toString() != before.leader)
            candidate = m.toObject().value(QLatin1String("Member")).toString();
    QVERIFY(!candidate.isEmpty());
    const Runbook rb = builtin(QStringLiteral("postgres-switchover"));
    Engine engine(engineConfig(QStringLiteral("switchover")));
    const RunReport r = engine.run(rb, QJsonObject {{QStringLiteral("candidate"), candidate}});
    QVERIFY2(r.ok(), qPrintable(r.error + u' ' + QJsonDocument(r.toJson()).toJson()));
    HaTopology after;
    QVERIFY(waitTopology([](const HaTopology &t) { return !t.leader.isEmpty(); }, &after));
    QCOMPARE(after.leader, candidate);
    QCOMPARE(after.timeline, before.timeline + 1);
    const int newPort = member(candidate).port;
    QVERIFY(takesWrites(newPort));
    // The engine's own verification wrote through the console's cluster to the new leader.
    const StepReport &sw = r.steps.at(rb.indexOf(QStringLiteral("switchover")));
    QVERIFY(sw.verification);
    QCOMPARE(sw.verification->data.value(QStringLiteral("write_port")).toInt(), newPort);
    // Audit: the run's intent and outcome, and every step's, under the run id.
    QCOMPARE(ownerScalar(newPort,
                 "SELECT count(*) FROM qm.audit_log WHERE request_id = $1::uuid AND action = "
                 "'runbooks.run'",
                 {r.runId.toStdString()}),
        QStringLiteral("2"));
    QCOMPARE(ownerScalar(newPort,
                 "SELECT count(*) FROM qm.audit_log i WHERE i.action = 'runbooks.step' AND "
                 "i.plan ->> 'run_id' = $1 AND EXISTS (SELECT FROM qm.audit_log o WHERE "
                 "o.request_id = i.request_id AND o.outcome ->> 'run_id' = $1)",
                 {r.runId.toStdString()}),
        QString::number(rb.steps.size()));
    QCOMPARE(ownerScalar(newPort, "SELECT ok FROM console.verify_audit_chain() LIMIT 1"),
        QStringLiteral("t"));
}

void TestHaRunbooks::sentinelFailoverRunbook()
{
    const int before = redisMasterPort();
    QVERIFY(before > 0);
    // A session (a protected namespace) that must survive the failover; the replica has it
    // before the failover starts (WAIT).
    QCOMPARE(
        redisCli(before,
            {QStringLiteral("SET"), QStringLiteral("session:harunbooks"), QStringLiteral("kept")}),
        QStringLiteral("OK"));
    QCOMPARE(
        redisCli(before, {QStringLiteral("WAIT"), QStringLiteral("1"), QStringLiteral("5000")}),
        QStringLiteral("1"));
    const Runbook rb = builtin(QStringLiteral("redis-sentinel-failover"));
    Engine engine(engineConfig(QStringLiteral("sentinel")));
    const RunReport r = engine.run(rb, {});
    QVERIFY2(r.ok(), qPrintable(r.error + u' ' + QJsonDocument(r.toJson()).toJson()));
    const int after = redisMasterPort();
    QVERIFY2(after > 0 && after != before,
        qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // The new master takes writes (checked with redis-cli, not the code under test) and kept the
    // session; the runbook's scratch key is there.
    QCOMPARE(redisCli(after,
                 {QStringLiteral("SET"), QStringLiteral("harunbooks:probe"), QStringLiteral("1")}),
        QStringLiteral("OK"));
    QCOMPARE(redisCli(after, {QStringLiteral("GET"), QStringLiteral("session:harunbooks")}),
        QStringLiteral("kept"));
    QCOMPARE(redisCli(after,
                 {QStringLiteral("EXISTS"), QStringLiteral("qm:runbook:scratch:%1").arg(r.runId)}),
        QStringLiteral("1"));
    const StepReport &fo = r.steps.at(rb.indexOf(QStringLiteral("failover")));
    QVERIFY(fo.outcome);
    QVERIFY(fo.outcome->data.value(QStringLiteral("protected"))
                .toArray()
                .contains(QStringLiteral("session:harunbooks")));
}

void TestHaRunbooks::emergencyFailoverAfterLeaderKilled()
{
    const HaTopology before = topology();
    QVERIFY(!before.leader.isEmpty());
    // A dry run of the emergency runbook while the leader runs: its first check says so.
    Engine engine(engineConfig(QStringLiteral("emergency")));
    const Runbook rb = builtin(QStringLiteral("postgres-emergency-failover"));
    {
        const RunReport refused = engine.run(rb, {});
        QVERIFY(!refused.ok());
        QCOMPARE(topology().leader, before.leader);
    }
    // Maintenance mode, so that Patroni does not restart the killed PostgreSQL by itself; then
    // SIGKILL the leader's postmaster.
    QCOMPARE(
        run(patronictl({QStringLiteral("pause"), QStringLiteral("--wait")}), nullptr, 60000), 0);
    const qmtest::HaMember leader = member(before.leader);
    QFile pidFile(leader.data + QStringLiteral("/postmaster.pid"));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toInt());
    QVERIFY(pid > 1);
    QCOMPARE(::kill(pid, SIGKILL), 0);
    HaTopology down;
    QVERIFY2(waitTopology(
                 [](const HaTopology &t) {
                     return t.leader.isEmpty() || t.leaderState != QLatin1String("running");
                 },
                 &down, 60),
        qPrintable(QJsonDocument(down.members).toJson()));
    QVERIFY(!takesWrites(leader.port));

    // While the leader is down the database cannot take the write-ahead intent: the console's
    // spooling sink keeps it (this runbook is for_dead_primary) and replays it later.
    EngineConfig spooled = engineConfig(QStringLiteral("emergency"));
    const QString spool = m_work.filePath(QStringLiteral("audit-spool.jsonl"));
    auto sink = std::make_shared<qm::safety::SpoolingAuditSink>(
        m_cluster, qm::BackendKind::Reference, spool, m_profile.user);
    spooled.audit = sink;
    Engine emergency(spooled);
    const RunReport r = emergency.run(rb, {});
    QVERIFY2(r.ok(), qPrintable(r.error + u' ' + QJsonDocument(r.toJson()).toJson()));
    // Replayed once the new primary took writes (the run's later writes replay it first; the
    // console's cluster may take a moment to find the new primary).
    qm::safety::SpoolReplayReport replay;
    for (int i = 0; i < 60 && !(replay = sink->replay()).complete(); ++i)
        QTest::qWait(1000);
    QVERIFY2(replay.complete(), qPrintable(replay.summary()));
    QVERIFY(!QFile::exists(spool));
    const QStringList replayed
        = QDir(m_work.path()).entryList({QStringLiteral("audit-spool.jsonl.replayed-*")});
    QCOMPARE(replayed.size(), 1);
    QFile spoolFile(m_work.filePath(replayed.first()));
    QVERIFY(spoolFile.open(QIODevice::ReadOnly));
    QVERIFY2(spoolFile.readAll().contains(r.runId.toUtf8()), "the run's intent was spooled");
    HaTopology after;
    QVERIFY(waitTopology([](const HaTopology &t) { return !t.leader.isEmpty(); }, &after));
    QVERIFY2(after.leader != before.leader, qPrintable(after.leader));
    QCOMPARE(after.timeline, before.timeline + 1);
    QVERIFY(!after.paused); // the runbook resumed automatic failover
    const int newPort = member(after.leader).port;
    QVERIFY(takesWrites(newPort));
    // The spooled entries are in the new primary's chain, each once: the run's intent and
    // outcome, and every step's.
    QCOMPARE(ownerScalar(newPort,
                 "SELECT count(*) FROM qm.audit_log WHERE request_id = $1::uuid AND action = "
                 "'runbooks.run'",
                 {r.runId.toStdString()}),
        QStringLiteral("2"));
    QCOMPARE(ownerScalar(newPort,
                 "SELECT count(*) FROM qm.audit_log i WHERE i.action = 'runbooks.step' AND "
                 "i.plan ->> 'run_id' = $1 AND (SELECT count(*) FROM qm.audit_log o WHERE "
                 "o.request_id = i.request_id AND o.plan ->> 'phase' = 'outcome') = 1",
                 {r.runId.toStdString()}),
        QString::number(rb.steps.size()));
    QCOMPARE(ownerScalar(newPort,
                 "SELECT count(*) FROM qm.audit_log WHERE plan ->> 'run_id' = $1 AND plan ? "
                 "'spooled'",
                 {r.runId.toStdString()})
                 .toInt()
            > 0,
        true);
    QCOMPARE(ownerScalar(newPort, "SELECT ok FROM console.verify_audit_chain() LIMIT 1"),
        QStringLiteral("t"));
    // The plan explained the candidates: each member's line is in the failover step's plan.
    const StepReport &fo = r.steps.at(rb.indexOf(QStringLiteral("failover")));
    QVERIFY(fo.plan);
    QVERIFY2(fo.plan->details.join(u'\n').contains(after.leader),
        qPrintable(fo.plan->details.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestHaRunbooks)
#include "tst_harunbooks.moc"
