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

struct Member
{
    QString name;
    int port = 0;
    QString data;
};

struct Topology
{
    QString leader;
    QString leaderState;
    int timeline = 0;
    bool paused = false;
    QJsonArray members;
};

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
    int run(const QStringList &command, QString *output = nullptr, int timeoutMs = 120000);
    QStringList patronictl(const QStringList &args) const;
    Topology topology(); // patronictl list, independent of the code under test
    template <typename P> bool waitTopology(P pred, Topology *last = nullptr, int seconds = 120);
    QString ownerScalar(int port, const std::string &sql, const std::vector<std::string> &p = {});
    bool takesWrites(int port);
    Member member(const QString &name) const;
    EngineConfig engineConfig(const QString &journal);
    Runbook builtin(const QString &name);
    QString redisCli(int port, const QStringList &args);
    int redisMasterPort();

    std::unique_ptr<QTemporaryDir> m_tmp;
    QTemporaryDir m_work;
    QString m_state;
    bool m_own = false;
    QJsonObject m_ha;
    QJsonObject m_cache;
    qm::Profile m_profile;
    std::shared_ptr<qm::db::Cluster> m_cluster;
};

int TestHaRunbooks::run(const QStringList &command, QString *output, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        qWarning() << command << "timed out";
        return -1;
    }
    const QString out = QString::fromUtf8(p.readAll()).trimmed();
    if (output)
        *output = out;
    return p.exitCode();
}

QStringList TestHaRunbooks::patronictl(const QStringList &args) const
{
    QStringList cmd;
    if (::geteuid() == 0)
        cmd << QStringLiteral("runuser") << QStringLiteral("-u") << QStringLiteral("postgres")
            << QStringLiteral("--");
    cmd << QStringLiteral("patronictl") << QStringLiteral("-c")
        << m_ha.value(QLatin1String("patroni_yml")).toString();
    return cmd + args;
}

Topology TestHaRunbooks::topology()
{
    Topology t;
    QString out;
    if (run(patronictl({QStringLiteral("list"), QStringLiteral("-f"), QStringLiteral("json")}),
            &out, 30000)
        != 0)
        return t;
    // patronictl prints the JSON list; a paused cluster adds a line after it.
    const int end = out.lastIndexOf(u']');
    t.members = QJsonDocument::fromJson(out.left(end + 1).toUtf8()).array();
    for (const QJsonValue &v : t.members) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("Role")).toString() == QLatin1String("Leader")) {
            t.leader = m.value(QLatin1String("Member")).toString();
            t.leaderState = m.value(QLatin1String("State")).toString();
            t.timeline = m.value(QLatin1String("TL")).toInt();
        }
    }
    t.paused = out.contains(QLatin1String("Maintenance mode"));
    return t;
}

template <typename P> bool TestHaRunbooks::waitTopology(P pred, Topology *last, int seconds)
{
    for (int i = 0; i < seconds * 2; ++i) {
        const Topology t = topology();
        if (last)
            *last = t;
        if (pred(t))
            return true;
        QTest::qWait(500);
    }
    return false;
}

QString TestHaRunbooks::ownerScalar(
    int port, const std::string &sql, const std::vector<std::string> &params)
{
    pqxx::connection c(QStringLiteral("host=127.0.0.1 port=%1 dbname=quartermaster user=qm_owner "
                                      "passfile=%2 connect_timeout=5")
                           .arg(port)
                           .arg(m_state + QStringLiteral("/pgpass"))
                           .toStdString());
    pqxx::work tx(c);
    const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    tx.commit();
    return r.empty() || r[0][0].is_null() ? QString()
                                          : QString::fromStdString(r[0][0].as<std::string>());
}

bool TestHaRunbooks::takesWrites(int port)
{
    try {
        ownerScalar(port,
            "create table if not exists public.ha_probe (id bigserial primary key, at "
            "timestamptz default now())");
        return !ownerScalar(port, "insert into public.ha_probe default values returning id")
                    .isEmpty();
    } catch (const std::exception &e) {
        qInfo() << "no write on" << port << ":" << e.what();
        return false;
    }
}

