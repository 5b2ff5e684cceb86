#pragma once
// A MetricSource for profiles without Prometheus: samples PostgreSQL (through the cluster's pools,
// on their worker threads) and Redis (INFO, asynchronously) every interval, keeps a bounded ring
// of samples in memory (24 h at the interval by default) and answers queryRange from it.
//
// Series (capacity/seriesids.h): pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s,
// redis.ops, redis.memory, redis.hit_ratio, redis.evictions. Rates (tps, evictions) and ratios
// (cache hit, Redis hit) are over the last interval, from counter deltas; the first sample has
// NaN for them, as has every series whose part failed that round (a gap, never a missing point).
// Thresholds: max_connections and maxmemory as the servers report them (maxmemory 0: none).
//
// Works as the least-privileged console role: everything read here is readable by any login
// (pg_stat_activity rows, pg_stat_database, current_setting, the replica's replay functions) and
// by the Redis ACL of read-only roles (INFO). Whatever a role cannot read is named by
// unavailable() ("redis.*: ...") instead of being silently empty.

#include "capacity/metricsource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <array>
#include <deque>
#include <limits>
#include <memory>

namespace qm::db {
class Cluster;
}
namespace qm::redis {
class Client;
}

namespace qm::capacity {

class DirectSampler : public MetricSource
{
    Q_OBJECT
public:
    // The ids, in the order of a sample's values.
    static const QStringList &seriesIds();

    // redis may be null (Sentinel/Cluster profiles: then only PostgreSQL is sampled) and must
    // outlive the sampler or be destroyed with it (it is held by QPointer).
    DirectSampler(
        std::shared_ptr<db::Cluster> cluster, redis::Client *redis, QObject *parent = nullptr);
    ~DirectSampler() override;

    void setIntervalMs(int ms); // default 5000; the ring keeps 24 h at this interval
    int intervalMs() const { return m_intervalMs; }
    void setCapacity(std::size_t samples);
    std::size_t capacity() const { return m_capacity; }

    void start(); // a first sample now, then one per interval
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    void sampleNow(); // one round now (skipped while a round is still out)

    std::size_t sampleCount() const { return m_ring.size(); }
    // "redis.*: ..." per series group the signed-in roles could not read in the last round.
    QStringList unavailable() const;

    QString describe() const override;
    QFuture<Result<std::vector<TimeSeries>>> queryRange(const RangeQuery &query) override;
    QFuture<Result<std::vector<Threshold>>> thresholds() override;

Q_SIGNALS:
    void sampled(qint64 atMs); // a round was recorded

private:
    static constexpr int kSeries = 8;
    struct Sample
    {
        qint64 ms = 0;
        std::array<double, kSeries> v {};
    };
    struct PgRaw; // what one PostgreSQL round read (directsampler.cpp)
    struct Round;

    void finishRound(const std::shared_ptr<Round> &round);

    std::shared_ptr<db::Cluster> m_cluster;
    QPointer<redis::Client> m_redis;
    QTimer m_timer;
    int m_intervalMs = 5000;
    std::size_t m_capacity = 24 * 3600 / 5;
    std::deque<Sample> m_ring;
    bool m_inFlight = false;
    // Counters of the previous round, for rates and ratios.
    double m_prevXacts = -1, m_prevHit = -1, m_prevRead = -1;
    double m_prevKsHits = -1, m_prevKsMisses = -1, m_prevEvicted = -1;
    qint64 m_prevPgMs = 0, m_prevRedisMs = 0;
    double m_maxConnections = std::numeric_limits<double>::quiet_NaN();
    double m_maxMemory = std::numeric_limits<double>::quiet_NaN();
    QHash<QString, QString> m_unavailable;
};

} // namespace qm::capacity
