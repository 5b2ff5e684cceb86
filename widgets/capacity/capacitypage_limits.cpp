// What the limits say: threshold crossings as alerts (banner, signal, marks on the time axis) and
// forecasts with the time until each limit is reached, computed on a worker thread.
#include "capacity/capacitypage.h"
#include "capacity/crossings.h"
#include "capacity/timechart.h"
#include "common/whenfinished.h"

#include <QDateTime>
#include <QFrame>
#include <QHash>
#include <QLabel>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace qm {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

double lastValue(const capacity::TimeSeries &s, std::size_t *index = nullptr)
{
    for (std::size_t i = s.size(); i-- > 0;)
        if (!std::isnan(s.v[i])) {
            if (index)
                *index = i;
            return s.v[i];
        }
    return std::numeric_limits<double>::quiet_NaN();
}

struct ForecastJob
{
    QString chartKey;
    int seriesIndex = 0;
    QString label;
    capacity::TimeSeries history;
    std::optional<capacity::Threshold> threshold;
};

struct ForecastOut
{
    QString chartKey;
    int seriesIndex = 0;
    capacity::Forecast forecast;
    QString sentence;
};

} // namespace

void CapacityPage::updateAlerts()
{
    // Every crossing inside the fetched range, not only the latest value: a spike that ended
    // before the last sample is an alert too. Each excursion past a limit is one alert (its id is
    // the series and the minute it began), listed in the banner and marked on its chart.
    QStringList texts, ids, alertSeries;
    const QString timeFormat = QStringLiteral("d MMM HH:mm:ss");
    for (Preset p : {Preset::Business, Preset::Infrastructure})
        for (const ChartView &v : views(p)) {
            std::vector<qint64> marks;
            for (const capacity::Threshold &t : v.chart->thresholds()) {
                const int idx = v.chart->indexOf(t.seriesId);
                if (idx < 0 || std::isnan(t.value))
                    continue;
                const capacity::TimeSeries &s = v.chart->data(idx);
                for (const capacity::Crossing &c : capacity::excursions(s, t)) {
                    marks.push_back(c.atMs);
                    const QString at = QDateTime::fromMSecsSinceEpoch(c.atMs).toString(timeFormat);
                    if (c.untilMs < 0) {
                        const double last = lastValue(s);
                        texts << (t.upper ? tr("%1 is above %2: %3 (since %4)")
                                          : tr("%1 is below %2: %3 (since %4)"))
                                     .arg(v.spec.title, t.label,
                                         formatValue(std::isnan(last) ? c.peak : last, s.info.unit),
                                         at);
                    } else {
                        texts << (t.upper ? tr("%1 went above %2 at %3 (peak %4), back at %5")
                                          : tr("%1 went below %2 at %3 (lowest %4), back at %5"))
                                     .arg(v.spec.title, t.label, at,
                                         formatValue(c.peak, s.info.unit),
                                         QDateTime::fromMSecsSinceEpoch(c.untilMs).toString(
                                             timeFormat));
                    }
                    ids << t.seriesId + u'@' + QString::number(c.atMs / kMinute);
                    alertSeries << t.seriesId;
                }
            }
            v.chart->setCrossings(std::move(marks));
        }
    for (int k = 0; k < ids.size(); ++k)
        if (!m_alertIds.contains(ids[k]))
            Q_EMIT alertRaised(alertSeries[k], texts[k]);
    m_alertIds = ids;
    m_alertTexts = texts;
    constexpr int kShown = 12; // the banner lists the newest; alerts() has them all
    QStringList shown = texts.size() > kShown ? texts.mid(texts.size() - kShown) : texts;
    if (texts.size() > kShown)
        shown.prepend(tr("… and %n earlier crossing(s)", nullptr, int(texts.size() - kShown)));
    m_alertLabel->setText(texts.isEmpty() ? QString()
                                          : tr("⚠ %n limit(s) crossed:", nullptr, int(texts.size()))
                + QLatin1Char('\n') + shown.join(QLatin1Char('\n')));
    m_alertBanner->setVisible(!texts.isEmpty());
}

void CapacityPage::runForecasts()
{
    // Every series of every chart gets its own forecast (and its own time until saturation when
    // the chart has a limit for it), not only the chart's first series.
    std::vector<ForecastJob> jobs;
    for (const ChartView &v : views(m_preset)) {
        for (int i = 0; i < v.chart->seriesCount(); ++i) {
            if (v.chart->data(i).size() < 3)
                continue;
            ForecastJob job;
            job.chartKey = v.spec.key;
            job.seriesIndex = i;
            job.label = std::size_t(i) < v.spec.series.size() ? v.spec.series[std::size_t(i)].label
                                                              : v.chart->data(i).info.label;
            job.history = v.chart->data(i);
            for (const capacity::Threshold &t : v.chart->thresholds())
                if (t.seriesId == job.history.info.id)
                    job.threshold = t;
            jobs.push_back(std::move(job));
        }
    }
    const qint64 nowMs = now();
    const qint64 horizon = std::clamp(m_to - m_from, 6 * kHour, 7 * kDay);
    const int generation = ++m_forecastGeneration;
    auto future = QtConcurrent::run([jobs = std::move(jobs), nowMs, horizon] {
        std::vector<ForecastOut> out;
        for (const ForecastJob &job : jobs) {
            capacity::ForecastOptions o;
            const qint64 history = job.history.t.back() - job.history.t.front();
            o.seasonMs = history >= 14 * kDay ? 7 * kDay : kDay;
            o.horizonMs = horizon;
            ForecastOut r;
            r.chartKey = job.chartKey;
            r.seriesIndex = job.seriesIndex;
            r.forecast = capacity::forecast(job.history, o);
            // Never below what the series can physically be (a lag or a count below zero, a
            // ratio above 100 %), whatever the model's band says.
            capacity::clampForecast(r.forecast, capacity::physicalBounds(job.history));
            if (job.threshold) {
                const capacity::Saturation sat
                    = capacity::timeToSaturation(r.forecast, *job.threshold);
                r.sentence = capacity::ForecastText::saturation(
                    job.label, *job.threshold, r.forecast, sat, nowMs);
            } else if (r.forecast.valid()) {
                r.sentence = CapacityPage::tr("%1: no limit to reach; forecast by %2.")
                                 .arg(job.label, r.forecast.accuracyText());
            }
            out.push_back(std::move(r));
        }
        return out;
    });
    whenFinishedValue(
        this, future, [this, generation](const std::optional<std::vector<ForecastOut>> &r) {
            if (!r || generation != m_forecastGeneration || !m_forecast)
                return;
            QHash<QString, QStringList> sentences;
            for (const ForecastOut &f : *r)
                for (ChartView &v : views(m_preset))
                    if (v.spec.key == f.chartKey) {
                        v.chart->setForecast(f.seriesIndex, f.forecast);
                        if (!f.sentence.isEmpty())
                            sentences[f.chartKey] << f.sentence;
                    }
            for (ChartView &v : views(m_preset)) {
                const QString text = sentences.value(v.spec.key).join(QLatin1Char('\n'));
                m_saturation.insert(v.spec.key, text);
                v.saturation->setText(text);
                v.saturation->setVisible(!text.isEmpty());
            }
            Q_EMIT forecastsUpdated();
        });
}

} // namespace qm
