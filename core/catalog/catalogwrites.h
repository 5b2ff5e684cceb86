#pragma once

#include "backend/backend.h"
#include "catalog/bulkedit.h"
#include "catalog/csvimport.h"
#include "catalog/editapplier.h"
#include "catalog/pendingedit.h"
#include "common/result.h"
#include "db/pool.h"

#include <QFuture>
#include <QUuid>
#include <QVector>
#include <memory>

namespace qm::db {
class Cluster;
}
namespace qm::safety {
class AuditSink;
class DestructiveAction;
} // namespace qm::safety

namespace qm::catalog {

// Every change the console makes to a backend's catalog (the Catalog workspace, its import and
// bulk-edit dialogs). The reference store's implementation is today's code (EditApplier,
// BulkEditAction, CsvImporter over console.* functions); a Vendure one sends Admin API calls.
// The interface and the reference implementation live here with the catalog; a backend's own
// (core/vendure/...) lives above and is chosen by backends::catalogWrites() (core/backends/),
// which the UI calls. The UI asks Backend::unsupported() before offering an action, and an
// implementation refuses what its backend cannot do with that sentence (nothing written).
class CatalogWrites
{
public:
    virtual ~CatalogWrites() = default;

    // One batch of product edits (fields, price included), all or nothing. Each edit carries the
    // version it was based on (PendingEdit::baseVersion; Vendure: its updatedAt) and its request
    // id: a stale base is reported as a conflict with their values (nothing written); a batch
    // sent again after a lost answer is applied once.
    virtual QFuture<Result<ApplyOutcome>> applyEdits(const QVector<PendingEdit> &edits) = 0;
    // Which of these requests already committed (after a crash: the journal's edits that did).
    virtual QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests) = 0;

    // A bulk edit as a destructive action of the safety flow (plan, confirm, execute, verify),
    // and the audit sink the flow records it with.
    virtual std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const BulkChange &change, const BulkTarget &target)
        = 0;
    virtual std::shared_ptr<safety::AuditSink> auditSink() = 0;

    // CSV import (ImportOptions::dryRun: check only), all or nothing; progress may be polled and
    // cancelled (ImportProgress::cancel, or cancelImport(job)).
    virtual QFuture<Result<ImportReport>> importCsv(const QString &path, ImportOptions options,
        std::shared_ptr<ImportProgress> progress = {}, db::Pool::JobId *job = nullptr)
        = 0;
    virtual void cancelImport(db::Pool::JobId job) = 0;
};

// The reference store's catalog writes: EditApplier, BulkEditAction and CsvImporter over the
// console.* functions, exactly as the Catalog workspace called them before the seam.
class ReferenceCatalogWrites : public CatalogWrites
{
public:
    explicit ReferenceCatalogWrites(std::shared_ptr<db::Cluster> cluster);

    QFuture<Result<ApplyOutcome>> applyEdits(const QVector<PendingEdit> &edits) override;
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests) override;
    std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const BulkChange &change, const BulkTarget &target) override;
    std::shared_ptr<safety::AuditSink> auditSink() override;
    QFuture<Result<ImportReport>> importCsv(const QString &path, ImportOptions options,
        std::shared_ptr<ImportProgress> progress, db::Pool::JobId *job) override;
    void cancelImport(db::Pool::JobId job) override;

private:
    std::shared_ptr<db::Cluster> m_cluster;
    EditApplier m_applier;
    CsvImporter m_importer;
};

// A backend without catalog writes: every call is refused at once with Backend::refusal(), nothing
// sent anywhere (a bulk edit plans as refused).
class RefusedCatalogWrites : public CatalogWrites
{
public:
    explicit RefusedCatalogWrites(Backend backend);

    QFuture<Result<ApplyOutcome>> applyEdits(const QVector<PendingEdit> &edits) override;
    // Nothing was ever applied through this backend by this console.
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests) override;
    std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const BulkChange &change, const BulkTarget &target) override;
    std::shared_ptr<safety::AuditSink> auditSink() override;
    QFuture<Result<ImportReport>> importCsv(const QString &path, ImportOptions options,
        std::shared_ptr<ImportProgress> progress, db::Pool::JobId *job) override;
    void cancelImport(db::Pool::JobId job) override;

private:
    Backend m_backend;
};

} // namespace qm::catalog
