#pragma once

#include "catalog/importrow.h"
#include "common/result.h"
#include "db/pool.h"

#include <QFuture>
#include <QUuid>
#include <QVector>
#include <atomic>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::catalog {

struct ImportOptions
{
    bool dryRun = false; // check and count, then roll back
    QUuid requestId; // the same id for a retry: applied at most once (generated if null)
    int maxIssues = 10000; // issues kept in the report (all are counted)
    char delimiter = 0; // ',' ';' '\t', or 0: detected from the header line
};

struct ImportReport
{
    bool applied = false; // committed
    bool alreadyApplied = false; // this request id had committed before: nothing done now
    bool dryRun = false;
    QUuid requestId;
    QStringList columns;
    bool hadBom = false;
    char delimiter = ','; // the one used
    bool delimiterDetected = false; // chosen from the header line (ImportOptions::delimiter 0)
    qint64 rows = 0; // data rows in the file
    qint64 validRows = 0; // rows the parser accepted (sent to the server)
    qint64 inserted = 0; // applied, or what a dry run would do
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 priceChanges = 0;
    qint64 issueCount = 0; // all issues (issues holds the first maxIssues, by line)
    QVector<ImportIssue> issues;
    double seconds = 0;
};

struct ImportProgress
{
    std::atomic<qint64> bytes {0};
    std::atomic<qint64> total {0};
    std::atomic<qint64> rows {0};
    std::atomic<bool> cancel {false};
};

// CSV import: the file is read on a worker (never the GUI thread), every row validated
// (importrow.h) and the good ones streamed through COPY into a temporary staging table; then
// console.import_check adds what only the database can see. Any issue: nothing is applied and the
// report lists every bad row with its file line. Otherwise console.import_apply upserts by SKU
// in the same transaction: all or nothing.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(qm::catalog::CsvImporter)
public:
    explicit CsvImporter(db::Cluster *cluster);

    QFuture<Result<ImportReport>> run(const QString &path, ImportOptions options,
        std::shared_ptr<ImportProgress> progress = {}, db::Pool::JobId *job = nullptr);
    void cancel(db::Pool::JobId job);

private:
    static ImportReport runImport(db::Pool::Connection &c, const QString &path,
        const ImportOptions &options, ImportProgress &progress);

    db::Cluster *m_cluster;
};

} // namespace qm::catalog
