#include "capacity/capacitypage.h"

#include "appicons.h"
#include "capacity/directsampler.h"
#include "capacity/loadtestdialog.h"
#include "capacity/memorysource.h"
#include "capacity/prometheussource.h"
#include "capacity/timechart.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "session/session.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace qm {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

} // namespace

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
        // Opening the page sets its source first, which already asked: asking again would throw
        // that wave away and double the page's first load on Prometheus.
        if (m_inFlight == 0)
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
