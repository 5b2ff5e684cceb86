#pragma once

#include "common/result.h"
#include "redis/reply.h"

#include <QByteArrayList>
#include <QFuture>
#include <QObject>
#include <memory>
#include <vector>

namespace qm::redis {

struct Endpoint
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString username; // ACL user (Redis 6+), optional
    QString password; // from the keychain; never logged
    bool tls = false; // QSslSocket; hiredis 0.14 has no TLS of its own
    QString tlsCaFile; // PEM bundle trusted for this server; empty = the system's CAs
    // A client certificate and its key (PEM, the key 0600) for a server with tls-auth-clients;
    // empty: none (core/tls/clientcert.h).
    QString tlsCertFile;
    QString tlsKeyFile;
    bool tlsVerifyPeer = true;
    int db = 0;
    int connectTimeoutMs = 3000; // TCP + TLS + AUTH/SELECT
    // 0: a reply may take as long as it takes (BLPOP...). Otherwise, when the oldest command in
    // flight has had no reply for this long, the connection is reset and every pending command
    // finishes with Timeout (a wedged server must not leave the console waiting forever).
    int commandTimeoutMs = 0;

    QString name() const { return host + u':' + QString::number(port); }
};

class ClientPrivate;

// Asynchronous Redis client: QTcpSocket/QSslSocket for I/O, hiredis' redisReader for parsing.
// Lives on the thread that created it (GUI thread is fine: nothing here blocks). Commands are
// pipelined: several may be in flight, replies are matched in order. Writes are buffered and
// flushed once per event-loop turn. On a dropped connection all pending futures finish with
// ConnectionLost; the next command reconnects (after a failed attempt, no sooner than a backoff
// of 100 ms doubling to 5 s). AUTH (with the optional ACL user) and SELECT run on every connect,
// before any queued command is sent.
//
// Futures are finished on the client's thread, from inside its socket handlers: continue them
// with whenFinished(context, future, fn) (common/whenfinished.h).
// command() and pipeline() may be called from another thread; the work is posted to the
// client's thread (the other members are for the owner's thread only). Pub/sub and MONITOR are
// refused: they break request/reply matching. A blocking command (BLPOP) delays every reply
// queued behind it, and a SELECT sent through command() is forgotten on reconnect (use
// Endpoint::db): give such work a Client of its own.
class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(Endpoint endpoint, QObject *parent = nullptr);
    ~Client() override; // pending futures finish with Cancelled

    const Endpoint &endpoint() const;
    void connectToServer(); // also called implicitly by the first command
    void disconnectFromServer(); // pending futures finish with Cancelled
    bool isConnected() const;
    int pendingCount() const; // commands sent or queued, not yet answered
    // Writes what command()/pipeline() queued now, instead of at this thread's next event-loop
    // pass: for a worker that overlaps a call with its own work (a SCAN walk classifies one batch
    // while Redis finds the next). Only on the client's thread; a no-op until connected.
    void sendNow();

    // A Redis error reply (e.g. WRONGTYPE) is a successful Result holding a Reply of Type::Error;
    // a transport failure is an Error.
    QFuture<Result<Reply>> command(QByteArrayList args);
    // Sends all commands at once; one reply per command, in order.
    QFuture<Result<std::vector<Reply>>> pipeline(std::vector<QByteArrayList> commands);

    // Blocking round trip for qmctl and bulk worker threads (spins a local event loop). Refused
    // on the GUI thread once the thread guard is on (qm::assertMayBlock).
    Result<Reply> commandSync(QByteArrayList args, int timeoutMs = 10000);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);

private:
    friend class ClientPrivate;
    std::unique_ptr<ClientPrivate> d;
};

} // namespace qm::redis
