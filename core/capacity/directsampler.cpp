#include "capacity/directsampler.h"

#include "capacity/seriesids.h"
#include "common/logging.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "redis/client.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>
#include <optional>
#include <pqxx/pqxx>

namespace qm::capacity {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

enum Index {
    PgConnections,
    PgTps,
    PgCacheHit,
    PgReplicationLag,
    RedisOps,
    RedisMemory,
    RedisHitRatio,
    RedisEvictions
};

// Readable by every login: pg_stat_activity lists every backend (but hides backend_type and
// the like from other roles: client sessions are the rows with a database and a user, which any
// role sees), pg_stat_database and current_setting('max_connections') are public.
const char *const kPrimarySql
    = "select"
      " (select count(*) from pg_stat_activity"
      "   where datid is not null and usesysid is not null)::float8,"
      " current_setting('max_connections')::float8,"
      " (select sum(xact_commit + xact_rollback) from pg_stat_database)::float8,"
      " (select sum(blks_hit) from pg_stat_database)::float8,"
      " (select sum(blks_read) from pg_stat_database)::float8";

// On a replica: how far its replay is behind (0 when it has replayed all it received).
const char *const kLagSql
    = "select case when not pg_is_in_recovery() then null"
      " when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0::float8"
      " else extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 end";

double infoValue(const QHash<QByteArray, QByteArray> &info, const char *key)
{
    bool ok = false;
    const double v = info.value(QByteArray(key)).toDouble(&ok);
    return ok ? v : kNaN;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::DirectSampler)
};

} // namespace

struct DirectSampler::PgRaw
{
    double connections = kNaN;
    double maxConnections = kNaN;
    double xacts = kNaN;
    double hit = kNaN;
    double read = kNaN;
};

struct DirectSampler::Round
{
    qint64 ms = 0;
    int pending = 0;
    bool done = false;
    std::optional<Result<PgRaw>> pg;
    std::vector<Result<double>> lags;
    std::optional<Result<redis::Reply>> info;
};

const QStringList &DirectSampler::seriesIds()
{
    static const QStringList ids {QStringLiteral("pg.connections"), QStringLiteral("pg.tps"),
        QStringLiteral("pg.cache_hit"), QStringLiteral("pg.replication_lag_s"),
        QStringLiteral("redis.ops"), QStringLiteral("redis.memory"),
        QStringLiteral("redis.hit_ratio"), QStringLiteral("redis.evictions")};
    return ids;
}

DirectSampler::DirectSampler(
    std::shared_ptr<db::Cluster> cluster, redis::Client *redis, QObject *parent)
    : MetricSource(parent)
    , m_cluster(std::move(cluster))
    , m_redis(redis)
{
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DirectSampler::sampleNow);
}

DirectSampler::~DirectSampler() = default;

void DirectSampler::setIntervalMs(int ms)
{
    m_intervalMs = std::max(100, ms);
    m_timer.setInterval(m_intervalMs);
    setCapacity(std::size_t(24LL * 3600 * 1000 / m_intervalMs));
}

void DirectSampler::setCapacity(std::size_t samples)
{
    m_capacity = std::max<std::size_t>(2, samples);
    while (m_ring.size() > m_capacity)
        m_ring.pop_front();
}

void DirectSampler::start()
{
    m_timer.start();
    sampleNow();
}

void DirectSampler::stop()
{
    m_timer.stop();
}

QStringList DirectSampler::unavailable() const
{
    QStringList out;
    for (auto it = m_unavailable.cbegin(); it != m_unavailable.cend(); ++it)
        out << it.key() + QStringLiteral(": ") + it.value();
    out.sort();
    return out;
}

QString DirectSampler::describe() const
{
    return m_redis ? tr("sampling PostgreSQL and Redis every %1 s").arg(m_intervalMs / 1000.0)
                   : tr("sampling PostgreSQL every %1 s").arg(m_intervalMs / 1000.0);
}

