#include "ordersmodel.h"

#include "common/whenfinished.h"
#include "orders/orderssource.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace qm {

using orders::OrderRow;
using orders::OrderRows;

namespace {

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// data() runs for every visible cell on every repaint: format a timestamp once per second of
// time (QLocale date formatting is the costliest part of painting a row).
QString timeText(qint64 us)
{
    static QHash<qint64, QString> cache;
    const qint64 second = us / 1000000;
    auto it = cache.constFind(second);
    if (it != cache.cend())
        return it.value();
    if (cache.size() > 20000)
        cache.clear();
    const QString text = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(second).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    cache.insert(second, text);
    return text;
}

bool before(const OrderRow &a, const OrderRow &b)
{
    return orders::newerThan(a.createdAtUs, a.id, b.createdAtUs, b.id);
}

} // namespace

OrdersTableModel::OrdersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OrdersTableModel::setSource(orders::OrdersPageSource *source)
{
    m_source = source;
    reload();
}

void OrdersTableModel::setFilter(const orders::OrdersFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrdersTableModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_gone.clear();
    m_held.clear();
    m_hasMore = m_source != nullptr;
    m_loading = false;
    m_firstPageDone = false;
    endResetModel();
    if (m_source)
        requestPage();
}

orders::OrdersCursor OrdersTableModel::cursor() const
{
    if (m_rows.isEmpty())
        return {};
    return {m_rows.last().createdAtUs, m_rows.last().id};
}

void OrdersTableModel::requestPage()
{
    if (!m_source || m_loading || !m_hasMore)
        return;
    m_loading = true;
    const quint64 generation = m_generation;
    whenFinished(this, m_source->page(m_filter, cursor(), m_pageSize),
        [this, generation](const Result<OrderRows> &r) { onPage(generation, r); });
}

void OrdersTableModel::onPage(quint64 generation, const Result<OrderRows> &result)
{
    if (generation != m_generation)
        return; // a page of a filter that is no longer shown
    m_loading = false;
    if (!result.ok()) {
        Q_EMIT loadFailed(result.error());
        return;
    }
    const OrderRows &rows = result.value();
    m_hasMore = rows.size() >= m_pageSize;
    mergePage(rows);
    if (!m_firstPageDone) {
        m_firstPageDone = true;
        OrderRows held;
        held.swap(m_held);
        if (!held.isEmpty())
            applyChanges(held);
    }
    Q_EMIT pageLoaded(int(rows.size()));
}

void OrdersTableModel::mergePage(const OrderRows &rows)
{
    OrderRows fresh;
    int changedFirst = INT_MAX;
    int changedLast = -1;
    for (const OrderRow &r : rows) {
        const int at = m_index.value(r.id, -1);
        if (at >= 0) {
            if (r.changeSeq > m_rows[at].changeSeq) {
                m_rows[at] = r;
                changedFirst = std::min(changedFirst, at);
                changedLast = std::max(changedLast, at);
            }
            continue;
        }
        if (m_gone.value(r.id, -1) >= r.changeSeq)
            continue; // the feed already saw a newer version that does not match
        fresh.append(r);
    }
    if (changedLast >= 0)
        Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
    insertSorted(std::move(fresh));
}

int OrdersTableModel::insertPosition(const OrderRow &row) const
{
    return int(std::lower_bound(m_rows.begin(), m_rows.end(), row, before) - m_rows.begin());
}

void OrdersTableModel::insertSorted(OrderRows rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), before);
    // Consecutive rows that land at the same position go in as one block.
    qsizetype i = 0;
    while (i < rows.size()) {
        const int pos = insertPosition(rows[i]);
        qsizetype j = i + 1;
        while (j < rows.size() && (pos == m_rows.size() || !before(m_rows[pos], rows[j])))
            ++j;
        beginInsertRows({}, pos, pos + int(j - i) - 1);
        for (qsizetype k = i; k < j; ++k)
            m_rows.insert(pos + (k - i), rows[k]);
        reindex();
        endInsertRows();
        i = j;
    }
}

