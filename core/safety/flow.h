#pragma once

#include "profiles/profile.h"
#include "safety/audit.h"
#include "safety/destructiveaction.h"
#include "safety/friction.h"

#include <QObject>
#include <memory>

class QThreadPool;

namespace qm::safety {

// What one run of the flow did, for the dialog's last page, qmctl's output and tests.
struct FlowReport
{
    std::optional<Plan> plan;
    std::optional<Outcome> outcome;
    std::optional<Verification> verification;
    std::optional<Error> error; // a step that failed outright (plan or verify)
    std::optional<Error> auditError; // the action ran but the audit log refused the entry
    QString auditSpool; // where the entry went instead (when auditError)
    QUuid requestId;
};

// Runs one DestructiveAction through plan -> confirm -> execute -> verify -> audit, every step
// on a worker thread; signals arrive on the Flow's (GUI) thread. One Flow per action run.
//   start() plans; planned() says what it found and how to confirm;
//   confirm(acknowledged, typed) checks the friction and runs execute -> verify -> audit;
//   cancel() stops the running step (execute reports a partial outcome, which is audited).
class Flow : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Planning,
        AwaitingConfirmation,
        Executing,
        Verifying,
        Auditing,
        Finished
    };
    Q_ENUM(Stage)

    Flow(std::shared_ptr<DestructiveAction> action, std::shared_ptr<AuditSink> audit,
        Profile::Environment environment, QObject *parent = nullptr);
    ~Flow() override; // cancels, then waits for the running step

    Stage stage() const { return m_stage; }
    const FlowReport &report() const { return m_report; }
    ConfirmRequirement requirement() const { return m_requirement; }
    DestructiveAction *action() const { return m_action.get(); }

    void start();
    // False (and nothing runs) when the friction is not satisfied or the plan was refused.
    bool confirm(bool acknowledged, const QString &typed);
    void cancel();
    bool isCancelled() const { return m_cancel.isCancelled(); }

Q_SIGNALS:
    void stageChanged(qm::safety::Flow::Stage stage);
    void planned(const qm::safety::Plan &plan);
    void progress(const qm::safety::Progress &progress);
    void executed(const qm::safety::Outcome &outcome);
    void verified(const qm::safety::Verification &verification);
    void failed(const qm::Error &error); // planning or verification failed outright
    void finished(); // always last: report() holds everything

private:
    void setStage(Stage stage);
    void runExecute();
    void runVerify();
    void runAudit();

    std::shared_ptr<DestructiveAction> m_action;
    std::shared_ptr<AuditSink> m_audit;
    Profile::Environment m_environment;
    ConfirmRequirement m_requirement;
    CancelToken m_cancel;
    FlowReport m_report;
    Stage m_stage = Stage::Idle;
    QThreadPool *m_pool;
};

// The same flow, blocking, for qmctl and tests on a thread that may block. `confirm` is asked
// once with the plan and the requirement and says whether to go on (qmctl: --yes or a prompt).
// dryRun stops after the plan (nothing is executed or audited).
struct SyncFlowOptions
{
    Profile::Environment environment = Profile::Environment::Development;
    bool dryRun = false;
    std::function<bool(const Plan &, const ConfirmRequirement &)> confirm;
    ProgressFn progress;
    CancelToken cancel;
};

FlowReport runFlowSync(DestructiveAction &action, AuditSink *audit, const SyncFlowOptions &options);

// Builds the audit entry of a finished run (plan + outcome + verification + context).
AuditEntry auditEntryFor(const FlowReport &report);

} // namespace qm::safety
