#pragma once

#include "common/result.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace qm {

struct Profile;

// Passwords in the OS keychain (QtKeychain: Secret Service/KWallet, macOS Keychain, Windows
// Credential Manager). All calls are asynchronous. Where no keychain is reachable (a headless
// machine, CI: no D-Bus session bus or no secret service) every call fails fast with an Error
// whose message says so, and availability() turns Unavailable with the reason.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit SecretStore(
        QObject *parent = nullptr, QString service = QStringLiteral("Quartermaster"));
    ~SecretStore() override;

    Availability availability() const { return m_availability; }
    QString unavailableReason() const { return m_reason; }

    // NotFound when the keychain has no such entry.
    QFuture<Result<QString>> read(const QString &key);
    QFuture<Status> write(const QString &key, const QString &secret);
    QFuture<Status> remove(const QString &key);

    // Keychain entry names for a profile's secrets (no secret in them).
    static QString postgresKey(const Profile &profile);
    static QString redisKey(const Profile &profile);

    // For tests only: every SecretStore of this process keeps its entries in memory (per service)
    // instead of the OS keychain, and is Available. Calls still finish asynchronously. No
    // environment variable turns this on: a test binary calls it itself.
    static void useMemoryBackendForTesting(bool on = true);
    static bool memoryBackendForTesting();

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void availabilityChanged(qm::SecretStore::Availability availability, const QString &reason);

private:
    enum class Op { Read, Write, Delete };
    QFuture<Result<QString>> start(Op op, const QString &key, const QString &secret);
    void noteAvailability(Availability a, const QString &reason);
    static QString staticUnavailableReason();

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_reason;
    int m_timeoutMs = 5000;
};

} // namespace qm
