#pragma once

#include "common/result.h"
#include "profiles/profile.h"

#include <QByteArray>
#include <QString>

// Detached Ed25519 signatures of runbook files (OpenSSL 3), minisign-like:
//   <runbook>.yaml.sig   "quartermaster runbook signature v1", key_id (16 hex: the first 8 bytes
//                        of SHA-256 of the public key), signature (base64, 64 bytes)
//   <key id>.pub         a trusted public key, in the trusted keys folder
//   secret key file      0600, made by keygen; never committed, never in the repository
// The signed message binds the key id: "quartermaster-runbook-v1\n" + key_id + "\n" + file bytes.
namespace qm::runbooks {

struct SignatureStatus
{
    enum class State { Unsigned, Valid, Invalid, UnknownKey, Malformed };
    State state = State::Unsigned;
    QString keyId;
    QString message; // for people: what is wrong and what to do

    QString stateKey() const; // "unsigned", "valid", "invalid", "unknown-key", "malformed"
};

struct KeyFiles
{
    QString keyId;
    QString secretPath;
    QString publicPath;
};

// Makes a key pair: <dir>/<name>.key (0600) and <dir>/<key id>.pub.
Result<KeyFiles> generateSigningKey(const QString &dir, const QString &name);
// Where a runbook's signature lives: <file>.sig beside a runbook file; for a built-in runbook
// (a resource, ":/runbooks/NAME.yaml", which cannot have a file beside it) it is
// <trustedKeysDir>/builtin/NAME.yaml.sig, made by whoever vouches for the built-ins on this
// machine (the sandbox signs them with its own operator key at `sandbox up`).
QString signaturePath(const QString &runbookPath, const QString &trustedKeysDir);
// Writes the signature (signaturePath()) with the secret key file's key.
Result<QString> signRunbook(
    const QString &runbookPath, const QString &secretKeyPath, const QString &trustedKeysDir = {});
// Checks the signature (signaturePath(); content: `text`, as read for parsing) against the public
// keys in trustedKeysDir. Never an error: the state says what was found.
SignatureStatus verifyRunbook(
    const QString &runbookPath, const QByteArray &text, const QString &trustedKeysDir);

// $QM_RUNBOOK_TRUSTED_KEYS, else <config>/quartermaster/runbook-keys.
QString defaultTrustedKeysDir();

// What the signature allows on this environment: production needs a valid signature; any
// environment refuses an invalid one; elsewhere an unsigned runbook runs with *warning set.
bool signatureAllows(const SignatureStatus &status, Profile::Environment environment,
    QString *refusal, QString *warning);

} // namespace qm::runbooks
