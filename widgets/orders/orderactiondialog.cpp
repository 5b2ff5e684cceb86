#include "orderactiondialog.h"

#include "orders/ordersfilter.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm {

using Kind = orders::OrderAction::Kind;

QString OrderActionDialog::actionLabel(Kind kind)
{
    switch (kind) {
    case Kind::Cancel:
        return tr("Cancel order");
    case Kind::Refund:
        return tr("Refund order");
    case Kind::MarkShipped:
        return tr("Mark shipped");
    case Kind::AddNote:
        return tr("Add note");
    }
    return {};
}

OrderActionDialog::OrderActionDialog(Kind kind, const orders::OrderRow &order, QWidget *parent)
    : QDialog(parent)
{
    m_action.kind = kind;
    m_action.orderId = order.id;
    setWindowTitle(tr("%1 %2").arg(actionLabel(kind), order.number));
    auto *layout = new QVBoxLayout(this);
    QString what;
    QString prompt;
    switch (kind) {
    case Kind::Cancel:
        what = tr("Cancel %1 (%2 %3, %4)? Its goods go back on hand%5.")
                   .arg(order.number, order.totalText(), order.currency,
                       orders::OrdersFilter::statusLabel(order.status),
                       order.paymentStatus == QLatin1String("paid")
                           ? tr(" and the payment is refunded")
                           : QString());
        prompt = tr("Reason (required, kept in the audit log):");
        break;
    case Kind::Refund:
        what = tr("Refund %1 %2 for %3?").arg(order.totalText(), order.currency, order.number);
        prompt = tr("Reason (required, kept in the audit log):");
        break;
    case Kind::MarkShipped:
        what = tr("Mark %1 as shipped?").arg(order.number);
        prompt = tr("Tracking number (optional):");
        break;
    case Kind::AddNote:
        what = tr("Add a note to %1.").arg(order.number);
        prompt = tr("Note:");
        break;
    }
    auto *whatLabel = new QLabel(what, this);
    whatLabel->setWordWrap(true);
    layout->addWidget(whatLabel);
    layout->addWidget(new QLabel(prompt, this));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(kind == Kind::MarkShipped ? 40 : 120);
    layout->addWidget(m_text);
    if (kind == Kind::Refund) {
        m_restock = new QCheckBox(tr("The goods came back: put them on hand again"), this);
        m_restock->setChecked(
            order.status == QLatin1String("paid") || order.status == QLatin1String("picking"));
        layout->addWidget(m_restock);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionLabel(kind));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &OrderActionDialog::updateOk);
    updateOk();
}

void OrderActionDialog::updateOk()
{
    const bool needsText = m_action.kind != Kind::MarkShipped;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!needsText || !m_text->toPlainText().trimmed().isEmpty());
}

void OrderActionDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

orders::OrderAction OrderActionDialog::action() const
{
    orders::OrderAction a = m_action;
    a.text = m_text->toPlainText().trimmed();
    if (m_restock)
        a.restock = m_restock->isChecked();
    return a;
}

} // namespace qm
