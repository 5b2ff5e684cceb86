// bench_charts: a 1,000,000-point series and 8 series x 100,000 points updated at 10 Hz, drawn
// offscreen by the Capacity workspace's TimeChart (min/max per pixel column) and by a plain
// QChartView whose QLineSeries get all their points through replace(). Per side: time to first
// draw, pan/zoom (or live update) frame times (median, p95, max) and the longest GUI stall
// (StallMeter), the median over --runs runs (default 3). One JSON line per metric. With
// --prometheus URL (scripts/bench charts passes the sandbox's), last: the Capacity workspace's
// load on that Prometheus in queries/s over --prometheus-seconds (default 30).
#include "benchline.h"
#include "capacity/capacitypage.h"
#include "capacity/prometheussource.h"
#include "capacity/timechart.h"
#include "common/stallmeter.h"
#include "meteredapplication.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <functional>
#include <time.h>

using namespace qm;

namespace {

constexpr qint64 kT0 = 1'780'000'000'000;

capacity::TimeSeries makeSeries(std::size_t n, qint64 stepMs, quint32 seed)
{
    QRandomGenerator rng(seed);
    capacity::TimeSeries s;
    s.info.id = QStringLiteral("s%1").arg(seed);
    s.info.label = s.info.id;
    s.t.reserve(n);
    s.v.reserve(n);
    double walk = 50;
    for (std::size_t i = 0; i < n; ++i) {
        walk += rng.generateDouble() - 0.5;
        s.append(kT0 + qint64(i) * stepMs, walk + 10 * std::sin(double(i) / 5000.0));
    }
    return s;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, std::size_t(std::ceil(0.95 * double(v.size()))) - 1)];
    s.max = v.back();
    return s;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Runs `frames` steps from a timer every `intervalMs` on the event loop, each step timed
// (the step includes a synchronous repaint), while the stall meter watches the loop.
struct Measured
{
    std::vector<double> frames;
    std::vector<double> cpu; // the GUI thread's CPU time per frame: what a busy machine adds
                             // to wall time is not in it
    double stallMs = 0;
    double taskMs = -1; // the GUI thread's own CPU time in its longest task (StallMeter)
    double burstMs = -1; // ... in its longest stretch between two ticks (several tasks if starved)
};

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Measured drive(int frames, int intervalMs, const std::function<void(int)> &step)
{
    Measured m;
    StallMeter meter(nullptr, 5);
    QEventLoop loop;
    QTimer timer;
    timer.setInterval(intervalMs);
    int i = 0;
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (i >= frames) {
            timer.stop();
            // Let the meter see the loop idle once more after the last frame.
            QTimer::singleShot(30, &loop, &QEventLoop::quit);
            return;
        }
        QElapsedTimer t;
        t.start();
        const double cpu0 = threadCpuMs();
        step(i++);
        m.frames.push_back(double(t.nsecsElapsed()) / 1e6);
        m.cpu.push_back(threadCpuMs() - cpu0);
    });
    meter.start();
    timer.start();
    loop.exec();
    meter.stop();
    m.stallMs = double(meter.maxStallMs());
    m.taskMs = meter.maxTaskMs();
    m.burstMs = meter.maxBurstMs();
    return m;
}

// The peer: what a chart without downsampling does.
struct Plain
{
    QChartView view;
    QChart *chart = new QChart;
    QDateTimeAxis *x = new QDateTimeAxis;
    QValueAxis *y = new QValueAxis;
    std::vector<QLineSeries *> lines;
    Plain(int seriesCount)
    {
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int i = 0; i < seriesCount; ++i) {
            auto *l = new QLineSeries;
            chart->addSeries(l);
            l->attachAxis(x);
            l->attachAxis(y);
            lines.push_back(l);
        }
        view.setChart(chart);
        view.resize(1200, 400);
        view.show();
    }
    void setData(std::size_t i, const capacity::TimeSeries &s)
    {
        QList<QPointF> pts;
        pts.reserve(qsizetype(s.size()));
        for (std::size_t k = 0; k < s.size(); ++k)
            pts.append(QPointF(double(s.t[k]), s.v[k]));
        lines[i]->replace(pts);
    }
    void setRange(qint64 from, qint64 to, double lo, double hi)
    {
        x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
        y->setRange(lo, hi);
    }
};

