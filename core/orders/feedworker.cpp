#include "feedworker.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <libpq-fe.h>

namespace qm::orders {

namespace {

constexpr int kMaxBackoffMs = 5000;
constexpr int kMaxFollowUpMs
    = 3600 * 1000; // follow-up reads without a safety poll: at least hourly

OrderRows rowsOf(pg_result *r);

double epochMs()
{
    return std::chrono::duration<double, std::milli>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

QByteArray FeedWorker::changesSql(BackendKind backend)
{
    return QByteArrayLiteral("SELECT ") + kOrderColumns + " FROM " + readSchema(backend)
        + ".orders_changes($1::pg_snapshot, $2::xid8, $3::bigint, $4::int) o";
}

QByteArray FeedWorker::recentSql(BackendKind backend)
{
    return QByteArrayLiteral("SELECT ") + kOrderColumns + " FROM " + readSchema(backend)
        + ".orders o ORDER BY o.created_at DESC, o.id DESC LIMIT $1::int";
}

FeedWorker::FeedWorker(OrderFeedOptions options, std::shared_ptr<FeedCounters> counters, Sink sink)
    : m_options(std::move(options))
    , m_counters(std::move(counters))
    , m_sink(std::move(sink))
    , m_snapshot(m_options.resumeSnapshot)
{
    m_nodes.push_back(nodeFor(m_options.params));
    for (const db::ConnectionParams &other : std::as_const(m_options.otherNodes))
        m_nodes.push_back(nodeFor(other));
    m_gapTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_followUpTimer.setSingleShot(true);
    m_followUpMs = m_options.followUpMs;
    connect(&m_followUpTimer, &QTimer::timeout, this, [this] {
        if (m_link.isOpen())
            catchUp();
    });
    connect(&m_gapTimer, &QTimer::timeout, this, [this] { requestCatchUp(); });
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] { connectNow(); });
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_link.isOpen() && m_sinceRead.elapsed() >= m_options.safetyPollMs)
            catchUp();
    });
}

FeedWorker::~FeedWorker()
{
    m_notifier.reset();
    m_link.close();
    m_counters->backendPid = 0;
}

void FeedWorker::start()
{
    m_sinceRead.start();
    if (m_options.safetyPollMs > 0)
        m_pollTimer.start(std::max(50, m_options.safetyPollMs / 4));
    connectNow();
}

FeedWorker::Node FeedWorker::nodeFor(db::ConnectionParams p) const
{
    if (p.applicationName.isEmpty() || p.applicationName == QLatin1String("quartermaster"))
        p.applicationName = QStringLiteral("quartermaster-orders-feed");
    // read-write: a server that is (or became) a replica is refused at once; a feed on a
    // replica would hear no doorbells.
    return {p.endpoint(),
        p.toConninfo()
            + " keepalives=1 keepalives_idle=10 keepalives_interval=5"
              " target_session_attrs=read-write"};
}

bool FeedWorker::payloadValid(const std::string &payload)
{
    if (payload.empty())
        return true;
    if (payload.size() > 1000 || payload.front() != '{')
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(payload), &error);
    return error.error == QJsonParseError::NoError && doc.isObject();
}

void FeedWorker::connectNow()
{
    m_sink.state(m_counters->connects == 0 ? FeedState::Connecting : FeedState::Reconnecting, {});
    // The primary first; when it cannot be reached or takes no writes any more (a failover),
    // the first of the other servers that does.
    QStringList errors;
    bool opened = false;
    for (const Node &node : m_nodes) {
        QString error;
        opened = m_link.open(node.conninfo, &error)
            && m_link.exec(("LISTEN " + m_options.channel.toStdString()).c_str()) != nullptr;
        if (opened)
            break;
        if (error.isEmpty())
            error = m_link.lastError();
        errors << (m_nodes.size() > 1 ? node.endpoint + QStringLiteral(": ") + error : error);
        m_link.close();
    }
    if (!opened) {
        lost(errors.join(QStringLiteral("; ")));
        return;
    }
    ++m_counters->connects;
    m_counters->backendPid = m_link.backendPid();
    m_notifier = std::make_unique<QSocketNotifier>(m_link.socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] { onReadable(); });
    // LISTEN is in place: whatever commits from now on rings. Catch up on what came before.
    m_needResync = true;
    if (catchUp()) {
        m_backoffMs = 100;
        m_sink.state(FeedState::Live, {});
    }
}

