#include "storesummary.h"

#include "db/cluster.h"

#include <pqxx/pqxx>

namespace qm {

namespace {

QDateTime fromEpoch(const pqxx::field &f)
{
    if (f.is_null())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(f.as<double>() * 1000.0));
}

} // namespace

QFuture<Result<StoreSummary>> loadStoreSummary(db::Cluster &cluster, const Backend &backend)
{
    // The object name comes from the backend's enum, never from text a person typed.
    const std::string sql
        = "SELECT products, products_estimated, active_products, orders_today, "
          "revenue_today::float8, open_reservations, low_stock, "
          "extract(epoch FROM last_order_at)::float8, maintenance, "
          "coalesce(maintenance_message, ''), extract(epoch FROM at)::float8 FROM "
        + backend.sqlObject("store_summary");
    return cluster.read<StoreSummary>(
        QStringLiteral("load the store summary"), [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r = tx.exec(sql);
            StoreSummary s;
            if (r.empty())
                return s;
            const pqxx::row row = r[0];
            s.products = row[0].as<qint64>(0);
            s.productsEstimated = row[1].as<bool>(false);
            s.activeProducts = row[2].as<qint64>(0);
            s.ordersToday = row[3].as<qint64>(0);
            s.revenueToday = row[4].as<double>(0);
            s.openReservations = row[5].as<qint64>(0);
            s.lowStock = row[6].as<qint64>(0);
            s.lastOrderAt = fromEpoch(row[7]);
            s.maintenance = row[8].as<bool>(false);
            s.maintenanceMessage = QString::fromStdString(row[9].as<std::string>());
            s.at = fromEpoch(row[10]);
            return s;
        });
}

} // namespace qm
