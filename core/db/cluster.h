#pragma once

#include "common/result.h"
#include "db/connectionparams.h"
#include "db/pool.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QVector>
#include <memory>
#include <optional>

namespace qm::db {

// A server of the cluster as the console sees it right now.
struct NodeStatus
{
    QString name; // host:port
    bool primary = false;
    bool up = false;
    QString error; // why it is down (for the health strip tooltip)
    double lagSeconds = -1; // replicas: 0 when caught up, else now() - last replayed commit
    qint64 lagBytes = -1; // replicas: primary's current LSN - replay LSN (-1: unknown)
    double roundTripMs = -1; // of the health query
    QString walLsn; // primary: pg_current_wal_lsn(); replica: pg_last_wal_replay_lsn()
    QDateTime probedAt;
};

struct ClusterConfig
{
    QVector<ConnectionParams> nodes; // any order: roles are discovered with pg_is_in_recovery()
    int workersPerNode = 2;
    double maxReplicaLagSeconds = 5.0; // above this a replica takes no reads
    int probeTimeoutMs = 3000; // a node that has not answered by then is reported down
    int probeIntervalMs = 0; // > 0: start() keeps probing on a timer (statusChanged)
};

class ClusterPrivate;

// The read/write router over one Pool per node. Reads go to a replica that is up, whose lag is
// under the limit and that has replayed this console's last write (read-your-writes: after each
// write the primary's pg_current_wal_lsn() is recorded; a replica qualifies when its replay LSN,
// cached from probes or checked in the read's own job, is at least that); otherwise, and
// whenever the replica fails to connect or falls behind, to the primary with no error to the
// user. Writes go to the primary. Health probes use a dedicated one-connection pool per node
// with short timeouts, so they never queue behind user queries.
class Cluster : public QObject
{
    Q_OBJECT
public:
    using Connection = Pool::Connection;
    using Compute = std::function<void(Connection &)>;
    using Deliver = std::function<void()>;

    explicit Cluster(ClusterConfig config, QObject *parent = nullptr);
    ~Cluster() override;

    // Probes every node and learns which one is the primary. Resolves once roles are known (or
    // with an error naming each node that could not be reached and why).
    QFuture<Status> start();

    // fn must only read: it may run twice (replica, then primary) and on a read-only server.
    template <typename T>
    QFuture<Result<T>> read(
        QString what, std::function<T(Connection &)> fn, Pool::JobId *id = nullptr)
    {
        return dispatch<T>(true, std::move(what), std::move(fn), id);
    }

    // fn commits its own transaction; before the future resolves the commit LSN is recorded so
    // that the next read() sees the change.
    template <typename T>
    QFuture<Result<T>> write(
        QString what, std::function<T(Connection &)> fn, Pool::JobId *id = nullptr)
    {
        return dispatch<T>(false, std::move(what), std::move(fn), id);
    }

    // Untyped forms: compute runs on a worker, deliver right after it (after the LSN was noted,
    // for writes); fail instead of both.
    Pool::JobId submitRead(
        QString what, Compute compute, Deliver deliver, Pool::Fail fail, Pool::JobId id = 0);
    Pool::JobId submitWrite(
        QString what, Compute compute, Deliver deliver, Pool::Fail fail, Pool::JobId id = 0);

    Pool *primaryPool() const; // the configured first node until start() found the primary
    Pool *readPool() const; // where a read would go now (before any in-job LSN check)
    QVector<Pool *> replicaPools() const;
    const ClusterConfig &config() const;

    QFuture<QVector<NodeStatus>> probe(); // health query on every node, in parallel
    QVector<NodeStatus> lastStatus() const;
    // Probes every `ms` on a timer of this object's thread (0 stops); a tick is skipped while
    // the previous round is still out. start() applies ClusterConfig::probeIntervalMs.
    void setProbeInterval(int ms);

    QString lastWriteLsn() const; // "16/B374D848", empty before the first write
    void cancel(Pool::JobId id); // wherever the job is now (replica or primary)
    void cancelAll();

Q_SIGNALS:
    void statusChanged(const QVector<qm::db::NodeStatus> &nodes);

private:
    template <typename T>
    QFuture<Result<T>> dispatch(
        bool isRead, QString what, std::function<T(Connection &)> fn, Pool::JobId *id)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        auto slot = std::make_shared<std::optional<T>>();
        Compute compute = [fn = std::move(fn), slot](Connection &c) { slot->emplace(fn(c)); };
        Deliver deliver = [promise, slot] {
            promise->addResult(Result<T>(std::move(**slot)));
            promise->finish();
        };
        Pool::Fail fail = [promise](const Error &e) {
            promise->addResult(Result<T>(e));
            promise->finish();
        };
        const Pool::JobId job = isRead ? submitRead(std::move(what), compute, deliver, fail)
                                       : submitWrite(std::move(what), compute, deliver, fail);
        if (id)
            *id = job;
        return future;
    }

    void probeThen(std::function<void(const QVector<NodeStatus> &)> done);

    std::shared_ptr<ClusterPrivate> d;
};

// A handle that does not own the cluster, for services used where the caller keeps the cluster
// alive (qmctl, tests). The console's pages pass Session::sharedCluster() instead.
inline std::shared_ptr<Cluster> unowned(Cluster *cluster)
{
    return std::shared_ptr<Cluster>(std::shared_ptr<Cluster>(), cluster);
}

// LSN text ("16/B374D848") <-> byte position; 0 for empty or malformed text.
qint64 parseLsn(const QString &lsn);
QString formatLsn(qint64 lsn);

} // namespace qm::db

Q_DECLARE_METATYPE(qm::db::NodeStatus)
