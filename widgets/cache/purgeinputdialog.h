#pragma once

#include "cache/purgekind.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qm {

// What to purge, before any plan: the kind (Redis pattern, tag, product; Varnish URL ban, host
// ban, xkey tag; tag-set reaping), its argument and whether protected namespaces are unlocked
// for this one purge. The page turns the answer into a DestructiveAction for the FlowDialog.
class PurgeInputDialog : public QDialog
{
    Q_OBJECT
public:
    using Kind = cache::PurgeKind; // one list of kinds for the page and qmctl

    explicit PurgeInputDialog(bool haveVarnish, QWidget *parent = nullptr);

    void setKind(Kind kind);
    void setArgument(const QString &argument);
    Kind kind() const;
    QString argument() const;
    bool unlockProtected() const;
    // The shoppers' latency budget while deleting (qmctl: --budget-ms).
    double latencyBudgetMs() const;
    void setLatencyBudgetMs(double ms);

    QLineEdit *argumentField() const { return m_argument; }
    QCheckBox *unlockBox() const { return m_unlock; }
    QDoubleSpinBox *budgetBox() const { return m_budget; }

private:
    void refresh();

    QComboBox *m_kind;
    QLabel *m_hint;
    QLineEdit *m_argument;
    QCheckBox *m_unlock;
    QDoubleSpinBox *m_budget;
    QPushButton *m_plan = nullptr;
};

} // namespace qm
