// The Runbooks workspace (issue 9), offscreen, against the sandbox, signed in as `oncall`:
//   - the list shows the built-in runbooks and those of the settings' folder with their
//     signature state (unsigned, signed by a trusted key, changed after signing);
//   - a dry run fills the plan view (each step, its preconditions) and changes nothing (journal
//     rows and audit rows before == after);
//   - a run of a small runbook shows each step's state; its `confirm` step is answered in the
//     page; the run lands in History with its audit ids (a screenshot is taken mid-run);
//   - a run SIGKILLed mid-way (qmctl in a child process) is offered for resume in History and
//     resumes from the step that was not verified;
//   - the topology shows the latest backup's age (pgbackrest info, through the folder's
//     backup.check step and its max_age; a stand-in pgbackrest on PATH answers), in the warning
//     colour when it is older than max_age.
// The GUI thread guard is on throughout.
#include "common/threadguard.h"
#include "guiguard.h"
#include "pqcheck.h"
#include "runbooks/journal.h"
#include "runbooks/runbookspage.h"
#include "runbooks/signing.h"
#include "safety/confirmpanel.h"
#include "session/session.h"
#include "sessionenv.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace qm;

class TestRunbooksPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder, m_keys, m_journal;
    QString m_keyId;
    std::unique_ptr<Session> m_session;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = QDir(m_folder).filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

    qint64 ownerCount(const std::string &sql)
    {
        return qmtest::testBlocks([&] {
            auto c = qmtest::connectAs(QString());
            pqxx::work tx(*c);
            return tx.exec(sql)[0][0].as<qint64>();
        });
    }

    std::unique_ptr<RunbooksPage> openPage()
    {
        auto page = std::make_unique<RunbooksPage>();
        page->setRunbookFolder(m_folder);
        page->setTrustedKeysDir(m_keys);
        page->setJournalDir(m_journal);
        page->resize(1280, 800);
        page->show();
        page->reloadRunbooks();
        QTreeWidget *list = page->runbookList();
        if (!qmtest::waitUntil(
                [list] { return rowWithText(list, 0, QStringLiteral("GUI small run")); }, 20000))
            qWarning("the folder's runbooks were not loaded");
        page->setSession(m_session.get());
        page->setActive(true);
        return page;
    }

    static QTreeWidgetItem *rowWithText(QTreeWidget *t, int col, const QString &text)
    {
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            if (t->topLevelItem(i)->text(col).contains(text))
                return t->topLevelItem(i);
        return nullptr;
    }

    static QString rowOf(QTreeWidget *t, const QString &title)
    {
        QTreeWidgetItem *i = rowWithText(t, 0, title);
        if (!i)
            return QString();
        QStringList cols;
        for (int c = 0; c < t->columnCount(); ++c)
            cols << i->text(c);
        return cols.join(QStringLiteral(" | "));
    }

    static QStringList stepStates(RunbooksPage &page)
    {
        QStringList s;
        for (int i = 0; i < page.stepsView()->topLevelItemCount(); ++i)
            s << page.stepsView()->topLevelItem(i)->text(2);
        return s;
    }

    // pgbackrest info's answer (the stand-in prints this file) for a backup `ageSeconds` old.
    void writeBackupInfo(const QString &path, qint64 ageSeconds)
    {
        const qint64 stop = QDateTime::currentSecsSinceEpoch() - ageSeconds;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QJsonObject backup {{QStringLiteral("label"), QStringLiteral("20261207-010000F")},
            {QStringLiteral("type"), QStringLiteral("full")},
            {QStringLiteral("timestamp"),
                QJsonObject {{QStringLiteral("start"), double(stop - 60)},
                    {QStringLiteral("stop"), double(stop)}}},
            {QStringLiteral("archive"),
                QJsonObject {{QStringLiteral("start"), QStringLiteral("000000010000000000000002")},
                    {QStringLiteral("stop"), QStringLiteral("000000010000000000000002")}}},
            {QStringLiteral("info"), QJsonObject {{QStringLiteral("size"), 1048576}}}};
        const QJsonObject stanza {{QStringLiteral("name"), QStringLiteral("demo")},
            {QStringLiteral("status"),
                QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("message"), "ok"}}},
            {QStringLiteral("backup"), QJsonArray {backup}},
            {QStringLiteral("archive"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("min"), QStringLiteral("000000010000000000000001")},
                    {QStringLiteral("max"), QStringLiteral("000000010000000000000003")}}}},
            {QStringLiteral("db"), QJsonArray {QJsonObject {{QStringLiteral("version"), "15"}}}}};
        f.write(QJsonDocument(QJsonArray {stanza}).toJson(QJsonDocument::Compact));
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
    }

    static QTreeWidgetItem *backupRow(RunbooksPage &page)
    {
        QTreeWidget *t = page.topologyView();
        for (int i = 0; i < t->topLevelItemCount(); ++i)
            if (t->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("backups")
                && t->topLevelItem(i)->childCount() > 0
                && t->topLevelItem(i)->child(0)->text(0) == QLatin1String("20261207-010000F"))
                return t->topLevelItem(i)->child(0);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_folder = m_dir.filePath(QStringLiteral("books"));
        m_keys = m_dir.filePath(QStringLiteral("trusted"));
        m_journal = m_dir.filePath(QStringLiteral("journal"));
        QDir().mkpath(m_folder);
        QDir().mkpath(m_keys);
        QDir().mkpath(m_journal);
        const auto key = runbooks::generateSigningKey(
            m_dir.filePath(QStringLiteral("secret")), QStringLiteral("test"));
        QVERIFY2(key, key ? "" : qPrintable(key.error().toString()));
        m_keyId = key->keyId;
        QVERIFY(QFile::copy(
            key->publicPath, QDir(m_keys).filePath(QFileInfo(key->publicPath).fileName())));
        const QByteArray small = "name: gui-small\n"
                                 "title: GUI small run\n"
                                 "steps:\n"
                                 "  - id: primary\n"
                                 "    type: sql.check\n"
                                 "    title: Primary answers\n"
                                 "    action: {sql: SELECT pg_is_in_recovery(), expect: {equals: "
                                 "false}}\n"
                                 "  - id: ask\n"
                                 "    type: confirm\n"
                                 "    title: Operator agrees\n"
                                 "    action: {question: \"Go on with the drill?\"}\n"
                                 "  - id: done\n"
                                 "    type: note\n"
                                 "    title: Done\n"
                                 "    action: {text: small run done}\n";
        const QString smallPath = write(QStringLiteral("gui-small.yaml"), small);
        QVERIFY(runbooks::signRunbook(smallPath, key->secretPath));
        const QString changed = write(QStringLiteral("gui-changed.yaml"),
            QByteArray(small)
                .replace("gui-small", "gui-changed")
                .replace("GUI small run", "GUI changed"));
        QVERIFY(runbooks::signRunbook(changed, key->secretPath));
        // One built-in signed by the trusted key, as `scripts/sandbox up` signs them all.
        QVERIFY(runbooks::signRunbook(
            QStringLiteral(":/runbooks/cancel-runaway-queries.yaml"), key->secretPath, m_keys));
        QFile f(changed);
        QVERIFY(f.open(QIODevice::Append));
        f.write("# edited after signing\n");
        f.close();
        enableGuiThreadGuard(true);
        m_session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(m_session);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        m_session.reset();
        Settings::setBackingFile({});
    }

    void listShowsSignatureStates()
    {
        auto page = openPage();
        QTreeWidget *list = page->runbookList();
        // The built-ins (no signature in this test's trusted keys: unsigned).
        QVERIFY2(
            rowOf(list, QStringLiteral("Pre-deploy checks")).contains(QStringLiteral("unsigned")),
            qPrintable(rowOf(list, QStringLiteral("Pre-deploy checks"))));
        QVERIFY2(rowOf(list, QStringLiteral("Cancel runaway queries")).contains(m_keyId),
            qPrintable(rowOf(list, QStringLiteral("Cancel runaway queries"))));
        // The folder's: signed by the trusted key; changed after signing.
        QVERIFY2(rowOf(list, QStringLiteral("GUI small run")).contains(m_keyId),
            qPrintable(rowOf(list, QStringLiteral("GUI small run"))));
        QVERIFY2(rowOf(list, QStringLiteral("GUI changed")).contains(QStringLiteral("CHANGED")),
            qPrintable(rowOf(list, QStringLiteral("GUI changed"))));
        // The topology arrives from workers: the Redis master at least.
        QTRY_VERIFY_WITH_TIMEOUT(page->topologyView()->topLevelItemCount() >= 2, 20000);
        QTreeWidgetItem *redis = page->topologyView()->topLevelItem(1);
        QVERIFY(redis->childCount() >= 1);
        QCOMPARE(redis->child(0)->text(1), RunbooksPage::tr("master"));
    }

    void dryRunFillsPlanAndChangesNothing()
    {
        auto page = openPage();
        QVERIFY(page->selectRunbook(QStringLiteral("pre-deploy-checks")));
        const qint64 journalBefore = ownerCount("SELECT count(*) FROM console.runbook_journal");
        const qint64 auditBefore = ownerCount("SELECT count(*) FROM qm.audit_log");
        QSignalSpy planned(page.get(), &RunbooksPage::planned);
        QTRY_VERIFY_WITH_TIMEOUT(page->dryRunButton()->isEnabled(), 20000);
        QTest::keyClick(page->runbookList(), Qt::Key_F5);
        QVERIFY(planned.wait(60000));
        QCOMPARE(page->planView()->topLevelItemCount(), 6);
        // Each step says what it would do; a check lists its evaluation.
        QVERIFY2(!page->planView()->topLevelItem(0)->text(3).isEmpty(),
            "the plan view has no summary for step 1");
        QVERIFY(page->planView()->topLevelItem(0)->childCount() >= 1);
        QCOMPARE(ownerCount("SELECT count(*) FROM console.runbook_journal"), journalBefore);
        QCOMPARE(ownerCount("SELECT count(*) FROM qm.audit_log"), auditBefore);
        QVERIFY(page->runButton()->isEnabled());
    }

    void runShowsStepStates()
    {
        auto page = openPage();
        QVERIFY(page->selectRunbook(QStringLiteral("gui-small")));
        QSignalSpy planned(page.get(), &RunbooksPage::planned);
        QTRY_VERIFY_WITH_TIMEOUT(page->dryRunButton()->isEnabled(), 20000);
        page->dryRun();
        QVERIFY(planned.wait(60000));
        QVERIFY(page->runButton()->isEnabled());
        QSignalSpy asked(page.get(), &RunbooksPage::questionAsked);
        QSignalSpy finished(page.get(), &RunbooksPage::runFinished);
        QTest::keyClick(page->runbookList(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(asked.wait(60000));
        QCOMPARE(asked.first().first().toString(), QStringLiteral("Go on with the drill?"));
        // Mid-run: step 1 verified, step 2 waits for its answer, step 3 pending.
        const QStringList mid = stepStates(*page);
        QCOMPARE(mid.value(0), RunbooksPage::tr("verified"));
        QCOMPARE(mid.value(1), RunbooksPage::tr("running…"));
        QCOMPARE(mid.value(2), RunbooksPage::tr("pending"));
        QVERIFY(page->cancelButton()->isEnabled());
        QVERIFY(page->answerEdit()->isVisible());
        const QString shots = qEnvironmentVariable("QM_SHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            page->topologyView()->expandAll();
            QVERIFY(page->grab().save(QDir(shots).filePath(QStringLiteral("runbooks.png"))));
        }
        page->answerEdit()->setText(QStringLiteral("yes"));
        QTest::keyClick(page->answerEdit(), Qt::Key_Return);
        QVERIFY(finished.wait(60000));
        const QJsonObject report = finished.first().first().toJsonObject();
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(stepStates(*page),
            (QStringList {RunbooksPage::tr("verified"), RunbooksPage::tr("verified"),
                RunbooksPage::tr("verified")}));
        // History: the run, from the journal table, with its audit ids.
        const QString runId = report.value(QStringLiteral("run_id")).toString();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->historyView(), 4, runId) != nullptr, 20000);
        QTreeWidgetItem *h = rowWithText(page->historyView(), 4, runId);
        QCOMPARE(h->text(2), QStringLiteral("succeeded"));
        QVERIFY2(!h->text(5).isEmpty(), "no audit ids in History");
    }

    void topologyShowsBackupAge()
    {
        // A stand-in pgbackrest (run as PostgreSQL's account when the test runs as root: the
        // folders on its way are traversable) and a folder runbook that says where and how old.
        const QString bin = m_dir.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        const QString info = QDir(bin).filePath(QStringLiteral("info.json"));
        const QString tool = QDir(bin).filePath(QStringLiteral("pgbackrest"));
        QFile t(tool);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write("#!/bin/sh\nexec cat '" + info.toUtf8() + "'\n");
        t.close();
        const auto rx = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
            | QFileDevice::ExeOther;
        QVERIFY(t.setPermissions(rx));
        QVERIFY(QFile::setPermissions(bin, rx));
        QVERIFY(QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ExeGroup | QFileDevice::ExeOther));
        qputenv("PATH", bin.toUtf8() + ':' + qgetenv("PATH"));
        write(QStringLiteral("gui-backup.yaml"),
            "name: gui-backup\n"
            "title: GUI backup check\n"
            "steps:\n"
            "  - id: fresh\n"
            "    type: backup.check\n"
            "    title: Backup fresh\n"
            "    action: {stanza: demo, max_age: 1h}\n");
        const QColor warning(0xe6, 0x51, 0x00);

        writeBackupInfo(info, 3 * 3600);
        {
            auto page = openPage();
            QTRY_VERIFY_WITH_TIMEOUT(backupRow(*page) != nullptr, 30000);
            QTreeWidgetItem *row = backupRow(*page);
            QVERIFY2(row->text(2).startsWith(QStringLiteral("TOO OLD")), qPrintable(row->text(2)));
            QVERIFY2(row->text(3).contains(QStringLiteral("3.0 h")), qPrintable(row->text(3)));
            QCOMPARE(row->foreground(2).color(), warning);
        }
        writeBackupInfo(info, 10 * 60);
        {
            auto page = openPage();
            QTRY_VERIFY_WITH_TIMEOUT(backupRow(*page) != nullptr, 30000);
            QTreeWidgetItem *row = backupRow(*page);
            QCOMPARE(row->text(2), TopologyView::tr("fresh"));
            QVERIFY2(row->text(3).contains(QStringLiteral("10 min")), qPrintable(row->text(3)));
            QVERIFY(row->foreground(2).color() != warning);
        }
        QFile::remove(QDir(m_folder).filePath(QStringLiteral("gui-backup.yaml")));
    }

    void interruptedRunIsResumed()
    {
        const QString go = QStringLiteral("qm-rbgui-go-%1").arg(QCoreApplication::applicationPid());
        const QByteArray yaml = QStringLiteral("name: gui-crash\n"
                                               "title: GUI crash and resume\n"
                                               "steps:\n"
                                               "  - id: first\n"
                                               "    type: note\n"
                                               "    title: First\n"
                                               "    action: {text: first step}\n"
                                               "  - id: gate\n"
                                               "    type: wait.until\n"
                                               "    title: Wait for the go session\n"
                                               "    action:\n"
                                               "      check:\n"
                                               "        type: sql.check\n"
                                               "        sql: SELECT count(*) FROM pg_stat_activity "
                                               "WHERE application_name = $1\n"
                                               "        params: [\"%1\"]\n"
                                               "        expect: {at_least: 1}\n"
                                               "      interval: 500ms\n"
                                               "      deadline: 10m\n"
                                               "  - id: last\n"
                                               "    type: note\n"
                                               "    title: Last\n"
                                               "    action: {text: resumed to the end}\n")
                                    .arg(go)
                                    .toUtf8();
        const QString path = write(QStringLiteral("gui-crash.yaml"), yaml);
        QProcess run;
        run.setProgram(QStringLiteral(QM_QMCTL));
        run.setArguments({QStringLiteral("--user"), QStringLiteral("oncall"),
            QStringLiteral("runbook"), QStringLiteral("run"), path, QStringLiteral("--yes"),
            QStringLiteral("--json"), QStringLiteral("--journal-dir"), m_journal});
        run.start();
        QVERIFY(run.waitForStarted(10000));
        QString runId;
        QVERIFY(qmtest::waitUntil(
            [&] {
                // Step "first" verified, the gate started: kill it there.
                for (const runbooks::RunSummary &s : runbooks::Journal::runs(m_journal)) {
                    if (s.runbook != QLatin1String("gui-crash"))
                        continue;
                    const auto records = runbooks::Journal::read(m_journal, s.runId);
                    if (records && !records->isEmpty()
                        && records->last().stepId == QLatin1String("gate")
                        && records->last().state == QLatin1String("started"))
                        runId = s.runId;
                }
                return !runId.isEmpty() || run.state() != QProcess::Running;
            },
            60000));
        QVERIFY2(!runId.isEmpty(), run.readAllStandardError().constData());
        run.kill(); // SIGKILL mid-run
        QVERIFY(run.waitForFinished(10000));

        auto page = openPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->historyView(), 4, runId) != nullptr, 20000);
        QTreeWidgetItem *h = rowWithText(page->historyView(), 4, runId);
        QVERIFY2(h->text(2).contains(QStringLiteral("INTERRUPTED")), qPrintable(h->text(2)));
        page->historyView()->setCurrentItem(h);
        QVERIFY(page->resumeButton()->isEnabled());
        // Let the gate pass, then resume from the page.
        auto goConn = qmtest::connectAs(QStringLiteral("oncall"));
        {
            pqxx::nontransaction tx(*goConn);
            tx.exec("SET application_name = '" + go.toStdString() + "'");
        }
        QSignalSpy finished(page.get(), &RunbooksPage::runFinished);
        page->resumeButton()->click();
        QVERIFY(finished.wait(120000));
        const QJsonObject report = finished.first().first().toJsonObject();
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        // The first step was verified before the kill: not run again.
        const QStringList states = stepStates(*page);
        QCOMPARE(states.value(0), RunbooksPage::tr("skipped (verified before)"));
        QCOMPARE(states.value(2), RunbooksPage::tr("verified"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(page->historyView(), 4, runId)
                && rowWithText(page->historyView(), 4, runId)->text(2)
                    == QStringLiteral("succeeded"),
            20000);
    }
};

QTEST_MAIN(TestRunbooksPage)
#include "tst_runbookspage.moc"
