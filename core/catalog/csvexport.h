#pragma once

#include "catalog/catalogquery.h"
#include "common/result.h"
#include "db/pool.h"

#include <QCoreApplication>
#include <QFuture>
#include <QIODevice>
#include <atomic>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::catalog {

struct ExportReport
{
    qint64 rows = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

struct ExportProgress
{
    std::atomic<qint64> rows {0};
    std::atomic<bool> cancel {false};
};

// Export of a filter's products as CSV (the import's columns, so a file round-trips), streamed
// from COPY (SELECT ...) TO STDOUT row by row into the file: memory stays flat at any size.
// Text cells starting with = + - @ get an apostrophe (spreadsheet formula injection).
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(qm::catalog::CsvExporter)
public:
    explicit CsvExporter(db::Cluster *cluster);

    static QStringList header();

    // Writes to `path` atomically (a temporary file renamed when complete); "-" is stdout.
    QFuture<Result<ExportReport>> run(const CatalogQuery &query, const QString &path,
        std::shared_ptr<ExportProgress> progress = {}, db::Pool::JobId *job = nullptr);

private:
    db::Cluster *m_cluster;
};

} // namespace qm::catalog
