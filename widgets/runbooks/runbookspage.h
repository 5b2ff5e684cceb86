#pragma once

#include "runbooks/approval.h"
#include "runbooks/engine.h"
#include "runbooks/topologyview.h"
#include "workspace.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace qm {

class ConfirmPanel;
class AskBridge;

namespace runbooks {
class RunbookRunner;
}

// One runbook as the list shows it: parsed on a worker, with its signature.
struct RunbookEntry
{
    QString path;
    bool builtin = false;
    std::optional<runbooks::Runbook> runbook; // none: it does not parse (error says why)
    QString error;
    runbooks::SignatureStatus signature;
};

// The Runbooks workspace (issue 9): the runbooks (built in and from the folder in Settings) with
// their signature state and last run; the topology (Patroni members, Redis master, replicas and
// Sentinels, the backups' age: topologyview.h) refreshed on workers; the dry run's plan (what each
// step would do, its preconditions now); a run with a live step log (state and time per step,
// `confirm` steps answered here, Cancel); the history of runs from console.runbook_journal with
// their audit ids; resume of an interrupted run; and two-person approval (ask, approve another
// role's run). Every run goes through the engine's plan -> confirm -> execute -> verify -> audit
// flow; production asks to type the profile's name (ConfirmPanel).
class RunbooksPage : public SessionWorkspace
{
    Q_OBJECT
public:
    explicit RunbooksPage(QWidget *parent = nullptr);
    ~RunbooksPage() override;

    static QString workspaceTitle() { return tr("Runbooks"); }
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("runbooks"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setActive(bool active) override;

    // Where journals go and trusted keys are (tests; defaults: the engine's).
    void setJournalDir(const QString &dir) { m_journalDir = dir; }
    void setTrustedKeysDir(const QString &dir) { m_trustedKeys = dir; }
    void setRunbookFolder(const QString &dir) { m_folder = dir; }

    void reloadRunbooks();
    void refreshTopology();
    void refreshHistory();
    bool selectRunbook(const QString &name);
    void dryRun(); // the selected runbook
    void startRun(); // after the dry run, with the confirmation satisfied
    void cancelRun();
    void resumeSelected(); // the selected interrupted run in History
    void requestApproval();
    void approveSelected(); // the selected request in Approvals
    void answerQuestion(const QString &answer);

    QTreeWidget *runbookList() const { return m_list; }
    TopologyView *topologyView() const { return m_topology; }
    QTreeWidget *planView() const { return m_plan; }
    QTreeWidget *stepsView() const { return m_steps; }
    QTreeWidget *historyView() const { return m_history; }
    QTreeWidget *approvalsView() const { return m_approvals; }
    QPlainTextEdit *logView() const { return m_log; }
    QTabWidget *tabs() const { return m_tabs; }
    ConfirmPanel *confirmPanel() const { return m_confirm; }
    QPushButton *dryRunButton() const { return m_dryRunButton; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *resumeButton() const { return m_resumeButton; }
    QPushButton *requestApprovalButton() const { return m_requestButton; }
    QPushButton *approveButton() const { return m_approveButton; }
    QLabel *questionLabel() const { return m_question; }
    QLineEdit *answerEdit() const { return m_answer; }
    QLabel *statusLabel() const { return m_status; }
    QString lastRunId() const { return m_runId; }
    bool isRunning() const { return m_runner != nullptr && !m_planning; }

Q_SIGNALS:
    void runbooksLoaded();
    void topologyLoaded();
    void historyLoaded();
    void planned();
    void runFinished(const QJsonObject &report);
    void questionAsked(const QString &question);
    void approvalChanged();

protected:
    void start() override;
    void stop() override;
    void updateCapabilities() override;

private:
    friend class AskBridge;
    // What the page's tree items keep beside their text.
    enum ItemRole { PathRole = Qt::UserRole + 1, RunIdRole, InterruptedRole, StepRole };
    void buildUi();
    const RunbookEntry *selected() const;
    runbooks::EngineConfig engineConfig() const;
    void showRunbooks(const QList<RunbookEntry> &entries);
    void showLastRuns();
    void showPlan(const QJsonObject &plan);
    void showHistory(const QList<QStringList> &rows, const QString &error);
    void showApprovals(const QList<runbooks::ApprovalRequest> &requests, const QString &error);
    void onSelectionChanged();
    void beginRun(const runbooks::Runbook &book, const QString &runId, bool resume);
    void onStepStarted(const QString &stepId, int index);
    void onStepEnded(const QString &stepId, bool ok, const QString &why, qint64 ms);
    void onFinished(const QJsonObject &report);
    void onQuestion(const QString &question, const QString &stepId);
    void updateButtons();
    void appendLog(const QString &line);

    QString m_journalDir;
    QString m_trustedKeys;
    QString m_folder;
    QList<RunbookEntry> m_entries;
    runbooks::Fields m_backupCheck; // where the backups are and their age limit (the topology)
    QHash<QString, QPair<QDateTime, QString>> m_lastRuns; // runbook -> (started, result)
    QJsonObject m_lastPlan; // of the selected runbook
    QString m_plannedPath;
    QString m_runId;
    QString m_approvedRunId; // of the selected two-person runbook, once approved
    runbooks::RunbookRunner *m_runner = nullptr;
    bool m_planning = false;
    int m_loadGeneration = 0;
    bool m_running = false;
    bool m_historyBusy = false;
    std::shared_ptr<AskBridge> m_ask;

    QTreeWidget *m_list;
    TopologyView *m_topology;
    QTreeWidget *m_plan;
    QTreeWidget *m_steps;
    QTreeWidget *m_history;
    QTreeWidget *m_approvals;
    QPlainTextEdit *m_log;
    QTabWidget *m_tabs;
    ConfirmPanel *m_confirm;
    QLabel *m_planTitle;
    QLabel *m_status;
    QLabel *m_question;
    QLineEdit *m_answer;
    QPushButton *m_answerButton;
    QPushButton *m_dryRunButton;
    QPushButton *m_runButton;
    QPushButton *m_requestButton;
    QPushButton *m_cancelButton;
    QPushButton *m_resumeButton;
    QPushButton *m_approveButton;
    QTimer *m_topologyTimer;
};

} // namespace qm
