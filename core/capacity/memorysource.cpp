#include "capacity/memorysource.h"

#include "capacity/downsample.h"

#include <QRandomGenerator>
#include <QTimer>
#include <cmath>

namespace qm::capacity {

MemorySource::MemorySource(QObject *parent)
    : MetricSource(parent)
{ }

MemorySource::~MemorySource()
{
    // Held answers finish (as cancelled) rather than leave their watchers waiting forever.
    m_pending.clear();
}

QString MemorySource::describe() const
{
    return tr("in-memory series (%n series)", nullptr, int(m_series.size()));
}

template <typename T> QFuture<Result<T>> MemorySource::answer(std::function<Result<T>()> make)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    auto deliver = [promise, make = std::move(make)] {
        promise->addResult(make());
        promise->finish();
    };
    if (m_held)
        m_pending.push_back(std::move(deliver));
    else if (m_delayMs > 0)
        QTimer::singleShot(m_delayMs, this, deliver);
    else
        deliver();
    return future;
}

QFuture<Result<std::vector<TimeSeries>>> MemorySource::queryRange(const RangeQuery &query)
{
    ++m_queries;
    // The answer is computed when delivered: a held query sees the data (and the failure) of
    // its delivery time.
    return answer<std::vector<TimeSeries>>([this, query]() -> Result<std::vector<TimeSeries>> {
        if (m_failure)
            return *m_failure;
        std::vector<TimeSeries> out;
        auto it = m_series.constFind(query.expr);
        if (it == m_series.constEnd())
            return out; // no such series: no data, not an error (as Prometheus answers)
        const TimeSeries &s = *it;
        const auto [a, b] = visibleRange(s.t, query.startMs, query.endMs, false);
        TimeSeries slice;
        slice.info = s.info;
        slice.t.assign(s.t.begin() + qsizetype(a), s.t.begin() + qsizetype(b));
        slice.v.assign(s.v.begin() + qsizetype(a), s.v.begin() + qsizetype(b));
        out.push_back(std::move(slice));
        return out;
    });
}

QFuture<Result<std::vector<Threshold>>> MemorySource::thresholds()
{
    return answer<std::vector<Threshold>>([this]() -> Result<std::vector<Threshold>> {
        if (m_failure)
            return *m_failure;
        return m_thresholds;
    });
}

void MemorySource::release()
{
    auto pending = std::move(m_pending);
    m_pending.clear();
    for (auto &fn : pending)
        fn();
}

void MemorySource::setSeries(const TimeSeries &series)
{
    m_series.insert(series.info.id, series);
}

void MemorySource::appendPoint(const QString &id, qint64 ms, double value)
{
    m_series[id].append(ms, value);
}

void MemorySource::setThresholds(std::vector<Threshold> thresholds)
{
    m_thresholds = std::move(thresholds);
}

void MemorySource::fillDemo(
    MemorySource &source, qint64 nowMs, qint64 spanMs, qint64 stepMs, quint32 seed)
{
    QRandomGenerator rng(seed);
    const qint64 start = nowMs - spanMs;
    auto gauss = [&rng] {
        const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
    };
    struct Gen
    {
        const char *id;
        const char *label;
        const char *unit;
        std::function<double(double hoursFromNow, double day)> f;
        double noise;
    };
    // day: position in the day, 0..1 (a store's daily rhythm peaks in the evening)
    auto daily = [](double day) { return std::sin(2 * M_PI * (day - 0.45)); };
    const std::vector<Gen> gens = {
        {"biz.orders_per_min", QT_TR_NOOP("Orders/min"), "/min",
            [&](double, double d) { return 40 + 25 * daily(d); }, 3},
        {"biz.orders_expected", QT_TR_NOOP("Expected orders/min"), "/min",
            [&](double, double d) { return 42 + 25 * daily(d); }, 0},
        {"biz.checkout_mean_s", QT_TR_NOOP("Checkout mean"), "s",
            [&](double, double d) { return 0.35 + 0.12 * daily(d); }, 0.03},
        {"biz.payment_failure", QT_TR_NOOP("Payment failure rate"), "%",
            [&](double h, double) { return 0.8 + (h > -1.5 && h < -1.0 ? 4.5 : 0); }, 0.2},
        {"biz.queue_backlog", QT_TR_NOOP("Queue backlog"), "",
            [&](double, double d) { return std::max(0.0, 20 + 40 * daily(d)); }, 4},
        {"pg.connections", QT_TR_NOOP("DB connections"), "",
            [&](double h, double d) { return std::max(3.0, 80 + 3 * h / 24 + 12 * daily(d)); }, 2},
        {"pg.tps", QT_TR_NOOP("TPS"), "/s", [&](double, double d) { return 900 + 500 * daily(d); },
            40},
        {"pg.replication_lag_s", QT_TR_NOOP("Replication lag"), "s",
            [&](double h, double) { return 0.05 + (std::fmod(-h, 26.0) < 0.3 ? 2.5 : 0.0); }, 0.02},
        {"node.cpu", QT_TR_NOOP("CPU"), "%", [&](double, double d) { return 45 + 20 * daily(d); },
            4},
        {"redis.memory", QT_TR_NOOP("Redis memory"), "B",
            [&](double h, double d) { return (700 + 1.2 * h + 30 * daily(d)) * 1024 * 1024; },
            5 * 1024 * 1024},
        {"redis.hit_ratio", QT_TR_NOOP("Redis hit ratio"), "%",
            [&](double, double d) { return 96 - 3 * daily(d); }, 0.6},
        // Last: a series added later does not change the random draws of the others.
        {"biz.checkout_p95_s", QT_TR_NOOP("Checkout p95"), "s",
            [&](double, double d) { return 0.8 + 0.3 * daily(d); }, 0.06},
    };
    for (const Gen &g : gens) {
        TimeSeries s;
        s.info.id = QString::fromLatin1(g.id);
        s.info.label = tr(g.label);
        s.info.unit = QString::fromLatin1(g.unit);
        const std::size_t n = std::size_t(spanMs / stepMs) + 1;
        s.t.reserve(n);
        s.v.reserve(n);
        for (qint64 t = start; t <= nowMs; t += stepMs) {
            const double h = double(t - nowMs) / 3'600'000.0;
            const double day = std::fmod(double(t) / 86'400'000.0, 1.0);
            double v = g.f(h, day) + g.noise * gauss();
            // A scrape outage 5 hours ago: a gap in every series
            if (h > -5.1 && h < -5.0)
                v = std::numeric_limits<double>::quiet_NaN();
            s.append(t, v);
        }
        source.setSeries(s);
    }
    source.setThresholds({
        {QStringLiteral("pg.connections"), tr("max_connections (100)"), 100, true},
        {QStringLiteral("redis.memory"), tr("maxmemory (1 GiB)"), 1024.0 * 1024 * 1024, true},
        {QStringLiteral("redis.hit_ratio"), tr("hit ratio floor (90 %)"), 90, false},
        {QStringLiteral("biz.payment_failure"), tr("payment failures (3 %)"), 3, true},
        {QStringLiteral("node.cpu"), tr("CPU (90 %)"), 90, true},
    });
}

} // namespace qm::capacity
