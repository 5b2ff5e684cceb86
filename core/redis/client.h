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
    QString username;  // ACL user (Redis 6+), optional
    QString password;  // from the keychain; never logged
    bool tls = false;  // QSslSocket; hiredis 0.14 has no TLS of its own
    int db = 0;
    int connectTimeoutMs = 3000;

    QString name() const { return host + u':' + QString::number(port); }
};

class ClientPrivate;

// Asynchronous Redis client: QTcpSocket/QSslSocket for I/O, hiredis' redisReader for parsing.
// Lives on the thread that created it (GUI thread is fine: nothing here blocks). Commands are
// pipelined: several may be in flight, replies are matched in order. On a dropped connection all
// pending futures finish with ConnectionLost and the client reconnects with backoff.
class Client : public QObject
{
    Q_OBJECT
public:
    explicit Client(Endpoint endpoint, QObject *parent = nullptr);
    ~Client() override;

    const Endpoint &endpoint() const;
    void connectToServer(); // also called implicitly by the first command
    void disconnectFromServer();
    bool isConnected() const;

    // A Redis error reply (e.g. WRONGTYPE) is a successful Result holding a Reply of Type::Error;
    // a transport failure is an Error.
    QFuture<Result<Reply>> command(QByteArrayList args);
    // Sends all commands at once; one reply per command, in order.
    QFuture<Result<std::vector<Reply>>> pipeline(std::vector<QByteArrayList> commands);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &reason);

private:
    std::unique_ptr<ClientPrivate> d;
};

} // namespace qm::redis
