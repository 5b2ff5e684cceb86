#include "flowdialog.h"

#include "confirmpanel.h"
#include "planview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace qm {

namespace {
enum Page { PlanningPage, ConfirmPage, RunningPage, ResultPage };
}

FlowDialog::FlowDialog(std::shared_ptr<safety::DestructiveAction> action,
    std::shared_ptr<safety::AuditSink> audit, Profile::Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_flow(new safety::Flow(action, std::move(audit), environment, this))
    , m_environment(environment)
    , m_pages(new QStackedWidget(this))
    , m_planning(new QLabel(this))
    , m_plan(new PlanView(this))
    , m_confirm(new ConfirmPanel(this))
    , m_go(new QPushButton(this))
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_latency(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_result(new QLabel(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(action->describe());
    setMinimumWidth(560);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_pages);

    m_planning->setText(tr("Planning: finding exactly what this would change. Nothing is changed "
                           "yet."));
    m_planning->setWordWrap(true);
    m_pages->addWidget(m_planning);

    auto *confirmPage = new QWidget(this);
    auto *cl = new QVBoxLayout(confirmPage);
    cl->addWidget(m_plan);
    cl->addWidget(m_confirm);
    auto *cb = new QDialogButtonBox(confirmPage);
    m_go->setObjectName(QStringLiteral("flowGo"));
    cb->addButton(m_go, QDialogButtonBox::AcceptRole);
    auto *cancel = cb->addButton(QDialogButtonBox::Cancel);
    cl->addWidget(cb);
    m_pages->addWidget(confirmPage);

    auto *runPage = new QWidget(this);
    auto *rl = new QVBoxLayout(runPage);
    m_stage->setWordWrap(true);
    rl->addWidget(m_stage);
    rl->addWidget(m_bar);
    rl->addWidget(m_latency);
    m_stop->setObjectName(QStringLiteral("flowStop"));
    rl->addWidget(m_stop, 0, Qt::AlignRight);
    m_pages->addWidget(runPage);

    auto *resultPage = new QWidget(this);
    auto *sl = new QVBoxLayout(resultPage);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("flowResult"));
    sl->addWidget(m_result);
    sl->addWidget(m_close, 0, Qt::AlignRight);
    m_pages->addWidget(resultPage);

    connect(m_flow, &safety::Flow::planned, this, &FlowDialog::onPlanned);
    connect(m_flow, &safety::Flow::progress, this, &FlowDialog::onProgress);
    connect(m_flow, &safety::Flow::finished, this, &FlowDialog::onFinished);
    connect(m_flow, &safety::Flow::stageChanged, this, [this](safety::Flow::Stage s) {
        if (s == safety::Flow::Stage::RecordingIntent)
            m_stage->setText(tr("Recording the plan in the audit log before anything runs…"));
        else if (s == safety::Flow::Stage::Verifying)
            m_stage->setText(tr("Verifying: checking what is left…"));
        else if (s == safety::Flow::Stage::Auditing)
            m_stage->setText(tr("Recording the audit entry…"));
    });
    connect(m_confirm, &ConfirmPanel::satisfiedChanged, m_go, &QPushButton::setEnabled);
    connect(m_go, &QPushButton::clicked, this, [this] {
        if (m_flow->confirm(m_confirm->acknowledged(), m_confirm->typed())) {
            m_stage->setText(tr("Starting…"));
            m_bar->setRange(0, 0);
            m_pages->setCurrentIndex(RunningPage);
        }
    });
    connect(cancel, &QPushButton::clicked, this, &FlowDialog::reject);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_stop->setEnabled(false);
        m_stage->setText(tr("Stopping after the current batch…"));
        m_flow->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
}

FlowDialog::~FlowDialog() = default; // the Flow (a child) cancels its worker and never waits

void FlowDialog::start()
{
    m_pages->setCurrentIndex(PlanningPage);
    m_flow->start();
}

void FlowDialog::reject()
{
    const auto s = m_flow->stage();
    if (s == safety::Flow::Stage::RecordingIntent || s == safety::Flow::Stage::Executing
        || s == safety::Flow::Stage::Verifying || s == safety::Flow::Stage::Auditing) {
        m_flow->cancel(); // stop, then the outcome is verified and audited before closing
        return;
    }
    m_flow->cancel();
    QDialog::reject();
}

void FlowDialog::onPlanned(const safety::Plan &plan)
{
    m_plan->setPlan(plan);
    m_confirm->setRequirement(m_flow->requirement(), m_environment, plan.refused);
    m_go->setText(plan.refused ? tr("Refused") : plan.title.section(u' ', 0, 0));
    m_go->setEnabled(m_confirm->isSatisfied());
    m_pages->setCurrentIndex(ConfirmPage);
}

void FlowDialog::onProgress(const safety::Progress &p)
{
    if (!p.stage.isEmpty())
        m_stage->setText(p.stage);
    if (p.total > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qMin<qint64>(1000, p.done * 1000 / p.total)));
        m_bar->setFormat(
            tr("%1 of %2").arg(QLocale().toString(p.done), QLocale().toString(p.total)));
    } else {
        m_bar->setRange(0, 0);
    }
    QString lat;
    if (p.probeLatencyMs >= 0)
        lat = tr("Shoppers' round trip now: %1 ms").arg(p.probeLatencyMs, 0, 'f', 2);
    if (p.pauseMs > 0)
        lat += tr("  ·  slowing down: %1 ms between batches").arg(p.pauseMs, 0, 'f', 1);
    m_latency->setText(lat);
}

QString FlowDialog::resultText() const
{
    return m_result->text();
}

void FlowDialog::onFinished()
{
    const safety::FlowReport &r = m_flow->report();
    QStringList lines;
    if (r.error && !r.outcome)
        lines << tr("Not done: %1").arg(r.error->message.toHtmlEscaped());
    if (r.outcome) {
        if (r.outcome->error)
            lines << tr("<b>Stopped:</b> %1").arg(r.outcome->error->message.toHtmlEscaped());
        else
            lines << tr("<b>Done.</b>");
        for (const QString &n : r.outcome->notes)
            lines << n.toHtmlEscaped();
    }
    if (r.verification)
        lines << (r.verification->ok ? tr("Verified: %1") : tr("<b>Verification:</b> %1"))
                     .arg(r.verification->summary.toHtmlEscaped());
    if (r.outcome && !r.auditError)
        lines << tr("Intent and outcome recorded in the audit log (request %1).")
                     .arg(r.requestId.toString(QUuid::WithoutBraces));
    if (r.auditError)
        lines << tr("<b>The audit log refused the outcome</b> (%1); it was kept in %2. Tell "
                    "whoever keeps the audit log.")
                     .arg(r.auditError->message.toHtmlEscaped(), r.auditSpool.toHtmlEscaped());
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_pages->setCurrentIndex(ResultPage);
    Q_EMIT flowFinished(r);
}

} // namespace qm
