#pragma once

#include "backend/backend.h"
#include "common/result.h"
#include "inventory/stock.h"

#include <QCoreApplication>
#include <QFuture>
#include <QUuid>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::inventory {

class StockWrites;

struct StockFilter
{
    QString skuPrefix;
    qint64 productId = 0; // 0: any
    int warehouseId = 0; // 0: any
    bool lowOnly = false;
};

// A keyset position in (sku, warehouse_id) order.
struct StockKey
{
    QString sku;
    int warehouseId = 0;
    bool valid = false;
};

enum class ReservationFilter { Live, Stuck /* held but expired */, AllHeld, All };

// The Stock workspace's reads and writes. Reads name the backend's read schema (`console`, or
// `qm_vendure` beside a Vendure store). Writes carry a request
// id (the caller keeps it for a retry), are conditional deltas in the database (never absolute
// numbers), and come back as errors a person can read when refused (QM422 not enough stock,
// QM409 the count is stale, 42501 the role may not). They go to the StockWrites it was given:
// whoever knows the backends (backends::stockWrites(), core/backends/) passes the backend's
// writer in. Without one it writes through ReferenceStockWrites (console.* functions) on the
// reference store, and refuses every write (Backend::refusal, nothing sent) on any other.
class StockService
{
    Q_DECLARE_TR_FUNCTIONS(qm::inventory::StockService)
public:
    // Holds the cluster: work it started stays safe after the session closes. The raw form does
    // not own it (qmctl, tests: the caller keeps the cluster alive).
    explicit StockService(std::shared_ptr<db::Cluster> cluster, Backend backend = {},
        std::shared_ptr<StockWrites> writes = {});
    explicit StockService(
        db::Cluster *cluster, Backend backend = {}, std::shared_ptr<StockWrites> writes = {});

    const Backend &backend() const { return m_backend; }
    const std::shared_ptr<StockWrites> &writes() const { return m_writes; }

    QFuture<Result<QVector<StockLevel>>> levels(
        const StockFilter &filter, const StockKey &after, int limit = 200);
    QFuture<Result<QVector<Movement>>> ledger(
        qint64 productId, int warehouseId = 0, qint64 beforeId = 0, int limit = 500);
    QFuture<Result<QVector<Reservation>>> reservations(
        ReservationFilter filter, qint64 productId = 0, int limit = 500);
    QFuture<Result<QVector<StockLevel>>> lowStock(int limit = 500);
    QFuture<Result<ReconcileReport>> reconcile();
    QFuture<Result<QVector<MovementReason>>> manualReasons();
    QFuture<Result<QVector<Warehouse>>> warehouses();
    QFuture<Result<QStringList>> capabilities();

    QFuture<Result<StockChange>> adjust(const QUuid &request, qint64 productId, int warehouseId,
        int delta, const QString &reason, const QString &note);
    // Refused (Conflict) when on hand is no longer expectedOnHand: count again.
    QFuture<Result<StockChange>> count(const QUuid &request, qint64 productId, int warehouseId,
        qint64 expectedOnHand, qint64 counted, const QString &note);
    QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note);
    QFuture<Result<int>> releaseExpired(const QUuid &request);
    QFuture<Result<int>> repairDrift(const QUuid &request); // audited compensating movements

    // The ledger of one SKU (all time) as CSV through COPY, flat memory; "-" is stdout.
    QFuture<Result<qint64>> exportLedger(qint64 productId, const QString &path);

private:
    std::shared_ptr<db::Cluster> m_cluster;
    Backend m_backend;
    std::shared_ptr<StockWrites> m_writes;
};

} // namespace qm::inventory
