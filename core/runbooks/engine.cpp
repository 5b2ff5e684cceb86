#include "runbooks/engine.h"

#include "runbooks/approval.h"
#include "runbooks/parser.h"
#include "safety/elevation.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QUuid>

namespace qm::runbooks {

namespace {

QJsonObject checkJson(const CheckResult &c)
{
    return {{QStringLiteral("ok"), c.ok}, {QStringLiteral("summary"), c.summary},
        {QStringLiteral("data"), c.data}};
}

QJsonObject planJson(const StepPlan &p)
{
    return {{QStringLiteral("summary"), p.summary},
        {QStringLiteral("details"), QJsonArray::fromStringList(p.details)},
        {QStringLiteral("sample"), QJsonArray::fromStringList(p.sample)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(p.warnings)},
        {QStringLiteral("refused"), p.refused}, {QStringLiteral("refusal"), p.refusal},
        {QStringLiteral("impact"), safety::impactKey(p.impact)}, {QStringLiteral("data"), p.data}};
}

QJsonObject outcomeJson(const StepOutcome &o)
{
    QJsonObject j {{QStringLiteral("ok"), o.ok}, {QStringLiteral("summary"), o.summary},
        {QStringLiteral("data"), o.data}};
    if (o.error)
        j.insert(QStringLiteral("error"), safety::errorToJson(*o.error));
    return j;
}

QString uuidText(const QUuid &u)
{
    return u.toString(QUuid::WithoutBraces);
}

} // namespace

QJsonObject StepReport::toJson() const
{
    QJsonObject o {{QStringLiteral("id"), id}, {QStringLiteral("type"), type},
        {QStringLiteral("title"), title}, {QStringLiteral("state"), state},
        {QStringLiteral("duration_ms"), durationMs}};
    QJsonArray pre;
    for (const CheckResult &c : preconditions)
        pre.append(checkJson(c));
    o.insert(QStringLiteral("preconditions"), pre);
    if (plan)
        o.insert(QStringLiteral("plan"), planJson(*plan));
    if (outcome)
        o.insert(QStringLiteral("outcome"), outcomeJson(*outcome));
    if (verification)
        o.insert(QStringLiteral("verification"), checkJson(*verification));
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (rollback)
        o.insert(QStringLiteral("rollback"), true);
    if (resumedVerified)
        o.insert(QStringLiteral("verified_before_resume"), true);
    return o;
}

QJsonObject RunPlan::toJson() const
{
    QJsonArray s;
    for (const StepReport &r : steps)
        s.append(r.toJson());
    return {{QStringLiteral("runbook"), runbook}, {QStringLiteral("title"), title},
        {QStringLiteral("content_hash"), contentHash},
        {QStringLiteral("signature"),
            QJsonObject {{QStringLiteral("state"), signature.stateKey()},
                {QStringLiteral("key_id"), signature.keyId},
                {QStringLiteral("message"), signature.message}}},
        {QStringLiteral("parameters"), parameters}, {QStringLiteral("steps"), s},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("refused"), refused}, {QStringLiteral("refusal"), refusal},
        {QStringLiteral("impact"), safety::impactKey(impact)},
        {QStringLiteral("confirmation"),
            QJsonObject {{QStringLiteral("friction"),
                             confirmation.friction == safety::Friction::TypeTarget
                                 ? QStringLiteral("type-target")
                                 : confirmation.friction == safety::Friction::Acknowledge
                                 ? QStringLiteral("acknowledge")
                                 : QStringLiteral("click")},
                {QStringLiteral("phrase"), confirmation.phrase},
                {QStringLiteral("reason"), confirmation.reason}}}};
}

QJsonObject RunReport::toJson() const
{
    QJsonArray s;
    for (const StepReport &r : steps)
        s.append(r.toJson());
    QJsonObject o {{QStringLiteral("run_id"), runId}, {QStringLiteral("result"), result},
        {QStringLiteral("steps"), s},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("journal"), journalPath},
        {QStringLiteral("intent_recorded"), intentRecorded}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    if (plan)
        o.insert(QStringLiteral("plan"), plan->toJson());
    if (!checkpoint.isEmpty())
        o.insert(QStringLiteral("checkpoint"), checkpoint);
    return o;
}

