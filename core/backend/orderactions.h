#pragma once

#include "backend/backend.h"
#include "common/result.h"
#include "orders/orderdetail.h"
#include "orders/orderrow.h"

#include <QFuture>

namespace qm::orders {

// The store manager's order actions on a backend (cancel, refund, mark shipped, note; see
// OrderAction). OrdersService::perform forwards here, so its callers do not change with the
// backend. The reference store's implementation is today's console.* functions (request ids,
// audited by the server); a Vendure one sends Admin API calls.
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

} // namespace qm::orders
