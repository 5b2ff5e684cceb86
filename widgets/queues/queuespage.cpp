#include "queues/queuespage.h"

#include "appicons.h"
#include "cache/cacheconnection.h"
#include "common/whenfinished.h"
#include "profiles/credentials.h"
#include "queues/queueactions.h"
#include "safety/audit.h"
#include "safety/flowdialog.h"
#include "session/session.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace qm {

namespace {

constexpr int kMaxPoints = 600; // 20 minutes at one read per 2 s

QString age(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 1000)
        return QCoreApplication::translate("qm::QueuesPage", "%1 ms").arg(ms);
    if (ms < 120000)
        return QCoreApplication::translate("qm::QueuesPage", "%1 s").arg(ms / 1000);
    if (ms < 7200000)
        return QCoreApplication::translate("qm::QueuesPage", "%1 min").arg(ms / 60000);
    return QCoreApplication::translate("qm::QueuesPage", "%1 h").arg(ms / 3600000);
}

QStandardItem *cell(const QString &text, const QVariant &sortValue = {})
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    if (sortValue.isValid())
        item->setData(sortValue, Qt::UserRole);
    return item;
}

QStandardItem *number(qint64 v)
{
    auto *item = cell(v < 0 ? QStringLiteral("–") : QString::number(v), v);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableView *makeTable(QStandardItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setTabKeyNavigation(false); // Tab moves between the tables
    return view;
}

} // namespace

QueuesPage::QueuesPage(QWidget *parent)
    : SessionWorkspace(parent)
{
    buildUi();
    m_timer = new QTimer(this);
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &QueuesPage::refresh);
    m_clock.start();
}

QueuesPage::~QueuesPage() = default;

QIcon QueuesPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("queues"));
}

void QueuesPage::buildUi()
{
    auto *l = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_status = new QLabel(tr("No profile open"), this);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_replay = new QPushButton(tr("Re&play dead letters…"), this);
    m_claim = new QPushButton(tr("&Claim stuck entries…"), this);
    m_trim = new QPushButton(tr("&Trim…"), this);
    m_minIdle = new QSpinBox(this);
    m_minIdle->setRange(1, 86400);
    m_minIdle->setValue(60);
    m_minIdle->setSuffix(tr(" s idle"));
    m_minIdle->setAccessibleName(tr("Minimum idle time to claim"));
    m_minIdle->setToolTip(tr("Claim only entries pending at least this long (a dead consumer's)."));
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_replay);
    bar->addWidget(m_claim);
    bar->addWidget(m_minIdle);
    bar->addWidget(m_trim);
    l->addLayout(bar);
    m_rights = new QLabel(this);
    m_rights->setWordWrap(true);
    m_rights->hide();
    l->addWidget(m_rights);

    m_groups = new QStandardItemModel(0, 8, this);
    m_groups->setHorizontalHeaderLabels({tr("Stream"), tr("Group"), tr("Length"), tr("Lag"),
        tr("Entries read"), tr("Pending"), tr("Oldest pending"), tr("Consumers")});
    m_consumers = new QStandardItemModel(0, 4, this);
    m_consumers->setHorizontalHeaderLabels(
        {tr("Group"), tr("Consumer"), tr("Pending"), tr("Idle")});
    m_dead = new QStandardItemModel(0, 6, this);
    m_dead->setHorizontalHeaderLabels({tr("Dead letter"), tr("Order"), tr("Task"), tr("Attempts"),
        tr("Last error"), tr("Payload")});
    m_groupView = makeTable(m_groups, this);
    m_consumerView = makeTable(m_consumers, this);
    m_deadView = makeTable(m_dead, this);
    m_groupView->setObjectName(QStringLiteral("groupTable"));
    m_consumerView->setObjectName(QStringLiteral("consumerTable"));
    m_deadView->setObjectName(QStringLiteral("deadLetterTable"));
    m_groupView->setAccessibleName(tr("Streams and consumer groups"));
    m_consumerView->setAccessibleName(tr("Consumers"));
    m_deadView->setAccessibleName(tr("Dead letters"));

    auto *chart = new QChart;
    chart->setTitle(tr("Orders published per second"));
    chart->legend()->hide();
    m_series = new QLineSeries;
    chart->addSeries(m_series);
    m_axisX = new QValueAxis;
    m_axisX->setTitleText(tr("seconds"));
    m_axisY = new QValueAxis;
    m_axisY->setTitleText(tr("entries/s"));
    chart->addAxis(m_axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    auto *chartView = new QChartView(chart, this);
    chartView->setMinimumHeight(200);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("groupsSplitter"));
    top->addWidget(m_groupView);
    top->addWidget(m_consumerView);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("queuesSplitter"));
    split->addWidget(top);
    split->addWidget(m_deadView);
    split->addWidget(chartView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 2);
    l->addWidget(split, 1);
    setTabOrder(m_groupView, m_consumerView);
    setTabOrder(m_consumerView, m_deadView);

    connect(m_refresh, &QPushButton::clicked, this, &QueuesPage::refresh);
    connect(m_replay, &QPushButton::clicked, this, [this] { openReplay(); });
    connect(m_claim, &QPushButton::clicked, this, [this] { openClaim(); });
    connect(m_trim, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const int keep = QInputDialog::getInt(this, tr("Trim the orders stream"),
            tr("Keep the newest entries (the plan shows how many go and refuses to drop "
               "unacknowledged ones):"),
            10000, 0, 100000000, 1000, &ok);
        if (ok)
            openTrim(keep, false);
    });
    updateCapabilities();
}

