// The connection state machine of qm::redis::Client: connect, handshake, write, read, tear down.
#include "redis/clientprivate.h"

#include "common/logging.h"
#include "tls/clientcert.h"
#include "tls/tlserror.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QThread>

namespace qm::redis {

namespace {

constexpr int kBackoffFirstMs = 100;
constexpr int kBackoffMaxMs = 5000;
constexpr int kSliceMs = 4; // longest stretch of encoding or parsing before yielding the loop

} // namespace

ClientPrivate::ClientPrivate(Client *client, Endpoint endpoint)
    : q(client)
    , m_endpoint(std::move(endpoint))
{
    m_clock.start();
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    m_backoffTimer.setSingleShot(true);
    m_backoffTimer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_connectTimer, &QTimer::timeout, q, [this] { onConnectTimeout(); });
    QObject::connect(&m_backoffTimer, &QTimer::timeout, q, [this] { startConnect(); });
    QObject::connect(&m_watchdog, &QTimer::timeout, q, [this] { onWatchdog(); });
}

void ClientPrivate::enqueue(std::vector<QByteArrayList> commands, Pending pending)
{
    for (QByteArrayList &args : commands)
        m_unsent.push_back(std::move(args));
    pending.remaining = int(commands.size());
    m_pending.push_back(std::move(pending));
    if (m_state == State::Ready)
        scheduleFlush();
    else
        ensureConnected();
}

void ClientPrivate::ensureConnected()
{
    if (m_state != State::Disconnected || m_backoffTimer.isActive())
        return;
    const qint64 wait = m_nextAttemptAt - m_clock.elapsed();
    if (wait > 0) {
        qCDebug(lcRedis) << m_endpoint.name() << "reconnecting in" << wait << "ms";
        m_backoffTimer.start(int(wait));
        return;
    }
    startConnect();
}

