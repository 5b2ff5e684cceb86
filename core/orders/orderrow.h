#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>
#include <functional>

namespace qm::orders {

// One order as the console sees it (a row of console.orders). A plain value: it crosses threads.
struct OrderRow
{
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerEmail;
    QString customerName;
    QString channel;
    QString status; // pending paid picking shipped delivered cancelled refunded
    QString paymentStatus; // unpaid paid failed refunded
    qint64 totalCents = 0; // exact: numeric(12,2) * 100
    QString currency;
    qint64 createdAtUs = 0; // microseconds since the epoch (exact: the keyset key)
    qint64 updatedAtUs = 0;
    qint64 changeSeq = 0; // one value per write of the row: the row's version
    quint64 changeXid = 0; // the transaction that wrote this version
    int lineCount = 0;

    QDateTime createdAt() const
    {
        return QDateTime::fromMSecsSinceEpoch(createdAtUs / 1000, Qt::UTC);
    }
    QDateTime updatedAt() const
    {
        return QDateTime::fromMSecsSinceEpoch(updatedAtUs / 1000, Qt::UTC);
    }
    QString totalText() const; // "123.45"
};

using OrderRows = QVector<OrderRow>;

// The select list every order query uses, in the order parseOrderRow() reads it. Needs the
// view (or a function returning its row type) aliased as `o`.
extern const char *const kOrderColumns;
constexpr int kOrderColumnCount = 15;

// Builds a row from text fields: field(i) returns the i-th column as text, nullptr for NULL.
OrderRow parseOrderRow(const std::function<const char *(int)> &field);

// "123.45" / "-0.5" / "7" -> cents; false on anything else.
bool parseCents(const char *text, qint64 *cents);
// Exactly "123.45"; false when it is not a decimal with at most two places.
bool parseMoneyText(const QString &text, qint64 *cents);
QString centsToText(qint64 cents);

} // namespace qm::orders

Q_DECLARE_METATYPE(qm::orders::OrderRow)
Q_DECLARE_METATYPE(qm::orders::OrderRows)
