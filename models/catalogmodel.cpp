#include "catalogmodel.h"

#include "catalog/pendingchanges.h"
#include "common/logging.h"
#include "common/whenfinished.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTimer>
#include <cmath>

namespace qm::models {

using catalog::CatalogQuery;
using catalog::RowKey;
using Seek = CatalogQuery::Seek;

namespace {
constexpr int kMaxConcurrentFetches = 2;
constexpr int kMaxWanted = 8; // pages asked for but not started; older asks are forgotten

RowKey keyOf(const catalog::ProductRow &r)
{
    return RowKey {r.sortKey, r.id, true};
}
} // namespace

CatalogModel::CatalogModel(catalog::CatalogService *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{ }

CatalogModel::~CatalogModel()
{
    for (db::Pool::JobId id : std::as_const(m_inFlight))
        m_service->cancel(id);
}

void CatalogModel::setQuery(const CatalogQuery &query)
{
    beginResetModel();
    // On the service's backend: a bulk edit or export of query() reads the same views.
    m_query = m_service->onBackend(query);
    resetState();
    m_rows = 0;
    m_shownRows = 0;
    m_exact = false;
    m_countDone = false;
    m_overBudget = false;
    endResetModel();
    Q_EMIT countChanged(0, false);
    // The first page goes first (on a pool of one connection it must not queue behind anything),
    // then the estimate for the scrollbar; the count waits for the first page (pageArrived).
    requestPage(0);
    pump();
    startEstimate();
}

void CatalogModel::refresh()
{
    resetState();
    if (m_shownRows > 0)
        Q_EMIT dataChanged(index(0, 0), index(int(m_shownRows - 1), ColumnCount - 1));
    m_countDone = false;
    requestPage(0);
    pump();
}

void CatalogModel::resetState()
{
    ++m_generation;
    for (db::Pool::JobId id : std::as_const(m_inFlight))
        m_service->cancel(id);
    m_inFlight.clear();
    m_pages.clear();
    m_wanted.clear();
    m_anchors.reset();
    m_anchorsLoading = false;
    m_nextRun = 1;
    m_countStarted = false;
}

void CatalogModel::setPendingChanges(catalog::PendingChanges *pending)
{
    if (m_pending)
        disconnect(m_pending, nullptr, this, nullptr);
    m_pending = pending;
    if (m_pending)
        connect(m_pending, &catalog::PendingChanges::productChanged, this,
            [this](qint64 id) { productChanged(id); });
}

void CatalogModel::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void CatalogModel::setCategories(const QVector<catalog::Category> &categories)
{
    m_categoryNames.clear();
    for (const catalog::Category &c : categories)
        m_categoryNames.insert(c.id, c.name);
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qint64>(m_shownRows, std::numeric_limits<int>::max()));
}

int CatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const catalog::ProductRow *CatalogModel::rowAt(int row) const
{
    const int page = row / m_pageSize;
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    const int i = row - page * m_pageSize - it->offset;
    if (i < 0 || i >= it->rows.size())
        return nullptr;
    return &it->rows.at(i);
}

void CatalogModel::requestPage(int page) const
{
    auto it = m_pages.find(page);
    if (it != m_pages.end()) {
        it->touched = ++m_clock;
        return;
    }
    if (m_inFlight.contains(page))
        return;
    if (!m_wanted.isEmpty() && m_wanted.last() == page)
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > kMaxWanted)
        m_wanted.removeFirst();
    schedulePump();
}

void CatalogModel::schedulePump() const
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(
        0, const_cast<CatalogModel *>(this), [this] { const_cast<CatalogModel *>(this)->pump(); });
}

void CatalogModel::pump()
{
    m_pumpScheduled = false;
    QList<int> waiting; // need anchors first
    while (m_inFlight.size() < kMaxConcurrentFetches && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast(); // the most recent ask first
        if (m_pages.contains(page) || m_inFlight.contains(page))
            continue;
        if (qint64(page) * m_pageSize >= qMax<qint64>(m_rows, 1) && page > 0)
            continue; // beyond the end (the count shrank)
        if (!startFetch(page))
            waiting.prepend(page);
    }
    m_wanted = waiting + m_wanted;
}

