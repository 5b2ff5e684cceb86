#include "catalog/producteditor.h"

#include "catalog/price.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace qm {

namespace field = catalog::field;

ProductEditor::ProductEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sku(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_attributes(new QPlainTextEdit(this))
    , m_history(new QTableWidget(0, 4, this))
    , m_stage(new QPushButton(tr("&Stage changes"), this))
    , m_error(new QLabel(this))
{
    m_price->setObjectName(QStringLiteral("price"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_status->addItems(
        {QStringLiteral("draft"), QStringLiteral("active"), QStringLiteral("archived")});
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_attributes->setTabChangesFocus(true);
    m_attributes->setMaximumHeight(90);
    m_attributes->setPlaceholderText(tr("{\"color\": \"red\"}"));
    m_tags->setPlaceholderText(tr("comma, separated"));
    m_currency->setMaxLength(3);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Old"), tr("New"), tr("By")});
    m_history->verticalHeader()->hide();
    m_history->setAccessibleName(tr("Price history"));
    m_history->setObjectName(QStringLiteral("priceHistory"));
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c"));
    m_stage->setToolTip(tr("Turn the differences into pending changes (Ctrl+Enter); Apply writes "
                           "them"));
    m_stage->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));

    auto *form = new QFormLayout;
    form->addRow(tr("S&KU"), m_sku);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("Stat&us"), m_status);
    form->addRow(tr("&Price"), m_price);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("Ca&tegory"), m_category);
    form->addRow(tr("Ta&gs"), m_tags);
    form->addRow(tr("&Attributes"), m_attributes);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_stage);
    layout->addWidget(new QLabel(tr("Price history"), this));
    layout->addWidget(m_history, 1);
    connect(m_stage, &QPushButton::clicked, this, &ProductEditor::stageRequested);
    clear();
}

void ProductEditor::setCategories(const QVector<catalog::Category> &categories)
{
    m_category->clear();
    m_category->addItem(tr("(none)"), 0);
    for (const catalog::Category &c : categories)
        m_category->addItem(c.name, c.id);
}

void ProductEditor::clear()
{
    m_detail = {};
    m_title->setText(tr("Select a product to edit it here."));
    setEnabled(false);
    m_history->setRowCount(0);
}

void ProductEditor::setLoading(qint64 productId)
{
    m_detail = {};
    m_detail.row.id = productId;
    m_title->setText(tr("Loading product %1...").arg(productId));
    setEnabled(false);
}

void ProductEditor::setEditable(bool editable)
{
    m_editable = editable;
    applyEditability();
}

void ProductEditor::setUnsupportedFields(const QHash<QString, QString> &why)
{
    m_unsupported = why;
    applyEditability();
}

QWidget *ProductEditor::fieldWidget(const QString &field) const
{
    const QHash<QString, QWidget *> widgets {{QLatin1String(field::Sku), m_sku},
        {QLatin1String(field::Name), m_name}, {QLatin1String(field::Description), m_description},
        {QLatin1String(field::Status), m_status}, {QLatin1String(field::Price), m_price},
        {QLatin1String(field::Currency), m_currency},
        {QLatin1String(field::CategoryId), m_category}, {QLatin1String(field::Tags), m_tags},
        {QLatin1String(field::Attributes), m_attributes}};
    return widgets.value(field);
}

void ProductEditor::applyEditability()
{
    m_stage->setVisible(m_editable);
    for (const char *f : {field::Sku, field::Name, field::Description, field::Status, field::Price,
             field::Currency, field::CategoryId, field::Tags, field::Attributes}) {
        QWidget *w = fieldWidget(QLatin1String(f));
        w->setObjectName(QStringLiteral("field_%1").arg(QLatin1String(f))); // for tests
        if (!m_defaultTips.contains(w))
            m_defaultTips.insert(w, w->toolTip());
        const QString why = m_unsupported.value(QLatin1String(f));
        const bool editable = m_editable && why.isEmpty();
        if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setReadOnly(!editable);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setReadOnly(!editable);
        else
            w->setEnabled(editable);
        w->setToolTip(why.isEmpty() ? m_defaultTips.value(w) : why);
    }
}

void ProductEditor::setPriceHistoryUnavailable(const QString &reason)
{
    m_history->setEnabled(reason.isEmpty());
    m_history->setToolTip(reason);
}

QJsonObject ProductEditor::baseValues() const
{
    const catalog::ProductRow &r = m_detail.row;
    return QJsonObject {{QLatin1String(field::Sku), r.sku}, {QLatin1String(field::Name), r.name},
        {QLatin1String(field::Description), m_detail.description},
        {QLatin1String(field::Status), r.status}, {QLatin1String(field::Price), r.price},
        {QLatin1String(field::Currency), r.currency},
        {QLatin1String(field::CategoryId),
            r.categoryId > 0 ? QJsonValue(r.categoryId) : QJsonValue(QJsonValue::Null)},
        {QLatin1String(field::Tags), QJsonArray::fromStringList(r.tags)},
        {QLatin1String(field::Attributes), m_detail.attributes}};
}

