#include "healthmonitor.h"

#include "common/logging.h"
#include "common/whenfinished.h"
#include "redis/client.h"

#include <QCoreApplication>

namespace qm {

namespace {

// Abandoned probes that never finish must not pile up on the pools' workers.
constexpr int kMaxOutstandingProbes = 3;

QString noAnswer(int timeoutMs)
{
    return QCoreApplication::translate("qm::HealthMonitor", "No answer within %1 s")
        .arg(QString::number(timeoutMs / 1000.0, 'g', 2));
}

} // namespace

HealthMonitor::HealthMonitor(db::Cluster *cluster, redis::Client *redis, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_redis(redis)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::tick);
    if (m_cluster) {
        for (const db::NodeStatus &n : m_cluster->lastStatus())
            m_snapshot.nodes.append(n);
    }
    if (m_redis) {
        m_snapshot.redis.configured = true;
        m_snapshot.redis.name = m_redis->endpoint().name();
    }
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::setIntervalMs(int ms)
{
    m_timer.setInterval(ms);
}

void HealthMonitor::start()
{
    m_timer.start();
    tick();
}

void HealthMonitor::stop()
{
    m_timer.stop();
    ++m_pgRound; // drop whatever is still in flight
    ++m_redisRound;
    m_pgInFlight = false;
    m_redisInFlight = false;
}

void HealthMonitor::tick()
{
    if (!m_pgInFlight)
        probePostgres();
    if (!m_redisInFlight)
        pingRedis();
}

// A round that has not answered by its deadline shows its servers down at that moment (not at
// the next tick), and the next tick starts a fresh round; a late answer of the old one is dropped.
void HealthMonitor::pgTimedOut(quint64 round)
{
    if (!m_pgInFlight || round != m_pgRound)
        return;
    ++m_pgRound;
    m_pgInFlight = false;
    for (db::NodeStatus &n : m_snapshot.nodes) {
        n.up = false;
        n.error = noAnswer(m_timeoutMs);
        n.roundTripMs = -1;
    }
    qCInfo(lcHealth) << "PostgreSQL probe unanswered after" << m_timeoutMs << "ms";
    publish();
}

void HealthMonitor::redisTimedOut(quint64 round)
{
    if (!m_redisInFlight || round != m_redisRound)
        return;
    ++m_redisRound;
    m_redisInFlight = false;
    m_snapshot.redis.up = false;
    m_snapshot.redis.roundTripMs = -1;
    m_snapshot.redis.error = noAnswer(m_redisTimeoutMs);
    publish();
}

void HealthMonitor::probePostgres()
{
    if (!m_cluster || m_pgOutstanding >= kMaxOutstandingProbes)
        return;
    m_pgInFlight = true;
    ++m_pgOutstanding;
    const quint64 round = ++m_pgRound;
    QTimer::singleShot(m_timeoutMs, this, [this, round] { pgTimedOut(round); });
    whenFinishedValue(this, m_cluster->probe(),
        [this, round](const std::optional<QVector<db::NodeStatus>> &nodes) {
            --m_pgOutstanding;
            if (round != m_pgRound)
                return; // abandoned after a timeout: a newer round owns the state
            m_pgInFlight = false;
            if (!nodes)
                return;
            QVector<db::NodeStatus> sorted = *nodes;
            std::stable_sort(
                sorted.begin(), sorted.end(), [](const db::NodeStatus &a, const db::NodeStatus &b) {
                    return a.primary && !b.primary;
                });
            m_snapshot.nodes = sorted;
            publish();
        });
}

void HealthMonitor::setRedisPing(RedisPing ping, std::function<QString()> name)
{
    m_redisPing = std::move(ping);
    m_redisName = std::move(name);
    m_snapshot.redis.configured = true;
    m_snapshot.redis.name = m_redisName ? m_redisName() : QString();
}

void HealthMonitor::pingRedis()
{
    if (!m_redis && !m_redisPing)
        return;
    m_redisInFlight = true;
    m_redisStarted.start();
    const quint64 round = ++m_redisRound;
    QTimer::singleShot(m_redisTimeoutMs, this, [this, round] { redisTimedOut(round); });
    auto pending = m_redisPing ? m_redisPing() : m_redis->command({QByteArrayLiteral("PING")});
    whenFinished(this, pending, [this, round](const Result<redis::Reply> &reply) {
        if (round != m_redisRound)
            return;
        m_redisInFlight = false;
        RedisHealth &r = m_snapshot.redis;
        if (m_redisName)
            r.name = m_redisName(); // the master may have moved
        const double rtt = m_redisStarted.nsecsElapsed() / 1e6;
        if (!reply) {
            r.up = false;
            r.roundTripMs = -1;
            r.error = reply.error().toString();
        } else if (reply->isError()) {
            r.up = false; // reachable but refusing us (NOAUTH, LOADING...)
            r.roundTripMs = rtt;
            r.error = reply->toString();
        } else {
            r.up = true;
            r.roundTripMs = rtt;
            r.error.clear();
        }
        publish();
    });
}

void HealthMonitor::publish()
{
    ++m_snapshot.sequence;
    m_snapshot.at = QDateTime::currentDateTime();
    Q_EMIT snapshot(m_snapshot);
}

} // namespace qm