bool CatalogModel::startFetch(int page)
{
    Seek seek = Seek::First;
    RowKey from;
    int run = 0;
    int limit = m_pageSize;
    const auto prev = m_pages.constFind(page - 1);
    const auto next = m_pages.constFind(page + 1);
    if (page == 0) {
        seek = Seek::First;
    } else if (prev != m_pages.constEnd() && prev->offset == 0 && prev->rows.size() == m_pageSize) {
        seek = Seek::After;
        from = keyOf(prev->rows.last());
        run = prev->run;
    } else if (next != m_pages.constEnd() && !next->rows.isEmpty() && next->offset == 0) {
        seek = Seek::Before;
        from = keyOf(next->rows.first());
        run = next->run;
    } else if (m_exact && qint64(page + 1) * m_pageSize >= m_rows) {
        seek = Seek::Last;
        limit = int(m_rows - qint64(page) * m_pageSize);
    } else if (m_anchors && !m_anchors->keys.isEmpty()) {
        const auto &keys = m_anchors->keys;
        qsizetype i;
        if (m_anchors->exact) {
            i = qsizetype(qint64(page) * m_pageSize / qMax(1, m_anchors->step));
            run = 0;
        } else {
            const double fraction = double(page) * m_pageSize / double(qMax<qint64>(m_rows, 1));
            i = qsizetype(std::floor(fraction * double(keys.size())));
            run = m_nextRun++;
        }
        // Past the last anchor (the result grew): the last anchor is the best start there is.
        seek = Seek::AtOrAfter;
        from = keys.at(qBound<qsizetype>(0, i, keys.size() - 1));
    } else {
        startAnchors();
        return false;
    }
    if (seek == Seek::Last && limit <= 0)
        return true;
    const int generation = m_generation;
    db::Pool::JobId job = 0;
    auto future = m_service->fetchPage(m_query, seek, from, limit, &job);
    m_inFlight.insert(page, job);
    QElapsedTimer started;
    started.start();
    qCDebug(lcCatalog) << "fetch page" << page << "seek" << int(seek) << "run" << run;
    whenFinished(
        this, future, [this, page, generation, seek, run, started](const Result<catalog::Page> &r) {
            const qint64 arrived = started.elapsed();
            pageArrived(page, generation, seek, run, r);
            qCDebug(lcCatalog) << "page" << page << "arrived after" << arrived
                               << "ms, handled after" << started.elapsed() << "ms";
        });
    return true;
}

