#pragma once

#include "backend/catalogwrites.h"
#include "backend/orderactions.h"
#include "backend/stockwrites.h"
#include "catalog/csvimport.h"
#include "catalog/editapplier.h"

#include <memory>

namespace qm::db {
class Cluster;
}

// The reference store's writes: the console.* SECURITY DEFINER functions of server/migrations,
// exactly as the services called them before the backend seam (request ids, expected versions,
// audit rows written in the same transaction).
namespace qm::backend {

class ReferenceCatalogWrites : public catalog::CatalogWrites
{
public:
    explicit ReferenceCatalogWrites(std::shared_ptr<db::Cluster> cluster);

    QFuture<Result<catalog::ApplyOutcome>> applyEdits(
        const QVector<catalog::PendingEdit> &edits) override;
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests) override;
    std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const catalog::BulkChange &change, const catalog::BulkTarget &target) override;
    std::shared_ptr<safety::AuditSink> auditSink() override;
    QFuture<Result<catalog::ImportReport>> importCsv(const QString &path,
        catalog::ImportOptions options, std::shared_ptr<catalog::ImportProgress> progress,
        db::Pool::JobId *job) override;
    void cancelImport(db::Pool::JobId job) override;

private:
    std::shared_ptr<db::Cluster> m_cluster;
    catalog::EditApplier m_applier;
    catalog::CsvImporter m_importer;
};

class ReferenceStockWrites : public inventory::StockWrites
{
public:
    explicit ReferenceStockWrites(std::shared_ptr<db::Cluster> cluster);

    QFuture<Result<inventory::StockChange>> adjust(const QUuid &request, qint64 productId,
        int warehouseId, int delta, const QString &reason, const QString &note) override;
    QFuture<Result<inventory::StockChange>> count(const QUuid &request, qint64 productId,
        int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note) override;
    QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note) override;
    QFuture<Result<int>> releaseExpired(const QUuid &request) override;
    QFuture<Result<int>> repairDrift(const QUuid &request) override;

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

class ReferenceOrderActions : public orders::OrderActions
{
public:
    explicit ReferenceOrderActions(std::shared_ptr<db::Cluster> cluster);

    QFuture<Result<orders::OrderRow>> perform(const orders::OrderAction &action) override;

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

} // namespace qm::backend
