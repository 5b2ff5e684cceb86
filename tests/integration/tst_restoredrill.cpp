// backup.check and restore.drill (core/runbooks/backupsteps.cpp) against a real pgBackRest
// repository: an HA sandbox (QM_SANDBOX_HA=patroni, pgBackRest with a full backup made at `up`)
// this test starts itself on port base QM_TEST_HA_BASE (default QM_SANDBOX_PORT_BASE + 400;
// RESOURCE_LOCK ha_sandbox), in a temporary folder it destroys at the end. With QM_TEST_HA_DIR
// naming the state folder of a running HA sandbox, it uses that one and leaves it running.
// QM_TEST_NO_HA=1 skips the test (a machine without patroni/etcd/pgbackrest).
//
// The drill restores for real into a scratch PostgreSQL on a port of the sandbox's range
// (base + 40..49), and is also cancelled in the middle of pgbackrest restore; both times the
// scratch server and its folder must be gone afterwards.
#include "db/blocking.h"
#include "db/cluster.h"
#include "hasandbox.h"
#include "runbooks/builtinsteps.h"
#include "runbooks/steptype.h"
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

Fields fieldsOf(const QJsonObject &o)
{
    Fields f;
    f.values = o;
    return f;
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

class TestRestoreDrill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void backupCheckPassesOnAFreshBackup();
    void backupCheckFailsWhenOlderThanMaxAge();
    void drillRestoresArchivedOrdersAndMeasuresRtoRpo();
    void cancelledDrillLeavesNothingBehind_data();
    void cancelledDrillLeavesNothingBehind();
    void qmctlJsonCarriesRtoAndRpo();

private:
    int run(const QStringList &command, QString *output = nullptr, int timeoutMs = 120000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return qmtest::runCommand(command, output, timeoutMs, qmtest::RunLog::OnFailure, env);
    }
    StepContext context();
    QString ports() const { return QStringLiteral("%1-%2").arg(m_base + 40).arg(m_base + 49); }
    std::unique_ptr<pqxx::connection> owner();
    // Orders committed, then their WAL switched out and archived: the restored copy must have them.
    int placeArchivedOrders(int n);
    int primaryTimeline();
    QString leftovers() const
    {
        return QDir(m_scratch.path())
            .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden)
            .join(u' ');
    }
    int newestArchivedTimeline(); // the highest NNNNNNNN.history in the repository (1: none)

    qmtest::HaSandbox m_sandbox;
    QTemporaryDir m_scratch {QStringLiteral("/var/tmp/qm-drill-scratch.XXXXXX")};
    QString m_state;
    int m_base = 0;
    QJsonObject m_ha;
    qm::Profile m_profile;
    std::shared_ptr<qm::db::Cluster> m_cluster;
    StepRegistry m_registry = StepRegistry::withBuiltins();
    QStringList m_log;
};

std::unique_ptr<pqxx::connection> TestRestoreDrill::owner()
{
    qm::db::ConnectionParams p = qmtest::primaryParams();
    return std::make_unique<pqxx::connection>(p.toConninfo());
}

StepContext TestRestoreDrill::context()
{
    StepContext ctx;
    ctx.cluster = m_cluster;
    ctx.profile = m_profile;
    ctx.registry = &m_registry;
    ctx.runId = QStringLiteral("tst-restoredrill");
    ctx.stepId = QStringLiteral("drill");
    m_log.clear();
    ctx.log = [this](const QString &line) { m_log << line; };
    return ctx;
}

void TestRestoreDrill::initTestCase()
{
    if (qmtest::HaSandbox::disabled())
        QSKIP("QM_TEST_NO_HA=1: no Patroni/etcd/pgBackRest on this machine");
    QVERIFY(m_scratch.isValid());
    QFile::setPermissions(m_scratch.path(),
        QFile::permissions(m_scratch.path()) | QFile::ReadOther | QFile::ExeOther
            | QFile::WriteOther);
    qmtest::HaSandboxOptions options;
    options.folderTemplate = QStringLiteral("/var/tmp/qm-ha-drill.XXXXXX");
    options.qmctl = QStringLiteral(QM_QMCTL);
    options.log = qmtest::RunLog::OnFailure;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_base = m_sandbox.base();
    m_state = m_sandbox.state();
    // backup.check / restore.drill find pgBackRest through $QM_SANDBOX_DIR/ha.json (start()
    // exported it); qmtest reads the profile there.
    m_ha = m_sandbox.ha();
    QVERIFY2(
        m_ha.value(QLatin1String("pgbackrest")).isObject(), "the HA sandbox has no pgBackRest");
    QFile pf(qmtest::profilePath());
    QVERIFY(pf.open(QIODevice::ReadOnly));
    auto profile = qm::Profile::fromJsonBytes(pf.readAll());
    QVERIFY2(profile, qPrintable(qmtest::errorOf(profile).toString()));
    m_profile = *profile;
    qm::db::ClusterConfig cfg = qmtest::clusterConfig(m_profile.user);
    cfg.workersPerNode = 1;
    m_cluster = std::make_shared<qm::db::Cluster>(cfg);
    const qm::Status s = qm::db::waitBlocking(m_cluster->start(), "start");
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
}

