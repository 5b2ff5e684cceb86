#pragma once

#include "backend/backend.h"
#include "db/connectionparams.h"
#include "orders/orderrow.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

class QThread;

namespace qm::db {
class Cluster;
}

namespace qm::orders {

// When one read that found rows ran, for benchmarks (OrderFeedOptions::trace). Times are
// milliseconds since the epoch (system clock, sub-millisecond).
struct FeedReadTrace
{
    double rangAtMs = 0; // the first doorbell this read answers; 0: a follow-up or safety read
    double readStartMs = 0;
    double readEndMs = 0;
    QVector<qint64> ids; // the orders read
};

struct OrderFeedOptions
{
    db::ConnectionParams params; // the primary (a feed never reads a replica)
    // The cluster's other servers. The listener only settles on a server that accepts writes
    // (target_session_attrs=read-write): when the primary is gone or became a replica it looks
    // for the writable one among these and catches up there from its last snapshot.
    QVector<db::ConnectionParams> otherNodes;
    QString channel = QStringLiteral("qm_orders");
    // Whose orders_changes() / orders the reads name: the backend's read schema.
    BackendKind backend = BackendKind::Reference;
    int pageSize = 500; // rows per keyset page of one catch-up
    // At most one rowsArrived per this many ms (one frame at 60 Hz: <= 60 per second). Well
    // below minQueryGapMs, so that the steady state (one read per gap) is delivered as soon as
    // it is read; it only merges bursts (catch-up pages). At 100 ms it held each read's rows up
    // to 100 ms more; at 33 ms, once reads started a gap apart (not a gap after the previous
    // read's end), two reads of unequal length could end less than 33 ms apart and the second
    // one's rows waited (issue 13).
    int coalesceMs = 16;
    int minQueryGapMs = 50; // reads start at least this far apart: doorbells within the gap
                            // share one read (<= 20 reads/s)
    int safetyPollMs = 2000; // catch-up without a doorbell after this long (0 = never)
    int followUpMs = 50; // after a ring (or rows), read again this soon: writers that
                         // skipped the doorbell (0103); doubles while nothing new comes,
                         // until safetyPollMs (0 = no follow-up reads)
    int initialRecent = 0; // on a fresh start, first deliver the latest N orders
    QString resumeSnapshot; // continue after a previous feed's snapshot() instead of "now"
    // Called on the listener's thread after each read that found rows (benchmarks; empty: none).
    std::function<void(const FeedReadTrace &)> trace;

    // The cluster's servers, under params.applicationName: its primary of the moment as params,
    // the others as otherNodes (where the listener looks after a failover).
    void useServersOf(const db::Cluster &cluster);
};

enum class FeedState { Stopped, Connecting, Live, Reconnecting };

// Counters the feed keeps; read from any thread.
struct FeedCounters
{
    std::atomic<qint64> rings {0}; // valid doorbells received
    std::atomic<qint64> malformed {0}; // notifications ignored (payload not understood)
    std::atomic<qint64> catchUps {0}; // keyset reads run
    std::atomic<qint64> rows {0}; // row versions read
    std::atomic<qint64> connects {0}; // successful (re)connects
    std::atomic<qint64> failures {0}; // lost connections and failed reads
    std::atomic<int> backendPid {0}; // of the listener's connection, 0 while disconnected
};

class FeedWorker;
struct FeedGate;

// The live orders feed. One dedicated listener connection on its own thread LISTENs on
// `qm_orders`; a notification is only a doorbell, answered by a keyset read over <schema>.orders
// of the options' backend (<schema>.orders_changes; console's:
// server/migrations/0101_orders_feed.sql) that returns every row version written by a transaction
// not visible to the previous read. The same read runs after every (re)connect (with backoff), so
// rows committed while the feed was away are caught up, each version exactly once. Rows reach this
// object's thread (the GUI thread) as plain values, coalesced: rowsArrived at most once per
// coalesceMs, each order at most once per batch (its newest version).
class OrderFeed : public QObject
{
    Q_OBJECT
public:
    explicit OrderFeed(OrderFeedOptions options, QObject *parent = nullptr);
    ~OrderFeed() override; // stops without waiting (see stop())

    void start();
    // Never waits for the listener (it may sit in a connect timeout or a read): from here on it
    // delivers nothing, and its thread ends and deletes itself in the background. Rows already
    // read are emitted first.
    void stop();

    FeedState state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    // The snapshot after the last delivered read: resume a later feed from it.
    QString snapshot() const;
    const FeedCounters &counters() const { return *m_counters; }
    const OrderFeedOptions &options() const { return m_options; }

Q_SIGNALS:
    void rowsArrived(const qm::orders::OrderRows &rows);
    void stateChanged(qm::orders::FeedState state, const QString &detail);
    // A catch-up after a (re)connect finished: the feed holds everything committed so far.
    void resynced();

private:
    friend struct FeedGate;
    void deliver(OrderRows &&rows, const QString &snapshot);
    void detach();
    void scheduleFlush();
    void flush();
    void setState(FeedState state, const QString &detail);

    OrderFeedOptions m_options;
    std::shared_ptr<FeedCounters> m_counters;
    std::shared_ptr<FeedGate> m_gate; // the running listener's way in; cut by stop()
    QThread *m_thread = nullptr;
    FeedState m_state = FeedState::Stopped;
    QString m_lastError;

    mutable std::mutex m_mutex; // guards the three below (written by the listener thread)
    OrderRows m_pending;
    QString m_snapshot;
    bool m_flushPosted = false;

    QTimer m_flushTimer;
    QElapsedTimer m_sinceEmit;
};

} // namespace qm::orders

Q_DECLARE_METATYPE(qm::orders::FeedState)
