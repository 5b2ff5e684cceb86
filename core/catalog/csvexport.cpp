#include "catalog/csvexport.h"

#include "common/csvwriter.h"
#include "db/cluster.h"
#include "db/sqlparams.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <cstdio>
#include <memory>
#include <pqxx/pqxx>

namespace qm::catalog {

namespace {
constexpr int kColumns = 11;
// Which exported columns are text (formula-guarded): numbers and codes are not.
constexpr bool kText[kColumns]
    = {true, true, true, false, false, false, true, true, true, false, false};
constexpr size_t kWriteBytes = 1 << 20;
} // namespace

CsvExporter::CsvExporter(db::Cluster *cluster)
    : m_cluster(cluster)
{ }

QStringList CsvExporter::header()
{
    return {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("description"),
        QStringLiteral("status"), QStringLiteral("price"), QStringLiteral("currency"),
        QStringLiteral("category"), QStringLiteral("tags"), QStringLiteral("attributes"),
        QStringLiteral("on_hand"), QStringLiteral("available")};
}

QFuture<Result<ExportReport>> CsvExporter::run(const CatalogQuery &query, const QString &path,
    std::shared_ptr<ExportProgress> progress, db::Pool::JobId *job)
{
    if (!progress)
        progress = std::make_shared<ExportProgress>();
    Sql setup;
    const Sql select = query.exportSelect(&setup);
    return m_cluster->read<ExportReport>(
        tr("export products"),
        [path, select, setup, progress](db::Pool::Connection &c) {
            QElapsedTimer timer;
            timer.start();
            std::unique_ptr<QIODevice> out;
            QSaveFile *saveFile = nullptr;
            if (path == QLatin1String("-")) {
                auto f = std::make_unique<QFile>();
                if (!f->open(stdout, QIODevice::WriteOnly))
                    throw Error {Error::Code::Io, tr("Cannot write to standard output."), {}, {}};
                out = std::move(f);
            } else {
                auto f = std::make_unique<QSaveFile>(path);
                if (!f->open(QIODevice::WriteOnly))
                    throw Error {Error::Code::Io,
                        tr("Cannot write %1: %2").arg(path, f->errorString()), {}, {}};
                saveFile = f.get();
                out = std::move(f);
            }
            ExportReport rep;
            std::string buffer;
            buffer.reserve(kWriteBytes + 64 * 1024);
            auto write = [&] {
                if (out->write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
                    throw Error {Error::Code::Io,
                        tr("Writing %1 failed: %2").arg(path, out->errorString()), {}, {}};
                rep.bytes += qint64(buffer.size());
                buffer.clear();
            };
            const QStringList head = header();
            for (int i = 0; i < head.size(); ++i) {
                if (i)
                    buffer += ',';
                buffer += head[i].toStdString();
            }
            buffer += "\r\n";

            pqxx::read_transaction tx(c);
            if (!setup.text.empty())
                db::execParams(tx, setup.text, setup.params);
            pqxx::stream_from stream(tx, "(" + select.text + ")");
            std::string line;
            std::string fields[kColumns];
            bool nulls[kColumns];
            while (stream.get_raw_line(line)) {
                if (!csv::splitCopyText(line, fields, nulls, kColumns))
                    throw Error {Error::Code::Protocol,
                        tr("The server sent a row the export cannot read."), {}, {}};
                for (int i = 0; i < kColumns; ++i) {
                    if (i)
                        buffer += ',';
                    if (!nulls[i])
                        csv::appendCell(buffer, fields[i], kText[i]);
                }
                buffer += "\r\n";
                ++rep.rows;
                if (buffer.size() >= kWriteBytes) {
                    write();
                    progress->rows = rep.rows;
                    if (progress->cancel.load())
                        throw Error {
                            Error::Code::Cancelled, tr("The export was cancelled."), {}, {}};
                }
            }
            stream.complete();
            write();
            progress->rows = rep.rows;
            if (saveFile && !saveFile->commit())
                throw Error {Error::Code::Io,
                    tr("Saving %1 failed: %2").arg(path, saveFile->errorString()), {}, {}};
            if (!saveFile)
                out->close();
            rep.seconds = timer.elapsed() / 1000.0;
            return rep;
        },
        job);
}

} // namespace qm::catalog
