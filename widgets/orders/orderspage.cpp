#include "orderspage.h"

#include "appicons.h"
#include "backends/writes.h"
#include "common/logging.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "orderactiondialog.h"
#include "orderdetailview.h"
#include "orderflowstrip.h"
#include "orders/orderfeed.h"
#include "orders/ordersservice.h"
#include "ordersfilterbar.h"
#include "ordersmodel.h"
#include "orderstableview.h"
#include "session/session.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace qm {

using orders::OrderAction;

OrdersPage::OrdersPage(QWidget *parent)
    : SessionWorkspace(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_strip = new OrderFlowStrip(this);
    layout->addWidget(m_strip);
    m_filters = new OrdersFilterBar(this);
    layout->addWidget(m_filters);

    auto *status = new QHBoxLayout;
    m_feedStatus = new QLabel(this);
    m_feedStatus->setObjectName(QStringLiteral("feedStatus"));
    m_count = new QLabel(this);
    m_newBadge = new QPushButton(this);
    m_newBadge->setObjectName(QStringLiteral("newOrdersBadge"));
    m_newBadge->setAccessibleName(tr("New orders"));
    m_newBadge->hide();
    m_follow = new QCheckBox(tr("Follow new orders"), this);
    m_follow->setToolTip(tr("At the top of the list, let new orders push in instead of keeping "
                            "the rows you read in place"));
    m_actionStatus = new QLabel(this);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    status->addWidget(m_feedStatus);
    status->addWidget(m_count);
    status->addWidget(m_newBadge);
    status->addStretch(1);
    status->addWidget(m_actionStatus);
    status->addWidget(m_follow);
    layout->addLayout(status);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("ordersSplitter"));
    m_model = new OrdersTableModel(this);
    m_view = new OrdersTableView(split);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Orders"));
    m_view->setObjectName(QStringLiteral("ordersTable"));
    m_view->horizontalHeader()->resizeSection(OrdersTableModel::Number, 110);
    m_view->horizontalHeader()->resizeSection(OrdersTableModel::Created, 150);
    m_view->horizontalHeader()->resizeSection(OrdersTableModel::Customer, 160);
    m_detail = new OrderDetailView(split);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_filters, &OrdersFilterBar::filterChanged, m_model, &OrdersTableModel::setFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { onSelection(); });
    connect(m_view, &OrdersTableView::unseenAboveChanged, this, &OrdersPage::updateNewBadge);
    connect(m_newBadge, &QPushButton::clicked, m_view, &OrdersTableView::scrollToNewest);
    connect(m_follow, &QCheckBox::toggled, m_view, &OrdersTableView::setFollowNewest);
    connect(m_detail, &OrderDetailView::actionRequested, this, &OrdersPage::askAction);
    // Status texts change with every batch: update them at most 3 times a second, in labels of
    // stable width, so that a new text never relayouts the page.
    m_count->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 34);
    m_newBadge->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 20);
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(300);
    connect(&m_countTimer, &QTimer::timeout, this, [this] {
        m_count->setText(tr("%n order(s) loaded%1", nullptr, m_model->rowCount())
                             .arg(m_model->hasMore() ? tr(", more below") : QString()));
    });
    auto counts = [this] {
        if (!m_countTimer.isActive())
            m_countTimer.start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, counts);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, counts);
    connect(m_model, &QAbstractItemModel::modelReset, this, counts);
    connect(m_model, &OrdersTableModel::pageLoaded, this, counts);
    connect(m_model, &OrdersTableModel::loadFailed, this, [this](const Error &e) {
        m_count->setText(tr("Could not load orders: %1").arg(e.message));
    });
    // The order on screen changed through the feed: show its new state (at most twice a second).
    m_detailRefresh.setSingleShot(true);
    m_detailRefresh.setInterval(500);
    connect(&m_detailRefresh, &QTimer::timeout, this, [this] {
        if (m_detail->orderId() > 0)
            loadDetail(m_detail->orderId());
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) {
            const int row = m_model->rowOf(m_detail->orderId());
            if (row >= from.row() && row <= to.row()
                && m_model->orderAt(row)->changeSeq != m_detail->detail().order.changeSeq
                && !m_detailRefresh.isActive())
                m_detailRefresh.start();
        });
    m_flowTimer.setInterval(5000);
    connect(&m_flowTimer, &QTimer::timeout, this, &OrdersPage::refreshFlow);
    updateFeedStatus();
}

OrdersPage::~OrdersPage()
{
    stop();
}

QString OrdersPage::workspaceTitle()
{
    return tr("Orders");
}
QIcon OrdersPage::workspaceIcon()
{
    return bundledIcon(QStringLiteral("orders"));
}

void OrdersPage::setActive(bool active)
{
    Workspace::setActive(active);
    if (active && m_service) {
        m_flowTimer.start();
        refreshFlow();
    } else {
        m_flowTimer.stop();
    }
}