void ClientPrivate::startConnect()
{
    if (m_state != State::Disconnected)
        return;
    m_state = State::Connecting;
    m_announced = false;
    m_reader.reset();
    m_tlsUp = false;
    m_gotBytes = false;
    m_connectTimer.start(m_endpoint.connectTimeoutMs);
    qCDebug(lcRedis) << "connecting to" << m_endpoint.name() << (m_endpoint.tls ? "(TLS)" : "");

    QAbstractSocket *socket = nullptr;
    if (m_endpoint.tls) {
        auto *ssl = new QSslSocket(q);
        QSslConfiguration conf = ssl->sslConfiguration();
        // An unusable CA file trusts nothing: the handshake fails and connectError says why.
        m_caProblem.clear();
        if (!m_endpoint.tlsCaFile.isEmpty())
            conf.setCaCertificates(tls::loadCaFile(m_endpoint.tlsCaFile, &m_caProblem));
        conf.setPeerVerifyMode(
            m_endpoint.tlsVerifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        // The client certificate (tls-auth-clients): read and checked on every connect, so a
        // replaced or re-permissioned file counts; an unusable one fails the connect with why.
        m_clientProblem.reset();
        if (!m_endpoint.tlsCertFile.isEmpty() || !m_endpoint.tlsKeyFile.isEmpty()) {
            const Result<tls::ClientIdentity> id
                = tls::loadClientIdentity(m_endpoint.tlsCertFile, m_endpoint.tlsKeyFile);
            if (id) {
                conf.setLocalCertificate(id.value().certificate);
                conf.setPrivateKey(id.value().key);
            } else {
                m_clientProblem = id.error();
            }
        }
        ssl->setSslConfiguration(conf);
        QObject::connect(ssl, &QSslSocket::encrypted, q, [this] { onTransportReady(); });
        socket = ssl;
    } else {
        socket = new QTcpSocket(q);
        QObject::connect(socket, &QAbstractSocket::connected, q, [this] { onTransportReady(); });
    }
    m_socket = socket;
    QObject::connect(socket, &QAbstractSocket::readyRead, q, [this] { onReadyRead(); });
    QObject::connect(socket, &QAbstractSocket::errorOccurred, q,
        [this](QAbstractSocket::SocketError e) { onSocketError(e); });
    QObject::connect(socket, &QAbstractSocket::disconnected, q,
        [this] { onSocketError(QAbstractSocket::RemoteHostClosedError); });
    const auto port = quint16(m_endpoint.port);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(m_endpoint.host, port);
    else
        socket->connectToHost(m_endpoint.host, port);
}

void ClientPrivate::onTransportReady()
{
    m_tlsUp = qobject_cast<QSslSocket *>(m_socket) != nullptr;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);

    std::vector<std::pair<QByteArray, QByteArrayList>> steps;
    if (!m_endpoint.password.isEmpty()) {
        QByteArrayList auth {"AUTH"};
        if (!m_endpoint.username.isEmpty())
            auth << m_endpoint.username.toUtf8();
        auth << m_endpoint.password.toUtf8();
        steps.emplace_back("AUTH", auth);
    }
    if (m_endpoint.db != 0)
        steps.emplace_back("SELECT", QByteArrayList {"SELECT", QByteArray::number(m_endpoint.db)});

    if (steps.empty()) {
        m_state = State::Handshake;
        handshakeReply({}, Reply::status("OK"), true);
        return;
    }
    // The handshake goes first, alone: queued commands wait until it succeeded, so that nothing
    // runs unauthenticated or in the wrong database.
    m_state = State::Handshake;
    QByteArray bytes;
    std::deque<Pending> handshake;
    for (size_t i = 0; i < steps.size(); ++i) {
        appendCommand(bytes, steps[i].second);
        Pending p;
        const QByteArray what = steps[i].first;
        const bool last = i + 1 == steps.size();
        p.done
            = [this, what, last](std::vector<Reply> &&r) { handshakeReply(what, r.at(0), last); };
        p.fail = [](const Error &) {};
        handshake.push_back(std::move(p));
    }
    for (auto it = handshake.rbegin(); it != handshake.rend(); ++it)
        m_pending.push_front(std::move(*it));
    m_socket->write(bytes);
}

void ClientPrivate::handshakeReply(const QByteArray &what, const Reply &reply, bool last)
{
    if (reply.isError()) {
        const QString server = reply.toString();
        Error e;
        if (what == "AUTH") {
            e.code = Error::Code::AuthFailed;
            const QString who = m_endpoint.username.isEmpty()
                ? QString()
                : tr(" for user %1").arg(m_endpoint.username);
            e.message = tr("Redis at %1 refused the credentials%2. Check the user name and "
                           "password in the connection profile.")
                            .arg(m_endpoint.name(), who);
        } else {
            e.code = Error::Code::ConnectionFailed;
            e.message = tr("Redis at %1 refused to select database %2. Check the database "
                           "number in the connection profile.")
                            .arg(m_endpoint.name())
                            .arg(m_endpoint.db);
        }
        e.detail = QStringLiteral("%1: %2").arg(QString::fromLatin1(what), server);
        qCWarning(lcRedis) << e.toString();
        teardown(e, true);
        return;
    }
    if (!last)
        return;
    m_state = State::Ready;
    m_connectTimer.stop();
    m_awaitingSince = -1;
    if (m_endpoint.commandTimeoutMs > 0)
        m_watchdog.start(qBound(10, m_endpoint.commandTimeoutMs / 4, 1000));
    m_failedAttempts = 0;
    m_nextAttemptAt = 0;
    m_announced = true;
    qCDebug(lcRedis) << "connected to" << m_endpoint.name();
    if (!m_unsent.empty())
        scheduleFlush();
    Q_EMIT q->connected();
}

void ClientPrivate::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(
        q, [this] { flush(); }, Qt::QueuedConnection);
}

