#include "safety/flow.h"

#include "common/logging.h"

#include <QElapsedTimer>
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
    return Error {Error::Code::Cancelled,
        flowTr(QT_TRANSLATE_NOOP("qm::safety::Flow", "Cancelled before it started.")), {}, {}};
}

Error noAuditLog()
{
    return Error {Error::Code::InvalidInput,
        flowTr(QT_TRANSLATE_NOOP("qm::safety::Flow",
            "No audit log configured: nothing was done, because every destructive action "
            "is recorded before it runs.")),
        {}, {}};
}

Error thrownBy(const char *step, const QString &what)
{
    return Error {Error::Code::Unknown,
        flowTr(QT_TRANSLATE_NOOP("qm::safety::Flow", "The %1 step failed unexpectedly: %2"))
            .arg(QString::fromLatin1(step), what),
        {}, {}};
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
        return onError(
            thrownBy(step, flowTr(QT_TRANSLATE_NOOP("qm::safety::Flow", "an unknown exception"))));
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
    e.message = flowTr(QT_TRANSLATE_NOOP("qm::safety::Flow",
                           "The audit log refused to record the intent, so nothing was done: %1"))
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

// Every destructive action ends here: with its outcome in the audit log, the chain's head is signed
// (a checkpoint outside the database) when the log has an anchor. A failure is reported, never
// fatal: the action and its audit rows stand.
void anchorChain(AuditSink *sink, FlowReport &report)
{
    if (!sink)
        return;
    const Result<QString> a = guarded<Result<QString>>(
        "audit checkpoint", [&] { return sink->anchor(); },
        [](const Error &e) { return Result<QString>(e); });
    if (a) {
        report.checkpoint = *a;
    } else {
        report.checkpointError = a.error();
        qCWarning(lcCache) << "audit checkpoint failed:" << a.error().toString();
    }
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

namespace {

// What happens once the person confirmed, shared by Flow (on one worker) and runFlowSync: the
// intent into the audit log (refused: nothing runs), execute, verify, the outcome into the audit
// log (refused: the local spool). `stop` ends execute early (verify still runs); `gone` (the
// Flow was destroyed) skips what has not started yet, but an intent that was recorded always
// gets its outcome. After each step `advance` gets the stage that follows and the report so far.
void runConfirmedSteps(DestructiveAction &action, AuditSink *audit, FlowReport &report,
    const ProgressFn &progress, const CancelToken &stop, const CancelToken &gone,
    const std::function<std::optional<Error>()> &refusal,
    const std::function<void(Flow::Stage, const FlowReport &)> &advance)
{
    // The safety profile, once more on the worker: an elevation may have ended since the click.
    if (std::optional<Error> no = refusal()) {
        report.error = *no;
        advance(Flow::Stage::Finished, report);
        return;
    }
    if (Status s = recordIntent(audit, auditEntryFor(report)); !s) {
        report.error = s.error();
        advance(Flow::Stage::Finished, report);
        return;
    }
    report.intentRecorded = true;
    advance(Flow::Stage::Executing, report);
    if (gone.isCancelled()) {
        Outcome none; // the intent gets its outcome: "not run"
        none.error = cancelledBeforeStart();
        report.outcome = none;
    } else {
        report.outcome = guardedExecute(action, *report.plan, progress, stop);
    }
    advance(Flow::Stage::Verifying, report);
    if (!gone.isCancelled()) {
        const Result<Verification> v = guardedVerify(action, *report.plan, *report.outcome, gone);
        if (v)
            report.verification = v.value();
        else
            report.error = v.error();
    }
    advance(Flow::Stage::Auditing, report);
    const auto [s, spool] = recordOutcome(audit, auditEntryFor(report));
    if (!s) {
        report.auditError = s.error();
        report.auditSpool = spool;
    } else {
        anchorChain(audit, report);
    }
    advance(Flow::Stage::Finished, report);
}

} // namespace

Flow::Flow(std::shared_ptr<DestructiveAction> action, std::shared_ptr<AuditSink> audit,
    Profile::Environment environment, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_audit(std::move(audit))
    , m_environment(environment)
    , m_relay(new FlowRelay, [](FlowRelay *r) {
        // The last holder may be a queued delivery that QCoreApplication deletes while it
        // shuts down, holding the posted-event lock: deleteLater (postEvent) would wait
        // for that lock for ever. On the relay's own thread it is deleted at once.
        if (r->thread() == QThread::currentThread())
            delete r;
        else
            r->deleteLater();
    })
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
            if (!f->m_report.plan->refused) {
                if (std::optional<Error> no = writeRefusal(
                        f->m_environment, f->m_elevation.get(), f->m_report.plan->title)) {
                    f->m_report.plan->refused = true;
                    f->m_report.plan->refusal = no->message;
                }
            }
            f->m_requirement = FrictionPolicy::requirementFor(f->m_environment, plan.value());
            f->setStage(Stage::AwaitingConfirmation);
            Q_EMIT f->planned(*f->m_report.plan);
        });
    });
}

