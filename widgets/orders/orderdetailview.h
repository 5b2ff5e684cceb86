#pragma once

#include "backend/backend.h"
#include "orders/orderdetail.h"

#include <QWidget>
#include <map>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace qm {

// One order: header, lines, payments, the status timeline (status changes, payments, notes by
// time) and the actions a store manager may take. Actions are offered only when the role may
// act (console.my_capabilities) and the order's status allows them; the page runs them.
class OrderDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailView(QWidget *parent = nullptr);

    void clear();
    void setLoading(qint64 orderId);
    void setDetail(const orders::OrderDetail &detail);
    void setError(const QString &message);
    void setCanAct(bool canAct);
    // What the backend cannot do stays visible but greyed out, with the reason as tooltip.
    void setBackend(const Backend &backend);
    void setBusy(bool busy); // an action runs: buttons off
    qint64 orderId() const { return m_detail.order.id; }
    const orders::OrderDetail &detail() const { return m_detail; }
    QPushButton *button(orders::OrderAction::Kind kind) const { return m_buttons.at(kind); }
    int timelineEntries() const;

Q_SIGNALS:
    void actionRequested(qm::orders::OrderAction::Kind kind, const qm::orders::OrderRow &order);

private:
    void updateButtons();

    orders::OrderDetail m_detail;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_message;
    QTableWidget *m_lines;
    QTableWidget *m_payments;
    QTreeWidget *m_timeline;
    std::map<orders::OrderAction::Kind, QPushButton *> m_buttons;
    bool m_canAct = false;
    Backend m_backend;
    bool m_busy = false;
};

} // namespace qm
