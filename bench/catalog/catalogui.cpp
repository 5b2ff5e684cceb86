// The table side of the benchmark, one process per contender (so RSS is theirs alone):
//   ours: CatalogModel (keyset pages, bounded cache) in a QTableView
//   peer: QSqlTableModel on the QPSQL driver over console.products, same sort, same view
// Prints one JSON object: first screen, count, jump to row 900,000, RSS before/after scrolling.
#include "benchcommon.h"
#include "catalog/catalogservice.h"
#include "catalogmodel.h"
#include "db/blocking.h"
#include "db/cluster.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>
#include <QThread>
#include <cstdio>
#include <functional>
#include <pqxx/pqxx>

namespace catalogbench {

namespace {

int jumpRow()
{
    bool ok = false;
    const int row = qEnvironmentVariableIntValue("QM_BENCH_JUMP_ROW", &ok);
    return ok && row > 0 ? row : 900000;
}
// The filters both contenders open: a name substring (pg_trgm) and one category.
QString filterText()
{
    return QStringLiteral("lamp");
}
int filterCategory()
{
    return 17;
}

bool until(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(100);
    }
    QCoreApplication::processEvents();
    return true;
}

QTableView *makeView()
{
    auto *view = new QTableView;
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(22);
    view->resize(1400, 900);
    view->show();
    return view;
}

// The view with its model's columns but no rows yet, painted once before a clock starts: in the
// console the Catalog page is on screen before its first query, so the first screen does not pay
// for the window's first paint (style, fonts: 130-140 ms here, the same for every model).
qint64 paintEmpty(QTableView *view)
{
    QElapsedTimer t;
    t.start();
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    view->horizontalHeader()->viewport()->repaint();
    return t.elapsed();
}

// Every row the viewport shows is loaded (ours) — the view asked data() for them when it painted
// (scrolling and resetting the model schedule that paint; a page that arrives repaints its rows).
// No update() here: polled in a loop, it repainted the whole table every 5 ms while a page was on
// its way, CPU the page's own worker then waited for (at 10M rows, about a second a screen).
bool screenLoaded(QTableView *view, qm::models::CatalogModel *model)
{
    const int first = view->rowAt(0);
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    if (first < 0)
        return false;
    for (int r = first; r <= last; ++r) {
        if (!model->isRowLoaded(r))
            return false;
    }
    return true;
}

qint64 exactPosition(const QString &sku)
{
    pqxx::connection c(node(QStringLiteral("qm_owner")).toConninfo());
    pqxx::work tx(c);
    return tx
        .exec_params1("SELECT count(*) FROM shop.products WHERE sku < $1", sku.toStdString())[0]
        .as<long long>();
}

QJsonObject runOurs()
{
    const int kJumpRow = jumpRow();
    qm::db::ClusterConfig config;
    config.nodes = {node(QStringLiteral("merch"), 0)};
    if (const auto replica = node(QStringLiteral("merch"), 1); !replica.host.isEmpty())
        config.nodes << replica; // (the lean sandbox of --products N has none)
    qm::db::Cluster cluster(config);
    if (!qm::db::waitBlocking(cluster.start()).ok())
        return {{QStringLiteral("error"), QStringLiteral("cannot connect")}};
    qm::catalog::CatalogService service(&cluster);
    // Warm the connections the way an open console has them (not part of the first screen):
    // every read worker opens its connection (TLS handshake included) before the clock starts.
    {
        QList<QFuture<qm::Result<QStringList>>> warm;
        for (int i = 0; i < 4; ++i)
            warm << service.capabilities();
        for (auto &f : warm)
            qm::db::waitBlocking(f);
    }
    qm::models::CatalogModel model(&service);
    QTableView *view = makeView();
    view->setModel(&model);
    const qint64 emptyPaintMs = paintEmpty(view);
    QElapsedTimer t;
    t.start();
    model.setQuery(qm::catalog::CatalogQuery {});
    view->viewport()->update(); // paint once: that asks for the rows
    until([&] { return model.rowCount() > 0 && screenLoaded(view, &model); });
    view->viewport()->repaint(); // the screen with the rows on it
    const qint64 firstScreen = t.elapsed();
    until([&] { return model.countKnown(); });
    const qint64 countMs = t.elapsed();
    const double rssStart = rssMb();

    auto jump = [&](int row) {
        QElapsedTimer j;
        j.start();
        view->scrollTo(model.index(row, 0), QAbstractItemView::PositionAtTop);
        view->viewport()->update(); // paint once: that asks for the rows
        until([&] { return screenLoaded(view, &model); });
        view->viewport()->repaint();
        return j.elapsed();
    };
    const qint64 jumpMs = jump(kJumpRow);
    const QString landed = model.data(model.index(kJumpRow, 0)).toString();
    const qint64 jumpWarmMs = jump(kJumpRow / 2);

    // Top to bottom, a screen every 2,000 rows (every rows/1,000 beyond 2M rows), each one
    // loaded before moving on.
    double rssPeak = rssMb();
    QElapsedTimer s;
    s.start();
    const int rows = model.rowCount();
    const int scrollStep = qMax(2000, rows / 1000);
    for (int r = 0; r < rows; r += scrollStep) {
        view->scrollTo(model.index(r, 0), QAbstractItemView::PositionAtTop);
        view->viewport()->update(); // paint once: that asks for the rows
        until([&] { return screenLoaded(view, &model); });
        rssPeak = qMax(rssPeak, rssMb());
    }
    view->scrollToBottom();
    view->viewport()->update(); // paint once: that asks for the rows
    until([&] { return screenLoaded(view, &model); });
    const qint64 scrollMs = s.elapsed();
    const double rssAfter = rssMb();

    // Filters: until the first screen of the filtered catalog is loaded and painted, and until
    // its count is known.
    auto filtered = [&](const qm::catalog::CatalogFilter &f, QJsonObject &out, const char *name) {
        qm::catalog::CatalogQuery q;
        q.filter = f;
        QElapsedTimer ft;
        ft.start();
        model.setQuery(q);
        view->viewport()->update(); // paint once: that asks for the rows
        const bool screen
            = until([&] { return model.rowCount() > 0 && screenLoaded(view, &model); });
        view->viewport()->repaint();
        const double ms = ft.nsecsElapsed() / 1e6;
        until([&] { return model.countKnown(); });
        const double countMs = ft.nsecsElapsed() / 1e6;
        out.insert(QLatin1String(name) + QLatin1String("_ms"), screen ? round1(ms) : -1);
        out.insert(QLatin1String(name) + QLatin1String("_count_ms"), round1(countMs));
        out.insert(QLatin1String(name) + QLatin1String("_rows"), model.rowCount());
        out.insert(QLatin1String(name) + QLatin1String("_count_exact"), model.countIsExact());
    };
    QJsonObject filters;
    qm::catalog::CatalogFilter byName;
    byName.text = filterText();
    filtered(byName, filters, "filter_name");
    qm::catalog::CatalogFilter byCategory;
    byCategory.categoryIds = {filterCategory()};
    filtered(byCategory, filters, "filter_category");
    delete view;
    QJsonObject r = filters;
    const QJsonObject main = {{QStringLiteral("first_screen_ms"), firstScreen},
        {QStringLiteral("empty_view_paint_ms"), emptyPaintMs},
        {QStringLiteral("count_ms"), countMs}, {QStringLiteral("rows"), rows},
        {QStringLiteral("count_exact"), model.countIsExact()}, {QStringLiteral("jump_ms"), jumpMs},
        {QStringLiteral("jump_warm_ms"), jumpWarmMs},
        {QStringLiteral("jump_landing_error_rows"), qAbs(exactPosition(landed) - kJumpRow)},
        {QStringLiteral("scroll_ms"), scrollMs}, {QStringLiteral("scroll_step_rows"), scrollStep},
        {QStringLiteral("rss_start_mb"), round1(rssStart)},
        {QStringLiteral("rss_peak_mb"), round1(rssPeak)},
        {QStringLiteral("rss_after_scroll_mb"), round1(rssAfter)},
        {QStringLiteral("pages_loaded"), model.loadedPages()}};
    for (auto it = main.begin(); it != main.end(); ++it)
        r.insert(it.key(), it.value());
    return r;
}

bool openPeerDb(QSqlDatabase &db)
{
    const qm::db::ConnectionParams p = node(QStringLiteral("merch"));
    db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"));
    db.setHostName(p.host);
    db.setPort(p.port);
    db.setDatabaseName(p.dbname);
    db.setUserName(p.user);
    db.setPassword(password(p));
    return db.open();
}

// The peer's filters: QSqlTableModel::setFilter + select() (which reads every matching row),
// until the first screen is painted. A process of its own, so that the peer's unfiltered run
// (which may hit the time or memory bound at 10M rows) does not take these figures with it.
QJsonObject runPeerFilters()
{
    QSqlDatabase db;
    if (!openPeerDb(db))
        return {{QStringLiteral("error"), db.lastError().text()}};
    QJsonObject out;
    auto filtered = [&](const QString &where, const char *name) {
        QSqlTableModel model(nullptr, db);
        model.setTable(QStringLiteral("console.products"));
        model.setSort(model.record().indexOf(QStringLiteral("sku")), Qt::AscendingOrder);
        model.setEditStrategy(QSqlTableModel::OnManualSubmit);
        model.setFilter(where);
        QTableView *view = makeView();
        view->setModel(&model);
        QElapsedTimer t;
        t.start();
        const bool ok = model.select();
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        out.insert(
            QLatin1String(name) + QLatin1String("_ms"), ok ? round1(t.nsecsElapsed() / 1e6) : -1);
        out.insert(QLatin1String(name) + QLatin1String("_rows"), model.rowCount());
        if (!ok)
            out.insert(QLatin1String(name) + QLatin1String("_error"), model.lastError().text());
        delete view;
        std::printf("RESULT %s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout); // what is done so far, should the bound stop the next one
    };
    // The same conditions the console sends (core/catalog/catalogquery.cpp), as literals.
    filtered(QStringLiteral("name ILIKE '%%1%'").arg(filterText()), "filter_name");
    filtered(QStringLiteral("category_id = %1").arg(filterCategory()), "filter_category");
    return out;
}

QJsonObject runPeer()
{
    const int kJumpRow = jumpRow();
    QSqlDatabase db;
    if (!openPeerDb(db))
        return {{QStringLiteral("error"), db.lastError().text()}};
    QSqlTableModel model(nullptr, db);
    model.setTable(QStringLiteral("console.products"));
    model.setSort(model.record().indexOf(QStringLiteral("sku")), Qt::AscendingOrder);
    model.setEditStrategy(QSqlTableModel::OnManualSubmit);
    QTableView *view = makeView();
    view->setModel(&model);
    const qint64 emptyPaintMs = paintEmpty(view);
    QElapsedTimer t;
    t.start();
    if (!model.select())
        return {{QStringLiteral("error"), model.lastError().text()}};
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 firstScreen = t.elapsed();
    const double rssStart = rssMb();
    auto partial = [](const QJsonObject &o) { // what is done so far, should the bound stop it
        std::printf("RESULT %s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };
    partial({{QStringLiteral("first_screen_ms"), firstScreen},
        {QStringLiteral("empty_view_paint_ms"), emptyPaintMs},
        {QStringLiteral("rss_start_mb"), round1(rssStart)}, {QStringLiteral("partial"), true}});

    QElapsedTimer j;
    j.start();
    while (model.rowCount() <= kJumpRow && model.canFetchMore())
        model.fetchMore();
    view->scrollTo(model.index(kJumpRow, 0), QAbstractItemView::PositionAtTop);
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    const qint64 jumpMs = j.elapsed();
    partial({{QStringLiteral("first_screen_ms"), firstScreen},
        {QStringLiteral("empty_view_paint_ms"), emptyPaintMs},
        {QStringLiteral("rss_start_mb"), round1(rssStart)}, {QStringLiteral("jump_ms"), jumpMs},
        {QStringLiteral("partial"), true}});

    double rssPeak = rssMb();
    QElapsedTimer s;
    s.start();
    for (int r = 0;; r += 2000) {
        while (model.rowCount() <= r && model.canFetchMore())
            model.fetchMore();
        if (r >= model.rowCount())
            break;
        view->scrollTo(model.index(r, 0), QAbstractItemView::PositionAtTop);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        rssPeak = qMax(rssPeak, rssMb());
    }
    const qint64 scrollMs = s.elapsed();
    const double rssAfter = rssMb();
    const int rows = model.rowCount();
    delete view;
    return {{QStringLiteral("first_screen_ms"), firstScreen},
        {QStringLiteral("empty_view_paint_ms"), emptyPaintMs}, {QStringLiteral("rows"), rows},
        {QStringLiteral("jump_ms"), jumpMs}, {QStringLiteral("scroll_ms"), scrollMs},
        {QStringLiteral("rss_start_mb"), round1(rssStart)},
        {QStringLiteral("rss_peak_mb"), round1(rssPeak)},
        {QStringLiteral("rss_after_scroll_mb"), round1(rssAfter)}};
}

// --backend vendure, ours: the same CatalogService and CatalogModel on the qm_vendure views of
// Vendure's database (the console's real code on that backend). The first screen, a jump to the
// middle row (what Vendure's list reaches with skip = N/2) and a SKU filter far down the catalog
// (QM_BENCH_FAR_SKU, a prefix), each until every row on screen is loaded and painted.
QJsonObject runVendureOurs()
{
    qm::db::ClusterConfig config;
    config.nodes = {node(QStringLiteral("merch"), 0), node(QStringLiteral("merch"), 1)};
    qm::db::Cluster cluster(config);
    if (!qm::db::waitBlocking(cluster.start()).ok())
        return {{QStringLiteral("error"), QStringLiteral("cannot connect")}};
    qm::catalog::CatalogService service(&cluster, backend());
    {
        QList<QFuture<qm::Result<QStringList>>> warm; // as runOurs: connections open first
        for (int i = 0; i < 4; ++i)
            warm << service.capabilities();
        for (auto &f : warm)
            qm::db::waitBlocking(f);
    }
    qm::models::CatalogModel model(&service);
    QTableView *view = makeView();
    view->setModel(&model);
    const qint64 emptyPaintMs = paintEmpty(view);
    QElapsedTimer t;
    t.start();
    // The order the Catalog workspace opens a Vendure store in (catalog::defaultSort: id).
    model.setQuery(qm::catalog::CatalogQuery {
        {}, qm::catalog::defaultSort(qm::BackendKind::Vendure), qm::BackendKind::Vendure});
    view->viewport()->update(); // paint once: that asks for the rows
    if (!until([&] { return model.rowCount() > 0 && screenLoaded(view, &model); }))
        return {{QStringLiteral("error"), QStringLiteral("no first screen within 120 s")}};
    view->viewport()->repaint();
    const double firstScreen = t.nsecsElapsed() / 1e6;
    until([&] { return model.countKnown(); });
    const int rows = model.rowCount();
    const int middle = rows / 2;

    QElapsedTimer j;
    j.start();
    view->scrollTo(model.index(middle, 0), QAbstractItemView::PositionAtTop);
    view->viewport()->update(); // paint once: that asks for the rows
    until([&] { return screenLoaded(view, &model); });
    view->viewport()->repaint();
    const double jumpMs = j.nsecsElapsed() / 1e6;
    const QString landed = model.data(model.index(middle, 0)).toString();

    qm::catalog::CatalogQuery far;
    far.filter.skuPrefix = qEnvironmentVariable("QM_BENCH_FAR_SKU");
    far.sort = qm::catalog::defaultSort(qm::BackendKind::Vendure);
    QElapsedTimer f;
    f.start();
    model.setQuery(far);
    view->viewport()->update(); // paint once: that asks for the rows
    until([&] { return model.rowCount() > 0 && screenLoaded(view, &model); });
    view->viewport()->repaint();
    const double filterMs = f.nsecsElapsed() / 1e6;
    const int filterRows = model.rowCount();
    delete view;
    return {{QStringLiteral("first_screen_ms"), firstScreen},
        {QStringLiteral("empty_view_paint_ms"), emptyPaintMs}, {QStringLiteral("rows"), rows},
        {QStringLiteral("count_exact"), model.countIsExact()},
        {QStringLiteral("middle_row"), middle}, {QStringLiteral("jump_ms"), jumpMs},
        {QStringLiteral("landed_sku"), landed}, {QStringLiteral("filter_ms"), filterMs},
        {QStringLiteral("filter_rows"), filterRows}};
}

} // namespace

int runUi(const QString &which)
{
    const QJsonObject r = which == QLatin1String("vendure-ours") ? runVendureOurs()
        : which == QLatin1String("peer")                         ? runPeer()
        : which == QLatin1String("peer-filters")                 ? runPeerFilters()
                                                                 : runOurs();
    std::printf("RESULT %s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    return r.contains(QStringLiteral("error")) ? 1 : 0;
}

} // namespace catalogbench