bool Flow::confirm(bool acknowledged, const QString &typed)
{
    if (m_stage != Stage::AwaitingConfirmation || !m_report.plan || m_report.plan->refused)
        return false;
    if (!FrictionPolicy::satisfied(m_requirement, acknowledged, typed))
        return false;
    if (std::optional<Error> no
        = writeRefusal(m_environment, m_elevation.get(), m_report.plan->title)) {
        m_report.error = *no; // the elevation ended while the plan was shown
        Q_EMIT failed(*no);
        finish();
        return false;
    }
    runConfirmed();
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

void Flow::runConfirmed()
{
    setStage(Stage::RecordingIntent);
    auto action = m_action;
    auto sink = m_audit;
    auto cancel = m_cancel;
    auto teardown = m_teardown;
    auto relay = m_relay;
    const auto environment = m_environment;
    const auto elevation = m_elevation;
    const QString what = m_report.plan ? m_report.plan->title : QString();
    std::function<std::optional<Error>()> refusal = [environment, elevation, what] {
        return writeRefusal(environment, elevation.get(), what);
    };
    auto lastPost = std::make_shared<QElapsedTimer>();
    ProgressFn progressFn = [relay, lastPost](const Progress &p) {
        if (lastPost->isValid() && lastPost->elapsed() < 50 && p.done != p.total)
            return; // at most 20 updates a second reach the GUI
        lastPost->start();
        deliver(relay, [p](Flow *f) { Q_EMIT f->progress(p); });
    };
    // One worker runs every step in order; the Flow follows through the relay. When the Flow
    // is gone, its deliveries are dropped and the worker still audits what it did.
    flowPool()->start(
        [action, sink, cancel, teardown, relay, progressFn, refusal, report = m_report]() mutable {
            runConfirmedSteps(*action, sink.get(), report, progressFn, cancel, teardown, refusal,
                [relay, teardown](Stage next, const FlowReport &now) {
                    if (!teardown.isCancelled()) // else nobody is there to follow
                        deliver(relay, [next, now](Flow *f) { f->advance(next, now); });
                });
        });
}

void Flow::advance(Stage next, const FlowReport &now)
{
    m_report = now;
    switch (m_stage) {
    case Stage::RecordingIntent:
        if (!now.intentRecorded) {
            qCWarning(lcCache) << "not executed, intent refused:" << now.error->toString();
            Q_EMIT failed(*now.error);
        }
        break;
    case Stage::Executing:
        Q_EMIT executed(*now.outcome);
        break;
    case Stage::Verifying:
        if (now.verification)
            Q_EMIT verified(*now.verification);
        else if (now.error)
            Q_EMIT failed(*now.error);
        break;
    case Stage::Auditing:
        if (now.auditError)
            qCWarning(lcCache) << "audit failed:" << now.auditError->toString();
        break;
    default:
        break;
    }
    if (next == Stage::Finished)
        finish();
    else
        setStage(next);
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
    const auto refusal = [&options, what = plan->title] {
        return writeRefusal(options.environment, options.elevation.get(), what);
    };
    if (std::optional<Error> no = refusal()) {
        report.error = *no;
        return report;
    }
    const ConfirmRequirement req = FrictionPolicy::requirementFor(options.environment, *plan);
    if (options.confirm && !options.confirm(*plan, req)) {
        report.error = cancelledBeforeStart();
        return report;
    }
    const ProgressFn noProgress = [](const Progress &) {};
    runConfirmedSteps(action, audit, report, options.progress ? options.progress : noProgress,
        options.cancel, CancelToken {}, refusal, [](Flow::Stage, const FlowReport &) {});
    return report;
}

} // namespace qm::safety
