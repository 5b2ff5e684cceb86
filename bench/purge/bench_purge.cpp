// scripts/bench purge: one JSON object per line.
//
// A private redis-server (no replica, no persistence) on a free loopback port gets 2,000,000
// keys page:0 .. page:1999999 (DEBUG POPULATE); the 1,111,111 matching page:1* are purged three
// ways, each on a freshly filled server, while a shopper loop (its own connection and thread)
// GETs page:0 about once a millisecond and records every round trip:
//   quartermaster   RedisPurgeAction::execute: SCAN + pipelined UNLINK, paced to a 2 ms budget
//   redis-cli       redis-cli --scan --pattern 'page:1*' | xargs -n 1000 redis-cli unlink
//   keys+del        KEYS page:1*, then DEL in pipelined chunks of 1000
// Lines (bench/common/benchline.h): purge_seconds and shopper_p99_ms of ours against redis-cli and
// against KEYS + DEL (each line carries both runs' details), plan_count_seconds and
// gui_task_max_ms (ours alone: the GUI thread's longest task while ours runs on a worker and a
// progress window follows it, next to the wall-clock stall).
// Options: --keys N (default 2000000), --budget-ms B (2), --skip-keys-del, --port P (the private
// server's port, default a free one), --redis HOST:PORT
// (use a running server instead of starting one: it gets FLUSHALL'd).
#include "benchline.h"
#include "cache/latencyprobe.h"
#include "cache/redispurge.h"
#include "cache/redissync.h"
#include "common/stallmeter.h"
#include "meteredapplication.h"
#include "redis/client.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QVBoxLayout>
#include <atomic>
#include <cmath>
#include <cstdio>

using namespace qm;

namespace {

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

bool waitPing(const redis::Endpoint &e, int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        redis::Client c(e);
        auto r = c.commandSync({"PING"}, 500);
        if (r && r->isText() && r->str == "PONG")
            return true;
        QThread::msleep(50);
    }
    return false;
}

qint64 matching(qint64 keys)
{
    // Numbers below `keys` whose decimal form starts with 1.
    qint64 n = 0;
    for (qint64 lo = 1; lo < keys; lo *= 10)
        n += qMin(keys, 2 * lo) - lo;
    return n;
}

struct Shopper
{
    explicit Shopper(const redis::Endpoint &e)
        : probe(e, 1, "page:0")
    { }
    void start()
    {
        probe.start();
        QThread::msleep(100); // warm: connected and looping
        from = probe.sequence();
    }
    QJsonObject stop()
    {
        std::vector<double> s;
        probe.samplesSince(from, &s);
        probe.stop();
        probe.wait();
        const double p50 = cache::LatencyProbe::percentile(s, 50);
        const double p99 = cache::LatencyProbe::percentile(s, 99);
        const double p999 = cache::LatencyProbe::percentile(s, 99.9);
        const double max = cache::LatencyProbe::percentile(s, 100);
        return QJsonObject {{QStringLiteral("shopper_gets"), qint64(s.size())},
            {QStringLiteral("shopper_p50_ms"), std::round(p50 * 1000) / 1000},
            {QStringLiteral("shopper_p99_ms"), std::round(p99 * 1000) / 1000},
            {QStringLiteral("shopper_p999_ms"), std::round(p999 * 1000) / 1000},
            {QStringLiteral("shopper_max_ms"), std::round(max * 1000) / 1000},
            {QStringLiteral("shopper_errors"), probe.failures()}};
    }
    cache::LatencyProbe probe;
    quint64 from = 0;
};

bool fill(redis::Client &c, qint64 keys)
{
    if (!cache::callSync(c, {"FLUSHALL"}, 60000))
        return false;
    auto r = cache::callSync(c, {"DEBUG", "POPULATE", QByteArray::number(keys), "page"}, 120000);
    if (!r || r->isError()) {
        std::fprintf(stderr, "bench_purge: DEBUG POPULATE failed: %s\n",
            qPrintable(r ? r->toString() : r.error().toString()));
        return false;
    }
    return true;
}