void TestRestoreDrill::cleanupTestCase()
{
    m_cluster.reset();
    m_sandbox.destroy();
}

void TestRestoreDrill::backupCheckPassesOnAFreshBackup()
{
    const StepType *t = m_registry.find(QStringLiteral("backup.check"));
    QVERIFY(t && t->isCheck());
    const Fields f = fieldsOf({{QStringLiteral("max_age"), QStringLiteral("26h")}});
    QVERIFY(t->validate(f, m_registry).isEmpty());
    StepContext ctx = context();
    const auto r = t->check(f, ctx);
    QVERIFY2(r, qPrintable(qmtest::errorOf(r).toString()));
    QVERIFY2(r->ok, qPrintable(r->summary));
    QVERIFY(!r->data.value(QStringLiteral("label")).toString().isEmpty());
    QCOMPARE(r->data.value(QStringLiteral("type")).toString(), QStringLiteral("full"));
    QVERIFY(r->data.value(QStringLiteral("age_seconds")).toDouble() >= 0);
    QVERIFY(!r->data.value(QStringLiteral("archive_max")).toString().isEmpty());
    QVERIFY2(r->summary.contains(r->data.value(QStringLiteral("label")).toString()),
        qPrintable(r->summary));
}

void TestRestoreDrill::backupCheckFailsWhenOlderThanMaxAge()
{
    const StepType *t = m_registry.find(QStringLiteral("backup.check"));
    QVERIFY(t);
    StepContext ctx = context();
    // The backup is now more than a second old whatever happened before: pgBackRest's times are
    // whole seconds, so an age read 1.1 s after the backup can still be "1 s" (seen on CI).
    QTest::qWait(2100);
    const auto r = t->check(fieldsOf({{QStringLiteral("max_age"), QStringLiteral("1s")}}), ctx);
    QVERIFY2(r, qPrintable(qmtest::errorOf(r).toString()));
    QVERIFY2(!r->ok, qPrintable(r->summary));
    QVERIFY2(r->summary.contains(QStringLiteral("at most")), qPrintable(r->summary));
    // A stanza that does not exist is an error, not a pass.
    const auto bad
        = t->check(fieldsOf({{QStringLiteral("stanza"), QStringLiteral("nosuch")}}), ctx);
    QVERIFY(!bad || !bad->ok);
}

int TestRestoreDrill::placeArchivedOrders(int n)
{
    auto c = owner();
    int ids = 0;
    {
        pqxx::work w(*c);
        for (int i = 0; i < n; ++i)
            ids += w.exec("INSERT INTO shop.orders (channel) VALUES ('drill') RETURNING id").size();
        w.commit();
    }
    pqxx::nontransaction tx(*c);
    const std::string wal
        = tx.exec1("SELECT pg_walfile_name(pg_switch_wal())")[0].as<std::string>();
    for (int i = 0; i < 300; ++i) {
        const pqxx::row r = tx.exec1("SELECT coalesce(last_archived_wal, ''), "
                                     "coalesce(last_failed_wal, '') FROM pg_stat_archiver");
        if (r[0].as<std::string>() >= wal)
            return ids;
        QTest::qWait(200);
    }
    qWarning() << "WAL" << wal.c_str() << "was not archived";
    return -1;
}

int TestRestoreDrill::primaryTimeline()
{
    auto c = owner();
    pqxx::nontransaction tx(*c);
    return tx.exec1("SELECT timeline_id FROM pg_control_checkpoint()")[0].as<int>();
}