void QueuesPage::setActive(bool active)
{
    SessionWorkspace::setActive(active);
    if (active && m_running) {
        m_timer->start();
        refresh();
    } else {
        m_timer->stop();
    }
}

void QueuesPage::start()
{
    m_running = true;
    ++m_generation;
    m_inFlight = false;
    m_lastAdded = -1;
    m_status->setText(tr("Reading the queues…"));
    updateCapabilities();
    if (isActive()) {
        m_timer->start();
        refresh();
    }
}

void QueuesPage::stop()
{
    m_running = false;
    ++m_generation;
    m_timer->stop();
    m_inFlight = false;
    m_status->setText(tr("No profile open"));
}

cache::RedisDeployment QueuesPage::deployment() const
{
    if (!m_session)
        return {};
    // Sentinel and Cluster: the cache workspace's deployment; each read and action looks the
    // master up again (StreamClient), so the panel follows a failover.
    if (const cache::CacheConnection *c = m_session->cacheConnection())
        return c->deployment();
    if (m_session->redis())
        return queues::standaloneDeployment(m_session->redis()->endpoint());
    return cache::RedisDeployment::fromSettings(
        m_session->profile().redis, m_session->credentials().redisPassword);
}

void QueuesPage::refresh()
{
    if (!m_session || !m_running || m_inFlight)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    whenFinished(this, queues::QueueReader::fetch(deployment()),
        [this, generation](const Result<queues::QueueSnapshot> &r) {
            if (generation != m_generation)
                return; // a previous session's read
            m_inFlight = false;
            if (r)
                showSnapshot(*r);
            else
                showError(r.error());
        });
}

void QueuesPage::showError(const Error &error)
{
    m_status->setText(tr("Cannot read the queues: %1").arg(error.toString()));
}

