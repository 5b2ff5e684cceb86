#include "audit/checkpointkey.h"

#include "profiles/secretstore.h"

#include <QFile>
#include <QPromise>
#include <QSaveFile>

namespace qm::audit {

bool CheckpointKeys::isKeychainRef(const QString &ref)
{
    return ref == QLatin1String(kKeychainRef);
}

QFuture<Result<Ed25519Key>> CheckpointKeys::readFromKeychain(SecretStore *store)
{
    return store->read(QString::fromLatin1(kKeychainEntry))
        .then([](const Result<QString> &pem) -> Result<Ed25519Key> {
            if (!pem) {
                Error e = pem.error();
                if (e.code == Error::Code::NotFound)
                    e.message = tr("The keychain has no audit checkpoint key. Generate or import "
                                   "one in File ▸ Settings ▸ Audit, or run qmctl audit keygen "
                                   "--keychain.");
                else
                    e.message = tr("The audit checkpoint key could not be read from the keychain: "
                                   "%1")
                                    .arg(e.message);
                return e;
            }
            Result<Ed25519Key> key = Ed25519Key::fromPrivatePem(pem.value().toUtf8());
            if (!key) {
                // Only the reason: never the entry's content.
                Error e = key.error();
                e.message = tr("The keychain's audit checkpoint key is not an Ed25519 private "
                               "key: %1")
                                .arg(e.message);
                e.detail.clear();
                return e;
            }
            return key;
        });
}

QFuture<Status> CheckpointKeys::storeInKeychain(SecretStore *store, const Ed25519Key &key)
{
    if (!key.hasPrivate()) {
        QPromise<Status> p;
        p.start();
        p.addResult(Status(Error {Error::Code::InvalidInput,
            tr("Only a private key can sign checkpoints; this is a public key."), {}, {}}));
        p.finish();
        return p.future();
    }
    return store->write(QString::fromLatin1(kKeychainEntry), QString::fromLatin1(key.privatePem()));
}

Status CheckpointKeys::writePublicKey(const Ed25519Key &key, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error {Error::Code::InvalidInput,
            tr("Cannot write the public key to %1: %2").arg(path, f.errorString()), {}, {}};
    f.write(key.publicPem());
    if (!f.commit())
        return Error {Error::Code::InvalidInput,
            tr("Cannot write the public key to %1: %2").arg(path, f.errorString()), {}, {}};
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return Done {};
}

} // namespace qm::audit
