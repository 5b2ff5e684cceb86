#include "safety/flow.h"

#include "common/logging.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace qm::safety {

namespace {

Error cancelledBeforeStart()
{
    return Error {Error::Code::Cancelled,
        QCoreApplication::translate("qm::safety::Flow", "Cancelled before it started."), {}, {}};
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
    , m_pool(new QThreadPool(this))
{
    m_pool->setMaxThreadCount(1); // one step at a time, in order
    m_report.requestId = QUuid::createUuid();
}

Flow::~Flow()
{
    m_cancel.cancel();
    m_pool->waitForDone();
}

void Flow::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void Flow::start()
{
    if (m_stage != Stage::Idle)
        return;
    setStage(Stage::Planning);
    auto action = m_action;
    auto cancel = m_cancel;
    QtConcurrent::run(m_pool, [action, cancel] {
        return action->plan(cancel);
    }).then(this, [this](const Result<Plan> &plan) {
        if (!plan) {
            m_report.error = plan.error();
            Q_EMIT failed(plan.error());
            setStage(Stage::Finished);
            Q_EMIT finished();
            return;
        }
        m_report.plan = plan.value();
        m_requirement = FrictionPolicy::requirementFor(m_environment, plan.value());
        setStage(Stage::AwaitingConfirmation);
        Q_EMIT planned(plan.value());
    });
}

bool Flow::confirm(bool acknowledged, const QString &typed)
{
    if (m_stage != Stage::AwaitingConfirmation || !m_report.plan || m_report.plan->refused)
        return false;
    if (!FrictionPolicy::satisfied(m_requirement, acknowledged, typed))
        return false;
    runExecute();
    return true;
}

void Flow::cancel()
{
    m_cancel.cancel();
    if (m_stage == Stage::AwaitingConfirmation) {
        m_report.error = cancelledBeforeStart();
        setStage(Stage::Finished);
        Q_EMIT finished();
    }
}

void Flow::runExecute()
{
    setStage(Stage::Executing);
    auto action = m_action;
    auto cancel = m_cancel;
    const Plan plan = *m_report.plan;
    // From the worker: hop to the Flow's thread. The destructor waits for the worker, and events
    // posted to a deleted object are dropped, so `this` is a safe context here.
    auto lastPost = std::make_shared<QElapsedTimer>();
    ProgressFn progressFn = [this, lastPost](const Progress &p) {
        if (lastPost->isValid() && lastPost->elapsed() < 50 && p.done != p.total)
            return; // at most 20 updates a second reach the GUI
        lastPost->start();
        QMetaObject::invokeMethod(
            this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
    };
    QtConcurrent::run(m_pool, [action, cancel, plan, progressFn] {
        QElapsedTimer t;
        t.start();
        Outcome o = action->execute(plan, progressFn, cancel);
        o.elapsedMs = t.elapsed();
        return o;
    }).then(this, [this](const Outcome &outcome) {
        m_report.outcome = outcome;
        Q_EMIT executed(outcome);
        runVerify();
    });
}

void Flow::runVerify()
{
    setStage(Stage::Verifying);
    auto action = m_action;
    const Plan plan = *m_report.plan;
    const Outcome outcome = *m_report.outcome;
    // Verification runs even after a cancel: the person needs to know what state is left.
    CancelToken fresh;
    QtConcurrent::run(m_pool, [action, plan, outcome, fresh] {
        return action->verify(plan, outcome, fresh);
    }).then(this, [this](const Result<Verification> &v) {
        if (v) {
            m_report.verification = v.value();
            Q_EMIT verified(v.value());
        } else {
            m_report.error = v.error();
            Q_EMIT failed(v.error());
        }
        runAudit();
    });
}

void Flow::runAudit()
{
    setStage(Stage::Auditing);
    auto sink = m_audit;
    const AuditEntry entry = auditEntryFor(m_report);
    QtConcurrent::run(m_pool, [sink, entry]() -> std::pair<Status, QString> {
        if (!sink)
            return {Error {Error::Code::InvalidInput, tr("No audit log configured."), {}, {}}, {}};
        Status s = sink->record(entry);
        if (s)
            return {s, {}};
        FileAuditSink spool(FileAuditSink::defaultSpoolPath());
        spool.record(entry);
        return {s, spool.path()};
    }).then(this, [this](const std::pair<Status, QString> &r) {
        if (!r.first) {
            m_report.auditError = r.first.error();
            m_report.auditSpool = r.second;
            qCWarning(lcCache) << "audit failed:" << r.first.error().toString();
        }
        setStage(Stage::Finished);
        Q_EMIT finished();
    });
}

FlowReport runFlowSync(DestructiveAction &action, AuditSink *audit, const SyncFlowOptions &options)
{
    FlowReport report;
    report.requestId = QUuid::createUuid();
    Result<Plan> plan = action.plan(options.cancel);
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
    QElapsedTimer t;
    t.start();
    const ProgressFn noProgress = [](const Progress &) {};
    Outcome outcome
        = action.execute(*plan, options.progress ? options.progress : noProgress, options.cancel);
    outcome.elapsedMs = t.elapsed();
    report.outcome = outcome;
    Result<Verification> v = action.verify(*plan, outcome, CancelToken {});
    if (v)
        report.verification = v.value();
    else
        report.error = v.error();
    const AuditEntry entry = auditEntryFor(report);
    Status s = audit
        ? audit->record(entry)
        : Status(Error {Error::Code::InvalidInput,
            QCoreApplication::translate("qm::safety::Flow", "No audit log configured."), {}, {}});
    if (!s) {
        report.auditError = s.error();
        FileAuditSink spool(FileAuditSink::defaultSpoolPath());
        if (spool.record(entry))
            report.auditSpool = spool.path();
    }
    return report;
}

} // namespace qm::safety