void ClientPrivate::flush()
{
    m_flushScheduled = false;
    if (m_state != State::Ready || m_unsent.empty())
        return;
    // Encoding is paid here, in slices of a few milliseconds, so that a pipeline of 100,000
    // commands never holds the event loop for long.
    QElapsedTimer slice;
    slice.start();
    QByteArray bytes;
    int n = 0;
    while (!m_unsent.empty()) {
        appendCommand(bytes, m_unsent.front());
        m_unsent.pop_front();
        if ((++n % 256) == 0 && slice.elapsed() >= kSliceMs)
            break;
    }
    m_socket->write(bytes);
    // Onto the wire now: QAbstractSocket would wait for its write notifier, one more pass of
    // the event loop.
    m_socket->flush();
    if (m_awaitingSince < 0)
        m_awaitingSince = m_clock.elapsed();
    if (!m_unsent.empty())
        scheduleFlush();
}

void ClientPrivate::onReadyRead()
{
    if (!m_socket)
        return;
    m_gotBytes = true;
    m_reader.feed(m_socket->readAll());
    if (!m_drainScheduled)
        drain();
}

void ClientPrivate::drain(bool sliced)
{
    m_drainScheduled = false;
    const QPointer<Client> alive(q);
    const quint64 generation = m_generation;
    QElapsedTimer slice;
    slice.start();
    int n = 0;
    Reply reply;
    for (;;) {
        if (sliced && (++n % 256) == 0 && slice.elapsed() >= kSliceMs) {
            // Thousands of replies at once (a deep pipeline): parse the rest on the next turn.
            m_drainScheduled = true;
            QMetaObject::invokeMethod(
                q,
                [this, generation] {
                    if (generation == m_generation)
                        drain();
                },
                Qt::QueuedConnection);
            return;
        }
        const RespReader::Status st = m_reader.next(&reply);
        if (st == RespReader::Status::NeedMore)
            return;
        if (st == RespReader::Status::ProtocolError || m_pending.empty()) {
            const QString what = st == RespReader::Status::ProtocolError
                ? m_reader.errorString()
                : tr("a reply nobody asked for");
            Error e;
            e.code = Error::Code::Protocol;
            e.message = tr("Redis at %1 sent something that is not a valid reply (%2). The "
                           "connection was closed; the next command reconnects.")
                            .arg(m_endpoint.name(), what);
            e.detail = m_endpoint.name();
            qCWarning(lcRedis) << e.toString();
            teardown(e, false);
            return;
        }
        m_awaitingSince
            = m_pending.size() == 1 && m_pending.front().remaining == 1 ? -1 : m_clock.elapsed();
        Pending &front = m_pending.front();
        front.replies.push_back(std::move(reply));
        reply = Reply();
        if (--front.remaining > 0)
            continue;
        Pending done = std::move(front);
        m_pending.pop_front();
        done.done(std::move(done.replies));
        if (!alive || generation != m_generation)
            return; // the callback closed or deleted the client
    }
}

QString ClientPrivate::socketReason(QAbstractSocket::SocketError error) const
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("connection refused");
    case QAbstractSocket::HostNotFoundError:
        return tr("host not found");
    case QAbstractSocket::SocketTimeoutError:
        return tr("timed out");
    case QAbstractSocket::RemoteHostClosedError:
        return tr("the server closed the connection");
    case QAbstractSocket::NetworkError:
        return tr("network error");
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("TLS handshake failed");
    default:
        return m_socket ? m_socket->errorString() : tr("socket error");
    }
}

std::optional<Error> ClientPrivate::clientCertificateError(const QString &detail) const
{
    const QString service = tr("Redis at %1").arg(m_endpoint.name());
    if (tls::mentionsCertificateRequired(detail))
        return m_endpoint.tlsCertFile.isEmpty()
            ? tls::clientCertificateRequired(service, detail)
            : tls::clientCertificateRefused(service, m_endpoint.tlsCertFile, detail);
    if (tls::mentionsClientCertificateRefused(detail))
        return m_endpoint.tlsCertFile.isEmpty()
            ? tls::clientCertificateRequired(service, detail)
            : tls::clientCertificateRefused(service, m_endpoint.tlsCertFile, detail);
    return std::nullopt;
}

