// Two-person approval in the Runbooks workspace (issue 9), offscreen, against the sandbox: two
// consoles side by side, `oncall` (the requester) and `admin` (a second on-call role):
//   - a runbook with `approval: two-person` cannot be run by the requester: after the dry run
//     Run stays disabled (and startRun() runs nothing), only "Ask for approval" is offered;
//   - the request shows in both consoles' Approvals; the requester cannot approve its own
//     (the button stays disabled), the second role can;
//   - once approved, the requester's console enables Run and the run goes through with the
//     approved run id (the server consumes the approval).
// The GUI thread guard is on throughout.
#include "common/threadguard.h"
#include "guiguard.h"
#include "runbooks/runbookspage.h"
#include "session/session.h"
#include "sessionenv.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUuid>
#include <QtTest>

using namespace qm;

class TestRunbookApprovalPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<Session> m_requester;
    std::unique_ptr<Session> m_approver;

    std::unique_ptr<RunbooksPage> openPage(Session *session, const QString &journal)
    {
        auto page = std::make_unique<RunbooksPage>();
        page->setRunbookFolder(m_folder);
        page->setTrustedKeysDir(m_dir.filePath(QStringLiteral("trusted")));
        page->setJournalDir(m_dir.filePath(journal));
        page->resize(1280, 800);
        page->show();
        page->reloadRunbooks();
        QTreeWidget *list = page->runbookList();
        if (!qmtest::waitUntil(
                [list] { return rowWithText(list, 0, QStringLiteral("GUI two-person")); }, 20000))
            qWarning("the folder's runbooks were not loaded");
        page->setSession(session);
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

    // Reloads History and Approvals and waits until they are drawn.
    static bool reloadApprovals(RunbooksPage &page)
    {
        QSignalSpy changed(&page, &RunbooksPage::approvalChanged);
        page.refreshHistory();
        return changed.count() > 0 || changed.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_folder = m_dir.filePath(QStringLiteral("books"));
        QDir().mkpath(m_folder);
        QDir().mkpath(m_dir.filePath(QStringLiteral("trusted")));
        QFile f(QDir(m_folder).filePath(QStringLiteral("gui-two.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        // A text of its own (a comment with a new id): approvals of earlier runs of this test,
        // bound to their file's hash, do not count for it.
        f.write("# " + QUuid::createUuid().toByteArray() + "\n");
        f.write("name: gui-two-person\n"
                "title: GUI two-person run\n"
                "approval: two-person\n"
                "steps:\n"
                "  - id: primary\n"
                "    type: sql.check\n"
                "    title: Primary answers\n"
                "    action: {sql: SELECT pg_is_in_recovery(), expect: {equals: false}}\n"
                "  - id: done\n"
                "    type: note\n"
                "    title: Done\n"
                "    action: {text: approved run done}\n");
        f.close();
        enableGuiThreadGuard(true);
        m_requester = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(m_requester);
        m_approver = qmtest::openSession(QStringLiteral("admin"));
        QVERIFY(m_approver);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        m_requester.reset();
        m_approver.reset();
        Settings::setBackingFile({});
    }

    void secondRoleApprovesThenItRuns()
    {
        auto mine = openPage(m_requester.get(), QStringLiteral("journal-requester"));
        QVERIFY(mine->selectRunbook(QStringLiteral("gui-two-person")));
        QSignalSpy planned(mine.get(), &RunbooksPage::planned);
        QTRY_VERIFY_WITH_TIMEOUT(mine->dryRunButton()->isEnabled(), 20000);
        mine->dryRun();
        QVERIFY(planned.wait(60000));

        // The requester alone cannot run it: Run is off, asking is on; startRun() runs nothing.
        QVERIFY(!mine->runButton()->isEnabled());
        QVERIFY(mine->requestApprovalButton()->isVisible());
        QVERIFY(mine->requestApprovalButton()->isEnabled());
        QSignalSpy finished(mine.get(), &RunbooksPage::runFinished);
        mine->startRun();
        QVERIFY(!mine->isRunning());
        QVERIFY2(mine->statusLabel()->text().contains(QStringLiteral("two-person")),
            qPrintable(mine->statusLabel()->text()));

        // Ask: the request is in Approvals, waiting; its own approve button stays off.
        // (Approvals lists the last day's requests: earlier runs of this test's are there too.)
        QSet<QString> before;
        QVERIFY(reloadApprovals(*mine));
        for (int i = 0; i < mine->approvalsView()->topLevelItemCount(); ++i)
            before.insert(mine->approvalsView()->topLevelItem(i)->text(5));
        const auto newRequest = [&]() -> QTreeWidgetItem * {
            QTreeWidget *t = mine->approvalsView();
            for (int i = 0; i < t->topLevelItemCount(); ++i)
                if (t->topLevelItem(i)->text(1) == QLatin1String("gui-two-person")
                    && !before.contains(t->topLevelItem(i)->text(5)))
                    return t->topLevelItem(i);
            return nullptr;
        };
        mine->requestApprovalButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            newRequest() != nullptr, qPrintable(mine->statusLabel()->text()), 60000);
        QTreeWidgetItem *own = newRequest();
        const QString runId = own->text(5);
        QVERIFY(!runId.isEmpty());
        QCOMPARE(own->text(2), QStringLiteral("oncall"));
        QCOMPARE(own->text(3), RunbooksPage::tr("waiting for approval"));
        mine->approvalsView()->setCurrentItem(own);
        QVERIFY(!mine->approveButton()->isEnabled());
        QVERIFY(!mine->runButton()->isEnabled());

        // The second role's console: the request is there, it approves.
        auto theirs = openPage(m_approver.get(), QStringLiteral("journal-approver"));
        QVERIFY(reloadApprovals(*theirs));
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(theirs->approvalsView(), 5, runId), 20000);
        theirs->approvalsView()->setCurrentItem(rowWithText(theirs->approvalsView(), 5, runId));
        QVERIFY(theirs->approveButton()->isEnabled());
        theirs->approveButton()->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            theirs->statusLabel()->text().contains(QStringLiteral("Approved run %1").arg(runId)),
            qPrintable(theirs->statusLabel()->text()), 60000);

        // The requester's console sees the approval: Run is on, and the run goes through with
        // the approved id.
        QVERIFY(reloadApprovals(*mine));
        QTRY_VERIFY2_WITH_TIMEOUT(
            mine->runButton()->isEnabled(), qPrintable(mine->statusLabel()->text()), 60000);
        QCOMPARE(rowWithText(mine->approvalsView(), 5, runId)->text(3),
            RunbooksPage::tr("approved by %1").arg(QStringLiteral("admin")));
        mine->runButton()->click();
        QVERIFY2(
            finished.count() > 0 || finished.wait(60000), qPrintable(mine->statusLabel()->text()));
        const QJsonObject report = finished.first().first().toJsonObject();
        QCOMPARE(report.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(report.value(QStringLiteral("run_id")).toString(), runId);
    }
};

QTEST_MAIN(TestRunbookApprovalPage)
#include "tst_runbookapprovalpage.moc"
