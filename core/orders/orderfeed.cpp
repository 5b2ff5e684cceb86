#include "orderfeed.h"

#include "common/logging.h"
#include "db/cluster.h"
#include "orders/feedworker.h"

#include <QHash>
#include <QThread>

namespace qm::orders {

namespace {

// The listener's thread: the worker is created, lives and dies on it.
class FeedThread : public QThread
{
public:
    FeedThread(
        OrderFeedOptions options, std::shared_ptr<FeedCounters> counters, FeedWorker::Sink sink)
        : m_options(std::move(options))
        , m_counters(std::move(counters))
        , m_sink(std::move(sink))
    {
        setObjectName(QStringLiteral("qm-orders-feed"));
    }

protected:
    void run() override
    {
        {
            FeedWorker worker(m_options, m_counters, m_sink);
            worker.start();
            exec();
        }
        db::detachedThreadEnded(); // counted by OrderFeed::start(): the exit waits for this
    }

private:
    OrderFeedOptions m_options;
    std::shared_ptr<FeedCounters> m_counters;
    FeedWorker::Sink m_sink;
};

// Keeps each order's newest version, in the order the versions arrived.
OrderRows compact(OrderRows rows)
{
    QHash<qint64, qsizetype> newest;
    newest.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto it = newest.find(rows[i].id);
        if (it == newest.end() || rows[*it].changeSeq < rows[i].changeSeq)
            newest.insert(rows[i].id, i);
    }
    if (newest.size() == rows.size())
        return rows;
    OrderRows out;
    out.reserve(newest.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (newest.value(rows[i].id) == i)
            out.append(std::move(rows[i]));
    }
    return out;
}

} // namespace

OrderFeed::OrderFeed(OrderFeedOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_counters(std::make_shared<FeedCounters>())
    , m_snapshot(m_options.resumeSnapshot)
{
    qRegisterMetaType<OrderRows>();
    qRegisterMetaType<FeedState>();
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    m_sinceEmit.start();
}

OrderFeed::~OrderFeed()
{
    // No signals from a destructor: receivers may be half gone. Pending rows are dropped.
    detach();
}

void OrderFeedOptions::useServersOf(const db::Cluster &cluster)
{
    const QString appName = params.applicationName;
    params = cluster.primaryPool()->params();
    params.applicationName = appName;
    otherNodes.clear();
    for (db::ConnectionParams node : cluster.config().nodes) {
        if (node.endpoint() == params.endpoint())
            continue;
        node.applicationName = appName;
        otherNodes.append(node);
    }
}

// The listener thread reaches its feed only through the gate; stop() closes it.
struct FeedGate
{
    std::mutex mutex;
    OrderFeed *feed = nullptr;

    template <typename F> void with(F &&fn)
    {
        std::lock_guard lock(mutex);
        if (feed)
            fn(feed);
    }
};

void OrderFeed::start()
{
    if (m_thread)
        return;
    OrderFeedOptions options = m_options;
    options.resumeSnapshot = snapshot();
    m_counters = std::make_shared<FeedCounters>(); // a stopping listener keeps its own
    m_gate = std::make_shared<FeedGate>();
    m_gate->feed = this;
    FeedWorker::Sink sink;
    sink.rows = [gate = m_gate](OrderRows &&rows, const QString &snapshot) {
        gate->with([&](OrderFeed *feed) { feed->deliver(std::move(rows), snapshot); });
    };
    sink.state = [gate = m_gate](FeedState state, const QString &detail) {
        gate->with([&](OrderFeed *feed) {
            // Queued calls to a deleted receiver are discarded by Qt.
            QMetaObject::invokeMethod(
                feed, [feed, state, detail] { feed->setState(state, detail); },
                Qt::QueuedConnection);
        });
    };
    sink.resynced = [gate = m_gate] {
        gate->with([](OrderFeed *feed) {
            QMetaObject::invokeMethod(
                feed,
                [feed] {
                    feed->flush(); // what the catch-up found goes out before the signal
                    Q_EMIT feed->resynced();
                },
                Qt::QueuedConnection);
        });
    };
    m_thread = new FeedThread(options, m_counters, std::move(sink));
    // stop() never waits for the listener: the process's exit does (it may be in a read then).
    db::detachedThreadsStarted(1);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void OrderFeed::detach()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_gate->mutex);
        m_gate->feed = nullptr;
    }
    m_thread->quit(); // it finishes (and deletes itself) once its current call returns
    m_thread = nullptr;
    m_gate.reset();
}

void OrderFeed::stop()
{
    if (!m_thread)
        return;
    detach();
    flush();
    setState(FeedState::Stopped, {});
}

QString OrderFeed::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

// Listener thread.
void OrderFeed::deliver(OrderRows &&rows, const QString &snapshot)
{
    std::lock_guard lock(m_mutex);
    m_snapshot = snapshot;
    if (rows.isEmpty())
        return;
    if (m_pending.isEmpty())
        m_pending = std::move(rows);
    else
        m_pending.append(std::move(rows));
    if (!m_flushPosted) {
        m_flushPosted = true;
        QMetaObject::invokeMethod(
            this, [this] { scheduleFlush(); }, Qt::QueuedConnection);
    }
}

void OrderFeed::scheduleFlush()
{
    if (m_flushTimer.isActive())
        return;
    const qint64 wait = m_options.coalesceMs - m_sinceEmit.elapsed();
    if (wait <= 0)
        flush();
    else
        m_flushTimer.start(int(wait));
}

void OrderFeed::flush()
{
    m_flushTimer.stop();
    OrderRows rows;
    {
        std::lock_guard lock(m_mutex);
        rows.swap(m_pending);
        m_flushPosted = false;
    }
    if (rows.isEmpty())
        return;
    m_sinceEmit.restart();
    Q_EMIT rowsArrived(compact(std::move(rows)));
}

void OrderFeed::setState(FeedState state, const QString &detail)
{
    if (state == FeedState::Reconnecting)
        m_lastError = detail;
    if (state == m_state && detail.isEmpty())
        return;
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace qm::orders
