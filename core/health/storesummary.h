#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QFuture>
#include <QMetaType>
#include <QString>

namespace qm {

namespace db {
class Cluster;
}

// One row of console.store_summary: the overview's cards.
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

// Reads console.store_summary on a pool worker (a replica when one is fresh enough).
QFuture<Result<StoreSummary>> loadStoreSummary(db::Cluster &cluster);

} // namespace qm

Q_DECLARE_METATYPE(qm::StoreSummary)
