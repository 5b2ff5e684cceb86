#include "catalog/bulkeditaction.h"

#include "db/blocking.h"
#include "db/cluster.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

namespace qm::catalog {

BulkEditAction::BulkEditAction(
    std::shared_ptr<db::Cluster> cluster, BulkChange change, BulkTarget target, QUuid requestId)
    : m_editor(std::move(cluster))
    , m_change(std::move(change))
    , m_target(std::move(target))
    , m_requestId(requestId)
{ }

BulkEditAction::BulkEditAction(
    db::Cluster *cluster, BulkChange change, BulkTarget target, QUuid requestId)
    : m_editor(cluster)
    , m_change(std::move(change))
    , m_target(std::move(target))
    , m_requestId(requestId)
{ }

QString BulkEditAction::describe() const
{
    return m_target.query
        ? tr("Bulk edit (%1) of every product the filter matches").arg(m_change.describe())
        : tr("Bulk edit (%1) of %n selected product(s)", nullptr, int(m_target.ids.size()))
              .arg(m_change.describe());
}

Result<safety::Plan> BulkEditAction::plan(const safety::CancelToken &)
{
    const auto preview = db::waitBlocking(m_editor.preview(m_change, m_target), "plan a bulk edit");
    if (!preview)
        return preview.error();
    m_preview = preview.value();
    const BulkPreview &p = *m_preview;
    safety::Plan plan;
    plan.action = kind();
    plan.title = tr("Change %1 of %n product(s)", nullptr, int(p.count)).arg(m_change.describe());
    plan.target = tr("%n products", nullptr, int(p.count));
    plan.count = p.count;
    plan.unit = tr("products");
    for (const BulkSample &s : p.sample)
        plan.sample << tr("%1  %2: %3 -> %4").arg(s.sku, s.name.left(40), s.before, s.after);
    plan.details << tr("%1 of %2 products would change.").arg(p.changing).arg(p.count);
    if (m_change.isPrice())
        plan.details << tr("Total of the prices: %1 -> %2").arg(p.totalBefore, p.totalAfter);
    plan.details << tr("One transaction: Stop rolls everything back. Audited per chunk by the "
                       "database (request %1).")
                        .arg(m_requestId.toString(QUuid::WithoutBraces));
    if (p.belowZero > 0) {
        plan.refused = true;
        plan.refusal = tr(
            "%n price(s) would go below 0: choose a smaller decrease.", nullptr, int(p.belowZero));
    } else if (p.count == 0) {
        plan.refused = true;
        plan.refusal = tr("No product matches: nothing to change.");
    }
    plan.impact = safety::impactForCount(p.count);
    plan.data = QJsonObject {{QStringLiteral("change"), m_change.describe()},
        {QStringLiteral("request_id"), m_requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("count"), p.count}, {QStringLiteral("total_before"), p.totalBefore},
        {QStringLiteral("total_after"), p.totalAfter}};
    return plan;
}

safety::Outcome BulkEditAction::execute(
    const safety::Plan &plan, const safety::ProgressFn &progress, const safety::CancelToken &cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto state = std::make_shared<BulkProgress>();
    state->total = plan.count;
    db::Pool::JobId job = 0;
    auto future = m_editor.apply(m_change, m_target, m_requestId, state, 2000, &job);
    bool cancelSent = false;
    while (!future.isFinished()) {
        if (cancel.isCancelled() && !cancelSent) {
            state->cancel = true;
            m_editor.cancel(job); // interrupts the running chunk on the server
            cancelSent = true;
        }
        if (progress)
            progress(safety::Progress {
                state->done.load(), plan.count, tr("Changing products (one transaction)"), -1, 0});
        QThread::msleep(50);
    }
    const Result<BulkResult> r = future.result();
    safety::Outcome out;
    out.elapsedMs = timer.elapsed();
    if (!r) {
        out.error = r.error();
        out.done = 0; // one transaction: nothing was changed
        out.notes << tr("Nothing was changed: the transaction was rolled back.");
        return out;
    }
    m_result = r.value();
    out.complete = true;
    out.done = r->changed;
    if (r->alreadyApplied)
        out.notes << tr("This request had already been applied: nothing was done twice.");
    if (m_change.isPrice())
        out.notes << tr("Total of the prices: %1 -> %2").arg(r->totalBefore, r->totalAfter);
    out.data = QJsonObject {{QStringLiteral("changed"), r->changed},
        {QStringLiteral("products"), r->products},
        {QStringLiteral("already_applied"), r->alreadyApplied}};
    return out;
}

Result<safety::Verification> BulkEditAction::verify(
    const safety::Plan &, const safety::Outcome &outcome, const safety::CancelToken &)
{
    safety::Verification v;
    if (!outcome.complete) {
        v.ok = true;
        v.summary = tr("Rolled back: no product was changed.");
        return v;
    }
    // The first chunk's stored result proves the transaction committed.
    const QUuid first = BulkEditor::chunkRequestId(m_requestId, 0);
    const auto committed = db::waitBlocking(m_editor.committed(m_requestId), "verify a bulk edit");
    if (!committed)
        return committed.error();
    v.ok = committed.value();
    if (!v.ok) {
        v.summary = tr("The database has no record of request %1: the change did not commit.")
                        .arg(first.toString(QUuid::WithoutBraces));
        return v;
    }
    v.summary = tr("%n product(s) changed in one committed transaction (request %1).", nullptr,
        int(outcome.done))
                    .arg(first.toString(QUuid::WithoutBraces));
    v.remaining = 0;
    return v;
}

} // namespace qm::catalog
