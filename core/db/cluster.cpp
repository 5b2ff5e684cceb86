#include "cluster.h"

#include "cluster_p.h"
#include "common/logging.h"
#include "db/pgerror.h"

#include <QCoreApplication>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace qm::db {

namespace {

using std::chrono::seconds;

constexpr auto kForcePrimaryAfterUnknownWrite = seconds(30);
constexpr size_t kCancelMemory = 64;
const QString kReplicaBehind = QStringLiteral("qm-replica-behind");

bool worthFallingBack(const Error &e)
{
    using C = Error::Code;
    return e.code == C::ConnectionFailed || e.code == C::ConnectionLost || e.code == C::Timeout
        || e.detail == kReplicaBehind
        || e.sqlState == QLatin1String("40001"); // canceled: conflict with recovery
}

} // namespace

qint64 parseLsn(const QString &lsn)
{
    const int slash = lsn.indexOf(u'/');
    if (slash <= 0)
        return 0;
    bool okHi = false;
    bool okLo = false;
    const quint64 hi = lsn.left(slash).toULongLong(&okHi, 16);
    const quint64 lo = lsn.mid(slash + 1).toULongLong(&okLo, 16);
    if (!okHi || !okLo)
        return 0;
    return qint64((hi << 32) | lo);
}

QString formatLsn(qint64 lsn)
{
    const auto v = quint64(lsn);
    return QString::number(v >> 32, 16).toUpper() + u'/'
        + QString::number(v & 0xffffffffULL, 16).toUpper();
}

ClusterPrivate::Route ClusterPrivate::routeRead()
{
    Route r;
    r.node = primary;
    r.pool = nodes[size_t(primary)].pool.get();
    const auto now = ClusterClock::now();
    if (closing || now < forcePrimaryUntil)
        return r;
    std::vector<int> candidates;
    for (int i = 0; i < int(nodes.size()); ++i) {
        const ClusterNode &n = nodes[size_t(i)];
        if (i == primary || !n.probed || n.failedSinceProbe || !n.status.up || n.status.primary)
            continue;
        if (n.status.lagSeconds < 0 || n.status.lagSeconds > config.maxReplicaLagSeconds)
            continue;
        candidates.push_back(i);
    }
    if (candidates.empty())
        return r;
    const int pick = candidates[roundRobin++ % candidates.size()];
    const ClusterNode &n = nodes[size_t(pick)];
    if (lastWriteLsn > 0 && n.replayLsn < lastWriteLsn) {
        // Not replayed our last write when last probed. If the write came after that probe the
        // replica may well have it by now: check in the job; otherwise read from the primary.
        if (n.probedAt >= lastWriteAt)
            return r;
        r.verifyLsn = lastWriteLsn;
    }
    r.node = pick;
    r.pool = n.pool.get();
    r.replica = true;
    return r;
}

bool ClusterPrivate::wasCancelled(Pool::JobId id) const
{
    return std::find(cancelled.begin(), cancelled.end(), id) != cancelled.end();
}

void ClusterPrivate::noteWrite(Cluster::Connection &c)
{
    try {
        pqxx::nontransaction tx(c);
        const pqxx::row row = tx.exec1("select pg_current_wal_lsn()::text");
        const qint64 lsn = parseLsn(QString::fromStdString(row[0].as<std::string>()));
        std::lock_guard lk(m);
        lastWriteLsn = std::max(lastWriteLsn, lsn);
        lastWriteAt = ClusterClock::now();
    } catch (const std::exception &e) {
        // The write committed but its position is unknown: read from the primary for a while.
        qCWarning(lcDb) << "could not read the WAL position after a write:" << e.what();
        std::lock_guard lk(m);
        forcePrimaryUntil = ClusterClock::now() + kForcePrimaryAfterUnknownWrite;
    }
}

Cluster::Cluster(ClusterConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_shared<ClusterPrivate>())
{
    qRegisterMetaType<QVector<NodeStatus>>();
    d->config = std::move(config);
    d->q = this;
    d->nodes.resize(size_t(d->config.nodes.size()));
    for (int i = 0; i < d->config.nodes.size(); ++i) {
        ClusterNode &n = d->nodes[size_t(i)];
        n.params = d->config.nodes.at(i);
        n.pool = std::make_unique<Pool>(n.params, d->config.workersPerNode);
        ConnectionParams probe = n.params;
        probe.applicationName = n.params.applicationName + QStringLiteral("-probe");
        probe.connectTimeoutSec = 2; // libpq's minimum
        probe.statementTimeoutMs = 2000;
        probe.tcpUserTimeoutMs = 3000;
        n.probePool = std::make_unique<Pool>(probe, 1);
        n.status.name = n.params.endpoint();
    }
    Q_ASSERT_X(!d->nodes.empty(), "Cluster", "a cluster needs at least one node");
}

