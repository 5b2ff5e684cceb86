#pragma once

#include "common/result.h"
#include "queues/streamclient.h"
#include "redis/client.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

// The order pipeline's queues as the console reads them (issue 10, "Queues"): Redis Streams and
// their consumer groups (XINFO STREAM / GROUPS / CONSUMERS, XPENDING), and the dead letters.
// Plain values: they cross threads. Names shared with the simulator (server/storefront/pipeline.h).
namespace qm::queues {

// Every key of the pipeline carries the hash tag {orders}: on a Redis Cluster they all live in
// one slot, so the replay script (dead stream, orders stream and marker) runs on one node, and
// the same names serve one server, a Sentinel-managed master and a Cluster.
inline const QByteArray kOrdersStream = QByteArrayLiteral("qm:{orders}:placed");
inline const QByteArray kDeadStream = QByteArrayLiteral("qm:{orders}:dead");
inline const QByteArray kReplayMarkerPrefix = QByteArrayLiteral("qm:{orders}:replayed:");
// Marker of a replayed dead letter: its value is the id of the entry the replay added.
inline QByteArray replayMarkerKey(const QByteArray &deadId)
{
    return kReplayMarkerPrefix + deadId;
}

struct ConsumerInfo
{
    QString name;
    qint64 pending = 0;
    qint64 idleMs = 0; // since its last attempted interaction
    qint64 inactiveMs = -1; // since its last successful read (Redis 7.2+; -1: not reported)
};

struct GroupInfo
{
    QString name;
    qint64 consumers = 0;
    qint64 pending = 0;
    QString lastDeliveredId;
    qint64 entriesRead = -1; // Redis 7: -1 when not reported
    qint64 lag = -1; // Redis 7: entries not yet delivered to the group; -1: unknown (nil)
    QString oldestPendingId;
    qint64 oldestPendingIdleMs = -1; // age of the oldest pending entry (idle time); -1: none
    QList<ConsumerInfo> consumerList;
};

struct StreamInfo
{
    QString name;
    bool exists = false;
    qint64 length = 0;
    QString firstId;
    QString lastId;
    qint64 entriesAdded = -1; // Redis 7: every entry ever added (throughput = its delta)
    QList<GroupInfo> groups;
};

struct DeadLetter
{
    QString id; // in the dead stream
    QString origId; // the entry that failed
    QString group; // the task
    qint64 attempts = 0;
    QString error; // the last error
    qint64 failedAtMs = 0;
    QString orderId;
    QList<QPair<QString, QString>> payload; // the original fields

    QString payloadText() const; // "order_id=12 channel=web ..."
};

struct QueueSnapshot
{
    QList<StreamInfo> streams; // the orders stream, then the dead stream
    QList<DeadLetter> deadLetters; // the oldest first, up to the limit asked for
    qint64 takenAtMs = 0; // wall clock
    QString node; // the Redis server that answered ("127.0.0.1:6380")
};

// Field map of an XINFO-style reply ([name, value, name, value...]), by name: Redis 7.0 and 7.2
// added fields, and some may be nil (CONVENTIONS.md #25).
QHash<QByteArray, redis::Reply> fieldMap(const redis::Reply &reply);

// Blocking reads on the calling (worker) thread's client; each command goes to the master that
// serves its stream (StreamClient: Sentinel's current master, the Cluster node of the slot).
class QueueReader
{
    Q_DECLARE_TR_FUNCTIONS(qm::queues::QueueReader)
public:
    static Result<StreamInfo> readStream(StreamClient &client, const QByteArray &stream);
    static Result<QList<DeadLetter>> readDeadLetters(
        StreamClient &client, const QByteArray &deadStream, int limit);
    static Result<QueueSnapshot> readSnapshot(StreamClient &client, int deadLimit = 200);
    // Off the calling thread: a client of its own on a pool thread, closed when done. The
    // topology is looked up on each fetch, so the panel follows a Sentinel failover.
    static QFuture<Result<QueueSnapshot>> fetch(
        cache::RedisDeployment deployment, int deadLimit = 200);
    // A transport failure or an error reply, as an Error (NOPERM -> PermissionDenied).
    static Error replyError(const Result<redis::Reply> &reply, const QString &what);
};

} // namespace qm::queues

Q_DECLARE_METATYPE(qm::queues::QueueSnapshot)
