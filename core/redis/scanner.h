#pragma once

#include "common/result.h"
#include "redis/client.h"

#include <QByteArrayList>
#include <QFuture>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace qm::redis {

struct ScanOptions
{
    QByteArray match = "*";
    int count = 1000; // SCAN's COUNT hint: keys examined per call
    QByteArray type; // optional TYPE filter (Redis 6+): "string", "hash", "set"...
    bool unique = false; // drop keys SCAN returns twice (during a rehash); keeps a set of all keys
    int pauseMs = 0; // pause between SCAN calls, so a big scan never crowds out shoppers
};

class ScanWorker;

// Incremental SCAN over a whole keyspace, on its own thread with its own Client, so that bulk
// work never shares a connection (or an event loop) with the GUI. Keys arrive in batches on the
// owner's thread through batch(). An optional batch action runs on the worker thread with the
// worker's client (e.g. pipelined UNLINK); the next SCAN waits for it, which paces the scan to
// what the server absorbs. cancel() stops before the next SCAN; finished() always comes last.
class Scanner : public QObject
{
    Q_OBJECT
public:
    using BatchAction = std::function<QFuture<Status>(Client &client, const QByteArrayList &keys)>;

    Scanner(Endpoint endpoint, ScanOptions options, QObject *parent = nullptr);
    ~Scanner() override; // cancels, then stops and joins the thread

    void setBatchAction(BatchAction action); // before start()
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 keysFound() const { return m_keys; } // delivered through batch() so far
    qint64 scanCalls() const { return m_calls; }

    // A batch action that UNLINKs every key of the batch (pipelined, 500 keys a command).
    static BatchAction unlinkAction();

Q_SIGNALS:
    void batch(const QByteArrayList &keys);
    // Cancelled after cancel(); the transport or server error if the scan broke off.
    void finished(const qm::Status &status, qint64 keys);

private:
    friend class ScanWorker;
    void stopThread(bool wait);

    Endpoint m_endpoint;
    ScanOptions m_options;
    BatchAction m_action;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_running = false;
    qint64 m_keys = 0;
    qint64 m_calls = 0;
};

} // namespace qm::redis