void DirectSampler::sampleNow()
{
    if (m_inFlight || !m_cluster)
        return;
    m_inFlight = true;
    auto round = std::make_shared<Round>();
    round->ms = QDateTime::currentMSecsSinceEpoch();
    const QVector<db::Pool *> replicas = m_cluster->replicaPools();
    round->pending = 1 + int(replicas.size()) + (m_redis ? 1 : 0);
    round->lags.reserve(std::size_t(replicas.size()));

    auto partDone = [this, round] {
        if (--round->pending == 0)
            finishRound(round);
    };

    // PostgreSQL on the pools' workers (never this thread): the primary's counters...
    auto pg
        = m_cluster->primaryPool()->read<PgRaw>(tr("capacity sample"), [](db::Pool::Connection &c) {
              pqxx::read_transaction tx(c);
              const pqxx::row r = tx.exec1(kPrimarySql);
              PgRaw raw;
              raw.connections = r[0].as<double>(kNaN);
              raw.maxConnections = r[1].as<double>(kNaN);
              raw.xacts = r[2].as<double>(kNaN);
              raw.hit = r[3].as<double>(kNaN);
              raw.read = r[4].as<double>(kNaN);
              return raw;
          });
    whenFinished(this, pg, [round, partDone](const Result<PgRaw> &r) {
        round->pg = r;
        partDone();
    });
    // ...and each replica's replay lag.
    for (db::Pool *replica : replicas) {
        auto lag = replica->read<double>(
            tr("capacity sample (replica lag)"), [](db::Pool::Connection &c) {
                pqxx::read_transaction tx(c);
                return tx.exec1(kLagSql)[0].as<double>(kNaN);
            });
        whenFinished(this, lag, [round, partDone](const Result<double> &r) {
            round->lags.push_back(r);
            partDone();
        });
    }
    // Redis: one INFO (default sections: memory with maxmemory, stats, keyspace).
    if (m_redis) {
        whenFinished(this, m_redis->command({QByteArrayLiteral("INFO")}),
            [round, partDone](const Result<redis::Reply> &r) {
                round->info = r;
                partDone();
            });
    }
    // A part that never answers (a wedged Redis without a command timeout) must not stop the
    // sampling: the round is recorded with what it has after three intervals.
    QTimer::singleShot(3 * m_intervalMs, this, [this, round] {
        if (!round->done)
            finishRound(round);
    });
}

void DirectSampler::finishRound(const std::shared_ptr<Round> &round)
{
    if (round->done)
        return;
    round->done = true;
    m_inFlight = false;

    Sample s;
    s.ms = round->ms;
    s.v.fill(kNaN);

    if (round->pg && round->pg->ok()) {
        const PgRaw &p = round->pg->value();
        m_unavailable.remove(QStringLiteral("pg.*"));
        s.v[PgConnections] = p.connections;
        m_maxConnections = p.maxConnections;
        const double dt = (round->ms - m_prevPgMs) / 1000.0;
        if (m_prevXacts >= 0 && dt > 0 && p.xacts >= m_prevXacts)
            s.v[PgTps] = (p.xacts - m_prevXacts) / dt;
        if (m_prevHit >= 0) {
            const double dh = p.hit - m_prevHit;
            const double dr = p.read - m_prevRead;
            if (dh >= 0 && dr >= 0 && dh + dr > 0)
                s.v[PgCacheHit] = 100.0 * dh / (dh + dr);
            else if (dh == 0 && dr == 0)
                s.v[PgCacheHit] = 100.0; // nothing read at all: nothing missed
        }
        m_prevXacts = p.xacts;
        m_prevHit = p.hit;
        m_prevRead = p.read;
        m_prevPgMs = round->ms;
    } else if (round->pg) {
        m_unavailable.insert(QStringLiteral("pg.*"), round->pg->error().message);
        m_prevXacts = m_prevHit = m_prevRead = -1;
    }

    double lag = kNaN;
    QString lagError;
    for (const Result<double> &r : round->lags) {
        if (r.ok()) {
            if (!std::isnan(r.value()))
                lag = std::isnan(lag) ? r.value() : std::max(lag, r.value());
        } else {
            lagError = r.error().message;
        }
    }
    s.v[PgReplicationLag] = lag;
    if (lagError.isEmpty())
        m_unavailable.remove(QStringLiteral("pg.replication_lag_s"));
    else
        m_unavailable.insert(QStringLiteral("pg.replication_lag_s"), lagError);

    if (round->info) {
        QString problem;
        if (!round->info->ok()) {
            problem = round->info->error().message;
        } else if (round->info->value().isError()) {
            problem = tr("Redis refused INFO: %1").arg(round->info->value().toString());
        } else {
            QHash<QByteArray, QByteArray> info;
            const QList<QByteArray> lines = round->info->value().toByteArray().split('\n');
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && !line.startsWith('#'))
                    info.insert(line.left(colon), line.mid(colon + 1).trimmed());
            }
            s.v[RedisOps] = infoValue(info, "instantaneous_ops_per_sec");
            s.v[RedisMemory] = infoValue(info, "used_memory");
            m_maxMemory = infoValue(info, "maxmemory");
            const double hits = infoValue(info, "keyspace_hits");
            const double misses = infoValue(info, "keyspace_misses");
            const double evicted = infoValue(info, "evicted_keys");
            const double dt = (round->ms - m_prevRedisMs) / 1000.0;
            if (m_prevKsHits >= 0 && hits >= m_prevKsHits && misses >= m_prevKsMisses) {
                const double dh = hits - m_prevKsHits;
                const double dm = misses - m_prevKsMisses;
                if (dh + dm > 0)
                    s.v[RedisHitRatio] = 100.0 * dh / (dh + dm);
            }
            if (m_prevEvicted >= 0 && dt > 0 && evicted >= m_prevEvicted)
                s.v[RedisEvictions] = (evicted - m_prevEvicted) / dt;
            m_prevKsHits = hits;
            m_prevKsMisses = misses;
            m_prevEvicted = evicted;
            m_prevRedisMs = round->ms;
        }
        if (problem.isEmpty()) {
            m_unavailable.remove(QStringLiteral("redis.*"));
        } else {
            m_unavailable.insert(QStringLiteral("redis.*"), problem);
            m_prevKsHits = m_prevKsMisses = m_prevEvicted = -1;
        }
    } else if (m_redis) {
        m_unavailable.insert(QStringLiteral("redis.*"), tr("Redis did not answer INFO in time."));
    }

    m_ring.push_back(s);
    while (m_ring.size() > m_capacity)
        m_ring.pop_front();
    qCDebug(lcMetrics) << "direct sample" << s.ms << "connections" << s.v[PgConnections]
                       << "redis memory" << s.v[RedisMemory];
    Q_EMIT sampled(s.ms);
}