struct Engine::RunState
{
    const Runbook *runbook = nullptr;
    QJsonObject params;
    QString runId;
    std::unique_ptr<Journal> journal;
    RunReport *report = nullptr;
    std::optional<RunPlan> plan;
    bool anyFailedContinue = false;
};

Engine::Engine(EngineConfig config)
    : m_config(std::move(config))
{ }

Result<QJsonObject> Engine::resolveParameters(const Runbook &rb, const QJsonObject &given) const
{
    QJsonObject out;
    for (auto it = given.begin(); it != given.end(); ++it) {
        bool known = false;
        for (const Parameter &p : rb.parameters)
            known = known || p.name == it.key();
        if (!known)
            return Error {Error::Code::InvalidInput,
                tr("the runbook has no parameter \"%1\"").arg(it.key()), {}, {}};
    }
    for (const Parameter &p : rb.parameters) {
        QJsonValue v = given.contains(p.name) ? given.value(p.name) : p.defaultValue;
        if (v.isUndefined() || v.isNull())
            return Error {Error::Code::InvalidInput,
                tr("the parameter \"%1\" has no value and no default: give it (%2)")
                    .arg(p.name, p.prompt.isEmpty() ? p.type : p.prompt),
                {}, {}};
        if (p.type != QLatin1String("string") && v.isString()) {
            bool ok = false;
            const QString t = v.toString().trimmed();
            if (p.type == QLatin1String("bool")) {
                ok = t == QLatin1String("true") || t == QLatin1String("false");
                v = t == QLatin1String("true");
            } else {
                const double d = t.toDouble(&ok);
                v = d;
            }
            if (!ok)
                return Error {Error::Code::InvalidInput,
                    tr("the parameter \"%1\" must be of type %2, not \"%3\"")
                        .arg(p.name, p.type, t),
                    {}, {}};
        }
        if (p.type == QLatin1String("int")
            && (!v.isDouble() || v.toDouble() != qint64(v.toDouble())))
            return Error {Error::Code::InvalidInput,
                tr("the parameter \"%1\" must be a whole number").arg(p.name), {}, {}};
        if (p.type == QLatin1String("string") && !v.isString())
            v = v.isBool()
                ? QJsonValue(v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                : QJsonValue(QString::number(v.toDouble(), 'g', 15));
        out.insert(p.name, v);
    }
    return out;
}

SignatureStatus Engine::signatureOf(const Runbook &rb) const
{
    QFile f(rb.path);
    if (!f.open(QIODevice::ReadOnly)) {
        SignatureStatus s;
        s.state = SignatureStatus::State::Malformed;
        s.message = tr("cannot read %1 to check its signature").arg(rb.path);
        return s;
    }
    const QByteArray text = f.readAll();
    if (contentHash(text) != rb.contentHash) {
        SignatureStatus s;
        s.state = SignatureStatus::State::Invalid;
        s.message = tr("%1 changed since it was read: read it again").arg(rb.path);
        return s;
    }
    return verifyRunbook(rb.path, text, m_config.trustedKeysDir);
}

Fields Engine::substituted(const Fields &f, const QJsonObject &params) const
{
    Fields out = f;
    out.values = substituteParameters(f.values, params);
    return out;
}

StepContext Engine::context(const QString &runId, const QString &stepId) const
{
    StepContext c;
    c.cluster = m_config.cluster;
    c.profile = m_config.profile;
    c.redisPassword = m_config.redisPassword;
    c.cancel = m_config.cancel;
    c.registry = &m_config.registry;
    c.runId = runId;
    c.stepId = stepId;
    c.ask = m_config.ask;
    RunObserver *obs = m_config.observer;
    c.log = [obs, runId](const QString &line) {
        if (obs)
            obs->logLine(runId, line);
    };
    return c;
}

safety::ConfirmRequirement Engine::confirmationFor(const Profile &profile, const RunPlan &plan)
{
    safety::Plan p;
    p.action = QStringLiteral("runbooks.run");
    p.title = plan.title;
    // Production asks to type the cluster's (the profile's) name.
    p.target = profile.name;
    p.impact = plan.impact;
    return safety::FrictionPolicy::requirementFor(profile.environment, p);
}

RunPlan Engine::plan(const Runbook &rb, const QJsonObject &given)
{
    const auto params = resolveParameters(rb, given);
    const SignatureStatus sig = signatureOf(rb);
    if (!params) {
        RunPlan p;
        p.runbook = rb.name;
        p.title = rb.title;
        p.signature = sig;
        p.refused = true;
        p.refusal = params.error().message;
        return p;
    }
    return planWith(rb, *params, sig);
}

RunPlan Engine::planWith(const Runbook &rb, const QJsonObject &params, const SignatureStatus &sig)
{
    RunPlan p;
    p.runbook = rb.name;
    p.title = rb.title;
    p.contentHash = QString::fromLatin1(rb.contentHash);
    p.signature = sig;
    p.parameters = params;
    QString refusal, warning;
    if (!signatureAllows(sig, m_config.profile.environment, &refusal, &warning)) {
        p.refused = true;
        p.refusal = refusal;
    }
    if (!warning.isEmpty())
        p.warnings.append(warning);
    if (rb.approval == Runbook::Approval::TwoPerson)
        p.warnings.append(tr("this runbook needs two-person approval: a second on-call role "
                             "approves the run (its runbook file and parameters) before it acts"));
    for (const Step &s : rb.steps) {
        StepReport r;
        r.id = s.id;
        r.type = s.type;
        r.title = s.title;
        StepContext ctx = context(QString(), s.id);
        for (const Check &c : s.preconditions) {
            const StepType *t = m_config.registry.find(c.type);
            const auto res = t->check(substituted(c.fields, params), ctx);
            r.preconditions.append(res ? *res : CheckResult {false, res.error().toString(), {}});
        }
        const StepType *type = m_config.registry.find(s.type);
        const Fields action = substituted(s.action, params);
        const auto pre = type->precheck(action, ctx);
        if (!pre || !pre->ok) {
            r.state = QStringLiteral("refused");
            r.error = pre ? pre->summary : pre.error().toString();
        } else {
            const auto sp = type->describePlan(action, ctx);
            if (!sp) {
                r.error = sp.error().toString();
            } else {
                r.plan = *sp;
                p.impact = std::max(p.impact, sp->impact);
                if (sp->refused) {
                    r.state = QStringLiteral("refused");
                    r.error = sp->refusal;
                }
            }
        }
        p.steps.append(r);
    }
    p.confirmation = confirmationFor(m_config.profile, p);
    return p;
}

Result<CheckResult> Engine::verifyOnce(
    const Step &step, const Fields &action, const StepOutcome &outcome, StepContext &ctx) const
{
    if (step.verify.check) {
        const StepType *t = m_config.registry.find(step.verify.check->type);
        return t->check(step.verify.check->fields, ctx); // parameters applied by the caller
    }
    return m_config.registry.find(step.type)->verify(action, outcome, ctx);
}

bool Engine::verifyUntilDeadline(RunState &state, const Step &step, const Fields &action,
    const StepOutcome &outcome, StepContext &ctx, CheckResult *last)
{
    Step s = step;
    if (s.verify.check)
        s.verify.check->fields = substituted(s.verify.check->fields, state.params);
    QDeadlineTimer deadline(s.verify.deadlineMs);
    for (;;) {
        const auto r = verifyOnce(s, action, outcome, ctx);
        *last = r ? *r : CheckResult {false, r.error().toString(), {}};
        if (r && r->ok)
            return true;
        if (deadline.hasExpired() || m_config.cancel.isCancelled())
            return false;
        QDeadlineTimer pause(qMin(s.verify.intervalMs, qMax<qint64>(0, deadline.remainingTime())));
        while (!pause.hasExpired() && !m_config.cancel.isCancelled())
            QThread::msleep(50);
    }
}

bool Engine::runStep(RunState &st, int index, bool asRollback, StepReport &r)
{
    const Step &s = st.runbook->steps[index];
    QElapsedTimer timer;
    timer.start();
    r.id = s.id;
    r.type = s.type;
    r.title = s.title;
    r.rollback = asRollback;
    if (m_config.observer)
        m_config.observer->stepStarted(st.runId, s.id, index);
    StepContext ctx = context(st.runId, s.id);
    const auto failed = [&](const QString &why, const QJsonObject &detail) {
        r.state = QStringLiteral("failed");
        r.error = why;
        r.durationMs = timer.elapsed();
        QJsonObject d = detail;
        d.insert(QStringLiteral("error"), why);
        if (asRollback)
            d.insert(QStringLiteral("rollback"), true);
        st.journal->append(QStringLiteral("failed"), s.id, d);
        if (m_config.observer)
            m_config.observer->stepFailed(st.runId, s.id, why, r.durationMs);
        return false;
    };
    if (m_config.cancel.isCancelled())
        return failed(tr("cancelled before the step began"),
            {{QStringLiteral("phase"), QStringLiteral("cancelled")}});

    for (const Check &c : s.preconditions) {
        const auto res
            = m_config.registry.find(c.type)->check(substituted(c.fields, st.params), ctx);
        const CheckResult cr = res ? *res : CheckResult {false, res.error().toString(), {}};
        r.preconditions.append(cr);
        if (!cr.ok)
            return failed(tr("precondition failed: %1").arg(cr.summary),
                {{QStringLiteral("phase"), QStringLiteral("precondition")}});
    }
    const StepType *type = m_config.registry.find(s.type);
    const Fields action = substituted(s.action, st.params);
    const auto pre = type->precheck(action, ctx);
    if (!pre || !pre->ok)
        return failed(pre ? pre->summary : pre.error().toString(),
            {{QStringLiteral("phase"), QStringLiteral("precheck")}});
    const auto plan = type->describePlan(action, ctx);
    if (!plan)
        return failed(plan.error().toString(), {{QStringLiteral("phase"), QStringLiteral("plan")}});
    r.plan = *plan;
    if (plan->refused)
        return failed(plan->refusal, {{QStringLiteral("phase"), QStringLiteral("plan")}});

    // Write ahead: the audit log, then the journal's "started", then the action.
    safety::AuditEntry audit;
    audit.action = QStringLiteral("runbooks.step");
    audit.target = st.runbook->name + u'/' + s.id;
    audit.spoolable = st.runbook->forDeadPrimary;
    audit.plan = QJsonObject {{QStringLiteral("run_id"), st.runId}, {QStringLiteral("step"), s.id},
        {QStringLiteral("type"), s.type}, {QStringLiteral("rollback"), asRollback},
        {QStringLiteral("plan"), planJson(*plan)}, {QStringLiteral("who"), safety::auditContext()}};
    if (const Status w = m_config.audit->recordIntent(audit); !w)
        return failed(tr("the audit log refused the step's intent, so it did not run: %1")
                          .arg(w.error().toString()),
            {{QStringLiteral("phase"), QStringLiteral("audit")}});
    QJsonObject startedDetail {{QStringLiteral("audit_request"), uuidText(audit.requestId)},
        {QStringLiteral("plan_data"), plan->data}};
    if (asRollback)
        startedDetail.insert(QStringLiteral("rollback"), true);
    if (const Status j = st.journal->append(QStringLiteral("started"), s.id, startedDetail); !j) {
        audit.outcome = {
            {QStringLiteral("run_id"), st.runId}, {QStringLiteral("error"), j.error().toString()}};
        m_config.audit->recordOutcome(audit);
        r.state = QStringLiteral("failed");
        r.error = j.error().toString();
        return false;
    }

    const StepOutcome outcome = type->execute(action, *plan, ctx);
    r.outcome = outcome;
    bool verified = false;
    CheckResult last;
    if (outcome.error || !outcome.ok) {
        last = CheckResult {false, outcome.summary, {}};
    } else {
        st.journal->append(
            QStringLiteral("executed"), s.id, {{QStringLiteral("outcome"), outcomeJson(outcome)}});
        verified = verifyUntilDeadline(st, s, action, outcome, ctx, &last);
        r.verification = last;
    }
    audit.outcome = {{QStringLiteral("run_id"), st.runId},
        {QStringLiteral("outcome"), outcomeJson(outcome)},
        {QStringLiteral("verification"), checkJson(last)}, {QStringLiteral("verified"), verified}};
    if (const Status w = m_config.audit->recordOutcome(audit); !w)
        st.report->warnings.append(
            tr("the audit log refused the outcome of step %1: %2").arg(s.id, w.error().toString()));
    if (!verified)
        return failed(outcome.ok ? tr("not verified before the deadline: %1").arg(last.summary)
                                 : tr("the action failed: %1").arg(outcome.summary),
            {{QStringLiteral("phase"),
                 outcome.ok ? QStringLiteral("verify") : QStringLiteral("action")},
                {QStringLiteral("outcome"), outcomeJson(outcome)}});
    r.state = QStringLiteral("verified");
    r.durationMs = timer.elapsed();
    QJsonObject vd {{QStringLiteral("verification"), checkJson(last)}};
    if (asRollback)
        vd.insert(QStringLiteral("rollback"), true);
    st.journal->append(QStringLiteral("verified"), s.id, vd);
    if (m_config.observer)
        m_config.observer->stepVerified(st.runId, s.id, r.durationMs);
    return true;
}

// Runs steps from `from` on. lastStates/executedOutcomes come from the journal of a resumed run
// (empty for a new run). Returns false when the run stopped (failed, rolled back, cancelled).
bool Engine::runSteps(RunState &st, int from, const QHash<QString, QString> &lastStates,
    const QHash<QString, QJsonObject> &executedOutcomes)
{
    const Runbook &rb = *st.runbook;
    for (int i = from; i < rb.steps.size(); ++i) {
        const Step &s = rb.steps[i];
        const QString last = lastStates.value(s.id);
        if (last == QLatin1String("verified")) {
            StepReport r;
            r.id = s.id;
            r.type = s.type;
            r.title = s.title;
            r.state = QStringLiteral("skipped");
            r.resumedVerified = true;
            st.report->steps.append(r);
            continue;
        }
        if (last == QLatin1String("started") || last == QLatin1String("executed")) {
            // Interrupted between its action and its verification: verify first, never act again
            // on a verified effect.
            StepReport r;
            r.id = s.id;
            r.type = s.type;
            r.title = s.title;
            StepContext ctx = context(st.runId, s.id);
            const Fields action = substituted(s.action, st.params);
            StepOutcome prior;
            if (last == QLatin1String("executed")) {
                const QJsonObject o = executedOutcomes.value(s.id);
                prior.ok = o.value(QStringLiteral("ok")).toBool();
                prior.summary = o.value(QStringLiteral("summary")).toString();
                prior.data = o.value(QStringLiteral("data")).toObject();
            }
            CheckResult cr;
            Step once = s;
            once.verify.deadlineMs = last == QLatin1String("executed") ? s.verify.deadlineMs : 0;
            if (verifyUntilDeadline(st, once, action, prior, ctx, &cr)) {
                r.state = QStringLiteral("verified");
                r.resumedVerified = true;
                r.verification = cr;
                st.journal->append(QStringLiteral("verified"), s.id,
                    {{QStringLiteral("verification"), checkJson(cr)},
                        {QStringLiteral("on_resume"), true}});
                if (m_config.observer)
                    m_config.observer->stepVerified(st.runId, s.id, 0);
                st.report->steps.append(r);
                continue;
            }
            if (last == QLatin1String("executed")) {
                r.state = QStringLiteral("failed");
                r.verification = cr;
                r.error = tr("executed before the interruption but not verified now: %1")
                              .arg(cr.summary);
                st.journal->append(QStringLiteral("failed"), s.id,
                    {{QStringLiteral("phase"), QStringLiteral("verify")},
                        {QStringLiteral("on_resume"), true}, {QStringLiteral("error"), r.error}});
                if (m_config.observer)
                    m_config.observer->stepFailed(st.runId, s.id, r.error, 0);
                st.report->steps.append(r);
                goto onFailure;
            }
            // Started, not verified: the action may not have run. Run it (below).
        }
        {
            StepReport r;
            const bool ok = runStep(st, i, false, r);
            st.report->steps.append(r);
            if (ok)
                continue;
        }
    onFailure:
        if (m_config.cancel.isCancelled()) {
            st.report->result = QStringLiteral("cancelled");
            return false;
        }
        switch (s.onFailure.kind) {
        case OnFailure::Kind::Continue:
            st.anyFailedContinue = true;
            continue;
        case OnFailure::Kind::Stop:
            st.report->result = QStringLiteral("failed");
            st.report->error = tr("step %1 failed: %2").arg(s.id, st.report->steps.last().error);
            return false;
        case OnFailure::Kind::Rollback: {
            StepReport r;
            const int target = rb.indexOf(s.onFailure.rollbackStep);
            const bool ok = runStep(st, target, true, r);
            st.report->steps.append(r);
            st.report->result = ok ? QStringLiteral("rolled_back") : QStringLiteral("failed");
            st.report->error = ok
                ? tr("step %1 failed and was rolled back by %2").arg(s.id, s.onFailure.rollbackStep)
                : tr("step %1 failed and its rollback %2 failed too: %3")
                      .arg(s.id, s.onFailure.rollbackStep, r.error);
            return false;
        }
        }
    }
    st.report->result = st.anyFailedContinue ? QStringLiteral("completed_with_failures")
                                             : QStringLiteral("succeeded");
    return true;
}

void Engine::anchorAuditChain(RunReport &report)
{
    // Blocking, like the rest of the run (the engine runs on a worker or in qmctl).
    const Result<QString> written = m_config.audit->anchor();
    if (!written)
        report.warnings.append(tr("no signed audit checkpoint was written after the run: %1")
                                   .arg(written.error().toString()));
    else
        report.checkpoint = *written;
}

void Engine::finish(RunState &st, RunReport &report)
{
    if (st.journal) {
        QJsonObject d {{QStringLiteral("result"), report.result}};
        if (!report.error.isEmpty())
            d.insert(QStringLiteral("error"), report.error);
        st.journal->append(QStringLiteral("finished"), QString(), d);
        report.warnings += st.journal->databaseWarnings();
        report.journalPath = st.journal->path();
    }
}

RunReport Engine::run(const Runbook &rb, const QJsonObject &given)
{
    RunReport report;
    report.runId = m_config.runId.isEmpty() ? uuidText(QUuid::createUuid()) : m_config.runId;
    report.result = QStringLiteral("refused");
    // The safety profile first: a run on read-only production is refused before anything else.
    if (const auto no = safety::writeRefusal(
            m_config.profile.environment, m_config.elevation.get(), tr("the runbook run"))) {
        report.error = no->message;
        return report;
    }
    const auto params = resolveParameters(rb, given);
    if (!params) {
        report.error = params.error().message;
        return report;
    }
    RunPlan plan = planWith(rb, *params, signatureOf(rb));
    report.plan = plan;
    report.warnings = plan.warnings;
    if (plan.refused) {
        report.error = plan.refusal;
        return report;
    }
    for (const StepReport &s : plan.steps)
        if (s.state == QLatin1String("refused")) {
            report.error = tr("step %1 cannot run: %2").arg(s.id, s.error);
            return report;
        }
    if (!m_config.audit) {
        report.error = tr("no audit log: a runbook runs only when its intent can be recorded");
        return report;
    }
    if (!m_config.confirm || !m_config.confirm(plan, plan.confirmation)) {
        report.error = tr("not confirmed: nothing ran (%1)").arg(plan.confirmation.reason);
        return report;
    }
    // Two-person approval: the server uses the approval of this run id once, and only for this
    // file (content hash) and these parameters; without it nothing runs.
    if (rb.approval == Runbook::Approval::TwoPerson) {
        if (!m_config.cluster) {
            report.error = tr("this runbook needs two-person approval, which the database keeps: "
                              "no database, so nothing ran");
            return report;
        }
        const auto used = approval::consume(
            *m_config.cluster, report.runId, rb.name, QString::fromLatin1(rb.contentHash), *params);
        if (!used) {
            report.error
                = tr("two-person approval refused, so nothing ran: %1").arg(used.error().message);
            return report;
        }
    }
    safety::AuditEntry audit;
    audit.requestId = QUuid::fromString(report.runId);
    audit.action = QStringLiteral("runbooks.run");
    audit.target = rb.name;
    audit.spoolable = rb.forDeadPrimary;
    audit.plan = QJsonObject {{QStringLiteral("run_id"), report.runId},
        {QStringLiteral("plan"), plan.toJson()}, {QStringLiteral("who"), safety::auditContext()}};
    if (const Status w = m_config.audit->recordIntent(audit); !w) {
        report.error = tr("the audit log refused the run's intent, so nothing ran: %1")
                           .arg(w.error().toString());
        return report;
    }
    report.intentRecorded = true;

    RunState st;
    st.runbook = &rb;
    st.params = *params;
    st.runId = report.runId;
    st.report = &report;
    auto journal = Journal::create(m_config.journalDir, report.runId, rb,
        m_config.databaseJournal ? m_config.cluster : nullptr);
    Status header = journal ? journal.value()->append(QStringLiteral("run_started"), QString(),
                        {{QStringLiteral("runbook"), rb.name}, {QStringLiteral("path"), rb.path},
                            {QStringLiteral("content_hash"), QString::fromLatin1(rb.contentHash)},
                            {QStringLiteral("key_id"), plan.signature.keyId},
                            {QStringLiteral("signature"), plan.signature.stateKey()},
                            {QStringLiteral("parameters"), *params},
                            {QStringLiteral("audit_request"), report.runId},
                            {QStringLiteral("who"), safety::auditContext()}})
                            : Status(journal.error());
    if (!header) {
        report.result = QStringLiteral("failed");
        report.error
            = tr("cannot journal the run, so nothing ran: %1").arg(header.error().toString());
    } else {
        st.journal = std::move(journal).value();
        runSteps(st, 0, {}, {});
        finish(st, report);
    }
    audit.outcome = report.toJson();
    audit.outcome.remove(QStringLiteral("plan"));
    if (const Status w = m_config.audit->recordOutcome(audit); !w)
        report.warnings.append(
            tr("the audit log refused the run's outcome: %1").arg(w.error().toString()));
    anchorAuditChain(report);
    return report;
}

RunReport Engine::resume(const Runbook &rb, const QString &runId)
{
    RunReport report;
    report.runId = runId;
    report.result = QStringLiteral("refused");
    if (const auto no = safety::writeRefusal(
            m_config.profile.environment, m_config.elevation.get(), tr("the runbook resume"))) {
        report.error = no->message;
        return report;
    }
    const auto records = Journal::read(m_config.journalDir, runId);
    if (!records) {
        report.error = records.error().message;
        return report;
    }
    if (records->isEmpty() || records->first().state != QLatin1String("run_started")) {
        report.error = tr("the journal of run %1 has no header: it cannot be resumed").arg(runId);
        return report;
    }
    const JournalRecord &header = records->first();
    const QString hash = header.detail.value(QStringLiteral("content_hash")).toString();
    if (hash != QString::fromLatin1(rb.contentHash)) {
        report.error = tr("the runbook file changed since run %1 started (content hash %2..., now "
                          "%3...): resume refused. Restore the file the run started with, or start "
                          "a new run")
                           .arg(runId, hash.left(12), QString::fromLatin1(rb.contentHash.left(12)));
        return report;
    }
    if (records->last().state == QLatin1String("finished")) {
        report.error
            = tr("run %1 finished (%2): nothing to resume")
                  .arg(runId, records->last().detail.value(QStringLiteral("result")).toString());
        return report;
    }
    QHash<QString, QString> lastStates;
    QHash<QString, QJsonObject> executed;
    for (const JournalRecord &r : *records) {
        if (r.stepId.isEmpty() || r.detail.value(QStringLiteral("rollback")).toBool())
            continue;
        lastStates.insert(r.stepId, r.state);
        if (r.state == QLatin1String("executed"))
            executed.insert(r.stepId, r.detail.value(QStringLiteral("outcome")).toObject());
    }
    const QJsonObject params = header.detail.value(QStringLiteral("parameters")).toObject();
    // A failed step of an unfinished run is retried like a started one.
    for (auto it = lastStates.begin(); it != lastStates.end(); ++it)
        if (it.value() == QLatin1String("failed"))
            it.value() = QStringLiteral("started");

    RunPlan plan = planWith(rb, params, signatureOf(rb));
    report.plan = plan;
    report.warnings = plan.warnings;
    if (plan.refused) {
        report.error = plan.refusal;
        return report;
    }
    if (!m_config.audit) {
        report.error = tr("no audit log: a runbook runs only when its intent can be recorded");
        return report;
    }
    if (!m_config.confirm || !m_config.confirm(plan, plan.confirmation)) {
        report.error = tr("not confirmed: nothing ran (%1)").arg(plan.confirmation.reason);
        return report;
    }
    safety::AuditEntry audit;
    audit.action = QStringLiteral("runbooks.resume");
    audit.target = rb.name;
    audit.spoolable = rb.forDeadPrimary;
    audit.plan = QJsonObject {{QStringLiteral("run_id"), runId},
        {QStringLiteral("journal_records"), int(records->size())},
        {QStringLiteral("who"), safety::auditContext()}};
    if (const Status w = m_config.audit->recordIntent(audit); !w) {
        report.error = tr("the audit log refused the resume's intent, so nothing ran: %1")
                           .arg(w.error().toString());
        return report;
    }
    report.intentRecorded = true;
    auto journal = Journal::reopen(
        m_config.journalDir, runId, rb, m_config.databaseJournal ? m_config.cluster : nullptr);
    if (!journal) {
        report.result = QStringLiteral("failed");
        report.error = journal.error().toString();
        return report;
    }
    RunState st;
    st.runbook = &rb;
    st.params = params;
    st.runId = runId;
    st.report = &report;
    st.journal = std::move(journal).value();
    if (const Status s = st.journal->append(QStringLiteral("resumed"), QString(),
            {{QStringLiteral("audit_request"), uuidText(audit.requestId)},
                {QStringLiteral("who"), safety::auditContext()}});
        !s) {
        report.result = QStringLiteral("failed");
        report.error = s.error().toString();
        return report;
    }
    runSteps(st, 0, lastStates, executed);
    finish(st, report);
    audit.outcome = report.toJson();
    audit.outcome.remove(QStringLiteral("plan"));
    if (const Status w = m_config.audit->recordOutcome(audit); !w)
        report.warnings.append(
            tr("the audit log refused the resume's outcome: %1").arg(w.error().toString()));
    anchorAuditChain(report);
    return report;
}

} // namespace qm::runbooks
