#pragma once

#include "catalog/editapplier.h"

#include <QDialog>

class QTableWidget;

namespace qm {

// Someone else changed products while these edits were pending. Per product and field: the
// value the edit started from (base), mine, and theirs (now in the database); the person picks
// mine or theirs per field. Fields only they changed are kept as theirs automatically; nothing is
// overwritten without a choice (a field both changed starts on "theirs").
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    ConflictDialog(const QVector<catalog::ProductConflict> &conflicts, QWidget *parent = nullptr);

    struct Resolution
    {
        qint64 productId = 0;
        int theirsVersion = 0;
        QJsonObject theirs; // the product's fields now (the new base)
        QJsonObject keep; // my changes to re-apply on top of theirs (field -> value)
    };
    QVector<Resolution> resolutions() const;

    // For tests: choose mine (true) or theirs for one row of the table.
    int rowCount() const;
    void choose(int row, bool mine);

private:
    struct Row
    {
        int conflict = 0;
        QString field;
    };
    QVector<catalog::ProductConflict> m_conflicts;
    QVector<Row> m_rows;
    QTableWidget *m_table;
};

} // namespace qm
