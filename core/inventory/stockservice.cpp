#include "inventory/stockservice.h"

#include "common/csvwriter.h"
#include "db/cluster.h"
#include "db/pgtext.h"
#include "db/sqlparams.h"
#include "inventory/stockwrites.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <memory>
#include <pqxx/pqxx>

namespace qm::inventory {

namespace {

using namespace qm::db::pgtext;
using Params = db::SqlParams;
using db::bindParam;

pqxx::result exec(pqxx::transaction_base &tx, const QString &sql, const Params &params)
{
    return db::execParams(tx, sql.toStdString(), params);
}

StockLevel levelFrom(const pqxx::row &r)
{
    StockLevel s;
    s.productId = i64(r["product_id"]);
    s.sku = str(r["sku"]);
    s.name = str(r["name"]);
    s.warehouseId = int(i64(r["warehouse_id"]));
    s.warehouse = str(r["warehouse"]);
    s.onHand = i64(r["on_hand"]);
    s.reserved = i64(r["reserved"]);
    s.available = i64(r["available"]);
    s.threshold = int(i64(r["low_stock_threshold"]));
    s.updatedAt = timestamp(r["updated_at"]);
    s.low = s.available <= s.threshold;
    return s;
}

constexpr const char *kLevelColumns
    = "product_id, sku, name, warehouse_id, warehouse, on_hand, reserved, available, "
      "low_stock_threshold, updated_at";

// No writer given: the reference store's own, or refusals on a backend this folder cannot write.
std::shared_ptr<StockWrites> writerOrDefault(std::shared_ptr<StockWrites> writes,
    const Backend &backend, const std::shared_ptr<db::Cluster> &cluster)
{
    if (writes)
        return writes;
    if (backend.kind() == BackendKind::Reference)
        return std::make_shared<ReferenceStockWrites>(cluster);
    return std::make_shared<RefusedStockWrites>(backend);
}

} // namespace

StockService::StockService(
    std::shared_ptr<db::Cluster> cluster, Backend backend, std::shared_ptr<StockWrites> writes)
    : m_cluster(std::move(cluster))
    , m_backend(std::move(backend))
    , m_writes(writerOrDefault(std::move(writes), m_backend, m_cluster))
{ }

StockService::StockService(
    db::Cluster *cluster, Backend backend, std::shared_ptr<StockWrites> writes)
    : m_cluster(db::unowned(cluster))
    , m_backend(std::move(backend))
    , m_writes(writerOrDefault(std::move(writes), m_backend, m_cluster))
{ }

QFuture<Result<QVector<StockLevel>>> StockService::levels(
    const StockFilter &filter, const StockKey &after, int limit)
{
    Params params;
    QStringList where;
    if (!filter.skuPrefix.isEmpty()) {
        QString escaped = filter.skuPrefix;
        escaped.replace(u'\\', QLatin1String("\\\\"))
            .replace(u'%', QLatin1String("\\%"))
            .replace(u'_', QLatin1String("\\_"));
        where << QStringLiteral("sku LIKE %1").arg(bindParam(params, escaped + u'%', "text"));
    }
    if (filter.productId > 0)
        where << QStringLiteral("product_id = %1")
                     .arg(bindParam(params, QString::number(filter.productId), "bigint"));
    if (filter.warehouseId > 0)
        where << QStringLiteral("warehouse_id = %1")
                     .arg(bindParam(params, QString::number(filter.warehouseId), "int"));
    if (filter.lowOnly)
        where << QStringLiteral("low_stock");
    if (after.valid)
        where << QStringLiteral("(sku, warehouse_id) > (%1, %2)")
                     .arg(bindParam(params, after.sku, "text"),
                         bindParam(params, QString::number(after.warehouseId), "int"));
    const QString sql
        = QStringLiteral("SELECT %1 FROM %4 WHERE %2 "
                         "ORDER BY sku, warehouse_id LIMIT %3")
              .arg(QLatin1String(kLevelColumns),
                  where.isEmpty() ? QStringLiteral("true") : where.join(QLatin1String(" AND ")))
              .arg(qMax(1, limit))
              .arg(m_backend.object("stock_levels"));
    return m_cluster->read<QVector<StockLevel>>(
        tr("load stock"), [sql, params](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QVector<StockLevel> out;
            for (const pqxx::row &r : exec(tx, sql, params))
                out.push_back(levelFrom(r));
            return out;
        });
}

QFuture<Result<QVector<Movement>>> StockService::ledger(
    qint64 productId, int warehouseId, qint64 beforeId, int limit)
{
    Params params;
    QStringList where {QStringLiteral("product_id = %1")
                           .arg(bindParam(params, QString::number(productId), "bigint"))};
    if (warehouseId > 0)
        where << QStringLiteral("warehouse_id = %1")
                     .arg(bindParam(params, QString::number(warehouseId), "int"));
    if (beforeId > 0)
        where << QStringLiteral("id < %1").arg(
            bindParam(params, QString::number(beforeId), "bigint"));
    const QString sql = QStringLiteral("SELECT id, at, product_id, sku, warehouse_id, warehouse, "
                                       "delta, reason, note, order_id, actor FROM "
                                       "%3 WHERE %1 ORDER BY id DESC LIMIT %2")
                            .arg(where.join(QLatin1String(" AND ")))
                            .arg(qMax(1, limit))
                            .arg(m_backend.object("stock_ledger"));
    return m_cluster->read<QVector<Movement>>(
        tr("load the stock ledger"), [sql, params](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QVector<Movement> out;
            for (const pqxx::row &r : exec(tx, sql, params))
                out.push_back(
                    Movement {i64(r[0]), timestamp(r[1]), i64(r[2]), str(r[3]), int(i64(r[4])),
                        str(r[5]), int(i64(r[6])), str(r[7]), str(r[8]), i64(r[9]), str(r[10])});
            return out;
        });
}

QFuture<Result<QVector<Reservation>>> StockService::reservations(
    ReservationFilter filter, qint64 productId, int limit)
{
    Params params;
    QStringList where;
    switch (filter) {
    case ReservationFilter::Live:
        where << QStringLiteral("live");
        break;
    case ReservationFilter::Stuck:
        where << QStringLiteral("status = 'held' AND expires_at <= now()");
        break;
    case ReservationFilter::AllHeld:
        where << QStringLiteral("status = 'held'");
        break;
    case ReservationFilter::All:
        break;
    }
    if (productId > 0)
        where << QStringLiteral("product_id = %1")
                     .arg(bindParam(params, QString::number(productId), "bigint"));
    const QString sql
        = QStringLiteral("SELECT id, cart_id, product_id, sku, warehouse_id, "
                         "warehouse, qty, status, live, created_at, expires_at, "
                         "order_id FROM %3 WHERE %1 "
                         "ORDER BY id DESC LIMIT %2")
              .arg(where.isEmpty() ? QStringLiteral("true") : where.join(QLatin1String(" AND ")))
              .arg(qMax(1, limit))
              .arg(m_backend.object("reservations"));
    return m_cluster->read<QVector<Reservation>>(
        tr("load reservations"), [sql, params](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QVector<Reservation> out;
            for (const pqxx::row &r : exec(tx, sql, params))
                out.push_back(Reservation {i64(r[0]), str(r[1]), i64(r[2]), str(r[3]),
                    int(i64(r[4])), str(r[5]), int(i64(r[6])), str(r[7]), boolean(r[8]),
                    timestamp(r[9]), timestamp(r[10]), i64(r[11])});
            return out;
        });
}

QFuture<Result<QVector<StockLevel>>> StockService::lowStock(int limit)
{
    const std::string sql = std::string("SELECT ") + kLevelColumns + " FROM "
        + m_backend.sqlObject("low_stock") + " ORDER BY available, sku LIMIT "
        + std::to_string(qMax(1, limit));
    return m_cluster->read<QVector<StockLevel>>(
        tr("load low stock"), [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QVector<StockLevel> out;
            for (const pqxx::row &r : tx.exec(sql))
                out.push_back(levelFrom(r));
            return out;
        });
}

QFuture<Result<ReconcileReport>> StockService::reconcile()
{
    // On the primary: a proof about the data must not read a lagging replica.
    const std::string countSql = "SELECT count(*) FROM " + m_backend.sqlObject("stock_levels");
    const std::string driftSql
        = "SELECT product_id, sku, warehouse_id, warehouse, on_hand, ledger_sum, reserved, "
          "held_qty FROM "
        + m_backend.sqlObject("reconcile_report")
        + " WHERE NOT ok ORDER BY sku, warehouse_id LIMIT 10000";
    return m_cluster->write<ReconcileReport>(
        tr("check stock against the ledger"), [countSql, driftSql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            ReconcileReport out;
            out.rowsChecked = tx.exec1(countSql)[0].as<long long>();
            for (const pqxx::row &r : tx.exec(driftSql))
                out.drifted.push_back(Drift {i64(r[0]), str(r[1]), int(i64(r[2])), str(r[3]),
                    i64(r[4]), i64(r[5]), i64(r[6]), i64(r[7])});
            return out;
        });
}

QFuture<Result<QVector<MovementReason>>> StockService::manualReasons()
{
    const std::string sql = "SELECT code, label, sign FROM "
        + m_backend.sqlObject("movement_reasons") + " WHERE manual ORDER BY label";
    return m_cluster->read<QVector<MovementReason>>(
        tr("load movement reasons"), [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QVector<MovementReason> out;
            for (const pqxx::row &r : tx.exec(sql))
                out.push_back(MovementReason {str(r[0]), str(r[1]), str(r[2]).at(0)});
            return out;
        });
}

QFuture<Result<QVector<Warehouse>>> StockService::warehouses()
{
    const std::string sql
        = "SELECT id, code, name FROM " + m_backend.sqlObject("warehouses") + " ORDER BY code";
    return m_cluster->read<QVector<Warehouse>>(
        tr("load warehouses"), [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QVector<Warehouse> out;
            for (const pqxx::row &r : tx.exec(sql))
                out.push_back(Warehouse {int(i64(r[0])), str(r[1]), str(r[2])});
            return out;
        });
}

QFuture<Result<QStringList>> StockService::capabilities()
{
    const std::string sql = "SELECT " + m_backend.sqlObject("my_capabilities") + "()";
    return m_cluster->read<QStringList>(tr("read my permissions"), [sql](db::Pool::Connection &c) {
        pqxx::read_transaction tx(c);
        return textArray(tx.exec1(sql)[0]);
    });
}

QFuture<Result<StockChange>> StockService::adjust(const QUuid &request, qint64 productId,
    int warehouseId, int delta, const QString &reason, const QString &note)
{
    return m_writes->adjust(request, productId, warehouseId, delta, reason, note);
}

QFuture<Result<StockChange>> StockService::count(const QUuid &request, qint64 productId,
    int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note)
{
    return m_writes->count(request, productId, warehouseId, expectedOnHand, counted, note);
}

QFuture<Result<Done>> StockService::releaseReservation(
    const QUuid &request, qint64 reservationId, const QString &note)
{
    return m_writes->releaseReservation(request, reservationId, note);
}

QFuture<Result<int>> StockService::releaseExpired(const QUuid &request)
{
    return m_writes->releaseExpired(request);
}

QFuture<Result<int>> StockService::repairDrift(const QUuid &request)
{
    return m_writes->repairDrift(request);
}

QFuture<Result<qint64>> StockService::exportLedger(qint64 productId, const QString &path)
{
    const std::string select = "(SELECT id, at, sku, warehouse, delta, reason, note, order_id, "
                               "actor FROM "
        + m_backend.sqlObject("stock_ledger")
        + " WHERE product_id = current_setting('qm.p1')::bigint ORDER BY id)";
    return m_cluster->read<qint64>(
        tr("export the stock ledger"), [productId, path, select](db::Pool::Connection &c) {
            std::unique_ptr<QIODevice> out;
            QSaveFile *save = nullptr;
            if (path == QLatin1String("-")) {
                auto f = std::make_unique<QFile>();
                f->open(stdout, QIODevice::WriteOnly);
                out = std::move(f);
            } else {
                auto f = std::make_unique<QSaveFile>(path);
                if (!f->open(QIODevice::WriteOnly))
                    throw Error {Error::Code::Io,
                        tr("Cannot write %1: %2").arg(path, f->errorString()), {}, {}};
                save = f.get();
                out = std::move(f);
            }
            pqxx::read_transaction tx(c);
            tx.exec_params("SELECT set_config('qm.p1', $1, true)", std::to_string(productId));
            pqxx::stream_from stream(tx, select);
            constexpr int n = 9;
            constexpr bool text[n] = {false, false, true, true, false, false, true, false, true};
            std::string buffer = "id,at,sku,warehouse,delta,reason,note,order_id,actor\r\n";
            std::string line;
            std::string fields[n];
            bool nulls[n];
            qint64 rows = 0;
            while (stream.get_raw_line(line)) {
                if (!csv::splitCopyText(line, fields, nulls, n))
                    throw Error {Error::Code::Protocol,
                        tr("The server sent a ledger row the export cannot read."), {}, {}};
                for (int i = 0; i < n; ++i) {
                    if (i)
                        buffer += ',';
                    if (!nulls[i])
                        csv::appendCell(buffer, fields[i], text[i]);
                }
                buffer += "\r\n";
                ++rows;
                if (buffer.size() > (1 << 20)) {
                    out->write(buffer.data(), qint64(buffer.size()));
                    buffer.clear();
                }
            }
            stream.complete();
            out->write(buffer.data(), qint64(buffer.size()));
            if (save && !save->commit())
                throw Error {Error::Code::Io,
                    tr("Saving %1 failed: %2").arg(path, save->errorString()), {}, {}};
            return rows;
        });
}

} // namespace qm::inventory