Member TestHaRunbooks::member(const QString &name) const
{
    for (const QJsonValue &v : m_ha.value(QLatin1String("members")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("name")).toString() == name)
            return Member {name, o.value(QLatin1String("port")).toInt(),
                o.value(QLatin1String("data")).toString()};
    }
    return {};
}

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
    if (qEnvironmentVariable("QM_TEST_NO_HA") == QLatin1String("1"))
        QSKIP("QM_TEST_NO_HA=1: no Patroni/etcd on this machine");
    QVERIFY(m_work.isValid());
    m_state = qEnvironmentVariable("QM_TEST_HA_DIR");
    if (m_state.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>(QStringLiteral("/var/tmp/qm-harb-qt.XXXXXX"));
        QVERIFY(m_tmp->isValid());
        m_tmp->setAutoRemove(qEnvironmentVariable("QM_TEST_HA_KEEP") != QLatin1String("1"));
        QFile::setPermissions(m_tmp->path(),
            QFile::permissions(m_tmp->path()) | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup);
        m_state = m_tmp->path() + QStringLiteral("/state");
        m_own = true;
        const int base = qEnvironmentVariableIsSet("QM_TEST_HA_BASE")
            ? qEnvironmentVariableIntValue("QM_TEST_HA_BASE")
            : (qEnvironmentVariableIsSet("QM_SANDBOX_PORT_BASE")
                      ? qEnvironmentVariableIntValue("QM_SANDBOX_PORT_BASE")
                      : 16432)
                + 400;
        qputenv("QM_SANDBOX_DIR", m_state.toUtf8());
        qputenv("QM_SANDBOX_PORT_BASE", QByteArray::number(base));
        qputenv("QM_SANDBOX_HA", "patroni");
        qputenv("QM_SANDBOX_CACHE", "1"); // Redis replica + three Sentinels
        qputenv("QM_SANDBOX_MONITORING", "0");
        qputenv("QM_SANDBOX_PRODUCTS", "100");
        qputenv("QM_SANDBOX_STORE", "reference");
        qunsetenv("QM_SANDBOX_NO_SEED");
        const QString qmctl
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl");
        if (!qEnvironmentVariableIsSet("QM_QMCTL") && QFile::exists(qmctl))
            qputenv("QM_QMCTL", QDir::cleanPath(qmctl).toUtf8());
        QCOMPARE(run({QStringLiteral(QM_SOURCE_DIR "/scripts/sandbox"), QStringLiteral("up")},
                     nullptr, 15 * 60 * 1000),
            0);
    }
    qputenv("QM_SANDBOX_DIR", m_state.toUtf8());
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
    Topology t;
    QVERIFY2(waitTopology(
                 [](const Topology &t) {
                     // Patroni 3.0 says "running" for a streaming replica, later ones
                     // "streaming".
                     int following = 0;
                     for (const QJsonValue &m : t.members) {
                         const QJsonObject o = m.toObject();
                         const QString state = o.value(QLatin1String("State")).toString();
                         following
                             += o.value(QLatin1String("Role")).toString() != QLatin1String("Leader")
                             && (state == QLatin1String("running")
                                 || state == QLatin1String("streaming"));
                     }
                     return !t.leader.isEmpty() && following == 1 && !t.paused;
                 },
                 &t),
        qPrintable(QJsonDocument(t.members).toJson()));
}

void TestHaRunbooks::cleanupTestCase()
{
    if (!m_ha.isEmpty())
        run(patronictl({QStringLiteral("resume"), QStringLiteral("--wait")}), nullptr, 60000);
    m_cluster.reset();
    if (m_own && qEnvironmentVariable("QM_TEST_HA_KEEP") != QLatin1String("1"))
        run({QStringLiteral(QM_SOURCE_DIR "/scripts/sandbox"), QStringLiteral("destroy")}, nullptr,
            5 * 60 * 1000);
}

void TestHaRunbooks::dryRunChangesNothing()
{
    const Topology before = topology();
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
    const Topology after = topology();
    QCOMPARE(after.leader, before.leader);
    QCOMPARE(after.timeline, before.timeline);
    QCOMPARE(ownerScalar(port, "SELECT count(*) FROM qm.audit_log"), auditBefore);
}

void TestHaRunbooks::plannedSwitchoverMovesTheLeader()
{
    const Topology before = topology();
    QString candidate;
    for (const QJsonValue &m : before.members)
        if (m.toObject().value(QLatin1String("Member")).toString() != before.leader)
            candidate = m.toObject().value(QLatin1String("Member")).toString();
    QVERIFY(!candidate.isEmpty());
    const Runbook rb = builtin(QStringLiteral("postgres-switchover"));
    Engine engine(engineConfig(QStringLiteral("switchover")));
    const RunReport r = engine.run(rb, QJsonObject {{QStringLiteral("candidate"), candidate}});
    QVERIFY2(r.ok(), qPrintable(r.error + u' ' + QJsonDocument(r.toJson()).toJson()));
    Topology after;
    QVERIFY(waitTopology([](const Topology &t) { return !t.leader.isEmpty(); }, &after));
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
    const Topology before = topology();
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
    const Member leader = member(before.leader);
    QFile pidFile(leader.data + QStringLiteral("/postmaster.pid"));
    QVERIFY2(pidFile.open(QIODevice::ReadOnly), qPrintable(pidFile.fileName()));
    const pid_t pid = pid_t(pidFile.readLine().trimmed().toInt());
    QVERIFY(pid > 1);
    QCOMPARE(::kill(pid, SIGKILL), 0);
    Topology down;
    QVERIFY2(waitTopology(
                 [](const Topology &t) {
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
    Topology after;
    QVERIFY(waitTopology([](const Topology &t) { return !t.leader.isEmpty(); }, &after));
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
