#pragma once

#include "orders/orderdetail.h"
#include "workspace.h"

#include <QPointer>
#include <QTimer>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace qm {

namespace orders {
class OrderFeed;
class OrdersService;
} // namespace orders
class OrdersTableModel;
class OrdersTableView;
class OrdersFilterBar;
class OrderDetailView;
class OrderFlowStrip;
class Session;

// The Orders workspace: the live orders table (keyset window kept current by the orders feed),
// filters and saved views, the order detail with the store manager's actions (console
// functions, request ids, mirrored permissions), and the order-flow health strip.
class OrdersPage : public SessionWorkspace
{
    Q_OBJECT
public:
    explicit OrdersPage(QWidget *parent = nullptr);
    ~OrdersPage() override;

    static QString workspaceTitle();
    static QIcon workspaceIcon();
    static QString workspaceKey() { return QStringLiteral("orders"); }
    QString title() const override { return workspaceTitle(); }
    QIcon icon() const override { return workspaceIcon(); }
    QString key() const override { return workspaceKey(); }
    void setActive(bool active) override;

    // For tests and benchmarks.
    OrdersTableModel *model() const { return m_model; }
    OrdersTableView *view() const { return m_view; }
    OrdersFilterBar *filterBar() const { return m_filters; }
    OrderDetailView *detailView() const { return m_detail; }
    OrderFlowStrip *flowStrip() const { return m_strip; }
    orders::OrderFeed *feed() const { return m_feed.get(); }
    void selectOrder(qint64 orderId);
    // Runs an action without its dialog (the dialog's OK does the same).
    void runAction(const orders::OrderAction &action);
    void refreshFlow();

Q_SIGNALS:
    void detailLoaded(qint64 orderId);
    void actionFinished(bool ok, const QString &message);
    void flowUpdated();

private:
    void start() override;
    void stop() override;
    void onSelection();
    void loadDetail(qint64 orderId);
    void askAction(orders::OrderAction::Kind kind, const orders::OrderRow &order);
    void perform(const orders::OrderAction &action, bool isRetry);
    void updateCapabilities() override;
    void updateFeedStatus();
    void updateNewBadge(int count);

    std::unique_ptr<orders::OrdersService> m_service;
    std::unique_ptr<orders::OrderFeed> m_feed;
    OrdersTableModel *m_model;
    OrdersTableView *m_view;
    OrdersFilterBar *m_filters;
    OrderDetailView *m_detail;
    OrderFlowStrip *m_strip;
    QLabel *m_feedStatus;
    QLabel *m_count;
    QPushButton *m_newBadge;
    QCheckBox *m_follow;
    QLabel *m_actionStatus;
    QTimer m_flowTimer;
    QTimer m_detailRefresh;
    QTimer m_countTimer;
    quint64 m_detailGeneration = 0;
    bool m_flowInFlight = false;
};

} // namespace qm