qint64 dbsize(redis::Client &c)
{
    auto r = cache::callSync(c, {"DBSIZE"});
    return r ? r->integer : -1;
}

// Redis's main thread's CPU seconds so far (INFO cpu): what a run cost the server itself.
double redisCpu(redis::Client &c)
{
    auto r = cache::callSync(c, {"INFO", "cpu"});
    if (!r || !r->isText())
        return -1;
    double sum = 0;
    int found = 0;
    for (const QByteArray &line : r->str.split('\n')) {
        const QByteArray l = line.trimmed();
        if (l.startsWith("used_cpu_sys_main_thread:")
            || l.startsWith("used_cpu_user_main_thread:")) {
            sum += l.mid(l.indexOf(':') + 1).toDouble();
            ++found;
        }
    }
    return found == 2 ? sum : -1;
}

double cpuSince(redis::Client &c, double from)
{
    const double now = redisCpu(c);
    return now < 0 || from < 0 ? -1 : std::round((now - from) * 1000) / 1000;
}

// One run's details (deleted, left, shopper latencies ...), nested in the benchmark lines.
QJsonObject base(const QString &tool)
{
    return QJsonObject {{QStringLiteral("tool"), tool}};
}

// What the safety flow dialog shows of a running purge: a bar, "n of m" and the shoppers' round
// trip (widgets/safety/flowdialog.cpp, FlowDialog::onProgress).
class ProgressWindow : public QWidget
{
public:
    ProgressWindow()
    {
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_stage);
        layout->addWidget(m_bar);
        layout->addWidget(m_latency);
        resize(480, 120);
        QWidget::show();
    }
    void show(const safety::Progress &p)
    {
        if (!p.stage.isEmpty())
            m_stage->setText(p.stage);
        if (p.total > 0) {
            m_bar->setRange(0, 1000);
            m_bar->setValue(int(qMin<qint64>(1000, p.done * 1000 / p.total)));
            m_bar->setFormat(QStringLiteral("%1 of %2")
                                 .arg(QLocale().toString(p.done), QLocale().toString(p.total)));
        } else {
            m_bar->setRange(0, 0);
        }
        m_latency->setText(p.probeLatencyMs >= 0
                ? QStringLiteral("Shoppers' round trip now: %1 ms").arg(p.probeLatencyMs, 0, 'f', 2)
                : QString());
    }

