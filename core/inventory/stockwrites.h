#pragma once

#include "backend/backend.h"
#include "common/result.h"
#include "inventory/stock.h"

#include <QFuture>
#include <QString>
#include <QUuid>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::inventory {

// Every change the console makes to a backend's stock. StockService forwards its writes here, so
// its callers do not change with the backend. The reference store's implementation is today's
// console.* functions (conditional deltas, request ids, audited in the same transaction) and
// lives here; a Vendure one (core/vendure/vendurewrites.h) sends Admin API calls and is given to
// StockService from above (backends::stockWrites(), core/backends/). Refusals are Errors a
// person can act on: Constraint (not enough stock), Conflict (the count is stale),
// PermissionDenied, or the backend's Backend::unsupported() sentence for what it cannot do.
class StockWrites
{
public:
    virtual ~StockWrites() = default;

    virtual QFuture<Result<StockChange>> adjust(const QUuid &request, qint64 productId,
        int warehouseId, int delta, const QString &reason, const QString &note)
        = 0;
    // Refused (Conflict) when on hand is no longer expectedOnHand.
    virtual QFuture<Result<StockChange>> count(const QUuid &request, qint64 productId,
        int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note)
        = 0;
    virtual QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note)
        = 0;
    virtual QFuture<Result<int>> releaseExpired(const QUuid &request) = 0;
    virtual QFuture<Result<int>> repairDrift(const QUuid &request) = 0;
};

// The reference store's: the console.* SECURITY DEFINER functions of server/migrations, as
// StockService called them before the seam.
class ReferenceStockWrites : public StockWrites
{
public:
    explicit ReferenceStockWrites(std::shared_ptr<db::Cluster> cluster);

    QFuture<Result<StockChange>> adjust(const QUuid &request, qint64 productId, int warehouseId,
        int delta, const QString &reason, const QString &note) override;
    QFuture<Result<StockChange>> count(const QUuid &request, qint64 productId, int warehouseId,
        qint64 expectedOnHand, qint64 counted, const QString &note) override;
    QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note) override;
    QFuture<Result<int>> releaseExpired(const QUuid &request) override;
    QFuture<Result<int>> repairDrift(const QUuid &request) override;

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

// A backend without (some) stock writes: each call is refused at once with Backend::refusal()
// for its action, nothing sent anywhere.
class RefusedStockWrites : public StockWrites
{
public:
    explicit RefusedStockWrites(Backend backend);

    QFuture<Result<StockChange>> adjust(const QUuid &request, qint64 productId, int warehouseId,
        int delta, const QString &reason, const QString &note) override;
    QFuture<Result<StockChange>> count(const QUuid &request, qint64 productId, int warehouseId,
        qint64 expectedOnHand, qint64 counted, const QString &note) override;
    QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note) override;
    QFuture<Result<int>> releaseExpired(const QUuid &request) override;
    QFuture<Result<int>> repairDrift(const QUuid &request) override;

private:
    Backend m_backend;
};

} // namespace qm::inventory
