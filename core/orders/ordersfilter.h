#pragma once

#include "orders/orderrow.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <string>
#include <vector>

namespace qm::orders {

// What the Orders workspace shows: every condition both as SQL over console.orders (for pages)
// and as a predicate (for rows the live feed brings), so both agree.
struct OrdersFilter
{
    Q_DECLARE_TR_FUNCTIONS(qm::orders::OrdersFilter)
public:
    QStringList statuses; // any of; empty = all
    QStringList channels; // any of; empty = all
    qint64 minCents = -1; // total >= min; -1 = no bound
    qint64 maxCents = -1; // total <= max
    QString customer; // substring of the customer's e-mail or name (case-insensitive)
    qint64 fromUs = 0; // created_at >= from (µs since the epoch); 0 = no bound
    qint64 toUs = 0; // created_at < to; 0 = no bound
    int lastHours = 0; // > 0: created in the last N hours (relative; wins over from/to)

    bool isEmpty() const;
    bool matches(const OrderRow &row, qint64 nowUs) const;

    // " AND ..." conditions over alias `o`, parameters appended to `params` ($n numbering
    // continues after what is already there).
    QString sqlConditions(std::vector<std::string> *params) const;

    QJsonObject toJson() const;
    static OrdersFilter fromJson(const QJsonObject &o);
    QString describe() const; // for people: "paid, shipped · web · ≥ 100.00"

    bool operator==(const OrdersFilter &other) const;

    static QStringList allStatuses();
    static QStringList allChannels();
    static QString statusLabel(const QString &status); // translated
};

// Where a page starts: after this (created_at, id), newest first. A null cursor = the top.
struct OrdersCursor
{
    qint64 createdAtUs = 0;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

// Newest first: a precedes b when it was created later (ties: higher id).
inline bool newerThan(qint64 aCreatedUs, qint64 aId, qint64 bCreatedUs, qint64 bId)
{
    return aCreatedUs != bCreatedUs ? aCreatedUs > bCreatedUs : aId > bId;
}

} // namespace qm::orders

Q_DECLARE_METATYPE(qm::orders::OrdersFilter)