Error ClientPrivate::connectError(
    const QString &reason, const QString &detail, QAbstractSocket::SocketError error) const
{
    Error e;
    e.code = Error::Code::ConnectionFailed;
    const QString service = tr("Redis at %1").arg(m_endpoint.name());
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (m_clientProblem)
        return *m_clientProblem;
    switch (error) {
    case QAbstractSocket::SslHandshakeFailedError:
        if (!m_caProblem.isEmpty())
            return tls::unusableCaFile(service, m_endpoint.tlsCaFile, m_caProblem, detail);
        if (ssl && !ssl->sslHandshakeErrors().isEmpty())
            return tls::refusedCertificate(
                service, m_endpoint.host, ssl->sslHandshakeErrors(), m_endpoint.tlsCaFile, detail);
        // No certificate to judge: the server answered something that is not TLS.
        return tls::plainTextServer(service, detail);
    case QAbstractSocket::SocketTimeoutError:
        // Connected, but the TLS handshake never finished: a plain-text server waits for a
        // command line that the TLS hello never completes.
        if (ssl && ssl->state() == QAbstractSocket::ConnectedState && !ssl->isEncrypted())
            return tls::plainTextServer(service, detail);
        e.message = tr("Cannot reach Redis at %1: %2. Is redis-server running?")
                        .arg(m_endpoint.name(), reason);
        break;
    case QAbstractSocket::HostNotFoundError:
        e.message = tr("Cannot reach Redis at %1: %2. Check the host name in the connection "
                       "profile.")
                        .arg(m_endpoint.name(), reason);
        break;
    default:
        e.message = tr("Cannot reach Redis at %1: %2. Is redis-server running?")
                        .arg(m_endpoint.name(), reason);
        break;
    }
    e.detail = detail;
    return e;
}

Error ClientPrivate::lostError(const QString &reason, const QString &detail) const
{
    Error e;
    e.code = Error::Code::ConnectionLost;
    e.message = tr("Lost the connection to Redis at %1: %2. Commands in flight may or may not "
                   "have run; check before retrying. The next command reconnects.")
                    .arg(m_endpoint.name(), reason);
    e.detail = detail;
    return e;
}

void ClientPrivate::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Disconnected || !m_socket)
        return;
    // A TLS server that hangs up after the handshake without a byte: Redis with
    // tls-auth-clients does that to a client without an acceptable certificate (its alert is
    // not always what the socket reports).
    const bool silentTlsClose = m_tlsUp && !m_gotBytes && m_socket->bytesAvailable() == 0
        && (error == QAbstractSocket::RemoteHostClosedError
            || error == QAbstractSocket::SslInternalError);
    if (m_state == State::Ready) {
        // Replies that arrived before the close still belong to their commands (a QUIT, or an
        // error the server sends before it hangs up), even those a time slice had put off.
        const QPointer<Client> alive(q);
        const quint64 generation = m_generation;
        m_reader.feed(m_socket->readAll());
        drain(false);
        if (!alive || generation != m_generation || !m_socket)
            return;
    }
    const QString reason = socketReason(error);
    const QString detail = m_endpoint.name() + QStringLiteral(": ") + m_socket->errorString();
    // The server's alert about our certificate (TLS 1.3 sends it after the client's handshake
    // finished: on the first read, even once Ready).
    // A client pair that could not be used was not presented: that is the cause to name.
    std::optional<Error> certError
        = m_clientProblem ? m_clientProblem : clientCertificateError(detail);
    if (!certError && silentTlsClose) {
        const QString service = tr("Redis at %1").arg(m_endpoint.name());
        const QString why = detail + QStringLiteral(" (closed after the TLS handshake, no reply)");
        certError = m_endpoint.tlsCertFile.isEmpty()
            ? tls::clientCertificateRequired(service, why)
            : tls::clientCertificateRefused(service, m_endpoint.tlsCertFile, why);
    }
    if (const std::optional<Error> &e = certError) {
        qCInfo(lcRedis) << "client certificate refused by" << m_endpoint.name() << ":" << detail;
        teardown(*e, m_state != State::Ready);
        return;
    }
    if (m_state == State::Ready) {
        qCInfo(lcRedis) << "connection to" << m_endpoint.name() << "lost:" << detail;
        teardown(lostError(reason, detail), false);
    } else {
        qCInfo(lcRedis) << "cannot connect to" << m_endpoint.name() << ":" << detail;
        teardown(connectError(reason, detail, error), true);
    }
}

