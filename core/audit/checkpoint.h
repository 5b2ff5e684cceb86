#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <memory>

struct evp_pkey_st;

// Signed checkpoints of the audit chain (issue 11, "An audit log that cannot be rewritten
// unseen"). The chain's HMAC key lives in the database (qm.audit_key), so a superuser can edit a
// row and recompute every hash after it: the chain then verifies. A checkpoint is the chain's head
// (id, hash, time) and the database's identity, signed with an Ed25519 key that is kept outside the
// database; a rewritten chain no longer has the signed hash at the signed id.
//
// This file knows keys, the signed format and the folder of checkpoint files; what reads the
// database is in chain.h. Nothing here blocks on the network; the file functions touch the disk.
namespace qm::audit {

// An Ed25519 key (OpenSSL 3). A private key also verifies; a public one only verifies.
class Ed25519Key
{
    Q_DECLARE_TR_FUNCTIONS(qm::audit::Ed25519Key)
public:
    static Result<Ed25519Key> generate();
    static Result<Ed25519Key> fromPrivatePem(const QByteArray &pem);
    static Result<Ed25519Key> fromPublicPem(const QByteArray &pem);
    // A PEM file. The private key's file must not be readable by group or others (like ssh).
    static Result<Ed25519Key> loadPrivate(const QString &path);
    static Result<Ed25519Key> loadPublic(const QString &path);

    bool isNull() const { return !m_key; }
    bool hasPrivate() const { return m_private; }
    QByteArray privatePem() const; // empty for a public key
    QByteArray publicPem() const;
    QByteArray rawPublic() const; // 32 bytes
    // The first 16 hex digits of SHA-256(raw public key): names the key in a checkpoint.
    QString fingerprint() const;

    Result<QByteArray> sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    std::shared_ptr<evp_pkey_st> m_key;
    bool m_private = false;
};

// Writes the private key to `path` (created, mode 0600; an existing file is refused) and the
// public key to `path`.pub (0644).
Status writeKeyPair(const Ed25519Key &key, const QString &path);

// Which database a chain lives in: a checkpoint is only ever compared with its own store.
struct DatabaseIdentity
{
    QString systemIdentifier; // pg_control_system(); empty when the server would not say
    QString database; // current_database()
    QString schema; // the backend's read schema ("console", "qm_vendure")

    bool sameAs(const DatabaseIdentity &other) const;
    QString describe() const; // "quartermaster (system 7716…, schema console)"
};

// The chain's last row when the checkpoint was taken.
struct ChainHead
{
    qint64 id = 0;
    QByteArray hash; // raw bytes (32)
    QString at; // the row's time, UTC, "YYYY-MM-DDTHH:MM:SS.uuuuuuZ" (as the server formats it)
};

struct Checkpoint
{
    Q_DECLARE_TR_FUNCTIONS(qm::audit::Checkpoint)
public:
    static constexpr const char *kFormat = "qm-audit-checkpoint/1";

    DatabaseIdentity identity;
    ChainHead head;
    QString signedAt; // UTC, ISO 8601 with milliseconds
    QString keyId; // Ed25519Key::fingerprint() of the signer
    QByteArray signature; // Ed25519 over signedMessage()
    QString file; // where it was read from or written to (not signed)

    // The exact bytes that are signed: one "name:value" line per field, in a fixed order.
    QByteArray signedMessage() const;
    bool signatureValid(const Ed25519Key &publicKey) const;

    QJsonObject toJson() const;
    // Refuses what is not a checkpoint of this format (the signature is not checked here).
    static Result<Checkpoint> fromJson(const QJsonObject &json);

    // Signs head + identity now with `key` (which must hold the private half).
    static Result<Checkpoint> make(
        const DatabaseIdentity &identity, const ChainHead &head, const Ed25519Key &key);

    // "checkpoint-<database>-<id, 12 digits>-<signed at>.json"
    QString fileName() const;
};

// Writes the checkpoint into `dir` (made if missing) atomically: a temporary file renamed into
// place, so a reader never sees half a checkpoint. Returns the file's path.
Result<QString> writeCheckpoint(Checkpoint checkpoint, const QString &dir);

// Every *.json file of `dir`, in name order; a file that is not a checkpoint is returned with its
// error (a verifier reports it: someone put it there or damaged it).
struct CheckpointFile
{
    QString path;
    std::optional<Checkpoint> checkpoint;
    std::optional<Error> error;
};
Result<QVector<CheckpointFile>> readCheckpoints(const QString &dir);

} // namespace qm::audit
