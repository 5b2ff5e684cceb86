#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct evp_pkey_st;

// Ed25519 with OpenSSL 3's EVP interface, for everything that signs: runbook signatures
// (runbooks/signing) and audit checkpoints (audit/checkpoint). Only the crypto lives here: file
// formats, key storage and the messages people read stay with the callers, in their words.
// A failure is a null key, an empty byte array or false; `why` (when given) receives OpenSSL's
// own text of the failure, for an Error's detail.
namespace qm::ed25519 {

// An OpenSSL key object (EVP_PKEY), shared and freed with its last owner.
using KeyPtr = std::shared_ptr<evp_pkey_st>;

constexpr int kKeyBytes = 32; // a raw private (seed) or public key
constexpr int kSignatureBytes = 64;

KeyPtr generate(QString *why = nullptr);
// Raw keys (32 bytes): anything else is refused.
KeyPtr fromRawPrivate(const QByteArray &raw, QString *why = nullptr);
KeyPtr fromRawPublic(const QByteArray &raw, QString *why = nullptr);
// PEM (PKCS#8 private key, SubjectPublicKeyInfo): any key type OpenSSL reads; check isEd25519.
KeyPtr fromPrivatePem(const QByteArray &pem, QString *why = nullptr);
KeyPtr fromPublicPem(const QByteArray &pem, QString *why = nullptr);
bool isEd25519(const KeyPtr &key);

QByteArray rawPrivate(const KeyPtr &key); // empty for a public key
QByteArray rawPublic(const KeyPtr &key);
QByteArray privatePem(const KeyPtr &key); // empty for a public key
QByteArray publicPem(const KeyPtr &key);

// The first 16 hex digits of SHA-256 of a raw public key: how both formats name a key.
QString fingerprint(const QByteArray &rawPublicKey);

// A 64-byte signature of `message`; empty when the key has no private half or OpenSSL fails.
QByteArray sign(const KeyPtr &key, const QByteArray &message, QString *why = nullptr);
bool verify(const KeyPtr &key, const QByteArray &message, const QByteArray &signature);

} // namespace qm::ed25519
