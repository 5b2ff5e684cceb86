#include "cache/sentinelwatcher.h"

#include "common/logging.h"

#include <QTcpSocket>

namespace qm::cache {

SentinelWatcher::SentinelWatcher(QObject *parent)
    : QObject(parent)
{
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        for (auto &link : m_links) {
            if (!link->socket || link->socket->state() == QAbstractSocket::UnconnectedState)
                open(*link);
        }
    });
}

SentinelWatcher::~SentinelWatcher()
{
    stop();
}

void SentinelWatcher::watch(const std::vector<redis::Endpoint> &sentinels)
{
    stop();
    for (const redis::Endpoint &e : sentinels) {
        auto link = std::make_unique<Link>();
        link->endpoint = e;
        open(*link);
        m_links.push_back(std::move(link));
    }
    m_retry.start();
}

void SentinelWatcher::stop()
{
    m_retry.stop();
    for (auto &link : m_links) {
        if (link->socket) {
            link->socket->disconnect(this);
            link->socket->abort();
            link->socket->deleteLater();
        }
    }
    m_links.clear();
}

int SentinelWatcher::connectedCount() const
{
    int n = 0;
    for (const auto &link : m_links)
        n += link->subscribed ? 1 : 0;
    return n;
}

void SentinelWatcher::open(Link &link)
{
    if (link.socket) {
        link.socket->disconnect(this);
        link.socket->deleteLater();
    }
    link.subscribed = false;
    link.reader = std::make_unique<redis::RespReader>();
    link.socket = new QTcpSocket(this);
    Link *l = &link;
    connect(link.socket, &QTcpSocket::connected, this, [this, l] {
        QByteArray out;
        if (!l->endpoint.password.isEmpty())
            redis::appendCommand(out, {"AUTH", l->endpoint.password.toUtf8()});
        redis::appendCommand(out, {"SUBSCRIBE", "+switch-master"});
        l->socket->write(out);
    });
    connect(link.socket, &QTcpSocket::readyRead, this, [this, l] { onReadyRead(*l); });
    connect(link.socket, &QTcpSocket::disconnected, this, [l] {
        l->subscribed = false;
        qCInfo(lcCache) << "lost Sentinel" << l->endpoint.name();
    });
    link.socket->connectToHost(link.endpoint.host, quint16(link.endpoint.port));
}

void SentinelWatcher::onReadyRead(Link &link)
{
    link.reader->feed(link.socket->readAll());
    redis::Reply reply;
    while (true) {
        const auto status = link.reader->next(&reply);
        if (status == redis::RespReader::Status::NeedMore)
            return;
        if (status == redis::RespReader::Status::ProtocolError) {
            link.socket->abort(); // the retry timer reconnects
            return;
        }
        if (!reply.isArray() || reply.elements.size() < 3)
            continue; // +OK of AUTH
        const QByteArray kind = reply.elements[0].str;
        if (kind == "subscribe") {
            link.subscribed = true;
            Q_EMIT sentinelConnected(link.endpoint.name());
        } else if (kind == "message" && reply.elements[1].str == "+switch-master") {
            const QList<QByteArray> f = reply.elements[2].str.split(' ');
            if (f.size() >= 5) {
                qCInfo(lcCache) << "Sentinel" << link.endpoint.name() << "switch-master"
                                << reply.elements[2].str;
                Q_EMIT switchMaster(QString::fromUtf8(f[0]), QString::fromUtf8(f[3]), f[4].toInt());
            }
        }
    }
}

} // namespace qm::cache
