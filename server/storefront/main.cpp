// qm-storefront: simulated shoppers for the sandbox store. See options.cpp for the flags.
#include "clerk.h"
#include "metrics.h"
#include "ops.h"
#include "options.h"
#include "pacer.h"
#include "pipeline.h"
#include "shop.h"
#include "shopper.h"
#include "stats.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <csignal>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

using namespace storefront;

namespace {

std::atomic<bool> g_stop {false};

extern "C" void onSignal(int)
{
    g_stop.store(true);
}

void printLine(const QJsonObject &o)
{
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Expiry sweep, restocks, and fulfilment when the shoppers are idle (low rates).
void backOffice(const Options &options, Catalog &catalog, OrderQueue &queue, Stats &stats)
{
    Shop shop(options.conninfo, stats, g_stop);
    Shop staff(options.staffConninfo, stats, g_stop, false);
    shop.prepare("expire", "SELECT storefront.expire_reservations()");
    Clerk::prepare(shop, staff);
    std::mt19937_64 rng(options.seed * 31 + 17);
    Clerk clerk(options, shop, staff, queue, catalog, stats, rng);
    const auto tick = std::chrono::milliseconds(qint64(options.fulfilEverySec * 1000));
    auto nextRestock
        = std::chrono::steady_clock::now() + std::chrono::seconds(options.restockEverySec);
    while (!g_stop.load()) {
        const auto started = std::chrono::steady_clock::now();
        try {
            const auto n = shop.call([](pqxx::nontransaction &tx) {
                return tx.exec_prepared("expire")[0][0].as<int>();
            });
            if (n)
                stats.add(Stats::Expired, *n);
        } catch (const std::exception &e) {
            stats.error("expire_reservations", e.what());
        }
        while (
            !g_stop.load() && std::chrono::steady_clock::now() - started < tick && clerk.work()) { }
        if (options.restockEverySec > 0 && std::chrono::steady_clock::now() >= nextRestock) {
            clerk.restock(50);
            nextRestock
                = std::chrono::steady_clock::now() + std::chrono::seconds(options.restockEverySec);
        }
        while (!g_stop.load() && std::chrono::steady_clock::now() - started < tick)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qm-storefront"));
    Options options;
    QString error;
    if (!parseOptions(options, &error)) {
        std::fprintf(stderr, "qm-storefront: %s\n", qPrintable(error));
        return 2;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);

    Stats stats;
    Catalog catalog;
    if (options.queue && options.redisHost.isEmpty()) {
        std::fprintf(stderr, "qm-storefront: --queue needs Redis (--redis or the profile's)\n");
        return 2;
    }
    if (!options.queueOnly) {
        Shop shop(options.conninfo, stats, g_stop);
        std::mt19937_64 rng(options.seed);
        std::string why;
        if (!loadCatalog(shop, 200, options.items, rng, &catalog, &why)) {
            std::fprintf(stderr, "qm-storefront: cannot load the catalog: %s\n", why.c_str());
            return 1;
        }
    }
    metrics::Server metricsServer; // joined after g_stop (declared before the threads)
    metrics::setTargetRate(options.rate);
    if (options.metricsPort > 0) {
        std::string why;
        if (!metricsServer.start(options.metricsPort, g_stop, &why)) {
            std::fprintf(stderr, "qm-storefront: %s\n", why.c_str());
            return 1;
        }
    }
    OrderQueue queue(std::chrono::seconds(options.fulfilDelaySec));
    const auto started = std::chrono::steady_clock::now();
    // Sessions that end in an order are (1 - abandon) of all: pace sessions so orders hit the rate.
    Pacer pacer(options.rate > 0 ? options.rate / (1 - options.abandonShare) : 0, started);

    std::vector<std::thread> threads;
    // Maintenance mode and payment settings from the database; breakers reported back (ops.h).
    Ops ops(options.conninfo, options.payments, stats, g_stop);
    if (!options.queueOnly) {
        Ops::setCurrent(&ops);
        threads.emplace_back([&ops] { ops.run(); });
    }
    std::vector<std::unique_ptr<Shopper>> shoppers;
    for (int i = 0; i < options.workers && !options.queueOnly; ++i)
        shoppers.push_back(std::make_unique<Shopper>(i, options, catalog, queue, stats, g_stop));
    for (auto &s : shoppers)
        threads.emplace_back([&pacer, shopper = s.get()] { shopper->run(pacer); });
    if (options.fulfilEverySec > 0 && !options.queueOnly)
        threads.emplace_back([&] { backOffice(options, catalog, queue, stats); });
    // The order pipeline's worker pool: queueWorkers threads per task, one consumer each.
    std::vector<std::unique_ptr<QueueWorker>> queueWorkers;
    for (int i = 0; options.queue && i < options.queueWorkers; ++i) {
        for (const std::string &task : pipeline::tasks()) {
            queueWorkers.push_back(std::make_unique<QueueWorker>(options, task,
                options.queueConsumer + '-' + task + '-' + std::to_string(i), stats, g_stop));
        }
    }
    for (auto &w : queueWorkers)
        threads.emplace_back([worker = w.get()] { worker->run(); });

    auto elapsed = [&] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    };
    double nextReport = options.reportEverySec;
    while (!g_stop.load()) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        const double t = elapsed();
        if (options.durationSec > 0 && t >= options.durationSec)
            break;
        if (options.maxOrders > 0 && stats.get(Stats::Orders) >= options.maxOrders)
            break;
        if (!options.quiet && options.reportEverySec > 0 && t >= nextReport) {
            QJsonObject o = stats.snapshot("progress", t, options.rate);
            o.insert(QStringLiteral("in_fulfilment"), qint64(queue.size()));
            ops.addTo(o);
            printLine(o);
            nextReport += options.reportEverySec;
        }
    }
    g_stop.store(true);
    for (auto &t : threads)
        t.join();
    QJsonObject summary = stats.snapshot("summary", elapsed(), options.rate);
    summary.insert(QStringLiteral("workers"), options.workers);
    summary.insert(QStringLiteral("in_fulfilment"), qint64(queue.size()));
    ops.addTo(summary);
    Ops::setCurrent(nullptr);
    printLine(summary);
    return 0;
}
