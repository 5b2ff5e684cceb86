#pragma once

#include "profiles/profile.h"
#include "safety/audit.h"
#include "safety/destructiveaction.h"
#include "safety/elevation.h"
#include "safety/friction.h"

#include <QObject>
#include <memory>

namespace qm::safety {

// What one run of the flow did, for the dialog's last page, qmctl's output and tests.
struct FlowReport
{
    std::optional<Plan> plan;
    std::optional<Outcome> outcome;
    std::optional<Verification> verification;
    std::optional<Error> error; // a step that failed outright (plan, intent or verify)
    bool intentRecorded = false; // the audit log has the plan: only then does execute run
    std::optional<Error> auditError; // the action ran but the audit log refused the outcome
    QString auditSpool; // where the outcome went instead (when auditError)
    QUuid requestId; // links the intent and the outcome in the audit log
    QString checkpoint; // the signed checkpoint written after the outcome (AuditSink::anchor)
    std::optional<Error> checkpointError; // anchoring failed (the action and its audit stand)
};

class FlowRelay;

// Runs one DestructiveAction through plan -> confirm -> intent -> execute -> verify -> outcome,
// every step on a worker thread; signals arrive on the Flow's (GUI) thread. One Flow per run.
//   start() plans; planned() says what it found and how to confirm;
//   confirm(acknowledged, typed) checks the friction, writes the intent (the plan, the request
//   id) to the audit log and, only if that succeeded, runs execute -> verify -> outcome;
//   cancel() stops the running step (execute reports a partial outcome, which is audited).
// A step that throws or fails ends the flow in Finished with report().error: never stuck.
class Flow : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Planning,
        AwaitingConfirmation,
        RecordingIntent,
        Executing,
        Verifying,
        Auditing,
        Finished
    };
    Q_ENUM(Stage)

    Flow(std::shared_ptr<DestructiveAction> action, std::shared_ptr<AuditSink> audit,
        Profile::Environment environment, QObject *parent = nullptr);
    // Cancels every step (verification included) and returns at once: the worker holds the action
    // and the audit sink itself, audits an outcome it produced, and drops results for this Flow.
    ~Flow() override;

    Stage stage() const { return m_stage; }
    const FlowReport &report() const { return m_report; }
    ConfirmRequirement requirement() const { return m_requirement; }
    DestructiveAction *action() const { return m_action.get(); }

    // The session's safety profile, asked before the plan is offered, at the confirmation and
    // again on the worker before the intent is written. None: production refuses (fail closed).
    void setElevation(std::shared_ptr<const Elevation> elevation)
    {
        m_elevation = std::move(elevation);
    }

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
    void finish();
    void runConfirmed(); // intent -> execute -> verify -> outcome, on one worker
    void advance(Stage next, const FlowReport &now); // a step ended: signals, then `next`

    std::shared_ptr<DestructiveAction> m_action;
    std::shared_ptr<AuditSink> m_audit;
    Profile::Environment m_environment;
    std::shared_ptr<const Elevation> m_elevation;
    ConfirmRequirement m_requirement;
    CancelToken m_cancel; // Stop: execute stops early (verify still runs)
    CancelToken m_teardown; // the Flow is gone: every step stops
    FlowReport m_report;
    Stage m_stage = Stage::Idle;
    std::shared_ptr<FlowRelay> m_relay; // results from workers reach this Flow through it
};

// The same flow, blocking, for qmctl and tests on a thread that may block. `confirm` is asked
// once with the plan and the requirement and says whether to go on (qmctl: --yes or a prompt).
// dryRun stops after the plan (nothing is executed or audited). Nothing is executed unless the
// intent was recorded (no sink: nothing is executed either).
struct SyncFlowOptions
{
    Profile::Environment environment = Profile::Environment::Development;
    // Production refuses to execute unless this is elevated (none: refused; see writeRefusal).
    std::shared_ptr<const Elevation> elevation;
    bool dryRun = false;
    std::function<bool(const Plan &, const ConfirmRequirement &)> confirm;
    ProgressFn progress;
    CancelToken cancel;
};

FlowReport runFlowSync(DestructiveAction &action, AuditSink *audit, const SyncFlowOptions &options);

// Builds the audit entry of a run (plan + context; once it ran, outcome + verification).
AuditEntry auditEntryFor(const FlowReport &report);

} // namespace qm::safety
