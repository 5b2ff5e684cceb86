#include "capacity/loadtestdialog.h"

#include "capacity/metricsource.h"
#include "capacity/timechart.h"
#include "common/whenfinished.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace qm {

namespace {

QString msText(double seconds)
{
    return std::isfinite(seconds) ? QString::number(seconds * 1000, 'f', 1) : QStringLiteral("–");
}

QString plain(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

} // namespace

LoadTestDialog::LoadTestDialog(capacity::LoadTestConfig base, QWidget *parent)
    : QDialog(parent)
    , m_base(std::move(base))
{
    setWindowTitle(tr("Load test"));
    setObjectName(QStringLiteral("loadTestDialog"));
    auto *root = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Drives the storefront simulator along a ramp of order rates and "
                                "reads each step back: the highest stable rate is the last step "
                                "whose checkout p95 and error rate stay under the limits."),
        this);
    intro->setWordWrap(true);
    root->addWidget(intro);
    auto *form = new QFormLayout;
    auto *rampRow = new QHBoxLayout;
    m_ramp = new QLineEdit(QStringLiteral("10,20,40"), this);
    m_ramp->setObjectName(QStringLiteral("ramp"));
    m_ramp->setToolTip(tr("One step each: orders per second, or percentages of the recorded "
                          "peak order rate"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("rampMode"));
    m_mode->addItem(tr("orders/s"));
    m_mode->addItem(tr("% of the recorded peak"));
    rampRow->addWidget(m_ramp, 1);
    rampRow->addWidget(m_mode);
    form->addRow(tr("Ramp:"), rampRow);
    auto *peakRow = new QHBoxLayout;
    m_peak = new QDoubleSpinBox(this);
    m_peak->setObjectName(QStringLiteral("peakOverride"));
    m_peak->setRange(0, 1'000'000);
    m_peak->setDecimals(2);
    m_peak->setSuffix(tr(" orders/s"));
    m_peak->setSpecialValueText(tr("recorded"));
    m_peak->setToolTip(tr("The peak a percentage ramp is based on; \"recorded\" uses the busiest "
                          "minute in the store's history"));
    m_peakSource = new QLabel(tr("Looking up the recorded peak…"), this);
    m_peakSource->setObjectName(QStringLiteral("peakSource"));
    m_peakSource->setWordWrap(true);
    peakRow->addWidget(m_peak);
    peakRow->addWidget(m_peakSource, 1);
    form->addRow(tr("Peak:"), peakRow);
    connect(m_peak, &QDoubleSpinBox::valueChanged, this, [this] { updatePeakLabel(); });
    m_step = new QSpinBox(this);
    m_step->setObjectName(QStringLiteral("stepSeconds"));
    m_step->setRange(2, 3600);
    m_step->setValue(int(m_base.stepMs / 1000));
    m_step->setSuffix(tr(" s"));
    form->addRow(tr("Each step:"), m_step);
    m_p95 = new QSpinBox(this);
    m_p95->setObjectName(QStringLiteral("p95LimitMs"));
    m_p95->setRange(1, 60000);
    m_p95->setValue(int(m_base.p95LimitS * 1000));
    m_p95->setSuffix(tr(" ms"));
    form->addRow(tr("Checkout p95 limit:"), m_p95);
    m_p99 = new QSpinBox(this);
    m_p99->setObjectName(QStringLiteral("p99TargetMs"));
    m_p99->setRange(1, 60000);
    m_p99->setValue(int(m_base.p99TargetS * 1000));
    m_p99->setSuffix(tr(" ms"));
    form->addRow(tr("Checkout p99 target:"), m_p99);
    m_errors = new QSpinBox(this);
    m_errors->setRange(0, 100);
    m_errors->setValue(int(std::lround(m_base.errorLimit * 100)));
    m_errors->setSuffix(tr(" %"));
    form->addRow(tr("Error limit:"), m_errors);
    root->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(tr("Start"), this);
    m_start->setObjectName(QStringLiteral("start"));
    m_cancel = new QPushButton(tr("Cancel run"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_cancel->setEnabled(false);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    root->addLayout(buttons);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    root->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    root->addWidget(m_status);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("steps"));
    m_table->setHorizontalHeaderLabels({tr("Target/s"), tr("Achieved/s"), tr("p50 ms"),
        tr("p95 ms"), tr("Errors %"), tr("DB conns"), tr("CPU %"), tr("Verdict")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    root->addWidget(m_table, 1);

    // Live charts, fed by the runner's samples (about once a second).
    auto *grid = new QGridLayout;
    auto chart = [this, grid](const char *name, const QString &title,
                     std::initializer_list<capacity::SeriesInfo> series) {
        auto *c = new TimeChart(title, this);
        c->setObjectName(QString::fromLatin1(name));
        c->setMinimumHeight(150);
        for (const capacity::SeriesInfo &info : series)
            c->addSeries(info);
        grid->addWidget(c, int(m_charts.size()) / 3, int(m_charts.size()) % 3);
        m_charts << c;
    };
    chart("liveOrders", tr("Orders and errors"),
        {{QStringLiteral("live.orders"), tr("Orders/s"), QStringLiteral("/s"), {}},
            {QStringLiteral("live.errors"), tr("Errors/s"), QStringLiteral("/s"), {}}});
    chart("liveLatency", tr("Checkout latency"),
        {{QStringLiteral("live.p95"), tr("p95"), QStringLiteral("s"), {}},
            {QStringLiteral("live.p99"), tr("p99"), QStringLiteral("s"), {}}});
    chart("liveDb", tr("DB connections"),
        {{QStringLiteral("pg.connections"), tr("DB connections"), QString(), {}}});
    chart("liveRedisMemory", tr("Redis memory"),
        {{QStringLiteral("redis.memory"), tr("Redis memory"), QStringLiteral("B"), {}}});
    chart("liveRedisOps", tr("Redis ops"),
        {{QStringLiteral("redis.ops"), tr("Redis ops/s"), QStringLiteral("/s"), {}}});
    root->addLayout(grid, 2);
    m_saturation = new QLabel(this);
    m_saturation->setObjectName(QStringLiteral("firstSaturated"));
    m_saturation->setWordWrap(true);
    root->addWidget(m_saturation);
    m_readout = new QLabel(this);
    m_readout->setObjectName(QStringLiteral("readout"));
    m_readout->setWordWrap(true);
    m_readout->setTextInteractionFlags(Qt::TextSelectableByMouse);
    root->addWidget(m_readout);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    root->addWidget(close);

    connect(m_start, &QPushButton::clicked, this, &LoadTestDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &LoadTestDialog::cancel);
    resize(1000, 860);
    updatePeakLabel();
}

void LoadTestDialog::setRecordedPeak(const Result<capacity::RecordedPeak> &peak)
{
    m_recordedPeak = peak;
    updatePeakLabel();
}

void LoadTestDialog::setServerSource(capacity::MetricSource *source)
{
    m_servers = source;
}

void LoadTestDialog::updatePeakLabel()
{
    if (m_peak->value() > 0) {
        m_peakSource->setText(tr("Typed by hand (instead of the recorded peak)."));
        return;
    }
    if (!m_recordedPeak) {
        m_peakSource->setText(tr("Looking up the recorded peak…"));
        return;
    }
    if (!m_recordedPeak->ok()) {
        m_peakSource->setText(tr("No recorded peak: %1").arg(m_recordedPeak->error().message));
        return;
    }
    const capacity::RecordedPeak &p = m_recordedPeak->value();
    m_peakSource->setText(tr("Recorded peak %1 orders/s%2: %3")
                              .arg(QString::number(p.perSecond, 'f', 2),
                                  p.atMs > 0 ? tr(" at %1").arg(
                                      QDateTime::fromMSecsSinceEpoch(p.atMs).toString(Qt::ISODate))
                                             : QString(),
                                  p.detail));
}

void LoadTestDialog::setRampPercent(const QString &percents)
{
    m_mode->setCurrentIndex(1);
    m_ramp->setText(percents);
}

void LoadTestDialog::setPeakOverride(double ordersPerSecond)
{
    m_peak->setValue(ordersPerSecond);
}

void LoadTestDialog::setP99TargetMs(int ms)
{
    m_p99->setValue(ms);
}

QString LoadTestDialog::firstSaturatedText() const
{
    return m_saturation->text();
}

void LoadTestDialog::onLive(const capacity::LiveSample &s)
{
    const auto add = [&s](TimeChart *c, int index, double v) {
        if (std::isfinite(v))
            c->appendPoint(index, s.ms, v);
    };
    add(m_charts[0], 0, s.ordersPerSecond);
    add(m_charts[0], 1, s.errorsPerSecond);
    add(m_charts[1], 0, s.p95);
    add(m_charts[1], 1, s.p99);
    add(m_charts[2], 0, s.dbConnections);
    add(m_charts[3], 0, s.redisMemory);
    add(m_charts[4], 0, s.redisOps);
    if (!m_thresholdsSet && m_runner) {
        const double maxConn = m_runner->maxConnections();
        const double maxMem = m_runner->maxMemory();
        if (std::isfinite(maxConn)) {
            m_charts[2]->setThresholds({{QStringLiteral("pg.connections"),
                tr("max_connections (%1)").arg(qint64(maxConn)), maxConn, true}});
            m_thresholdsSet = true;
        }
        if (std::isfinite(maxMem) && maxMem > 0)
            m_charts[3]->setThresholds({{QStringLiteral("redis.memory"),
                tr("maxmemory (%1 MB)").arg(qint64(maxMem / (1024 * 1024))), maxMem, true}});
    }
    // Keep the run in view: the window grows with it.
    for (TimeChart *c : m_charts)
        if (s.ms > c->rangeTo())
            c->setRange(c->rangeFrom(), s.ms + 30'000);
}

LoadTestDialog::~LoadTestDialog() = default;

void LoadTestDialog::setRecorder(
    std::function<void(const capacity::LoadTestConfig &, const capacity::LoadTestResult &)>
        recordRun)
{
    m_record = std::move(recordRun);
}

void LoadTestDialog::setIntentRecorder(
    std::function<QFuture<Status>(const capacity::LoadTestConfig &)> recordIntent)
{
    m_intent = std::move(recordIntent);
}

void LoadTestDialog::setRefusal(const QString &why)
{
    m_start->setEnabled(why.isEmpty());
    m_status->setText(why);
}

void LoadTestDialog::setRamp(const QString &ramp)
{
    m_ramp->setText(ramp);
}

void LoadTestDialog::setStepSeconds(int seconds)
{
    m_step->setValue(seconds);
}

void LoadTestDialog::setP95LimitMs(int ms)
{
    m_p95->setValue(ms);
}

bool LoadTestDialog::running() const
{
    return m_runner && m_runner->running();
}

QString LoadTestDialog::readout() const
{
    return m_readout->text();
}

void LoadTestDialog::start()
{
    if (running() || !m_start->isEnabled())
        return;
    const bool percent = m_mode->currentIndex() == 1;
    const auto ramp = percent ? capacity::LoadTestConfig::parsePercents(m_ramp->text())
                              : capacity::LoadTestConfig::parseRamp(m_ramp->text());
    if (!ramp) {
        m_status->setText(ramp.error().message);
        return;
    }
    capacity::LoadTestConfig config = m_base;
    if (percent) {
        if (m_peak->value() > 0) {
            config.peak.perSecond = m_peak->value();
            config.peak.source = QStringLiteral("override");
            config.peak.detail = tr("typed by hand");
        } else if (m_recordedPeak && m_recordedPeak->ok() && m_recordedPeak->value().valid()) {
            config.peak = m_recordedPeak->value();
        } else {
            m_status->setText(tr("A percentage ramp needs a peak: none was recorded yet, so type "
                                 "one."));
            return;
        }
        config.rampPercent = ramp.value();
        config.ramp
            = capacity::LoadTestConfig::rampFromPercents(config.rampPercent, config.peak.perSecond);
    } else {
        config.ramp = ramp.value();
    }
    config.p99TargetS = m_p99->value() / 1000.0;
    config.stepMs = qint64(m_step->value()) * 1000;
    config.warmupMs = std::min(config.warmupMs, config.stepMs / 3);
    config.p95LimitS = m_p95->value() / 1000.0;
    config.errorLimit = m_errors->value() / 100.0;
    m_table->setRowCount(0);
    m_readout->clear();
    m_progress->setValue(0);
    if (!m_intent) {
        launch(config);
        return;
    }
    // Start stays disabled while the intent is written (off the GUI thread).
    setRunning(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Recording the load test in the audit log…"));
    whenFinishedValue(this, m_intent(config), [this, config](const std::optional<Status> &taken) {
        if (!taken || !taken->ok()) {
            setRunning(false);
            m_status->setText(
                tr("The audit log refused the load test, so it did not start: %1")
                    .arg(taken ? taken->error().message : tr("no answer from the database")));
            return;
        }
        launch(config);
    });
}

void LoadTestDialog::launch(const capacity::LoadTestConfig &config)
{
    m_runner = std::make_unique<capacity::LoadTestRunner>(config);
    if (m_servers)
        m_runner->setServerSource(m_servers);
    m_thresholdsSet = false;
    m_saturation->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 length = std::max<qint64>(60'000, qint64(config.ramp.size()) * config.stepMs);
    for (TimeChart *c : m_charts) {
        for (int i = 0; i < c->seriesCount(); ++i) {
            capacity::TimeSeries empty;
            empty.info = c->data(i).info;
            c->setData(i, std::move(empty));
        }
        c->setRange(now - 5000, now + length);
    }
    connect(m_runner.get(), &capacity::LoadTestRunner::liveSample, this, &LoadTestDialog::onLive);
    connect(m_runner.get(), &capacity::LoadTestRunner::progress, this,
        [this](double fraction, const QString &text) {
            m_progress->setValue(int(fraction * 1000));
            if (running())
                m_status->setText(text);
        });
    connect(m_runner.get(), &capacity::LoadTestRunner::stepFinished, this, &LoadTestDialog::onStep);
    connect(m_runner.get(), &capacity::LoadTestRunner::finished, this, &LoadTestDialog::onFinished);
    setRunning(true);
    m_runner->start();
}

void LoadTestDialog::cancel()
{
    if (running())
        m_runner->cancel();
}

void LoadTestDialog::setRunning(bool running)
{
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_ramp->setEnabled(!running);
    m_step->setEnabled(!running);
    m_p95->setEnabled(!running);
    m_errors->setEnabled(!running);
    m_mode->setEnabled(!running);
    m_peak->setEnabled(!running);
    m_p99->setEnabled(!running);
}

void LoadTestDialog::onStep(int, const capacity::LoadStepResult &s)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QStringList cells {plain(s.target, 1), plain(s.achieved, 1), msText(s.p50), msText(s.p95),
        plain(s.errorRate * 100, 2), plain(s.dbConnections, 0), plain(s.cpu, 0),
        s.stable ? tr("stable") : tr("broke: %1").arg(s.why)};
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        if (!s.stable)
            item->setForeground(QColor(0xb0, 0x20, 0x20));
        m_table->setItem(row, c, item);
    }
}

void LoadTestDialog::onFinished(const capacity::LoadTestResult &result)
{
    setRunning(false);
    m_readout->setText(result.readout());
    const capacity::ResourceUse &first = result.firstSaturated;
    m_saturation->setText(!first.valid()
            ? tr("First to saturate: nothing measured against a limit.")
            : (first.reached ? tr("First to saturate: %1 at %2 orders/s.")
                             : tr("Nothing reached its limit; closest: %1 at %2 orders/s."))
                  .arg(first.text(), QString::number(first.target, 'g', 4)));
    m_status->setText(result.cancelled ? tr("Cancelled: the simulator was stopped.")
                                       : (result.error.isEmpty() ? tr("Done.") : result.error));
    if (m_record && !result.steps.empty() && m_runner)
        m_record(m_runner->config(), result);
    Q_EMIT runFinished(result);
}

} // namespace qm