private:
    QLabel *m_stage = new QLabel(this);
    QProgressBar *m_bar = new QProgressBar(this);
    QLabel *m_latency = new QLabel(this);
};

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qm::MeteredApplication app(
        argc, argv); // a progress window, as the console shows during a purge
    QCommandLineParser p;
    p.addOption({QStringLiteral("keys"), QStringLiteral("keys to fill"), QStringLiteral("n"),
        QStringLiteral("2000000")});
    p.addOption({QStringLiteral("budget-ms"), QStringLiteral("latency budget"),
        QStringLiteral("ms"), QStringLiteral("2")});
    p.addOption({QStringLiteral("redis"), QStringLiteral("existing server (gets flushed)"),
        QStringLiteral("host:port")});
    p.addOption({QStringLiteral("skip-keys-del"), QStringLiteral("skip the KEYS+DEL run")});
    p.addOption({QStringLiteral("port"),
        QStringLiteral("loopback port of the private redis-server (default: a free one)"),
        QStringLiteral("port")});
    p.addHelpOption();
    p.process(app);
    const qint64 keys = p.value(QStringLiteral("keys")).toLongLong();
    const qint64 expected = matching(keys);

    redis::Endpoint e;
    QTemporaryDir dir;
    QProcess server;
    if (p.isSet(QStringLiteral("redis"))) {
        Profile::splitHostPort(p.value(QStringLiteral("redis")), 6379, &e.host, &e.port);
    } else {
        e.port = p.isSet(QStringLiteral("port")) ? p.value(QStringLiteral("port")).toInt()
                                                 : freePort();
        server.setProgram(QStringLiteral("redis-server"));
        server.setArguments(
            {QStringLiteral("--port"), QString::number(e.port), QStringLiteral("--bind"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                QStringLiteral("--appendonly"), QStringLiteral("no"), QStringLiteral("--dir"),
                dir.path(), QStringLiteral("--enable-debug-command"), QStringLiteral("local")});
        server.start();
        if (!waitPing(e, 5000)) {
            std::fprintf(stderr, "bench_purge: redis-server did not start\n");
            return 1;
        }
    }
    auto stopServer = qScopeGuard([&] {
        if (server.state() != QProcess::NotRunning) {
            redis::Client c(e);
            c.commandSync({"SHUTDOWN", "NOSAVE"}, 2000);
            server.waitForFinished(5000);
        }
    });
    redis::Client admin(e);
    QByteArray version;
    {
        auto info = cache::callSync(admin, {"INFO", "server"});
        const qsizetype at = info ? info->str.indexOf("redis_version:") : -1;
        if (at >= 0)
            version = info->str.mid(at + 14, info->str.indexOf('\r', at) - at - 14);
    }

    // 1. Quartermaster.
    if (!fill(admin, keys))
        return 1;
    double oursSeconds = 0;
    qint64 planMs = -1;
    double planRedisCpu = -1;
    double guiTaskMs = -1;
    qint64 guiStallMs = -1;
    qint64 guiTasksOver16 = -1;
    double guiBurstMs = -1;
    bool singleTasks = false;
    QJsonObject oursRun;
    {
        cache::RedisDeployment d;
        d.hosts = {e.name()};
        cache::PurgePolicy policy;
        policy.latencyBudgetMs = p.value(QStringLiteral("budget-ms")).toDouble();
        cache::RedisPurgeAction action(d, cache::RedisPurgeSpec::byPattern("page:1*"), policy);
        safety::Plan plan;
        plan.count = expected;
        const double cpuBeforePlan = redisCpu(admin);
        QElapsedTimer planClock;
        planClock.start();
        auto planned = action.plan(safety::CancelToken {});
        planMs = planClock.elapsed();
        planRedisCpu = cpuSince(admin, cpuBeforePlan);
        const double cpuBefore = redisCpu(admin);
        Shopper shopper(e);
        shopper.start();
        // As in the console: the purge runs on a worker, its progress reaches the GUI thread at
        // most 20 times a second (safety::Flow) and updates a bar and a label (FlowDialog),
        // while the stall meter watches the GUI thread's event loop.
        ProgressWindow window;
        QCoreApplication::processEvents(); // its first paint (fonts, polish) is not the purge's
        StallMeter meter(nullptr, 5);
        QElapsedTimer lastPost;
        const safety::ProgressFn progress = [&](const safety::Progress &pr) {
            if (lastPost.isValid() && lastPost.elapsed() < 50 && pr.done != pr.total)
                return;
            lastPost.start();
            QMetaObject::invokeMethod(
                &window, [&window, pr] { window.show(pr); }, Qt::QueuedConnection);
        };
        meter.start();
        QElapsedTimer t;
        t.start();
        safety::Outcome o;
        std::atomic<bool> finished {false};
        // A QThread (not std::thread): the action's Redis clients are QObjects with timers.
        std::unique_ptr<QThread> worker(QThread::create([&] {
            o = action.execute(planned ? planned.value() : plan, progress, safety::CancelToken {});
            finished = true;
        }));
        worker->start();
        while (!finished)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        worker->wait();
        oursSeconds = double(t.nsecsElapsed()) / 1e9;
        QCoreApplication::processEvents(); // the last progress
        meter.stop();
        guiTaskMs = meter.maxTaskMs();
        guiStallMs = meter.maxStallMs();
        guiTasksOver16 = meter.tasksOver(16);
        guiBurstMs = meter.maxBurstMs();
        singleTasks = meter.tasksBracketed();
        QJsonObject &line = oursRun;
        line = base(QStringLiteral("quartermaster"));
        line.insert(QStringLiteral("deleted"), o.done);
        line.insert(QStringLiteral("expected"), expected);
        line.insert(QStringLiteral("plan_count"), planned ? planned->count : -1);
        line.insert(QStringLiteral("plan_seconds"), double(planMs) / 1000);
        line.insert(QStringLiteral("plan_redis_cpu_seconds"), planRedisCpu);
        line.insert(QStringLiteral("redis_cpu_seconds"), cpuSince(admin, cpuBefore));
        line.insert(QStringLiteral("seconds_with_plan"),
            std::round((oursSeconds + double(planMs) / 1000) * 1000) / 1000);
        line.insert(QStringLiteral("seconds"), std::round(oursSeconds * 1000) / 1000);
        line.insert(QStringLiteral("keys_per_s"), qint64(double(o.done) / oursSeconds));
        line.insert(QStringLiteral("budget_ms"), policy.latencyBudgetMs);
        line.insert(QStringLiteral("pacing"), o.data.value(QStringLiteral("pacing")));
        line.insert(QStringLiteral("error"), o.error ? o.error->toString() : QString());
        merge(line, shopper.stop());
        line.insert(QStringLiteral("left"), dbsize(admin) - (keys - expected));
    }

    // 2. redis-cli --scan | xargs redis-cli unlink.
    if (!fill(admin, keys))
        return 1;
    double cliSeconds = 0;
    QJsonObject cliRun;
    {
        Shopper shopper(e);
        shopper.start();
        const double cpuBefore = redisCpu(admin);
        const QString port = QString::number(e.port);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
                QStringLiteral("redis-cli -h %1 -p %2 --scan --pattern 'page:1*' | xargs -n 1000 "
                               "redis-cli -h %1 -p %2 unlink > /dev/null")
                    .arg(e.host, port)});
        QElapsedTimer t;
        t.start();
        sh.waitForFinished(-1);
        cliSeconds = double(t.nsecsElapsed()) / 1e9;
        QJsonObject &line = cliRun;
        line = base(QStringLiteral("redis-cli --scan | xargs -n 1000 redis-cli unlink"));
        const qint64 left = dbsize(admin) - (keys - expected);
        line.insert(QStringLiteral("deleted"), expected - left);
        line.insert(QStringLiteral("expected"), expected);
        line.insert(QStringLiteral("seconds"), std::round(cliSeconds * 1000) / 1000);
        line.insert(QStringLiteral("keys_per_s"), qint64(double(expected - left) / cliSeconds));
        line.insert(QStringLiteral("redis_cpu_seconds"), cpuSince(admin, cpuBefore));
        merge(line, shopper.stop());
        line.insert(QStringLiteral("left"), left);
    }

    // 3. KEYS + DEL: what a purge without SCAN does to shoppers.
    QJsonObject keysRun;
    double keysCommandSeconds = -1;
    if (!p.isSet(QStringLiteral("skip-keys-del"))) {
        if (!fill(admin, keys))
            return 1;
        Shopper shopper(e);
        shopper.start();
        const double cpuBefore = redisCpu(admin);
        QElapsedTimer t;
        t.start();
        auto all = cache::callSync(admin, {"KEYS", "page:1*"}, 120000);
        const double keysSeconds = double(t.nsecsElapsed()) / 1e9;
        keysCommandSeconds = keysSeconds;
        const QByteArrayList found = all ? all->toByteArrayList() : QByteArrayList();
        std::vector<QByteArrayList> dels;
        for (qsizetype i = 0; i < found.size(); i += 1000) {
            QByteArrayList cmd {"DEL"};
            cmd.append(found.mid(i, 1000));
            dels.push_back(std::move(cmd));
        }
        cache::pipelineSync(admin, std::move(dels), 600000);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        QJsonObject &line = keysRun;
        line = base(QStringLiteral("KEYS + DEL"));
        const qint64 left = dbsize(admin) - (keys - expected);
        line.insert(QStringLiteral("deleted"), expected - left);
        line.insert(QStringLiteral("expected"), expected);
        line.insert(QStringLiteral("seconds"), std::round(seconds * 1000) / 1000);
        line.insert(QStringLiteral("keys_command_seconds"), std::round(keysSeconds * 1000) / 1000);
        line.insert(QStringLiteral("redis_cpu_seconds"), cpuSince(admin, cpuBefore));
        merge(line, shopper.stop());
        line.insert(QStringLiteral("left"), left);
    }

    // The lines: ours against each peer, in bench/common/benchline.h's format.
    const QJsonObject common {{QStringLiteral("keys"), keys},
        {QStringLiteral("pattern"), QStringLiteral("page:1*")},
        {QStringLiteral("redis"), QString::fromLatin1(version)}};
    const QString cliName = cliRun.value(QStringLiteral("tool")).toString();
    const QString keysName = QStringLiteral("KEYS + DEL in pipelined chunks of 1000 (unpaced)");
    auto line = [&](const QString &metric, const QString &unit, double ours, const QString &peer,
                    double peerValue, const QJsonObject &peerRun, const QString &goal) {
        QJsonObject extra = common;
        extra.insert(QStringLiteral("ours_run"), oursRun);
        extra.insert(QStringLiteral("peer_run"), peerRun);
        extra.insert(QStringLiteral("goal"), goal);
        qm::bench::print({QStringLiteral("purge"), metric, unit, ours, peer, peerValue, extra});
    };
    const auto p99 = [](const QJsonObject &run) {
        return run.value(QStringLiteral("shopper_p99_ms")).toDouble(-1);
    };
    line(QStringLiteral("purge_seconds"), QStringLiteral("s"), qm::bench::rounded(oursSeconds, 3),
        cliName, qm::bench::rounded(cliSeconds, 3), cliRun, QStringLiteral("ratio <= 0.2"));
    line(QStringLiteral("shopper_p99_ms"), QStringLiteral("ms"), p99(oursRun), cliName, p99(cliRun),
        cliRun, QStringLiteral("ours < 2"));
    if (!keysRun.isEmpty()) {
        const double keysSeconds = keysRun.value(QStringLiteral("seconds")).toDouble();
        line(QStringLiteral("purge_seconds"), QStringLiteral("s"),
            qm::bench::rounded(oursSeconds, 3), keysName, keysSeconds, keysRun,
            QStringLiteral("ratio <= 1.3 (Redis's own deletion rate is the limit)"));
        line(QStringLiteral("shopper_p99_ms"), QStringLiteral("ms"), p99(oursRun), keysName,
            p99(keysRun), keysRun, QStringLiteral("ours < 2"));
    }
    // The console's own work during the purge: the GUI thread's CPU time in its longest single
    // task and in its longest stretch between two ticks of the stall meter (the burst), next to
    // the wall-clock stall (which also counts waiting for a CPU).
    qm::bench::print({QStringLiteral("purge"), QStringLiteral("gui_task_max_ms"),
        QStringLiteral("ms"), qm::bench::rounded(guiTaskMs), QStringLiteral("none"), std::nullopt,
        QJsonObject {{QStringLiteral("goal"), QStringLiteral("< 16")},
            {QStringLiteral("ours_tasks_over_16ms"), guiTasksOver16},
            {QStringLiteral("single_tasks"), singleTasks},
            {QStringLiteral("ours_burst_max_ms"), qm::bench::rounded(guiBurstMs)},
            {QStringLiteral("ours_wall_stall_max_ms"), guiStallMs},
            {QStringLiteral("keys"), keys}}});
    // The plan's exact count (a paced SCAN walk) next to the one command that counts as fast as
    // Redis can, and blocks every shopper meanwhile.
    const bool haveKeys = keysCommandSeconds >= 0;
    qm::bench::print({QStringLiteral("purge"), QStringLiteral("plan_count_seconds"),
        QStringLiteral("s"), double(planMs) / 1000,
        haveKeys ? QStringLiteral("KEYS page:1* (one blocking command)") : QStringLiteral("none"),
        haveKeys ? std::optional<double>(qm::bench::rounded(keysCommandSeconds, 3)) : std::nullopt,
        QJsonObject {{QStringLiteral("plan_count"), oursRun.value(QStringLiteral("plan_count"))},
            {QStringLiteral("expected"), expected},
            {QStringLiteral("plan_redis_cpu_seconds"), planRedisCpu},
            {QStringLiteral("goal"), QStringLiteral("< 1.5")}, {QStringLiteral("keys"), keys}}});
    return 0;
}
