#include "capacity/capacitypage.h"

#include "appicons.h"
#include "capacity/crossings.h"
#include "capacity/directsampler.h"
#include "capacity/loadtestdialog.h"
#include "capacity/memorysource.h"
#include "capacity/prometheussource.h"
#include "capacity/timechart.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "safety/audit.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
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

std::vector<CapacityPage::ChartSpec> CapacityPage::presetCharts(Preset preset)
{
    const double mib = 1.0 / (1024.0 * 1024.0);
    if (preset == Preset::Business)
        return {
            {QStringLiteral("orders"), tr("Orders per minute"),
                {{QStringLiteral("biz.orders_per_min"), tr("Orders/min"), QStringLiteral("/min")},
                    {QStringLiteral("biz.orders_expected"), tr("Expected"), QStringLiteral("/min"),
                        1.0, true}}},
            {QStringLiteral("checkout"), tr("Checkout latency (p95 and mean)"),
                {{QStringLiteral("biz.checkout_p95_s"), tr("Checkout p95"), QStringLiteral("s")},
                    {QStringLiteral("biz.checkout_mean_s"), tr("Checkout mean"),
                        QStringLiteral("s")}}},
            {QStringLiteral("payments"), tr("Payment failure rate"),
                {{QStringLiteral("biz.payment_failure"), tr("Failed payments"),
                    QStringLiteral("%")}}},
            {QStringLiteral("backlog"), tr("Order queue backlog"),
                {{QStringLiteral("biz.queue_backlog"), tr("Messages waiting"), QString()}}},
        };
    return {
        {QStringLiteral("connections"), tr("DB connections"),
            {{QStringLiteral("pg.connections"), tr("Connections"), QString()}}},
        {QStringLiteral("tps"), tr("Transactions per second"),
            {{QStringLiteral("pg.tps"), tr("TPS"), QStringLiteral("/s")}}},
        {QStringLiteral("lag"), tr("Replication lag"),
            {{QStringLiteral("pg.replication_lag_s"), tr("Lag"), QStringLiteral("s")}}},
        {QStringLiteral("cpu"), tr("CPU"),
            {{QStringLiteral("node.cpu"), tr("CPU busy"), QStringLiteral("%")}}},
        {QStringLiteral("redis_memory"), tr("Redis memory"),
            {{QStringLiteral("redis.memory"), tr("Used memory"), QStringLiteral("MiB"), mib}}},
        {QStringLiteral("redis_hits"), tr("Redis hit ratio"),
            {{QStringLiteral("redis.hit_ratio"), tr("Hit ratio"), QStringLiteral("%")}}},
    };
}

QIcon CapacityPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("capacity"));
}