int TestRestoreDrill::newestArchivedTimeline()
{
    const QJsonObject b = m_ha.value(QLatin1String("pgbackrest")).toObject();
    const QString root = b.value(QLatin1String("repo")).toString() + QStringLiteral("/archive/")
        + b.value(QLatin1String("stanza")).toString();
    int newest = 1;
    for (const QString &id : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &h : QDir(root + u'/' + id).entryList({QStringLiteral("*.history")}))
            newest = qMax(newest, h.left(8).toInt(nullptr, 16));
    return newest;
}

void TestRestoreDrill::drillRestoresArchivedOrdersAndMeasuresRtoRpo()
{
    const StepType *t = m_registry.find(QStringLiteral("restore.drill"));
    QVERIFY(t);
    QCOMPARE(placeArchivedOrders(3), 3);
    qint64 archivedCount = 0;
    {
        auto c = owner();
        pqxx::work w(*c);
        archivedCount = w.exec1("SELECT count(*) FROM shop.orders")[0].as<qint64>();
        // One more order, after the switch: it may or may not reach the archive before the drill
        // (archive_timeout); the primary has it in any case.
        w.exec("INSERT INTO shop.orders (channel) VALUES ('drill-late')");
        w.commit();
    }
    const Fields f = fieldsOf(
        {{QStringLiteral("ports"), ports()}, {QStringLiteral("scratch_dir"), m_scratch.path()}});
    QVERIFY(t->validate(f, m_registry).isEmpty());
    StepContext ctx = context();
    const auto pre = t->precheck(f, ctx);
    QVERIFY2(pre && pre->ok, qPrintable(pre ? pre->summary : qmtest::errorOf(pre).toString()));
    const auto plan = t->describePlan(f, ctx);
    QVERIFY2(plan, qPrintable(qmtest::errorOf(plan).toString()));
    QVERIFY2(!plan->refused, qPrintable(plan->refusal));
    const StepOutcome o = t->execute(f, *plan, ctx);
    qInfo().noquote() << m_log.join(u'\n');
    QVERIFY2(o.ok, qPrintable(o.summary));
    const QJsonObject d = o.data;
    qInfo().noquote() << "drill outcome:" << QJsonDocument(d).toJson(QJsonDocument::Compact);
    QVERIFY2(d.value(QStringLiteral("rto_seconds")).isDouble(), "no RTO");
    QVERIFY(d.value(QStringLiteral("rto_seconds")).toDouble() > 0);
    QVERIFY2(d.value(QStringLiteral("rpo_seconds")).isDouble(), "no RPO");
    QVERIFY(d.value(QStringLiteral("rpo_seconds")).toDouble() >= 0);
    // Every order committed before the archived WAL switch is in the restored copy.
    QVERIFY2(qint64(d.value(QStringLiteral("restored_orders")).toDouble()) >= archivedCount,
        qPrintable(QStringLiteral("restored %1 orders, %2 were archived")
                       .arg(d.value(QStringLiteral("restored_orders")).toDouble())
                       .arg(archivedCount)));
    QCOMPARE(qint64(d.value(QStringLiteral("primary_orders")).toDouble()), archivedCount + 1);
    QVERIFY(!d.value(QStringLiteral("restored_last_order")).toString().isEmpty());
    QCOMPARE(d.value(QStringLiteral("archive_mode")).toString(), QStringLiteral("off"));
    // The scratch server and its folder are gone.
    QVERIFY(d.value(QStringLiteral("torn_down")).toBool());
    QVERIFY2(!QFileInfo::exists(d.value(QStringLiteral("scratch_dir")).toString()),
        qPrintable(d.value(QStringLiteral("scratch_dir")).toString()));
    QVERIFY(d.value(QStringLiteral("postmaster_pid")).toDouble() > 0);
    QVERIFY(!alive(qint64(d.value(QStringLiteral("postmaster_pid")).toDouble())));
    QVERIFY2(QDir(m_scratch.path()).isEmpty(), qPrintable(leftovers()));
    const auto v = t->verify(f, o, ctx);
    QVERIFY2(v && v->ok, qPrintable(v ? v->summary : qmtest::errorOf(v).toString()));
    QVERIFY(m_log.join(u'\n').contains(QStringLiteral("RTO")));
    // The promoted copy archived nothing: the repository knows no timeline beyond the primary's.
    QCOMPARE(newestArchivedTimeline(), primaryTimeline());
}

