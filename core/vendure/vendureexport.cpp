// The Vendure catalog's CSV export (vendureimport.h): keyset pages of the console's views,
// names and prices checked against the Admin API. The import is in vendureimport.cpp.

#include "catalog/csvreader.h"
#include "catalog/currencies.h"
#include "common/csvwriter.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "db/pgtext.h"
#include "safety/audit.h"
#include "vendure/adminclient.h"
#include "vendure/vendurecsv_p.h"
#include "vendure/vendureimport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <map>
#include <pqxx/pqxx>

namespace qm::vendure {

namespace {

using namespace csvapi;

constexpr int kSqlChunk = 500; // rows per export query

} // namespace

VendureCsvExporter::VendureCsvExporter(Backend backend, std::shared_ptr<db::Cluster> cluster)
    : m_backend(std::move(backend))
    , m_cluster(std::move(cluster))
{ }

QFuture<Result<catalog::ExportReport>> VendureCsvExporter::run(
    const QString &path, std::shared_ptr<catalog::ExportProgress> progress)
{
    if (!progress)
        progress = std::make_shared<catalog::ExportProgress>();
    const Backend backend = m_backend;
    std::shared_ptr<db::Cluster> cluster = m_cluster;
    return QtConcurrent::run(csvPool(), [=]() -> Result<catalog::ExportReport> {
        QElapsedTimer timer;
        timer.start();
        SyncAdmin admin(backend.vendure());
        const Result<Channel> channel = readChannel(admin);
        if (!channel)
            return channel.error();

        std::unique_ptr<QIODevice> out;
        QSaveFile *saveFile = nullptr;
        if (path == QLatin1String("-")) {
            auto f = std::make_unique<QFile>();
            if (!f->open(stdout, QIODevice::WriteOnly))
                return Error {Error::Code::Io, tr("Cannot write to standard output."), {}, {}};
            out = std::move(f);
        } else {
            auto f = std::make_unique<QSaveFile>(path);
            if (!f->open(QIODevice::WriteOnly))
                return Error {
                    Error::Code::Io, tr("Cannot write %1: %2").arg(path, f->errorString()), {}, {}};
            saveFile = f.get();
            out = std::move(f);
        }
        catalog::ExportReport rep;
        std::string buffer = "id,sku,name";
        for (const QString &l : channel->otherLanguages)
            buffer += ",name:" + l.toStdString();
        buffer += ",price_minor,currency,on_hand\r\n";

        const std::string products = backend.sqlObject("products");
        const std::string major = backend.sqlObject("major");
        struct Line
        {
            qint64 id;
            std::string sku, name, currency;
            std::string minor, onHand;
        };
        qint64 after = 0;
        for (;;) {
            const Result<std::vector<Line>> chunk = db::waitBlocking(
                cluster->read<std::vector<Line>>(tr("export products"),
                    [=](db::Pool::Connection &c) {
                        pqxx::read_transaction tx(c);
                        std::vector<Line> lines;
                        for (const pqxx::row &r :
                            tx.exec_params("SELECT p.id, p.sku, p.name, round(p.price / " + major
                                    + "(1, p.currency))::bigint, p.currency, p.on_hand FROM "
                                    + products
                                    + " p WHERE p.id > $1 AND p.status <> 'archived' "
                                      "ORDER BY p.id LIMIT $2",
                                after, kSqlChunk))
                            lines.push_back(Line {r[0].as<qint64>(), r[1].as<std::string>(""),
                                r[2].as<std::string>(""), r[4].as<std::string>(""),
                                r[3].as<std::string>(""), r[5].as<std::string>("")});
                        return lines;
                    }),
                "export Vendure products");
            if (!chunk)
                return chunk.error();
            if (chunk->empty())
                break;
            QHash<QString, ApiVariant> names;
            if (!channel->otherLanguages.isEmpty()) {
                QStringList ids;
                for (const Line &l : *chunk)
                    ids << QString::number(l.id);
                Result<QHash<QString, ApiVariant>> read = readVariants(admin, ids);
                if (!read)
                    return read.error();
                names = std::move(read).value();
            }
            for (const Line &l : *chunk) {
                buffer += std::to_string(l.id);
                buffer += ',';
                csv::appendCell(buffer, l.sku, true);
                buffer += ',';
                csv::appendCell(buffer, l.name, true);
                const ApiVariant v = names.value(QString::number(l.id));
                for (const QString &lang : channel->otherLanguages) {
                    buffer += ',';
                    const std::string n = v.names.value(lang).toStdString();
                    if (!n.empty())
                        csv::appendCell(buffer, n, true);
                }
                buffer += ',';
                buffer += l.minor;
                buffer += ',';
                csv::appendCell(buffer, l.currency, false);
                buffer += ',';
                buffer += l.onHand;
                buffer += "\r\n";
                ++rep.rows;
            }
            after = chunk->back().id;
            if (out->write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
                return Error {Error::Code::Io,
                    tr("Writing %1 failed: %2").arg(path, out->errorString()), {}, {}};
            rep.bytes += qint64(buffer.size());
            buffer.clear();
            progress->rows = rep.rows;
            if (progress->cancel.load())
                return Error {Error::Code::Cancelled, tr("The export was cancelled."), {}, {}};
        }
        if (!buffer.empty()) { // the header of an empty catalog
            out->write(buffer.data(), qint64(buffer.size()));
            rep.bytes += qint64(buffer.size());
        }
        if (saveFile && !saveFile->commit())
            return Error {Error::Code::Io,
                tr("Saving %1 failed: %2").arg(path, saveFile->errorString()), {}, {}};
        if (!saveFile)
            out->close();
        rep.seconds = timer.elapsed() / 1000.0;
        return rep;
    });
}

} // namespace qm::vendure