void FeedWorker::lost(const QString &why)
{
    ++m_counters->failures;
    m_counters->backendPid = 0;
    m_notifier.reset();
    m_link.close();
    m_followUpTimer.stop();
    qCWarning(lcOrders).noquote() << "orders feed: connection lost, retrying in" << m_backoffMs
                                  << "ms:" << why;
    m_sink.state(FeedState::Reconnecting, why);
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = std::min(kMaxBackoffMs, m_backoffMs * 2);
}

void FeedWorker::onReadable()
{
    if (!m_link.consumeInput()) {
        lost(m_link.lastError());
        return;
    }
    drainNotifications();
    if (m_rang)
        requestCatchUp();
}

void FeedWorker::drainNotifications()
{
    std::string channel;
    std::string payload;
    int pid = 0;
    while (m_link.nextNotification(&channel, &payload, &pid)) {
        if (!payloadValid(payload)) {
            ++m_counters->malformed;
            qCWarning(lcOrders).noquote()
                << "orders feed: ignored a" << QString::fromStdString(channel)
                << "notification with a malformed payload from backend" << pid << ":"
                << QString::fromStdString(payload.substr(0, 80));
            continue;
        }
        ++m_counters->rings;
        if (!m_rang && m_options.trace)
            m_rangAtMs = epochMs();
        m_rang = true;
    }
}

void FeedWorker::requestCatchUp()
{
    if (!m_link.isOpen())
        return; // the catch-up after reconnecting covers it
    const qint64 wait = m_options.minQueryGapMs - m_sinceRead.elapsed();
    if (wait > 0) {
        if (!m_gapTimer.isActive())
            m_gapTimer.start(int(wait));
        return;
    }
    catchUp();
}

bool FeedWorker::catchUp()
{
    const bool rang = m_rang;
    const double rangAtMs = rang ? m_rangAtMs : 0;
    m_rang = false;
    m_gapTimer.stop();
    OrderRows rows;
    QString snapshot;
    const double readStartMs = m_options.trace ? epochMs() : 0;
    // The gap counts from a read's start: at most one read begins per minQueryGapMs, and a
    // doorbell that rang during a read waits only for what is left of the gap, not for a whole
    // gap after the read (that added the read's time to every order's wait; issue 13).
    m_sinceRead.restart();
    const bool ok = readChanges(&rows, &snapshot);
    if (!ok) {
        if (m_link.isBad()) {
            lost(m_link.lastError());
        } else {
            // A refused read (missing function, permissions): say so, keep listening, retry.
            ++m_counters->failures;
            qCWarning(lcOrders).noquote() << "orders feed: read failed:" << m_link.lastError();
            m_link.exec("ROLLBACK");
            m_sink.state(FeedState::Reconnecting, m_link.lastError());
            m_needResync = true;
        }
        return false;
    }
    ++m_counters->catchUps;
    m_counters->rows += rows.size();
    // Delivered together with the snapshot they complete: both or neither.
    m_snapshot = snapshot;
    const bool found = !rows.isEmpty();
    if (found && m_options.trace) {
        FeedReadTrace trace {rangAtMs, readStartMs, epochMs(), {}};
        trace.ids.reserve(rows.size());
        for (const OrderRow &row : std::as_const(rows))
            trace.ids.append(row.id);
        m_options.trace(trace);
    }
    qCDebug(lcOrders) << "orders feed: read" << rows.size() << "rows, snapshot now" << snapshot;
    if (found || m_needResync)
        m_sink.rows(std::move(rows), snapshot);
    // A transaction may write orders without ringing (only one at a time rings,
    // server/migrations/0103) and commit after this read. So after a ring, or a read that found
    // rows, read again soon, then less often while nothing comes (50, 100, 200... ms), until
    // the safety poll takes over. A running transaction's xid can be at or above the snapshot's
    // xmax, where it is not listed: the snapshot cannot tell whether anything is in flight.
    if (m_options.followUpMs > 0) {
        // The interval stops growing at the safety poll's (or at kMaxFollowUpMs without one):
        // doubled on every quiet read, a plain int overflowed after ~26 of them (50 ms << 26),
        // went negative, then 0, and a quiet feed read back to back without pause (on Vendure,
        // reading every 250 ms, after ~8 s: ~100 reads/s).
        const int cap = m_options.safetyPollMs > 0 ? m_options.safetyPollMs : kMaxFollowUpMs;
        if (found || rang || m_needResync)
            m_followUpMs = m_options.followUpMs;
        else
            m_followUpMs = m_followUpMs >= cap / 2 ? cap : m_followUpMs * 2;
        if (m_options.safetyPollMs <= 0 || m_followUpMs < m_options.safetyPollMs)
            m_followUpTimer.start(m_followUpMs);
        else
            m_followUpTimer.stop();
    }
    if (m_needResync) {
        m_needResync = false;
        m_sink.state(FeedState::Live, {});
        m_sink.resynced();
    }
    // Doorbells that arrived while the read ran.
    drainNotifications();
    if (m_rang)
        requestCatchUp();
    return true;
}

