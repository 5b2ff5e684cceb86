#pragma once

#include "catalog/catalogquery.h"
#include "catalog/product.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace qm {

// The catalog's filter row: SKU prefix, name search, status, category, price range, stock state.
// Typing is debounced (250 ms); every change emits the whole filter, which the model turns into
// one keyset query on the server.
class CatalogFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogFilterBar(QWidget *parent = nullptr);

    catalog::CatalogFilter filter() const;
    void setFilter(const catalog::CatalogFilter &filter);
    void setCategories(const QVector<catalog::Category> &categories);
    void focusSearch();

    QLineEdit *searchEdit() const { return m_text; }
    QLineEdit *skuEdit() const { return m_sku; }

Q_SIGNALS:
    void filterChanged(const qm::catalog::CatalogFilter &filter);

private:
    void changed(bool debounce);

    QLineEdit *m_sku;
    QLineEdit *m_text;
    QComboBox *m_status;
    QComboBox *m_category;
    QLineEdit *m_priceMin;
    QLineEdit *m_priceMax;
    QComboBox *m_stock;
    QTimer m_debounce;
    bool m_loading = false;
};

} // namespace qm
