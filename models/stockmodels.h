#pragma once

#include "common/result.h"
#include "inventory/stock.h"
#include "inventory/stockservice.h"

#include <QAbstractTableModel>
#include <QVector>

namespace qm::models {

// Read-only tables of the Stock workspace. Rows are plain values filled on the GUI thread from
// StockService futures; late answers are dropped by a generation counter.

// SKU x warehouse levels, loaded in keyset pages as the view scrolls (fetchMore).
class StockLevelsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sku, Name, Warehouse, OnHand, Reserved, Available, Threshold, Updated, Count };

    explicit StockLevelsModel(inventory::StockService *service, QObject *parent = nullptr);

    void setFilter(const inventory::StockFilter &filter);
    void reload();
    const inventory::StockLevel *levelAt(int row) const;
    // Replaces one row's numbers after a change (no reload needed).
    void updateLevel(qint64 productId, int warehouseId, const inventory::StockChange &change);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const qm::Error &error);

private:
    inventory::StockService *m_service;
    inventory::StockFilter m_filter;
    QVector<inventory::StockLevel> m_rows;
    bool m_atEnd = false;
    bool m_loading = false;
    int m_generation = 0;
};

// A plain list of values with per-column text (ledger, reservations, drift, low stock).
class StockListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Ledger, Reservations, Drift, LowStock };
    explicit StockListModel(Kind kind, QObject *parent = nullptr);

    void setLedger(const QVector<inventory::Movement> &rows);
    void setReservations(const QVector<inventory::Reservation> &rows);
    void setDrift(const QVector<inventory::Drift> &rows);
    void setLevels(const QVector<inventory::StockLevel> &rows);
    qint64 idAt(int row) const; // movement / reservation id, product id for drift and levels

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    QVector<inventory::Movement> m_ledger;
    QVector<inventory::Reservation> m_reservations;
    QVector<inventory::Drift> m_drift;
    QVector<inventory::StockLevel> m_levels;
};

} // namespace qm::models
