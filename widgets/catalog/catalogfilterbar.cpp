#include "catalog/catalogfilterbar.h"

#include <QComboBox>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace qm {

CatalogFilterBar::CatalogFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_sku(new QLineEdit(this))
    , m_text(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_priceMin(new QLineEdit(this))
    , m_priceMax(new QLineEdit(this))
    , m_stock(new QComboBox(this))
{
    m_sku->setPlaceholderText(tr("SKU starts with"));
    m_sku->setClearButtonEnabled(true);
    m_sku->setAccessibleName(tr("SKU prefix"));
    m_text->setPlaceholderText(tr("Name contains (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Name search"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Active"), QStringLiteral("active"));
    m_status->addItem(tr("Draft"), QStringLiteral("draft"));
    m_status->addItem(tr("Archived"), QStringLiteral("archived"));
    m_status->setAccessibleName(tr("Status"));
    m_category->addItem(tr("Any category"), 0);
    m_category->setAccessibleName(tr("Category"));
    const auto *price = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,10}([.]\\d{0,2})?$")), this);
    for (QLineEdit *e : {m_priceMin, m_priceMax}) {
        e->setValidator(price);
        e->setMaximumWidth(90);
        e->setClearButtonEnabled(true);
    }
    m_priceMin->setPlaceholderText(tr("Price from"));
    m_priceMin->setAccessibleName(tr("Minimum price"));
    m_priceMax->setPlaceholderText(tr("to"));
    m_priceMax->setAccessibleName(tr("Maximum price"));
    m_stock->addItem(tr("Any stock"), int(catalog::StockState::Any));
    m_stock->addItem(tr("In stock"), int(catalog::StockState::InStock));
    m_stock->addItem(tr("Low stock"), int(catalog::StockState::Low));
    m_stock->addItem(tr("Out of stock"), int(catalog::StockState::OutOfStock));
    m_stock->setAccessibleName(tr("Stock state"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sku, 2);
    layout->addWidget(m_text, 3);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_category, 2);
    layout->addWidget(m_priceMin);
    layout->addWidget(m_priceMax);
    layout->addWidget(m_stock, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, [this] { Q_EMIT filterChanged(filter()); });
    for (QLineEdit *e : {m_sku, m_text, m_priceMin, m_priceMax})
        connect(e, &QLineEdit::textChanged, this, [this] { changed(true); });
    for (QComboBox *c : {m_status, m_category, m_stock})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { changed(false); });
}

void CatalogFilterBar::changed(bool debounce)
{
    if (m_loading)
        return;
    if (debounce) {
        m_debounce.start();
    } else {
        m_debounce.stop();
        Q_EMIT filterChanged(filter());
    }
}

catalog::CatalogFilter CatalogFilterBar::filter() const
{
    catalog::CatalogFilter f;
    f.skuPrefix = m_sku->text().trimmed();
    f.text = m_text->text().trimmed();
    if (const QString s = m_status->currentData().toString(); !s.isEmpty())
        f.statuses = {s};
    if (const int c = m_category->currentData().toInt(); c > 0)
        f.categoryIds = {c};
    f.priceMin = m_priceMin->text().trimmed();
    f.priceMax = m_priceMax->text().trimmed();
    f.stock = catalog::StockState(m_stock->currentData().toInt());
    return f;
}

void CatalogFilterBar::setFilter(const catalog::CatalogFilter &f)
{
    m_loading = true;
    m_sku->setText(f.skuPrefix);
    m_text->setText(f.text);
    m_status->setCurrentIndex(qMax(0, m_status->findData(f.statuses.value(0))));
    m_category->setCurrentIndex(qMax(0, m_category->findData(f.categoryIds.value(0))));
    m_priceMin->setText(f.priceMin);
    m_priceMax->setText(f.priceMax);
    m_stock->setCurrentIndex(qMax(0, m_stock->findData(int(f.stock))));
    m_loading = false;
    Q_EMIT filterChanged(filter());
}

void CatalogFilterBar::setCategories(const QVector<catalog::Category> &categories)
{
    const int current = m_category->currentData().toInt();
    m_loading = true;
    m_category->clear();
    m_category->addItem(tr("Any category"), 0);
    for (const catalog::Category &c : categories)
        m_category->addItem(c.name, c.id);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
    m_loading = false;
}

void CatalogFilterBar::focusSearch()
{
    m_text->setFocus();
    m_text->selectAll();
}

} // namespace qm
