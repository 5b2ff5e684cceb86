#include "safety/compositeaction.h"

#include <QJsonArray>

namespace qm::safety {

CompositeAction::CompositeAction(QString kind, QString title, QString target)
    : m_kind(std::move(kind))
    , m_title(std::move(title))
    , m_target(std::move(target))
{ }

void CompositeAction::add(std::shared_ptr<DestructiveAction> part)
{
    m_parts.push_back(std::move(part));
}

Result<Plan> CompositeAction::plan(const CancelToken &cancel)
{
    m_plans.clear();
    Plan p;
    p.action = m_kind;
    p.title = m_title;
    p.target = m_target;
    p.impact = Impact::Low;
    QJsonArray parts;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        if (i > 0 && beforeNextPlan)
            beforeNextPlan(m_plans);
        Result<Plan> part = m_parts[i]->plan(cancel);
        if (!part)
            return part.error();
        const Plan &pp = part.value();
        if (i == 0) {
            p.count = pp.count;
            p.unit = pp.unit;
            p.countExact = pp.countExact;
        }
        p.details << pp.title + u':';
        for (const QString &d : pp.details)
            p.details << QStringLiteral("  ") + d;
        p.sample += pp.sample.mid(0, qMax<qsizetype>(0, 20 - p.sample.size()));
        p.warnings += pp.warnings;
        if (pp.refused) {
            p.refused = true;
            p.refusal += (p.refusal.isEmpty() ? QString() : QStringLiteral(" ")) + pp.refusal;
        }
        p.impact = std::max(p.impact, pp.impact);
        parts.append(pp.toJson());
        m_plans.push_back(pp);
    }
    p.data = QJsonObject {{QStringLiteral("parts"), parts}};
    return p;
}

Outcome CompositeAction::execute(
    const Plan &plan, const ProgressFn &progress, const CancelToken &cancel)
{
    Outcome out;
    m_outcomes.clear();
    if (plan.refused || m_plans.size() != m_parts.size()) {
        out.error = Error {Error::Code::InvalidInput,
            plan.refused ? plan.refusal : tr("Plan before executing."), {}, {}};
        return out;
    }
    QJsonArray parts;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        ProgressFn partProgress = [&, i](const Progress &pr) {
            Progress p = pr;
            p.stage = tr("Step %1 of %2: %3").arg(i + 1).arg(m_parts.size()).arg(pr.stage);
            if (progress)
                progress(p);
        };
        Outcome o = m_parts[i]->execute(m_plans[i], partProgress, cancel);
        if (i == 0)
            out.done = o.done;
        out.notes << m_plans[i].title + QStringLiteral(": ") + o.notes.join(QStringLiteral("; "));
        parts.append(o.toJson());
        m_outcomes.push_back(o);
        if (o.error) {
            Error e = *o.error;
            e.message = tr("%1 failed: %2").arg(m_plans[i].title, e.message);
            out.error = e;
            break;
        }
    }
    out.complete = !out.error && m_outcomes.size() == m_parts.size();
    out.data = QJsonObject {{QStringLiteral("parts"), parts}};
    return out;
}

Result<Verification> CompositeAction::verify(
    const Plan &, const Outcome &, const CancelToken &cancel)
{
    Verification v;
    v.ok = true;
    v.remaining = 0;
    QStringList summaries;
    QJsonArray parts;
    for (size_t i = 0; i < m_outcomes.size(); ++i) {
        Result<Verification> pv = m_parts[i]->verify(m_plans[i], m_outcomes[i], cancel);
        if (!pv)
            return pv.error();
        v.ok = v.ok && pv->ok;
        v.remaining += qMax<qint64>(0, pv->remaining);
        summaries << pv->summary;
        parts.append(pv->toJson());
    }
    if (m_outcomes.size() < m_parts.size()) {
        v.ok = false;
        summaries << tr("%1 of %2 steps ran.").arg(m_outcomes.size()).arg(m_parts.size());
    }
    v.summary = summaries.join(QStringLiteral(" "));
    v.data = QJsonObject {{QStringLiteral("parts"), parts}};
    return v;
}

} // namespace qm::safety
