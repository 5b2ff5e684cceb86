#pragma once

#include "cache/topology.h"
#include "common/result.h"
#include "redis/client.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <map>
#include <memory>
#include <optional>

// The order pipeline's Redis, wherever the profile's Redis lives: one server, the master a
// Sentinel names, or the Cluster node serving a key's slot. Blocking: for the queue actions' and
// readers' worker threads and qmctl (the clients live on the calling thread).
namespace qm::queues {

// The deployment of one server, as a profile's standalone Redis.
cache::RedisDeployment standaloneDeployment(const redis::Endpoint &endpoint);

class StreamClient
{
    Q_DECLARE_TR_FUNCTIONS(qm::queues::StreamClient)
public:
    explicit StreamClient(cache::RedisDeployment deployment);
    // Standalone only (tests, old callers): the one server.
    explicit StreamClient(const redis::Endpoint &endpoint);
    ~StreamClient();
    StreamClient(const StreamClient &) = delete;
    StreamClient &operator=(const StreamClient &) = delete;

    // One command for `key`: sent to the master serving it (Cluster: its slot's). When the reply
    // or the failure says the topology moved (a Sentinel failover: connection refused or lost,
    // READONLY; a Cluster reshard: MOVED, ASK, CLUSTERDOWN) the topology is looked up again and
    // the command sent again, until it is answered or failoverWaitMs have passed. Only commands
    // that are safe to send twice may come here: reads, XAUTOCLAIM, XTRIM MAXLEN =, and the
    // replay script (its marker makes a second run a no-op). *retried tells whether a send was
    // repeated after a failure that may have reached the server.
    Result<redis::Reply> command(
        const QByteArray &key, QByteArrayList args, bool *retried = nullptr, int timeoutMs = 10000);

    // WAIT for the replicas of the master serving `key` (a Sentinel deployment's master has
    // them; a Cluster master here may have none): how many acknowledged every write so far,
    // or -1 when there are none to wait for.
    qint64 waitForReplicas(const QByteArray &key, int timeoutMs = 2000);

    // The node `key` went to last ("127.0.0.1:6380"); empty before the first command.
    QString nodeFor(const QByteArray &key);
    const cache::RedisDeployment &deployment() const { return m_deployment; }
    bool isCluster() const { return m_deployment.mode == RedisSettings::Mode::Cluster; }
    int rediscoveries() const { return m_rediscoveries; } // topology lookups after the first
    void setFailoverWaitMs(int ms) { m_failoverWaitMs = ms; }
    void disconnect(); // closes every node's client
    // Looks the topology up again now (a master that still answers may have been replaced).
    Status refresh();

private:
    Result<const cache::RedisNode *> masterFor(const QByteArray &key);
    redis::Client &clientFor(const redis::Endpoint &endpoint);

    cache::RedisDeployment m_deployment;
    std::optional<cache::RedisTopology> m_topology;
    std::map<QString, std::unique_ptr<redis::Client>> m_clients;
    int m_rediscoveries = -1;
    int m_failoverWaitMs = 30000;
};

} // namespace qm::queues
