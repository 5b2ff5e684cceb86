#pragma once

#include "common/result.h"
#include "inventory/stock.h"

#include <QFuture>
#include <QString>
#include <QUuid>

namespace qm::inventory {

// Every change the console makes to a backend's stock. StockService forwards its writes here, so
// its callers do not change with the backend. The reference store's implementation is today's
// console.* functions (conditional deltas, request ids, audited in the same transaction); a
// Vendure one sends Admin API calls. Refusals are Errors a person can act on: Constraint (not
// enough stock), Conflict (the count is stale), PermissionDenied, or the backend's
// Backend::unsupported() sentence for what it cannot do.
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

} // namespace qm::inventory
