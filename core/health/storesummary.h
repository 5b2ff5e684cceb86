#pragma once

#include "backend/backend.h"
#include "common/result.h"

#include <QDateTime>
#include <QFuture>
#include <QMetaType>
#include <QString>

namespace qm {

namespace db {
class Cluster;
}

// One row of the backend's store_summary (console.* or qm_vendure.*): the overview's cards.
struct StoreSummary
{
    qint64 products = 0;
    bool productsEstimated = false; // large catalogs: pg_class.reltuples, not count(*)
    qint64 activeProducts = 0;
    qint64 ordersToday = 0;
    double revenueToday = 0;
    qint64 openReservations = 0;
    qint64 lowStock = 0;
    QDateTime lastOrderAt; // invalid when there is no order yet
    bool maintenance = false;
    QString maintenanceMessage;
    QDateTime at; // the server's now()
};

// Reads the backend's store_summary (console.store_summary on the reference store,
// qm_vendure.store_summary on Vendure) on a pool worker (a replica when one is fresh enough).
QFuture<Result<StoreSummary>> loadStoreSummary(db::Cluster &cluster, const Backend &backend);

} // namespace qm

Q_DECLARE_METATYPE(qm::StoreSummary)
