#include "overviewpage.h"

#include "appicons.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "dotdelegate.h"
#include "health/healthmonitor.h"
#include "health/storesummary.h"
#include "healthmodel.h"
#include "session/session.h"
#include "settings/settings.h"
#include "storesummarymodel.h"
#include "summarycard.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace qm {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setObjectName(QStringLiteral("sectionTitle"));
    return l;
}

} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Workspace(parent)
    , m_summary(new StoreSummaryModel(this))
    , m_health(new HealthModel(this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_maintenance(new QLabel(this))
    , m_nodes(new QTableView(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("pageContent"));
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Overview"), content);
    title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(title);
    header->addStretch(1);
    m_status->setObjectName(QStringLiteral("pageStatus"));
    header->addWidget(m_status, 0, Qt::AlignBottom);
    layout->addLayout(header);

    m_problem->setObjectName(QStringLiteral("problemNote"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_maintenance->setObjectName(QStringLiteral("maintenanceNote"));
    m_maintenance->setWordWrap(true);
    m_maintenance->hide();
    layout->addWidget(m_maintenance);

    layout->addWidget(sectionTitle(tr("Store today"), content));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    constexpr int kColumns = 4;
    for (int row = 0; row < m_summary->rowCount(); ++row) {
        auto *card = new SummaryCard(m_summary, row, content);
        m_cards.append(card);
        grid->addWidget(card, row / kColumns, row % kColumns);
    }
    for (int c = 0; c < kColumns; ++c)
        grid->setColumnStretch(c, 1);
    layout->addLayout(grid);

    layout->addSpacing(8);
    layout->addWidget(sectionTitle(tr("Servers"), content));
    m_nodes->setObjectName(QStringLiteral("nodeTable"));
    m_nodes->setAccessibleName(tr("Servers"));
    m_nodes->setModel(m_health);
    m_nodes->setItemDelegateForColumn(HealthModel::StateColumn, new DotDelegate(m_nodes));
    m_nodes->setSelectionMode(QAbstractItemView::NoSelection);
    m_nodes->setFocusPolicy(Qt::NoFocus);
    m_nodes->setShowGrid(false);
    m_nodes->setAlternatingRowColors(true);
    m_nodes->setWordWrap(false);
    m_nodes->verticalHeader()->hide();
    m_nodes->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_nodes->verticalHeader()->setDefaultSectionSize(30);
    m_nodes->horizontalHeader()->setHighlightSections(false);
    m_nodes->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_nodes->horizontalHeader()->setStretchLastSection(true);
    // Fixed widths that fit the header in every language (a few rows: no per-refresh resizing).
    const QList<int> widths = {170, 90, 110, 150, 100};
    for (int c = 0; c < widths.size(); ++c) {
        const int header = m_nodes->horizontalHeader()->sectionSizeHint(c);
        m_nodes->setColumnWidth(c, qMax(widths[c], header + 16));
    }
    m_nodes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nodes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nodes->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_nodes);
    layout->addStretch(1);

    m_timer.setInterval(Settings::summaryRefreshMs());
    connect(&m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(m_summary, &StoreSummaryModel::refreshed, this, &OverviewPage::updateStatus);
    updateStatus();
}

OverviewPage::~OverviewPage() = default;

QString OverviewPage::workspaceTitle()
{
    return tr("Overview");
}
QIcon OverviewPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("overview"));
}

void OverviewPage::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_summary->reset();
    const quint64 healthGeneration = m_health->reset();
    m_inFlight = false;
    if (session) {
        HealthThresholds limits;
        limits.replicaLagSeconds = Settings::replicaLagLimitSeconds();
        limits.slowRoundTripMs = Settings::slowRoundTripMs();
        m_health->setThresholds(limits);
        m_health->apply(healthGeneration, session->health()->last());
        connect(session->health(), &HealthMonitor::snapshot, this,
            [this, healthGeneration](
                const HealthSnapshot &s) { m_health->apply(healthGeneration, s); });
        connect(session, &Session::connected, this, &OverviewPage::refresh);
        if (session->state() == Session::State::Connected)
            refresh();
    }
    updateStatus();
}

void OverviewPage::setActive(bool active)
{
    Workspace::setActive(active);
    if (active) {
        m_timer.start();
        refresh();
    } else {
        m_timer.stop();
    }
}

void OverviewPage::refresh()
{
    if (!m_session || m_inFlight || m_session->state() != Session::State::Connected)
        return;
    m_inFlight = true;
    const quint64 generation = m_summary->generation();
    whenFinished(this, loadStoreSummary(*m_session->cluster(), m_session->backend()),
        [this, generation](const Result<StoreSummary> &r) {
            if (generation != m_summary->generation())
                return; // a profile switch happened meanwhile: m_inFlight was reset
            m_inFlight = false;
            ++m_refreshes;
            m_summary->apply(generation, r);
            if (r)
                Q_EMIT summaryLoaded();
        });
}

void OverviewPage::updateStatus()
{
    if (!m_session) {
        m_status->setText(tr("Not connected"));
        m_problem->hide();
        m_maintenance->hide();
        return;
    }
    if (m_summary->updatedAt().isValid()) {
        m_status->setText(
            tr("Updated %1 · every %2 s")
                .arg(m_summary->updatedAt().time().toString(QStringLiteral("HH:mm:ss")))
                .arg(m_timer.interval() / 1000.0));
    } else {
        m_status->setText(
            m_summary->lastError().isEmpty() ? tr("Loading store figures…") : tr("No figures yet"));
    }
    const QString error = m_summary->lastError();
    m_problem->setVisible(!error.isEmpty());
    m_problem->setText(error.isEmpty()
            ? QString()
            : tr("The store figures could not be refreshed: %1").arg(error));
    const StoreSummary &s = m_summary->summary();
    m_maintenance->setVisible(m_summary->hasData() && s.maintenance);
    m_maintenance->setText(
        tr("Maintenance mode is on: the storefront shows \"%1\".").arg(s.maintenanceMessage));
}

} // namespace qm