CapacityPage::CapacityPage(QWidget *parent)
    : Workspace(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(8, 6, 8, 6);
    root->setSpacing(4);

    // The bar: preset, time range, live, forecast, export, source.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    auto makeButton = [this](const QString &text, bool checkable) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(checkable);
        b->setAutoRaise(false);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_presetGroup = new QButtonGroup(this);
    QToolButton *business = makeButton(tr("Business"), true);
    QToolButton *infra = makeButton(tr("Infrastructure"), true);
    business->setToolTip(
        tr("Orders/min vs expected, checkout p95 and mean, payment failures, queue backlog"));
    infra->setToolTip(tr("DB connections, TPS, replication lag, CPU, Redis memory and hit ratio"));
    m_presetGroup->addButton(business, int(Preset::Business));
    m_presetGroup->addButton(infra, int(Preset::Infrastructure));
    business->setChecked(true);
    bar->addWidget(business);
    bar->addWidget(infra);
    bar->addSpacing(16);
    m_spanGroup = new QButtonGroup(this);
    const std::pair<QString, qint64> spans[] = {{tr("15 min"), 15 * kMinute}, {tr("1 h"), kHour},
        {tr("6 h"), 6 * kHour}, {tr("24 h"), kDay}, {tr("7 d"), 7 * kDay}, {tr("30 d"), 30 * kDay}};
    for (const auto &[text, ms] : spans) {
        QToolButton *b = makeButton(text, true);
        b->setToolTip(tr("Show the last %1").arg(text));
        b->setProperty("spanMs", ms);
        m_spanGroup->addButton(b);
        if (ms == m_spanMs)
            b->setChecked(true);
        bar->addWidget(b);
    }
    bar->addSpacing(16);
    m_liveButton = makeButton(tr("Live"), true);
    m_liveButton->setChecked(true);
    m_liveButton->setToolTip(tr("Follow the latest data (Home in a chart comes back here)"));
    m_forecastButton = makeButton(tr("Forecast"), true);
    m_forecastButton->setToolTip(
        tr("Draw a forecast band and the time until each limit is reached"));
    bar->addWidget(m_liveButton);
    bar->addWidget(m_forecastButton);
    bar->addSpacing(16);
    QToolButton *png = makeButton(tr("Export PNG…"), false);
    QToolButton *csv = makeButton(tr("Export CSV…"), false);
    png->setToolTip(tr("Save the last chart you clicked as an image"));
    csv->setToolTip(tr("Save the visible data of the last chart you clicked as CSV"));
    bar->addWidget(png);
    bar->addWidget(csv);
    bar->addSpacing(16);
    QToolButton *loadTest = makeButton(tr("Load test…"), false);
    loadTest->setObjectName(QStringLiteral("loadTestButton"));
    loadTest->setToolTip(tr("Run the storefront simulator along a ramp of order rates and find "
                            "the highest stable rate (sandbox and staging only)"));
    bar->addWidget(loadTest);
    bar->addStretch(1);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_sourceLabel);
    root->addLayout(bar);

    m_stateLabel = new QLabel(this);
    m_stateLabel->setWordWrap(true);
    root->addWidget(m_stateLabel);

    m_alertBanner = new QFrame(this);
    m_alertBanner->setObjectName(QStringLiteral("capacityAlerts"));
    m_alertBanner->setStyleSheet(QStringLiteral(
        "#capacityAlerts { background: #fdecea; border: 1px solid #e0a19b; border-radius: 3px; }"));
    auto *alertLayout = new QHBoxLayout(m_alertBanner);
    alertLayout->setContentsMargins(8, 3, 8, 3);
    m_alertLabel = new QLabel(m_alertBanner);
    m_alertLabel->setWordWrap(true);
    m_alertLabel->setTextFormat(Qt::PlainText);
    alertLayout->addWidget(m_alertLabel);
    m_alertBanner->hide();
    root->addWidget(m_alertBanner);

    m_stack = new QStackedWidget(this);
    m_emptyLabel = new QLabel(m_stack);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);
    m_presets = new QStackedWidget(m_stack);
    m_presets->addWidget(buildPreset(Preset::Business));
    m_presets->addWidget(buildPreset(Preset::Infrastructure));
    m_stack->addWidget(m_presets);
    root->addWidget(m_stack, 1);

    connect(
        m_presetGroup, &QButtonGroup::idClicked, this, [this](int id) { setPreset(Preset(id)); });
    connect(m_spanGroup, &QButtonGroup::buttonClicked, this, [this](QAbstractButton *b) {
        setLive(true);
        setSpan(b->property("spanMs").toLongLong());
    });
    connect(m_liveButton, &QToolButton::toggled, this, [this](bool on) { setLive(on); });
    connect(
        m_forecastButton, &QToolButton::toggled, this, [this](bool on) { setForecastEnabled(on); });
    connect(png, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart as PNG"), QString(), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            setState(tr("Could not write %1.").arg(path), true);
    });
    connect(loadTest, &QToolButton::clicked, this, [this] { openLoadTest(); });
    connect(csv, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export chart data as CSV"), QString(), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        whenFinished(this, exportCsv(path), [this, path](const Status &s) {
            setState(s.ok() ? tr("Saved %1.").arg(path) : s.error().message, !s.ok());
        });
    });

    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_live && m_inFlight == 0)
            refresh();
    });
    m_refetch.setSingleShot(true);
    m_refetch.setInterval(300);
    connect(&m_refetch, &QTimer::timeout, this, &CapacityPage::refresh);

    if (qEnvironmentVariableIsSet("QM_CAPACITY_DEMO")) {
        // Synthetic store data, for a look at the workspace without servers.
        auto demo = std::make_unique<capacity::MemorySource>();
        capacity::MemorySource::fillDemo(*demo, now(), 30 * kDay, kMinute);
        m_ownedSource = std::move(demo);
        setSource(m_ownedSource.get());
    } else {
        updateStack();
    }
}