void ProductEditor::setProduct(const catalog::ProductDetail &detail, const QJsonObject &pending)
{
    m_detail = detail;
    setEnabled(true);
    m_error->clear();
    m_title->setText(
        tr("%1 (version %2, updated %3)")
            .arg(detail.row.sku)
            .arg(detail.row.version)
            .arg(QLocale().toString(detail.row.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    QJsonObject v = baseValues();
    for (auto it = pending.begin(); it != pending.end(); ++it)
        v.insert(it.key(), it.value());
    m_shown = v;
    m_sku->setText(v.value(QLatin1String(field::Sku)).toString());
    m_name->setText(v.value(QLatin1String(field::Name)).toString());
    m_description->setPlainText(v.value(QLatin1String(field::Description)).toString());
    m_status->setCurrentText(v.value(QLatin1String(field::Status)).toString());
    m_price->setText(v.value(QLatin1String(field::Price)).toString());
    m_currency->setText(v.value(QLatin1String(field::Currency)).toString());
    m_category->setCurrentIndex(
        qMax(0, m_category->findData(v.value(QLatin1String(field::CategoryId)).toInt())));
    QStringList tags;
    for (const QJsonValue &t : v.value(QLatin1String(field::Tags)).toArray())
        tags << t.toString();
    m_tags->setText(tags.join(QLatin1String(", ")));
    m_attributes->setPlainText(
        QString::fromUtf8(QJsonDocument(v.value(QLatin1String(field::Attributes)).toObject())
                              .toJson(QJsonDocument::Indented)));
    m_history->setRowCount(int(detail.priceHistory.size()));
    for (int i = 0; i < detail.priceHistory.size(); ++i) {
        const catalog::PricePoint &p = detail.priceHistory.at(i);
        m_history->setItem(i, 0,
            new QTableWidgetItem(QLocale().toString(p.at.toLocalTime(), QLocale::ShortFormat)));
        m_history->setItem(i, 1, new QTableWidgetItem(p.oldPrice));
        m_history->setItem(i, 2, new QTableWidgetItem(p.newPrice + u' ' + p.currency));
        m_history->setItem(i, 3, new QTableWidgetItem(p.actor));
    }
}

QJsonObject ProductEditor::current() const
{
    QJsonArray tags;
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    }
    const int category = m_category->currentData().toInt();
    return QJsonObject {{QLatin1String(field::Sku), m_sku->text().trimmed()},
        {QLatin1String(field::Name), m_name->text().trimmed()},
        {QLatin1String(field::Description), m_description->toPlainText()},
        {QLatin1String(field::Status), m_status->currentText()},
        {QLatin1String(field::Price), m_price->text().trimmed()},
        {QLatin1String(field::Currency), m_currency->text().trimmed().toUpper()},
        {QLatin1String(field::CategoryId),
            category > 0 ? QJsonValue(category) : QJsonValue(QJsonValue::Null)},
        {QLatin1String(field::Tags), tags},
        {QLatin1String(field::Attributes),
            QJsonDocument::fromJson(m_attributes->toPlainText().toUtf8()).object()}};
}

QJsonObject ProductEditor::changes(QString *error) const
{
    QJsonObject now = current();
    const catalog::PriceVerdict price
        = catalog::PriceText::parse(now.value(QLatin1String(field::Price)).toString());
    QJsonParseError jsonError;
    QJsonDocument::fromJson(m_attributes->toPlainText().toUtf8(), &jsonError);
    if (now.value(QLatin1String(field::Sku)).toString().isEmpty())
        *error = tr("The SKU cannot be empty.");
    else if (now.value(QLatin1String(field::Name)).toString().isEmpty())
        *error = tr("The name cannot be empty.");
    else if (!price.ok)
        *error = price.error;
    else if (!QRegularExpression(QStringLiteral("^[A-Z]{3}$"))
                  .match(now.value(QLatin1String(field::Currency)).toString())
                  .hasMatch())
        *error = tr("A currency is a 3-letter ISO code, e.g. EUR.");
    else if (!m_attributes->toPlainText().trimmed().isEmpty()
        && jsonError.error != QJsonParseError::NoError)
        *error = tr("Attributes must be a JSON object: %1").arg(jsonError.errorString());
    m_error->setText(error->isEmpty() ? QString() : *error);
    if (!error->isEmpty())
        return {};
    now.insert(QLatin1String(field::Price), price.value);
    QJsonObject diff;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (it.value() != m_shown.value(it.key()))
            diff.insert(it.key(), it.value());
    }
    return diff;
}

} // namespace qm
