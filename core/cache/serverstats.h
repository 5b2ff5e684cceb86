#pragma once

#include "cache/cacheconnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace qm::cache {

// One INFO reading of one node, with the rates computed against the previous reading.
struct NodeStats
{
    QString node; // host:port
    QString role; // master / slave
    bool up = false;
    QString error; // why not (when !up)
    qint64 atMs = 0; // msecs since epoch of the reading
    qint64 usedMemory = 0; // bytes
    qint64 maxMemory = 0; // bytes, 0 = no limit
    qint64 keys = 0; // db0 keys (the sum over every db)
    qint64 hits = 0; // keyspace_hits, since start
    qint64 misses = 0;
    qint64 evictedKeys = 0;
    qint64 expiredKeys = 0;
    int clients = 0;
    int opsPerSec = 0; // instantaneous_ops_per_sec
    double hitRatio = -1; // over the last interval (lifetime for the first reading); -1 = none
    double evictionsPerSec = 0;
    QString version;

    static NodeStats fromInfo(const QString &node, const QByteArray &info);
    // Fills hitRatio and evictionsPerSec from the previous reading of the same node.
    void deriveRates(const NodeStats *previous);
};

// INFO "key:value" lines (all sections) as a hash.
QHash<QByteArray, QByteArray> parseInfo(const QByteArray &info);

// Polls INFO on every node of the deployment (masters and replicas) every interval, without
// blocking: all requests go out at once, the sample is emitted when every node answered or failed.
class StatsPoller : public QObject
{
    Q_OBJECT
public:
    explicit StatsPoller(CacheConnection *connection, QObject *parent = nullptr);

    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop() { m_timer.stop(); }
    void pollNow();
    const QVector<NodeStats> &last() const { return m_last; }

Q_SIGNALS:
    void sampled(const QVector<qm::cache::NodeStats> &nodes);

private:
    CacheConnection *m_connection;
    QTimer m_timer;
    QHash<QString, NodeStats> m_previous;
    QVector<NodeStats> m_last;
    bool m_inFlight = false;
};

} // namespace qm::cache

Q_DECLARE_METATYPE(qm::cache::NodeStats)
