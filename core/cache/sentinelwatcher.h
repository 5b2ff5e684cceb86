#pragma once

#include "redis/client.h"
#include "redis/resp.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

class QTcpSocket;

namespace qm::cache {

// Listens to the +switch-master channel of every Sentinel (one subscriber socket each: the
// request/reply Client refuses pub/sub) and says when a master moved. Reconnects every second
// while a Sentinel is down. Lives on the GUI thread; never blocks.
class SentinelWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SentinelWatcher(QObject *parent = nullptr);
    ~SentinelWatcher() override;

    void watch(const std::vector<redis::Endpoint> &sentinels);
    void stop();
    int connectedCount() const;

Q_SIGNALS:
    // From "+switch-master <name> <old-ip> <old-port> <new-ip> <new-port>".
    void switchMaster(const QString &masterName, const QString &host, int port);
    void sentinelConnected(const QString &sentinel);

private:
    struct Link
    {
        redis::Endpoint endpoint;
        QTcpSocket *socket = nullptr;
        std::unique_ptr<redis::RespReader> reader;
        bool subscribed = false;
    };
    void open(Link &link);
    void onReadyRead(Link &link);

    std::vector<std::unique_ptr<Link>> m_links;
    QTimer m_retry;
};

} // namespace qm::cache
