#include "orderflowstrip.h"

#include <QHBoxLayout>
#include <QLabel>

namespace qm {

using Level = orders::OrderFlowHealth::Level;

OrderFlowStrip::OrderFlowStrip(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("orderFlowStrip"));
    setFrameShape(QFrame::StyledPanel);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_rate = new QLabel(this);
    m_failures = new QLabel(this);
    m_stuck = new QLabel(this);
    m_risk = new QLabel(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("orderFlowHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    for (QLabel *l : {m_rate, m_failures, m_stuck, m_risk})
        row->addWidget(l);
    row->addStretch(1);
    row->addWidget(m_headline);
    setUnavailable(tr("Order flow: waiting for the first reading"));
}

void OrderFlowStrip::setHealth(const orders::OrderFlowHealth &h)
{
    m_level = h.level;
    m_rate->setText(tr("Orders/min: %1 (expected ~%2)")
                        .arg(h.ordersPerMinute, 0, 'f', 0)
                        .arg(h.expectedPerMinute, 0, 'f', 0));
    m_failures->setText(tr("Payment failures: %1 %").arg(h.paymentFailureRate * 100, 0, 'f', 1));
    m_stuck->setText(tr("Stuck: %1").arg(h.stuckOrders));
    m_risk->setText(tr("Oversell risk: %1").arg(h.oversellRisk));
    m_headline->setText(h.headline);
    m_headline->setToolTip(h.reasons.join(u'\n'));
    QString style;
    if (h.level == Level::Alert)
        style = QStringLiteral("#orderFlowStrip { background: #b3261e; } "
                               "#orderFlowStrip QLabel { color: white; }");
    else if (h.level == Level::Warning)
        style = QStringLiteral("#orderFlowStrip { background: #fff4ce; } "
                               "#orderFlowStrip QLabel { color: #3d2e00; }");
    setStyleSheet(style);
    setAccessibleDescription(h.headline);
}

void OrderFlowStrip::setUnavailable(const QString &why)
{
    m_rate->clear();
    m_failures->clear();
    m_stuck->clear();
    m_risk->clear();
    m_headline->setText(why);
    setStyleSheet({});
}

QString OrderFlowStrip::headline() const
{
    return m_headline->text();
}

} // namespace qm