void TestRestoreDrill::cancelledDrillLeavesNothingBehind_data()
{
    QTest::addColumn<QString>("trigger"); // the progress line that cancels
    QTest::addColumn<bool>("restoreDone"); // whether pgbackrest restore had finished by then
    // In the middle of pgbackrest restore.
    QTest::newRow("mid-restore") << QStringLiteral("pgbackrest:") << false;
    // Just before the scratch server starts: cancelled while the postmaster comes up.
    QTest::newRow("starting") << QStringLiteral("files restored") << true;
}

void TestRestoreDrill::cancelledDrillLeavesNothingBehind()
{
    QFETCH(QString, trigger);
    QFETCH(bool, restoreDone);
    const StepType *t = m_registry.find(QStringLiteral("restore.drill"));
    QVERIFY(t);
    const Fields f = fieldsOf(
        {{QStringLiteral("ports"), ports()}, {QStringLiteral("scratch_dir"), m_scratch.path()}});
    StepContext ctx = context();
    const auto plan = t->describePlan(f, ctx);
    QVERIFY2(plan, qPrintable(qmtest::errorOf(plan).toString()));
    // Cancelled as soon as pgbackrest restore says it began: mid-restore.
    QString scratch;
    ctx.log = [&](const QString &line) {
        m_log << line;
        if (line.startsWith(trigger))
            ctx.cancel.cancel();
    };
    const StepOutcome o = t->execute(f, *plan, ctx);
    qInfo().noquote() << m_log.join(u'\n');
    QVERIFY(!o.ok);
    QVERIFY2(o.error && o.error->code == qm::Error::Code::Cancelled, qPrintable(o.summary));
    QCOMPARE(m_log.join(u'\n').contains(QStringLiteral("files restored")), restoreDone);
    QVERIFY(o.data.value(QStringLiteral("torn_down")).toBool());
    QVERIFY2(QDir(m_scratch.path()).isEmpty(),
        qPrintable(
            QDir(m_scratch.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).join(u' ')));
    // No pgbackrest restore (or anything else) still works in the scratch folder.
    QString out;
    const int rc = run({QStringLiteral("pgrep"), QStringLiteral("-af"), m_scratch.path()}, &out);
    QVERIFY2(rc != 0, qPrintable(out));
}

void TestRestoreDrill::qmctlJsonCarriesRtoAndRpo()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QM_SANDBOX_DIR"), m_state);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QString out;
    const int rc = run({QStringLiteral(QM_QMCTL), QStringLiteral("runbook"), QStringLiteral("run"),
                           QStringLiteral("backup-restore-drill"), QStringLiteral("--yes"),
                           QStringLiteral("--json"), QStringLiteral("--journal-dir"),
                           home.filePath(QStringLiteral("journal")), QStringLiteral("--param"),
                           QStringLiteral("ports=") + ports(), QStringLiteral("--param"),
                           QStringLiteral("scratch_dir=") + m_scratch.path()},
        &out, 10 * 60 * 1000, env);
    const QJsonObject report = QJsonDocument::fromJson(out.section(u'\n', -1).toUtf8()).object();
    QVERIFY2(rc == 0, qPrintable(out.right(3000)));
    QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
    QJsonObject drill;
    for (const QJsonValue &s : report.value(QStringLiteral("steps")).toArray())
        if (s.toObject().value(QStringLiteral("id")).toString() == QLatin1String("drill"))
            drill = s.toObject();
    const QJsonObject data = drill.value(QStringLiteral("outcome"))
                                 .toObject()
                                 .value(QStringLiteral("data"))
                                 .toObject();
    qInfo().noquote() << "qmctl drill:" << QJsonDocument(data).toJson(QJsonDocument::Compact);
    QVERIFY2(data.value(QStringLiteral("rto_seconds")).isDouble(), qPrintable(out.right(3000)));
    QVERIFY2(data.value(QStringLiteral("rpo_seconds")).isDouble(), qPrintable(out.right(3000)));
    QCOMPARE(drill.value(QStringLiteral("state")).toString(), QStringLiteral("verified"));
    QVERIFY2(QDir(m_scratch.path()).isEmpty(), qPrintable(leftovers()));
}

QTEST_GUILESS_MAIN(TestRestoreDrill)
#include "tst_restoredrill.moc"
