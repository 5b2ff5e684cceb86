#pragma once

#include "common/result.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <memory>

namespace qm {

namespace db {
class Cluster;
}
namespace redis {
class Client;
}
namespace cache {
class CacheConnection;
}
class HealthMonitor;
struct HealthSnapshot;
namespace safety {
class Elevation;
class AuditSink;
} // namespace safety
namespace audit {
class ConsoleCheckpoints;
}

// One open profile: its backend (Backend: the reference store or Vendure), its PostgreSQL
// cluster, its Redis client, its health monitor, and what the signed-in role may do
// (my_capabilities() in the backend's schema). Opening never blocks: open() starts the
// cluster's role discovery on the pools' workers; the health monitor then shows which servers
// answer, and discovery is retried once the primary answers again.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Connecting, Connected, Failed };
    Q_ENUM(State)

    Session(Profile profile, Credentials credentials, QObject *parent = nullptr);
    ~Session() override;

    const Profile &profile() const { return m_profile; }
    // Whose schema the reads name, who takes the writes, what the backend cannot do (with why).
    const Backend &backend() const { return m_backend; }
    const Credentials &credentials() const { return m_credentials; }
    db::Cluster *cluster() const { return m_cluster.get(); }
    // For work that may outlive the session (a flow, an audit sink, an import): the cluster stays
    // alive while anything holds it, and is deleted on its own thread when the last holder lets go.
    std::shared_ptr<db::Cluster> sharedCluster() const { return m_cluster; }
    // Standalone Redis: one client. Sentinel / Cluster: redis() is null and cacheConnection()
    // discovers the nodes and follows the master (the health strip pings through it).
    redis::Client *redis() const { return m_redis.get(); }
    cache::CacheConnection *cacheConnection() const { return m_cache.get(); }
    HealthMonitor *health() const { return m_health.get(); }

    State state() const { return m_state; }
    Error lastError() const { return m_lastError; }
    QStringList capabilities() const { return m_capabilities; }
    bool can(const QString &capability) const { return m_capabilities.contains(capability); }

    void open();

    // The safety profile (core/safety/elevation.h): production is read-only until elevated. Every
    // writer and flow this session hands out asks it. elevate() writes the reason to the audit log
    // first (on a worker) and elevates only when that succeeded; an elevation that ends (early,
    // by endElevation(), or when its time is up: a 1 s timer checks) is audited as its outcome.
    std::shared_ptr<safety::Elevation> elevation() const { return m_elevation; }
    QFuture<Status> elevate(const QString &reason, int minutes);
    void endElevation();

    // Signed audit checkpoints (core/audit), when the settings name a folder and a key: after
    // every destructive action (the flow anchors through every DbAuditSink on this cluster) and
    // every Settings::auditCheckpointMinutes() while the session is open (a timer; the signing
    // runs on a worker, and a round whose chain head has not moved writes nothing).
    bool checkpointsEnabled() const { return m_checkpoints != nullptr; }
    // One checkpoint now, on a worker: the file written (empty: nothing new to sign).
    QFuture<Result<QString>> writeCheckpoint(bool skipUnchanged = false);

Q_SIGNALS:
    void checkpointWritten(const QString &path);
    void checkpointFailed(const qm::Error &error);
    void stateChanged(qm::Session::State state);
    void connected();
    void connectionFailed(const qm::Error &error);
    void capabilitiesChanged(const QStringList &capabilities);

private:
    void startCluster();
    void loadCapabilities();
    void onSnapshot(const HealthSnapshot &snapshot);
    void setState(State s);

    Profile m_profile;
    Backend m_backend;
    Credentials m_credentials;
    std::shared_ptr<db::Cluster> m_cluster;
    std::unique_ptr<redis::Client> m_redis;
    std::unique_ptr<cache::CacheConnection> m_cache;
    std::unique_ptr<HealthMonitor> m_health;
    QElapsedTimer m_sinceStart;
    State m_state = State::Idle;
    Error m_lastError;
    QStringList m_capabilities;
    std::shared_ptr<safety::Elevation> m_elevation;
    std::shared_ptr<safety::AuditSink> m_audit;
    QObject *m_expiry = nullptr; // the timer that ends an elevation whose time is up
    std::shared_ptr<audit::ConsoleCheckpoints> m_checkpoints;
    bool m_checkpointRunning = false; // the timer skips a round while one still runs
};

} // namespace qm
