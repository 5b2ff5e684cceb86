// bench_orders: the live orders feed against a 1-second polling refresh, in the same run, at 50,
// 200 and the highest rate the storefront simulator sustains here; then the feed trigger's cost
// on checkout throughput. JSON lines on stdout (scripts/bench orders).
//
//   bench_orders [--seconds 15] [--rates 50,200,max] [--tps-seconds 15] [--tps-runs 3]
//   bench_orders --backend vendure [--seconds 15] [--rates 5,20,max] [--tps-seconds 15] [--tps-runs
//   3] bench_orders watch feed|poll|listen|adminpoll SECONDS PAGE   (internal: one watcher process)
//
// --backend vendure: the sandbox's Vendure store (profile-vendure.json). Orders are placed through
// Vendure's Shop API by server/vendure/store/shoppers.js at a fixed rate (max: 8 clients as fast as
// they go); ours is the console's feed on qm_vendure (as the Orders workspace runs it there: a read
// every 250 ms, no doorbell), the peer a 1 s refresh of Vendure's Admin API order list
// (orders(options: {sort: {updatedAt: DESC}}), the Admin UI's). commit_to_visible: from the commit
// of the placing transaction (pg_xact_commit_timestamp) to the moment a watcher showed the order;
// placed_to_visible: from its "orderPlacedAt" (set by Vendure inside that transaction, so it adds
// Vendure's own time to commit); missed = placed during the run and never shown. checkout_tps: Shop
// API checkouts/s with a console's feed reading vs without one, alternating.
#include "benchline.h"
#include "benchutil.h"
#include "meteredapplication.h"
#include "orders/orderfeed.h"
#include "vendurebench.h"
#include "watcher.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <pqxx/pqxx>
#include <thread>

using namespace bench;

namespace {

constexpr int kPollPage = 200; // Magento's largest grid page
// Simulator connections at 200/s and at full speed: its calls wait for their commit's flush, so
// more of them in flight share flushes (16 gave ~1.4x the orders/s of 8 here, issue 13).
constexpr int kSimWorkers = 16;

struct Args
{
    double seconds = 15;
    QStringList rates = {QStringLiteral("50"), QStringLiteral("200"), QStringLiteral("max")};
    double tpsSeconds = 15;
    int tpsRuns = 3;
};

QJsonObject lastJson(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last()).object();
}

QJsonObject runSimulator(const QStringList &args)
{
    QProcess sim;
    sim.start(QStringLiteral(QM_STOREFRONT),
        QStringList {QStringLiteral("--profile"), profilePath(), QStringLiteral("--quiet")} + args);
    sim.waitForFinished(-1);
    return lastJson(sim.readAllStandardOutput());
}

void setTrigger(pqxx::connection &owner, bool installed)
{
    pqxx::nontransaction tx(owner);
    tx.exec(installed ? "SELECT console.install_orders_notify(gen_random_uuid())"
                      : "SELECT console.drop_orders_notify(gen_random_uuid())");
}

// The feed's coalescing interval the watcher runs with (QM_BENCH_FEED_COALESCE_MS or the default).
int feedCoalesceMs()
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue("QM_BENCH_FEED_COALESCE_MS", &ok);
    return ok && v >= 0 ? v : qm::orders::OrderFeedOptions().coalesceMs;
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 50);
}

struct WatchResult
{
    qint64 stallMaxMs = -1;
    double taskMaxMs = -1; // the GUI thread's own CPU time in its longest stretch (StallMeter)
    qint64 tasksOver16 = -1;
    bool tasksBracketed = false; // taskMaxMs is one task, not a burst of several
    double burstMaxMs = -1; // the longest stretch between two ticks (several tasks when starved)
    qint64 burstsOver16 = -1;
    double applyCpuMaxMs = -1; // feed: longest merge, GUI thread CPU time
    double paintCpuMaxMs = -1; // longest repaint of the window, GUI thread CPU time
    double applyMaxMs = -1; // feed: longest model merge (with the view's synchronous part)
    QHash<qint64, qint64> visible;
    QJsonArray stages; // feed: [id, rang, readStart, readEnd, merged, painted] (ms since epoch)
};

