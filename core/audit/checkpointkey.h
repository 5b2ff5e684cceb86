#pragma once

#include "audit/checkpoint.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace qm {
class SecretStore;
}

// Where the console's checkpoint signing key lives (issue 11): a PEM file the operator names, or
// the OS keychain (core/profiles/secretstore.h). The settings (Settings::auditCheckpointKey) hold
// only a reference: a file's path, or kKeychainRef. Key material is never written to the settings,
// to a log or to an error message; only the public key and its fingerprint are shown.
namespace qm::audit {

class CheckpointKeys
{
    Q_DECLARE_TR_FUNCTIONS(qm::audit::CheckpointKeys)
public:
    // The settings value that means "the key is in the keychain".
    static constexpr const char *kKeychainRef = "keychain";
    // The keychain entry (service "Quartermaster") that holds the private key's PEM.
    static constexpr const char *kKeychainEntry = "audit/checkpoint-signing-key";

    static bool isKeychainRef(const QString &ref);

    // The private key from the keychain; finishes on the store's thread (an event loop must run).
    static QFuture<Result<Ed25519Key>> readFromKeychain(SecretStore *store);
    // Stores the private key in the keychain (replaces an older one).
    static QFuture<Status> storeInKeychain(SecretStore *store, const Ed25519Key &key);

    // The public half (PEM) to `path`, 0644, replacing what is there; for verifiers.
    static Status writePublicKey(const Ed25519Key &key, const QString &path);
};

} // namespace qm::audit
