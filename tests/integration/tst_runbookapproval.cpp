// Two-person approval of runbook runs (migration 0302, core/runbooks/approval.h, the engine)
// against the sandbox's PostgreSQL, with real roles: `oncall` asks, `admin` (on-call through
// qm_admin) approves, `merch` has no on-call role.
//   - the requester cannot approve its own run (the server refuses);
//   - without an approval the engine runs nothing (the server's consume refuses);
//   - a second on-call role approves and the run proceeds, once (a second run with the same id
//     is refused);
//   - an expired approval is refused;
//   - an approval for other parameters or another runbook file (content hash) is refused;
//   - a merchandiser can neither ask nor approve.
#include "db/blocking.h"
#include "db/cluster.h"
#include "pqcheck.h"
#include "profiles/credentials.h"
#include "runbooks/approval.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace qm::runbooks;

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

QString newRunId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class RunbookApprovalTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<qm::db::Cluster> m_oncall;
    std::shared_ptr<qm::db::Cluster> m_admin;
    std::shared_ptr<qm::db::Cluster> m_merch;
    qm::Profile m_profile;
    Runbook m_book;

    std::shared_ptr<qm::db::Cluster> startCluster(const QString &user)
    {
        qm::db::ClusterConfig cfg = qmtest::clusterConfig(user);
        cfg.workersPerNode = 1;
        auto c = std::make_shared<qm::db::Cluster>(cfg);
        const qm::Status s = qm::db::waitBlocking(c->start(), "start");
        if (!s)
            qWarning() << s.error().toString();
        return s ? c : nullptr;
    }

    EngineConfig config(const QString &user, std::shared_ptr<qm::db::Cluster> cluster)
    {
        EngineConfig c;
        c.cluster = cluster;
        c.profile = m_profile;
        c.profile.user = user;
        c.profile.resolveRedisUser();
        c.audit = std::make_shared<qm::safety::DbAuditSink>(cluster);
        c.journalDir = m_tmp.filePath(QStringLiteral("journal"));
        c.trustedKeysDir = m_tmp.filePath(QStringLiteral("trusted"));
        c.confirm = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return true; };
        return c;
    }

    static QByteArray yaml(const QString &text)
    {
        return QStringLiteral("name: test-two-person\n"
                              "title: Two-person test\n"
                              "approval: two-person\n"
                              "parameters:\n"
                              "  - name: reason\n"
                              "    type: string\n"
                              "    default: drill\n"
                              "steps:\n"
                              "  - id: primary\n"
                              "    type: sql.check\n"
                              "    title: Primary answers\n"
                              "    action: {sql: SELECT pg_is_in_recovery(), expect: {equals: "
                              "false}}\n"
                              "  - id: done\n"
                              "    type: note\n"
                              "    title: Done\n"
                              "    action: {text: \"%1 ${reason}\"}\n")
            .arg(text)
            .toUtf8();
    }

    Runbook parse(const QByteArray &text, const QString &name)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        f.close();
        const ParseResult r = parseRunbookFile(path, StepRegistry::withBuiltins());
        if (!r.ok())
            qWarning().noquote() << r.errorText();
        return r.runbook.value_or(Runbook {});
    }

    QString hash() const { return QString::fromLatin1(m_book.contentHash); }
    static QJsonObject params(const QString &reason = QStringLiteral("drill"))
    {
        return {{QStringLiteral("reason"), reason}};
    }

    RunReport runAs(const QString &runId, const QJsonObject &given = {})
    {
        EngineConfig c = config(QStringLiteral("oncall"), m_oncall);
        c.runId = runId;
        Engine engine(std::move(c));
        return engine.run(m_book, given);
    }

    int journalRows(const QString &runId)
    {
        return ownerScalar("SELECT count(*) FROM console.runbook_journal WHERE run_id = $1::uuid",
            {runId.toStdString()})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_tmp.isValid());
        QDir().mkpath(m_tmp.filePath(QStringLiteral("trusted")));
        QFile pf(qmtest::profilePath());
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const auto prof = qm::Profile::fromJsonBytes(pf.readAll());
        QVERIFY(prof.ok());
        m_profile = prof.value();
        m_oncall = startCluster(QStringLiteral("oncall"));
        m_admin = startCluster(QStringLiteral("admin"));
        m_merch = startCluster(QStringLiteral("merch"));
        QVERIFY(m_oncall && m_admin && m_merch);
        m_book = parse(yaml(QStringLiteral("approved")), QStringLiteral("two.yaml"));
        QVERIFY(!m_book.name.isEmpty());
        QCOMPARE(m_book.approval, Runbook::Approval::TwoPerson);
    }

    void requesterCannotApproveOwnRun()
    {
        const QString run = newRunId();
        const auto asked = approval::request(*m_oncall, run, m_book.name, hash(), params());
        QVERIFY2(asked, asked ? "" : qPrintable(asked.error().toString()));
        const auto own = approval::approve(*m_oncall, run, hash(), params());
        QVERIFY2(!own, "the requester approved its own run");
        QCOMPARE(own.error().code, qm::Error::Code::PermissionDenied);
        const auto r = approval::find(*m_oncall, run);
        QVERIFY(r);
        QCOMPARE(r->state(), QStringLiteral("pending"));
    }

    void runWithoutApprovalRunsNothing()
    {
        // Never asked: refused by the server.
        const QString never = newRunId();
        RunReport r = runAs(never);
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("approval")), qPrintable(r.error));
        QCOMPARE(journalRows(never), 0);
        // Asked, not approved yet: refused too.
        const QString pending = newRunId();
        QVERIFY(approval::request(*m_oncall, pending, m_book.name, hash(), params()));
        r = runAs(pending);
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("not approved")), qPrintable(r.error));
        QCOMPARE(journalRows(pending), 0);
    }

    void secondOncallApprovesAndRunProceeds()
    {
        const QString run = newRunId();
        QVERIFY(approval::request(*m_oncall, run, m_book.name, hash(), params()));
        const auto ok = approval::approve(*m_admin, run, hash(), params());
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().toString()));
        const auto seen = approval::find(*m_oncall, run);
        QVERIFY(seen);
        QCOMPARE(seen->state(), QStringLiteral("approved"));
        QCOMPARE(seen->approvedBy, QStringLiteral("admin"));

        const RunReport r = runAs(run);
        QVERIFY2(r.ok(), qPrintable(r.result + u' ' + r.error));
        QCOMPARE(r.runId, run);
        QCOMPARE(r.steps.size(), 2);
        QVERIFY(journalRows(run) > 0);
        // The approval and its use are in the audit log with the run id.
        QCOMPARE(ownerScalar("SELECT string_agg(action, ',' ORDER BY id) FROM qm.audit_log WHERE "
                             "request_id = $1::uuid AND action LIKE 'runbooks.approv%'",
                     {run.toStdString()}),
            QStringLiteral("runbooks.approval_request,runbooks.approve,runbooks.approval_consume"));
        // Used once: the same approval does not run it again.
        const RunReport again = runAs(run);
        QCOMPARE(again.result, QStringLiteral("refused"));
        QVERIFY2(again.error.contains(QStringLiteral("was used")), qPrintable(again.error));
    }

    void expiredApprovalRefused()
    {
        const QString run = newRunId();
        QVERIFY(approval::request(*m_oncall, run, m_book.name, hash(), params()));
        QVERIFY(approval::approve(*m_admin, run, hash(), params()));
        // Time passes (the owner moves the deadline; nothing of the code under test).
        ownerScalar("UPDATE console.runbook_approvals SET expires_at = now() - interval '1 s' "
                    "WHERE run_id = $1::uuid",
            {run.toStdString()});
        const RunReport r = runAs(run);
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("expired")), qPrintable(r.error));
        QCOMPARE(journalRows(run), 0);

        // An expired request cannot be approved either.
        const QString late = newRunId();
        QVERIFY(approval::request(*m_oncall, late, m_book.name, hash(), params()));
        ownerScalar("UPDATE console.runbook_approvals SET expires_at = now() - interval '1 s' "
                    "WHERE run_id = $1::uuid",
            {late.toStdString()});
        const auto a = approval::approve(*m_admin, late, hash(), params());
        QVERIFY(!a);
        QVERIFY2(
            a.error().message.contains(QStringLiteral("expired")), qPrintable(a.error().message));
    }

    void otherParametersOrFileRefused()
    {
        // The approver reviewed other parameters than the request's: refused.
        const QString run = newRunId();
        QVERIFY(approval::request(*m_oncall, run, m_book.name, hash(), params()));
        auto a = approval::approve(*m_admin, run, hash(), params(QStringLiteral("other")));
        QVERIFY2(!a, "approved other parameters");
        QVERIFY2(a.error().message.contains(QStringLiteral("parameters")),
            qPrintable(a.error().message));
        // The approver's copy of the file differs: refused.
        const Runbook changed = parse(yaml(QStringLiteral("changed")), QStringLiteral("c.yaml"));
        QVERIFY(changed.contentHash != m_book.contentHash);
        a = approval::approve(*m_admin, run, QString::fromLatin1(changed.contentHash), params());
        QVERIFY2(!a, "approved another file");
        QVERIFY2(a.error().message.contains(QStringLiteral("another version")),
            qPrintable(a.error().message));

        // Approved as asked; the run with other parameters is refused and runs nothing.
        QVERIFY(approval::approve(*m_admin, run, hash(), params()));
        RunReport r = runAs(run, params(QStringLiteral("other")));
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("other parameters")), qPrintable(r.error));
        QCOMPARE(journalRows(run), 0);
        // So is the run of a changed file with the approved id.
        EngineConfig c = config(QStringLiteral("oncall"), m_oncall);
        c.runId = run;
        r = Engine(std::move(c)).run(changed, params());
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("another runbook file")), qPrintable(r.error));
        QCOMPARE(journalRows(run), 0);
        // The approval was not used by the refusals: the run as approved proceeds.
        r = runAs(run, params());
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    void merchandiserCannotAskOrApprove()
    {
        const QString run = newRunId();
        const auto asked = approval::request(*m_merch, run, m_book.name, hash(), params());
        QVERIFY2(!asked, "a merchandiser asked for approval");
        QCOMPARE(asked.error().code, qm::Error::Code::PermissionDenied);
        QVERIFY(approval::request(*m_oncall, run, m_book.name, hash(), params()));
        const auto a = approval::approve(*m_merch, run, hash(), params());
        QVERIFY2(!a, "a merchandiser approved");
        QCOMPARE(a.error().code, qm::Error::Code::PermissionDenied);
        const auto r = approval::find(*m_oncall, run);
        QVERIFY(r);
        QVERIFY(r->approvedBy.isEmpty());
        // No one writes the table directly.
        std::string state;
        try {
            auto c = qmtest::connectAs(QStringLiteral("oncall"));
            pqxx::work tx(*c);
            tx.exec("UPDATE console.runbook_approvals SET approved_by = 'admin'");
            tx.commit();
        } catch (const pqxx::sql_error &e) {
            state = qmtest::stateOf(e);
        }
        QCOMPARE(QString::fromStdString(state), QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(RunbookApprovalTest)
#include "tst_runbookapproval.moc"
