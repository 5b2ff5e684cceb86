#include "safety/flow.h"

#include "common/logging.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <exception>

namespace qm::safety {

// Lives on the Flow's thread; workers post their results to it. The Flow's destructor clears
// `flow` (on that same thread), so a result that arrives later is dropped. Workers hold it by
// shared_ptr, so it outlives the Flow until the last result was posted.
class FlowRelay : public QObject
{
public:
    Flow *flow = nullptr;
};

namespace {

QString flowTr(const char *text)
{
    return QCoreApplication::translate("qm::safety::Flow", text);
}

Error cancelledBeforeStart()
{
    return Error {Error::Code::Cancelled, flowTr("Cancelled before it started."), {}, {}};
}

Error noAuditLog()
{
    return Error {Error::Code::InvalidInput,
        flowTr("No audit log configured: nothing was done, because every destructive action "
               "is recorded before it runs."),
        {}, {}};
}

Error thrownBy(const char *step, const QString &what)
{
    return Error {Error::Code::Unknown,
        flowTr("The %1 step failed unexpectedly: %2").arg(QString::fromLatin1(step), what), {}, {}};
}

// Runs fn, turning anything it throws into an Error (errors are values at thread boundaries).
template <typename R, typename F>
R guarded(const char *step, F &&fn, const std::function<R(const Error &)> &onError)
{
    try {
        return fn();
    } catch (const std::exception &e) {
        return onError(thrownBy(step, QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return onError(thrownBy(step, flowTr("an unknown exception")));
    }
}

Status recordIntent(AuditSink *sink, const AuditEntry &entry)
{
    if (!sink)
        return noAuditLog();
    Status s = guarded<Status>(
        "audit intent", [&] { return sink->recordIntent(entry); },
        [](const Error &e) { return Status(e); });
    if (s)
        return s;
    Error e = s.error();
    e.message = flowTr("The audit log refused to record the intent, so nothing was done: %1")
                    .arg(e.message);
    return e;
}

// The outcome into the audit log, or (refused) into the local spool: the error and where it went.
std::pair<Status, QString> recordOutcome(AuditSink *sink, const AuditEntry &entry)
{
    Status s = sink ? guarded<Status>(
                   "audit outcome", [&] { return sink->recordOutcome(entry); },
                   [](const Error &e) { return Status(e); })
                    : Status(noAuditLog());
    if (s)
        return {s, {}};
    FileAuditSink spool(FileAuditSink::defaultSpoolPath());
    QString where;
    if (spool.recordOutcome(entry))
        where = spool.path();
    return {s, where};
}

Outcome guardedExecute(DestructiveAction &action, const Plan &plan, const ProgressFn &progress,
    const CancelToken &cancel)
{
    QElapsedTimer t;
    t.start();
    Outcome o = guarded<Outcome>(
        "execute", [&] { return action.execute(plan, progress, cancel); },
        [](const Error &e) {
            Outcome failed;
            failed.error = e;
            return failed;
        });
    o.elapsedMs = t.elapsed();
    return o;
}

Result<Verification> guardedVerify(
    DestructiveAction &action, const Plan &plan, const Outcome &outcome, const CancelToken &cancel)
{
    return guarded<Result<Verification>>(
        "verify", [&] { return action.verify(plan, outcome, cancel); },
        [](const Error &e) { return Result<Verification>(e); });
}

// Flows' steps block (SCAN, HTTP, SQL): they get threads of their own, not the global pool's.
// Never deleted: a step still running at exit must not hold the exit up.
QThreadPool *flowPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

// Posts fn(flow) to the relay's thread; dropped when the Flow is gone by then.
template <typename F> void deliver(const std::shared_ptr<FlowRelay> &relay, F fn)
{
    QMetaObject::invokeMethod(
        relay.get(),
        [relay, fn = std::move(fn)]() mutable {
            if (Flow *f = relay->flow)
                fn(f);
        },
        Qt::QueuedConnection);
}

} // namespace

AuditEntry auditEntryFor(const FlowReport &report)
{
    AuditEntry e;
    e.requestId = report.requestId.isNull() ? QUuid::createUuid() : report.requestId;
    if (report.plan) {
        e.action = report.plan->action;
        e.target = report.plan->target;
        e.plan = report.plan->toJson();
    }
    e.plan.insert(QStringLiteral("context"), auditContext());
    QJsonObject outcome = report.outcome ? report.outcome->toJson() : QJsonObject {};
    if (report.verification)
        outcome.insert(QStringLiteral("verification"), report.verification->toJson());
    if (report.error)
        outcome.insert(QStringLiteral("step_error"), errorToJson(*report.error));
    e.outcome = outcome;
    return e;
}

Flow::Flow(std::shared_ptr<DestructiveAction> action, std::shared_ptr<AuditSink> audit,
    Profile::Environment environment, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_audit(std::move(audit))
    , m_environment(environment)
    , m_relay(new FlowRelay, [](FlowRelay *r) { r->deleteLater(); })
{
    m_relay->flow = this;
    m_report.requestId = QUuid::createUuid();
}

Flow::~Flow()
{
    m_relay->flow = nullptr; // same thread as every delivery: nothing reaches this Flow after
    m_cancel.cancel();
    m_teardown.cancel();
}

void Flow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void Flow::finish()
{
    setStage(Stage::Finished);
    Q_EMIT finished();
}

void Flow::start()
{
    if (m_stage != Stage::Idle)
        return;
    setStage(Stage::Planning);
    auto action = m_action;
    auto cancel = m_teardown;
    auto relay = m_relay;
    flowPool()->start([action, cancel, relay] {
        Result<Plan> plan = guarded<Result<Plan>>(
            "plan", [&] { return action->plan(cancel); },
            [](const Error &e) { return Result<Plan>(e); });
        deliver(relay, [plan](Flow *f) {
            if (!plan) {
                f->m_report.error = plan.error();
                Q_EMIT f->failed(plan.error());
                f->finish();
                return;
            }
            f->m_report.plan = plan.value();
            f->m_requirement = FrictionPolicy::requirementFor(f->m_environment, plan.value());
            f->setStage(Stage::AwaitingConfirmation);
            Q_EMIT f->planned(plan.value());
        });
    });
}

bool Flow::confirm(bool acknowledged, const QString &typed)
{
    if (m_stage != Stage::AwaitingConfirmation || !m_report.plan || m_report.plan->refused)
        return false;
    if (!FrictionPolicy::satisfied(m_requirement, acknowledged, typed))
        return false;
    runIntent();
    return true;
}

void Flow::cancel()
{
    m_cancel.cancel();
    if (m_stage == Stage::AwaitingConfirmation) {
        m_report.error = cancelledBeforeStart();
        finish();
    }
}

void Flow::runIntent()
{
    setStage(Stage::RecordingIntent);
    auto sink = m_audit;
    auto relay = m_relay;
    const FlowReport report = m_report;
    auto teardown = m_teardown;
    flowPool()->start([sink, relay, report, teardown] {
        const Status s = recordIntent(sink.get(), auditEntryFor(report));
        if (s && teardown.isCancelled()) {
            // The Flow went away before the action ran: the intent gets its outcome, "not run".
            FlowReport r = report;
            Outcome none;
            none.error = cancelledBeforeStart();
            r.outcome = none;
            recordOutcome(sink.get(), auditEntryFor(r));
            return;
        }
        deliver(relay, [s](Flow *f) {
            if (!s) {
                f->m_report.error = s.error();
                qCWarning(lcCache) << "not executed, intent refused:" << s.error().toString();
                Q_EMIT f->failed(s.error());
                f->finish();
                return;
            }
            f->m_report.intentRecorded = true;
            f->runExecute();
        });
    });
}

void Flow::runExecute()
{
    setStage(Stage::Executing);
    auto action = m_action;
    auto sink = m_audit;
    auto cancel = m_cancel;
    auto teardown = m_teardown;
    auto relay = m_relay;
    const FlowReport report = m_report;
    auto lastPost = std::make_shared<QElapsedTimer>();
    ProgressFn progressFn = [relay, lastPost](const Progress &p) {
        if (lastPost->isValid() && lastPost->elapsed() < 50 && p.done != p.total)
            return; // at most 20 updates a second reach the GUI
        lastPost->start();
        deliver(relay, [p](Flow *f) { Q_EMIT f->progress(p); });
    };
    flowPool()->start([action, sink, cancel, teardown, relay, report, progressFn] {
        const Outcome outcome = guardedExecute(*action, *report.plan, progressFn, cancel);
        if (teardown.isCancelled()) {
            // The Flow is gone (its dialog closed mid-run): the outcome is still audited.
            FlowReport r = report;
            r.outcome = outcome;
            recordOutcome(sink.get(), auditEntryFor(r));
            return;
        }
        deliver(relay, [outcome](Flow *f) {
            f->m_report.outcome = outcome;
            Q_EMIT f->executed(outcome);
            f->runVerify();
        });
    });
}

void Flow::runVerify()
{
    setStage(Stage::Verifying);
    auto action = m_action;
    auto sink = m_audit;
    auto relay = m_relay;
    const FlowReport report = m_report;
    // Verification runs even after Stop (the person needs to know what state is left), but not
    // once the Flow is gone.
    auto teardown = m_teardown;
    flowPool()->start([action, sink, relay, report, teardown] {
        const Result<Verification> v
            = guardedVerify(*action, *report.plan, *report.outcome, teardown);
        if (teardown.isCancelled()) {
            FlowReport r = report; // the Flow is gone: the outcome is still audited
            if (v)
                r.verification = v.value();
            else
                r.error = v.error();
            recordOutcome(sink.get(), auditEntryFor(r));
            return;
        }
        deliver(relay, [v](Flow *f) {
            if (v) {
                f->m_report.verification = v.value();
                Q_EMIT f->verified(v.value());
            } else {
                f->m_report.error = v.error();
                Q_EMIT f->failed(v.error());
            }
            f->runAudit();
        });
    });
}

void Flow::runAudit()
{
    setStage(Stage::Auditing);
    auto sink = m_audit;
    auto relay = m_relay;
    const AuditEntry entry = auditEntryFor(m_report);
    flowPool()->start([sink, relay, entry] {
        const std::pair<Status, QString> r = recordOutcome(sink.get(), entry);
        deliver(relay, [r](Flow *f) {
            if (!r.first) {
                f->m_report.auditError = r.first.error();
                f->m_report.auditSpool = r.second;
                qCWarning(lcCache) << "audit failed:" << r.first.error().toString();
            }
            f->finish();
        });
    });
}

FlowReport runFlowSync(DestructiveAction &action, AuditSink *audit, const SyncFlowOptions &options)
{
    FlowReport report;
    report.requestId = QUuid::createUuid();
    Result<Plan> plan = guarded<Result<Plan>>(
        "plan", [&] { return action.plan(options.cancel); },
        [](const Error &e) { return Result<Plan>(e); });
    if (!plan) {
        report.error = plan.error();
        return report;
    }
    report.plan = plan.value();
    if (options.dryRun || plan->refused)
        return report;
    const ConfirmRequirement req = FrictionPolicy::requirementFor(options.environment, *plan);
    if (options.confirm && !options.confirm(*plan, req)) {
        report.error = cancelledBeforeStart();
        return report;
    }
    if (Status s = recordIntent(audit, auditEntryFor(report)); !s) {
        report.error = s.error();
        return report;
    }
    report.intentRecorded = true;
    const ProgressFn noProgress = [](const Progress &) {};
    report.outcome = guardedExecute(
        action, *plan, options.progress ? options.progress : noProgress, options.cancel);
    Result<Verification> v = guardedVerify(action, *plan, *report.outcome, CancelToken {});
    if (v)
        report.verification = v.value();
    else
        report.error = v.error();
    const auto [s, spool] = recordOutcome(audit, auditEntryFor(report));
    if (!s) {
        report.auditError = s.error();
        report.auditSpool = spool;
    }
    return report;
}

} // namespace qm::safety
