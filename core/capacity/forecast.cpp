#include "capacity/forecast.h"

#include "capacity/seriesids.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace qm::capacity {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Regular
{
    qint64 startMs = 0;
    qint64 stepMs = 0;
    std::vector<double> y; // NaN: no sample in that step
};

qint64 medianSpacing(const std::vector<qint64> &t)
{
    if (t.size() < 2)
        return 0;
    std::vector<qint64> d;
    const std::size_t stride = std::max<std::size_t>(1, t.size() / 2000);
    for (std::size_t i = stride; i < t.size(); i += stride)
        d.push_back((t[i] - t[i - stride]) / qint64(stride));
    std::nth_element(d.begin(), d.begin() + d.size() / 2, d.end());
    return std::max<qint64>(1, d[d.size() / 2]);
}

// Averages the history into equal steps ending at its last sample.
Regular resample(const TimeSeries &s, qint64 stepMs)
{
    Regular r;
    r.stepMs = stepMs;
    const qint64 first = s.t.front(), last = s.t.back();
    const std::size_t n = std::size_t((last - first) / stepMs) + 1;
    // Bucket k covers (end - (n-k) * step, end - (n-k-1) * step]: the last one ends at `last`.
    r.startMs = last - qint64(n - 1) * stepMs;
    std::vector<double> sum(n, 0.0);
    std::vector<int> count(n, 0);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (std::isnan(s.v[i]))
            continue;
        const qint64 k = (s.t[i] - r.startMs + stepMs / 2) / stepMs;
        const std::size_t b = std::size_t(std::clamp<qint64>(k, 0, qint64(n - 1)));
        sum[b] += s.v[i];
        ++count[b];
    }
    r.y.resize(n);
    for (std::size_t k = 0; k < n; ++k)
        r.y[k] = count[k] ? sum[k] / count[k] : kNaN;
    return r;
}

struct HwState
{
    double level = 0, trend = 0;
    std::vector<double> season;
};

struct HwFit
{
    double sse = 0;
    std::size_t count = 0;
    double absPct = 0;
    std::size_t pctCount = 0;
    HwState end;
};

bool initHw(const std::vector<double> &y, int m, HwState &st)
{
    auto seasonMean = [&](int k, double &mean) {
        double sum = 0;
        int c = 0;
        for (int i = k * m; i < (k + 1) * m; ++i)
            if (!std::isnan(y[std::size_t(i)])) {
                sum += y[std::size_t(i)];
                ++c;
            }
        if (c < m / 2)
            return false;
        mean = sum / c;
        return true;
    };
    double m1 = 0, m2 = 0;
    if (!seasonMean(0, m1) || !seasonMean(1, m2))
        return false;
    st.trend = (m2 - m1) / m;
    st.level = m1 + st.trend * (m - 1) / 2.0; // the level at the end of the first season
    st.season.assign(std::size_t(m), 0.0);
    for (int i = 0; i < m; ++i) {
        // Average of the first two seasons' deviations from their trend line.
        double sum = 0;
        int c = 0;
        for (int k = 0; k < 2; ++k) {
            const double v = y[std::size_t(k * m + i)];
            if (std::isnan(v))
                continue;
            sum += v - (m1 + st.trend * (k * m + i - (m - 1) / 2.0));
            ++c;
        }
        st.season[std::size_t(i)] = c ? sum / c : 0.0;
    }
    return true;
}

// Runs the smoothing over y[m..], collecting one-step errors after a burn-in season.
HwFit runHw(const std::vector<double> &y, int m, const HwState &init, double a, double b, double g,
    std::vector<double> *errors = nullptr)
{
    HwFit fit;
    HwState st = init;
    const std::size_t n = y.size();
    for (std::size_t t = std::size_t(m); t < n; ++t) {
        double &s = st.season[t % std::size_t(m)];
        const double predicted = st.level + st.trend + s;
        double v = y[t];
        if (std::isnan(v)) {
            v = predicted; // a gap: carry the model on
        } else if (t >= std::size_t(2 * m)) {
            const double e = v - predicted;
            fit.sse += e * e;
            ++fit.count;
            if (std::abs(v) > 1e-9) {
                fit.absPct += std::abs(e / v);
                ++fit.pctCount;
            }
            if (errors)
                errors->push_back(e);
        }
        const double prevLevel = st.level;
        st.level = a * (v - s) + (1 - a) * (st.level + st.trend);
        st.trend = b * (st.level - prevLevel) + (1 - b) * st.trend;
        s = g * (v - st.level) + (1 - g) * s;
    }
    fit.end = st;
    return fit;
}

