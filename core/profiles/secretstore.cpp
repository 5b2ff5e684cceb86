#include "secretstore.h"

#include "common/logging.h"
#include "profiles/profile.h"

#include <QHash>
#include <QMutex>
#include <QPromise>
#include <QTimer>
#include <atomic>
#include <memory>
#include <qt6keychain/keychain.h>

namespace qm {

namespace {

Error keychainError(Error::Code code, const QString &message, const QString &detail = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

// The tests' keychain: one map for the process, "service\nkey" -> secret.
std::atomic<bool> g_memoryBackend {false};
QMutex g_memoryMutex;
QHash<QString, QString> &memoryEntries()
{
    static QHash<QString, QString> entries;
    return entries;
}

} // namespace

void SecretStore::useMemoryBackendForTesting(bool on)
{
    g_memoryBackend = on;
    if (!on) {
        QMutexLocker lock(&g_memoryMutex);
        memoryEntries().clear();
    }
}

bool SecretStore::memoryBackendForTesting()
{
    return g_memoryBackend;
}

SecretStore::SecretStore(QObject *parent, QString service)
    : QObject(parent)
    , m_service(std::move(service))
{
    if (g_memoryBackend) {
        m_availability = Availability::Available;
        return;
    }
    const QString reason = staticUnavailableReason();
    if (!reason.isEmpty()) {
        m_availability = Availability::Unavailable;
        m_reason = reason;
    }
}

SecretStore::~SecretStore() = default;

// Reasons we know without asking: no session bus means no Secret Service and no KWallet.
QString SecretStore::staticUnavailableReason()
{
    if (qEnvironmentVariableIsSet("QM_NO_KEYCHAIN"))
        return tr("the keychain is switched off (QM_NO_KEYCHAIN is set)");
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return tr("no D-Bus session bus, so no Secret Service or KWallet (headless session?)");
#endif
    return {};
}

QString SecretStore::postgresKey(const Profile &profile)
{
    return profile.name + QStringLiteral("/postgres/") + profile.user;
}

QString SecretStore::redisKey(const Profile &profile)
{
    return profile.name + QStringLiteral("/redis");
}

void SecretStore::noteAvailability(Availability a, const QString &reason)
{
    if (a == m_availability && reason == m_reason)
        return;
    m_availability = a;
    m_reason = reason;
    if (a == Availability::Unavailable)
        qCInfo(lcProfiles) << "keychain unavailable:" << reason;
    Q_EMIT availabilityChanged(a, reason);
}

QFuture<Result<QString>> SecretStore::read(const QString &key)
{
    return start(Op::Read, key, {});
}

QFuture<Status> SecretStore::write(const QString &key, const QString &secret)
{
    return start(Op::Write, key, secret).then([](const Result<QString> &r) -> Status {
        if (!r)
            return r.error();
        return Done {};
    });
}

QFuture<Status> SecretStore::remove(const QString &key)
{
    return start(Op::Delete, key, {}).then([](const Result<QString> &r) -> Status {
        if (!r && r.error().code != Error::Code::NotFound)
            return r.error();
        return Done {};
    });
}

QFuture<Result<QString>> SecretStore::start(Op op, const QString &key, const QString &secret)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QFuture<Result<QString>> future = promise->future();
    auto finish = [promise](Result<QString> r) {
        if (promise->future().isFinished())
            return;
        promise->addResult(std::move(r));
        promise->finish();
    };

    if (g_memoryBackend) {
        Result<QString> r = QString();
        {
            QMutexLocker lock(&g_memoryMutex);
            const QString entry = m_service + u'\n' + key;
            switch (op) {
            case Op::Read:
                if (memoryEntries().contains(entry))
                    r = memoryEntries().value(entry);
                else
                    r = keychainError(
                        Error::Code::NotFound, tr("The keychain has no such entry."), key);
                break;
            case Op::Write:
                memoryEntries().insert(entry, secret);
                break;
            case Op::Delete:
                if (!memoryEntries().remove(entry))
                    r = keychainError(
                        Error::Code::NotFound, tr("The keychain has no such entry."), key);
                break;
            }
        }
        // Asynchronous like a real keychain: the caller's continuation runs from the event loop.
        QMetaObject::invokeMethod(
            this, [finish, r]() mutable { finish(std::move(r)); }, Qt::QueuedConnection);
        return future;
    }

    if (m_availability == Availability::Unavailable) {
        finish(keychainError(
            Error::Code::ConnectionFailed, tr("No keychain is reachable: %1.").arg(m_reason)));
        return future;
    }

    QKeychain::Job *job = nullptr;
    switch (op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Op::Write: {
        auto *w = new QKeychain::WritePasswordJob(m_service, this);
        w->setTextData(secret);
        job = w;
        break;
    }
    case Op::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text fallback
    job->setKey(key);

    // A keychain that does not answer (a locked wallet nobody unlocks) must not hang the caller.
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, finish] {
        const QString reason
            = tr("the keychain did not answer within %1 s").arg(m_timeoutMs / 1000);
        noteAvailability(Availability::Unavailable, reason);
        finish(
            keychainError(Error::Code::Timeout, tr("No keychain is reachable: %1.").arg(reason)));
    });
    timer->start(m_timeoutMs);

    connect(job, &QKeychain::Job::finished, this, [this, finish, op](QKeychain::Job *j) {
        switch (j->error()) {
        case QKeychain::NoError:
            noteAvailability(Availability::Available, {});
            if (op == Op::Read)
                finish(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
            else
                finish(QString());
            return;
        case QKeychain::EntryNotFound:
            noteAvailability(Availability::Available, {});
            finish(keychainError(
                Error::Code::NotFound, tr("The keychain has no such entry."), j->key()));
            return;
        case QKeychain::AccessDeniedByUser:
        case QKeychain::AccessDenied:
            finish(keychainError(Error::Code::PermissionDenied,
                tr("The keychain refused access: %1.").arg(j->errorString())));
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
        default:
            noteAvailability(Availability::Unavailable, j->errorString());
            finish(keychainError(Error::Code::ConnectionFailed,
                tr("No keychain is reachable: %1.").arg(j->errorString())));
            return;
        }
    });
    job->start();
    return future;
}

} // namespace qm
