#include "inventory/stockwrites.h"

#include "db/cluster.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <pqxx/pqxx>

namespace qm::inventory {

namespace {

// The strings keep the translation context they had in StockService.
QString stockTr(const char *text)
{
    return QCoreApplication::translate("qm::inventory::StockService", text);
}

StockChange changeFrom(const pqxx::field &f)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(f.c_str(), int(f.size()))).object();
    StockChange c;
    c.onHand = o.value(QLatin1String("on_hand")).toInteger();
    c.reserved = o.value(QLatin1String("reserved")).toInteger();
    c.available = o.value(QLatin1String("available")).toInteger();
    c.delta = o.value(QLatin1String("delta")).toInt();
    c.movementId = o.value(QLatin1String("movement_id")).toInteger();
    return c;
}

std::string uuid(const QUuid &id)
{
    return (id.isNull() ? QUuid::createUuid() : id).toString(QUuid::WithoutBraces).toStdString();
}

template <typename T> QFuture<Result<T>> refused(const Backend &backend, BackendAction action)
{
    return QtFuture::makeReadyFuture(Result<T>(backend.refusal(action)));
}

} // namespace

// Reference: StockService's writes before the seam, unchanged.

ReferenceStockWrites::ReferenceStockWrites(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
{ }

QFuture<Result<StockChange>> ReferenceStockWrites::adjust(const QUuid &request, qint64 productId,
    int warehouseId, int delta, const QString &reason, const QString &note)
{
    const std::string req = uuid(request);
    return m_cluster->write<StockChange>(
        stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "adjust stock")),
        [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const pqxx::result r
                = tx.exec_params("SELECT console.adjust_stock($1::uuid, $2, $3, $4, $5, $6)::text",
                    req, productId, warehouseId, delta, reason.toStdString(), note.toStdString());
            const StockChange change = changeFrom(r[0][0]);
            tx.commit();
            return change;
        });
}

QFuture<Result<StockChange>> ReferenceStockWrites::count(const QUuid &request, qint64 productId,
    int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note)
{
    const std::string req = uuid(request);
    return m_cluster->write<StockChange>(
        stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "record a stock count")),
        [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const pqxx::result r = tx.exec_params(
                "SELECT console.stock_count($1::uuid, $2, $3, $4, $5, $6)::text", req, productId,
                warehouseId, int(expectedOnHand), int(counted), note.toStdString());
            const StockChange change = changeFrom(r[0][0]);
            tx.commit();
            return change;
        });
}

QFuture<Result<Done>> ReferenceStockWrites::releaseReservation(
    const QUuid &request, qint64 reservationId, const QString &note)
{
    const std::string req = uuid(request);
    return m_cluster->write<Done>(
        stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "release a reservation")),
        [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            tx.exec_params("SELECT console.release_reservation($1::uuid, $2, $3)", req,
                reservationId, note.toStdString());
            tx.commit();
            return Done {};
        });
}

QFuture<Result<int>> ReferenceStockWrites::releaseExpired(const QUuid &request)
{
    const std::string req = uuid(request);
    return m_cluster->write<int>(
        stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "release expired reservations")),
        [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const int n
                = tx.exec_params1("SELECT console.release_expired_reservations($1::uuid)", req)[0]
                      .as<int>();
            tx.commit();
            return n;
        });
}

QFuture<Result<int>> ReferenceStockWrites::repairDrift(const QUuid &request)
{
    const std::string req = uuid(request);
    return m_cluster->write<int>(
        stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "repair stock drift")),
        [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const int n
                = tx.exec_params1("SELECT console.reconcile_repair($1::uuid)", req)[0].as<int>();
            tx.commit();
            return n;
        });
}

// Refused.

RefusedStockWrites::RefusedStockWrites(Backend backend)
    : m_backend(std::move(backend))
{ }

QFuture<Result<StockChange>> RefusedStockWrites::adjust(
    const QUuid &, qint64, int, int, const QString &, const QString &)
{
    return refused<StockChange>(m_backend, BackendAction::StockAdjust);
}

QFuture<Result<StockChange>> RefusedStockWrites::count(
    const QUuid &, qint64, int, qint64, qint64, const QString &)
{
    return refused<StockChange>(m_backend, BackendAction::StockCount);
}

QFuture<Result<Done>> RefusedStockWrites::releaseReservation(const QUuid &, qint64, const QString &)
{
    return refused<Done>(m_backend, BackendAction::ReleaseReservation);
}

QFuture<Result<int>> RefusedStockWrites::releaseExpired(const QUuid &)
{
    return refused<int>(m_backend, BackendAction::ReleaseReservation);
}

QFuture<Result<int>> RefusedStockWrites::repairDrift(const QUuid &)
{
    return refused<int>(m_backend, BackendAction::ReconcileRepair);
}

} // namespace qm::inventory