void finishErrors(Forecast &f, double sse, std::size_t count, double absPct, std::size_t pctCount)
{
    f.rmse = count ? std::sqrt(sse / double(count)) : kNaN;
    f.mape = pctCount ? 100.0 * absPct / double(pctCount) : kNaN;
}

void linearModel(Forecast &f, const Regular &r, int horizonSteps, double z)
{
    double sx = 0, sy = 0;
    std::size_t n = 0;
    for (std::size_t k = 0; k < r.y.size(); ++k)
        if (!std::isnan(r.y[k])) {
            sx += double(k);
            sy += r.y[k];
            ++n;
        }
    if (n < 3) {
        f.why
            = ForecastText::tr("Too little history for a forecast (%n samples).", nullptr, int(n));
        return;
    }
    const double mx = sx / double(n), my = sy / double(n);
    double sxx = 0, sxy = 0;
    for (std::size_t k = 0; k < r.y.size(); ++k)
        if (!std::isnan(r.y[k])) {
            sxx += (double(k) - mx) * (double(k) - mx);
            sxy += (double(k) - mx) * (r.y[k] - my);
        }
    const double slope = sxx > 0 ? sxy / sxx : 0;
    const double intercept = my - slope * mx;
    double sse = 0, absPct = 0;
    std::size_t pct = 0;
    for (std::size_t k = 0; k < r.y.size(); ++k)
        if (!std::isnan(r.y[k])) {
            const double e = r.y[k] - (intercept + slope * double(k));
            sse += e * e;
            if (std::abs(r.y[k]) > 1e-9) {
                absPct += std::abs(e / r.y[k]);
                ++pct;
            }
        }
    f.model = Forecast::Model::Linear;
    f.modelName = ForecastText::tr("linear trend");
    finishErrors(f, sse, n, absPct, pct);
    f.sigma = n > 2 ? std::sqrt(sse / double(n - 2)) : 0;
    const double last = double(r.y.size() - 1);
    for (int h = 1; h <= horizonSteps; ++h) {
        const double x = last + h;
        const double mean = intercept + slope * x;
        const double half = z * f.sigma
            * std::sqrt(1 + 1.0 / double(n) + (sxx > 0 ? (x - mx) * (x - mx) / sxx : 0));
        f.t.push_back(f.lastMs + qint64(h) * f.stepMs);
        f.mean.push_back(mean);
        f.lower.push_back(mean - half);
        f.upper.push_back(mean + half);
    }
}

