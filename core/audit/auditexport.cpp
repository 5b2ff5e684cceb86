#include "audit/auditexport.h"

#include "common/csvwriter.h"
#include "common/whenfinished.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent>
#include <cstdio>
#include <mutex>

namespace qm::audit {

namespace {

Error ioError(const QString &message)
{
    Error e;
    e.code = Error::Code::Io;
    e.message = message;
    return e;
}

QJsonValue jsonValueOf(const QByteArray &jsonText)
{
    // jsonb text is JSON; a scalar (not an object or array) is kept as it reads.
    const QJsonDocument doc = QJsonDocument::fromJson(jsonText);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QString::fromUtf8(jsonText));
}

} // namespace

QStringList exportColumns()
{
    return {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"),
        QStringLiteral("action"), QStringLiteral("target"), QStringLiteral("request_id"),
        QStringLiteral("plan"), QStringLiteral("outcome"), QStringLiteral("prev_hash"),
        QStringLiteral("hash")};
}

std::string csvHeader()
{
    return exportColumns().join(u',').toStdString() + "\r\n";
}

std::string csvLine(const AuditRow &row)
{
    std::string out;
    csv::appendCell(out, std::to_string(row.id), false);
    out += ',';
    csv::appendCell(out, row.at.toStdString(), false);
    for (const QString *s : {&row.actor, &row.action, &row.target, &row.requestId}) {
        out += ',';
        csv::appendCell(out, s->toStdString(), true);
    }
    for (const QByteArray *j : {&row.plan, &row.outcome}) {
        out += ',';
        csv::appendCell(out, j->toStdString(), true);
    }
    out += ',';
    csv::appendCell(out, row.prevHash.toStdString(), false);
    out += ',';
    csv::appendCell(out, row.hash.toStdString(), false);
    out += "\r\n";
    return out;
}

QByteArray jsonObject(const AuditRow &row)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), row.id);
    o.insert(QStringLiteral("at"), row.at);
    o.insert(QStringLiteral("actor"), row.actor);
    o.insert(QStringLiteral("action"), row.action);
    o.insert(QStringLiteral("target"), row.target);
    o.insert(QStringLiteral("request_id"),
        row.requestId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.requestId));
    o.insert(QStringLiteral("plan"), jsonValueOf(row.plan));
    o.insert(QStringLiteral("outcome"), jsonValueOf(row.outcome));
    o.insert(QStringLiteral("prev_hash"), row.prevHash);
    o.insert(QStringLiteral("hash"), row.hash);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The file being written. Pool tasks run one after the other, but a cancel may arrive while one
// runs: the mutex keeps abort() from closing the file under a write.
struct AuditExport::Sink
{
    QString path;
    QString part;
    ExportFormat format;
    std::mutex mutex;
    std::FILE *file = nullptr;
    bool aborted = false;
    qint64 rows = 0;

    Status write(const QByteArray &bytes)
    {
        if (std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), file)
            != std::size_t(bytes.size()))
            return ioError(tr("Could not write %1 (disk full?).").arg(part));
        return Done {};
    }

    Status open()
    {
        std::lock_guard lock(mutex);
        if (aborted)
            return Done {};
        QFile::remove(part);
        file = std::fopen(QFile::encodeName(part).constData(), "wb");
        if (!file)
            return ioError(tr("Could not create %1.").arg(part));
        return write(format == ExportFormat::Csv ? QByteArray::fromStdString(csvHeader())
                                                 : QByteArrayLiteral("["));
    }

    Status append(const QVector<AuditRow> &page)
    {
        std::lock_guard lock(mutex);
        if (aborted || !file)
            return Done {};
        QByteArray bytes;
        for (const AuditRow &row : page) {
            if (format == ExportFormat::Csv) {
                bytes += QByteArray::fromStdString(csvLine(row));
            } else {
                bytes += rows == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
                bytes += jsonObject(row);
            }
            ++rows;
        }
        return write(bytes);
    }

    Status close()
    {
        std::lock_guard lock(mutex);
        if (aborted || !file)
            return Done {};
        if (format == ExportFormat::Json) {
            if (Status s = write(QByteArrayLiteral("\n]\n")); !s)
                return s;
        }
        const bool flushed = std::fclose(file) == 0;
        file = nullptr;
        if (!flushed)
            return ioError(tr("Could not write %1 (disk full?).").arg(part));
        QFile::remove(path);
        if (!QFile::rename(part, path))
            return ioError(tr("Could not rename %1 to %2.").arg(part, path));
        return Done {};
    }

    void abort()
    {
        std::lock_guard lock(mutex);
        aborted = true;
        if (file)
            std::fclose(file);
        file = nullptr;
        QFile::remove(part);
    }
};

