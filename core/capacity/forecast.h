#pragma once
// Forecasts for capacity planning: additive Holt-Winters with a daily or weekly season (smoothing
// parameters fitted by the least one-step squared error over a grid), linear regression when the
// history is shorter than two seasons, a prediction band that widens with the horizon, and the
// time until a threshold is reached. Pure computation: run it off the GUI thread for long series.

#include "capacity/timeseries.h"

#include <QCoreApplication>
#include <QString>
#include <limits>
#include <vector>

namespace qm::capacity {

struct ForecastOptions
{
    qint64 seasonMs = 24LL * 3600 * 1000; // daily; 7 days for weekly
    qint64 horizonMs = 24LL * 3600 * 1000;
    qint64 stepMs = 0; // resampling step; 0: the series' median spacing (coarsened to maxSamples)
    int maxSamples = 6000; // longer histories are averaged into coarser steps
    double z = 1.96; // band: ~95 % under normal errors
};

struct Forecast
{
    enum class Model { None, Linear, HoltWinters };
    Model model = Model::None;
    QString modelName; // translated: "Holt-Winters (additive, daily season)", "linear trend"
    QString why; // translated, when model is None: why there is no forecast
    double alpha = 0, beta = 0, gamma = 0; // Holt-Winters' fitted smoothing parameters
    int seasonSamples = 0;
    qint64 stepMs = 0;
    int samples = 0; // history samples the model saw (after resampling)
    double lastValue = 0; // the last observed value (NaN when the series ends in a gap)
    qint64 lastMs = 0; // when the history ends: the forecast starts after it
    // One-step errors on the history: root mean square and mean absolute percentage (NaN when
    // the values are too close to zero for a percentage).
    double rmse = 0;
    double mape = 0;
    double sigma = 0; // standard deviation of the one-step errors
    std::vector<qint64> t; // lastMs + k * stepMs, k = 1..
    std::vector<double> mean;
    std::vector<double> lower;
    std::vector<double> upper;

    bool valid() const { return model != Model::None && !t.empty(); }
    // "Holt-Winters (additive, daily season), MAPE 3.2 %, RMSE 1.1"
    QString accuracyText() const;
};

Forecast forecast(const TimeSeries &history, const ForecastOptions &options = {});

// What a series cannot physically be: a lag, a count, a latency or a rate is never below zero, a
// percentage never above 100. From the series id (core/capacity/seriesids.h: every known series is
// non-negative, "%" ones within 0..100) or, for an arbitrary expression, from its history (never
// negative: lower bound 0). A model's band and mean are clamped to these (clampForecast).
struct PhysicalBounds
{
    double lower = -std::numeric_limits<double>::infinity();
    double upper = std::numeric_limits<double>::infinity();
};
PhysicalBounds physicalBounds(const TimeSeries &history);
void clampForecast(Forecast &forecast, const PhysicalBounds &bounds);

// When the forecast reaches a threshold (crossing upwards for upper limits, downwards for lower
// ones). Times in ms since the epoch; -1 where it does not happen within the horizon.
struct Saturation
{
    bool alreadyBeyond = false; // the last observed value is past the limit
    bool crosses = false; // the forecast's mean reaches the limit within the horizon
    qint64 atMs = -1; // the mean's first crossing (interpolated between steps)
    qint64 earliestMs = -1; // the band's pessimistic side
    qint64 latestMs = -1; // the band's optimistic side (-1: not within the horizon)
    qint64 horizonEndMs = -1;
};

Saturation timeToSaturation(const Forecast &forecast, const Threshold &threshold);

class ForecastText
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::ForecastText)
public:
    // "~3 h 40 min", "~2 d 5 h", "~12 min", "less than a minute"
    static QString duration(qint64 ms);
    // "DB connections reach max_connections (100) in ~3 h 40 min at this trend (between ~2 h 50
    // min and ~4 h 30 min; Holt-Winters (additive, daily season), MAPE 3.1 %, RMSE 1.2)."
    static QString saturation(const QString &what, const Threshold &threshold,
        const Forecast &forecast, const Saturation &s, qint64 nowMs);
};

} // namespace qm::capacity
