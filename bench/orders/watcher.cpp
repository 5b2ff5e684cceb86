#include "watcher.h"

#include "benchutil.h"
#include "common/stallmeter.h"
#include "common/whenfinished.h"
#include "db/pool.h"
#include "orders/orderfeed.h"
#include "orders/ordersservice.h"
#include "orders/orderssource.h"
#include "orders/orderstableview.h"
#include "ordersmodel.h"
#include "vendurebench.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>
#include <QTimer>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <functional>
#include <mutex>
#include <pqxx/pqxx>

namespace bench {

namespace {

std::atomic<bool> g_stop {false};
extern "C" void onTerm(int)
{
    g_stop.store(true);
}

// Pages of console.orders on a pool worker (both modes load pages this way).
class PoolSource : public qm::orders::OrdersPageSource
{
public:
    explicit PoolSource(qm::db::Pool *pool)
        : m_pool(pool)
    { }
    QFuture<qm::Result<qm::orders::OrderRows>> page(
        const qm::orders::OrdersFilter &filter, qm::orders::OrdersCursor after, int limit) override
    {
        std::vector<std::string> params;
        const std::string sql = qm::orders::OrdersService::pageSql(filter, after, limit, &params,
            qm::bench::onVendure() ? qm::BackendKind::Vendure : qm::BackendKind::Reference)
                                    .toStdString();
        return m_pool->run<qm::orders::OrderRows>(
            QStringLiteral("page"), [sql, params](qm::db::Pool::Connection &c) {
                pqxx::read_transaction tx(c);
                qm::orders::OrderRows rows;
                for (const auto &row :
                    tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params)))
                    rows.append(qm::orders::parseOrderRow([&row](int col) -> const char * {
                        return row[col].is_null() ? nullptr : row[col].c_str();
                    }));
                return rows;
            });
    }

private:
    qm::db::Pool *m_pool;
};

// The feed as the Orders workspace configures it for the profile's backend
// (widgets/orders/orderspage.cpp): on Vendure no doorbell rings, the feed reads every 250 ms.
qm::orders::OrderFeedOptions feedOptions(const qm::db::ConnectionParams &params, const char *app)
{
    qm::orders::OrderFeedOptions o;
    o.params = params;
    o.params.applicationName = QString::fromLatin1(app);
    if (qm::bench::onVendure()) {
        o.backend = qm::BackendKind::Vendure;
        o.safetyPollMs = 250;
    }
    // Another coalescing interval than the feed's default (to compare, e.g. the former 100 ms).
    bool ok = false;
    const int coalesce = qEnvironmentVariableIntValue("QM_BENCH_FEED_COALESCE_MS", &ok);
    if (ok && coalesce >= 0)
        o.coalesceMs = coalesce;
    return o;
}

// CPU time of the calling thread (the GUI thread's own work, without waiting for a CPU).
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
}

double epochMs()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// Per-order stage times of the feed mode: the read that returned the order (with the doorbell it
// answered), its merge into the model and the end of the window's next paint.
struct Stages
{
    double rangAt = 0; // 0: the read was a follow-up or safety read, not a doorbell's
    double readStart = 0;
    double readEnd = 0;
    double merged = 0;
    double painted = 0;
};

// Stamps `painted` on every merged order once the window's next repaint is done: the window's
// UpdateRequest (the repaint manager's sync: paint and flush) is sent again from here so that the
// stamp is taken after it.
class PaintStamper : public QObject
{
public:
    explicit PaintStamper(std::function<void()> afterPaint)
        : m_afterPaint(std::move(afterPaint))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::UpdateRequest || m_inside)
            return false;
        m_inside = true;
        const double cpu = threadCpuMs();
        QCoreApplication::sendEvent(watched, event);
        paintCpuMaxMs = std::max(paintCpuMaxMs, threadCpuMs() - cpu);
        m_inside = false;
        m_afterPaint();
        return true;
    }

public:
    double paintCpuMaxMs = 0; // the longest repaint, in the GUI thread's CPU time

private:
    std::function<void()> m_afterPaint;
    bool m_inside = false;
};

} // namespace

