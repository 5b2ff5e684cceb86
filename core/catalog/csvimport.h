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

// One field of one row that an import changes (or would): a backend that plans per row
// (Vendure) lists them; the reference store's import counts them only.
struct ImportChange
{
    qint64 line = 0;
    qint64 id = 0; // the backend's row id (Vendure: the variant id)
    QString sku;
    QString field; // "price_minor", "name", "name:de"
    QString before;
    QString after;
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
    // Backends that write in batches (Vendure): the plan, rows another writer changed after
    // the plan (reported, not overwritten; not issues: the rest was applied), and the result.
    QVector<ImportChange> changes; // the first maxIssues changes, by line
    qint64 changeCount = 0;
    QVector<ImportIssue> conflicts;
    qint64 batches = 0; // batches sent
    bool cancelled = false; // stopped between batches: the batches before stay applied
    bool verified = false; // every written row read back with the values of the file
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
