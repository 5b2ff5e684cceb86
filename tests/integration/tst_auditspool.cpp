// The durable audit spool (core/safety/auditspool.h) against the sandbox's PostgreSQL, as the
// `oncall` role. "The database is unreachable" is a cluster whose only node is a port of this
// sandbox's range where nothing listens (QM_SANDBOX_PORT_BASE + 399).
//   - an entry that may be spooled goes to a 0600 JSON-lines file when the database is
//     unreachable; one that may not fails (its action would not run); a refusal by a reachable
//     database (a role without the right) is never spooled;
//   - replay writes each spooled entry into the hash-chained audit log exactly once; a replay of
//     the same spool again (a crash after writing, before the spool was set aside), even after
//     the server's request keys were pruned, adds nothing; `qmctl audit verify` passes after it;
//   - a torn last line (a crash mid-write) is reported and skipped, and the next append starts
//     on a new line (the torn line stays one bad line, the new entry stays readable);
//   - the sink's next write to a reachable database replays the spool first (an outcome after
//     its intent);
//   - `qmctl audit spool list|replay` (migration 0611): a role without the right (merch) is
//     refused with a sentence that names the role it needs and nothing changes; admin replays
//     what oncall spooled, each entry once (the chain's actor is admin, the spool's actor oncall
//     is kept in "spooled"), and a second replay of the same spool adds nothing.
#include "db/blocking.h"
#include "db/cluster.h"
#include "pqcheck.h"
#include "profiles/profile.h"
#include "safety/auditspool.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::safety;

namespace {

QString ownerScalar(const std::string &sql, const std::vector<std::string> &params = {})
{
    auto c = qmtest::connectAs(QString());
    pqxx::work tx(*c);
    const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    tx.commit();
    return r.empty() || r[0][0].is_null() ? QString()
                                          : QString::fromStdString(r[0][0].as<std::string>());
}

QString idText(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

// Rows of the chain for a request id in one phase: intent or outcome.
int rows(const QUuid &id, const QString &phase)
{
    const std::string cond = phase == QLatin1String("intent")
        ? "outcome = '{\"phase\": \"intent\"}'::jsonb"
        : "plan ->> 'phase' = 'outcome'";
    return ownerScalar("SELECT count(*) FROM qm.audit_log WHERE request_id = $1::uuid AND " + cond,
        {idText(id).toStdString()})
        .toInt();
}

AuditEntry stepEntry(const QString &step, bool spoolable = true)
{
    AuditEntry e;
    e.action = QStringLiteral("runbooks.step");
    e.target = QStringLiteral("postgres-emergency-failover/") + step;
    e.plan = QJsonObject {{QStringLiteral("run_id"), QStringLiteral("spool-test")},
        {QStringLiteral("step"), step}, {QStringLiteral("who"), auditContext()}};
    e.outcome = QJsonObject {{QStringLiteral("verified"), true}};
    e.spoolable = spoolable;
    return e;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> out;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (!l.isEmpty())
            out.append(l);
    return out;
}

} // namespace

class AuditSpoolTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<qm::db::Cluster> m_up; // the sandbox, as oncall
    std::shared_ptr<qm::db::Cluster> m_down; // nothing listens there
    std::shared_ptr<qm::db::Cluster> m_merch; // reachable, but may not write runbook entries

    std::shared_ptr<qm::db::Cluster> cluster(const QString &user, bool reachable)
    {
        qm::db::ClusterConfig cfg = qmtest::clusterConfig(user);
        cfg.workersPerNode = 1;
        if (!reachable) {
            qm::db::ConnectionParams p = cfg.nodes.first();
            p.port = qEnvironmentVariableIntValue("QM_SANDBOX_PORT_BASE") + 399;
            p.connectTimeoutSec = 2;
            cfg.nodes = {p};
            return std::make_shared<qm::db::Cluster>(cfg); // not started: its first node
        }
        auto c = std::make_shared<qm::db::Cluster>(cfg);
        qm::Status s = qm::db::waitBlocking(c->start(), "start");
        if (!s)
            qWarning() << s.error().toString();
        return s ? c : nullptr;
    }

    QString spoolPath(const QString &name) const
    {
        return m_tmp.filePath(QStringLiteral("state/quartermaster/audit-spool/") + name);
    }