CapacityPage::~CapacityPage()
{
    delete m_loadTest.data(); // its simulator is stopped before the page goes
    if (!m_profileCopy.isEmpty())
        QFile::remove(m_profileCopy);
}

QWidget *CapacityPage::buildPreset(Preset preset)
{
    auto *page = new QWidget(m_presets);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    std::vector<ChartView> &list = views(preset);
    const std::vector<ChartSpec> specs = presetCharts(preset);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        ChartView v;
        v.spec = specs[i];
        v.cell = new QWidget(page);
        auto *cellLayout = new QVBoxLayout(v.cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(0);
        v.chart = new TimeChart(v.spec.title, v.cell);
        v.chart->setObjectName(v.spec.key);
        for (const SeriesSpec &s : v.spec.series) {
            capacity::SeriesInfo info;
            info.id = s.id;
            info.label = s.label;
            info.unit = s.unit;
            v.chart->addSeries(info, s.dashed);
        }
        v.saturation = new QLabel(v.cell);
        v.saturation->setWordWrap(true);
        v.saturation->setTextFormat(Qt::PlainText);
        QFont small = v.saturation->font();
        small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
        v.saturation->setFont(small);
        v.saturation->hide();
        cellLayout->addWidget(v.chart, 1);
        cellLayout->addWidget(v.saturation);
        grid->addWidget(v.cell, int(i / 2), int(i % 2));
        TimeChart *chart = v.chart;
        connect(chart, &TimeChart::rangeChangedByUser, this, [this](qint64 from, qint64 to) {
            setLive(false);
            setRangeAll(from, to);
            m_refetch.start();
        });
        connect(chart, &TimeChart::cursorMoved, this, &CapacityPage::setCursorAll);
        connect(chart, &TimeChart::annotationClicked, this, &CapacityPage::showAnnotation);
        connect(chart, &TimeChart::homeRequested, this, [this] {
            setLive(true);
            refresh();
        });
        connect(chart, &TimeChart::activated, this, [this, chart] { m_current = chart; });
        list.push_back(std::move(v));
    }
    for (int r = 0; r < (int(specs.size()) + 1) / 2; ++r)
        grid->setRowStretch(r, 1);
    return page;
}

void CapacityPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &Session::connected, this, &CapacityPage::loadAnnotations);
    if (!qEnvironmentVariableIsSet("QM_CAPACITY_DEMO"))
        useSessionSource();
    loadAnnotations();
}

// The profile's Prometheus when it names one; otherwise the console samples PostgreSQL and Redis
// itself from the moment the profile opens, so that the charts have history when first looked at.
void CapacityPage::useSessionSource()
{
    setSource(nullptr);
    m_ownedSource.reset();
    if (!m_session)
        return;
    const QString url = m_session->profile().prometheusUrl;
    if (!url.isEmpty()) {
        auto prometheus = std::make_unique<capacity::PrometheusSource>(QUrl(url));
        prometheus->setCaFile(m_session->profile().caFile);
        m_ownedSource = std::move(prometheus);
    } else {
        auto sampler = std::make_unique<capacity::DirectSampler>(
            m_session->sharedCluster(), m_session->redis());
        sampler->start();
        m_ownedSource = std::move(sampler);
    }
    setSource(m_ownedSource.get());
}