WatchResult parseWatch(const QByteArray &out)
{
    WatchResult r;
    const QJsonObject o = lastJson(out);
    r.stallMaxMs = o.value(QStringLiteral("stall_max_ms")).toInteger(-1);
    r.applyMaxMs = o.value(QStringLiteral("apply_max_ms")).toDouble(-1);
    r.taskMaxMs = o.value(QStringLiteral("task_max_ms")).toDouble(-1);
    r.tasksOver16 = o.value(QStringLiteral("tasks_over_16ms")).toInteger(-1);
    r.tasksBracketed = o.value(QStringLiteral("tasks_bracketed")).toBool();
    r.burstMaxMs = o.value(QStringLiteral("burst_max_ms")).toDouble(-1);
    r.burstsOver16 = o.value(QStringLiteral("bursts_over_16ms")).toInteger(-1);
    r.stages = o.value(QStringLiteral("stages")).toArray();
    r.applyCpuMaxMs = o.value(QStringLiteral("apply_cpu_max_ms")).toDouble(-1);
    r.paintCpuMaxMs = o.value(QStringLiteral("paint_cpu_max_ms")).toDouble(-1);
    for (const QJsonValue &v : o.value(QStringLiteral("visible")).toArray()) {
        const QJsonArray pair = v.toArray();
        r.visible.insert(pair.at(0).toInteger(), pair.at(1).toInteger());
    }
    return r;
}

bool waitReady(QProcess &p, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QByteArray seen;
    while (t.elapsed() < timeoutMs) {
        if (p.canReadLine() || p.waitForReadyRead(200)) {
            seen += p.readLine();
            if (seen.contains("ready"))
                return true;
        }
        if (p.state() == QProcess::NotRunning)
            return false;
    }
    return false;
}

