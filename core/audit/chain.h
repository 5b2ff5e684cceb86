#pragma once

#include "audit/checkpoint.h"
#include "backend/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace pqxx {
class connection_base;
}
namespace qm::db {
class Cluster;
}

// The audit chain as the database keeps it, read through the backend's schema (console.* for the
// reference store, qm_vendure.* beside Vendure: same functions), and checked against signed
// checkpoints. Everything here blocks: call it on a worker thread (or in qmctl / tests).
namespace qm::audit {

// One call of <schema>.verify_audit_chain(from, limit) (migration 0501).
struct RangeCheck
{
    bool ok = true;
    qint64 checked = 0;
    std::optional<qint64> firstBadId;
    std::optional<qint64> lastId;
    QByteArray lastHash;
};

// The queries, each in its own read-only transaction on `c`.
std::optional<ChainHead> readHead(pqxx::connection_base &c, const Backend &backend);
DatabaseIdentity readIdentity(pqxx::connection_base &c, const Backend &backend);
RangeCheck verifyRange(pqxx::connection_base &c, const Backend &backend, qint64 from, int limit);

// One thing wrong, for people (message) and for scripts (kind, id, checkpoint).
struct Finding
{
    enum class Kind {
        EditedRow, // a row's hash does not match its content
        BrokenLink, // a row's prev_hash is not its predecessor's hash: rows before it are gone
        TruncatedTail, // a checkpoint's id is past the table's end
        MissingRow, // a checkpoint's row is gone (inside the table)
        RewrittenChain, // the row is there but its hash is not the signed one
        ForgedCheckpoint, // the signature does not verify with the public key
        BadCheckpoint, // a file in the folder that is not a checkpoint
    };
    Kind kind;
    QString message;
    std::optional<qint64> id;
    QString checkpoint; // the file, when the finding is about one

    static QString kindKey(Kind kind); // "edited_row", ... (JSON, never translated)
    QJsonObject toJson() const;
};

struct VerifyOptions
{
    qint64 from = 0; // verify rows id >= from (checkpoints are checked whatever their id)
    int chunk = 10000; // rows per verify_audit_chain call
    QString checkpointDir; // empty: no checkpoints
    std::optional<Ed25519Key> publicKey; // required with checkpointDir
    // After each chunk: the last id verified and the head's id (a progress bar's value and max).
    std::function<void(qint64 lastId, qint64 headId, qint64 checked)> progress;
};

struct VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(qm::audit::VerifyReport)
public:
    DatabaseIdentity identity;
    bool chainOk = true;
    qint64 checked = 0;
    std::optional<qint64> firstBadId;
    std::optional<qint64> tableEnd; // the last id in the table (none: empty)
    int checkpointsRead = 0; // files in the folder
    int checkpointsMatched = 0; // valid signature, this database, row and hash as signed
    std::optional<qint64> newestAnchoredId; // the highest id a matching checkpoint pins
    QString newestAnchoredAt; // its signing time
    QVector<Finding> findings;
    QStringList notes; // not findings: other databases' checkpoints, unanchored rows

    bool ok() const { return findings.isEmpty(); }
    QJsonObject toJson() const;
};

// Verifies the chain in chunks (one consistent snapshot), then each checkpoint of the folder.
VerifyReport verifyChain(
    pqxx::connection_base &c, const Backend &backend, const VerifyOptions &options);

// Signs the chain's current head (read on the primary) and writes it into the folder.
// Serialized: one checkpoint at a time per writer. For the console (a hook after every destructive
// action, a timer while a session is open) and `qmctl audit checkpoint`.
class CheckpointWriter
{
    Q_DECLARE_TR_FUNCTIONS(qm::audit::CheckpointWriter)
public:
    CheckpointWriter(Backend backend, Ed25519Key key, QString dir);

    // On a connection the caller holds (qmctl, tests).
    Result<QString> writeOn(pqxx::connection_base &c);
    // On the cluster's current primary, waiting at most timeoutMs (a worker thread).
    Result<QString> write(db::Cluster *cluster, int timeoutMs = 15000);
    // The empty chain has no head: nothing is written (an empty path, not an error). With
    // skipUnchanged, neither is a head this writer signed last time (a timer's idle rounds).
    void setSkipUnchanged(bool skip);

    QString dir() const { return m_dir; }

    struct State; // shared with a job that outlives a timed-out write()

private:
    Backend m_backend;
    Ed25519Key m_key;
    QString m_dir;
    std::shared_ptr<State> m_state;
};

// The console's checkpoints for one open profile (Session): the key file is read on the first
// write, on the worker that writes (never on the GUI thread); a key that cannot be read is that
// write's error, and the next write tries again. With keyRef CheckpointKeys::kKeychainRef the key
// comes from the keychain instead: its owner reads it (asynchronously) and hands it over with
// provideKey(); a write before that waits for it on its worker for up to keyWaitMs.
class ConsoleCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(qm::audit::ConsoleCheckpoints)
public:
    ConsoleCheckpoints(Backend backend, QString keyRef, QString dir);
    Result<QString> write(db::Cluster *cluster, bool skipUnchanged, int keyWaitMs = 10000);
    QString dir() const { return m_dir; }

    bool keyFromKeychain() const;
    // The keychain's answer (the key, or why there is none). Any thread.
    void provideKey(const Result<Ed25519Key> &key);

private:
    Backend m_backend;
    QString m_keyPath;
    QString m_dir;
    std::mutex m_mutex;
    std::condition_variable m_keyArrived;
    std::optional<Result<Ed25519Key>> m_keychainKey;
    std::shared_ptr<CheckpointWriter> m_writer;
};

} // namespace qm::audit
