#pragma once

#include "catalog/catalogquery.h"
#include "catalog/catalogservice.h"
#include "catalog/product.h"
#include "common/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <optional>

class QUndoStack;

namespace qm::catalog {
class PendingChanges;
}

namespace qm::models {

// The catalog table over millions of rows. Rows live in pages of pageSize() rows; only pages
// the view asked for are loaded (keyset queries, never OFFSET), at most maxPages() of them
// (least recently shown are evicted), so memory is flat however far one scrolls. rowCount() is
// the first page, then the planner's estimate, then the count (exact, capped, or the estimate
// again when counting ran out of its time budget); the count starts only once the first page
// is here, and a full page at the end of an estimated range grows it. A page is fetched by
// continuing from a loaded neighbour (exact), from the first or last row, or — far from anything
// loaded — by seeking to the anchor key of its position (exact anchors for results up to 200k rows,
// a page sample beyond: there the position is approximate and corrects itself as neighbours load).
// Late answers are dropped by a generation counter. Pending edits (PendingChanges) are shown over
// the loaded values.
class CatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Sku,
        Name,
        Category,
        Status,
        Price,
        Currency,
        OnHand,
        Reserved,
        Available,
        Tags,
        UpdatedAt,
        Version,
        ColumnCount
    };
    enum Role {
        ProductIdRole = Qt::UserRole + 1,
        LoadedRole, // bool: the row's page is here
        PendingRole, // bool: this cell (or, on column Sku, this row) has an unapplied edit
        BaseValueRole, // the loaded (server) value of a pending cell
        VersionRole,
    };

    explicit CatalogModel(catalog::CatalogService *service, QObject *parent = nullptr);
    ~CatalogModel() override;

    void setQuery(const catalog::CatalogQuery &query);
    const catalog::CatalogQuery &query() const { return m_query; }
    void refresh(); // reloads rows and count, keeps the scroll position

    void setPendingChanges(catalog::PendingChanges *pending); // not owned
    void setUndoStack(QUndoStack *stack); // not owned; null: edit directly
    void setCategories(const QVector<catalog::Category> &categories);
    QString categoryName(int id) const { return m_categoryNames.value(id); }

    void setPageSize(int rows) { m_pageSize = qMax(16, rows); }
    int pageSize() const { return m_pageSize; }
    void setMaxPages(int pages) { m_maxPages = qMax(4, pages); }
    // New rows reach the view in slices of this many, one per event-loop pass (showMoreRows).
    void setShowSlice(qint64 rows) { m_showSlice = qMax<qint64>(1, rows); }
    int maxPages() const { return m_maxPages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static std::optional<catalog::SortKey> sortKeyFor(int column);
    static QString fieldFor(int column); // update_product field name, empty if not editable

    const catalog::ProductRow *rowAt(int row) const; // null when its page is not loaded
    bool isRowLoaded(int row) const { return rowAt(row) != nullptr; }
    bool countIsExact() const { return m_exact; }
    // The count has answered: exact, capped, or the estimate when counting is not worth it or
    // ran out of its budget. Before it, rowCount() is the first page or the planner's estimate.
    // (And the view has every row of it: rowCount() grows toward a large count in slices.)
    bool countKnown() const { return m_countDone && m_shownRows == m_rows; }
    // The count ran out of its time budget: rowCount() is an estimate (marked "about").
    bool countOverBudget() const { return m_overBudget; }
    // The exact count's time budget in ms (0: none). It starts once the first page is here, so
    // that page never waits behind it.
    void setCountBudget(int ms) { m_countBudgetMs = qMax(0, ms); }
    int countBudget() const { return m_countBudgetMs; }
    int loadedPages() const { return int(m_pages.size()); }
    bool isLoading() const { return !m_inFlight.isEmpty() || !m_wanted.isEmpty(); }

    // Turns an edited cell's text into the JSON value update_product takes; false: invalid.
    bool toFieldValue(int column, const QVariant &value, QJsonValue *out, QString *error) const;
    // The loaded (server) value of a field as JSON, for the edit's base.
    QJsonValue baseValue(const catalog::ProductRow &row, const QString &field) const;

    // Applied edits came back with new versions: replace the loaded rows with the same ids.
    void updateRows(const QVector<catalog::ProductRow> &rows);

Q_SIGNALS:
    void countChanged(qint64 rows, bool exact);
    void pageLoaded(int firstRow, int lastRow);
    void loadFailed(const qm::Error &error);
    void editRejected(const QString &message);

private:
    struct PageSlot
    {
        QVector<catalog::ProductRow> rows;
        int offset = 0; // rows start this far into the page (a short read backwards)
        int run = 0; // 0: exact positions; >0: one seek's approximate run
        quint64 touched = 0;
    };

    void requestPage(int page) const;
    void schedulePump() const;
    void pump();
    bool startFetch(int page);
    void pageArrived(int page, int generation, catalog::CatalogQuery::Seek seek, int run,
        const Result<catalog::Page> &result);
    void heal(int page);
    void dropPage(int page);
    void evict();
    void setRowCount(qint64 rows, bool exact);
    void startEstimate();
    qint64 atLeastLoaded(qint64 estimate) const;
    void startCount();
    void startAnchors();
    void resetState();
    void showMoreRows();
    void productChanged(qint64 id);
    QVariant displayValue(const catalog::ProductRow &r, int column) const;
    QVariant pendingDisplay(int column, const QJsonValue &v) const;

    catalog::CatalogService *m_service;
    catalog::CatalogQuery m_query;
    catalog::PendingChanges *m_pending = nullptr;
    QUndoStack *m_undo = nullptr;
    QHash<int, QString> m_categoryNames;

    int m_pageSize = 200;
    int m_maxPages = 24;
    int m_generation = 0;
    qint64 m_rows = 0; // the count (or estimate)
    qint64 m_shownRows = 0; // what rowCount() gives the view: up to m_rows (showMoreRows)
    bool m_showScheduled = false;
    qint64 m_showSlice = 500000;
    bool m_exact = false;
    bool m_countDone = false;
    bool m_countStarted = false; // this generation's count (after its first page)
    bool m_overBudget = false;
    int m_countBudgetMs = 1000;
    std::optional<catalog::Anchors> m_anchors;
    bool m_anchorsLoading = false;
    int m_nextRun = 1;

    mutable QHash<int, PageSlot> m_pages; // mutable: data() marks pages as recently shown
    QHash<int, db::Pool::JobId> m_inFlight;
    mutable QList<int> m_wanted; // most recently asked last
    mutable quint64 m_clock = 0;
    mutable bool m_pumpScheduled = false;
};

} // namespace qm::models