// One rate: both watchers, the simulator, then latency from each order's checkout commit.
void runRate(pqxx::connection &owner, const QString &rate, double seconds)
{
    qint64 maxId = 0;
    {
        pqxx::nontransaction tx(owner);
        maxId = tx.exec("SELECT coalesce(max(id), 0) FROM shop.orders")[0][0].as<qint64>();
    }
    QProcess feed;
    QProcess poll;
    const QString self = QCoreApplication::applicationFilePath();
    const QString limit = QString::number(seconds + 120);
    feed.start(
        self, {QStringLiteral("watch"), QStringLiteral("feed"), limit, QString::number(kPollPage)});
    poll.start(
        self, {QStringLiteral("watch"), QStringLiteral("poll"), limit, QString::number(kPollPage)});
    if (!waitReady(feed, 60000) || !waitReady(poll, 60000)) {
        std::fprintf(stderr, "bench_orders: a watcher did not start: %s %s\n",
            feed.readAllStandardError().constData(), poll.readAllStandardError().constData());
        feed.kill();
        poll.kill();
        return;
    }
    const bool max = rate == QLatin1String("max");
    const QJsonObject sim
        = runSimulator({QStringLiteral("--rate"), max ? QStringLiteral("0") : rate,
            QStringLiteral("--duration"), QString::number(seconds), QStringLiteral("--workers"),
            max || rate.toInt() >= 200 ? QString::number(kSimWorkers) : QStringLiteral("6")});
    std::this_thread::sleep_for(std::chrono::milliseconds(2500)); // a poll cycle and a batch
    feed.terminate();
    poll.terminate();
    feed.waitForFinished(30000);
    poll.waitForFinished(30000);
    const WatchResult ours = parseWatch(feed.readAllStandardOutput());
    const WatchResult peer = parseWatch(poll.readAllStandardOutput());

    // Server-side commit time of each order's checkout: the commit timestamp of the transaction
    // that wrote its first event (track_commit_timestamp = on in the sandbox).
    QHash<qint64, double> committed;
    {
        pqxx::nontransaction tx(owner);
        const pqxx::result r = tx.exec_params(
            "SELECT e.order_id, extract(epoch from pg_xact_commit_timestamp(e.xmin)) * 1000 "
            "FROM shop.order_events e WHERE e.order_id > $1 AND e.from_status IS NULL",
            maxId);
        for (const auto &row : r) {
            if (!row[1].is_null())
                committed.insert(row[0].as<qint64>(), row[1].as<double>());
        }
    }
    auto measure = [&](const WatchResult &w, std::vector<double> *lat) {
        qint64 missed = 0;
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const auto v = w.visible.constFind(it.key());
            if (v == w.visible.cend())
                ++missed;
            else
                lat->push_back(double(v.value()) - it.value());
        }
        return missed;
    };
    std::vector<double> ourLat;
    std::vector<double> peerLat;
    const qint64 ourMissed = measure(ours, &ourLat);
    const qint64 peerMissed = measure(peer, &peerLat);
    const double achieved = sim.value(QStringLiteral("orders_per_s")).toDouble();
    const QString peerName
        = QStringLiteral("1 s polling refresh of the newest %1 orders").arg(kPollPage);
    const QJsonValue rateValue = max ? QJsonValue(QStringLiteral("max")) : QJsonValue(rate.toInt());
    auto line = [&](const char *metric, const char *unit, double o, std::optional<double> p,
                    const QJsonObject &extra = {}) {
        QJsonObject j = extra;
        j.insert(QStringLiteral("rate"), rateValue);
        j.insert(QStringLiteral("achieved_orders_per_s"), achieved);
        j.insert(QStringLiteral("orders"), qint64(committed.size()));
        j.insert(QStringLiteral("feed_coalesce_ms"), feedCoalesceMs());
        qm::bench::print({QStringLiteral("orders"), QString::fromLatin1(metric),
            QString::fromLatin1(unit), qm::bench::rounded(o), p ? peerName : QStringLiteral("none"),
            p ? std::optional<double>(qm::bench::rounded(*p)) : std::nullopt, j});
    };
    line("commit_to_visible_p50_ms", "ms", percentile(ourLat, 50), percentile(peerLat, 50));
    line("commit_to_visible_p99_ms", "ms", percentile(ourLat, 99), percentile(peerLat, 99),
        {{QStringLiteral("goal"), QStringLiteral("< 250")}});
    line("missed_orders", "count", double(ourMissed), double(peerMissed),
        {{QStringLiteral("goal"), 0}});
    line("gui_stall_max_ms", "ms", double(ours.stallMaxMs), double(peer.stallMaxMs),
        {{QStringLiteral("goal"), QStringLiteral("< 50")},
            {QStringLiteral("ours_apply_max_ms"), std::round(ours.applyMaxMs * 10) / 10},
            {QStringLiteral("ours_task_max_ms"), qm::bench::rounded(ours.taskMaxMs)},
            {QStringLiteral("peer_task_max_ms"), qm::bench::rounded(peer.taskMaxMs)}});
    // The console's own work: the GUI thread's CPU time in its longest single task (the
    // wall-clock stall above also counts waiting for a CPU), and in its longest stretch between
    // two ticks of the stall meter (a starved thread runs several tasks back to back there).
    line("gui_task_max_ms", "ms", ours.taskMaxMs, peer.taskMaxMs,
        {{QStringLiteral("goal"), QStringLiteral("< 16")},
            {QStringLiteral("ours_tasks_over_16ms"), ours.tasksOver16},
            {QStringLiteral("single_tasks"), ours.tasksBracketed && peer.tasksBracketed},
            {QStringLiteral("ours_burst_max_ms"), qm::bench::rounded(ours.burstMaxMs)},
            {QStringLiteral("ours_bursts_over_16ms"), ours.burstsOver16},
            {QStringLiteral("peer_burst_max_ms"), qm::bench::rounded(peer.burstMaxMs)},
            {QStringLiteral("ours_merge_cpu_max_ms"), qm::bench::rounded(ours.applyCpuMaxMs)},
            {QStringLiteral("ours_paint_cpu_max_ms"), qm::bench::rounded(ours.paintCpuMaxMs)},
            {QStringLiteral("ours_wall_stall_max_ms"), double(ours.stallMaxMs)}});

    // Where the feed's time goes, per order (ours only): commit -> the doorbell its read answered
    // -> read started -> read done -> merged into the model -> the window's next paint done.
    std::vector<double> commitToRing, ringToRead, commitToRead, reading, readToMerged,
        mergedToPainted, commitToPainted;
    qint64 byRing = 0;
    qint64 traced = 0;
    for (const QJsonValue &v : std::as_const(ours.stages)) {
        const QJsonArray a = v.toArray();
        const auto c = committed.constFind(a.at(0).toInteger());
        if (c == committed.cend())
            continue;
        const double commit = c.value();
        const double rang = a.at(1).toDouble();
        const double readStart = a.at(2).toDouble();
        const double readEnd = a.at(3).toDouble();
        const double merged = a.at(4).toDouble();
        const double painted = a.at(5).toDouble();
        ++traced;
        if (rang > 0) {
            ++byRing;
            commitToRing.push_back(rang - commit);
            ringToRead.push_back(readStart - rang);
        }
        commitToRead.push_back(readStart - commit);
        reading.push_back(readEnd - readStart);
        if (merged > 0)
            readToMerged.push_back(merged - readEnd);
        if (merged > 0 && painted > 0) {
            mergedToPainted.push_back(painted - merged);
            commitToPainted.push_back(painted - commit);
        }
    }
    auto stage = [&](const char *name, const std::vector<double> &v, const char *what) {
        line(name, "ms", percentile(v, 99), std::nullopt,
            {{QStringLiteral("p50"), qm::bench::rounded(percentile(v, 50))},
                {QStringLiteral("p99"), qm::bench::rounded(percentile(v, 99))},
                {QStringLiteral("max"), qm::bench::rounded(percentile(v, 100))},
                {QStringLiteral("n"), qint64(v.size())},
                {QStringLiteral("stage"), QString::fromLatin1(what)}});
    };
    stage("stage_commit_to_read_start_ms", commitToRead,
        "commit until the feed's read that returned the order began (doorbell or follow-up "
        "read, min query gap)");
    stage("stage_commit_to_doorbell_ms", commitToRing,
        "commit until the doorbell that the order's read answered (reads started by a "
        "doorbell; negative: an earlier transaction's ring)");
    stage("stage_doorbell_to_read_start_ms", ringToRead, "doorbell until its read began");
    stage("stage_read_ms", reading, "the keyset read (BEGIN, snapshot, changes, COMMIT)");
    stage("stage_read_to_merged_ms", readToMerged,
        "read done until merged into the model on the GUI thread (queue, coalescing, merge)");
    stage("stage_merged_to_painted_ms", mergedToPainted,
        "merged until the window's next paint was done");
    stage("commit_to_painted_ms", commitToPainted, "commit until painted, end to end");
    line("reads_started_by_doorbell_share", "x", traced > 0 ? double(byRing) / double(traced) : -1,
        std::nullopt, {{QStringLiteral("traced_orders"), traced}});
}