struct Run
{
    double firstDraw = 0;
    double firstDrawCpu = 0;
    Stats frames;
    Stats cpu;
    double stall = 0;
    double task = -1;
    double burst = -1;
};

// One series of 1M points (1 s apart: 11.6 days): first draw, then zooms and pans.
Run oursMillion(const capacity::TimeSeries &s, int frames)
{
    Run r;
    TimeChart chart(QStringLiteral("1M"));
    chart.resize(1200, 400);
    chart.addSeries(s.info);
    chart.show();
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    chart.setData(0, s);
    chart.setRange(s.t.front(), s.t.back());
    chart.refreshNow();
    chart.viewport()->repaint();
    r.firstDraw = double(t.nsecsElapsed()) / 1e6;
    r.firstDrawCpu = threadCpuMs() - cpu0;
    const Measured m = drive(frames, 16, [&](int i) {
        // Zoom in for a third of the frames, pan for a third, zoom out for the rest.
        if (i < frames / 3)
            chart.zoomBy(0.85);
        else if (i < 2 * frames / 3)
            chart.panBy(-0.05);
        else
            chart.zoomBy(1.2);
        chart.refreshNow();
        chart.viewport()->repaint();
    });
    r.frames = stats(m.frames);
    r.cpu = stats(m.cpu);
    r.stall = m.stallMs;
    r.task = m.taskMs;
    r.burst = m.burstMs;
    return r;
}

Run plainMillion(const capacity::TimeSeries &s, int frames)
{
    Run r;
    Plain p(1);
    QCoreApplication::processEvents();
    const auto [lo, hi] = std::minmax_element(s.v.begin(), s.v.end());
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    p.setData(0, s);
    qint64 from = s.t.front(), to = s.t.back();
    p.setRange(from, to, *lo, *hi);
    p.view.viewport()->repaint();
    r.firstDraw = double(t.nsecsElapsed()) / 1e6;
    r.firstDrawCpu = threadCpuMs() - cpu0;
    const Measured m = drive(frames, 16, [&](int i) {
        const qint64 span = to - from;
        const qint64 mid = from + span / 2;
        if (i < frames / 3) {
            from = mid - qint64(span * 0.85 / 2);
            to = mid + qint64(span * 0.85 / 2);
        } else if (i < 2 * frames / 3) {
            from -= span / 20;
            to -= span / 20;
        } else {
            from = mid - qint64(span * 1.2 / 2);
            to = mid + qint64(span * 1.2 / 2);
        }
        p.setRange(from, to, *lo, *hi);
        p.view.viewport()->repaint();
    });
    r.frames = stats(m.frames);
    r.cpu = stats(m.cpu);
    r.stall = m.stallMs;
    r.task = m.taskMs;
    r.burst = m.burstMs;
    return r;
}

// The benchmark's own copies of the series (the data source's side, not the chart's) get room for
// the live samples first, so that no tick pays for growing them.
void reserveTicks(std::vector<capacity::TimeSeries> &series, int ticks)
{
    for (capacity::TimeSeries &s : series) {
        s.t.reserve(s.size() + std::size_t(ticks));
        s.v.reserve(s.size() + std::size_t(ticks));
    }
}

// 8 series x 100,000 points, a new point per series every 100 ms (10 Hz), the window following.
Run oursLive(std::vector<capacity::TimeSeries> series, int ticks)
{
    Run r;
    TimeChart chart(QStringLiteral("8x100k"));
    chart.resize(1200, 400);
    for (const auto &s : series)
        chart.addSeries(s.info);
    chart.show();
    QCoreApplication::processEvents();
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    for (std::size_t i = 0; i < series.size(); ++i)
        chart.setData(int(i), series[i]);
    const qint64 span = series[0].t.back() - series[0].t.front();
    chart.setRange(series[0].t.back() - span, series[0].t.back());
    chart.refreshNow();
    chart.viewport()->repaint();
    r.firstDraw = double(t.nsecsElapsed()) / 1e6;
    r.firstDrawCpu = threadCpuMs() - cpu0;
    reserveTicks(series, ticks);
    const Measured m = drive(ticks, 100, [&](int) {
        for (std::size_t i = 0; i < series.size(); ++i) {
            capacity::TimeSeries &s = series[i];
            s.append(s.t.back() + 1000, s.v.back() + 0.1);
            chart.appendPoint(int(i), s.t.back(), s.v.back());
        }
        chart.setRange(series[0].t.back() - span, series[0].t.back());
        chart.refreshNow();
        chart.viewport()->repaint();
    });
    r.frames = stats(m.frames);
    r.cpu = stats(m.cpu);
    r.stall = m.stallMs;
    r.task = m.taskMs;
    r.burst = m.burstMs;
    return r;
}

