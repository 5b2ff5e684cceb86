#include "cache/serverstats.h"

#include "common/whenfinished.h"

#include <memory>

namespace qm::cache {

QHash<QByteArray, QByteArray> parseInfo(const QByteArray &info)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray &raw : info.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.insert(line.left(colon), line.mid(colon + 1));
    }
    return out;
}

NodeStats NodeStats::fromInfo(const QString &node, const QByteArray &info)
{
    const auto f = parseInfo(info);
    NodeStats s;
    s.node = node;
    s.up = true;
    s.atMs = QDateTime::currentMSecsSinceEpoch();
    s.role = QString::fromLatin1(f.value("role"));
    s.version = QString::fromLatin1(f.value("redis_version"));
    s.usedMemory = f.value("used_memory").toLongLong();
    s.maxMemory = f.value("maxmemory").toLongLong();
    s.hits = f.value("keyspace_hits").toLongLong();
    s.misses = f.value("keyspace_misses").toLongLong();
    s.evictedKeys = f.value("evicted_keys").toLongLong();
    s.expiredKeys = f.value("expired_keys").toLongLong();
    s.clients = f.value("connected_clients").toInt();
    s.opsPerSec = f.value("instantaneous_ops_per_sec").toInt();
    // db0:keys=123,expires=4,avg_ttl=0
    for (auto it = f.begin(); it != f.end(); ++it) {
        if (!it.key().startsWith("db") || !it.value().startsWith("keys="))
            continue;
        const QByteArray v = it.value().mid(5);
        s.keys += v.left(v.indexOf(',')).toLongLong();
    }
    const qint64 total = s.hits + s.misses;
    s.hitRatio = total > 0 ? double(s.hits) / double(total) : -1;
    return s;
}

void NodeStats::deriveRates(const NodeStats *previous)
{
    if (!previous || !previous->up || previous->hits > hits || previous->misses > misses)
        return; // first reading, or the server restarted: keep the lifetime figures
    const qint64 dh = hits - previous->hits;
    const qint64 dm = misses - previous->misses;
    hitRatio = dh + dm > 0 ? double(dh) / double(dh + dm) : previous->hitRatio;
    const double seconds = double(atMs - previous->atMs) / 1000.0;
    if (seconds > 0 && evictedKeys >= previous->evictedKeys)
        evictionsPerSec = double(evictedKeys - previous->evictedKeys) / seconds;
}

StatsPoller::StatsPoller(CacheConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &StatsPoller::pollNow);
}

void StatsPoller::start()
{
    m_timer.start();
    pollNow();
}

void StatsPoller::pollNow()
{
    if (m_inFlight || !m_connection->isReady())
        return;
    const QVector<RedisNode> nodes = m_connection->topology().allNodes();
    if (nodes.isEmpty())
        return;
    m_inFlight = true;
    auto results = std::make_shared<QVector<NodeStats>>(nodes.size());
    auto remaining = std::make_shared<int>(int(nodes.size()));
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QString name = nodes[i].name();
        whenFinished(this, m_connection->commandOn(name, {"INFO"}),
            [this, i, name, results, remaining](const Result<redis::Reply> &r) {
                NodeStats s;
                if (r && r->isText()) {
                    s = NodeStats::fromInfo(name, r->str);
                    auto prev = m_previous.constFind(name);
                    s.deriveRates(prev == m_previous.cend() ? nullptr : &prev.value());
                    m_previous.insert(name, s);
                } else {
                    s.node = name;
                    s.atMs = QDateTime::currentMSecsSinceEpoch();
                    s.error = r ? r->toString() : r.error().toString();
                }
                (*results)[i] = s;
                if (--*remaining == 0) {
                    m_inFlight = false;
                    m_last = *results;
                    Q_EMIT sampled(m_last);
                }
            });
    }
}

} // namespace qm::cache