int driver(const Args &a)
{
    const qm::db::ConnectionParams params = primary(QStringLiteral("qm_owner"));
    pqxx::connection owner(params.toConninfo());
    setTrigger(owner, true);
    for (const QString &rate : a.rates)
        runRate(owner, rate, a.seconds);

    // The feed's cost on the store: checkout throughput at full speed, trigger on vs off,
    // alternating so that drift (autovacuum, cache warmth) hits both. A console's feed listens
    // throughout (as it would in production; without the trigger it only reads after its
    // safety interval). It runs without a window: on this one machine a GUI's CPU would count
    // against the store, where in production the console runs elsewhere.
    QProcess listener;
    listener.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("watch"), QStringLiteral("listen"),
            QString::number(a.tpsRuns * 2 * (a.tpsSeconds + 10) + 60), QString::number(kPollPage)});
    waitReady(listener, 60000);
    std::vector<double> with;
    std::vector<double> without;
    for (int i = 0; i < a.tpsRuns; ++i) {
        for (bool installed : {true, false}) {
            setTrigger(owner, installed);
            const QJsonObject s = runSimulator({QStringLiteral("--rate"), QStringLiteral("0"),
                QStringLiteral("--duration"), QString::number(a.tpsSeconds),
                QStringLiteral("--workers"), QString::number(kSimWorkers)});
            (installed ? with : without)
                .push_back(s.value(QStringLiteral("orders_per_s")).toDouble());
        }
    }
    setTrigger(owner, true);
    listener.terminate();
    listener.waitForFinished(30000);
    const double w = median(with);
    const double wo = median(without);
    QJsonArray runsWith;
    QJsonArray runsWithout;
    for (double v : with)
        runsWith.append(v);
    for (double v : without)
        runsWithout.append(v);
    qm::bench::print(
        {QStringLiteral("orders"), QStringLiteral("checkout_tps"), QStringLiteral("orders/s"), w,
            QStringLiteral("no feed trigger"), wo > 0 ? std::optional<double>(wo) : std::nullopt,
            {{QStringLiteral("runs_with"), runsWith}, {QStringLiteral("runs_without"), runsWithout},
                {QStringLiteral("goal"), QStringLiteral("ours at most 5 % lower")}}});
    return 0;
}

