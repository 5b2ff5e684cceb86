#include "stock/stockchangedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qm {

StockChangeDialog::StockChangeDialog(Mode mode, const inventory::StockLevel &level,
    const QVector<inventory::MovementReason> &reasons, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_level(level)
    , m_value(new QSpinBox(this))
    , m_reason(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(mode == Mode::Adjust ? tr("Adjust stock of %1").arg(level.sku)
                                        : tr("Count stock of %1").arg(level.sku));
    auto *info = new QLabel(tr("%1 in %2: %3 on hand, %4 reserved, %5 available")
                                .arg(level.sku, level.warehouse)
                                .arg(level.onHand)
                                .arg(level.reserved)
                                .arg(level.available),
        this);
    info->setWordWrap(true);
    auto *form = new QFormLayout;
    if (mode == Mode::Adjust) {
        m_value->setRange(-1000000, 1000000);
        m_value->setPrefix(QString());
        m_value->setToolTip(tr("+n adds to on hand, -n removes; never an absolute number"));
        form->addRow(tr("&Change by"), m_value);
        for (const inventory::MovementReason &r : reasons) {
            if (r.code != QLatin1String("count"))
                m_reason->addItem(r.label, r.code);
        }
        form->addRow(tr("&Reason"), m_reason);
    } else {
        m_value->setRange(int(level.reserved), 1000000);
        m_value->setValue(int(level.onHand));
        form->addRow(tr("&Counted on the shelf"), m_value);
        m_reason->hide();
    }
    m_note->setPlaceholderText(tr("Required: what happened (delivery note, who counted...)"));
    form->addRow(tr("&Note"), m_note);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Adjust ? tr("&Adjust") : tr("&Record count"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (validate(&error))
            accept();
        m_error->setText(error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(info);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool StockChangeDialog::validate(QString *error) const
{
    if (m_mode == Mode::Adjust && m_value->value() == 0)
        *error = tr("Enter a change other than 0 (for example +12 or -3).");
    else if (m_mode == Mode::Adjust && m_reason->currentIndex() < 0)
        *error = tr("Choose a reason.");
    else if (m_mode == Mode::Adjust && m_level.available + m_value->value() < 0)
        *error
            = tr("Only %1 are available (the rest is reserved by carts).").arg(m_level.available);
    else if (m_note->text().trimmed().isEmpty())
        *error = tr("A note is required: it goes to the ledger with the change.");
    return error->isEmpty();
}

int StockChangeDialog::delta() const
{
    return m_value->value();
}
int StockChangeDialog::counted() const
{
    return m_value->value();
}
QString StockChangeDialog::reason() const
{
    return m_reason->currentData().toString();
}
QString StockChangeDialog::note() const
{
    return m_note->text().trimmed();
}

void StockChangeDialog::fill(int value, const QString &reason, const QString &note)
{
    m_value->setValue(value);
    m_reason->setCurrentIndex(qMax(0, m_reason->findData(reason)));
    m_note->setText(note);
}

} // namespace qm
