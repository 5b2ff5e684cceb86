#pragma once

#include "orders/orderrow.h"

#include <QMetaType>
#include <QUuid>
#include <QVector>

namespace qm::orders {

struct OrderLine
{
    int lineNo = 0;
    qint64 productId = 0;
    QString sku;
    QString name;
    QString warehouse;
    int qty = 0;
    qint64 unitCents = 0;
    qint64 lineCents = 0;
};

struct OrderPayment
{
    QString kind; // charge | refund
    QString status; // succeeded | failed
    qint64 amountCents = 0;
    QString currency;
    QString providerRef;
    qint64 atUs = 0;
};

// One step of the status timeline (from_status is empty for the first).
struct OrderEvent
{
    qint64 atUs = 0;
    QString fromStatus;
    QString toStatus;
    QString note;
    QString actor;
};

struct OrderNote
{
    qint64 atUs = 0;
    QString author;
    QString body;
};

// Everything the detail pane shows about one order, read in one snapshot.
struct OrderDetail
{
    OrderRow order;
    QVector<OrderLine> lines;
    QVector<OrderPayment> payments;
    QVector<OrderEvent> events;
    QVector<OrderNote> notes;
};

// A store manager's action on an order, through the console functions. The request id is made
// once per action the person confirms: a retry after a lost connection reuses it, and the server
// returns the first result instead of applying twice.
struct OrderAction
{
    enum class Kind { Cancel, Refund, MarkShipped, AddNote };
    Kind kind = Kind::AddNote;
    qint64 orderId = 0;
    QUuid requestId = QUuid::createUuid();
    QString text; // cancel/refund: reason; ship: tracking; note: body
    bool restock = true; // refund: did the goods come back

    // Mirrors the server's rules (console.cancel_order & co.), so the UI offers only what the
    // database would accept; the database still decides.
    static bool allowedFor(Kind kind, const OrderRow &order);
    static QString capability() { return QStringLiteral("orders.act"); }
};

} // namespace qm::orders

Q_DECLARE_METATYPE(qm::orders::OrderDetail)