void CatalogModel::pageArrived(
    int page, int generation, Seek seek, int run, const Result<catalog::Page> &result)
{
    if (generation != m_generation)
        return; // a page of an older filter, sort or refresh
    m_inFlight.remove(page);
    // The count starts once the first page is on screen (or could not be read), never before.
    const auto startCountAfter = qScopeGuard([this] {
        if (!m_countStarted && m_pages.contains(0))
            startCount();
    });
    if (!result.ok()) {
        if (result.error().code != Error::Code::Cancelled)
            Q_EMIT loadFailed(result.error());
        if (page == 0 && !m_countStarted)
            startCount();
        schedulePump();
        return;
    }
    const catalog::Page &p = result.value();
    const bool forward = seek == Seek::First || seek == Seek::After || seek == Seek::AtOrAfter;
    PageSlot slot;
    slot.rows = p.rows;
    slot.run = run;
    slot.touched = ++m_clock;
    if (seek == Seek::Before && p.rows.size() < m_pageSize)
        slot.offset = m_pageSize - int(p.rows.size()); // the result starts inside this page
    if (seek == Seek::Last)
        slot.offset = 0;

    if (forward && p.rows.isEmpty() && page > 0) {
        // Past the end: the estimate was high (or rows were deleted).
        setRowCount(qint64(page) * m_pageSize, run == 0 && seek != Seek::AtOrAfter);
        schedulePump();
        return;
    }
    m_pages.insert(page, slot);
    if (forward && p.hitEnd) {
        const qint64 end = qint64(page) * m_pageSize + p.rows.size();
        setRowCount(end, run == 0);
    } else if (page == 0 && !m_countDone && m_rows < p.rows.size()) {
        setRowCount(p.rows.size(), false); // something to show before the count arrives
    } else if (forward && !m_exact && qint64(page) * m_pageSize + p.rows.size() >= m_rows) {
        // A full page reaches the end of an estimated range: there is more than the estimate
        // said. One more page of range, so that scrolling on reads on (a short or empty page
        // then sets the end).
        setRowCount(qint64(page + 1) * m_pageSize + m_pageSize, false);
    }
    heal(page);
    if (m_pages.contains(page)) {
        const int first = page * m_pageSize;
        const int last = int(qMin<qint64>(m_shownRows, qint64(first) + m_pageSize)) - 1;
        if (last >= first) {
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
            Q_EMIT pageLoaded(first, last);
        }
    }
    evict();
    schedulePump();
}

// Two neighbouring pages from different runs may overlap or leave a gap. Exact positions win;
// between two approximate runs the newer page wins. The loser is dropped and, when the view
// asks for it again, re-read by continuing from the winner.
void CatalogModel::heal(int page)
{
    const PageSlot &slot = m_pages[page];
    for (int neighbour : {page - 1, page + 1}) {
        const auto it = m_pages.constFind(neighbour);
        if (it == m_pages.constEnd() || it->run == slot.run)
            continue;
        if (slot.run != 0 && it->run == 0) {
            dropPage(page);
            requestPage(page);
            return;
        }
        dropPage(neighbour);
    }
}

void CatalogModel::dropPage(int page)
{
    if (!m_pages.remove(page))
        return;
    const int first = page * m_pageSize;
    const int last = int(qMin<qint64>(m_shownRows, qint64(first) + m_pageSize)) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void CatalogModel::evict()
{
    while (m_pages.size() > m_maxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->touched < oldest->touched)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void CatalogModel::setRowCount(qint64 rows, bool exact)
{
    rows = qMax<qint64>(rows, 0);
    if (exact)
        m_exact = true;
    const qint64 before = m_rows;
    m_rows = rows;
    if (rows < before) {
        const bool fewerShown = rows < m_shownRows;
        if (fewerShown)
            beginRemoveRows({}, int(rows), int(m_shownRows - 1));
        const int lastPage = rows > 0 ? int((rows - 1) / m_pageSize) : -1;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage)
                it = m_pages.erase(it);
            else
                ++it;
        }
        if (fewerShown) {
            m_shownRows = rows;
            endRemoveRows();
        }
    }
    showMoreRows();
    Q_EMIT countChanged(m_rows, m_exact);
}

// The view takes new rows in slices, one per pass of the event loop. QHeaderView keeps an item
// per row: taking 10 million at once was one 130-140 ms task on the GUI thread (measured on the
// 10M catalog), and the first screen waited for it. In slices each pass stays near a frame, and
// the rows on screen are painted after the first.
void CatalogModel::showMoreRows()
{
    if (m_shownRows >= m_rows)
        return;
    const qint64 to = qMin(m_rows, m_shownRows + m_showSlice);
    beginInsertRows({}, int(m_shownRows), int(to - 1));
    m_shownRows = to;
    endInsertRows();
    if (m_shownRows < m_rows && !m_showScheduled) {
        m_showScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_showScheduled = false;
            showMoreRows();
        });
    }
}