    // qmctl [--user USER] ARGS with XDG_STATE_HOME = `state`; merged output in *out.
    int qmctl(const QString &user, const QStringList &args, QString *out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_tmp.filePath(QStringLiteral("qmctl")));
        p.setProcessEnvironment(env);
        QString qmctl = qEnvironmentVariable("QM_QMCTL");
        if (qmctl.isEmpty())
            qmctl = QStringLiteral(QM_QMCTL);
        QStringList all {QStringLiteral("--profile"), qmtest::profilePath()};
        if (!user.isEmpty())
            all << QStringLiteral("--user") << user;
        p.start(qmctl, all + args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

    int qmctlAuditVerify(QString *out)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QString qmctl = qEnvironmentVariable("QM_QMCTL");
        if (qmctl.isEmpty())
            qmctl = QStringLiteral(QM_QMCTL);
        p.start(qmctl,
            {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("audit"),
                QStringLiteral("verify")});
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_tmp.isValid());
        QVERIFY(qEnvironmentVariableIsSet("QM_SANDBOX_PORT_BASE"));
        m_up = cluster(QStringLiteral("oncall"), true);
        QVERIFY(m_up);
        m_merch = cluster(QStringLiteral("merch"), true);
        QVERIFY(m_merch);
        m_down = cluster(QStringLiteral("oncall"), false);
    }

    void spoolsOnlyWhatMayBeSpooled()
    {
        const QString path = spoolPath(QStringLiteral("only.jsonl"));
        SpoolingAuditSink down(m_down, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        // Not declared for a dead primary: refused, as without a spool; nothing written.
        const qm::Status refused = down.recordIntent(stepEntry(QStringLiteral("x"), false));
        QVERIFY(!refused);
        QVERIFY2(SpoolingAuditSink::unreachable(refused.error()),
            qPrintable(refused.error().toString()));
        QVERIFY(!QFile::exists(path));

        // Declared: spooled, fsync'd, one JSON line per call, mode 0600.
        const AuditEntry e = stepEntry(QStringLiteral("failover"));
        QVERIFY(down.recordIntent(e));
        QVERIFY(down.recordOutcome(e));
        QCOMPARE(QFile::permissions(path)
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                    | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const QList<QByteArray> l = lines(path);
        QCOMPARE(l.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(l.at(0)).object();
        QCOMPARE(first.value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
        QCOMPARE(first.value(QStringLiteral("request_id")).toString(), idText(e.requestId));
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("oncall"));
        QCOMPARE(first.value(QStringLiteral("plan")).toObject(), e.plan);
        QVERIFY(!first.value(QStringLiteral("spooled_at")).toString().isEmpty());
        QCOMPARE(
            QJsonDocument::fromJson(l.at(1)).object().value(QStringLiteral("outcome")).toObject(),
            e.outcome);
        QCOMPARE(down.pending(), 2);

        // A database that answers and refuses (merch may not run runbooks): never spooled.
        SpoolingAuditSink merch(m_merch, qm::BackendKind::Reference, path, QStringLiteral("merch"));
        QFile::rename(path, path + QStringLiteral(".aside")); // no replay before this write
        const qm::Status denied = merch.recordIntent(stepEntry(QStringLiteral("y")));
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, qm::Error::Code::PermissionDenied);
        QVERIFY(!QFile::exists(path));
    }

    void replayWritesEachEntryOnce()
    {
        const QString path = spoolPath(QStringLiteral("replay.jsonl"));
        SpoolingAuditSink down(m_down, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        const AuditEntry a = stepEntry(QStringLiteral("leader-down"));
        const AuditEntry b = stepEntry(QStringLiteral("failover"));
        for (const AuditEntry &e : {a, b}) {
            QVERIFY(down.recordIntent(e));
            QVERIFY(down.recordOutcome(e));
        }
        // The writer died mid-line.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"v\":1,\"phase\":\"intent\",\"request_id\":\"0b7");
        }
        QCOMPARE(down.pending(), 4);
        // Unreachable still: nothing replayed, nothing lost.
        const SpoolReplayReport early = down.replay();
        QVERIFY(!early.complete());
        QCOMPARE(early.remaining, 4);
        QVERIFY(QFile::exists(path));

        SpoolingAuditSink up(m_up, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        const SpoolReplayReport r = up.replay();
        QVERIFY2(r.complete(), qPrintable(r.summary()));
        QCOMPARE(r.replayed, 4);
        QCOMPARE(r.alreadyInChain, 0);
        QCOMPARE(r.skipped.size(), 1);
        QVERIFY2(
            r.skipped.first().contains(QStringLiteral("line 5")), qPrintable(r.skipped.first()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(r.archivedAs));
        for (const AuditEntry &e : {a, b}) {
            QCOMPARE(rows(e.requestId, QStringLiteral("intent")), 1);
            QCOMPARE(rows(e.requestId, QStringLiteral("outcome")), 1);
        }
        // The chain says when it was spooled, and by whom.
        QVERIFY(!ownerScalar("SELECT plan -> 'spooled' ->> 'at' FROM qm.audit_log WHERE "
                             "request_id = $1::uuid ORDER BY id LIMIT 1",
            {idText(a.requestId).toStdString()})
                     .isEmpty());

        // A crash after the chain took the entries but before the spool was set aside: the same
        // spool again, and the server's request keys pruned (as after the retention window).
        QVERIFY(QFile::copy(r.archivedAs, path));
        ownerScalar("DELETE FROM qm.requests WHERE request_id = ANY($1::uuid[])",
            {"{" + idText(a.requestId).toStdString() + "," + idText(b.requestId).toStdString()
                + "}"});
        const SpoolReplayReport again = up.replay();
        QVERIFY2(again.complete(), qPrintable(again.summary()));
        QCOMPARE(again.replayed, 0);
        QCOMPARE(again.alreadyInChain, 4);
        for (const AuditEntry &e : {a, b}) {
            QCOMPARE(rows(e.requestId, QStringLiteral("intent")), 1);
            QCOMPARE(rows(e.requestId, QStringLiteral("outcome")), 1);
        }
        // And once more with nothing spooled: nothing to do.
        const SpoolReplayReport none = up.replay();
        QCOMPARE(none.replayed + none.alreadyInChain + none.remaining, 0);

        QCOMPARE(ownerScalar("SELECT ok FROM console.verify_audit_chain() LIMIT 1"),
            QStringLiteral("t"));
        QString out;
        QCOMPARE(qmctlAuditVerify(&out), 0);
        QVERIFY2(out.contains(QStringLiteral("No findings.")), qPrintable(out));
    }

    void appendAfterATornLineStartsANewLine()
    {
        const QString path = spoolPath(QStringLiteral("torn.jsonl"));
        SpoolingAuditSink down(m_down, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        QVERIFY(down.recordIntent(stepEntry(QStringLiteral("failover"))));
        {
            QFile f(path); // the writer died mid-line
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"v\":1,\"phase\":\"outcome\",\"requ");
        }
        const AuditEntry next = stepEntry(QStringLiteral("resume"));
        QVERIFY(down.recordIntent(next));
        QCOMPARE(down.pending(), 2);
        const QList<QByteArray> l = lines(path);
        QCOMPARE(l.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(l.last()).object().value(QStringLiteral("request_id")),
            QJsonValue(idText(next.requestId)));
    }

    void nextWriteReplaysTheSpoolFirst()
    {
        const QString path = spoolPath(QStringLiteral("order.jsonl"));
        const AuditEntry e = stepEntry(QStringLiteral("failover"));
        SpoolingAuditSink down(m_down, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        QVERIFY(down.recordIntent(e));
        // The new primary takes writes: the outcome's write replays the intent before it.
        SpoolingAuditSink up(m_up, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        QVERIFY(up.recordOutcome(e));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(rows(e.requestId, QStringLiteral("intent")), 1);
        QCOMPARE(rows(e.requestId, QStringLiteral("outcome")), 1);
        QCOMPARE(ownerScalar("SELECT (plan ->> 'intent_id')::bigint = (SELECT id FROM qm.audit_log "
                             "WHERE request_id = $1::uuid AND outcome = '{\"phase\": "
                             "\"intent\"}'::jsonb) FROM qm.audit_log WHERE request_id = $1::uuid "
                             "AND plan ->> 'phase' = 'outcome'",
                     {idText(e.requestId).toStdString()}),
            QStringLiteral("t"));
    }

    void qmctlReplaysOnceAndRefusesWithoutTheRight()
    {
        // The spool qmctl finds: the sandbox profile's, under XDG_STATE_HOME.
        QFile pf(qmtest::profilePath());
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const auto profile = qm::Profile::fromJsonBytes(pf.readAll());
        QVERIFY(profile);
        const QByteArray oldState = qgetenv("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", m_tmp.filePath(QStringLiteral("qmctl")).toUtf8());
        const QString path = SpoolingAuditSink::defaultPath(*profile);
        qputenv("XDG_STATE_HOME", oldState);
        QVERIFY(!QFile::exists(path));

        // Given: oncall ran two steps of a runbook for a dead primary; all four entries spooled.
        SpoolingAuditSink down(m_down, qm::BackendKind::Reference, path, QStringLiteral("oncall"));
        const AuditEntry a = stepEntry(QStringLiteral("leader-down"));
        const AuditEntry b = stepEntry(QStringLiteral("failover"));
        for (const AuditEntry &e : {a, b}) {
            QVERIFY(down.recordIntent(e));
            QVERIFY(down.recordOutcome(e));
        }
        QString out;
        QCOMPARE(qmctl({},
                     {QStringLiteral("audit"), QStringLiteral("spool"), QStringLiteral("list"),
                         QStringLiteral("--json")},
                     &out),
            0);
        const QJsonObject listed = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(listed.value(QStringLiteral("waiting")).toInt(), 4);
        const QJsonObject first
            = listed.value(QStringLiteral("entries")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("actor")).toString(), QStringLiteral("oncall"));
        QCOMPARE(first.value(QStringLiteral("action")).toString(), QStringLiteral("runbooks.step"));
        QCOMPARE(first.value(QStringLiteral("run_id")).toString(), QStringLiteral("spool-test"));
        QVERIFY(!first.value(QStringLiteral("spooled_at")).toString().isEmpty());

        // A role without the right: refused (exit 5), told what it needs; nothing changes.
        QFile spool(path);
        QVERIFY(spool.open(QIODevice::ReadOnly));
        const QByteArray before = spool.readAll();
        spool.close();
        const QString chainBefore = ownerScalar("SELECT count(*) FROM qm.audit_log");
        QCOMPARE(
            qmctl(QStringLiteral("merch"),
                {QStringLiteral("audit"), QStringLiteral("spool"), QStringLiteral("replay")}, &out),
            5);
        QVERIFY2(out.contains(QStringLiteral("may not replay spooled audit entries"))
                && out.contains(QStringLiteral("on-call or admin")),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("4 entries stay in the spool")), qPrintable(out));
        QCOMPARE(ownerScalar("SELECT count(*) FROM qm.audit_log"), chainBefore);
        QVERIFY(spool.open(QIODevice::ReadOnly));
        QCOMPARE(spool.readAll(), before);
        spool.close();

        // When: admin (another role than the one that spooled) replays.
        const QStringList replay {QStringLiteral("audit"), QStringLiteral("spool"),
            QStringLiteral("replay"), QStringLiteral("--json")};
        QCOMPARE(qmctl(QStringLiteral("admin"), replay, &out), 0);
        QJsonObject r = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(r.value(QStringLiteral("complete")).toBool(), qPrintable(out));
        QCOMPARE(r.value(QStringLiteral("replayed")).toInt(), 4);
        QCOMPARE(r.value(QStringLiteral("already_in_chain")).toInt(), 0);
        const QString archived = r.value(QStringLiteral("archived_as")).toString();
        QVERIFY(QFile::exists(archived));
        QVERIFY(!QFile::exists(path));
        // Then: each entry once; the chain names who wrote the row, the plan who spooled it.
        for (const AuditEntry &e : {a, b}) {
            QCOMPARE(rows(e.requestId, QStringLiteral("intent")), 1);
            QCOMPARE(rows(e.requestId, QStringLiteral("outcome")), 1);
        }
        const std::vector<std::string> id {idText(a.requestId).toStdString()};
        QCOMPARE(ownerScalar("SELECT actor || ' ' || (plan -> 'spooled' ->> 'actor') || ' ' || "
                             "(plan -> 'spooled' ->> 'replayed_by') FROM qm.audit_log WHERE "
                             "request_id = $1::uuid AND outcome = '{\"phase\": \"intent\"}'",
                     id),
            QStringLiteral("admin oncall admin"));
        QCOMPARE(ownerScalar("SELECT actor || ' ' || (outcome -> 'spooled' ->> 'actor') FROM "
                             "qm.audit_log WHERE request_id = $1::uuid AND plan ->> 'phase' = "
                             "'outcome'",
                     id),
            QStringLiteral("admin oncall"));

        // A second replay of the same spool (set aside too late, say): nothing added.
        QVERIFY(QFile::copy(archived, path));
        const QString chainAfter = ownerScalar("SELECT count(*) FROM qm.audit_log");
        QCOMPARE(qmctl(QStringLiteral("oncall"), replay, &out), 0);
        r = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(r.value(QStringLiteral("complete")).toBool(), qPrintable(out));
        QCOMPARE(r.value(QStringLiteral("replayed")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("already_in_chain")).toInt(), 4);
        QCOMPARE(ownerScalar("SELECT count(*) FROM qm.audit_log"), chainAfter);
        QCOMPARE(
            qmctl({}, {QStringLiteral("audit"), QStringLiteral("spool"), QStringLiteral("list")},
                &out),
            0);
        QVERIFY2(out.contains(QStringLiteral("Nothing is waiting")), qPrintable(out));
        QCOMPARE(qmctlAuditVerify(&out), 0);
        QVERIFY2(out.contains(QStringLiteral("No findings.")), qPrintable(out));
    }

    void defaultPathIsUnderTheStateFolder()
    {
        qputenv("XDG_STATE_HOME", m_tmp.filePath(QStringLiteral("xdg")).toUtf8());
        qm::Profile p;
        p.name = QStringLiteral("prod eu/1");
        QCOMPARE(SpoolingAuditSink::defaultPath(p),
            m_tmp.filePath(QStringLiteral("xdg/quartermaster/audit-spool/prod_eu_1.jsonl")));
    }
};

QTEST_GUILESS_MAIN(AuditSpoolTest)
#include "tst_auditspool.moc"