QFuture<Result<std::vector<TimeSeries>>> DirectSampler::queryRange(const RangeQuery &query)
{
    using R = Result<std::vector<TimeSeries>>;
    const qsizetype index = seriesIds().indexOf(query.expr.trimmed());
    if (index < 0) {
        const KnownSeries *known = findKnownSeries(query.expr.trimmed());
        const QString why = known && known->prometheusOnly
            ? tr("\"%1\" needs Prometheus: add its URL to the connection profile.").arg(query.expr)
            : tr("\"%1\" is not a series the direct sampler records (%2).")
                  .arg(query.expr, seriesIds().join(QStringLiteral(", ")));
        return QtFuture::makeReadyFuture(R(Error {Error::Code::InvalidInput, why, {}, {}}));
    }
    TimeSeries s;
    s.info = knownSeriesInfo(query.expr.trimmed());
    // The ring at its own interval (it is bounded: 24 h of samples); a chart downsamples.
    for (const Sample &sample : m_ring) {
        if (sample.ms < query.startMs || sample.ms > query.endMs)
            continue;
        s.append(sample.ms, sample.v[std::size_t(index)]);
    }
    std::vector<TimeSeries> out;
    out.push_back(std::move(s));
    return QtFuture::makeReadyFuture(R(std::move(out)));
}

QFuture<Result<std::vector<Threshold>>> DirectSampler::thresholds()
{
    std::vector<Threshold> out;
    if (std::isfinite(m_maxConnections)) {
        out.push_back({QStringLiteral("pg.connections"),
            tr("max_connections (%1)").arg(qint64(m_maxConnections)), m_maxConnections, true});
    }
    if (std::isfinite(m_maxMemory) && m_maxMemory > 0) {
        out.push_back({QStringLiteral("redis.memory"),
            tr("maxmemory (%1 MB)").arg(qint64(m_maxMemory / (1024 * 1024))), m_maxMemory, true});
    }
    return QtFuture::makeReadyFuture(Result<std::vector<Threshold>>(std::move(out)));
}

} // namespace qm::capacity
