#include "catalog/csvimport.h"

#include "db/cluster.h"
#include "db/pgerror.h"
#include "db/pgtext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <pqxx/pqxx>
#include <pqxx/tablewriter>

namespace qm::catalog {

namespace {

constexpr size_t kCopyBatchBytes = 256 * 1024;
constexpr int kProgressEvery = 4096;

QJsonObject jsonOf(const pqxx::field &f)
{
    return QJsonDocument::fromJson(QByteArray(f.c_str(), int(f.size()))).object();
}

std::vector<std::string> splitColumns(const std::string &list)
{
    std::vector<std::string> out;
    for (const QString &c : QString::fromStdString(list).split(QLatin1String(", ")))
        out.push_back(c.toStdString());
    return out;
}

} // namespace

CsvImporter::CsvImporter(db::Cluster *cluster)
    : m_cluster(cluster)
{ }

void CsvImporter::cancel(db::Pool::JobId job)
{
    m_cluster->cancel(job);
}

QFuture<Result<ImportReport>> CsvImporter::run(const QString &path, ImportOptions options,
    std::shared_ptr<ImportProgress> progress, db::Pool::JobId *job)
{
    if (options.requestId.isNull())
        options.requestId = QUuid::createUuid();
    if (!progress)
        progress = std::make_shared<ImportProgress>();
    db::Cluster *cluster = m_cluster;
    return m_cluster->write<ImportReport>(
        tr("import products"),
        [path, options, progress, cluster](db::Pool::Connection &c) {
            try {
                return runImport(c, path, options, *progress);
            } catch (const pqxx::failure &) {
                // A socket that died under COPY surfaces as a plain failure ("Error writing to
                // table: SSL connection has been closed"): say what it is, so callers retry.
                if (!c.is_open())
                    throw db::connectionLostError(tr("import products"),
                        tr("the connection closed during the import"),
                        cluster->primaryPool()->params());
                throw;
            }
        },
        job);
}

ImportReport CsvImporter::runImport(db::Pool::Connection &c, const QString &path,
    const ImportOptions &options, ImportProgress &progressRef)
{
    ImportProgress *progress = &progressRef;
    QElapsedTimer timer;
    timer.start();
    ImportReport rep;
    rep.dryRun = options.dryRun;
    rep.requestId = options.requestId;
    const std::string request = options.requestId.toString(QUuid::WithoutBraces).toStdString();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error {
            Error::Code::Io, tr("Cannot open %1: %2").arg(path, file.errorString()), {}, {}};
    progress->total = file.size();

    pqxx::work tx(c);
    if (!options.dryRun) {
        const pqxx::result prior
            = tx.exec_params("SELECT console.request_result($1::uuid)::text", request);
        if (!prior.empty() && !prior[0][0].is_null()) {
            const QJsonObject r = jsonOf(prior[0][0]);
            rep.applied = rep.alreadyApplied = true;
            rep.rows = r.value(QLatin1String("rows")).toInteger();
            rep.inserted = r.value(QLatin1String("inserted")).toInteger();
            rep.updated = r.value(QLatin1String("updated")).toInteger();
            rep.unchanged = r.value(QLatin1String("unchanged")).toInteger();
            rep.seconds = timer.elapsed() / 1000.0;
            return rep;
        }
    }

    QVector<ImportIssue> scratch;
    auto keep = [&](const QVector<ImportIssue> &found) {
        rep.issueCount += found.size();
        for (const ImportIssue &i : found) {
            if (rep.issues.size() < options.maxIssues)
                rep.issues.push_back(i);
        }
    };
    auto done = [&] {
        std::stable_sort(rep.issues.begin(), rep.issues.end(),
            [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
        rep.seconds = timer.elapsed() / 1000.0;
        return rep;
    };

    CsvOptions csvOptions;
    csvOptions.delimiter = options.delimiter;
    CsvReader reader(&file, csvOptions);
    CsvRecord record;
    ImportRowValidator validator;
    if (!reader.readRecord(record)) {
        keep({{1, {},
            tr("the file is empty: it needs a header line (sku,name,price,...) "
               "and rows")}});
        return done();
    }
    rep.hadBom = reader.hadBom();
    rep.delimiter = reader.delimiter();
    rep.delimiterDetected = reader.delimiterDetected();
    if (!validator.setHeader(record, &scratch)) {
        keep(scratch);
        return done(); // without a usable header no row can be checked
    }
    rep.columns = validator.serverColumns();

    tx.exec("SELECT console.import_begin()");
    const std::vector<std::string> columns = splitColumns(validator.copyColumnList());
    pqxx::tablewriter writer(tx, "qm_import", columns.begin(), columns.end());
    std::string batch;
    batch.reserve(kCopyBatchBytes + 4096);
    auto flush = [&] {
        if (batch.empty())
            return;
        batch.pop_back(); // write_raw_line adds the last newline itself
        writer.write_raw_line(batch);
        batch.clear();
    };
    while (reader.readRecord(record)) {
        ++rep.rows;
        scratch.clear();
        if (validator.addRow(record, batch, &scratch))
            ++rep.validRows;
        else
            keep(scratch);
        if (batch.size() >= kCopyBatchBytes)
            flush();
        if (rep.rows % kProgressEvery == 0) {
            progress->bytes = reader.bytesConsumed();
            progress->rows = rep.rows;
            if (progress->cancel.load())
                throw Error {Error::Code::Cancelled,
                    tr("The import was cancelled: nothing was imported."), {}, {}};
        }
    }
    flush();
    writer.complete();
    progress->bytes = reader.bytesConsumed();
    progress->rows = rep.rows;
    if (rep.rows == 0)
        keep({{record.line > 0 ? record.line : 1, {}, tr("the file has a header but no rows")}});

    // What only the database can see (duplicates across the file, categories...).
    QVector<ImportIssue> server;
    for (const pqxx::row &row :
        tx.exec_params("SELECT line, field, message FROM console.import_check($1)",
            qMax(1, options.maxIssues)))
        server.push_back(
            {row[0].as<long long>(), db::pgtext::str(row[1]), db::pgtext::str(row[2])});
    keep(server);
    if (rep.issueCount > 0) {
        tx.abort();
        return done();
    }

    const std::string cols = db::pgtext::arrayLiteral(rep.columns).toStdString();
    const QJsonObject plan
        = jsonOf(tx.exec_params1("SELECT console.import_preview($1::text[])::text", cols)[0]);
    rep.inserted = plan.value(QLatin1String("new")).toInteger();
    rep.updated = plan.value(QLatin1String("changed")).toInteger();
    rep.unchanged = plan.value(QLatin1String("unchanged")).toInteger();
    rep.priceChanges = plan.value(QLatin1String("price_changes")).toInteger();
    if (options.dryRun || progress->cancel.load()) {
        tx.abort();
        return done();
    }
    const QJsonObject applied
        = jsonOf(tx.exec_params1("SELECT console.import_apply($1::uuid, $2::text[], $3)::text",
            request, cols, QFileInfo(path).fileName().toStdString())[0]);
    rep.inserted = applied.value(QLatin1String("inserted")).toInteger();
    rep.updated = applied.value(QLatin1String("updated")).toInteger();
    rep.unchanged = applied.value(QLatin1String("unchanged")).toInteger();
    tx.commit();
    rep.applied = true;
    return done();
}

} // namespace qm::catalog
