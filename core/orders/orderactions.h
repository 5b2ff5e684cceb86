#pragma once

#include "backend/backend.h"
#include "common/result.h"
#include "orders/orderdetail.h"
#include "orders/orderrow.h"

#include <QFuture>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::orders {

// The store manager's order actions on a backend (cancel, refund, mark shipped, note; see
// OrderAction). OrdersService::perform forwards here, so its callers do not change with the
// backend. The reference store's implementation is today's console.* functions (request ids,
// audited by the server) and lives here; a Vendure one (core/vendure/vendurewrites.h) sends Admin
// API calls and is given to OrdersService from above (backends::orderActions(), core/backends/).
class OrderActions
{
public:
    virtual ~OrderActions() = default;

    // Runs the action (at most once per action.requestId), then returns the order as the
    // backend's read schema has it now, read on the primary.
    virtual QFuture<Result<OrderRow>> perform(const OrderAction &action) = 0;
};

// What Backend::unsupported() calls each kind of action.
inline BackendAction backendAction(OrderAction::Kind kind)
{
    switch (kind) {
    case OrderAction::Kind::Cancel:
        return BackendAction::OrderCancel;
    case OrderAction::Kind::Refund:
        return BackendAction::OrderRefund;
    case OrderAction::Kind::MarkShipped:
        return BackendAction::OrderMarkShipped;
    case OrderAction::Kind::AddNote:
        break;
    }
    return BackendAction::OrderNote;
}

// The reference store's: console.cancel_order & co., then the order from console.orders.
class ReferenceOrderActions : public OrderActions
{
public:
    explicit ReferenceOrderActions(std::shared_ptr<db::Cluster> cluster);

    QFuture<Result<OrderRow>> perform(const OrderAction &action) override;

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

// A backend without order actions: refused at once with Backend::refusal(), nothing sent.
class RefusedOrderActions : public OrderActions
{
public:
    explicit RefusedOrderActions(Backend backend);

    QFuture<Result<OrderRow>> perform(const OrderAction &action) override;

private:
    Backend m_backend;
};

} // namespace qm::orders