int runWatcher(const QString &mode, double seconds, int page)
{
    const qm::db::ConnectionParams params = primary(QStringLiteral("manager"));
    qm::db::Pool pool(params, 1);
    PoolSource source(&pool);
    qm::OrdersTableModel model;
    model.setPageSize(page);
    // The Orders workspace's own table (fixed row heights, the read row held in place): the
    // stall is what a user of the console would feel, not a default QTableView's.
    qm::OrdersTableView view;
    view.setModel(&model);
    view.resize(1200, 800);
    view.show();
    qm::StallMeter meter(nullptr, 5);

    QHash<qint64, qint64> visible; // id -> ms since the epoch
    std::mutex traceMutex; // the feed's trace runs on its listener thread
    QHash<qint64, Stages> stages; // feed mode
    QVector<qint64> awaitingPaint;
    PaintStamper stamper([&] {
        if (awaitingPaint.isEmpty())
            return;
        const double now = epochMs();
        std::lock_guard lock(traceMutex);
        for (qint64 id : std::as_const(awaitingPaint))
            stages[id].painted = now;
        awaitingPaint.clear();
    });
    view.installEventFilter(&stamper);
    bool ready = false;
    auto seen = [&](int first, int last) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int r = first; r <= last; ++r) {
            const qm::orders::OrderRow *o = model.orderAt(r);
            if (o && ready && !visible.contains(o->id))
                visible.insert(o->id, now);
        }
    };
    auto sayReady = [&] {
        if (ready)
            return;
        ready = true;
        // Orders already shown before the run are not part of it.
        std::fputs("ready\n", stdout);
        std::fflush(stdout);
        meter.start();
    };

    std::unique_ptr<qm::orders::OrderFeed> feed;
    std::unique_ptr<qm::bench::VendureAdmin> admin;
    bool adminBusy = false;
    double applyMaxMs = 0;
    double applyCpuMaxMs = 0;
    QTimer poll;
    if (mode == QLatin1String("adminpoll")) {
        // Vendure's Admin UI order list, refreshed every second: the newest `page` placed orders
        // by updatedAt from the Admin API (signed in once as superadmin). An order counts as
        // visible when the first answer that lists it arrives.
        admin = std::make_unique<qm::bench::VendureAdmin>();
        QString error;
        if (!admin->login(&error)) {
            std::fprintf(
                stderr, "bench_orders: Vendure Admin API sign-in failed: %s\n", qPrintable(error));
            return 1;
        }
        const QString gql = QStringLiteral(
            "query($take: Int) { orders(options: {take: $take, sort: {updatedAt: DESC}, "
            "filter: {active: {eq: false}}}) { totalItems items { id code state orderPlacedAt "
            "updatedAt totalWithTax currencyCode customer { firstName lastName } } } }");
        auto refresh = [&, gql] {
            if (adminBusy)
                return; // the previous answer is not in yet: a grid does not stack requests
            adminBusy = true;
            admin->queryAsync(gql, {{QStringLiteral("take"), page}},
                [&](const QJsonObject &data, const QString &e) {
                    adminBusy = false;
                    if (!e.isEmpty()) {
                        std::fprintf(stderr, "bench_orders: Admin API: %s\n", qPrintable(e));
                        return;
                    }
                    const qint64 now = QDateTime::currentMSecsSinceEpoch();
                    const QJsonArray items = data.value(QStringLiteral("orders"))
                                                 .toObject()
                                                 .value(QStringLiteral("items"))
                                                 .toArray();
                    if (ready) {
                        for (const QJsonValue &v : items) {
                            const qint64 id
                                = v.toObject().value(QStringLiteral("id")).toString().toLongLong();
                            if (!visible.contains(id))
                                visible.insert(id, now);
                        }
                    }
                    sayReady();
                });
        };
        QObject::connect(&poll, &QTimer::timeout, qApp, refresh);
        refresh();
        poll.start(1000);
    } else if (mode == QLatin1String("listen")) {
        // The feed alone, no model or view: what the store's database serves to one console.
        feed = std::make_unique<qm::orders::OrderFeed>(feedOptions(params, "bench-orders-listen"));
        QObject::connect(feed.get(), &qm::orders::OrderFeed::resynced, &model, sayReady);
        feed->start();
    } else if (mode == QLatin1String("feed")) {
        qm::orders::OrderFeedOptions options = feedOptions(params, "bench-orders-feed");
        options.trace = [&](const qm::orders::FeedReadTrace &t) {
            std::lock_guard lock(traceMutex);
            for (qint64 id : t.ids) {
                auto it = stages.find(id);
                if (it == stages.end()) // the first version read (its checkout)
                    stages.insert(id, Stages {t.rangAtMs, t.readStartMs, t.readEndMs, 0, 0});
            }
        };
        feed = std::make_unique<qm::orders::OrderFeed>(options);
        // Timed: the model's merge plus the view's synchronous reaction to it (row moves,
        // geometry), i.e. the feed's share of a GUI stall; painting comes later.
        QObject::connect(feed.get(), &qm::orders::OrderFeed::rowsArrived, &model,
            [&](const qm::orders::OrderRows &rows) {
                QElapsedTimer t;
                t.start();
                const double cpu = threadCpuMs();
                model.applyChanges(rows);
                applyMaxMs = std::max(applyMaxMs, t.nsecsElapsed() / 1e6);
                applyCpuMaxMs = std::max(applyCpuMaxMs, threadCpuMs() - cpu);
                const double now = epochMs();
                std::lock_guard lock(traceMutex);
                for (const qm::orders::OrderRow &row : rows) {
                    auto it = stages.find(row.id);
                    if (it != stages.end() && it->merged == 0) {
                        it->merged = now;
                        awaitingPaint.append(row.id);
                    }
                }
            });
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
            [&](const QModelIndex &, int first, int last) { seen(first, last); });
        // Ready once both the first page is shown and the feed is live (whichever is last).
        bool pageShown = false;
        bool live = false;
        QObject::connect(&model, &qm::OrdersTableModel::pageLoaded, &model, [&] {
            pageShown = true;
            if (live)
                QTimer::singleShot(200, &model, sayReady); // after the first page's paint
        });
        QObject::connect(feed.get(), &qm::orders::OrderFeed::resynced, &model, [&] {
            live = true;
            if (pageShown)
                QTimer::singleShot(200, &model, sayReady);
        });
        feed->start();
        model.setSource(&source);
    } else {
        // The grid's refresh: reload the newest page every second (a reset, as a grid does).
        QObject::connect(&model, &qm::OrdersTableModel::pageLoaded, &model, [&] {
            sayReady();
            seen(0, model.rowCount() - 1);
        });
        model.setSource(&source);
        QObject::connect(&poll, &QTimer::timeout, &model, [&] {
            if (!model.isLoading())
                model.reload();
        });
        poll.start(1000);
    }

    // Ends on SIGTERM (the driver's "the run is over") or after `seconds` at the latest.
    std::signal(SIGTERM, onTerm);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, qApp, [] {
        if (g_stop.load())
            QCoreApplication::quit();
    });
    stopCheck.start(50);
    QTimer::singleShot(int(seconds * 1000), qApp, &QCoreApplication::quit);
    QApplication::exec();
    meter.stop();
    feed.reset();

    QJsonArray rows;
    for (auto it = visible.cbegin(); it != visible.cend(); ++it)
        rows.append(QJsonArray {it.key(), it.value()});
    QJsonArray stageRows; // [id, rang, readStart, readEnd, merged, painted]
    {
        std::lock_guard lock(traceMutex);
        for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
            const Stages &s = it.value();
            stageRows.append(
                QJsonArray {it.key(), s.rangAt, s.readStart, s.readEnd, s.merged, s.painted});
        }
    }
    printRaw(QJsonObject {{QStringLiteral("mode"), mode},
        {QStringLiteral("stall_max_ms"), meter.maxStallMs()},
        {QStringLiteral("task_max_ms"), meter.maxTaskMs()},
        {QStringLiteral("tasks_over_16ms"), meter.tasksOver(16)},
        {QStringLiteral("tasks_bracketed"), meter.tasksBracketed()},
        {QStringLiteral("burst_max_ms"), meter.maxBurstMs()},
        {QStringLiteral("bursts_over_16ms"), meter.burstsOver(16)},
        {QStringLiteral("apply_cpu_max_ms"), applyCpuMaxMs},
        {QStringLiteral("paint_cpu_max_ms"), stamper.paintCpuMaxMs},
        {QStringLiteral("stages"), stageRows},
        {QStringLiteral("stalls_over_50ms"), meter.stallsOver(50)},
        {QStringLiteral("apply_max_ms"), applyMaxMs}, {QStringLiteral("visible"), rows}});
    return 0;
}

} // namespace bench
