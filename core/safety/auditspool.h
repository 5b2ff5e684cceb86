#pragma once

#include "safety/audit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <mutex>

namespace qm {
struct Profile;
}

// The durable audit spool: how an action that is meant for a dead primary (the emergency
// failover runbook) is audited while the database cannot take the write-ahead intent.
//
// "An action that cannot be audited does not run": SpoolingAuditSink writes to the database like
// DbAuditSink; only when that write fails because the database is unreachable (no connection, a
// broken one, no answer in time) AND the entry says it may be spooled (AuditEntry::spoolable,
// set by the runbook engine for runbooks that declare `for_dead_primary: true`) does it append the
// entry to a local spool file instead. Everything else still fails as before, so the action does
// not run.
//
// The spool: one JSON object per line (phase, request id, action, target, plan, outcome, actor,
// spooled_at), each line written with one write() and fsync'd before the call returns; the file is
// created with mode 0600 in the profile's state folder (defaultPath()). A crash mid-write leaves
// a torn last line: replay reports it and skips it, and the next append starts on a new line.
//
// Replay writes the spooled entries into the real hash-chained audit log, in the order they were
// spooled, once the (new) primary takes writes: before any later entry of this sink goes to the
// database, and on demand (replay()). It is idempotent per request id and phase (a runbook step
// has its own request id): each entry is looked up in the chain, in the same transaction that
// writes it, and skipped when the chain has it — so a replay after a crash mid-replay, or a
// second replay, never doubles an entry, even after the server's request keys were pruned. When
// every readable line is in the chain the file is renamed to <path>.replayed-<UTC time> (kept as
// evidence, torn lines included). Spool and replay hold an exclusive lock on <path>.lock, so two
// processes (qmctl and the console) never interleave.
//
// Who may replay (migration 0611, <schema>.audit_replay_spooled): on-call or an admin (members of
// qm_oncall) whose role may run the entry's action, whichever role spooled it. The chain row's
// actor is the role that replayed it (the chain always records session_user); the spool's
// account - spooled at, by whom (the signed-in user then, as the local file says), on which
// host - is kept in the row's plan (intent, entry) or outcome (outcome) as "spooled", with
// "replayed_by". A role without the right is refused by the server and nothing is written.
// `qmctl audit spool list|replay` and the Audit workspace's notice replay a spool left waiting.
namespace qm::safety {

// One readable line of a spool, for people (qmctl audit spool list, the Audit workspace).
struct SpoolEntry
{
    int line = 0; // 1-based
    QString phase; // intent | outcome | entry
    QUuid requestId;
    QString action;
    QString target;
    QString actor; // the signed-in user when it was spooled
    QString host;
    QDateTime spooledAt; // UTC
    QString runId; // the runbook run's id, when the entry names one

    QJsonObject toJson() const;
};

struct SpoolListing
{
    QList<SpoolEntry> entries; // waiting, in spool order
    QStringList skipped; // unreadable lines: "line N: why"
    bool exists = false; // a spool file is there
};

struct SpoolReplayReport
{
    int replayed = 0; // written to the chain by this replay
    int alreadyInChain = 0; // the chain had them (an earlier, interrupted replay): skipped
    int remaining = 0; // still in the spool: the database was unreachable or refused one
    QStringList skipped; // unreadable lines (a torn last line after a crash): "line N: why"
    QString error; // why the replay stopped early, for people; empty when it went through
    Error::Code errorCode = Error::Code::Unknown; // what stopped it (PermissionDenied...)
    QString archivedAs; // where the replayed spool was moved; empty when it was kept

    bool complete() const { return remaining == 0 && error.isEmpty(); }
    QString summary() const; // one line for people
    QJsonObject toJson() const;
};

class SpoolingAuditSink : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::SpoolingAuditSink)
public:
    // `actor`: who is signed in (the profile's user), kept in each spooled line.
    SpoolingAuditSink(std::shared_ptr<db::Cluster> cluster, BackendKind backend, QString spoolPath,
        QString actor = {}, int timeoutMs = 15000);

    Status record(const AuditEntry &entry) override;
    Status recordIntent(const AuditEntry &entry) override;
    Status recordOutcome(const AuditEntry &entry) override;
    Result<QString> anchor() override;

    // Blocking (a worker thread): writes what the spool holds into the chain. Nothing to do when
    // there is no spool file.
    SpoolReplayReport replay();
    // Lines waiting in the spool (readable ones); 0 without a spool file. Reads the file.
    int pending() const;
    // What waits in the spool at `path` (reads the file; blocking, small).
    static SpoolListing list(const QString &path);

    QString path() const { return m_path; }
    // <XDG_STATE_HOME or ~/.local/state>/quartermaster/audit-spool/<profile name>.jsonl
    static QString defaultPath(const Profile &profile);
    // A connection that failed, broke or did not answer: the database is not there to write to.
    static bool unreachable(const Error &e);

private:
    Status write(const AuditEntry &entry, const QString &phase);
    Status append(const AuditEntry &entry, const QString &phase);
    SpoolReplayReport replayLocked();

    std::shared_ptr<db::Cluster> m_cluster;
    BackendKind m_backend;
    DbAuditSink m_db;
    QString m_path;
    QString m_actor;
    int m_timeoutMs;
    std::mutex m_mutex; // this process's spool and replay, beside the file lock
};

} // namespace qm::safety
