// Forecasts on synthetic series whose truth is known (trend + daily season + seeded noise):
// the forecast's error is bounded, time to saturation is within 10 % of the true crossing, short
// histories fall back to a linear trend, and a limit that is never reached is said so.
#include "capacity/forecast.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <functional>

using namespace qm::capacity;

namespace {

constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kT0 = 1'700'000'000'000; // a fixed epoch: the test does not read the clock

// Truth as a function of hours since kT0.
using Truth = std::function<double(double)>;

TimeSeries sample(const Truth &truth, double hours, qint64 stepMs, double noise, quint32 seed)
{
    QRandomGenerator rng(seed);
    TimeSeries s;
    s.info.id = QStringLiteral("synthetic");
    for (qint64 t = 0; t <= qint64(hours * kHour); t += stepMs) {
        // Box-Muller: normal noise with standard deviation `noise`.
        const double u1 = std::max(1e-12, rng.generateDouble()), u2 = rng.generateDouble();
        const double n = std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2);
        s.append(kT0 + t, truth(double(t) / kHour) + noise * n);
    }
    return s;
}

// The first time after `fromH` the truth reaches `limit` (minute resolution).
double trueCrossingHours(const Truth &truth, double fromH, double limit)
{
    for (double h = fromH; h < fromH + 24 * 30; h += 1.0 / 600)
        if (truth(h) >= limit)
            return h;
    return -1;
}

} // namespace

class TestForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holtWintersFollowsTrendAndSeason()
    {
        // Given 4 days every 5 minutes of 50 + 0.5/h + a daily swing of ±10, noise σ = 1
        const Truth truth
            = [](double h) { return 50 + 0.5 * h + 10 * std::sin(2 * M_PI * h / 24); };
        const TimeSeries s = sample(truth, 96, 5 * kMin, 1.0, 42);
        ForecastOptions o;
        o.horizonMs = 48 * kHour;
        // when forecast with a daily season
        const Forecast f = forecast(s, o);
        // then Holt-Winters was chosen, its model and error are stated
        QCOMPARE(f.model, Forecast::Model::HoltWinters);
        QCOMPARE(f.seasonSamples, 288);
        QVERIFY2(
            f.accuracyText().contains(QLatin1String("Holt-Winters")), qPrintable(f.accuracyText()));
        QVERIFY2(f.mape < 5, qPrintable(f.accuracyText()));
        // and over the next 24 h it stays within the stated bound of the noiseless truth:
        // RMSE < 2.5 (2.5 × the noise, a quarter of the season's amplitude)
        double sse = 0;
        int n = 0;
        bool inBand = true;
        for (std::size_t i = 0; i < f.t.size() && f.t[i] <= s.t.back() + 24 * kHour; ++i) {
            const double h = double(f.t[i] - kT0) / kHour;
            sse += std::pow(f.mean[i] - truth(h), 2);
            ++n;
            inBand = inBand && f.lower[i] <= truth(h) && truth(h) <= f.upper[i];
        }
        const double rmse = std::sqrt(sse / n);
        qInfo("%s; RMSE vs truth over 24 h %.2f", qPrintable(f.accuracyText()), rmse);
        QVERIFY2(rmse < 2.5, qPrintable(QStringLiteral("forecast RMSE vs truth %1").arg(rmse)));
        QVERIFY(inBand);
        // the band widens with the horizon
        QVERIFY(f.upper.back() - f.lower.back() > f.upper.front() - f.lower.front());

        // and the time to a limit of 120 is within 10 % of the true crossing
        Threshold th;
        th.label = QStringLiteral("limit (120)");
        th.value = 120;
        const Saturation sat = timeToSaturation(f, th);
        const double nowH = 96;
        const double trueH = trueCrossingHours(truth, nowH, 120) - nowH;
        QVERIFY(trueH > 10);
        QVERIFY(sat.crosses);
        const double gotH = double(sat.atMs - s.t.back()) / kHour;
        qInfo("crossing in %.2f h, truth %.2f h", gotH, trueH);
        QVERIFY2(std::abs(gotH - trueH) <= 0.1 * trueH,
            qPrintable(QStringLiteral("crossing in %1 h, truth %2 h").arg(gotH).arg(trueH)));
        QVERIFY(sat.earliestMs <= sat.atMs);
        QVERIFY(sat.latestMs < 0 || sat.latestMs >= sat.atMs);
        const QString text
            = ForecastText::saturation(QStringLiteral("Load"), th, f, sat, s.t.back());
        QVERIFY2(text.startsWith(QLatin1String("Load reaches limit (120) in ~")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("MAPE")), qPrintable(text));
    }

    void shortHistoryIsLinear()
    {
        // Given 6 hours every minute of 20 + 2/h (less than two daily seasons)
        const Truth truth = [](double h) { return 20 + 2 * h; };
        const TimeSeries s = sample(truth, 6, kMin, 0.5, 7);
        ForecastOptions o;
        o.horizonMs = 12 * kHour;
        const Forecast f = forecast(s, o);
        QCOMPARE(f.model, Forecast::Model::Linear);
        QVERIFY(f.accuracyText().startsWith(QLatin1String("linear trend")));
        Threshold th;
        th.label = QStringLiteral("max_connections (40)");
        th.value = 40;
        const Saturation sat = timeToSaturation(f, th);
        QVERIFY(sat.crosses);
        const double trueH = 10 - 6; // 20 + 2h = 40 at h = 10
        const double gotH = double(sat.atMs - s.t.back()) / kHour;
        qInfo("crossing in %.2f h, truth %.2f h", gotH, trueH);
        QVERIFY2(std::abs(gotH - trueH) <= 0.1 * trueH,
            qPrintable(QStringLiteral("crossing in %1 h, truth %2 h").arg(gotH).arg(trueH)));
        const QString text
            = ForecastText::saturation(QStringLiteral("connections"), th, f, sat, s.t.back());
        QVERIFY2(text.startsWith(QLatin1String("connections reach"))
                || text.contains(QLatin1String("reaches max_connections (40) in ~4 h")),
            qPrintable(text));
    }

    void aLimitNeverReachedIsSaidSo()
    {
        const Truth truth = [](double h) { return 30 + 5 * std::sin(2 * M_PI * h / 24); };
        const TimeSeries s = sample(truth, 72, 5 * kMin, 0.5, 3);
        const Forecast f = forecast(s);
        Threshold th;
        th.label = QStringLiteral("maxmemory (100)");
        th.value = 100;
        const Saturation sat = timeToSaturation(f, th);
        QVERIFY(!sat.crosses);
        QVERIFY(!sat.alreadyBeyond);
        QCOMPARE(sat.atMs, qint64(-1));
        const QString text
            = ForecastText::saturation(QStringLiteral("Memory"), th, f, sat, s.t.back());
        QVERIFY2(
            text.startsWith(QLatin1String("Memory stays below maxmemory (100) for the next ~24 h")),
            qPrintable(text));
        // a lower limit (hit ratio falling under 10) is not reached either, and one already passed
        // is said to be passed
        Threshold low;
        low.label = QStringLiteral("floor (10)");
        low.value = 10;
        low.upper = false;
        QVERIFY(!timeToSaturation(f, low).crosses);
        low.value = 40;
        QVERIFY(timeToSaturation(f, low).alreadyBeyond);
    }

    void gapsAndTooLittleHistory()
    {
        TimeSeries tiny;
        tiny.append(kT0, 1);
        const Forecast none = forecast(tiny);
        QVERIFY(!none.valid());
        QVERIFY(!none.why.isEmpty());
        // A history with a gap still forecasts (the model carries on through it)
        const Truth truth
            = [](double h) { return 50 + 0.5 * h + 10 * std::sin(2 * M_PI * h / 24); };
        TimeSeries s = sample(truth, 96, 5 * kMin, 1.0, 9);
        for (std::size_t i = 400; i < 460; ++i)
            s.v[i] = std::numeric_limits<double>::quiet_NaN();
        const Forecast f = forecast(s);
        QCOMPARE(f.model, Forecast::Model::HoltWinters);
        QVERIFY(std::isfinite(f.mean.front()) && std::isfinite(f.rmse));
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
