#include "capacity/loadtestdialog.h"

#include "common/whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
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
    m_ramp = new QLineEdit(QStringLiteral("10,20,40"), this);
    m_ramp->setObjectName(QStringLiteral("ramp"));
    m_ramp->setToolTip(tr("Orders per second, one step each"));
    form->addRow(tr("Ramp (orders/s):"), m_ramp);
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
    resize(760, 520);
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
    const auto ramp = capacity::LoadTestConfig::parseRamp(m_ramp->text());
    if (!ramp) {
        m_status->setText(ramp.error().message);
        return;
    }
    capacity::LoadTestConfig config = m_base;
    config.ramp = ramp.value();
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
    m_status->setText(result.cancelled ? tr("Cancelled: the simulator was stopped.")
                                       : (result.error.isEmpty() ? tr("Done.") : result.error));
    if (m_record && !result.steps.empty() && m_runner)
        m_record(m_runner->config(), result);
    Q_EMIT runFinished(result);
}

} // namespace qm
