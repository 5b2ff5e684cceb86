#pragma once

#include "cache/topology.h"
#include "common/result.h"
#include "redis/client.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPromise>
#include <functional>
#include <memory>
#include <vector>

namespace qm::cache {

class SentinelWatcher;

// The cache workspace's live view of a Redis deployment, on the GUI thread: discovers the
// topology off-thread, keeps one async Client per node, and follows the master when it moves —
// on a Sentinel +switch-master, or when a command fails in a way that means the topology changed
// (connection refused/lost, READONLY, MOVED, CLUSTERDOWN): it rediscovers and retries once.
class CacheConnection : public QObject
{
    Q_OBJECT
public:
    explicit CacheConnection(RedisDeployment deployment, QObject *parent = nullptr);
    ~CacheConnection() override;

    const RedisDeployment &deployment() const { return m_deployment; }
    const RedisTopology &topology() const { return m_topology; }
    bool isReady() const { return m_ready; }
    quint64 generation() const { return m_generation; } // bumped by every topology change

    void start(); // first discovery
    void rediscover(); // again (coalesced while one runs)

    // The node's client (created on first use, owned here). Null for an unknown node.
    redis::Client *client(const QString &nodeName);
    // A command for one key (routed by slot on a Cluster) or, with an empty key, for the master
    // (the first master on a Cluster). Retried once after rediscovery when the topology moved.
    QFuture<Result<redis::Reply>> command(const QByteArray &key, QByteArrayList args);
    // The same command on one named node (INFO per node, SCAN per master). No retry.
    QFuture<Result<redis::Reply>> commandOn(const QString &nodeName, QByteArrayList args);

Q_SIGNALS:
    void topologyChanged(const qm::cache::RedisTopology &topology);
    void discoveryFailed(const qm::Error &error);
    void masterMoved(const QString &from, const QString &to); // Sentinel failover followed

private:
    using Waiter = std::function<void(const Error *)>;
    void attempt(QByteArray key, QByteArrayList args,
        std::shared_ptr<QPromise<Result<redis::Reply>>> promise, int retries);
    void applyTopology(const Result<RedisTopology> &result);

    RedisDeployment m_deployment;
    RedisTopology m_topology;
    bool m_ready = false;
    bool m_discovering = false;
    bool m_again = false;
    quint64 m_generation = 0;
    QHash<QString, redis::Client *> m_clients;
    std::vector<Waiter> m_waiting;
    SentinelWatcher *m_watcher = nullptr;
};

} // namespace qm::cache
