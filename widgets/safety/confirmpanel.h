#pragma once

#include "profiles/profile.h"
#include "safety/friction.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace qm {

class PlanView;

// The confirmation a plan needs (safety::FrictionPolicy): a plain button, an "I understand" box,
// or — on production, and for big changes on staging — the target typed exactly. The environment
// is shown in its colour (production red).
class ConfirmPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConfirmPanel(QWidget *parent = nullptr);
    void setRequirement(const safety::ConfirmRequirement &requirement,
        Profile::Environment environment, bool refused);
    bool isSatisfied() const;
    bool acknowledged() const;
    QString typed() const;

    QLineEdit *typeField() const { return m_type; }
    QCheckBox *acknowledgeBox() const { return m_ack; }

Q_SIGNALS:
    void satisfiedChanged(bool satisfied);

private:
    void refresh();

    safety::ConfirmRequirement m_req;
    bool m_refused = false;
    QLabel *m_env;
    QLabel *m_reason;
    QCheckBox *m_ack;
    QLabel *m_typeLabel;
    QLineEdit *m_type;
};

// A plan and its confirmation in one dialog, for actions that run their own execution.
// exec() == Accepted only when the friction was satisfied.
class ConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    ConfirmDialog(
        const safety::Plan &plan, Profile::Environment environment, QWidget *parent = nullptr);
    ConfirmPanel *panel() const { return m_panel; }
    QPushButton *confirmButton() const { return m_ok; }

private:
    ConfirmPanel *m_panel;
    QPushButton *m_ok;
};

QString environmentColor(Profile::Environment environment);

} // namespace qm
