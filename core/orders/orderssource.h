#pragma once

#include "common/result.h"
#include "orders/ordersfilter.h"

#include <QFuture>

namespace qm::orders {

// The seam between the orders table model and the database (CONVENTIONS.md #2): pages of orders,
// newest first, after a cursor. OrdersService reads them from console.orders.
class OrdersPageSource
{
public:
    virtual ~OrdersPageSource() = default;
    virtual QFuture<Result<OrderRows>> page(
        const OrdersFilter &filter, OrdersCursor after, int limit)
        = 0;
};

} // namespace qm::orders
