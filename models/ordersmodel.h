#pragma once

#include "common/result.h"
#include "orders/ordersfilter.h"

#include <QAbstractTableModel>
#include <QHash>

namespace qm::orders {
class OrdersPageSource;
}

namespace qm {

// The live orders table: a keyset window over console.orders, newest first (created_at, id),
// loaded a page at a time (fetchMore), kept current by the live feed (applyChanges): changed
// orders update in place, new ones are inserted at their sorted place (usually the top), orders
// that stop matching the filter leave. The model only inserts and removes rows; keeping the row
// a person reads where it is on screen is the view's job (OrdersPage anchors the scroll
// position). Late pages of an older filter are dropped (generation counter).
class OrdersTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Number,
        Created,
        Customer,
        Channel,
        Status,
        Payment,
        Total,
        Lines,
        Updated,
        ColumnCount
    };
    enum Role { OrderIdRole = Qt::UserRole + 1, StatusRole, ChangeSeqRole };

    explicit OrdersTableModel(QObject *parent = nullptr);

    void setSource(orders::OrdersPageSource *source); // not owned; null: nothing loads
    void setFilter(const orders::OrdersFilter &filter); // reloads
    const orders::OrdersFilter &filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows) { m_pageSize = rows; }
    void setMaxRows(int rows) { m_maxRows = rows; } // the feed trims the oldest beyond this

    // Rows from the live feed (any order, any filter): upserts what matches.
    void applyChanges(const orders::OrderRows &rows);

    const orders::OrderRow *orderAt(int row) const;
    int rowOf(qint64 orderId) const;
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    const orders::OrderRows &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const qm::Error &error);
    // New orders the feed inserted (not pages): how many, for the "new orders" badge.
    void ordersArrived(int count);

private:
    void requestPage();
    void onPage(quint64 generation, const Result<orders::OrderRows> &result);
    void mergePage(const orders::OrderRows &rows);
    int insertPosition(const orders::OrderRow &row) const;
    void insertSorted(orders::OrderRows rows);
    void removeRowsAt(QVector<int> rows);
    void trim();
    void reindex();
    orders::OrdersCursor cursor() const;

    orders::OrdersPageSource *m_source = nullptr;
    orders::OrdersFilter m_filter;
    orders::OrderRows m_rows;
    QHash<qint64, int> m_index; // id -> row
    QHash<qint64, qint64> m_gone; // id -> change_seq of versions that left the filter
    orders::OrderRows m_held; // feed rows that came while the first page loads
    quint64 m_generation = 0;
    int m_pageSize = 200;
    int m_maxRows = 5000;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_firstPageDone = false;
};

} // namespace qm
