#pragma once

#include "catalog/product.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace qm {

// The form for one product: its fields, attributes (JSON object) and price history. "Stage"
// turns what differs from the loaded product into pending changes (one undo step); nothing is
// written until the page applies the pending changes.
class ProductEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProductEditor(QWidget *parent = nullptr);

    void setCategories(const QVector<catalog::Category> &categories);
    void setProduct(const catalog::ProductDetail &detail, const QJsonObject &pending);
    void clear();
    void setLoading(qint64 productId);
    void setEditable(bool editable);
    // Fields the backend cannot write (catalog::field name -> why, unsupportedProductField()):
    // read-only or disabled with the reason as tooltip, even when the editor is editable.
    void setUnsupportedFields(const QHash<QString, QString> &why);
    // A backend without price history: the table stays empty and greyed out, saying why.
    void setPriceHistoryUnavailable(const QString &reason);
    qint64 productId() const { return m_detail.row.id; }
    int version() const { return m_detail.row.version; }

    // Field -> new value for the fields that differ from the loaded product (or its pending
    // value); empty when nothing changed. *error says why a value is invalid.
    QJsonObject changes(QString *error) const;
    QJsonObject baseValues() const; // the loaded product's values, same keys

Q_SIGNALS:
    void stageRequested(); // the page reads changes() and pushes them as one undo step

private:
    QJsonObject current() const; // what the form shows
    void applyEditability();
    QWidget *fieldWidget(const QString &field) const;

    catalog::ProductDetail m_detail;
    QJsonObject m_shown;
    QLabel *m_title;
    QLineEdit *m_sku;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QComboBox *m_status;
    QLineEdit *m_price;
    QLineEdit *m_currency;
    QComboBox *m_category;
    QLineEdit *m_tags;
    QPlainTextEdit *m_attributes;
    QTableWidget *m_history;
    QPushButton *m_stage;
    QLabel *m_error;
    bool m_editable = true;
    QHash<QString, QString> m_unsupported;
    QHash<QWidget *, QString> m_defaultTips;
};

} // namespace qm