void CapacityPage::setActive(bool active)
{
    Workspace::setActive(active);
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void CapacityPage::setSource(capacity::MetricSource *source)
{
    m_source = source;
    m_everLoaded = false;
    m_sourceError.clear();
    ++m_generation; // answers of the previous source are dropped
    m_inFlight = 0;
    m_sourceLabel->setText(source ? source->describe() : QString());
    updateStack();
    refresh();
}

void CapacityPage::updateStack()
{
    if (!m_source) {
        m_emptyLabel->setText(tr("No data source configured.\nAdd a Prometheus URL to the "
                                 "profile, or open a profile so the console can sample "
                                 "PostgreSQL and Redis directly."));
        m_stack->setCurrentIndex(0);
        setState(QString(), false);
        return;
    }
    m_stack->setCurrentIndex(1);
}

void CapacityPage::setPreset(Preset preset)
{
    m_preset = preset;
    if (QAbstractButton *b = m_presetGroup->button(int(preset)))
        b->setChecked(true);
    m_presets->setCurrentIndex(preset == Preset::Business ? 0 : 1);
    m_current = nullptr;
    refresh();
}

void CapacityPage::setSpan(qint64 spanMs)
{
    m_spanMs = std::clamp(spanMs, TimeChart::kMinSpanMs, TimeChart::kMaxSpanMs);
    for (QAbstractButton *b : m_spanGroup->buttons())
        if (b->property("spanMs").toLongLong() == m_spanMs)
            b->setChecked(true);
    if (!m_live)
        setRangeAll(m_to - m_spanMs, m_to);
    refresh();
}

void CapacityPage::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    const QSignalBlocker block(m_liveButton);
    m_liveButton->setChecked(live);
    if (live)
        refresh();
}

void CapacityPage::setForecastEnabled(bool on)
{
    m_forecast = on;
    {
        const QSignalBlocker block(m_forecastButton);
        m_forecastButton->setChecked(on);
    }
    if (!on) {
        ++m_forecastGeneration;
        m_saturation.clear();
        for (Preset p : {Preset::Business, Preset::Infrastructure})
            for (ChartView &v : views(p)) {
                v.chart->clearForecasts();
                v.saturation->hide();
            }
        return;
    }
    refresh(); // a longer history for the models
}

void CapacityPage::setRefreshIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

void CapacityPage::setRangeAll(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    for (Preset p : {Preset::Business, Preset::Infrastructure})
        for (ChartView &v : views(p))
            v.chart->setRange(from, to);
}

void CapacityPage::setCursorAll(qint64 ms)
{
    for (ChartView &v : views(m_preset))
        v.chart->setCursorTime(ms);
}

void CapacityPage::refresh()
{
    if (!m_source) {
        updateStack();
        return;
    }
    if (m_live) {
        const qint64 t = now();
        setRangeAll(t - m_spanMs, t);
    }
    const int generation = ++m_generation;
    // The models want days of history; the charts only the window (plus what a pan reveals).
    const qint64 span = m_to - m_from;
    const qint64 history = m_forecast ? std::max(span, 4 * kDay) : span;
    capacity::RangeQuery q;
    q.startMs = std::min(m_from, m_to - history);
    q.endMs = m_to;
    q.stepMs = capacity::stepForRange(q.startMs, q.endMs);
    std::vector<ChartView> &list = views(m_preset);
    int pending = 0;
    for (std::size_t c = 0; c < list.size(); ++c)
        for (std::size_t s = 0; s < list[c].spec.series.size(); ++s) {
            q.expr = list[c].spec.series[s].id;
            ++pending;
            ++m_inFlight;
            whenFinished(this, m_source->queryRange(q),
                [this, generation, c, s](const Result<std::vector<capacity::TimeSeries>> &r) {
                    --m_inFlight;
                    onFetched(generation, c, s, r);
                });
        }
    m_wavePending = pending;
    ++m_inFlight;
    whenFinished(this, m_source->thresholds(),
        [this, generation](const Result<std::vector<capacity::Threshold>> &r) {
            --m_inFlight;
            if (generation == m_generation)
                onThresholds(r);
        });
    if (!m_everLoaded && m_sourceError.isEmpty())
        setState(tr("Loading…"), false);
    loadAnnotations();
}