// ---- --backend vendure ----------------------------------------------------------------------

QString shoppersScript()
{
    QString root = qEnvironmentVariable("QM_ROOT");
    if (root.isEmpty())
        root = QStringLiteral(QM_SOURCE_DIR);
    return root + QStringLiteral("/server/vendure/store/shoppers.js");
}

// Vendure's Shop API shoppers for `seconds`: "max" = 8 clients as fast as they go.
QJsonObject runShoppers(const QString &rate, double seconds)
{
    const bool max = rate == QLatin1String("max");
    QStringList args {shoppersScript(), QStringLiteral("--state"),
        qEnvironmentVariable("QM_SANDBOX_DIR") + QStringLiteral("/vendure"),
        QStringLiteral("--rate"), max ? QStringLiteral("1000") : rate, QStringLiteral("--duration"),
        QString::number(seconds), QStringLiteral("--report-every"), QStringLiteral("100000")};
    // Enough clients for the rate even when one checkout takes seconds (shoppers.js's own default
    // assumes well under a second): the rate stays the schedule's, not the clients'.
    args << QStringLiteral("--clients")
         << (max ? QStringLiteral("8")
                 : QString::number(std::clamp(int(std::ceil(rate.toDouble() * 12)), 4, 64)));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("node"), args);
    if (!p.waitForFinished(int(seconds * 1000) + 300000))
        p.kill();
    const QJsonObject r = lastJson(p.readAllStandardOutput());
    if (r.isEmpty() || r.value(QStringLiteral("failed")).toInt() > 0)
        std::fprintf(stderr, "bench_orders: shoppers: %s\n",
            QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
    return r;
}

qint64 maxVendureOrderId(pqxx::connection &owner)
{
    pqxx::nontransaction tx(owner);
    return tx.exec("SELECT coalesce(max(id), 0) FROM public.\"order\"")[0][0].as<qint64>();
}