void QueuesPage::showSnapshot(const queues::QueueSnapshot &s)
{
    const QString keepGroup = selectedGroup();
    m_groups->removeRows(0, m_groups->rowCount());
    m_consumers->removeRows(0, m_consumers->rowCount());
    qint64 pending = 0;
    for (const queues::StreamInfo &st : s.streams) {
        if (st.groups.isEmpty()) {
            m_groups->appendRow({cell(st.name), cell(tr("(no group)")), number(st.length),
                number(-1), number(-1), number(-1), cell(QStringLiteral("–")), number(0)});
        }
        for (const queues::GroupInfo &g : st.groups) {
            pending += g.pending;
            m_groups->appendRow({cell(st.name), cell(g.name), number(st.length), number(g.lag),
                number(g.entriesRead), number(g.pending),
                cell(age(g.oldestPendingIdleMs), g.oldestPendingIdleMs), number(g.consumers)});
            for (const queues::ConsumerInfo &c : g.consumerList)
                m_consumers->appendRow(
                    {cell(g.name), cell(c.name), number(c.pending), cell(age(c.idleMs), c.idleMs)});
        }
    }
    if (!keepGroup.isEmpty()) {
        for (int row = 0; row < m_groups->rowCount(); ++row)
            if (m_groups->item(row, 1)->text() == keepGroup)
                m_groupView->selectRow(row);
    }
    QStringList selectedDead;
    for (const QModelIndex &i : m_deadView->selectionModel()->selectedRows())
        selectedDead << m_dead->item(i.row(), 0)->text();
    m_dead->removeRows(0, m_dead->rowCount());
    for (const queues::DeadLetter &d : s.deadLetters) {
        m_dead->appendRow({cell(d.id), cell(d.orderId), cell(d.group), number(d.attempts),
            cell(d.error), cell(d.payloadText())});
        if (selectedDead.contains(d.id))
            m_deadView->selectionModel()->select(m_dead->index(m_dead->rowCount() - 1, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    // Throughput: entries added to the orders stream since the previous read, per second.
    const queues::StreamInfo orders = s.streams.value(0);
    if (orders.entriesAdded >= 0) {
        if (m_lastAdded >= 0 && s.takenAtMs > m_lastAt) {
            const double rate = std::max<qint64>(0, orders.entriesAdded - m_lastAdded) * 1000.0
                / double(s.takenAtMs - m_lastAt);
            m_points.append(QPointF(m_clock.elapsed() / 1000.0, rate));
            if (m_points.size() > kMaxPoints)
                m_points.remove(0, m_points.size() - kMaxPoints);
            m_series->replace(m_points); // one call: never append() in a loop
            double top = 1;
            for (const QPointF &p : std::as_const(m_points))
                top = std::max(top, p.y());
            m_axisX->setRange(m_points.first().x(), std::max(m_points.last().x(), 1.0));
            m_axisY->setRange(0, top * 1.1);
        }
        m_lastAdded = orders.entriesAdded;
        m_lastAt = s.takenAtMs;
    }
    m_status->setText(
        tr("%1: %2 entries, %3 pending, %4 dead letters — read %5 from %6")
            .arg(orders.name)
            .arg(orders.length)
            .arg(pending)
            .arg(s.streams.value(1).length)
            .arg(QDateTime::fromMSecsSinceEpoch(s.takenAtMs).toString(QStringLiteral("HH:mm:ss")),
                s.node));
    ++m_snapshots;
    Q_EMIT snapshotShown();
}

QString QueuesPage::selectedGroup() const
{
    const QModelIndexList rows = m_groupView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QStandardItem *stream = m_groups->item(rows.first().row(), 0);
    if (!stream || stream->text() != QString::fromUtf8(queues::kOrdersStream))
        return {};
    return m_groups->item(rows.first().row(), 1)->text();
}

bool QueuesPage::canAct() const
{
    return m_session && m_session->can(QStringLiteral("queues.act"));
}

void QueuesPage::updateCapabilities()
{
    const bool can = canAct();
    for (QPushButton *b : {m_replay, m_claim, m_trim})
        b->setEnabled(can);
    m_minIdle->setEnabled(can);
    if (can || !m_session) {
        m_rights->hide();
        m_replay->setToolTip(tr("Send dead letters back to their task, once each."));
        m_claim->setToolTip(tr("Hand a dead consumer's pending entries to a live one."));
        m_trim->setToolTip(tr("Drop the oldest entries of the orders stream, after a preview."));
        return;
    }
    const QString why = m_session->capabilities().isEmpty()
        ? tr("Queue actions are off until the console knows what your role may do.")
        : tr("Your role may look at the queues but not replay, claim or trim: that needs the "
             "on-call right (queues.act). Redis' ACL and the audit log refuse it too.");
    m_rights->setText(why);
    m_rights->show();
    for (QPushButton *b : {m_replay, m_claim, m_trim})
        b->setToolTip(why);
}

FlowDialog *QueuesPage::openFlow(std::shared_ptr<safety::DestructiveAction> action)
{
    if (!m_session || !canAct())
        return nullptr;
    auto audit = std::make_shared<safety::DbAuditSink>(m_session->sharedCluster());
    auto *dialog = new FlowDialog(std::move(action), audit, m_session->profile().environment, this);
    dialog->flow()->setElevation(m_session->elevation());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FlowDialog::flowFinished, this, &QueuesPage::refresh);
    dialog->show();
    dialog->start();
    return dialog;
}

FlowDialog *QueuesPage::openReplay()
{
    QStringList ids;
    for (const QModelIndex &i : m_deadView->selectionModel()->selectedRows())
        ids << m_dead->item(i.row(), 0)->text();
    return openFlow(std::make_shared<queues::ReplayDeadLettersAction>(deployment(), ids));
}

FlowDialog *QueuesPage::openClaim()
{
    QString group = selectedGroup();
    if (group.isEmpty()) {
        m_status->setText(tr("Select a group of %1 to claim its stuck entries.")
                              .arg(QString::fromUtf8(queues::kOrdersStream)));
        return nullptr;
    }
    return openFlow(std::make_shared<queues::ClaimPendingAction>(
        deployment(), group, qint64(m_minIdle->value()) * 1000));
}

FlowDialog *QueuesPage::openTrim(qint64 maxLen, bool force)
{
    return openFlow(std::make_shared<queues::TrimStreamAction>(
        deployment(), queues::kOrdersStream, maxLen, force));
}

} // namespace qm