void CapacityPage::onFetched(int generation, std::size_t chartIndex, std::size_t seriesIndex,
    const Result<std::vector<capacity::TimeSeries>> &result)
{
    if (generation != m_generation)
        return; // an older wave (or another source) answered late: nothing to do
    if (!result.ok() && result.error().code == Error::Code::InvalidInput) {
        // This source cannot give this series (direct sampling has no business metrics, a
        // Prometheus without that exporter): the chart says so, the other charts go on.
        ChartView &v = views(m_preset)[chartIndex];
        m_chartNotes.insert(v.spec.key, result.error().message);
        v.saturation->setText(result.error().message);
        v.saturation->show();
    } else if (!result.ok()) {
        m_sourceError = result.error().message;
    } else {
        ChartView &v = views(m_preset)[chartIndex];
        if (const QString note = m_chartNotes.take(v.spec.key);
            !note.isEmpty() && v.saturation->text() == note)
            v.saturation->hide();
        const SeriesSpec &spec = v.spec.series[seriesIndex];
        capacity::TimeSeries s;
        if (!result.value().empty())
            s = result.value().front();
        s.info.id = spec.id;
        s.info.label = spec.label;
        s.info.unit = spec.unit;
        if (spec.scale != 1.0)
            for (double &x : s.v)
                x *= spec.scale;
        v.chart->setData(int(seriesIndex), std::move(s));
    }
    if (--m_wavePending == 0)
        waveDone();
}

void CapacityPage::onThresholds(const Result<std::vector<capacity::Threshold>> &result)
{
    if (!result.ok())
        return; // the series' own errors say it; limits keep their last values
    m_thresholds = result.value();
    for (Preset p : {Preset::Business, Preset::Infrastructure})
        for (ChartView &v : views(p)) {
            std::vector<capacity::Threshold> mine;
            for (const SeriesSpec &s : v.spec.series)
                for (capacity::Threshold t : m_thresholds)
                    if (t.seriesId == s.id) {
                        t.value *= s.scale;
                        mine.push_back(t);
                    }
            v.chart->setThresholds(std::move(mine));
        }
    updateAlerts();
}

void CapacityPage::waveDone()
{
    if (m_sourceError.isEmpty()) {
        m_everLoaded = true;
        setState(
            tr("Updated %1 · %2")
                .arg(QDateTime::fromMSecsSinceEpoch(now()).toString(QStringLiteral("HH:mm:ss")),
                    m_source ? m_source->describe() : QString()),
            false);
    } else {
        setState(tr("Source down: %1").arg(m_sourceError), true);
        m_sourceError.clear(); // the next wave says again whether it still is
    }
    updateAlerts();
    if (m_forecast)
        runForecasts();
    Q_EMIT dataArrived();
}

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