void runRateVendure(pqxx::connection &owner, const QString &rate, double seconds)
{
    const qint64 maxId = maxVendureOrderId(owner);
    QProcess feed;
    QProcess poll;
    const QString self = QCoreApplication::applicationFilePath();
    const QString limit = QString::number(seconds + 300);
    feed.start(
        self, {QStringLiteral("watch"), QStringLiteral("feed"), limit, QString::number(kPollPage)});
    poll.start(self,
        {QStringLiteral("watch"), QStringLiteral("adminpoll"), limit, QString::number(kPollPage)});
    if (!waitReady(feed, 120000) || !waitReady(poll, 120000)) {
        std::fprintf(stderr, "bench_orders: a watcher did not start: %s %s\n",
            feed.readAllStandardError().constData(), poll.readAllStandardError().constData());
        feed.kill();
        poll.kill();
        return;
    }
    const QJsonObject sim = runShoppers(rate, seconds);
    std::this_thread::sleep_for(std::chrono::milliseconds(3000)); // a poll cycle and a read
    feed.terminate();
    poll.terminate();
    feed.waitForFinished(30000);
    poll.waitForFinished(30000);
    const WatchResult ours = parseWatch(feed.readAllStandardOutput());
    const WatchResult peer = parseWatch(poll.readAllStandardOutput());

    // Placed during the run, with two clocks: the commit of the transaction that wrote the order
    // row's current version (pg_xact_commit_timestamp(xmin), track_commit_timestamp = on; nothing
    // in this run writes an order again after its payment, so that is the placing transaction's
    // commit, as the reference benchmark measures it) and "orderPlacedAt" (timestamp without time
    // zone, UTC as Vendure writes it here), which Vendure sets in the same transaction before its
    // remaining work: from it the latency includes Vendure's own time to commit.
    QHash<qint64, double> placed;
    QHash<qint64, double> committed;
    {
        pqxx::nontransaction tx(owner);
        const pqxx::result r = tx.exec_params(
            "SELECT id, extract(epoch from \"orderPlacedAt\" AT TIME ZONE 'UTC') * 1000, "
            "extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000 "
            "FROM public.\"order\" WHERE id > $1 AND \"orderPlacedAt\" IS NOT NULL",
            maxId);
        for (const auto &row : r) {
            placed.insert(row[0].as<qint64>(), row[1].as<double>());
            if (!row[2].is_null())
                committed.insert(row[0].as<qint64>(), row[2].as<double>());
        }
    }
    // Latencies from `from` (orders without that time are left out); missed counts every placed
    // order the watcher never showed.
    auto measure
        = [&](const WatchResult &w, const QHash<qint64, double> &from, std::vector<double> *lat) {
              qint64 missed = 0;
              for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
                  const auto v = w.visible.constFind(it.key());
                  if (v == w.visible.cend())
                      ++missed;
                  else if (from.contains(it.key()))
                      lat->push_back(double(v.value()) - from.value(it.key()));
              }
              return missed;
          };
    std::vector<double> ourLat;
    std::vector<double> peerLat;
    std::vector<double> ourPlacedLat;
    std::vector<double> peerPlacedLat;
    const qint64 ourMissed = measure(ours, committed, &ourLat);
    const qint64 peerMissed = measure(peer, committed, &peerLat);
    measure(ours, placed, &ourPlacedLat);
    measure(peer, placed, &peerPlacedLat);
    const double achieved = sim.value(QStringLiteral("orders_per_s")).toDouble();
    const QString peerName = QStringLiteral("Vendure Admin API orders (1 s refresh, newest %1 by "
                                            "updatedAt)")
                                 .arg(kPollPage);
    const QJsonValue rateValue = rate == QLatin1String("max") ? QJsonValue(QStringLiteral("max"))
                                                              : QJsonValue(rate.toDouble());
    auto line = [&](const char *metric, const char *unit, double o, std::optional<double> p,
                    const QString &peerLabel, const QJsonObject &extra = {}) {
        QJsonObject j = extra;
        j.insert(QStringLiteral("backend"), QStringLiteral("vendure"));
        j.insert(QStringLiteral("rate"), rateValue);
        j.insert(QStringLiteral("achieved_orders_per_s"), achieved);
        j.insert(QStringLiteral("orders"), qint64(placed.size()));
        j.insert(QStringLiteral("shop_api_failed"), sim.value(QStringLiteral("failed")));
        qm::bench::print({QStringLiteral("orders"), QString::fromLatin1(metric),
            QString::fromLatin1(unit), qm::bench::rounded(o), peerLabel,
            p ? std::optional<double>(qm::bench::rounded(*p)) : std::nullopt, j});
    };
    const QJsonValue fromCommit = QStringLiteral("pg_xact_commit_timestamp(order.xmin)");
    line("commit_to_visible_p50_ms", "ms", percentile(ourLat, 50), percentile(peerLat, 50),
        peerName, {{QStringLiteral("from"), fromCommit}});
    line("commit_to_visible_p99_ms", "ms", percentile(ourLat, 99), percentile(peerLat, 99),
        peerName,
        {{QStringLiteral("goal"), QStringLiteral("< 1000")}, {QStringLiteral("from"), fromCommit},
            {QStringLiteral("ours_max_ms"), qm::bench::rounded(percentile(ourLat, 100))},
            {QStringLiteral("peer_max_ms"), qm::bench::rounded(percentile(peerLat, 100))}});
    line("placed_to_visible_p99_ms", "ms", percentile(ourPlacedLat, 99),
        percentile(peerPlacedLat, 99), peerName,
        {{QStringLiteral("from"), QStringLiteral("orderPlacedAt")},
            {QStringLiteral("ours_p50_ms"), qm::bench::rounded(percentile(ourPlacedLat, 50))},
            {QStringLiteral("peer_p50_ms"), qm::bench::rounded(percentile(peerPlacedLat, 50))}});
    line("missed_orders", "count", double(ourMissed), double(peerMissed), peerName,
        {{QStringLiteral("goal"), 0}});
    line("gui_stall_max_ms", "ms", double(ours.stallMaxMs), std::nullopt, QStringLiteral("none"),
        {{QStringLiteral("goal"), QStringLiteral("< 50")},
            {QStringLiteral("ours_apply_max_ms"), std::round(ours.applyMaxMs * 10) / 10}});
}