Run plainLive(std::vector<capacity::TimeSeries> series, int ticks)
{
    Run r;
    Plain p(int(series.size()));
    QCoreApplication::processEvents();
    double lo = 1e300, hi = -1e300;
    for (const auto &s : series) {
        const auto [a, b] = std::minmax_element(s.v.begin(), s.v.end());
        lo = std::min(lo, *a);
        hi = std::max(hi, *b);
    }
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    for (std::size_t i = 0; i < series.size(); ++i)
        p.setData(i, series[i]);
    const qint64 span = series[0].t.back() - series[0].t.front();
    p.setRange(series[0].t.back() - span, series[0].t.back(), lo, hi + 50);
    p.view.viewport()->repaint();
    r.firstDraw = double(t.nsecsElapsed()) / 1e6;
    r.firstDrawCpu = threadCpuMs() - cpu0;
    reserveTicks(series, ticks);
    const Measured m = drive(ticks, 100, [&](int) {
        for (std::size_t i = 0; i < series.size(); ++i) {
            capacity::TimeSeries &s = series[i];
            s.append(s.t.back() + 1000, s.v.back() + 0.1);
            p.setData(i, s);
        }
        p.setRange(series[0].t.back() - span, series[0].t.back(), lo, hi + 50);
        p.view.viewport()->repaint();
    });
    r.frames = stats(m.frames);
    r.cpu = stats(m.cpu);
    r.stall = m.stallMs;
    r.task = m.taskMs;
    r.burst = m.burstMs;
    return r;
}

void printRuns(const QString &scenario, const QString &peerName, const std::vector<Run> &ours,
    const std::vector<Run> &peer, int frames, int peerFrames)
{
    auto med = [](const std::vector<Run> &runs, auto get) {
        std::vector<double> v;
        for (const Run &r : runs)
            v.push_back(get(r));
        return median(v);
    };
    struct Metric
    {
        QString name;
        std::function<double(const Run &)> get;
        QString goal;
        std::function<double(const Run &)> cpu;
    };
    const Metric metrics[] = {
        {QStringLiteral("first_draw"), [](const Run &r) { return r.firstDraw; },
            QStringLiteral("< 100 ms"), [](const Run &r) { return r.firstDrawCpu; }},
        {QStringLiteral("frame_median"), [](const Run &r) { return r.frames.median; },
            QStringLiteral("< 16 ms"), [](const Run &r) { return r.cpu.median; }},
        {QStringLiteral("frame_p95"), [](const Run &r) { return r.frames.p95; },
            QStringLiteral("< 16 ms"), [](const Run &r) { return r.cpu.p95; }},
        {QStringLiteral("frame_max"), [](const Run &r) { return r.frames.max; },
            QStringLiteral("< 16 ms"), [](const Run &r) { return r.cpu.max; }},
        {QStringLiteral("longest_stall"), [](const Run &r) { return r.stall; },
            QStringLiteral("< 50 ms"), nullptr},
        // The console's own work during the redraws, next to the wall-clock stall above (which
        // also counts waiting for a CPU): the GUI thread's CPU time in its longest single task.
        {QStringLiteral("longest_task"), [](const Run &r) { return r.task; },
            QStringLiteral("< 16 ms"), nullptr},
    };
    for (const Metric &m : metrics) {
        QJsonObject extra;
        extra.insert(QStringLiteral("runs"), int(ours.size()));
        extra.insert(QStringLiteral("frames"), frames);
        extra.insert(QStringLiteral("peer_frames"), peerFrames);
        extra.insert(QStringLiteral("goal"), m.goal);
        extra.insert(QStringLiteral("platform"), QGuiApplication::platformName());
        if (m.name == QLatin1String("longest_task") || m.name == QLatin1String("longest_stall")) {
            extra.insert(QStringLiteral("ours_wall_stall_ms"),
                qm::bench::rounded(med(ours, [](const Run &r) { return r.stall; }), 2));
            extra.insert(QStringLiteral("ours_task_max_ms"),
                qm::bench::rounded(med(ours, [](const Run &r) { return r.task; }), 2));
            extra.insert(QStringLiteral("ours_burst_max_ms"),
                qm::bench::rounded(med(ours, [](const Run &r) { return r.burst; }), 2));
        }
        if (m.cpu) {
            extra.insert(QStringLiteral("ours_cpu_ms"), qm::bench::rounded(med(ours, m.cpu), 2));
            if (!peer.empty())
                extra.insert(
                    QStringLiteral("peer_cpu_ms"), qm::bench::rounded(med(peer, m.cpu), 2));
        }
        qm::bench::print({QStringLiteral("charts"), scenario + u'_' + m.name, QStringLiteral("ms"),
            qm::bench::rounded(med(ours, m.get), 2),
            peer.empty() ? QStringLiteral("none") : peerName,
            peer.empty() ? std::optional<double>() : qm::bench::rounded(med(peer, m.get), 2),
            extra});
    }
    // How many times faster a pan/zoom frame is than the plain series' (goal: at least 10x).
    const double speedup = med(peer, [](const Run &r) { return r.frames.median; })
        / std::max(1e-6, med(ours, [](const Run &r) { return r.frames.median; }));
    QJsonObject extra;
    extra.insert(QStringLiteral("goal"), QStringLiteral(">= 10x"));
    extra.insert(QStringLiteral("runs"), int(ours.size()));
    qm::bench::print(
        {QStringLiteral("charts"), scenario + QStringLiteral("_frame_speedup"), QStringLiteral("x"),
            qm::bench::rounded(speedup, 1), QStringLiteral("none"), std::nullopt, extra});
}

