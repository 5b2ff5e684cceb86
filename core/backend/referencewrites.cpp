#include "backend/referencewrites.h"

#include "catalog/bulkeditaction.h"
#include "db/cluster.h"
#include "orders/ordersservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <pqxx/pqxx>

namespace qm::backend {

namespace {

// The strings keep the translation context they had in StockService.
QString stockTr(const char *text)
{
    return QCoreApplication::translate("qm::inventory::StockService", text);
}

inventory::StockChange changeFrom(const pqxx::field &f)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(f.c_str(), int(f.size()))).object();
    inventory::StockChange c;
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

} // namespace

// Catalog: the classes the Catalog workspace used directly before the seam.

ReferenceCatalogWrites::ReferenceCatalogWrites(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
    , m_applier(m_cluster)
    , m_importer(m_cluster.get())
{ }

QFuture<Result<catalog::ApplyOutcome>> ReferenceCatalogWrites::applyEdits(
    const QVector<catalog::PendingEdit> &edits)
{
    return m_applier.apply(edits);
}

QFuture<Result<QVector<QUuid>>> ReferenceCatalogWrites::committedRequests(
    const QVector<QUuid> &requests)
{
    return m_applier.committedRequests(requests);
}

std::shared_ptr<safety::DestructiveAction> ReferenceCatalogWrites::bulkEdit(
    const catalog::BulkChange &change, const catalog::BulkTarget &target)
{
    return std::make_shared<catalog::BulkEditAction>(m_cluster, change, target);
}

std::shared_ptr<safety::AuditSink> ReferenceCatalogWrites::auditSink()
{
    return std::make_shared<catalog::ServerAuditedSink>();
}

QFuture<Result<catalog::ImportReport>> ReferenceCatalogWrites::importCsv(const QString &path,
    catalog::ImportOptions options, std::shared_ptr<catalog::ImportProgress> progress,
    db::Pool::JobId *job)
{
    return m_importer.run(path, std::move(options), std::move(progress), job);
}

void ReferenceCatalogWrites::cancelImport(db::Pool::JobId job)
{
    m_importer.cancel(job);
}

// Stock: StockService's writes, moved here unchanged.

ReferenceStockWrites::ReferenceStockWrites(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
{ }

QFuture<Result<inventory::StockChange>> ReferenceStockWrites::adjust(const QUuid &request,
    qint64 productId, int warehouseId, int delta, const QString &reason, const QString &note)
{
    const std::string req = uuid(request);
    return m_cluster->write<inventory::StockChange>(
        stockTr("adjust stock"), [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const pqxx::result r
                = tx.exec_params("SELECT console.adjust_stock($1::uuid, $2, $3, $4, $5, $6)::text",
                    req, productId, warehouseId, delta, reason.toStdString(), note.toStdString());
            const inventory::StockChange change = changeFrom(r[0][0]);
            tx.commit();
            return change;
        });
}

QFuture<Result<inventory::StockChange>> ReferenceStockWrites::count(const QUuid &request,
    qint64 productId, int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note)
{
    const std::string req = uuid(request);
    return m_cluster->write<inventory::StockChange>(
        stockTr("record a stock count"), [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const pqxx::result r = tx.exec_params(
                "SELECT console.stock_count($1::uuid, $2, $3, $4, $5, $6)::text", req, productId,
                warehouseId, int(expectedOnHand), int(counted), note.toStdString());
            const inventory::StockChange change = changeFrom(r[0][0]);
            tx.commit();
            return change;
        });
}

QFuture<Result<Done>> ReferenceStockWrites::releaseReservation(
    const QUuid &request, qint64 reservationId, const QString &note)
{
    const std::string req = uuid(request);
    return m_cluster->write<Done>(stockTr("release a reservation"), [=](db::Pool::Connection &c) {
        pqxx::work tx(c);
        tx.exec_params("SELECT console.release_reservation($1::uuid, $2, $3)", req, reservationId,
            note.toStdString());
        tx.commit();
        return Done {};
    });
}

QFuture<Result<int>> ReferenceStockWrites::releaseExpired(const QUuid &request)
{
    const std::string req = uuid(request);
    return m_cluster->write<int>(
        stockTr("release expired reservations"), [=](db::Pool::Connection &c) {
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
    return m_cluster->write<int>(stockTr("repair stock drift"), [=](db::Pool::Connection &c) {
        pqxx::work tx(c);
        const int n
            = tx.exec_params1("SELECT console.reconcile_repair($1::uuid)", req)[0].as<int>();
        tx.commit();
        return n;
    });
}

// Orders: OrdersService::perform, moved here unchanged.

ReferenceOrderActions::ReferenceOrderActions(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
{ }

QFuture<Result<orders::OrderRow>> ReferenceOrderActions::perform(const orders::OrderAction &action)
{
    using orders::OrderAction;
    const std::string rid = action.requestId.toString(QUuid::WithoutBraces).toStdString();
    const std::string textArg = action.text.toStdString();
    const qint64 id = action.orderId;
    const OrderAction::Kind kind = action.kind;
    const bool restock = action.restock;
    return m_cluster->write<orders::OrderRow>(
        QCoreApplication::translate("qm::orders", "update order %1").arg(id),
        [=](db::Pool::Connection &c) {
            {
                pqxx::work tx(c);
                switch (kind) {
                case OrderAction::Kind::Cancel:
                    tx.exec_params(
                        "SELECT console.cancel_order($1::uuid, $2, $3)", rid, id, textArg);
                    break;
                case OrderAction::Kind::Refund:
                    tx.exec_params("SELECT console.refund_order($1::uuid, $2, $3, $4)", rid, id,
                        textArg, restock);
                    break;
                case OrderAction::Kind::MarkShipped:
                    tx.exec_params(
                        "SELECT console.mark_shipped($1::uuid, $2, $3)", rid, id, textArg);
                    break;
                case OrderAction::Kind::AddNote:
                    tx.exec_params(
                        "SELECT console.add_order_note($1::uuid, $2, $3)", rid, id, textArg);
                    break;
                }
                tx.commit();
            }
            pqxx::read_transaction tx(c);
            return orders::readOrderRow(tx, BackendKind::Reference, id);
        });
}

} // namespace qm::backend
