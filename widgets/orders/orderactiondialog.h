#pragma once

#include "orders/orderdetail.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace qm {

// Confirms one action on one order and asks for what it needs: a reason (cancel, refund), a
// tracking number (mark shipped), the note's text. The action's request id is made here, once.
class OrderActionDialog : public QDialog
{
    Q_OBJECT
public:
    OrderActionDialog(
        orders::OrderAction::Kind kind, const orders::OrderRow &order, QWidget *parent = nullptr);

    orders::OrderAction action() const;
    void setText(const QString &text); // for tests

    static QString actionLabel(orders::OrderAction::Kind kind);

private:
    void updateOk();

    orders::OrderAction m_action;
    QPlainTextEdit *m_text;
    QCheckBox *m_restock = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace qm
