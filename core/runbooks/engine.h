#pragma once

#include "runbooks/journal.h"
#include "runbooks/runbook.h"
#include "runbooks/signing.h"
#include "runbooks/steptype.h"
#include "safety/audit.h"
#include "safety/friction.h"

namespace qm::safety {
class Elevation;
}

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <memory>

// The runbook engine: dry run (plan), run, resume, cancel. Blocking: call it on a worker thread
// (qmctl, tests, or RunbookRunner for the GUI). Every run goes through the safety flow's pieces:
// the plan, the confirmation that safety::FrictionPolicy scales to impact and environment, the
// write-ahead audit log (runbooks.run / runbooks.step / runbooks.resume intents before anything
// acts, outcomes after, all carrying the run id) and the step journal (journal.h).
namespace qm::runbooks {

// A step as planned or as run. `state`: pending, verified, failed, skipped (on_failure: continue
// or verified by an earlier attempt of a resumed run), refused.
struct StepReport
{
    QString id;
    QString type;
    QString title;
    QString state = QStringLiteral("pending");
    QList<CheckResult> preconditions;
    std::optional<StepPlan> plan;
    std::optional<StepOutcome> outcome;
    std::optional<CheckResult> verification;
    QString error; // why it failed, for people
    bool rollback = false; // ran as another step's rollback
    bool resumedVerified = false; // on resume: its effect was verified, its action not run again
    qint64 durationMs = 0;

    QJsonObject toJson() const;
};

struct RunPlan
{
    QString runbook;
    QString title;
    QString contentHash;
    SignatureStatus signature;
    QJsonObject parameters;
    QList<StepReport> steps; // plan + precondition results, nothing executed
    QStringList warnings;
    bool refused = false;
    QString refusal;
    safety::Impact impact = safety::Impact::Low;
    safety::ConfirmRequirement confirmation;

    QJsonObject toJson() const;
};

struct RunReport
{
    QString runId;
    // succeeded | failed | rolled_back | cancelled | refused | completed_with_failures
    QString result;
    std::optional<RunPlan> plan;
    QList<StepReport> steps;
    QStringList warnings;
    QString error; // refused or failed: why, for people
    QString journalPath;
    // The signed checkpoint of the audit chain written after the run's outcome (core/audit), as
    // after every destructive action; empty when none is configured for this log.
    QString checkpoint;
    bool intentRecorded = false;

    bool ok() const { return result == QLatin1String("succeeded"); }
    QJsonObject toJson() const;
};

// Called on the engine's thread, as things happen (the GUI wraps it in queued signals).
class RunObserver
{
public:
    virtual ~RunObserver() = default;
    virtual void stepStarted(const QString &runId, const QString &stepId, int index) = 0;
    virtual void stepVerified(const QString &runId, const QString &stepId, qint64 ms) = 0;
    virtual void stepFailed(
        const QString &runId, const QString &stepId, const QString &why, qint64 ms)
        = 0;
    virtual void logLine(const QString &runId, const QString &line) = 0;
};

struct EngineConfig
{
    StepRegistry registry = StepRegistry::withBuiltins();
    std::shared_ptr<db::Cluster> cluster;
    Profile profile;
    QString redisPassword;
    std::shared_ptr<safety::AuditSink> audit; // run/resume need one; nothing acts without it
    // The session's safety profile: on production, run/resume are refused until it is elevated
    // (none: production refuses; safety::writeRefusal). Checked when a run or resume starts.
    std::shared_ptr<const safety::Elevation> elevation;
    QString journalDir = Journal::defaultDir();
    bool databaseJournal = true;
    QString trustedKeysDir = defaultTrustedKeysDir();
    // Answers `confirm` steps; none: such steps fail.
    std::function<Result<QString>(const QString &question, const QString &stepId)> ask;
    // The run's confirmation, once, with the plan; false: nothing runs.
    std::function<bool(const RunPlan &, const safety::ConfirmRequirement &)> confirm;
    RunObserver *observer = nullptr;
    safety::CancelToken cancel;
    // The run's id, chosen before the run: a two-person runbook's run uses the id that was
    // approved (approval.h). Empty: run() makes a new one.
    QString runId;
};

class Engine
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::Engine)
public:
    explicit Engine(EngineConfig config);

    // Defaults filled in, given values converted to the declared types; an error names the
    // parameter.
    Result<QJsonObject> resolveParameters(const Runbook &runbook, const QJsonObject &given) const;
    // The signature of the runbook file (its .sig beside it, the trusted keys folder).
    SignatureStatus signatureOf(const Runbook &runbook) const;

    // Dry run: every precondition and plan against the live servers; nothing changes.
    RunPlan plan(const Runbook &runbook, const QJsonObject &parameters);
    RunReport run(const Runbook &runbook, const QJsonObject &parameters);
    // Continues an interrupted run: never re-executes a step whose effect was verified; a step
    // that was started or executed but not verified is verified first.
    RunReport resume(const Runbook &runbook, const QString &runId);

    static safety::ConfirmRequirement confirmationFor(const Profile &profile, const RunPlan &plan);

private:
    struct RunState;
    RunPlan planWith(const Runbook &runbook, const QJsonObject &params, const SignatureStatus &sig);
    StepContext context(const QString &runId, const QString &stepId) const;
    bool runSteps(RunState &state, int from, const QHash<QString, QString> &lastStates,
        const QHash<QString, QJsonObject> &executedOutcomes);
    // One step: preconditions, plan, intent, started, action, executed, verify. True when verified.
    bool runStep(RunState &state, int index, bool asRollback, StepReport &out);
    Result<CheckResult> verifyOnce(
        const Step &step, const Fields &action, const StepOutcome &outcome, StepContext &ctx) const;
    bool verifyUntilDeadline(RunState &state, const Step &step, const Fields &action,
        const StepOutcome &outcome, StepContext &ctx, CheckResult *last);
    void finish(RunState &state, RunReport &report);
    // After the outcome: a signed checkpoint of the audit chain when one is configured.
    void anchorAuditChain(RunReport &report);
    Fields substituted(const Fields &f, const QJsonObject &params) const;

    EngineConfig m_config;
};

} // namespace qm::runbooks