// The queries Prometheus has answered so far (its own prometheus_http_requests_total, every
// status code), for the instant and range query handlers; -1 when /metrics cannot be read.
double prometheusQueriesServed(QNetworkAccessManager &net, const QUrl &base)
{
    QUrl url = base;
    url.setPath(url.path() + QStringLiteral("/metrics"));
    QNetworkReply *reply = net.get(QNetworkRequest(url));
    QEventLoop wait;
    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
    QTimer::singleShot(10'000, &wait, &QEventLoop::quit);
    wait.exec();
    reply->deleteLater();
    if (!reply->isFinished() || reply->error() != QNetworkReply::NoError)
        return -1;
    static const QRegularExpression line(
        QStringLiteral("^prometheus_http_requests_total\\{[^}]*handler=\"/api/v1/"
                       "(query|query_range)\"[^}]*\\} (\\S+)$"),
        QRegularExpression::MultilineOption);
    double n = 0;
    const QString text = QString::fromUtf8(reply->readAll());
    for (auto it = line.globalMatch(text); it.hasNext();)
        n += it.next().captured(2).toDouble();
    return n;
}

// The Capacity workspace open on its default preset (Business, 6 h, live) against the sandbox's
// real Prometheus for `seconds`: how many queries per second it costs that server, counted by the
// server. The peer is an estimate, not a run: a Grafana dashboard with the same panels (one query
// per series) refreshed at the same interval.
void prometheusLoad(const QUrl &url, int seconds)
{
    QNetworkAccessManager net;
    const double before = prometheusQueriesServed(net, url);
    if (before < 0) {
        qWarning("bench_charts: cannot read %s/metrics: no prometheus_queries_per_s line",
            qPrintable(url.toString()));
        return;
    }
    capacity::PrometheusSource source(url);
    StallMeter meter(nullptr, 5);
    int waves = 0;
    {
        CapacityPage page;
        QObject::connect(&page, &CapacityPage::dataArrived, [&] { ++waves; });
        page.resize(1280, 800);
        page.show();
        meter.start();
        // What the main window does when the workspace is opened on a session's Prometheus.
        page.setSource(&source);
        page.setActive(true);
        QEventLoop loop;
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        meter.stop();
        page.setActive(false);
    }
    // Answers still on the way are counted when they are served: wait for them.
    QEventLoop settle;
    QTimer::singleShot(1500, &settle, &QEventLoop::quit);
    settle.exec();
    const double after = prometheusQueriesServed(net, url);
    const double served = after - before; // (reads of /metrics are not query requests)
    int seriesQueries = 0;
    for (const auto &chart : CapacityPage::presetCharts(CapacityPage::Preset::Business))
        seriesQueries += int(chart.series.size());
    const double refreshS = 5.0; // CapacityPage's live refresh interval
    QJsonObject extra;
    extra.insert(QStringLiteral("seconds"), seconds);
    extra.insert(QStringLiteral("queries"), served);
    extra.insert(QStringLiteral("waves"), waves);
    extra.insert(QStringLiteral("preset"), QStringLiteral("Business, 6 h, live"));
    extra.insert(QStringLiteral("refresh_s"), refreshS);
    extra.insert(QStringLiteral("peer_assumption"),
        QStringLiteral("%1 panel queries every %2 s, no limit query")
            .arg(seriesQueries)
            .arg(refreshS));
    extra.insert(QStringLiteral("ours_task_max_ms"), qm::bench::rounded(meter.maxTaskMs(), 2));
    extra.insert(QStringLiteral("ours_burst_max_ms"), qm::bench::rounded(meter.maxBurstMs(), 2));
    extra.insert(QStringLiteral("ours_wall_stall_ms"), double(meter.maxStallMs()));
    extra.insert(QStringLiteral("counted_by"), QStringLiteral("prometheus_http_requests_total"));
    qm::bench::print({QStringLiteral("charts"), QStringLiteral("prometheus_queries_per_s"),
        QStringLiteral("queries/s"), qm::bench::rounded(served / seconds, 2),
        QStringLiteral("Grafana dashboard, same panels and refresh (estimate)"),
        qm::bench::rounded(seriesQueries / refreshS, 2), extra});
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qm::MeteredApplication app(argc, argv);
    int runs = 3;
    const QStringList args = app.arguments();
    const int ri = int(args.indexOf(QStringLiteral("--runs")));
    if (ri > 0 && ri + 1 < args.size())
        runs = std::max(1, args.at(ri + 1).toInt());
    // --ours-only: skip the (slow) plain series, for profiling ours.
    const bool oursOnly = args.contains(QStringLiteral("--ours-only"));
    const int frames = 60;
    const int peerFrames = 8; // the plain series takes long per frame: fewer of them
    const int ticks = 30; // 3 s at 10 Hz
    const int peerTicks = 6;

    // --prometheus URL: also the Capacity workspace's load on that Prometheus (--prometheus-seconds
    // N, default 30); --prometheus-only: nothing else.
    const int pi = int(args.indexOf(QStringLiteral("--prometheus")));
    const QUrl prometheus = pi > 0 && pi + 1 < args.size() ? QUrl(args.at(pi + 1)) : QUrl();
    int promSeconds = 30;
    const int psi = int(args.indexOf(QStringLiteral("--prometheus-seconds")));
    if (psi > 0 && psi + 1 < args.size())
        promSeconds = std::max(1, args.at(psi + 1).toInt());
    if (args.contains(QStringLiteral("--prometheus-only"))) {
        if (prometheus.isValid())
            prometheusLoad(prometheus, promSeconds);
        return 0;
    }

    const capacity::TimeSeries million = makeSeries(1'000'000, 1000, 1);
    std::vector<capacity::TimeSeries> eight;
    for (quint32 k = 0; k < 8; ++k)
        eight.push_back(makeSeries(100'000, 1000, 10 + k));

    std::vector<Run> ours1m, plain1m, oursLiveRuns, plainLiveRuns;
    for (int r = 0; r < runs; ++r) {
        ours1m.push_back(oursMillion(million, frames));
        if (!oursOnly)
            plain1m.push_back(plainMillion(million, peerFrames));
        oursLiveRuns.push_back(oursLive(eight, ticks));
        if (!oursOnly)
            plainLiveRuns.push_back(plainLive(eight, peerTicks));
    }
    const QString peer = QStringLiteral("QLineSeries replace (all points)");
    printRuns(QStringLiteral("1m"), peer, ours1m, plain1m, frames, peerFrames);
    printRuns(QStringLiteral("live_8x100k"), peer, oursLiveRuns, plainLiveRuns, ticks, peerTicks);
    if (prometheus.isValid())
        prometheusLoad(prometheus, promSeconds);
    return 0;
}