bool FeedWorker::readChanges(OrderRows *rows, QString *snapshot)
{
    const int pageSize = std::max(1, m_options.pageSize);
    if (!m_snapshot.isEmpty()) {
        // The steady state, in one round trip (libpq's pipeline mode): the transaction, its
        // snapshot, the first page and the commit are sent together. Four round trips before:
        // on two busy cores each one waited for the server's process to be scheduled (issue
        // 13). Only a full page (a catch-up of more than a page) pages on below, in a
        // transaction of its own; this read's answer is dropped then, and its snapshot is not
        // taken, so nothing is skipped or delivered twice.
        const auto results
            = m_link.pipeline({{"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", {}},
                {"SELECT pg_current_snapshot()::text", {}},
                {changesSql(m_options.backend).constData(),
                    {m_snapshot.toStdString(), "0", "0", std::to_string(pageSize)}},
                {"COMMIT", {}}});
        if (results.size() != 4)
            return false;
        OrderRows page = rowsOf(results[2].get());
        if (page.size() < pageSize) {
            *snapshot = QString::fromUtf8(PQgetvalue(results[1].get(), 0, 0));
            *rows = std::move(page);
            return true;
        }
    }
    if (!m_link.exec("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
        return false;
    auto snap = m_link.exec("SELECT pg_current_snapshot()::text");
    if (!snap)
        return false;
    *snapshot = QString::fromUtf8(PQgetvalue(snap.get(), 0, 0));
    if (m_snapshot.isEmpty()) {
        // A fresh start: "now" is this snapshot; optionally hand over the latest orders first.
        if (m_options.initialRecent > 0) {
            auto r = m_link.exec(recentSql(m_options.backend).constData(),
                {std::to_string(m_options.initialRecent)});
            if (!r)
                return false;
            OrderRows recent = rowsOf(r.get());
            std::reverse(recent.begin(), recent.end());
            *rows = std::move(recent);
        }
    } else {
        const std::string since = m_snapshot.toStdString();
        std::string afterXid = "0";
        std::string afterId = "0";
        const std::string limit = std::to_string(pageSize);
        const QByteArray sql = changesSql(m_options.backend);
        for (;;) {
            auto r = m_link.exec(sql.constData(), {since, afterXid, afterId, limit});
            if (!r)
                return false;
            OrderRows page = rowsOf(r.get());
            if (page.isEmpty())
                break;
            afterXid = std::to_string(page.last().changeXid);
            afterId = std::to_string(page.last().id);
            const bool full = page.size() >= pageSize;
            rows->append(std::move(page));
            if (!full)
                break;
        }
    }
    return m_link.exec("COMMIT") != nullptr;
}

namespace {

OrderRows rowsOf(pg_result *r)
{
    OrderRows rows;
    const int n = PQntuples(r);
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        rows.append(parseOrderRow([r, i](int col) -> const char * {
            return PQgetisnull(r, i, col) ? nullptr : PQgetvalue(r, i, col);
        }));
    }
    return rows;
}

} // namespace

} // namespace qm::orders
