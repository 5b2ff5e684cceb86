#pragma once

#include "common/result.h"
#include "orders/orderdetail.h"
#include "orders/orderflow.h"
#include "orders/ordersfilter.h"
#include "orders/orderssource.h"

#include <QFuture>
#include <QStringList>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::orders {

// The Orders workspace's reads and writes, all asynchronous, all through the console schema:
// pages of console.orders (keyset, newest first), one order's detail, the store manager's
// actions (console.cancel_order & co., with request ids, audited by the server), capabilities,
// and the order-flow health sample. Reads go where the cluster's router sends them.
class OrdersService : public OrdersPageSource
{
public:
    // Holds the cluster: work it started stays safe after the session closes.
    explicit OrdersService(std::shared_ptr<db::Cluster> cluster)
        : m_cluster(std::move(cluster))
    { }
    db::Cluster *cluster() const { return m_cluster.get(); }

    // The page after `after` (null: the newest), newest first, at most `limit` rows.
    QFuture<Result<OrderRows>> page(
        const OrdersFilter &filter, OrdersCursor after, int limit) override;
    QFuture<Result<OrderDetail>> detail(qint64 orderId);
    // Runs the action on the primary, then returns the order as it is now.
    QFuture<Result<OrderRow>> perform(const OrderAction &action);
    QFuture<Result<QStringList>> capabilities();
    QFuture<Result<OrderFlowSample>> flow(int stuckMinutes);

    // The SQL of page(), for tests and benchmarks that read the same way.
    static QString pageSql(const OrdersFilter &filter, const OrdersCursor &after, int limit,
        std::vector<std::string> *params);

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

} // namespace qm::orders