void ClientPrivate::onConnectTimeout()
{
    if (m_state == State::Disconnected || m_state == State::Ready)
        return;
    const QString reason = tr("no answer within %1 ms").arg(m_endpoint.connectTimeoutMs);
    teardown(connectError(reason, m_endpoint.name() + QStringLiteral(": connect timeout")), true);
}

void ClientPrivate::onWatchdog()
{
    if (m_state != State::Ready || m_awaitingSince < 0
        || m_clock.elapsed() - m_awaitingSince < m_endpoint.commandTimeoutMs)
        return;
    Error e;
    e.code = Error::Code::Timeout;
    e.message = tr("Redis at %1 did not answer within %2 ms. The connection was reset; commands "
                   "in flight may or may not have run.")
                    .arg(m_endpoint.name())
                    .arg(m_endpoint.commandTimeoutMs);
    e.detail = m_endpoint.name() + QStringLiteral(": command timeout");
    qCWarning(lcRedis) << e.toString();
    teardown(e, false);
}

void ClientPrivate::destroySocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    QObject::disconnect(socket, nullptr, q, nullptr);
    socket->abort();
    // Later, never now: we may be inside one of its signals (a reply callback can even delete
    // the Client). Unparented, so that a Client deleted meanwhile does not delete it twice.
    socket->setParent(nullptr);
    socket->deleteLater();
}

void ClientPrivate::teardown(const Error &error, bool failedAttempt, bool emitSignals)
{
    const bool wasAnnounced = m_announced;
    m_state = State::Disconnected;
    m_announced = false;
    m_drainScheduled = false;
    ++m_generation;
    m_connectTimer.stop();
    m_watchdog.stop();
    m_awaitingSince = -1;
    destroySocket();
    m_reader.reset();
    m_unsent.clear();
    if (failedAttempt) {
        ++m_failedAttempts;
        const int delay
            = std::min(kBackoffMaxMs, kBackoffFirstMs << std::min(m_failedAttempts - 1, 6));
        m_nextAttemptAt = m_clock.elapsed() + delay;
    }
    std::deque<Pending> failing;
    failing.swap(m_pending);
    const QPointer<Client> alive(q);
    for (Pending &p : failing)
        p.fail(error); // only touches promises, never the client
    if (emitSignals && wasAnnounced && alive)
        Q_EMIT q->disconnected(error.message);
}

void ClientPrivate::submit(std::vector<QByteArrayList> commands, Pending pending)
{
    if (QThread::currentThread() == q->thread()) {
        enqueue(std::move(commands), std::move(pending));
        return;
    }
    // From another thread: run on ours. If the client is deleted before the call runs, the
    // lambda (and the last reference to the Completion) is dropped: the future says Cancelled.
    QMetaObject::invokeMethod(q, [this, c = std::move(commands), p = std::move(pending)]() mutable {
        enqueue(std::move(c), std::move(p));
    });
}

} // namespace qm::redis
