#pragma once

#include "common/result.h"
#include "health/healthsnapshot.h"
#include "redis/reply.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

namespace qm {

namespace db {
class Cluster;
}
namespace redis {
class Client;
}

// Lives on the GUI thread and never blocks it: every interval it asks Cluster::probe() (which runs
// on the pools' workers) and sends a Redis PING, and emits a HealthSnapshot whenever an answer
// arrives. A probe without an answer within probeTimeoutMs shows its servers down ("no answer"),
// and the next round starts regardless, so a stopped server is shown down within about
// interval + timeout, and its recovery as soon as it answers again.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    HealthMonitor(db::Cluster *cluster, redis::Client *redis, QObject *parent = nullptr);

    // Sentinel / Cluster deployments: PING whatever node `ping` routes to (the current master,
    // followed across failovers by cache::CacheConnection); `name` says which node that is now.
    using RedisPing = std::function<QFuture<Result<redis::Reply>>()>;
    void setRedisPing(RedisPing ping, std::function<QString()> name);
    ~HealthMonitor() override;

    void setIntervalMs(int ms);
    // PostgreSQL: a backstop over the cluster's own per-node probe timeout.
    void setProbeTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setRedisTimeoutMs(int ms) { m_redisTimeoutMs = ms; }
    int intervalMs() const { return m_timer.interval(); }

    void start(); // probes at once, then every interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    HealthSnapshot last() const { return m_snapshot; }

Q_SIGNALS:
    void snapshot(const qm::HealthSnapshot &snapshot);

private:
    void tick();
    void probePostgres();
    void pingRedis();
    void pgTimedOut(quint64 round);
    void redisTimedOut(quint64 round);
    void publish();

    QPointer<db::Cluster> m_cluster;
    QPointer<redis::Client> m_redis;
    RedisPing m_redisPing;
    std::function<QString()> m_redisName;
    QTimer m_timer;
    int m_timeoutMs = 3500;
    int m_redisTimeoutMs = 2500;
    HealthSnapshot m_snapshot;

    bool m_pgInFlight = false;
    quint64 m_pgRound = 0; // results of an abandoned round are dropped
    int m_pgOutstanding = 0; // probes not finished yet, abandoned ones included

    bool m_redisInFlight = false;
    quint64 m_redisRound = 0;
    QElapsedTimer m_redisStarted;
};

} // namespace qm
