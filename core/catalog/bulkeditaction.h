#pragma once

#include "catalog/bulkedit.h"
#include "safety/audit.h"
#include "safety/destructiveaction.h"

namespace qm::catalog {

// A bulk edit as a destructive action of the shared safety flow (plan -> confirm -> execute ->
// verify -> audit): the plan is BulkEditor::preview (how many, a sample of before -> after, the
// total price change), execute is BulkEditor::apply with progress and Stop (which rolls the whole
// transaction back), verify re-reads what changed. The console functions audit every chunk in
// the same transaction as the change; ServerAuditedSink says so instead of writing twice.
class BulkEditAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::catalog::BulkEditAction)
public:
    // The action holds the cluster: the flow may run on after the profile was closed.
    BulkEditAction(std::shared_ptr<db::Cluster> cluster, BulkChange change, BulkTarget target,
        QUuid requestId = QUuid::createUuid());
    BulkEditAction(db::Cluster *cluster, BulkChange change, BulkTarget target,
        QUuid requestId = QUuid::createUuid()); // not owned: the caller keeps it

    QString kind() const override { return QStringLiteral("catalog.bulk_edit"); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

    const QUuid &requestId() const { return m_requestId; }
    const std::optional<BulkPreview> &preview() const { return m_preview; }
    const std::optional<BulkResult> &result() const { return m_result; }

private:
    BulkEditor m_editor;
    BulkChange m_change;
    BulkTarget m_target;
    QUuid m_requestId;
    std::optional<BulkPreview> m_preview;
    std::optional<BulkResult> m_result;
};

// For actions whose console function writes the audit row itself, in the same transaction.
class ServerAuditedSink : public safety::AuditSink
{
public:
    Status record(const safety::AuditEntry &) override { return Done {}; }
};

} // namespace qm::catalog
