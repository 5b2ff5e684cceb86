#pragma once

#include "catalog/bulkedit.h"
#include "catalog/product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace qm {

// Asks what to change and on which products (the selection or everything the filter matches).
// The plan (preview), the confirmation, progress/Stop and the outcome follow in the shared
// safety flow dialog.
class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(int selected, qint64 filtered, bool filteredExact,
        const QVector<catalog::Category> &categories, QWidget *parent = nullptr);

    catalog::BulkChange change() const;
    bool wholeFilter() const;

    // For tests.
    void setKind(int index);
    void setValue(const QString &value);

private:
    void kindChanged();
    bool valid(QString *error) const;

    QRadioButton *m_selection;
    QRadioButton *m_filter;
    QComboBox *m_kind;
    QLineEdit *m_value;
    QComboBox *m_choice; // status / category / rounding
    QLabel *m_choiceLabel;
    QLabel *m_error;
    QVector<catalog::Category> m_categories;
};

} // namespace qm
