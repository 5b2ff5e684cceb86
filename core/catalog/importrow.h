#pragma once

#include "catalog/csvreader.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <string>

namespace qm::catalog {

// One problem of an import, with the file line it is on (1 = the header).
struct ImportIssue
{
    qint64 line = 0;
    QString column; // empty: the whole row
    QString message;
};

// Checks an import file's header and rows without a server and turns good rows into COPY text
// lines for pg_temp.qm_import (see server/migrations/0201). Everything a row can be wrong about
// on its own is found here; what needs the database (duplicate SKUs across the file, unknown
// categories, new products without name/price) is console.import_check's job.
class ImportRowValidator
{
    Q_DECLARE_TR_FUNCTIONS(qm::catalog::ImportRowValidator)
public:
    enum class Column {
        Sku,
        Name,
        Description,
        Status,
        Price,
        Currency,
        Category,
        Tags,
        Attributes,
        Ignored
    };

    // Header: known columns (case-insensitive), read-only ones that are ignored (an export's
    // on_hand/available...), unknown or repeated names and missing required ones are issues.
    bool setHeader(const CsvRecord &header, QVector<ImportIssue> *issues);

    QStringList serverColumns() const; // for import_apply: sku, name, ... (file order)
    std::string copyColumnList() const; // "line, sku, name, ..."
    int fieldCount() const { return int(m_columns.size()); }

    // Appends "line\tsku\t...\n" to out and returns true, or appends issues and returns false.
    bool addRow(const CsvRecord &row, std::string &out, QVector<ImportIssue> *issues);

    static QStringList knownColumns();
    static QStringList requiredColumns(); // sku, name, price
    static QString problemText(CsvRecord::Problem p);
    static QString delimiterName(char delimiter); // "commas", "semicolons", "tabs" (translated)

private:
    struct Slot
    {
        Column column = Column::Ignored;
        QString name; // as in the header
    };
    QVector<Slot> m_columns;
    QVector<int> m_order; // index into m_columns per server column, in serverColumns() order
    std::string m_scratch;
};

} // namespace qm::catalog
