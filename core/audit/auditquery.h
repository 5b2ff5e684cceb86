#pragma once

#include "backend/backend.h"
#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>
#include <QVector>
#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
}

namespace qm::db {
class Cluster;
}

// Reading the audit log (`<schema>.audit_log`, schema from the session's Backend) for the Audit
// workspace and its exports, and walking its HMAC chain in ranges with
// `<schema>.verify_audit_chain(p_from, p_limit)` (migration 0501). Every read is parameterized;
// the schema is an identifier chosen from the backend enum, never typed text.
namespace qm::audit {

// What the workspace's filter bar asks for. Empty fields do not filter.
struct AuditFilter
{
    QString actor; // exactly this database role
    QString actionPrefix; // action starts with ("catalog." finds every catalog action)
    QString target; // target contains, case-insensitive
    QDateTime from; // at >= from (invalid: no lower bound)
    QDateTime to; // at < to (invalid: no upper bound)

    bool operator==(const AuditFilter &) const = default;
};

// One row with the chain fields as the server hashes them: `at` in the canonical UTC text,
// plan and outcome as jsonb text, the hashes in hex.
struct AuditRow
{
    qint64 id = 0;
    QString at; // "2026-12-07T01:02:03.123456Z"
    QString actor;
    QString action;
    QString target;
    QString requestId; // empty when the row has none
    QByteArray plan; // jsonb text
    QByteArray outcome; // jsonb text
    QString prevHash; // hex
    QString hash; // hex

    QDateTime atTime() const; // `at` parsed (UTC)
};

struct AuditPage
{
    QVector<AuditRow> rows; // newest first
    bool more = false; // older rows match the filter too
};

// The SELECT of one keyset page: rows matching `filter` with id < beforeId (none: from the
// newest), newest first, at most limit + 1 (the extra row says "more"). Values go to params.
std::string pageSql(const Backend &backend, const AuditFilter &filter,
    std::optional<qint64> beforeId, int limit, std::vector<std::optional<std::string>> &params);

// Blocking forms, for worker threads (a pool job, qmctl): one page; the filter's row count.
AuditPage readPage(pqxx::connection_base &connection, const Backend &backend,
    const AuditFilter &filter, std::optional<qint64> beforeId, int limit);
qint64 countRows(
    pqxx::connection_base &connection, const Backend &backend, const AuditFilter &filter);

// The same on the cluster's pools (a replica when one is fresh enough), for the GUI thread.
QFuture<Result<AuditPage>> fetchPage(std::shared_ptr<db::Cluster> cluster, Backend backend,
    AuditFilter filter, std::optional<qint64> beforeId, int limit);
QFuture<Result<qint64>> fetchCount(
    std::shared_ptr<db::Cluster> cluster, Backend backend, AuditFilter filter);

// One range of the chain: `verify_audit_chain(from, limit)`.
struct ChainRange
{
    bool ok = true;
    qint64 checked = 0;
    std::optional<qint64> firstBadId;
    std::optional<qint64> lastId; // none: the range was empty (the end of the chain)
};

// The chain's last id (`audit_head()`; none when the log is empty).
QFuture<Result<std::optional<qint64>>> fetchHeadId(
    std::shared_ptr<db::Cluster> cluster, Backend backend);
QFuture<Result<ChainRange>> fetchChainRange(
    std::shared_ptr<db::Cluster> cluster, Backend backend, qint64 from, int limit);

// A permission error on the audit log, in words for the page ("your role may not read it").
bool isPermissionError(const Error &error);

// Walks the whole chain in ranges of `chunk` rows, one range per pool job, so a million rows
// never hold a worker for long and the GUI thread only receives progress. Stops at the first bad
// row, at the head it saw when it started (rows written meanwhile are the next run's), or on
// cancel(). Lives on the thread that starts it; its signals arrive there.
class ChainVerifier : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        qint64 checked = 0;
        std::optional<qint64> firstBadId;
        std::optional<Error> error;
    };

    ChainVerifier(std::shared_ptr<db::Cluster> cluster, Backend backend, int chunk = 20000,
        QObject *parent = nullptr);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Outcome &outcome() const { return m_outcome; }
    qint64 headId() const { return m_head; }

Q_SIGNALS:
    // checked rows so far; lastId of the last range; head: the last id when the walk started.
    void progress(qint64 checked, qint64 lastId, qint64 head);
    void finished();

private:
    void next();
    void finish(Outcome outcome);

    std::shared_ptr<db::Cluster> m_cluster;
    Backend m_backend;
    int m_chunk;
    qint64 m_from = 0;
    qint64 m_head = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    Outcome m_outcome;
};

} // namespace qm::audit
