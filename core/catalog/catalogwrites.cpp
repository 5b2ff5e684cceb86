#include "catalog/catalogwrites.h"

#include "catalog/bulkeditaction.h"
#include "db/cluster.h"
#include "safety/destructiveaction.h"

namespace qm::catalog {

// Reference: the classes the Catalog workspace used directly before the seam.

ReferenceCatalogWrites::ReferenceCatalogWrites(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
    , m_applier(m_cluster)
    , m_importer(m_cluster.get())
{ }

QFuture<Result<ApplyOutcome>> ReferenceCatalogWrites::applyEdits(const QVector<PendingEdit> &edits)
{
    return m_applier.apply(edits);
}

QFuture<Result<QVector<QUuid>>> ReferenceCatalogWrites::committedRequests(
    const QVector<QUuid> &requests)
{
    return m_applier.committedRequests(requests);
}

std::shared_ptr<safety::DestructiveAction> ReferenceCatalogWrites::bulkEdit(
    const BulkChange &change, const BulkTarget &target)
{
    return std::make_shared<BulkEditAction>(m_cluster, change, target);
}

std::shared_ptr<safety::AuditSink> ReferenceCatalogWrites::auditSink()
{
    return std::make_shared<ServerAuditedSink>();
}

QFuture<Result<ImportReport>> ReferenceCatalogWrites::importCsv(const QString &path,
    ImportOptions options, std::shared_ptr<ImportProgress> progress, db::Pool::JobId *job)
{
    return m_importer.run(path, std::move(options), std::move(progress), job);
}

void ReferenceCatalogWrites::cancelImport(db::Pool::JobId job)
{
    m_importer.cancel(job);
}

// Refused.

namespace {

class RefusedBulkEdit : public safety::DestructiveAction
{
public:
    explicit RefusedBulkEdit(Backend backend)
        : m_backend(std::move(backend))
    { }
    QString kind() const override { return QStringLiteral("catalog.bulk_edit"); }
    QString describe() const override { return m_backend.unsupported(BackendAction::BulkEdit); }
    Result<safety::Plan> plan(const safety::CancelToken &) override
    {
        safety::Plan p;
        p.action = kind();
        p.title = describe();
        p.refused = true;
        p.refusal = m_backend.refusal(BackendAction::BulkEdit).message;
        return p;
    }
    safety::Outcome execute(
        const safety::Plan &, const safety::ProgressFn &, const safety::CancelToken &) override
    {
        safety::Outcome out;
        out.error = m_backend.refusal(BackendAction::BulkEdit);
        return out;
    }
    Result<safety::Verification> verify(
        const safety::Plan &, const safety::Outcome &, const safety::CancelToken &) override
    {
        safety::Verification v;
        v.ok = true;
        v.summary = m_backend.refusal(BackendAction::BulkEdit).message;
        return v;
    }

private:
    Backend m_backend;
};

} // namespace

RefusedCatalogWrites::RefusedCatalogWrites(Backend backend)
    : m_backend(std::move(backend))
{ }

QFuture<Result<ApplyOutcome>> RefusedCatalogWrites::applyEdits(const QVector<PendingEdit> &)
{
    return QtFuture::makeReadyFuture(
        Result<ApplyOutcome>(m_backend.refusal(BackendAction::ProductEdit)));
}

QFuture<Result<QVector<QUuid>>> RefusedCatalogWrites::committedRequests(const QVector<QUuid> &)
{
    return QtFuture::makeReadyFuture(Result<QVector<QUuid>>(QVector<QUuid> {}));
}

std::shared_ptr<safety::DestructiveAction> RefusedCatalogWrites::bulkEdit(
    const BulkChange &, const BulkTarget &)
{
    return std::make_shared<RefusedBulkEdit>(m_backend);
}

std::shared_ptr<safety::AuditSink> RefusedCatalogWrites::auditSink()
{
    return std::make_shared<ServerAuditedSink>(); // nothing runs: nothing to record
}

QFuture<Result<ImportReport>> RefusedCatalogWrites::importCsv(
    const QString &, ImportOptions, std::shared_ptr<ImportProgress>, db::Pool::JobId *)
{
    return QtFuture::makeReadyFuture(
        Result<ImportReport>(m_backend.refusal(BackendAction::CatalogImport)));
}

void RefusedCatalogWrites::cancelImport(db::Pool::JobId) { }

} // namespace qm::catalog
