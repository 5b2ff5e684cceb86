#pragma once

#include "orders/orderfeed.h"
#include "orders/pglink.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSocketNotifier>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace qm::orders {

// The listener, living on the feed's own thread (everything here may block that thread, never
// the GUI thread). See OrderFeed and server/migrations/0101_orders_feed.sql.
class FeedWorker : public QObject
{
    Q_OBJECT
public:
    struct Sink
    {
        std::function<void(OrderRows &&rows, const QString &snapshot)> rows;
        std::function<void(FeedState state, const QString &detail)> state;
        std::function<void()> resynced;
    };

    FeedWorker(OrderFeedOptions options, std::shared_ptr<FeedCounters> counters, Sink sink);
    ~FeedWorker() override;

    void start();

    // A doorbell payload the feed understands: empty, or a JSON object (room for a version tag).
    static bool payloadValid(const std::string &payload);
    // The catch-up read (row versions after a snapshot) and the fresh start's latest orders, on
    // the backend's read schema.
    static QByteArray changesSql(BackendKind backend);
    static QByteArray recentSql(BackendKind backend);

private:
    struct Node
    {
        QString endpoint;
        std::string conninfo;
    };
    Node nodeFor(db::ConnectionParams p) const;
    void connectNow();
    void onReadable();
    void drainNotifications();
    void requestCatchUp();
    bool catchUp(); // false: the read failed (connection lost, or an error: retried later)
    bool readChanges(OrderRows *rows, QString *snapshot);
    void lost(const QString &why);

    OrderFeedOptions m_options;
    std::vector<Node> m_nodes; // the primary first, then the cluster's other servers
    std::shared_ptr<FeedCounters> m_counters;
    Sink m_sink;
    PgLink m_link;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QTimer m_gapTimer;
    QTimer m_pollTimer;
    QTimer m_reconnectTimer;
    QTimer m_followUpTimer;
    int m_followUpMs = 0;
    QElapsedTimer m_sinceRead;
    QString m_snapshot; // after the last read this feed delivered; empty = start "now"
    bool m_rang = false;
    double m_rangAtMs = 0; // the first doorbell since the last read (options.trace only)
    bool m_needResync = true;
    int m_backoffMs = 100;
};

} // namespace qm::orders