int driverVendure(const Args &a)
{
    const qm::db::ConnectionParams params = primary(QStringLiteral("qm_owner"));
    pqxx::connection owner(params.toConninfo());
    for (const QString &rate : a.rates)
        runRateVendure(owner, rate, a.seconds);

    // The feed's cost on the store: Shop API checkouts/s at full speed (8 clients) with a
    // console's feed reading (its 250 ms read of qm_vendure.orders_changes, no window) vs with
    // none, alternating so that drift hits both.
    std::vector<double> with;
    std::vector<double> without;
    for (int i = 0; i < a.tpsRuns; ++i) {
        for (bool feedOn : {true, false}) {
            QProcess listener;
            if (feedOn) {
                listener.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("watch"), QStringLiteral("listen"),
                        QString::number(a.tpsSeconds + 300), QString::number(kPollPage)});
                if (!waitReady(listener, 120000)) {
                    std::fprintf(stderr, "bench_orders: the feed did not start\n");
                    listener.kill();
                    listener.waitForFinished(5000);
                    continue;
                }
            }
            const QJsonObject s = runShoppers(QStringLiteral("max"), a.tpsSeconds);
            (feedOn ? with : without).push_back(s.value(QStringLiteral("orders_per_s")).toDouble());
            if (feedOn) {
                listener.terminate();
                listener.waitForFinished(30000);
            }
        }
    }
    const double w = median(with);
    const double wo = median(without);
    QJsonArray runsWith;
    QJsonArray runsWithout;
    for (double v : with)
        runsWith.append(v);
    for (double v : without)
        runsWithout.append(v);
    qm::bench::print({QStringLiteral("orders"), QStringLiteral("checkout_tps"),
        QStringLiteral("orders/s"), w, QStringLiteral("no console feed reading"),
        wo > 0 ? std::optional<double>(wo) : std::nullopt,
        {{QStringLiteral("backend"), QStringLiteral("vendure")}, {QStringLiteral("clients"), 8},
            {QStringLiteral("seconds"), a.tpsSeconds}, {QStringLiteral("runs_with"), runsWith},
            {QStringLiteral("runs_without"), runsWithout},
            {QStringLiteral("goal"), QStringLiteral("ours at most 5 % lower")}}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qm::bench::takeBackendArg(argc, argv)) {
        std::fprintf(stderr, "bench_orders: --backend is reference or vendure\n");
        return 2;
    }
    if (argc >= 2 && qstrcmp(argv[1], "watch") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qm::MeteredApplication app(argc, argv); // the longest single task, as in the console
        const QStringList args = app.arguments();
        if (args.size() < 5)
            return 2;
        return runWatcher(args.at(2), args.at(3).toDouble(), args.at(4).toInt());
    }
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QM_SANDBOX_DIR")) {
        std::fprintf(stderr, "bench_orders: run through scripts/bench orders (QM_SANDBOX_DIR)\n");
        return 2;
    }
    Args a;
    if (qm::bench::onVendure()) // Vendure's Shop API takes far fewer checkouts/s on this machine
        a.rates = {QStringLiteral("5"), QStringLiteral("20"), QStringLiteral("max")};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--seconds"))
            a.seconds = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--rates"))
            a.rates = args[i + 1].split(u',', Qt::SkipEmptyParts); // "" = latency part off
        else if (args[i] == QLatin1String("--tps-seconds"))
            a.tpsSeconds = args[i + 1].toDouble();
        else if (args[i] == QLatin1String("--tps-runs"))
            a.tpsRuns = args[i + 1].toInt();
    }
    return qm::bench::onVendure() ? driverVendure(a) : driver(a);
}
