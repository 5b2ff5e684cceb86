#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

namespace qm::inventory {

// One SKU in one warehouse (console.stock_levels).
struct StockLevel
{
    qint64 productId = 0;
    QString sku;
    QString name;
    int warehouseId = 0;
    QString warehouse; // code
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;
    int threshold = 0;
    bool low = false;
    QDateTime updatedAt;
};

// One row of the append-only ledger (console.stock_ledger).
struct Movement
{
    qint64 id = 0;
    QDateTime at;
    qint64 productId = 0;
    QString sku;
    int warehouseId = 0;
    QString warehouse;
    int delta = 0;
    QString reason;
    QString note;
    qint64 orderId = 0;
    QString actor;
};

struct Reservation
{
    qint64 id = 0;
    QString cartId;
    qint64 productId = 0;
    QString sku;
    int warehouseId = 0;
    QString warehouse;
    int qty = 0;
    QString status;
    bool live = false; // held and not expired
    QDateTime createdAt;
    QDateTime expiresAt;
    qint64 orderId = 0;
};

// A drifted row of console.reconcile_report.
struct Drift
{
    qint64 productId = 0;
    QString sku;
    int warehouseId = 0;
    QString warehouse;
    qint64 onHand = 0;
    qint64 ledgerSum = 0;
    qint64 reserved = 0;
    qint64 heldQty = 0;
};

struct ReconcileReport
{
    qint64 rowsChecked = 0;
    QVector<Drift> drifted; // empty: on hand equals the ledger and reserved the live holds
};

struct MovementReason
{
    QString code;
    QString label;
    QChar sign; // + - *
};

struct Warehouse
{
    int id = 0;
    QString code;
    QString name;
};

// What a stock change returned.
struct StockChange
{
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;
    int delta = 0;
    qint64 movementId = 0;
};

} // namespace qm::inventory

Q_DECLARE_METATYPE(qm::inventory::StockLevel)