void holtWinters(
    Forecast &f, const Regular &r, int m, int horizonSteps, double z, const QString &seasonName)
{
    HwState init;
    if (!initHw(r.y, m, init)) {
        linearModel(f, r, horizonSteps, z);
        return;
    }
    static const double alphas[] = {0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    static const double betas[] = {0.0, 0.005, 0.02, 0.05, 0.1, 0.2};
    static const double gammas[] = {0.01, 0.05, 0.1, 0.2, 0.4};
    double best = std::numeric_limits<double>::infinity();
    double ba = 0.2, bb = 0.02, bg = 0.1;
    for (double a : alphas)
        for (double b : betas)
            for (double g : gammas) {
                const HwFit fit = runHw(r.y, m, init, a, b, g);
                if (fit.count > 0 && fit.sse < best) {
                    best = fit.sse;
                    ba = a;
                    bb = b;
                    bg = g;
                }
            }
    // One finer pass around the best grid point.
    for (double da : {-0.5, 0.0, 0.5})
        for (double db : {-0.5, 0.0, 0.5})
            for (double dg : {-0.5, 0.0, 0.5}) {
                const double a = std::clamp(ba * (1 + da), 0.001, 0.999);
                const double b = std::clamp(bb * (1 + db), 0.0, 0.999);
                const double g = std::clamp(bg * (1 + dg), 0.001, 0.999);
                const HwFit fit = runHw(r.y, m, init, a, b, g);
                if (fit.count > 0 && fit.sse < best) {
                    best = fit.sse;
                    ba = a;
                    bb = b;
                    bg = g;
                }
            }
    const HwFit fit = runHw(r.y, m, init, ba, bb, bg);
    f.model = Forecast::Model::HoltWinters;
    f.modelName = ForecastText::tr("Holt-Winters (additive, %1 season)").arg(seasonName);
    f.alpha = ba;
    f.beta = bb;
    f.gamma = bg;
    f.seasonSamples = m;
    finishErrors(f, fit.sse, fit.count, fit.absPct, fit.pctCount);
    f.sigma = fit.count ? std::sqrt(fit.sse / double(fit.count)) : 0;
    const std::size_t n = r.y.size();
    double variance = 0; // sum of c_j^2 for the h-step variance factor
    for (int h = 1; h <= horizonSteps; ++h) {
        const std::size_t si = (n + std::size_t(h) - 1) % std::size_t(m);
        const double mean = fit.end.level + h * fit.end.trend + fit.end.season[si];
        if (h > 1) {
            const int j = h - 1;
            const double c = ba * (1 + j * bb) + ((j % m) == 0 ? bg : 0.0);
            variance += c * c;
        }
        const double half = z * f.sigma * std::sqrt(1 + variance);
        f.t.push_back(f.lastMs + qint64(h) * f.stepMs);
        f.mean.push_back(mean);
        f.lower.push_back(mean - half);
        f.upper.push_back(mean + half);
    }
}

} // namespace

QString Forecast::accuracyText() const
{
    QString text = modelName;
    if (!std::isnan(mape))
        text += ForecastText::tr(", MAPE %1 %").arg(mape, 0, 'f', 1);
    if (!std::isnan(rmse))
        text += ForecastText::tr(", RMSE %1").arg(rmse, 0, 'g', 3);
    return text;
}

Forecast forecast(const TimeSeries &history, const ForecastOptions &options)
{
    Forecast f;
    if (history.size() < 3) {
        f.why = ForecastText::tr(
            "Too little history for a forecast (%n samples).", nullptr, int(history.size()));
        return f;
    }
    qint64 step = options.stepMs > 0 ? options.stepMs : medianSpacing(history.t);
    const qint64 span = history.t.back() - history.t.front();
    if (options.maxSamples > 0 && span / step > options.maxSamples)
        step = (span + options.maxSamples - 1) / options.maxSamples;
    const Regular r = resample(history, step);
    f.stepMs = step;
    f.samples = int(r.y.size());
    f.lastMs = history.t.back();
    f.lastValue = r.y.back();
    const int horizonSteps = int(std::max<qint64>(1, options.horizonMs / step));
    const int m = int(std::llround(double(options.seasonMs) / double(step)));
    const bool weekly = options.seasonMs >= 7LL * 24 * 3600 * 1000;
    if (m >= 2 && r.y.size() >= std::size_t(2 * m) + 2)
        holtWinters(f, r, m, horizonSteps, options.z,
            weekly ? ForecastText::tr("weekly") : ForecastText::tr("daily"));
    else
        linearModel(f, r, horizonSteps, options.z);
    return f;
}

namespace {

// The first time the curve reaches the limit, interpolated between steps; -1 when it does not.
qint64 firstCrossing(
    const Forecast &f, const std::vector<double> &curve, double from, double limit, bool upper)
{
    double prev = from;
    qint64 prevT = f.lastMs;
    for (std::size_t i = 0; i < curve.size(); ++i) {
        const double v = curve[i];
        const bool beyond = upper ? v >= limit : v <= limit;
        if (beyond) {
            if (std::isnan(prev) || prev == v)
                return f.t[i];
            const double frac = std::clamp((limit - prev) / (v - prev), 0.0, 1.0);
            return prevT + qint64(std::llround(frac * double(f.t[i] - prevT)));
        }
        prev = v;
        prevT = f.t[i];
    }
    return -1;
}

} // namespace

