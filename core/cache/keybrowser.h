#pragma once

#include "cache/cacheconnection.h"
#include "cache/keyspaceindex.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <memory>

namespace qm::redis {
class Scanner;
}

namespace qm::cache {

// Walks the whole keyspace with incremental SCAN (never KEYS) on every master, each on its own
// thread (redis::Scanner), and folds the keys into a bounded KeyspaceIndex there. The GUI gets a
// snapshot of the index a few times a second. Memory stays bounded on millions of keys.
class KeyspaceScan : public QObject
{
    Q_OBJECT
public:
    explicit KeyspaceScan(CacheConnection *connection, QObject *parent = nullptr);
    ~KeyspaceScan() override;

    void setMatch(const QByteArray &glob) { m_match = glob; } // default "*"
    void setLimits(KeyspaceIndex::Limits limits) { m_limits = limits; }
    void setPauseMs(int ms) { m_pauseMs = ms; } // between SCAN calls, to stay gentle
    void start();
    void cancel();
    bool isRunning() const { return m_running > 0; }
    KeyspaceIndex snapshot() const;
    qint64 keysSeen() const;

Q_SIGNALS:
    void updated(const qm::cache::KeyspaceIndex &snapshot, qint64 keysSeen);
    void finished(const qm::Status &status);

private:
    void publish();

    CacheConnection *m_connection;
    QByteArray m_match = "*";
    KeyspaceIndex::Limits m_limits;
    int m_pauseMs = 0;
    struct Shared
    {
        mutable QMutex mutex;
        KeyspaceIndex index;
        quint64 version = 0;
    };
    std::shared_ptr<Shared> m_shared;
    std::vector<redis::Scanner *> m_scanners;
    int m_running = 0;
    std::optional<Error> m_firstError;
    quint64 m_published = 0;
    QTimer m_publishTimer;
};

// What the browser shows for one key.
struct KeyInfo
{
    QByteArray key;
    QString node;
    QString type; // "string", "hash"... "none" when it vanished
    qint64 ttlMs = -1; // -1 no expiry, -2 gone
    qint64 memory = -1; // MEMORY USAGE, bytes
};

struct ValuePreview
{
    QString type;
    qint64 length = -1; // STRLEN / LLEN / HLEN / SCARD / ZCARD / XLEN
    QStringList lines; // the first elements, rendered for people (binary shown escaped)
    bool truncated = false;
};

class KeyInspector
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::KeyInspector)
public:
    // TYPE, PTTL and MEMORY USAGE for each key, pipelined per node.
    static QFuture<QVector<KeyInfo>> inspect(CacheConnection *connection, QByteArrayList keys);
    // The start of the value only: never a whole big hash or list.
    static QFuture<Result<ValuePreview>> preview(
        CacheConnection *connection, QByteArray key, int maxItems = 20, int maxBytes = 1024);
    // Up to `limit` keys whose names start with `prefix` (SCAN MATCH over every master).
    static QFuture<Result<QByteArrayList>> listKeys(
        CacheConnection *connection, QByteArray prefix, int limit = 500);
    // Printable form of a binary-safe key or value (UTF-8 kept, other bytes as \xNN).
    static QString printable(const QByteArray &bytes, int maxChars = 200);
};

} // namespace qm::cache

Q_DECLARE_METATYPE(qm::cache::KeyInfo)