void OrdersPage::start()
{
    if (!m_session || !m_session->cluster() || m_feed)
        return;
    // The backend's actions come from the factory above the services (Vendure: its Admin API).
    m_service
        = std::make_unique<orders::OrdersService>(m_session->sharedCluster(), m_session->backend(),
            backends::orderActions(
                m_session->backend(), m_session->sharedCluster(), m_session->elevation()));
    orders::OrderFeedOptions options;
    options.params.applicationName = QStringLiteral("quartermaster-orders-feed");
    options.backend = m_session->backend().kind();
    // Vendure's orders ring no doorbell (no trigger on its tables): the feed reads on a timer,
    // at the period server/vendure/README measured (0 missed, p99 < 300 ms).
    if (options.backend == BackendKind::Vendure)
        options.safetyPollMs = 250;
    // Through a failover the listener finds the server that takes writes (and catches up there).
    options.useServersOf(*m_session->cluster());
    m_feed = std::make_unique<orders::OrderFeed>(options);
    connect(
        m_feed.get(), &orders::OrderFeed::rowsArrived, m_model, &OrdersTableModel::applyChanges);
    connect(m_feed.get(), &orders::OrderFeed::stateChanged, this, &OrdersPage::updateFeedStatus);
    // The feed starts first: whatever commits while the first page loads is not lost.
    m_feed->start();
    m_model->setSource(m_service.get());
    updateCapabilities();
    updateFeedStatus();
    if (isActive()) {
        m_flowTimer.start();
        refreshFlow();
    }
}

void OrdersPage::stop()
{
    m_flowTimer.stop();
    m_model->setSource(nullptr);
    m_feed.reset();
    m_service.reset();
    m_detail->clear();
    ++m_detailGeneration;
    m_flowInFlight = false;
    updateFeedStatus();
}

void OrdersPage::updateCapabilities()
{
    m_detail->setCanAct(m_session && m_session->can(OrderAction::capability()));
    m_detail->setBackend(m_session ? m_session->backend() : Backend());
}

void OrdersPage::updateFeedStatus()
{
    if (!m_feed) {
        m_feedStatus->setText(tr("Not connected"));
        return;
    }
    switch (m_feed->state()) {
    case orders::FeedState::Live:
        m_feedStatus->setText(tr("● Live"));
        m_feedStatus->setToolTip(tr("New and changed orders appear as they are committed"));
        break;
    case orders::FeedState::Connecting:
        m_feedStatus->setText(tr("Connecting…"));
        break;
    case orders::FeedState::Reconnecting:
        m_feedStatus->setText(tr("Reconnecting… (nothing is lost: the feed catches up)"));
        m_feedStatus->setToolTip(m_feed->lastError());
        break;
    case orders::FeedState::Stopped:
        m_feedStatus->setText(tr("Stopped"));
        break;
    }
}

void OrdersPage::updateNewBadge(int count)
{
    m_newBadge->setVisible(count > 0);
    m_newBadge->setText(tr("↑ %n new order(s)", nullptr, count));
}

void OrdersPage::refreshFlow()
{
    if (!m_service || m_flowInFlight)
        return;
    m_flowInFlight = true;
    whenFinished(this, m_service->flow(Settings::ordersStuckMinutes()),
        [this](const Result<orders::OrderFlowSample> &r) {
            m_flowInFlight = false;
            if (!r) {
                m_strip->setUnavailable(tr("Order flow unavailable: %1").arg(r.error().message));
                return;
            }
            m_strip->setHealth(orders::OrderFlowHealth::assess(r.value()));
            Q_EMIT flowUpdated();
        });
}

void OrdersPage::selectOrder(qint64 orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void OrdersPage::onSelection()
{
    const orders::OrderRow *o = m_model->orderAt(m_view->currentIndex().row());
    if (!o) {
        m_detail->clear();
        return;
    }
    if (o->id != m_detail->orderId() || o->changeSeq != m_detail->detail().order.changeSeq)
        loadDetail(o->id);
}

void OrdersPage::loadDetail(qint64 orderId)
{
    if (!m_service)
        return;
    const quint64 generation = ++m_detailGeneration;
    m_detail->setLoading(orderId);
    whenFinished(this, m_service->detail(orderId),
        [this, generation, orderId](const Result<orders::OrderDetail> &r) {
            if (generation != m_detailGeneration)
                return; // another order was selected meanwhile
            if (!r) {
                m_detail->setError(r.error().message);
                return;
            }
            m_detail->setDetail(r.value());
            Q_EMIT detailLoaded(orderId);
        });
}

void OrdersPage::askAction(OrderAction::Kind kind, const orders::OrderRow &order)
{
    auto *dialog = new OrderActionDialog(kind, order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runAction(dialog->action()); });
    dialog->open();
}

void OrdersPage::runAction(const OrderAction &action)
{
    perform(action, false);
}

void OrdersPage::perform(const OrderAction &action, bool isRetry)
{
    if (!m_service)
        return;
    m_detail->setBusy(true);
    m_actionStatus->setText(tr("%1…").arg(OrderActionDialog::actionLabel(action.kind)));
    whenFinished(this, m_service->perform(action),
        [this, action, isRetry](const Result<orders::OrderRow> &r) {
            if (!r && r.error().code == Error::Code::ConnectionLost && !isRetry) {
                // Same request id: if the first attempt committed, the server answers with its
                // result instead of applying it again.
                qCInfo(lcOrders) << "order action lost its connection; retrying with the same "
                                    "request id"
                                 << action.requestId;
                QTimer::singleShot(500, this, [this, action] { perform(action, true); });
                return;
            }
            m_detail->setBusy(false);
            if (!r) {
                m_actionStatus->setText(r.error().message);
                Q_EMIT actionFinished(false, r.error().message);
                return;
            }
            const QString done = tr("%1: done").arg(OrderActionDialog::actionLabel(action.kind));
            m_actionStatus->setText(done);
            m_model->applyChanges({r.value()}); // the feed brings it too; whichever is first
            if (m_detail->orderId() == action.orderId)
                loadDetail(action.orderId);
            Q_EMIT actionFinished(true, done);
        });
}

} // namespace qm
