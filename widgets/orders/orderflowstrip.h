#pragma once

#include "orders/orderflow.h"

#include <QFrame>

class QLabel;

namespace qm {

// The order-flow health strip over the orders table: orders per minute against the expected
// (EWMA), payment failure rate, stuck orders, oversell risk, and one headline that turns into an
// alert when checkout looks broken.
class OrderFlowStrip : public QFrame
{
    Q_OBJECT
public:
    explicit OrderFlowStrip(QWidget *parent = nullptr);

    void setHealth(const orders::OrderFlowHealth &health);
    void setUnavailable(const QString &why);
    orders::OrderFlowHealth::Level level() const { return m_level; }
    QString headline() const;

private:
    QLabel *m_rate;
    QLabel *m_failures;
    QLabel *m_stuck;
    QLabel *m_risk;
    QLabel *m_headline;
    orders::OrderFlowHealth::Level m_level = orders::OrderFlowHealth::Level::Ok;
};

} // namespace qm
