#include "elevationdialog.h"

#include "safety/elevation.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qm {

ElevationDialog::ElevationDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_reason(new QLineEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("elevationDialog"));
    setWindowTitle(tr("Elevate to write on production"));
    auto *intro = new QLabel(tr("Production opens read-only. Say why you need to change it: the "
                                "reason goes to the audit log, and writing ends by itself when "
                                "the time is up."),
        this);
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("elevationReason"));
    m_reason->setPlaceholderText(tr("e.g. INC-1234: restock after the warehouse recount"));
    m_reason->setAccessibleName(tr("Reason for the elevation"));
    m_minutes->setObjectName(QStringLiteral("elevationMinutes"));
    m_minutes->setRange(1, safety::Elevation::kMaxMinutes);
    m_minutes->setValue(safety::Elevation::defaultMinutes());
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Elevation duration in minutes"));
    m_message->setObjectName(QStringLiteral("elevationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Duration:"), m_minutes);
    elevateButton()->setText(tr("&Elevate"));
    elevateButton()->setObjectName(QStringLiteral("elevateButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("elevationCancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ElevationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ElevationDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &ElevationDialog::updateState);
    connect(m_minutes, &QSpinBox::valueChanged, this, &ElevationDialog::updateState);
    updateState();
}

QPushButton *ElevationDialog::elevateButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ElevationDialog::message() const
{
    return m_message->text();
}

void ElevationDialog::updateState()
{
    const Status ok = safety::Elevation::validate(m_reason->text(), m_minutes->value());
    elevateButton()->setEnabled(!m_busy && ok && m_session);
    if (!m_busy)
        m_message->setText(ok || m_reason->text().isEmpty() ? QString() : ok.error().message);
}

void ElevationDialog::accept()
{
    if (m_busy || !m_session || !safety::Elevation::validate(m_reason->text(), m_minutes->value()))
        return;
    m_busy = true;
    updateState();
    m_message->setText(tr("Recording the reason in the audit log…"));
    auto *watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_busy = false;
        const Status s = watcher->result();
        if (s) {
            QDialog::accept();
            return;
        }
        updateState();
        m_message->setText(s.error().message);
    });
    watcher->setFuture(m_session->elevate(m_reason->text(), m_minutes->value()));
}

} // namespace qm
