#pragma once

#include "audit/auditquery.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace qm::audit {

enum class ExportFormat { Csv, Json };

// The columns of an export, in order: the chain fields a verifier outside the console needs to
// recompute each row's HMAC (with the key) and link it to the one before.
QStringList exportColumns();

// One row as a CSV line (RFC 4180, formula-guarded text cells, ending in "\r\n") or as one
// compact JSON object (plan and outcome as JSON values, the hashes in hex, no newline).
std::string csvHeader();
std::string csvLine(const AuditRow &row);
QByteArray jsonObject(const AuditRow &row);

// Streams every row that matches a filter into a file, newest first: one keyset page per pool
// job, each page formatted and appended on a pool thread (never the GUI thread), into
// "<path>.part", renamed to <path> once complete; a cancel or an error removes the part file.
// progress() after each page (written so far, the filter's count when known, else -1);
// finished() once, then outcome() says how it ended.
class AuditExport : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0;
        std::optional<Error> error;
    };

    AuditExport(std::shared_ptr<db::Cluster> cluster, Backend backend, AuditFilter filter,
        QString path, ExportFormat format, int pageSize = 2000, QObject *parent = nullptr);
    ~AuditExport() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }
    QString path() const { return m_path; }
    qint64 total() const { return m_total; }

Q_SIGNALS:
    void progress(qint64 written, qint64 total);
    void finished();

private:
    struct Sink;
    void nextPage();
    void finish(Outcome outcome);

    std::shared_ptr<db::Cluster> m_cluster;
    Backend m_backend;
    AuditFilter m_filter;
    QString m_path;
    ExportFormat m_format;
    int m_pageSize;
    std::shared_ptr<Sink> m_sink; // touched only by the pool task of the moment
    std::optional<qint64> m_beforeId;
    qint64 m_written = 0;
    qint64 m_total = -1;
    quint64 m_generation = 0;
    bool m_running = false;
    Outcome m_outcome;
};

} // namespace qm::audit
