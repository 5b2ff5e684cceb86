#pragma once

#include "common/result.h"

#include <QFuture>
#include <QJsonDocument>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace qm::http {

// JSON over HTTP for Prometheus, Patroni and Varnish: QNetworkAccessManager on the caller's
// thread; bodies over 64 KiB are parsed on a pool thread so the GUI never parses large JSON.
class JsonClient : public QObject
{
    Q_OBJECT
public:
    explicit JsonClient(QObject *parent = nullptr);

    void setTimeoutMs(int ms);
    QFuture<Result<QJsonDocument>> get(const QUrl &url);
    QFuture<Result<QJsonDocument>> post(const QUrl &url, const QJsonDocument &body);
    // For endpoints that answer with non-JSON (Varnish BAN, Patroni plain text).
    QFuture<Result<QByteArray>> send(const QByteArray &verb, const QUrl &url,
                                     const QByteArray &body = {},
                                     const QList<QPair<QByteArray, QByteArray>> &headers = {});

private:
    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 5000;
};

} // namespace qm::http
