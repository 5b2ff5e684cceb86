// Pure capacity computations behind the alerts, forecasts and load tests: every threshold crossing
// inside a range (not only the last value's state), forecast bands clamped at physical bounds
// (a replication lag never below zero), and the Prometheus text format with histogram quantiles
// (the load test's per-step checkout p50/p95 from the simulator's /metrics).
#include "capacity/crossings.h"
#include "capacity/forecast.h"
#include "capacity/promtext.h"

#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace qm::capacity;

namespace {

TimeSeries series(const QString &id, std::initializer_list<double> values, qint64 stepMs = 1000)
{
    TimeSeries s;
    s.info.id = id;
    qint64 t = 1'000'000;
    for (double v : values) {
        s.append(t, v);
        t += stepMs;
    }
    return s;
}

} // namespace

class TestCapacityAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCrossingInsideTheRange()
    {
        const double nan = std::nan("");
        // Two spikes past 100 that ended, then one still going on at the end; a gap inside the
        // second does not split it.
        const TimeSeries s = series(QStringLiteral("pg.connections"),
            {50, 90, 110, 120, 80, 60, 105, nan, 130, 70, 95, 101, 102});
        const Threshold t {QStringLiteral("pg.connections"), QStringLiteral("max"), 100, true};
        const auto all = findCrossings(s, t);
        const auto ex = excursions(s, t);
        QCOMPARE(ex.size(), std::size_t(3));
        QCOMPARE(all.size(), std::size_t(5)); // 3 into, 2 back
        // The first: between 90 at t=1001000 and 110 at 1002000 -> halfway.
        QCOMPARE(ex[0].atMs, qint64(1'001'500));
        QCOMPARE(ex[0].peak, 120.0);
        // back between 120 (1003000) and 80 (1004000): 100 is halfway
        QCOMPARE(ex[0].untilMs, qint64(1'003'500));
        QCOMPARE(ex[1].peak, 130.0);
        QVERIFY(ex[1].untilMs > ex[1].atMs);
        QCOMPARE(ex[2].untilMs, qint64(-1)); // still above at the end
        QCOMPARE(ex[2].peak, 102.0);
        // The latest value alone would say "one alert"; the range says three.
        // Lower limits: falling below is the problem.
        const Threshold low {QStringLiteral("pg.cache_hit"), QStringLiteral("min"), 90, false};
        const auto lows = excursions(series(QStringLiteral("pg.cache_hit"), {95, 85, 99, 80}), low);
        QCOMPARE(lows.size(), std::size_t(2));
        QCOMPARE(lows[0].peak, 85.0);
        // Past the limit from the first sample: a crossing at that sample.
        const auto from = excursions(series(QStringLiteral("x"), {150, 150, 50}), t);
        QCOMPARE(from.size(), std::size_t(1));
        QCOMPARE(from[0].atMs, qint64(1'000'000));
        QVERIFY(excursions(series(QStringLiteral("x"), {1, 2, 3}), t).empty());
    }

    void forecastBandClampedAtPhysicalBounds()
    {
        // A replication lag that hovers near zero and falls: a linear model's band reaches below
        // zero; a lag cannot.
        TimeSeries lag;
        lag.info.id = QStringLiteral("pg.replication_lag_s");
        for (int i = 0; i < 200; ++i)
            lag.append(qint64(i) * 60'000, std::max(0.0, 2.0 - i * 0.01) + ((i % 7) - 3) * 0.3);
        ForecastOptions o;
        o.horizonMs = 12 * 3600'000LL;
        Forecast f = forecast(lag, o);
        QVERIFY(f.valid());
        const double rawLowest = *std::min_element(f.lower.begin(), f.lower.end());
        QVERIFY2(rawLowest < 0, "the fixture should make the raw band go below zero");
        const PhysicalBounds b = physicalBounds(lag);
        QCOMPARE(b.lower, 0.0);
        clampForecast(f, b);
        for (std::size_t k = 0; k < f.t.size(); ++k) {
            QVERIFY2(f.lower[k] >= 0 && f.mean[k] >= 0,
                qPrintable(QStringLiteral("step %1: lower %2 mean %3")
                               .arg(k)
                               .arg(f.lower[k])
                               .arg(f.mean[k])));
            QVERIFY(f.upper[k] >= f.lower[k]);
        }
        // Percentages stay within 0..100.
        TimeSeries hit;
        hit.info.id = QStringLiteral("redis.hit_ratio");
        QCOMPARE(physicalBounds(hit).upper, 100.0);
        // An unknown expression: bounded below only when its history never went negative.
        QCOMPARE(physicalBounds(series(QStringLiteral("rate(x[1m])"), {1, 2, 3})).lower, 0.0);
        QVERIFY(
            std::isinf(physicalBounds(series(QStringLiteral("delta(x[1m])"), {1, -2, 3})).lower));
    }

    void prometheusTextAndQuantiles()
    {
        const QByteArray text = "# HELP x y\n# TYPE qm_checkout_seconds histogram\n"
                                "qm_checkout_seconds_bucket{le=\"0.01\"} 10\n"
                                "qm_checkout_seconds_bucket{le=\"0.05\"} 60\n"
                                "qm_checkout_seconds_bucket{le=\"0.1\"} 90\n"
                                "qm_checkout_seconds_bucket{le=\"+Inf\"} 100\n"
                                "qm_checkout_seconds_sum 4.5\n"
                                "qm_checkout_seconds_count 100\n"
                                "qm_orders_failed_total{reason=\"refused\"} 3\n"
                                "qm_orders_failed_total{reason=\"error\"} 2 1700000000000\n"
                                "garbage line\n";
        const auto samples = promtext::parse(text);
        QCOMPARE(promtext::sum(samples, QStringLiteral("qm_orders_failed_total")), 5.0);
        QCOMPARE(samples.at(QStringLiteral("qm_checkout_seconds_count")), 100.0);
        const auto h = promtext::histogram(samples, QStringLiteral("qm_checkout_seconds"));
        QCOMPARE(h.size(), std::size_t(4));
        QVERIFY(std::isinf(h.back().le));
        // rank 50 of 100 lies in (0.01, 0.05] holding 50: 0.01 + 0.04 * 40/50
        QCOMPARE(promtext::quantile(0.5, h), 0.01 + 0.04 * 40.0 / 50.0);
        // rank 95 falls into +Inf: the highest finite bound
        QCOMPARE(promtext::quantile(0.95, h), 0.1);
        // The step between two scrapes: only what happened in between.
        const auto before
            = promtext::histogram(promtext::parse("qm_checkout_seconds_bucket{le=\"0.01\"} 10\n"
                                                  "qm_checkout_seconds_bucket{le=\"0.05\"} 20\n"
                                                  "qm_checkout_seconds_bucket{le=\"0.1\"} 20\n"
                                                  "qm_checkout_seconds_bucket{le=\"+Inf\"} 20\n"),
                QStringLiteral("qm_checkout_seconds"));
        const auto step = promtext::difference(h, before);
        QCOMPARE(step.back().count, 80.0);
        QCOMPARE(promtext::quantile(0.5, step), 0.05 + 0.05 * (40.0 - 40.0) / 30.0);
        QVERIFY(std::isnan(promtext::quantile(0.5, promtext::difference(before, before))));
    }
};

QTEST_GUILESS_MAIN(TestCapacityAlerts)
#include "tst_capacityalerts.moc"
