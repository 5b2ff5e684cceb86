#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QFuture>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace qm::http {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// One HTTP exchange as a plain value: any status (Patroni answers 503 with a useful body).
struct Response
{
    int status = 0;
    QByteArray reason;
    QByteArray body;
    Headers headers;

    bool isSuccess() const { return status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

// JSON over HTTP for Prometheus, Patroni and Varnish: QNetworkAccessManager on the caller's
// thread; bodies over 64 KiB are parsed on a pool thread so the GUI never parses large JSON.
// Every failure is a value: no connection (ConnectionFailed), no answer within the timeout
// (Timeout), a non-2xx status (its code mapped: 401 AuthFailed, 403 PermissionDenied,
// 404 NotFound, 409/412 Conflict, 400/422 InvalidInput; the detail holds "HTTP <status>" and a
// short excerpt of the body), an unparsable body (Protocol).
// Futures finish on the client's thread, or on a pool thread for large bodies: continue them
// with whenFinished(context, future, fn) (common/whenfinished.h).
class JsonClient : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kOffThreadParseBytes = 64 * 1024;

    explicit JsonClient(QObject *parent = nullptr);
    ~JsonClient() override; // requests still running finish with Cancelled

    // Transfer timeout: the request fails when no byte moved for this long.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    // Refuse answers larger than this (0: no limit): the transfer is aborted as soon as the
    // announced length or the bytes received pass it, and the request fails with a Protocol
    // error that names the limit. A Prometheus answer of hundreds of MB never fills memory.
    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // https: trust only the CA certificates of this PEM file (the profile's CA file) instead of
    // the system's; the host name is verified either way. A refused certificate fails with a
    // message that names the cause (host name mismatch, expired, another CA, no TLS).
    void setCaFile(const QString &path);
    QString caFile() const { return m_caFile; }

    QFuture<Result<QJsonDocument>> get(const QUrl &url);
    QFuture<Result<QJsonDocument>> post(const QUrl &url, const QJsonDocument &body);
    // For endpoints that answer with non-JSON (Varnish BAN/PURGE, Patroni plain text).
    // A non-2xx status is an Error.
    QFuture<Result<QByteArray>> send(const QByteArray &verb, const QUrl &url,
        const QByteArray &body = {}, const Headers &headers = {});
    // The raw exchange: any HTTP status is a value; only transport failures are Errors.
    QFuture<Result<Response>> exchange(const QByteArray &verb, const QUrl &url,
        const QByteArray &body = {}, const Headers &headers = {});

    // How many bodies were parsed on a pool thread since start-up (diagnostics and tests).
    static int backgroundParses();

private:
    void request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
        const Headers &headers, std::function<void(Result<Response> &&)> done);
    Error tlsError(const QUrl &url, const QList<QSslError> &errors, const QString &text) const;
    QFuture<Result<QJsonDocument>> json(
        const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers);

    QNetworkAccessManager *m_nam;
    int m_timeoutMs = 5000;
    qint64 m_maxBodyBytes = 0;
    QString m_caFile;
    QString m_caProblem; // why m_caFile cannot be used (empty: it can)
    QList<QSslCertificate> m_caCertificates;
    bool m_closing = false;
};

// Error for a non-2xx response: code mapped from the status, detail with a body excerpt.
Error httpStatusError(const QUrl &url, const Response &response);

} // namespace qm::http
