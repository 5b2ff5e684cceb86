#include "catalog/bulkeditdialog.h"

#include "catalog/price.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace qm {

namespace {
enum Kind {
    PricePercent,
    PriceAmount,
    StatusKind,
    CategoryKind,
    TagAdd,
    TagRemove,
    Currency,
    Attributes
};

// A signed amount or percent: a sign, then digits by the console's one price rule (so "2,50"
// is 2.50 here as in the table, the editor and the import). value: "-2.50"; empty if refused.
catalog::PriceVerdict signedAmount(const QString &text)
{
    const bool minus = text.startsWith(u'-');
    catalog::PriceVerdict v
        = catalog::PriceText::parse(minus ? QStringView(text).mid(1) : QStringView(text));
    if (v.ok && minus)
        v.value.prepend(u'-');
    return v;
}
} // namespace

BulkEditDialog::BulkEditDialog(int selected, qint64 filtered, bool filteredExact,
    const QVector<catalog::Category> &categories, QWidget *parent)
    : QDialog(parent)
    , m_selection(new QRadioButton(this))
    , m_filter(new QRadioButton(this))
    , m_kind(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_choice(new QComboBox(this))
    , m_choiceLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_categories(categories)
{
    setWindowTitle(tr("Bulk edit"));
    m_selection->setText(tr("The %n selected product(s)", nullptr, selected));
    m_filter->setText(
        tr("Every product the filter matches (%1%2)")
            .arg(filteredExact ? QString() : QStringLiteral("~"), QLocale().toString(filtered)));
    m_selection->setEnabled(selected > 0);
    (selected > 0 ? m_selection : m_filter)->setChecked(true);
    m_kind->addItems({tr("Change price by percent"), tr("Change price by amount"), tr("Set status"),
        tr("Set category"), tr("Add tag"), tr("Remove tag"), tr("Set currency"),
        tr("Merge attributes (JSON)")});
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Products"), m_selection);
    form->addRow(QString(), m_filter);
    form->addRow(tr("&Change"), m_kind);
    form->addRow(tr("&Value"), m_value);
    form->addRow(m_choiceLabel, m_choice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *next = buttons->addButton(tr("&Preview..."), QDialogButtonBox::AcceptRole);
    next->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (valid(&error))
            accept();
        m_error->setText(error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &BulkEditDialog::kindChanged);
    kindChanged();
}

void BulkEditDialog::kindChanged()
{
    const int k = m_kind->currentIndex();
    m_choice->clear();
    m_value->clear();
    m_value->setVisible(k != StatusKind && k != CategoryKind);
    m_choice->setVisible(
        k == PricePercent || k == PriceAmount || k == StatusKind || k == CategoryKind);
    m_choiceLabel->setVisible(m_choice->isVisible());
    if (k == PricePercent || k == PriceAmount) {
        m_choiceLabel->setText(tr("&Rounding"));
        m_choice->addItem(tr("To the cent"), QStringLiteral("cents"));
        m_choice->addItem(tr("Nearest .99"), QStringLiteral("x.99"));
        m_choice->addItem(tr("Nearest .95"), QStringLiteral("x.95"));
        m_value->setPlaceholderText(
            k == PricePercent ? tr("e.g. 5 or -10 (percent)") : tr("e.g. 2.50 or -1"));
    } else if (k == StatusKind) {
        m_choiceLabel->setText(tr("&Status"));
        m_choice->addItem(tr("Active"), QStringLiteral("active"));
        m_choice->addItem(tr("Draft"), QStringLiteral("draft"));
        m_choice->addItem(tr("Archived"), QStringLiteral("archived"));
    } else if (k == CategoryKind) {
        m_choiceLabel->setText(tr("Ca&tegory"));
        m_choice->addItem(tr("(none)"), 0);
        for (const catalog::Category &c : m_categories)
            m_choice->addItem(c.name, c.id);
    } else if (k == TagAdd || k == TagRemove) {
        m_value->setPlaceholderText(tr("tag"));
    } else if (k == Currency) {
        m_value->setPlaceholderText(tr("EUR"));
    } else {
        m_value->setPlaceholderText(tr("{\"material\": \"oak\"}"));
    }
}

bool BulkEditDialog::valid(QString *error) const
{
    const int k = m_kind->currentIndex();
    const QString v = m_value->text().trimmed();
    const catalog::PriceVerdict amount = signedAmount(v);
    if ((k == PricePercent || k == PriceAmount) && !amount.ok)
        *error = tr("Enter a number such as 5, -10 or 2.50.");
    else if (k == PricePercent && amount.value.toDouble() < -100)
        *error = tr("A price cannot go down by more than 100 %.");
    else if ((k == TagAdd || k == TagRemove) && v.isEmpty())
        *error = tr("Enter a tag.");
    else if (k == Currency
        && !QRegularExpression(QStringLiteral("^[A-Za-z]{3}$")).match(v).hasMatch())
        *error = tr("A currency is a 3-letter ISO code, e.g. EUR.");
    else if (k == Attributes && !QJsonDocument::fromJson(v.toUtf8()).isObject())
        *error = tr("Attributes must be a JSON object, e.g. {\"material\": \"oak\"}.");
    return error->isEmpty();
}

catalog::BulkChange BulkEditDialog::change() const
{
    catalog::BulkChange c;
    const QString v = m_value->text().trimmed();
    switch (m_kind->currentIndex()) {
    case PricePercent:
    case PriceAmount:
        c.kind = m_kind->currentIndex() == PricePercent ? catalog::BulkChange::Kind::PricePercent
                                                        : catalog::BulkChange::Kind::PriceAmount;
        c.value = signedAmount(v).value;
        c.rounding = m_choice->currentData().toString();
        break;
    case StatusKind:
        c.kind = catalog::BulkChange::Kind::SetField;
        c.field = QStringLiteral("status");
        c.fieldValue = m_choice->currentData().toString();
        break;
    case CategoryKind:
        c.kind = catalog::BulkChange::Kind::SetField;
        c.field = QStringLiteral("category_id");
        c.fieldValue = m_choice->currentData().toInt() > 0
            ? QJsonValue(m_choice->currentData().toInt())
            : QJsonValue(QJsonValue::Null);
        break;
    case TagAdd:
    case TagRemove:
        c.kind = catalog::BulkChange::Kind::SetField;
        c.field = m_kind->currentIndex() == TagAdd ? QStringLiteral("tags_add")
                                                   : QStringLiteral("tags_remove");
        c.fieldValue = QJsonArray {v};
        break;
    case Currency:
        c.kind = catalog::BulkChange::Kind::SetField;
        c.field = QStringLiteral("currency");
        c.fieldValue = v.toUpper();
        break;
    default:
        c.kind = catalog::BulkChange::Kind::SetField;
        c.field = QStringLiteral("attributes_merge");
        c.fieldValue = QJsonDocument::fromJson(v.toUtf8()).object();
        break;
    }
    return c;
}

bool BulkEditDialog::wholeFilter() const
{
    return m_filter->isChecked();
}

void BulkEditDialog::setKind(int index)
{
    m_kind->setCurrentIndex(index);
}

void BulkEditDialog::setValue(const QString &value)
{
    m_value->setText(value);
}

} // namespace qm