LoadTestDialog *CapacityPage::openLoadTest()
{
    if (m_loadTest) {
        m_loadTest->show();
        m_loadTest->raise();
        return m_loadTest;
    }
    capacity::LoadTestConfig base;
    base.storefrontBinary = capacity::LoadTestConfig::findStorefront();
    QString refusal;
    if (!m_session) {
        refusal = tr("Open a sandbox or staging profile to run a load test.");
    } else {
        const Profile &profile = m_session->profile();
        if (const Status allowed = capacity::LoadTestRunner::refuseOn(profile.environment);
            !allowed)
            refusal = allowed.error().message;
        base.metricsPort = capacity::LoadTestConfig::metricsPortFor(profile);
        if (!profile.prometheusUrl.isEmpty()) {
            base.prometheusUrl = QUrl(profile.prometheusUrl);
            base.caFile = profile.caFile;
        }
        // The simulator reads a profile file: this session's, without secrets (the passfile
        // path names where the storefront user's password is), written when a run starts.
        if (m_profileCopy.isEmpty())
            m_profileCopy = QDir::tempPath()
                + QStringLiteral("/qm-loadtest-profile-%1-%2.json")
                      .arg(QCoreApplication::applicationPid())
                      .arg(quintptr(this), 0, 16);
        base.profilePath = m_profileCopy;
    }
    auto *dialog = new LoadTestDialog(base, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    dialog->setServerSource(m_source); // the charts' own source: Prometheus or direct sampling
    m_loadTest = dialog;
    if (!refusal.isEmpty())
        dialog->setRefusal(refusal);
    if (m_session) {
        // The profile copy for the simulator, written off the GUI thread before Start is enabled.
        const QByteArray json = QJsonDocument(m_session->profile().toJson()).toJson();
        if (refusal.isEmpty())
            dialog->setRefusal(tr("Preparing…"));
        const QString path = m_profileCopy;
        QPointer<LoadTestDialog> guard(dialog);
        whenFinishedValue(this, QtConcurrent::run([path, json] {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
                && f.write(json) == json.size()
                && f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }),
            [guard, refusal, path](const std::optional<bool> &written) {
                if (!guard)
                    return;
                if (!written.value_or(false))
                    guard->setRefusal(tr("Could not write %1.").arg(path));
                else
                    guard->setRefusal(refusal);
            });
        const std::shared_ptr<db::Cluster> cluster = m_session->sharedCluster();
        const BackendKind backend = m_session->backend().kind();
        // The recorded peak a percentage ramp is based on: Prometheus and the backend's orders
        // view, on worker threads.
        capacity::PeakFinder::find(this, cluster, backend, base.prometheusUrl, base.caFile, 30,
            [guard](const Result<capacity::RecordedPeak> &peak) {
                if (guard)
                    guard->setRecordedPeak(peak);
            });
        // Write ahead (an action that cannot be audited does not run): the intent before the
        // simulator starts, the outcome under the same request id after it.
        auto entry = std::make_shared<safety::AuditEntry>();
        dialog->setIntentRecorder(
            [cluster, backend, entry](const capacity::LoadTestConfig &config) -> QFuture<Status> {
                if (!cluster)
                    return QtFuture::makeReadyFuture(Status(Error {
                        Error::Code::ConnectionFailed, tr("no database connection"), {}, {}}));
                *entry = safety::AuditEntry {};
                entry->action = QStringLiteral("loadtest.run");
                QStringList rates;
                for (double r : config.ramp)
                    rates << QString::number(r);
                entry->target = QStringLiteral("ramp %1 orders/s").arg(rates.join(u','));
                entry->plan = config.toJson();
                const safety::AuditEntry intent = *entry;
                return QtConcurrent::run([cluster, backend, intent] {
                    return safety::DbAuditSink(cluster, backend).recordIntent(intent);
                });
            });
        dialog->setRecorder([this, cluster, backend, entry](const capacity::LoadTestConfig &,
                                const capacity::LoadTestResult &result) {
            if (!cluster)
                return;
            entry->outcome = result.toJson();
            const safety::AuditEntry done = *entry;
            whenFinishedValue(this, QtConcurrent::run([cluster, backend, done] {
                return safety::DbAuditSink(cluster, backend).recordOutcome(done);
            }),
                [this](const std::optional<Status> &recorded) {
                    if (!recorded || !recorded->ok()) {
                        setState(tr("The load test is not in the audit log: %1")
                                     .arg(recorded ? recorded->error().message : QString()),
                            true);
                        return;
                    }
                    m_annotationsFromMinute = -1; // read the markers again, with this run
                    loadAnnotations();
                });
        });
    }
    dialog->show();
    return dialog;
}

void CapacityPage::loadAnnotations()
{
    if (!m_session || !m_session->cluster() || m_session->state() != Session::State::Connected)
        return;
    // One audit read per 30 s at most, and on a range change.
    const qint64 from = m_from, to = m_to;
    if (m_annotationsFromMinute == from / kMinute && m_annotationsRead.isValid()
        && m_annotationsRead.elapsed() < 30'000)
        return;
    m_annotationsRead.start();
    m_annotationsFromMinute = from / kMinute;
    whenFinished(this,
        capacity::Annotations::load(
            *m_session->cluster(), m_session->backend().kind(), from - m_spanMs, to),
        [this](const Result<std::vector<capacity::Annotation>> &r) {
            if (r.ok())
                setAnnotations(r.value());
            else
                m_stateLabel->setToolTip(tr("Audit log annotations: %1").arg(r.error().message));
        });
}

void CapacityPage::setAnnotations(std::vector<capacity::Annotation> annotations)
{
    m_annotations = std::move(annotations);
    for (Preset p : {Preset::Business, Preset::Infrastructure})
        for (ChartView &v : views(p))
            v.chart->setAnnotations(m_annotations);
}

void CapacityPage::showAnnotation(qint64 auditId)
{
    Q_EMIT annotationActivated(auditId);
    auto it = std::find_if(m_annotations.begin(), m_annotations.end(),
        [auditId](const capacity::Annotation &a) { return a.auditId == auditId; });
    if (it == m_annotations.end())
        return;
    auto pretty = [](const QString &json) {
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
        return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    };
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Audit entry #%1").arg(auditId));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setReadOnly(true);
    text->setPlainText(tr("Audit entry #%1\nWhen: %2\nWho: %3\nAction: %4 (%5)\nTarget: %6\n\n"
                          "Plan:\n%7\nOutcome:\n%8")
                           .arg(QString::number(auditId),
                               QDateTime::fromMSecsSinceEpoch(it->atMs).toString(Qt::ISODate),
                               it->actor, it->action, capacity::Annotations::kindName(it->kind),
                               it->target, pretty(it->plan), pretty(it->outcome)));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(560, 420);
    dialog->setObjectName(QStringLiteral("auditEntryDialog"));
    dialog->show(); // not modal: the charts keep updating
}

void CapacityPage::setState(const QString &text, bool problem)
{
    m_stateLabel->setText(text);
    m_stateLabel->setStyleSheet(problem ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                        : QStringLiteral("color: palette(mid);"));
    m_stateLabel->setVisible(!text.isEmpty());
}

QString CapacityPage::stateText() const
{
    return m_stack->currentIndex() == 0 ? m_emptyLabel->text() : m_stateLabel->text();
}

QString CapacityPage::chartNote(const QString &chartKey) const
{
    return m_chartNotes.value(chartKey);
}

QString CapacityPage::saturationText(const QString &chartKey) const
{
    return m_saturation.value(chartKey);
}

QList<TimeChart *> CapacityPage::charts(Preset preset) const
{
    QList<TimeChart *> out;
    for (const ChartView &v : views(preset))
        out << v.chart;
    return out;
}

TimeChart *CapacityPage::currentChart() const
{
    if (m_current)
        return m_current;
    const auto &list = views(m_preset);
    return list.empty() ? nullptr : list.front().chart;
}

bool CapacityPage::exportPng(const QString &path)
{
    TimeChart *chart = currentChart();
    return chart && chart->render().save(path, "PNG");
}

QFuture<Status> CapacityPage::exportCsv(const QString &path)
{
    TimeChart *chart = currentChart();
    if (!chart) {
        Error e;
        e.code = Error::Code::InvalidInput;
        e.message = tr("There is no chart to export.");
        return QtFuture::makeReadyFuture(Status(e));
    }
    return chart->exportCsv(path);
}

} // namespace qm
