#include "cache/topology.h"

#include "cache/redissync.h"
#include "common/logging.h"

#include <array>

namespace qm::cache {

namespace {

constexpr std::array<quint16, 256> makeCrcTable()
{
    std::array<quint16, 256> t {};
    for (int i = 0; i < 256; ++i) {
        quint16 crc = quint16(i << 8);
        for (int b = 0; b < 8; ++b)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
        t[size_t(i)] = crc;
    }
    return t;
}

constexpr std::array<quint16, 256> kCrcTable = makeCrcTable();

quint16 crc16(const char *buf, qsizetype len)
{
    quint16 crc = 0;
    for (qsizetype i = 0; i < len; ++i)
        crc = quint16((crc << 8) ^ kCrcTable[size_t(((crc >> 8) ^ quint8(buf[i])) & 0xff)]);
    return crc;
}

// A flat [key, value, key, value...] array (CLUSTER SHARDS, SENTINEL replicas) as a lookup.
const redis::Reply *field(const redis::Reply &flat, const char *name)
{
    for (size_t i = 0; i + 1 < flat.elements.size(); i += 2) {
        if (flat.elements[i].str == name)
            return &flat.elements[i + 1];
    }
    return nullptr;
}

QString fieldText(const redis::Reply &flat, const char *name)
{
    const redis::Reply *r = field(flat, name);
    if (!r)
        return {};
    return r->isInteger() ? QString::number(r->integer) : r->toString();
}

} // namespace

int keyHashSlot(const QByteArray &key)
{
    const qsizetype open = key.indexOf('{');
    if (open >= 0) {
        const qsizetype close = key.indexOf('}', open + 1);
        if (close > open + 1)
            return crc16(key.constData() + open + 1, close - open - 1) & 16383;
    }
    return crc16(key.constData(), key.size()) & 16383;
}

RedisDeployment RedisDeployment::fromSettings(const RedisSettings &s, const QString &password)
{
    RedisDeployment d;
    d.mode = s.mode;
    d.masterName = s.masterName;
    d.auth.username = s.user;
    d.auth.password = password;
    d.auth.tls = s.tls;
    d.auth.tlsCaFile = s.caFile;
    d.auth.tlsCertFile = s.clientCert;
    d.auth.tlsKeyFile = s.clientKey;
    switch (s.mode) {
    case RedisSettings::Mode::Standalone:
        d.hosts = {s.host + u':' + QString::number(s.port)};
        break;
    case RedisSettings::Mode::Sentinel:
        d.hosts = s.sentinels;
        break;
    case RedisSettings::Mode::Cluster:
        d.hosts = s.clusterSeeds;
        break;
    }
    return d;
}

redis::Endpoint RedisDeployment::endpoint(const QString &host, int port) const
{
    redis::Endpoint e = auth;
    e.host = host;
    e.port = port;
    return e;
}

redis::Endpoint RedisDeployment::sentinelEndpoint(const QString &hostPort) const
{
    redis::Endpoint e = auth;
    Profile::splitHostPort(hostPort, 26379, &e.host, &e.port);
    e.username.clear();
    e.password = sentinelPassword;
    e.db = 0;
    return e;
}

QString RedisDeployment::describe() const
{
    switch (mode) {
    case RedisSettings::Mode::Standalone:
        return hosts.value(0);
    case RedisSettings::Mode::Sentinel:
        return QStringLiteral("Sentinel %1 via %2")
            .arg(masterName, hosts.join(QStringLiteral(", ")));
    case RedisSettings::Mode::Cluster:
        break;
    }
    return QStringLiteral("Cluster via %1").arg(hosts.join(QStringLiteral(", ")));
}

const RedisNode *RedisTopology::masterForSlot(int slot) const
{
    if (!isCluster())
        return masters.isEmpty() ? nullptr : &masters.first();
    for (const RedisNode &n : masters) {
        for (const auto &[from, to] : n.slotRanges) {
            if (slot >= from && slot <= to)
                return &n;
        }
    }
    return nullptr;
}

const RedisNode *RedisTopology::masterForKey(const QByteArray &key) const
{
    return masterForSlot(isCluster() ? keyHashSlot(key) : 0);
}

QStringList RedisTopology::masterNames() const
{
    QStringList out;
    for (const RedisNode &n : masters)
        out << n.name();
    return out;
}

Result<RedisTopology> TopologyResolver::resolve(const RedisDeployment &d, int timeoutMs)
{
    if (d.hosts.isEmpty())
        return Error {Error::Code::InvalidInput, tr("The profile names no Redis server."), {}, {}};
    switch (d.mode) {
    case RedisSettings::Mode::Sentinel:
        return resolveSentinel(d, timeoutMs);
    case RedisSettings::Mode::Cluster:
        return resolveCluster(d, timeoutMs);
    case RedisSettings::Mode::Standalone:
        break;
    }
    RedisTopology t;
    t.mode = d.mode;
    RedisNode n;
    Profile::splitHostPort(d.hosts.first(), 6379, &n.endpoint.host, &n.endpoint.port);
    n.endpoint = d.endpoint(n.endpoint.host, n.endpoint.port);
    t.masters << n;
    t.resolvedVia = n.name();
    return t;
}

Result<RedisTopology> TopologyResolver::resolveSentinel(const RedisDeployment &d, int timeoutMs)
{
    QStringList failures;
    for (const QString &hostPort : d.hosts) {
        redis::Endpoint se = d.sentinelEndpoint(hostPort);
        se.connectTimeoutMs = timeoutMs;
        redis::Client sentinel(se);
        const Result<redis::Reply> addr = callSync(
            sentinel, {"SENTINEL", "get-master-addr-by-name", d.masterName.toUtf8()}, timeoutMs);
        if (!addr) {
            failures << addr.error().toString();
            continue;
        }
        if (addr->isNil()) {
            failures << tr("%1 does not monitor a master named %2.").arg(se.name(), d.masterName);
            continue;
        }
        if (!addr->isArray() || addr->elements.size() != 2) {
            failures << tr("%1 answered %2.").arg(se.name(), addr->describe());
            continue;
        }
        RedisTopology t;
        t.mode = RedisSettings::Mode::Sentinel;
        t.resolvedVia = se.name();
        RedisNode master;
        master.endpoint
            = d.endpoint(addr->elements[0].toString(), int(addr->elements[1].toInteger()));
        // During a failover a Sentinel may still name the old master: ask the node itself.
        {
            redis::Endpoint me = master.endpoint;
            me.connectTimeoutMs = timeoutMs;
            redis::Client node(me);
            const Result<redis::Reply> role = callSync(node, {"ROLE"}, timeoutMs);
            if (!role) {
                failures << role.error().toString();
                continue;
            }
            if (!role->isArray() || role->elements.empty() || role->elements[0].str != "master") {
                failures << tr("%1 names %2 as master, but it is not one (yet).")
                                .arg(se.name(), master.name());
                continue;
            }
        }
        t.masters << master;
        const Result<redis::Reply> reps
            = callSync(sentinel, {"SENTINEL", "replicas", d.masterName.toUtf8()}, timeoutMs);
        if (reps && reps->isArray()) {
            for (const redis::Reply &r : reps->elements) {
                RedisNode n;
                n.master = false;
                n.endpoint = d.endpoint(fieldText(r, "ip"), fieldText(r, "port").toInt());
                n.masterName = master.name();
                const QString flags = fieldText(r, "flags");
                n.healthy = !flags.contains(QStringLiteral("s_down"))
                    && !flags.contains(QStringLiteral("o_down"))
                    && !flags.contains(QStringLiteral("disconnected"));
                t.replicas << n;
            }
        }
        return t;
    }
    return Error {Error::Code::ConnectionFailed,
        tr("No Sentinel could name the Redis master %1.").arg(d.masterName),
        failures.join(QStringLiteral("; ")), {}};
}

Result<RedisTopology> TopologyResolver::resolveCluster(const RedisDeployment &d, int timeoutMs)
{
    QStringList failures;
    for (const QString &hostPort : d.hosts) {
        redis::Endpoint e = d.auth;
        Profile::splitHostPort(hostPort, 6379, &e.host, &e.port);
        e.connectTimeoutMs = timeoutMs;
        redis::Client seed(e);
        Result<redis::Reply> shards = callSync(seed, {"CLUSTER", "SHARDS"}, timeoutMs);
        if (!shards) {
            failures << shards.error().toString();
            continue;
        }
        Result<RedisTopology> t = Error {};
        if (!shards->isError()) {
            t = fromClusterShards(shards.value(), d);
        } else {
            // Before Redis 7: CLUSTER SLOTS.
            const Result<redis::Reply> slotRanges = callSync(seed, {"CLUSTER", "SLOTS"}, timeoutMs);
            if (!slotRanges) {
                failures << slotRanges.error().toString();
                continue;
            }
            if (slotRanges->isError()) {
                failures
                    << replyError(e, QStringLiteral("CLUSTER SLOTS"), slotRanges.value()).message;
                continue;
            }
            t = fromClusterSlots(slotRanges.value(), d);
        }
        if (!t) {
            failures << t.error().toString();
            continue;
        }
        RedisTopology topo = t.value();
        topo.resolvedVia = e.name();
        return topo;
    }
    return Error {Error::Code::ConnectionFailed, tr("No Redis Cluster seed answered."),
        failures.join(QStringLiteral("; ")), {}};
}

Result<RedisTopology> TopologyResolver::fromClusterShards(
    const redis::Reply &reply, const RedisDeployment &d)
{
    if (!reply.isArray())
        return Error {
            Error::Code::Protocol, tr("Unexpected CLUSTER SHARDS reply."), reply.describe(), {}};
    RedisTopology t;
    t.mode = RedisSettings::Mode::Cluster;
    for (const redis::Reply &shard : reply.elements) {
        const redis::Reply *slotRanges = field(shard, "slots");
        const redis::Reply *nodes = field(shard, "nodes");
        if (!slotRanges || !nodes)
            continue;
        std::vector<std::pair<int, int>> ranges;
        for (size_t i = 0; i + 1 < slotRanges->elements.size(); i += 2) {
            ranges.emplace_back(int(slotRanges->elements[i].toInteger()),
                int(slotRanges->elements[i + 1].toInteger()));
        }
        QString masterName;
        QVector<RedisNode> shardReplicas;
        for (const redis::Reply &node : nodes->elements) {
            RedisNode n;
            QString host = fieldText(node, "endpoint");
            if (host.isEmpty() || host == QStringLiteral("?"))
                host = fieldText(node, "ip");
            int port = fieldText(node, "port").toInt();
            if (d.auth.tls && field(node, "tls-port"))
                port = fieldText(node, "tls-port").toInt();
            n.endpoint = d.endpoint(host, port);
            n.id = fieldText(node, "id");
            n.master = fieldText(node, "role") == QStringLiteral("master");
            n.healthy = fieldText(node, "health") == QStringLiteral("online");
            if (n.master) {
                // A failed master stays listed until a replica takes over: skip it.
                if (!n.healthy || ranges.empty())
                    continue;
                n.slotRanges = ranges;
                masterName = n.name();
                t.masters << n;
            } else {
                shardReplicas << n;
            }
        }
        for (RedisNode &r : shardReplicas) {
            r.masterName = masterName;
            t.replicas << r;
        }
    }
    if (t.masters.isEmpty())
        return Error {
            Error::Code::Protocol, tr("The cluster reports no master serving slotRanges."), {}, {}};
    return t;
}

Result<RedisTopology> TopologyResolver::fromClusterSlots(
    const redis::Reply &reply, const RedisDeployment &d)
{
    if (!reply.isArray())
        return Error {
            Error::Code::Protocol, tr("Unexpected CLUSTER SLOTS reply."), reply.describe(), {}};
    RedisTopology t;
    t.mode = RedisSettings::Mode::Cluster;
    for (const redis::Reply &range : reply.elements) {
        if (range.elements.size() < 3)
            continue;
        const int from = int(range.elements[0].toInteger());
        const int to = int(range.elements[1].toInteger());
        const redis::Reply &m = range.elements[2];
        if (m.elements.size() < 2)
            continue;
        const redis::Endpoint e
            = d.endpoint(m.elements[0].toString(), int(m.elements[1].toInteger()));
        auto it = std::find_if(t.masters.begin(), t.masters.end(),
            [&](const RedisNode &n) { return n.name() == e.name(); });
        if (it == t.masters.end()) {
            RedisNode n;
            n.endpoint = e;
            n.id = m.elements.size() > 2 ? m.elements[2].toString() : QString();
            t.masters << n;
            it = t.masters.end() - 1;
        }
        it->slotRanges.emplace_back(from, to);
        for (size_t i = 3; i < range.elements.size(); ++i) {
            const redis::Reply &r = range.elements[i];
            if (r.elements.size() < 2)
                continue;
            RedisNode n;
            n.master = false;
            n.endpoint = d.endpoint(r.elements[0].toString(), int(r.elements[1].toInteger()));
            n.masterName = e.name();
            const bool known = std::any_of(t.replicas.begin(), t.replicas.end(),
                [&](const RedisNode &x) { return x.name() == n.name(); });
            if (!known)
                t.replicas << n;
        }
    }
    if (t.masters.isEmpty())
        return Error {
            Error::Code::Protocol, tr("The cluster reports no master serving slotRanges."), {}, {}};
    return t;
}

} // namespace qm::cache
