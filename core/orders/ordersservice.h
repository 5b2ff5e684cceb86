#pragma once

#include "backend/backend.h"
#include "common/result.h"
#include "orders/orderdetail.h"
#include "orders/orderflow.h"
#include "orders/ordersfilter.h"
#include "orders/orderssource.h"

#include <QFuture>
#include <QStringList>
#include <memory>

namespace pqxx {
class transaction_base;
}
namespace qm::db {
class Cluster;
}

namespace qm::orders {

class OrderActions;

// The order as <schema>.orders of that backend has it now; NotFound when there is none. For
// writers that answer with the order they changed.
OrderRow readOrderRow(pqxx::transaction_base &tx, BackendKind backend, qint64 id);

// The Orders workspace's reads and writes, all asynchronous. Reads name the backend's read
// schema (`console`, or `qm_vendure` beside a Vendure store): pages of <schema>.orders (keyset,
// newest first), one order's detail, capabilities, and the order-flow health sample; they go
// where the cluster's router sends them. The store manager's actions go to the OrderActions it
// was given: whoever knows the backends (backends::orderActions(), core/backends/) passes the
// backend's in. Without one it runs ReferenceOrderActions (console.cancel_order & co., request
// ids, audited by the server, on the primary) on the reference store, and refuses every action
// (Backend::refusal, nothing sent) on any other.
class OrdersService : public OrdersPageSource
{
public:
    // Holds the cluster: work it started stays safe after the session closes.
    explicit OrdersService(std::shared_ptr<db::Cluster> cluster, Backend backend = {},
        std::shared_ptr<OrderActions> actions = {});
    db::Cluster *cluster() const { return m_cluster.get(); }
    const Backend &backend() const { return m_backend; }
    const std::shared_ptr<OrderActions> &actions() const { return m_actions; }

    // The page after `after` (null: the newest), newest first, at most `limit` rows.
    QFuture<Result<OrderRows>> page(
        const OrdersFilter &filter, OrdersCursor after, int limit) override;
    QFuture<Result<OrderDetail>> detail(qint64 orderId);
    // Runs the action (the OrderActions given: console.cancel_order & co. on the reference
    // store), then returns the order as it is now.
    QFuture<Result<OrderRow>> perform(const OrderAction &action);
    QFuture<Result<QStringList>> capabilities();
    QFuture<Result<OrderFlowSample>> flow(int stuckMinutes);

    // The SQL of page(), for tests and benchmarks that read the same way.
    static QString pageSql(const OrdersFilter &filter, const OrdersCursor &after, int limit,
        std::vector<std::string> *params, BackendKind backend = BackendKind::Reference);

private:
    std::shared_ptr<db::Cluster> m_cluster;
    Backend m_backend;
    std::shared_ptr<OrderActions> m_actions;
};

} // namespace qm::orders