void OrdersTableModel::removeRowsAt(QVector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    qsizetype i = 0;
    while (i < rows.size()) {
        // A run of adjacent rows (descending) is one removal.
        qsizetype j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] - 1)
            ++j;
        const int first = rows[j - 1];
        const int last = rows[i];
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        reindex();
        endRemoveRows();
        i = j;
    }
}

void OrdersTableModel::applyChanges(const OrderRows &changes)
{
    if (!m_firstPageDone && m_loading) {
        m_held.append(changes); // merged once the first page is in: the cursor must be a page's
        return;
    }
    const qint64 now = nowUs();
    OrderRows fresh;
    QVector<int> leaving;
    int changedFirst = INT_MAX;
    int changedLast = -1;
    for (const OrderRow &r : changes) {
        const int at = m_index.value(r.id, -1);
        if (at >= 0) {
            if (r.changeSeq <= m_rows[at].changeSeq)
                continue;
            if (m_filter.matches(r, now)) {
                m_rows[at] = r;
                changedFirst = std::min(changedFirst, at);
                changedLast = std::max(changedLast, at);
            } else if (!leaving.contains(at)) {
                leaving.append(at);
                m_gone.insert(r.id, r.changeSeq);
            }
            continue;
        }
        if (!m_filter.matches(r, now)) {
            if (m_gone.contains(r.id))
                m_gone.insert(r.id, std::max(m_gone.value(r.id), r.changeSeq));
            continue;
        }
        // Beyond the loaded window (older than its last row while more exist): a later page
        // brings it.
        if (m_hasMore && (m_rows.isEmpty() || !before(r, m_rows.last())))
            continue;
        fresh.append(r);
    }
    if (changedLast >= 0)
        Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
    if (!leaving.isEmpty())
        removeRowsAt(leaving);
    // The same order twice in one batch: keep its newest version.
    std::sort(fresh.begin(), fresh.end(), [](const OrderRow &a, const OrderRow &b) {
        return a.id != b.id ? a.id < b.id : a.changeSeq > b.changeSeq;
    });
    fresh.erase(std::unique(fresh.begin(), fresh.end(),
                    [](const OrderRow &a, const OrderRow &b) { return a.id == b.id; }),
        fresh.end());
    const int arrived = int(fresh.size());
    insertSorted(std::move(fresh));
    trim();
    if (arrived > 0)
        Q_EMIT ordersArrived(arrived);
}

void OrdersTableModel::trim()
{
    if (m_rows.size() <= m_maxRows)
        return;
    beginRemoveRows({}, m_maxRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxRows);
    reindex();
    endRemoveRows();
    m_hasMore = true; // the trimmed rows come back as a page when scrolled to
}

void OrdersTableModel::reindex()
{
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, i);
}

const OrderRow *OrdersTableModel::orderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OrdersTableModel::rowOf(qint64 orderId) const
{
    return m_index.value(orderId, -1);
}

int OrdersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrdersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrdersTableModel::data(const QModelIndex &index, int role) const
{
    const OrderRow *r = orderAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case OrderIdRole:
        return r->id;
    case StatusRole:
        return r->status;
    case ChangeSeqRole:
        return r->changeSeq;
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Lines)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Customer)
            return r->customerEmail;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Number:
        return r->number;
    case Created:
        return timeText(r->createdAtUs);
    case Customer:
        return r->customerName.isEmpty() ? r->customerEmail : r->customerName;
    case Channel:
        return r->channel;
    case Status:
        return orders::OrdersFilter::statusLabel(r->status);
    case Payment:
        return r->paymentStatus;
    case Total:
        return r->totalText() + u' ' + r->currency;
    case Lines:
        return r->lineCount;
    case Updated:
        return timeText(r->updatedAtUs);
    }
    return {};
}

QVariant OrdersTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Order");
    case Created:
        return tr("Placed");
    case Customer:
        return tr("Customer");
    case Channel:
        return tr("Channel");
    case Status:
        return tr("Status");
    case Payment:
        return tr("Payment");
    case Total:
        return tr("Total");
    case Lines:
        return tr("Lines");
    case Updated:
        return tr("Last change");
    }
    return {};
}

bool OrdersTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_firstPageDone;
}

void OrdersTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage();
}

} // namespace qm
