#pragma once

#include "common/result.h"
#include "runbooks/runbook.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace qm::db {
class Cluster;
}

// The step journal of a run, written as the run goes: one JSON line per record in
// <dir>/<run id>.jsonl, fsync'd before the engine acts on it, and the same record in
// console.runbook_journal (migration 0301). States of a record:
//   run_started (the header: runbook, content hash, parameters, actor), resumed,
//   started / executed / verified / failed (a step; "started" is written BEFORE its action),
//   finished (the run's result). A run whose last record is not `finished` was interrupted.
// The file is what resume reads; the database copy is for other consoles and the audit. A
// database write that fails is retried with the next record (never blocks the run's progress).
namespace qm::runbooks {

struct JournalRecord
{
    int seq = 0;
    QString runId;
    QString state;
    QString stepId; // empty for run records
    QDateTime at;
    QJsonObject detail;

    QJsonObject toJson() const;
    static JournalRecord fromJson(const QJsonObject &o);
};

struct RunSummary
{
    QString runId;
    QString runbook;
    QString path; // of the runbook file
    QString contentHash;
    QDateTime startedAt;
    QString lastState;
    QString result; // of `finished`, empty when interrupted
    bool interrupted() const { return result.isEmpty(); }
};

class Journal
{
public:
    // $XDG_STATE_HOME/quartermaster/runbooks (~/.local/state/... when unset).
    static QString defaultDir();

    static Result<std::unique_ptr<Journal>> create(const QString &dir, const QString &runId,
        const Runbook &runbook, std::shared_ptr<db::Cluster> cluster);
    // Appends to an existing run's journal (resume).
    static Result<std::unique_ptr<Journal>> reopen(const QString &dir, const QString &runId,
        const Runbook &runbook, std::shared_ptr<db::Cluster> cluster);
    static Result<QList<JournalRecord>> read(const QString &dir, const QString &runId);
    static QList<RunSummary> runs(const QString &dir); // newest first

    // Written and fsync'd to the file (an error stops the run), then sent to the database.
    Status append(const QString &state, const QString &stepId, const QJsonObject &detail);
    QString path() const { return m_path; }
    QStringList databaseWarnings() const { return m_dbWarnings; }
    int pendingDatabaseRecords() const { return int(m_pending.size()); }

private:
    Journal() = default;
    void flushToDatabase();

    QString m_path;
    QString m_runId;
    QString m_runbook;
    QString m_hash;
    int m_seq = 0;
    std::shared_ptr<db::Cluster> m_cluster;
    QList<JournalRecord> m_pending;
    QStringList m_dbWarnings;
};

} // namespace qm::runbooks