AuditExport::AuditExport(std::shared_ptr<db::Cluster> cluster, Backend backend, AuditFilter filter,
    QString path, ExportFormat format, int pageSize, QObject *parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_backend(std::move(backend))
    , m_filter(std::move(filter))
    , m_path(std::move(path))
    , m_format(format)
    , m_pageSize(qMax(1, pageSize))
{ }

AuditExport::~AuditExport()
{
    if (m_running && m_sink) {
        auto sink = m_sink;
        (void)QtConcurrent::run([sink] { sink->abort(); });
    }
}

void AuditExport::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcome = {};
    m_written = 0;
    m_total = -1;
    m_beforeId.reset();
    m_sink = std::make_shared<Sink>();
    m_sink->path = m_path;
    m_sink->part = m_path + QStringLiteral(".part");
    m_sink->format = m_format;
    const quint64 generation = ++m_generation;
    // The count only feeds the progress bar: the export does not wait for it.
    whenFinished(this, fetchCount(m_cluster, m_backend, m_filter),
        [this, generation](const Result<qint64> &n) {
            if (generation == m_generation && n) {
                m_total = *n;
                Q_EMIT progress(m_written, m_total);
            }
        });
    auto sink = m_sink;
    whenFinished(this, QtConcurrent::run([sink]() -> Status { return sink->open(); }),
        [this, generation](const Status &s) {
            if (generation != m_generation)
                return;
            if (!s) {
                Outcome o;
                o.error = s.error();
                finish(o);
                return;
            }
            nextPage();
        });
}

void AuditExport::nextPage()
{
    const quint64 generation = m_generation;
    whenFinished(this, fetchPage(m_cluster, m_backend, m_filter, m_beforeId, m_pageSize),
        [this, generation](const Result<AuditPage> &page) {
            if (generation != m_generation)
                return;
            if (!page) {
                Outcome o;
                o.rows = m_written;
                o.error = page.error();
                finish(o);
                return;
            }
            auto sink = m_sink;
            const AuditPage p = *page;
            const bool last = !p.more || p.rows.isEmpty();
            if (!p.rows.isEmpty())
                m_beforeId = p.rows.last().id;
            whenFinished(this, QtConcurrent::run([sink, p, last]() -> Status {
                if (Status s = sink->append(p.rows); !s)
                    return s;
                return last ? sink->close() : Status(Done {});
            }),
                [this, generation, n = p.rows.size(), last](const Status &s) {
                    if (generation != m_generation)
                        return;
                    if (!s) {
                        Outcome o;
                        o.rows = m_written;
                        o.error = s.error();
                        finish(o);
                        return;
                    }
                    m_written += n;
                    Q_EMIT progress(m_written, m_total);
                    if (last) {
                        Outcome o;
                        o.ok = true;
                        o.rows = m_written;
                        finish(o);
                        return;
                    }
                    nextPage();
                });
        });
}

void AuditExport::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    Outcome o;
    o.cancelled = true;
    o.rows = m_written;
    finish(o);
}

void AuditExport::finish(Outcome outcome)
{
    if (!outcome.ok && m_sink) {
        auto sink = m_sink;
        (void)QtConcurrent::run([sink] { sink->abort(); });
    }
    m_sink.reset();
    m_outcome = std::move(outcome);
    m_running = false;
    Q_EMIT finished();
}

} // namespace qm::audit
