#pragma once

#include "redis/client.h"
#include "redis/resp.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <deque>
#include <functional>
#include <optional>

namespace qm::redis {

// Internals of Client (client.cpp). Not a QObject: every connection uses the Client as its
// context, so nothing fires after the Client is gone.
class ClientPrivate
{
    Q_DECLARE_TR_FUNCTIONS(qm::redis::Client)
public:
    enum class State { Disconnected, Connecting, Handshake, Ready };

    // One command() or pipeline(): `remaining` replies still to come, matched in FIFO order.
    struct Pending
    {
        int remaining = 1;
        std::vector<Reply> replies;
        std::function<void(std::vector<Reply> &&)> done;
        std::function<void(const Error &)> fail;
    };

    ClientPrivate(Client *q, Endpoint endpoint);

    void submit(std::vector<QByteArrayList> commands, Pending pending); // from any thread
    void enqueue(std::vector<QByteArrayList> commands, Pending pending);
    void ensureConnected();
    void startConnect();
    void onTransportReady();
    void onReadyRead();
    // Matches parsed replies to pending commands; `sliced`: a few milliseconds at a time.
    void drain(bool sliced = true);
    void onSocketError(QAbstractSocket::SocketError error);
    void onConnectTimeout();
    void onWatchdog();
    void handshakeReply(const QByteArray &what, const Reply &reply, bool last);
    void scheduleFlush();
    void flush();
    // Drops the socket, fails every pending command with `error`, emits disconnected() if the
    // client had been connected. `failedAttempt` starts or extends the reconnect backoff.
    void teardown(const Error &error, bool failedAttempt, bool emitSignals = true);
    void destroySocket();

    // The server's alert about the client certificate, in words (none: not such an alert).
    std::optional<Error> clientCertificateError(const QString &detail) const;
    Error connectError(const QString &reason, const QString &detail,
        QAbstractSocket::SocketError error = QAbstractSocket::SocketTimeoutError) const;
    Error lostError(const QString &reason, const QString &detail) const;
    QString socketReason(QAbstractSocket::SocketError error) const;

    Client *q;
    Endpoint m_endpoint;
    QAbstractSocket *m_socket = nullptr;
    RespReader m_reader;
    State m_state = State::Disconnected;
    std::deque<Pending> m_pending;
    std::deque<QByteArrayList> m_unsent; // not yet written (held back until Ready)
    bool m_flushScheduled = false;
    bool m_drainScheduled = false;
    quint64 m_generation = 0; // bumped by every teardown: callbacks notice the connection changed
    bool m_announced = false; // connected() was emitted for this connection
    QTimer m_connectTimer;
    QTimer m_backoffTimer;
    QTimer m_watchdog; // commandTimeoutMs
    qint64 m_awaitingSince = -1; // m_clock time since which the oldest reply is awaited
    QElapsedTimer m_clock;
    QString m_caProblem; // why the endpoint's CA file could not be used (empty: it could)
    std::optional<Error> m_clientProblem; // why the client certificate could not be used
    bool m_tlsUp = false; // this connection's TLS handshake finished
    bool m_gotBytes = false; // the server sent something on this connection
    int m_failedAttempts = 0;
    qint64 m_nextAttemptAt = 0; // m_clock time before which no new connect is started
};

} // namespace qm::redis
