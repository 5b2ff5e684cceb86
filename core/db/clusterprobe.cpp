// Health probes of db::Cluster: one small dedicated pool per node, all nodes in parallel, with a
// deadline so that a host that stopped answering is reported down instead of waited for.

#include "cluster.h"
#include "cluster_p.h"
#include "common/logging.h"
#include "common/threadguard.h"
#include "db/helperthreads.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>
#include <condition_variable>
#include <pqxx/nontransaction>

namespace qm::db {

namespace {

// A replica within this many bytes of the primary that has replayed all it received counts as
// caught up: the primary's LSN and the replica's are sampled a few milliseconds apart.
constexpr qint64 kCaughtUpSlackBytes = 16 * 1024 * 1024;

const char *kProbeSql = R"(
select pg_is_in_recovery(),
       (case when pg_is_in_recovery() then pg_last_wal_replay_lsn()
             else pg_current_wal_lsn() end)::text,
       extract(epoch from now() - pg_last_xact_replay_timestamp())::float8,
       pg_last_wal_receive_lsn()::text)";

struct ProbeRound
{
    std::mutex m;
    std::condition_variable cv;
    std::vector<ClusterPrivate::ProbeSample> samples;
    int remaining = 0;

    void finish(size_t i, ClusterPrivate::ProbeSample s)
    {
        std::lock_guard lk(m);
        if (samples[i].finished)
            return; // too late: already reported as not answering
        s.finished = true;
        samples[i] = std::move(s);
        if (--remaining == 0)
            cv.notify_all();
    }
};

} // namespace

void ClusterPrivate::applyProbe(std::vector<ProbeSample> &samples)
{
    std::lock_guard lk(m);
    int newPrimary = -1;
    for (int i = 0; i < int(samples.size()); ++i) {
        const NodeStatus &s = samples[size_t(i)].status;
        if (s.up && s.primary && (newPrimary < 0 || i == primary))
            newPrimary = i;
    }
    if (newPrimary >= 0 && newPrimary != primary) {
        qCInfo(lcDb) << "primary is now" << samples[size_t(newPrimary)].status.name;
        primary = newPrimary;
    }
    const NodeStatus &ps = samples[size_t(primary)].status;
    const qint64 primaryLsn = ps.up && ps.primary ? parseLsn(ps.walLsn) : 0;
    for (int i = 0; i < int(samples.size()); ++i) {
        ProbeSample &sample = samples[size_t(i)];
        NodeStatus &s = sample.status;
        if (s.up && s.primary) {
            s.lagSeconds = 0;
            s.lagBytes = 0;
        } else if (s.up) {
            s.lagBytes = primaryLsn > 0 ? std::max<qint64>(0, primaryLsn - sample.replayLsn) : -1;
            const bool close = s.lagBytes >= 0 && s.lagBytes < kCaughtUpSlackBytes;
            if (s.lagBytes == 0 || (sample.caughtUp && close))
                s.lagSeconds = 0;
            else
                s.lagSeconds = sample.replayAgeSec; // -1 when it never replayed a commit
        }
        ClusterNode &n = nodes[size_t(i)];
        n.status = s;
        n.replayLsn = sample.replayLsn;
        n.probedAt = sample.at;
        n.probed = true;
        n.probeError = sample.error;
        n.failedSinceProbe = !s.up;
    }
}

void ClusterPrivate::emitStatus(const QVector<NodeStatus> &statuses)
{
    std::lock_guard lk(qMutex);
    if (!q)
        return;
    Cluster *cluster = q;
    QMetaObject::invokeMethod(
        cluster, [cluster, statuses] { emit cluster->statusChanged(statuses); },
        Qt::QueuedConnection);
}

