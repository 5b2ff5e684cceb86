#pragma once

#include "common/result.h"
#include "profiles/profile.h"
#include "redis/client.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QVector>
#include <utility>
#include <vector>

namespace qm::cache {

// How to reach a store's Redis: one server, a Sentinel-managed master found by name, or a
// Cluster reached through seed nodes. `auth` carries what every data node needs (ACL user,
// password from the keychain, TLS, db, timeouts); host and port come from discovery.
struct RedisDeployment
{
    RedisSettings::Mode mode = RedisSettings::Mode::Standalone;
    QStringList hosts; // standalone: one "host:port"; sentinel: sentinels; cluster: seeds
    QString masterName; // sentinel
    redis::Endpoint auth; // template for data nodes
    QString sentinelPassword; // Sentinels may have their own (usually none)

    static RedisDeployment fromSettings(
        const RedisSettings &settings, const QString &password = {});
    redis::Endpoint endpoint(const QString &host, int port) const; // auth + address
    redis::Endpoint sentinelEndpoint(const QString &hostPort) const;
    QString describe() const; // "Sentinel qm-master via 127.0.0.1:26379"
};

struct RedisNode
{
    redis::Endpoint endpoint;
    bool master = true;
    QString id; // cluster node id
    QString masterName; // replicas: host:port of their master
    std::vector<std::pair<int, int>> slotRanges; // cluster masters: slot ranges, inclusive
    bool healthy = true;

    QString name() const { return endpoint.name(); }
};

// What discovery found: every master (one unless Cluster) and the replicas it learned about.
struct RedisTopology
{
    RedisSettings::Mode mode = RedisSettings::Mode::Standalone;
    QVector<RedisNode> masters;
    QVector<RedisNode> replicas;
    QString resolvedVia; // the Sentinel or seed that answered

    bool isCluster() const { return mode == RedisSettings::Mode::Cluster; }
    // Cluster: the master serving the slot; otherwise the only master. Null when unknown.
    const RedisNode *masterForSlot(int slot) const;
    const RedisNode *masterForKey(const QByteArray &key) const;
    QVector<RedisNode> allNodes() const { return masters + replicas; }
    QStringList masterNames() const;
};

// Discovery. resolve() blocks (worker threads, qmctl); it creates its clients on the calling
// thread and closes them before returning.
class TopologyResolver
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::TopologyResolver)
public:
    static Result<RedisTopology> resolve(const RedisDeployment &deployment, int timeoutMs = 3000);

    // Sentinel: the address of the master by name, asking each Sentinel in turn, and checking
    // with ROLE that the address really is a master (it is not during a failover).
    static Result<RedisTopology> resolveSentinel(const RedisDeployment &deployment, int timeoutMs);
    static Result<RedisTopology> resolveCluster(const RedisDeployment &deployment, int timeoutMs);

    // Parsers, public for unit tests: CLUSTER SHARDS (Redis 7) and CLUSTER SLOTS (older).
    static Result<RedisTopology> fromClusterShards(
        const redis::Reply &reply, const RedisDeployment &deployment);
    static Result<RedisTopology> fromClusterSlots(
        const redis::Reply &reply, const RedisDeployment &deployment);
};

// CRC16 (XMODEM) of the key's hash tag, modulo 16384: Redis Cluster's keyslot.
int keyHashSlot(const QByteArray &key);

} // namespace qm::cache

Q_DECLARE_METATYPE(qm::cache::RedisTopology)
