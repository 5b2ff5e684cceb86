#include "planview.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace qm {

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_details(new QLabel(this))
    , m_sample(new QListWidget(this))
    , m_warnings(new QLabel(this))
    , m_refusal(new QLabel(this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    QFont big = m_title->font();
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_count->setFont(big);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #a15c00;"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_sample->setMaximumHeight(180);
    m_sample->setObjectName(QStringLiteral("planSample"));
    l->addWidget(m_title);
    l->addWidget(m_count);
    l->addWidget(m_details);
    l->addWidget(new QLabel(tr("Sample:"), this));
    l->addWidget(m_sample);
    l->addWidget(m_warnings);
    l->addWidget(m_refusal);
}

void PlanView::setPlan(const safety::Plan &plan)
{
    m_title->setText(plan.title);
    if (plan.count >= 0)
        m_count->setText(tr("%1 %2%3").arg(QLocale().toString(plan.count), plan.unit,
            plan.countExact ? QString() : tr(" (estimate)")));
    else
        m_count->setText(tr("Count unknown in advance"));
    m_details->setText(plan.details.join(u'\n'));
    m_sample->clear();
    m_sample->addItems(plan.sample);
    m_sample->setVisible(!plan.sample.isEmpty());
    m_warnings->setText(plan.warnings.join(u'\n'));
    m_warnings->setVisible(!plan.warnings.isEmpty());
    m_refusal->setText(plan.refusal);
    m_refusal->setVisible(plan.refused);
}

} // namespace qm
