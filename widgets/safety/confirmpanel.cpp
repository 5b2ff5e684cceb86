#include "confirmpanel.h"

#include "planview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace qm {

QString environmentColor(Profile::Environment environment)
{
    switch (environment) {
    case Profile::Environment::Production:
        return QStringLiteral("#b00020");
    case Profile::Environment::Staging:
        return QStringLiteral("#a15c00");
    case Profile::Environment::Development:
        break;
    }
    return QStringLiteral("#2e7d32");
}

ConfirmPanel::ConfirmPanel(QWidget *parent)
    : QWidget(parent)
    , m_env(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_ack(new QCheckBox(tr("I understand what this changes"), this))
    , m_typeLabel(new QLabel(this))
    , m_type(new QLineEdit(this))
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_env->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);
    m_type->setObjectName(QStringLiteral("confirmTarget"));
    m_ack->setObjectName(QStringLiteral("confirmAcknowledge"));
    l->addWidget(m_env);
    l->addWidget(m_reason);
    l->addWidget(m_ack);
    l->addWidget(m_typeLabel);
    l->addWidget(m_type);
    connect(m_ack, &QCheckBox::toggled, this, [this] { Q_EMIT satisfiedChanged(isSatisfied()); });
    connect(
        m_type, &QLineEdit::textChanged, this, [this] { Q_EMIT satisfiedChanged(isSatisfied()); });
}

void ConfirmPanel::setRequirement(
    const safety::ConfirmRequirement &requirement, Profile::Environment environment, bool refused)
{
    m_req = requirement;
    m_refused = refused;
    m_env->setText(Profile::environmentName(environment).toUpper());
    m_env->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; "
                                        "padding: 4px;")
                             .arg(environmentColor(environment)));
    m_reason->setText(requirement.reason);
    m_ack->setChecked(false);
    m_type->clear();
    refresh();
    Q_EMIT satisfiedChanged(isSatisfied());
}

void ConfirmPanel::refresh()
{
    using safety::Friction;
    m_ack->setVisible(!m_refused && m_req.friction == Friction::Acknowledge);
    const bool typing = !m_refused && m_req.friction == Friction::TypeTarget;
    m_typeLabel->setVisible(typing);
    m_type->setVisible(typing);
    m_typeLabel->setText(tr("Type <b>%1</b> to confirm:").arg(m_req.phrase.toHtmlEscaped()));
    m_reason->setVisible(!m_refused);
}

bool ConfirmPanel::isSatisfied() const
{
    return !m_refused && safety::FrictionPolicy::satisfied(m_req, acknowledged(), typed());
}

bool ConfirmPanel::acknowledged() const
{
    return m_ack->isChecked();
}

QString ConfirmPanel::typed() const
{
    return m_type->text();
}

ConfirmDialog::ConfirmDialog(
    const safety::Plan &plan, Profile::Environment environment, QWidget *parent)
    : QDialog(parent)
    , m_panel(new ConfirmPanel(this))
{
    setWindowTitle(plan.title);
    auto *l = new QVBoxLayout(this);
    auto *view = new PlanView(this);
    view->setPlan(plan);
    l->addWidget(view);
    l->addWidget(m_panel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Confirm"), QDialogButtonBox::AcceptRole);
    l->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_panel->isSatisfied())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_panel, &ConfirmPanel::satisfiedChanged, m_ok, &QPushButton::setEnabled);
    m_panel->setRequirement(
        safety::FrictionPolicy::requirementFor(environment, plan), environment, plan.refused);
    m_ok->setEnabled(m_panel->isSatisfied());
}

} // namespace qm
