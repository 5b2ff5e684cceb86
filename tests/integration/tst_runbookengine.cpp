// The runbook engine (core/runbooks) against the sandbox's PostgreSQL and Redis:
//   - a dry run changes nothing (sessions, journal rows, audit rows before == after);
//   - a run journals every step to the file and to console.runbook_journal, audits each step
//     with the run id, and queries.cancel cancels a real `SELECT pg_sleep(600)` it previewed;
//   - a merchandiser cannot cancel sessions (the engine refuses, so does the server);
//   - a run SIGKILLed (qmctl in a child process) after step N was verified resumes without
//     running step N's action again; resume refuses a changed runbook file;
//   - a signed runbook modified after signing is refused; production refuses unsigned ones.
#include "db/blocking.h"
#include "db/cluster.h"
#include "pqcheck.h"
#include "profiles/credentials.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "safety/elevation.h"
#include "testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::runbooks;

namespace {

const char *kVictimPrefix = "qm-rbtest-";

// The first column of the first row, as the owner (independent of the code under test).
QString ownerScalar(const std::string &sql, const std::vector<std::string> &params = {})
{
    auto c = qmtest::connectAs(QString());
    pqxx::work tx(*c);
    const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    return r.empty() || r[0][0].is_null() ? QString()
                                          : QString::fromStdString(r[0][0].as<std::string>());
}

int activeSleepers(const QString &app)
{
    return ownerScalar(
        "SELECT count(*) FROM pg_stat_activity WHERE application_name = $1 AND state = "
        "'active' AND query LIKE '%pg_sleep%'",
        {app.toStdString()})
        .toInt();
}

} // namespace

class RunbookEngineTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<qm::db::Cluster> m_oncall;
    std::shared_ptr<qm::db::Cluster> m_merch;
    qm::Profile m_profile;
    std::vector<std::unique_ptr<QProcess>> m_victims;

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

    qm::Profile profileAs(const QString &user)
    {
        qm::Profile p = m_profile;
        p.user = user;
        p.resolveRedisUser();
        return p;
    }

    EngineConfig config(
        const QString &user, std::shared_ptr<qm::db::Cluster> cluster, const QString &journalDir)
    {
        EngineConfig c;
        c.cluster = cluster;
        c.profile = profileAs(user);
        c.redisPassword = qm::redisPassfilePassword(c.profile);
        c.audit = std::make_shared<qm::safety::DbAuditSink>(cluster);
        c.journalDir = journalDir;
        c.trustedKeysDir = m_tmp.filePath(QStringLiteral("trusted"));
        c.confirm = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return true; };
        c.ask = [](const QString &, const QString &) -> qm::Result<QString> {
            return QStringLiteral("yes");
        };
        return c;
    }

    Runbook parse(const QByteArray &yaml, const QString &name)
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(yaml);
        f.close();
        const ParseResult r = parseRunbookFile(path, StepRegistry::withBuiltins());
        if (!r.ok())
            qWarning().noquote() << r.errorText();
        return r.runbook.value_or(Runbook {});
    }

    // A `SELECT pg_sleep(600)` by the store manager (not a superuser), named `app`; returns once
    // the server shows it active for at least `minSeconds`.
    bool startVictim(const QString &app, double minSeconds = 1.5)
    {
        qm::db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("manager"));
        p.applicationName = app;
        auto proc = std::make_unique<QProcess>();
        proc->setProgram(QStringLiteral("psql"));
        proc->setArguments({QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-d"),
            QString::fromStdString(p.toConninfo()), QStringLiteral("-c"),
            QStringLiteral("SELECT pg_sleep(600)")});
        proc->start();
        if (!proc->waitForStarted(10000))
            return false;
        m_victims.push_back(std::move(proc));
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            const double age
                = ownerScalar("SELECT coalesce(max(extract(epoch FROM clock_timestamp() - "
                              "query_start)), -1) FROM pg_stat_activity WHERE "
                              "application_name = $1 AND state = 'active'",
                    {app.toStdString()})
                      .toDouble();
            if (age >= minSeconds)
                return true;
            QTest::qWait(200);
        }
        return false;
    }

    static QList<QJsonObject> journalLines(const QString &path)
    {
        QList<QJsonObject> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &l : f.readAll().split('\n'))
            if (!l.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(l).object());
        return out;
    }

    static QStringList states(const QList<QJsonObject> &lines)
    {
        QStringList s;
        for (const QJsonObject &o : lines)
            s.append(o.value(QStringLiteral("step")).toString() + u':'
                + o.value(QStringLiteral("state")).toString());
        return s;
    }

    QByteArray cancelRunbook(const QString &app) const
    {
        return QStringLiteral(
            "name: test-cancel\n"
            "title: Cancel the test's sleeper\n"
            "steps:\n"
            "  - id: primary\n"
            "    type: sql.check\n"
            "    title: Primary answers\n"
            "    action: {sql: SELECT pg_is_in_recovery(), expect: {equals: false}}\n"
            "  - id: ask\n"
            "    type: confirm\n"
            "    title: Operator agrees\n"
            "    action: {question: \"Go on?\"}\n"
            "  - id: cancel\n"
            "    type: queries.cancel\n"
            "    title: Cancel the sleeper\n"
            "    precondition:\n"
            "      - type: redis.check\n"
            "        command: PING\n"
            "        expect: {equals: PONG}\n"
            "    action:\n"
            "      older_than: 1s\n"
            "      application_name: \"%1\"\n"
            "      max_sessions: 5\n"
            "    verify: {deadline: 60s}\n"
            "  - id: done\n"
            "    type: note\n"
            "    title: Done\n"
            "    action: {text: cancelled}\n")
            .arg(app)
            .toUtf8();
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
        QVERIFY2(prof.ok(), prof.ok() ? "" : qPrintable(prof.error().toString()));
        m_profile = prof.value();
        m_oncall = startCluster(QStringLiteral("oncall"));
        m_merch = startCluster(QStringLiteral("merch"));
        QVERIFY(m_oncall && m_merch);
    }

    void cleanup()
    {
        ownerScalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                    "application_name LIKE $1",
            {std::string(kVictimPrefix) + "%"});
        for (auto &p : m_victims)
            if (!p->waitForFinished(10000))
                p->kill();
        m_victims.clear();
    }

    void dryRunChangesNothing()
    {
        const QString app = QStringLiteral("qm-rbtest-dry");
        QVERIFY(startVictim(app));
        const QString journalDir = m_tmp.filePath(QStringLiteral("dry"));
        const Runbook rb = parse(cancelRunbook(app), QStringLiteral("dry.yaml"));
        QVERIFY(!rb.name.isEmpty());
        const auto snapshot = [&] {
            return QStringList {
                ownerScalar(
                    "SELECT string_agg(pid || ' ' || state || ' ' || query_start, ',') FROM "
                    "pg_stat_activity WHERE application_name = $1",
                    {app.toStdString()}),
                ownerScalar("SELECT count(*) FROM console.runbook_journal"),
                ownerScalar("SELECT count(*) FROM qm.audit_log"),
            };
        };
        const QStringList before = snapshot();
        Engine engine(config(QStringLiteral("oncall"), m_oncall, journalDir));
        const RunPlan plan = engine.plan(rb, {});
        QVERIFY2(!plan.refused, qPrintable(plan.refusal));
        QCOMPARE(plan.steps.size(), 4);
        // The preview lists the sleeper; the precondition was evaluated against Redis.
        const StepReport &cancel = plan.steps[2];
        QVERIFY(cancel.plan);
        QCOMPARE(cancel.plan->sample.size(), 1);
        QVERIFY2(cancel.plan->sample.first().contains(QStringLiteral("pg_sleep")),
            qPrintable(cancel.plan->sample.first()));
        QCOMPARE(cancel.preconditions.size(), 1);
        QVERIFY2(cancel.preconditions.first().ok, qPrintable(cancel.preconditions.first().summary));
        QVERIFY(plan.steps[0].plan->details.first().contains(QStringLiteral("would pass")));
        // An unsigned runbook runs outside production, with a visible warning.
        QVERIFY(plan.warnings.join(u' ').contains(QStringLiteral("UNSIGNED")));

        // The built-in pre-deploy checks plan cleanly too (sql.check on the replica, redis.check).
        const ParseResult pre = parseRunbookFile(
            QStringLiteral(":/runbooks/pre-deploy-checks.yaml"), StepRegistry::withBuiltins());
        QVERIFY2(pre.ok(), qPrintable(pre.errorText()));
        const RunPlan prePlan = engine.plan(*pre.runbook, {});
        for (const StepReport &s : prePlan.steps)
            QVERIFY2(s.plan && s.error.isEmpty()
                    && !s.plan->details.join(u' ').contains(QStringLiteral("cannot")),
                qPrintable(s.id + u' ' + s.error + u' '
                    + (s.plan ? s.plan->details.join(u' ') : QString())));

        QCOMPARE(snapshot(), before); // nothing changed: same session, same query, no rows
        QCOMPARE(activeSleepers(app), 1);
        QVERIFY(!QDir(journalDir).exists() || QDir(journalDir).isEmpty());
    }

    void runJournalsAuditsAndCancels()
    {
        const QString app = QStringLiteral("qm-rbtest-run");
        QVERIFY(startVictim(app));
        const QString pid = ownerScalar(
            "SELECT pid FROM pg_stat_activity WHERE application_name = $1", {app.toStdString()});
        const QString journalDir = m_tmp.filePath(QStringLiteral("run"));
        const Runbook rb = parse(cancelRunbook(app), QStringLiteral("run.yaml"));
        Engine engine(config(QStringLiteral("oncall"), m_oncall, journalDir));
        const RunReport r = engine.run(rb, {});
        QVERIFY2(r.ok(), qPrintable(r.error + u' ' + QJsonDocument(r.toJson()).toJson()));
        QCOMPARE(activeSleepers(app), 0); // cancelled for real
        QVERIFY(r.plan);
        QVERIFY(r.plan->steps[2].plan->sample.first().contains(QStringLiteral("pid %1").arg(pid)));
        QCOMPARE(r.steps[2].outcome->data.value(QStringLiteral("signalled")).toArray().size(), 1);

        const QStringList expected
            = {QStringLiteral(":run_started"), QStringLiteral("primary:started"),
                QStringLiteral("primary:executed"), QStringLiteral("primary:verified"),
                QStringLiteral("ask:started"), QStringLiteral("ask:executed"),
                QStringLiteral("ask:verified"), QStringLiteral("cancel:started"),
                QStringLiteral("cancel:executed"), QStringLiteral("cancel:verified"),
                QStringLiteral("done:started"), QStringLiteral("done:executed"),
                QStringLiteral("done:verified"), QStringLiteral(":finished")};
        QCOMPARE(states(journalLines(r.journalPath)), expected);
        const QString db = ownerScalar(
            "SELECT string_agg(coalesce(step_id, '') || ':' || state, ',' ORDER BY seq) "
            "FROM console.runbook_journal WHERE run_id = $1::uuid AND actor = 'oncall'",
            {r.runId.toStdString()});
        QCOMPARE(db, expected.join(u','));
        QCOMPARE(ownerScalar("SELECT content_hash FROM console.runbook_journal WHERE run_id = "
                             "$1::uuid AND seq = 0",
                     {r.runId.toStdString()}),
            QString::fromLatin1(rb.contentHash));
        // The audit log: the run's intent and outcome under the run id, each step's with it.
        QCOMPARE(ownerScalar("SELECT count(*) FROM qm.audit_log WHERE request_id = $1::uuid AND "
                             "action = 'runbooks.run'",
                     {r.runId.toStdString()}),
            QStringLiteral("2"));
        QCOMPARE(
            ownerScalar("SELECT count(*) FROM qm.audit_log i WHERE i.action = 'runbooks.step' AND "
                        "i.plan ->> 'run_id' = $1 AND EXISTS (SELECT FROM qm.audit_log o WHERE "
                        "o.request_id = i.request_id AND o.outcome ->> 'run_id' = $1)",
                {r.runId.toStdString()}),
            QStringLiteral("4"));
        QCOMPARE(ownerScalar("SELECT ok FROM console.verify_audit_chain() LIMIT 1"),
            QStringLiteral("t"));
    }

    void merchandiserCannotCancel()
    {
        const QString app = QStringLiteral("qm-rbtest-merch");
        QVERIFY(startVictim(app));
        const QString journalDir = m_tmp.filePath(QStringLiteral("merch"));
        const Runbook rb = parse(cancelRunbook(app), QStringLiteral("merch.yaml"));
        Engine engine(config(QStringLiteral("merch"), m_merch, journalDir));
        const RunReport r = engine.run(rb, {});
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("may not cancel or terminate sessions")),
            qPrintable(r.error));
        QCOMPARE(activeSleepers(app), 1);
        QVERIFY(!QDir(journalDir).exists() || QDir(journalDir).isEmpty());
        // The server refuses on its own too: merch may not call the definer.
        auto c = qmtest::connectAs(QStringLiteral("merch"));
        pqxx::work tx(*c);
        std::string state;
        try {
            tx.exec("SELECT console.runbook_signal_session(pg_backend_pid(), now(), false, 0)");
        } catch (const pqxx::sql_error &e) {
            state = qmtest::stateOf(e);
        }
        QCOMPARE(QString::fromStdString(state), QStringLiteral("42501"));
        QCOMPARE(activeSleepers(app), 1);
    }

    void resumeAfterKillDoesNotRepeatVerifiedStep()
    {
        const QString victims = QStringLiteral("qm-rbtest-crash");
        const QString go = QStringLiteral("qm-rbtest-go");
        QVERIFY(startVictim(victims + QStringLiteral("-1")));
        const QString journalDir = m_tmp.filePath(QStringLiteral("crash"));
        const QByteArray yaml = QStringLiteral(
            "name: test-crash\n"
            "title: Killed after the cancel step\n"
            "steps:\n"
            "  - id: cancel\n"
            "    type: queries.cancel\n"
            "    title: Cancel the sleepers\n"
            "    action: {older_than: 1s, application_name: \"%1-*\"}\n"
            "  - id: gate\n"
            "    type: wait.until\n"
            "    title: Wait for the test's go session\n"
            "    action:\n"
            "      check:\n"
            "        type: sql.check\n"
            "        sql: SELECT count(*) FROM pg_stat_activity WHERE application_name = $1\n"
            "        params: [\"%2\"]\n"
            "        expect: {at_least: 1}\n"
            "      interval: 500ms\n"
            "      deadline: 10m\n"
            "  - id: last\n"
            "    type: note\n"
            "    title: Last\n"
            "    action: {text: resumed to the end}\n")
                                    .arg(victims, go)
                                    .toUtf8();
        const Runbook rb = parse(yaml, QStringLiteral("crash.yaml"));
        QVERIFY(!rb.name.isEmpty());

        QProcess run;
        run.setProgram(QStringLiteral(QM_QMCTL));
        run.setArguments({QStringLiteral("--user"), QStringLiteral("oncall"),
            QStringLiteral("runbook"), QStringLiteral("run"), rb.path, QStringLiteral("--yes"),
            QStringLiteral("--json"), QStringLiteral("--journal-dir"), journalDir});
        run.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        run.start();
        QVERIFY(run.waitForStarted(10000));
        // Wait until step 1 was verified and step 2 started, then SIGKILL the run.
        QString journal;
        QDeadlineTimer deadline(120000);
        while (!deadline.hasExpired()) {
            const QStringList files = QDir(journalDir).entryList({QStringLiteral("*.jsonl")});
            if (!files.isEmpty()) {
                journal = QDir(journalDir).filePath(files.first());
                if (states(journalLines(journal)).contains(QStringLiteral("gate:started")))
                    break;
            }
            QVERIFY2(run.state() == QProcess::Running, run.readAllStandardOutput().constData());
            QTest::qWait(100);
        }
        QVERIFY(!journal.isEmpty());
        run.kill(); // SIGKILL
        QVERIFY(run.waitForFinished(10000));
        QCOMPARE(run.exitStatus(), QProcess::CrashExit);
        QVERIFY(states(journalLines(journal)).contains(QStringLiteral("cancel:verified")));
        QCOMPARE(activeSleepers(victims + QStringLiteral("-1")), 0);
        const QString runId = QFileInfo(journal).completeBaseName();
        const QList<RunSummary> runs = Journal::runs(journalDir);
        QCOMPARE(runs.size(), 1);
        QVERIFY(runs.first().interrupted());

        // A second sleeper that step 1 would cancel if its action ran again.
        QVERIFY(startVictim(victims + QStringLiteral("-2")));

        // Resume refuses a changed runbook.
        {
            Runbook changed = parse(yaml + "# edited\n", QStringLiteral("crash-edited.yaml"));
            EngineConfig c = config(QStringLiteral("oncall"), m_oncall, journalDir);
            // Were the change not noticed, the resume stops at the confirmation (not at the gate,
            // which would wait for minutes) and the message below tells.
            c.confirm
                = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return false; };
            Engine engine(c);
            const RunReport r = engine.resume(changed, runId);
            QCOMPARE(r.result, QStringLiteral("refused"));
            QVERIFY2(r.error.contains(QStringLiteral("changed since run")), qPrintable(r.error));
            QCOMPARE(activeSleepers(victims + QStringLiteral("-2")), 1);
        }

        QVERIFY(startVictim(go, 0)); // opens the gate
        QProcess resume;
        resume.setProgram(QStringLiteral(QM_QMCTL));
        resume.setArguments({QStringLiteral("--user"), QStringLiteral("oncall"),
            QStringLiteral("runbook"), QStringLiteral("resume"), runId, QStringLiteral("--yes"),
            QStringLiteral("--json"), QStringLiteral("--journal-dir"), journalDir});
        resume.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        resume.start();
        QVERIFY(resume.waitForFinished(180000));
        const QByteArray out = resume.readAllStandardOutput();
        QVERIFY2(resume.exitCode() == 0, out.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        const QJsonArray steps = report.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("skipped"));
        QVERIFY(steps.at(0).toObject().value(QStringLiteral("verified_before_resume")).toBool());
        // Step 1's action did not run again: the second sleeper still sleeps.
        QCOMPARE(activeSleepers(victims + QStringLiteral("-2")), 1);
        const QStringList all = states(journalLines(journal));
        QCOMPARE(all.count(QStringLiteral("cancel:started")), 1);
        QCOMPARE(all.count(QStringLiteral("gate:started")), 1); // verified on resume, not re-run
        QVERIFY(all.contains(QStringLiteral(":resumed")));
        QCOMPARE(all.last(), QStringLiteral(":finished"));
        QCOMPARE(
            ownerScalar(
                "SELECT count(*) FROM console.runbook_journal WHERE run_id = $1::uuid AND state IN "
                "('resumed', 'finished')",
                {runId.toStdString()}),
            QStringLiteral("2"));
    }

    void modifiedSignedRunbookRefused()
    {
        const auto key
            = generateSigningKey(m_tmp.filePath(QStringLiteral("secret")), QStringLiteral("test"));
        QVERIFY2(key.ok(), key.ok() ? "" : qPrintable(key.error().toString()));
        QVERIFY(QFile::copy(key->publicPath,
            m_tmp.filePath(QStringLiteral("trusted/")) + QFileInfo(key->publicPath).fileName()));
        const QByteArray yaml
            = "name: test-signed\ntitle: Signed\nsteps:\n  - id: n\n    type: note\n"
              "    title: A note\n    action: {text: signed}\n";
        Runbook rb = parse(yaml, QStringLiteral("signed.yaml"));
        QVERIFY(signRunbook(rb.path, key->secretPath).ok());
        const QString journalDir = m_tmp.filePath(QStringLiteral("signed"));
        EngineConfig prodConfig = config(QStringLiteral("oncall"), m_oncall, journalDir);
        prodConfig.profile.environment = qm::Profile::Environment::Production;
        // Production is read-only until elevated (tst_elevationgate tests the refusal).
        auto elevation
            = std::make_shared<qm::safety::Elevation>(qm::Profile::Environment::Production);
        QVERIFY(elevation->elevate(QStringLiteral("test: signed runbooks"), 5));
        prodConfig.elevation = elevation;
        prodConfig.confirm = [&](const RunPlan &, const qm::safety::ConfirmRequirement &req) {
            // Production: type the cluster's (profile's) name.
            return req.friction == qm::safety::Friction::TypeTarget && req.phrase == m_profile.name;
        };
        {
            Engine engine(prodConfig);
            const RunReport r = engine.run(rb, {});
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.plan->signature.state, SignatureStatus::State::Valid);
        }
        // The text changes after signing: refused, nothing journaled or run.
        Runbook changed = parse(yaml + "# one more line\n", QStringLiteral("signed.yaml"));
        for (const auto env :
            {qm::Profile::Environment::Production, qm::Profile::Environment::Development}) {
            EngineConfig c = prodConfig;
            c.profile.environment = env;
            c.journalDir = m_tmp.filePath(QStringLiteral("signed-changed"));
            Engine engine(c);
            const RunReport r = engine.run(changed, {});
            QCOMPARE(r.result, QStringLiteral("refused"));
            QVERIFY2(r.error.contains(QStringLiteral("changed after it was signed")),
                qPrintable(r.error));
            QVERIFY(!QDir(c.journalDir).exists());
        }
        // Production refuses an unsigned runbook.
        Runbook unsigned_ = parse(yaml, QStringLiteral("unsigned.yaml"));
        Engine engine(prodConfig);
        const RunReport r = engine.run(unsigned_, {});
        QCOMPARE(r.result, QStringLiteral("refused"));
        QVERIFY2(r.error.contains(QStringLiteral("production runs only signed runbooks")),
            qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(RunbookEngineTest)
#include "tst_runbookengine.moc"
