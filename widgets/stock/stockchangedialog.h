#pragma once

#include "inventory/stock.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace qm {

// Asks for a stock change of one SKU in one warehouse: either an adjustment by a delta (+n/-n)
// with a reason and a note, both required, or a count (the number found on the shelf; the
// database refuses it if on hand moved since the dialog opened).
class StockChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Adjust, Count };
    StockChangeDialog(Mode mode, const inventory::StockLevel &level,
        const QVector<inventory::MovementReason> &reasons, QWidget *parent = nullptr);

    int delta() const;
    int counted() const;
    QString reason() const;
    QString note() const;

    // For tests.
    void fill(int value, const QString &reason, const QString &note);
    bool validate(QString *error) const;

private:
    Mode m_mode;
    inventory::StockLevel m_level;
    QSpinBox *m_value;
    QComboBox *m_reason;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace qm
