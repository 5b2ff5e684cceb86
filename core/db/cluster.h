#pragma once

#include "common/result.h"
#include "db/connectionparams.h"
#include "db/pool.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QVector>

#include <memory>

namespace qm::db {

// A server of the cluster as the console sees it right now.
struct NodeStatus
{
    QString name;          // host:port
    bool primary = false;
    bool up = false;
    QString error;         // why it is down (for the health strip tooltip)
    double lagSeconds = -1;  // replicas: now() - pg_last_xact_replay_timestamp(); 0 when idle and caught up
    qint64 lagBytes = -1;    // replicas: primary's current LSN - replay LSN
    double roundTripMs = -1; // of the health query
    QString walLsn;          // primary: pg_current_wal_lsn(); replica: pg_last_wal_replay_lsn()
};

struct ClusterConfig
{
    QVector<ConnectionParams> nodes; // any order: roles are discovered with pg_is_in_recovery()
    int workersPerNode = 2;
    double maxReplicaLagSeconds = 5.0; // above this a replica takes no reads
};

class ClusterPrivate;

// The read/write router. Reads go to a healthy replica whose lag is under the limit and that has
// replayed this console's last write (read-your-writes by LSN); otherwise to the primary.
// Writes go to the primary, and record pg_current_wal_lsn() after they commit.
class Cluster : public QObject
{
    Q_OBJECT
public:
    explicit Cluster(ClusterConfig config, QObject *parent = nullptr);
    ~Cluster() override;

    // Discovers which node is the primary. Resolves once roles are known (or with an error
    // naming each node that could not be reached and why).
    QFuture<Status> start();

    template <typename T>
    QFuture<Result<T>> read(QString what, std::function<T(Pool::Connection &)> fn)
    {
        return readPool(fn ? true : false)->template run<T>(std::move(what), std::move(fn));
    }

    template <typename T>
    QFuture<Result<T>> write(QString what, std::function<T(Pool::Connection &)> fn)
    {
        // fn commits its own transaction; afterwards the pool records the commit LSN for routing.
        auto wrapped = [this, fn = std::move(fn)](Pool::Connection &c) {
            T result = fn(c);
            noteWrite(c);
            return result;
        };
        return primaryPool()->template run<T>(std::move(what), std::move(wrapped));
    }

    Pool *primaryPool() const;      // never null after start() succeeded
    Pool *readPool(bool forRead) const; // the pool a read goes to now
    QVector<Pool *> replicaPools() const;

    QFuture<QVector<NodeStatus>> probe(); // health query on every node, in parallel, off the GUI thread
    QVector<NodeStatus> lastStatus() const;

    QString lastWriteLsn() const;
    void cancelAll();

Q_SIGNALS:
    void statusChanged(const QVector<qm::db::NodeStatus> &nodes);

private:
    void noteWrite(Pool::Connection &c); // runs on a worker

    std::unique_ptr<ClusterPrivate> d;
};

} // namespace qm::db

Q_DECLARE_METATYPE(qm::db::NodeStatus)