// An estimate never hides what is loaded (reltuples lags behind inserts until the next ANALYZE):
// at least one row past the last loaded one (no loaded page hit the end while the count is not
// exact), so that scrolling there reads on.
qint64 CatalogModel::atLeastLoaded(qint64 estimate) const
{
    qint64 loaded = 0;
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        loaded = qMax(loaded, qint64(it.key()) * m_pageSize + it->offset + it->rows.size());
    return loaded > 0 && estimate <= loaded ? loaded + 1 : estimate;
}

void CatalogModel::startEstimate()
{
    const int generation = m_generation;
    whenFinished(
        this, m_service->estimate(m_query), [this, generation](const Result<catalog::RowCount> &r) {
            // Late (the count or a page at the end came first) or failed: the count says it all.
            if (generation != m_generation || m_countDone || m_exact || !r.ok())
                return;
            setRowCount(atLeastLoaded(r->rows), false);
        });
}

void CatalogModel::startCount()
{
    m_countStarted = true;
    const int generation = m_generation;
    whenFinished(this, m_service->count(m_query, 100000, m_countBudgetMs),
        [this, generation](const Result<catalog::RowCount> &r) {
            if (generation != m_generation)
                return;
            m_countDone = true;
            if (!r.ok()) {
                Q_EMIT loadFailed(r.error());
                return;
            }
            m_overBudget = r->overBudget;
            // A page that already hit the end knows better than an estimate.
            if (r->exact)
                setRowCount(r->rows, true);
            else if (!m_exact)
                setRowCount(atLeastLoaded(r->rows), false);
            // Build the scrollbar's anchors now, in the background, so that the first jump far
            // away costs one page read, not the sample as well.
            startAnchors();
            if (!m_wanted.isEmpty())
                schedulePump();
        });
}

void CatalogModel::startAnchors()
{
    if (m_anchorsLoading || m_anchors || !m_countDone || m_rows <= 0)
        return;
    m_anchorsLoading = true;
    const int generation = m_generation;
    whenFinished(this, m_service->anchors(m_query, m_rows, m_pageSize),
        [this, generation](const Result<catalog::Anchors> &r) {
            if (generation != m_generation)
                return;
            m_anchorsLoading = false;
            if (!r.ok()) {
                Q_EMIT loadFailed(r.error());
                return;
            }
            m_anchors = r.value();
            // The sample also measured the result: when it disagrees with an estimated count
            // by more than its own noise, it is the better number (a jump to 90 % of the
            // scrollbar then lands near 90 % of the rows, not 90 % of a stale estimate).
            const qint64 sampled = m_anchors->sampledRows;
            if (!m_exact && sampled > 0
                && std::abs(double(sampled - m_rows)) > 0.2 * double(qMax<qint64>(m_rows, 1)))
                setRowCount(sampled, false);
            qCDebug(lcCatalog) << "anchors" << m_anchors->keys.size() << "exact"
                               << m_anchors->exact;
            schedulePump();
        });
}

void CatalogModel::updateRows(const QVector<catalog::ProductRow> &rows)
{
    QHash<qint64, const catalog::ProductRow *> byId;
    for (const catalog::ProductRow &r : rows)
        byId.insert(r.id, &r);
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            const catalog::ProductRow *fresh = byId.value(it->rows.at(i).id);
            if (!fresh)
                continue;
            catalog::ProductRow &row = it->rows[i];
            const QString key = row.sortKey;
            const QString category = row.category;
            const qint64 onHand = row.onHand, reserved = row.reserved, available = row.available;
            const bool low = row.lowStock;
            row = *fresh;
            row.sortKey = key;
            if (row.category.isEmpty())
                row.category = m_categoryNames.value(row.categoryId, category);
            row.onHand = onHand;
            row.reserved = reserved;
            row.available = available;
            row.lowStock = low;
            const int r = it.key() * m_pageSize + it->offset + i;
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        }
    }
}

void CatalogModel::productChanged(qint64 id)
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == id) {
                const int r = it.key() * m_pageSize + it->offset + i;
                Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
            }
        }
    }
}

} // namespace qm::models
