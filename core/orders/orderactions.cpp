#include "orders/orderactions.h"

#include "db/cluster.h"
#include "orders/ordersservice.h"

#include <QCoreApplication>
#include <pqxx/pqxx>

namespace qm::orders {

// Reference: OrdersService::perform before the seam, unchanged.

ReferenceOrderActions::ReferenceOrderActions(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
{ }

QFuture<Result<OrderRow>> ReferenceOrderActions::perform(const OrderAction &action)
{
    const std::string rid = action.requestId.toString(QUuid::WithoutBraces).toStdString();
    const std::string textArg = action.text.toStdString();
    const qint64 id = action.orderId;
    const OrderAction::Kind kind = action.kind;
    const bool restock = action.restock;
    return m_cluster->write<OrderRow>(
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
            return readOrderRow(tx, BackendKind::Reference, id);
        });
}

// Refused.

RefusedOrderActions::RefusedOrderActions(Backend backend)
    : m_backend(std::move(backend))
{ }

QFuture<Result<OrderRow>> RefusedOrderActions::perform(const OrderAction &action)
{
    return QtFuture::makeReadyFuture(
        Result<OrderRow>(m_backend.refusal(backendAction(action.kind))));
}

} // namespace qm::orders