Cluster::~Cluster()
{
    std::vector<std::unique_ptr<Pool>> replicas;
    std::unique_ptr<Pool> primary;
    std::vector<std::unique_ptr<Pool>> probes;
    {
        std::lock_guard lk(d->qMutex);
        d->q = nullptr;
    }
    {
        std::lock_guard lk(d->m);
        d->closing = true;
        for (int i = 0; i < int(d->nodes.size()); ++i) {
            ClusterNode &n = d->nodes[size_t(i)];
            if (i == d->primary)
                primary = std::move(n.pool);
            else
                replicas.push_back(std::move(n.pool));
            probes.push_back(std::move(n.probePool));
        }
    }
    // Replicas first: their failed reads may still move to the primary while they shut down.
    replicas.clear();
    primary.reset();
    probes.clear();
}

Pool::JobId Cluster::submitRead(
    QString what, Compute compute, Deliver deliver, Pool::Fail fail, Pool::JobId id)
{
    if (!id)
        id = Pool::newJobId();
    Pool::JobOptions opts;
    opts.idempotent = true;
    opts.id = id;

    std::unique_lock lk(d->m);
    const ClusterPrivate::Route route = d->routeRead();
    if (!route.pool) {
        lk.unlock();
        fail(cancelledError(what));
        return id;
    }
    auto onPrimary = [compute, deliver](Connection &c) {
        compute(c);
        deliver();
    };
    if (!route.replica) {
        route.pool->submit(std::move(what), onPrimary, std::move(fail), opts);
        return id;
    }
    const qint64 verifyLsn = route.verifyLsn;
    auto onReplica = [compute, deliver, verifyLsn](Connection &c) {
        if (verifyLsn > 0) {
            pqxx::nontransaction tx(c);
            const pqxx::row row
                = tx.exec_params1("select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false)",
                    formatLsn(verifyLsn).toStdString());
            if (!row[0].as<bool>()) {
                Error e;
                e.code = Error::Code::Unknown;
                e.message = tr("The replica has not replayed the latest change yet.");
                e.detail = kReplicaBehind;
                throw e;
            }
        }
        compute(c);
        deliver();
    };
    std::weak_ptr<ClusterPrivate> weak = d;
    const int node = route.node;
    auto onReplicaFailed = [weak, what, onPrimary, fail, opts, node](const Error &e) {
        auto self = weak.lock();
        if (!self || !worthFallingBack(e))
            return fail(e);
        std::unique_lock lk(self->m);
        if (e.detail != kReplicaBehind) {
            self->nodes[size_t(node)].failedSinceProbe = true;
            qCInfo(lcDb) << "read" << what << "falls back to the primary:" << e.toString();
        }
        Pool *primary = self->nodes[size_t(self->primary)].pool.get();
        if (self->closing || !primary || self->wasCancelled(opts.id)) {
            lk.unlock();
            return fail(cancelledError(what));
        }
        primary->submit(what, onPrimary, fail, opts);
    };
    route.pool->submit(std::move(what), onReplica, onReplicaFailed, opts);
    return id;
}

Pool::JobId Cluster::submitWrite(
    QString what, Compute compute, Deliver deliver, Pool::Fail fail, Pool::JobId id)
{
    if (!id)
        id = Pool::newJobId();
    Pool::JobOptions opts;
    opts.id = id;
    std::weak_ptr<ClusterPrivate> weak = d;
    auto body = [weak, compute, deliver](Connection &c) {
        compute(c);
        if (auto self = weak.lock())
            self->noteWrite(c);
        deliver();
    };
    std::unique_lock lk(d->m);
    Pool *primary = d->nodes[size_t(d->primary)].pool.get();
    if (d->closing || !primary) {
        lk.unlock();
        fail(cancelledError(what));
        return id;
    }
    primary->submit(std::move(what), body, std::move(fail), opts);
    return id;
}

Pool *Cluster::primaryPool() const
{
    std::lock_guard lk(d->m);
    return d->nodes[size_t(d->primary)].pool.get();
}