void Cluster::probeThen(std::function<void(const QVector<NodeStatus> &)> done)
{
    auto round = std::make_shared<ProbeRound>();
    struct Pending
    {
        size_t index;
        Pool *pool;
        Pool::JobId id;
        QString name;
    };
    std::vector<Pending> pending;
    {
        std::lock_guard lk(d->m);
        round->samples.resize(d->nodes.size());
        round->remaining = int(d->nodes.size());
        for (size_t i = 0; i < d->nodes.size(); ++i) {
            ClusterNode &n = d->nodes[i];
            ClusterPrivate::ProbeSample &s = round->samples[i];
            s.status.name = n.params.endpoint();
            s.at = ClusterClock::now();
            std::lock_guard probeLock(d->probeMutex);
            if (d->closing || !n.probePool || n.probeJob) {
                s.status.error
                    = d->closing ? tr("closing") : tr("no answer to the previous health check yet");
                s.finished = true;
                --round->remaining;
                continue;
            }
            n.probeJob = Pool::newJobId();
            pending.push_back({i, n.probePool.get(), n.probeJob, s.status.name});
        }
    }

    std::weak_ptr<ClusterPrivate> weak = d;
    for (const Pending &p : pending) {
        auto clearJob = [weak, p] {
            if (auto self = weak.lock()) {
                std::lock_guard lk(self->probeMutex);
                if (self->nodes[p.index].probeJob == p.id)
                    self->nodes[p.index].probeJob = 0;
            }
        };
        auto body = [round, p, clearJob](Connection &c) {
            ClusterPrivate::ProbeSample s;
            s.status.name = p.name;
            s.at = ClusterClock::now();
            QElapsedTimer timer;
            timer.start();
            pqxx::nontransaction tx(c);
            const pqxx::row row = tx.exec1(kProbeSql);
            s.status.roundTripMs = double(timer.nsecsElapsed()) / 1e6;
            s.status.up = true;
            s.status.primary = !row[0].as<bool>();
            s.status.walLsn = QString::fromStdString(row[1].as<std::string>(std::string()));
            s.status.probedAt = QDateTime::currentDateTime();
            if (!s.status.primary) {
                s.replayLsn = parseLsn(s.status.walLsn);
                s.replayAgeSec = row[2].is_null() ? -1.0 : row[2].as<double>();
                const std::string received = row[3].as<std::string>(std::string());
                s.caughtUp
                    = received.empty() || parseLsn(QString::fromStdString(received)) <= s.replayLsn;
            }
            clearJob();
            round->finish(p.index, std::move(s));
        };
        auto fail = [round, p, clearJob](const Error &e) {
            ClusterPrivate::ProbeSample s;
            s.status.name = p.name;
            s.status.error = e.message;
            s.status.probedAt = QDateTime::currentDateTime();
            s.at = ClusterClock::now();
            s.error = e;
            clearJob();
            round->finish(p.index, std::move(s));
        };
        Pool::JobOptions opts;
        opts.idempotent = true;
        opts.connectNow = true;
        opts.id = p.id;
        p.pool->submit(tr("health check"), body, fail, opts);
    }

    const int timeoutMs = d->config.probeTimeoutMs;
    helperThreads()->start([round, weak, done, pending, timeoutMs] {
        const auto deadline = ClusterClock::now() + std::chrono::milliseconds(timeoutMs);
        std::vector<ClusterPrivate::ProbeSample> samples;
        std::vector<Pending> late;
        {
            std::unique_lock lk(round->m);
            round->cv.wait_until(lk, deadline, [&] { return round->remaining == 0; });
            for (const Pending &p : pending) {
                ClusterPrivate::ProbeSample &s = round->samples[p.index];
                if (s.finished)
                    continue;
                s.finished = true;
                s.status.error = tr("no answer within %1 s").arg(timeoutMs / 1000.0);
                s.status.probedAt = QDateTime::currentDateTime();
                late.push_back(p);
            }
            samples = round->samples;
        }
        auto self = weak.lock();
        if (self) {
            self->applyProbe(samples);
            std::lock_guard lk(self->m);
            if (!self->closing) {
                for (const Pending &p : late)
                    p.pool->cancel(p.id); // do not let health checks pile up behind a hung one
            }
        }
        QVector<NodeStatus> statuses;
        for (const auto &s : samples)
            statuses.append(s.status);
        if (self)
            self->emitStatus(statuses);
        done(statuses);
    });
}

QFuture<QVector<NodeStatus>> Cluster::probe()
{
    auto promise = std::make_shared<QPromise<QVector<NodeStatus>>>();
    QFuture<QVector<NodeStatus>> future = promise->future();
    promise->start();
    probeThen([promise](const QVector<NodeStatus> &nodes) {
        promise->addResult(nodes);
        promise->finish();
    });
    return future;
}

} // namespace qm::db