PhysicalBounds physicalBounds(const TimeSeries &history)
{
    PhysicalBounds b;
    if (const KnownSeries *known = findKnownSeries(history.info.id)) {
        b.lower = 0;
        if (known->unit == u"%")
            b.upper = 100;
        return b;
    }
    bool sawValue = false;
    for (double v : history.v) {
        if (std::isnan(v))
            continue;
        if (v < 0)
            return b;
        sawValue = true;
    }
    if (sawValue)
        b.lower = 0;
    return b;
}

void clampForecast(Forecast &f, const PhysicalBounds &b)
{
    auto clamp = [&b](double v) { return std::isnan(v) ? v : std::clamp(v, b.lower, b.upper); };
    for (std::size_t k = 0; k < f.t.size(); ++k) {
        f.mean[k] = clamp(f.mean[k]);
        f.lower[k] = clamp(f.lower[k]);
        f.upper[k] = clamp(f.upper[k]);
    }
}

Saturation timeToSaturation(const Forecast &f, const Threshold &th)
{
    Saturation s;
    if (!f.valid() || std::isnan(th.value))
        return s;
    s.horizonEndMs = f.t.back();
    if (!std::isnan(f.lastValue))
        s.alreadyBeyond = th.upper ? f.lastValue >= th.value : f.lastValue <= th.value;
    const double from = std::isnan(f.lastValue) ? f.mean.front() : f.lastValue;
    s.atMs = firstCrossing(f, f.mean, from, th.value, th.upper);
    s.crosses = s.atMs >= 0;
    s.earliestMs = firstCrossing(f, th.upper ? f.upper : f.lower, from, th.value, th.upper);
    s.latestMs = firstCrossing(f, th.upper ? f.lower : f.upper, from, th.value, th.upper);
    return s;
}

QString ForecastText::duration(qint64 ms)
{
    const qint64 minutes = (std::max<qint64>(0, ms) + 30'000) / 60'000;
    if (minutes < 1)
        return tr("less than a minute");
    if (minutes < 60)
        return tr("~%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 rest = minutes % 60;
        return rest ? tr("~%1 h %2 min").arg(hours).arg(rest) : tr("~%1 h").arg(hours);
    }
    const qint64 days = hours / 24;
    const qint64 restH = hours % 24;
    return restH ? tr("~%1 d %2 h").arg(days).arg(restH) : tr("~%1 d").arg(days);
}

QString ForecastText::saturation(
    const QString &what, const Threshold &th, const Forecast &f, const Saturation &s, qint64 nowMs)
{
    if (!f.valid())
        return f.why.isEmpty() ? tr("No forecast for %1.").arg(what) : f.why;
    const QString model = f.accuracyText();
    if (s.alreadyBeyond)
        return th.upper ? tr("%1 is at or above %2 now (%3).").arg(what, th.label, model)
                        : tr("%1 is at or below %2 now (%3).").arg(what, th.label, model);
    if (!s.crosses) {
        const QString horizon = duration(s.horizonEndMs - nowMs);
        QString text = th.upper
            ? tr("%1 stays below %2 for the next %3 at this trend").arg(what, th.label, horizon)
            : tr("%1 stays above %2 for the next %3 at this trend").arg(what, th.label, horizon);
        if (s.earliestMs >= 0)
            text += tr(" (the band reaches it in %1)").arg(duration(s.earliestMs - nowMs));
        return text + tr(" (%1).").arg(model);
    }
    QString text = th.upper
        ? tr("%1 reaches %2 in %3 at this trend").arg(what, th.label, duration(s.atMs - nowMs))
        : tr("%1 falls to %2 in %3 at this trend").arg(what, th.label, duration(s.atMs - nowMs));
    const QString early = duration(s.earliestMs - nowMs);
    const QString late = s.latestMs >= 0 ? duration(s.latestMs - nowMs)
                                         : tr("beyond %1").arg(duration(s.horizonEndMs - nowMs));
    return text + tr(" (between %1 and %2; %3).").arg(early, late, model);
}

} // namespace qm::capacity