Pool *Cluster::readPool() const
{
    std::lock_guard lk(d->m);
    return d->routeRead().pool;
}

QVector<Pool *> Cluster::replicaPools() const
{
    std::lock_guard lk(d->m);
    QVector<Pool *> out;
    for (int i = 0; i < int(d->nodes.size()); ++i) {
        if (i != d->primary)
            out.append(d->nodes[size_t(i)].pool.get());
    }
    return out;
}

const ClusterConfig &Cluster::config() const
{
    return d->config;
}

QVector<NodeStatus> Cluster::lastStatus() const
{
    std::lock_guard lk(d->m);
    QVector<NodeStatus> out;
    for (const ClusterNode &n : d->nodes)
        out.append(n.status);
    return out;
}

QString Cluster::lastWriteLsn() const
{
    std::lock_guard lk(d->m);
    return d->lastWriteLsn > 0 ? formatLsn(d->lastWriteLsn) : QString();
}

void Cluster::cancel(Pool::JobId id)
{
    std::vector<Pool *> pools;
    {
        std::lock_guard lk(d->m);
        d->cancelled.push_back(id);
        while (d->cancelled.size() > kCancelMemory)
            d->cancelled.pop_front();
        for (ClusterNode &n : d->nodes) {
            if (n.pool)
                pools.push_back(n.pool.get());
        }
    }
    for (Pool *p : pools)
        p->cancel(id);
}

void Cluster::cancelAll()
{
    std::vector<Pool *> pools;
    {
        std::lock_guard lk(d->m);
        for (ClusterNode &n : d->nodes) {
            if (n.pool)
                pools.push_back(n.pool.get());
        }
    }
    for (Pool *p : pools)
        p->cancelAll();
}

void Cluster::setProbeInterval(int ms)
{
    if (ms <= 0) {
        if (d->probeTimer)
            d->probeTimer->stop();
        return;
    }
    if (!d->probeTimer) {
        d->probeTimer = new QTimer(this);
        connect(d->probeTimer, &QTimer::timeout, this, [this] {
            if (d->probeInFlight.exchange(true))
                return;
            std::weak_ptr<ClusterPrivate> weak = d;
            probeThen([weak](const QVector<NodeStatus> &) {
                if (auto self = weak.lock())
                    self->probeInFlight = false;
            });
        });
    }
    d->probeTimer->start(ms);
}

QFuture<Status> Cluster::start()
{
    if (d->config.probeIntervalMs > 0)
        setProbeInterval(d->config.probeIntervalMs);
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    std::weak_ptr<ClusterPrivate> weak = d;
    probeThen([promise, weak](const QVector<NodeStatus> &nodes) {
        auto finish = [&promise](Status s) {
            promise->addResult(std::move(s));
            promise->finish();
        };
        for (const NodeStatus &n : nodes) {
            if (n.up && n.primary)
                return finish(Done {});
        }
        bool anyUp = false;
        QStringList why;
        for (const NodeStatus &n : nodes) {
            anyUp = anyUp || n.up;
            why << (n.up ? tr("%1: up, a replica").arg(n.name)
                         : n.name + QStringLiteral(": ") + n.error);
        }
        Error e;
        e.code = Error::Code::ConnectionFailed;
        std::vector<Error> errors;
        if (auto self = weak.lock()) {
            std::lock_guard lk(self->m);
            for (const ClusterNode &n : self->nodes) {
                if (n.probeError)
                    errors.push_back(*n.probeError);
            }
        }
        if (!anyUp && qsizetype(errors.size()) == nodes.size() && !errors.empty()) {
            // One cause everywhere (a wrong password, say): report it as it is.
            const bool sameCode = std::all_of(errors.begin(), errors.end(),
                [&](const Error &x) { return x.code == errors.front().code; });
            if (sameCode)
                e.code = errors.front().code;
            if (errors.size() == 1)
                e = errors.front();
        }
        if (nodes.size() > 1 || errors.size() != 1) {
            e.message = anyUp ? tr("No primary among the configured servers: every server that "
                                   "answered is a replica. Is a failover in progress?")
                              : tr("Cannot reach any PostgreSQL server of the profile: %1")
                                    .arg(why.join(QStringLiteral("; ")));
            e.detail = why.join(QStringLiteral("; "));
        }
        finish(e);
    });
    return future;
}

} // namespace qm::db
