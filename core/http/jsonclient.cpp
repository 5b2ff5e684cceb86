#include "http/jsonclient.h"

#include "common/logging.h"
#include "tls/tlserror.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>

namespace qm::http {

namespace {

std::atomic<int> g_backgroundParses {0};

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::http::JsonClient)
};

// For people and logs: scheme://host:port/path, never credentials or the query.
QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString excerpt(const QByteArray &body, int maxChars = 200)
{
    QString text = QString::fromUtf8(body.left(maxChars * 4)).simplified();
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        text += QStringLiteral("...");
    }
    return text;
}

Error transportError(
    const QUrl &url, QNetworkReply::NetworkError code, const QString &text, int timeoutMs)
{
    Error e;
    e.detail = where(url) + QStringLiteral(": ") + text;
    switch (code) {
    case QNetworkReply::OperationCanceledError: // what transferTimeout does in Qt 6.4
    case QNetworkReply::TimeoutError:
        e.code = Error::Code::Timeout;
        e.message = Text::tr("%1 did not answer within %2 ms.").arg(where(url)).arg(timeoutMs);
        break;
    case QNetworkReply::RemoteHostClosedError:
        e.code = Error::Code::ConnectionLost;
        e.message
            = Text::tr("%1 closed the connection before answering. Try again.").arg(where(url));
        break;
    case QNetworkReply::ConnectionRefusedError:
        e.code = Error::Code::ConnectionFailed;
        e.message = Text::tr("Cannot reach %1: connection refused. Is the service running?")
                        .arg(where(url));
        break;
    case QNetworkReply::HostNotFoundError:
        e.code = Error::Code::ConnectionFailed;
        e.message = Text::tr("Cannot reach %1: host not found. Check the address in the connection "
                             "profile.")
                        .arg(where(url));
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.code = Error::Code::ConnectionFailed;
        e.message = Text::tr("Cannot reach %1: the TLS handshake failed. Check the certificate "
                             "settings in the connection profile.")
                        .arg(where(url));
        break;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        e.code = Error::Code::Protocol;
        e.message = Text::tr("%1 answered something that is not valid HTTP.").arg(where(url));
        break;
    default:
        e.code = Error::Code::ConnectionFailed;
        e.message = Text::tr("Cannot reach %1: %2.").arg(where(url), text);
        break;
    }
    return e;
}

} // namespace

Error JsonClient::tlsError(
    const QUrl &url, const QList<QSslError> &errors, const QString &text) const
{
    const QString service = where(url);
    const QString detail = service + QStringLiteral(": ") + text;
    if (!m_caProblem.isEmpty())
        return tls::unusableCaFile(service, m_caFile, m_caProblem, detail);
    if (!errors.isEmpty())
        return tls::refusedCertificate(service, url.host(), errors, m_caFile, detail);
    return tls::plainTextServer(service, detail);
}

namespace {

Result<QJsonDocument> parseJson(const QUrl &url, const QByteArray &body)
{
    QJsonParseError pe;
    QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return Error {Error::Code::Protocol,
            Text::tr("%1 answered with invalid JSON (%2 at byte %3).")
                .arg(where(url), pe.errorString())
                .arg(pe.offset),
            excerpt(body), {}};
    }
    return doc;
}

} // namespace

QByteArray Response::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Error httpStatusError(const QUrl &url, const Response &response)
{
    Error e;
    switch (response.status) {
    case 400:
    case 422:
        e.code = Error::Code::InvalidInput;
        break;
    case 401:
        e.code = Error::Code::AuthFailed;
        break;
    case 403:
        e.code = Error::Code::PermissionDenied;
        break;
    case 404:
        e.code = Error::Code::NotFound;
        break;
    case 408:
    case 504:
        e.code = Error::Code::Timeout;
        break;
    case 409:
    case 412:
        e.code = Error::Code::Conflict;
        break;
    default:
        e.code = Error::Code::Unknown;
        break;
    }
    e.message = Text::tr("%1 answered HTTP %2 %3.")
                    .arg(where(url))
                    .arg(response.status)
                    .arg(QString::fromLatin1(response.reason));
    e.detail = QStringLiteral("HTTP %1").arg(response.status);
    const QString body = excerpt(response.body);
    if (!body.isEmpty())
        e.detail += QStringLiteral(": ") + body;
    return e;
}

JsonClient::JsonClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

JsonClient::~JsonClient()
{
    m_closing = true;
    const auto replies = m_nam->findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort(); // finishes synchronously: the handler reports Cancelled
}

void JsonClient::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
}

void JsonClient::setCaFile(const QString &path)
{
    m_caFile = path;
    m_caProblem.clear();
    m_caCertificates
        = path.isEmpty() ? QList<QSslCertificate>() : tls::loadCaFile(path, &m_caProblem);
}

void JsonClient::setMaxBodyBytes(qint64 bytes)
{
    m_maxBodyBytes = bytes;
}

int JsonClient::backgroundParses()
{
    return g_backgroundParses;
}

void JsonClient::request(const QByteArray &verb, const QUrl &url, const QByteArray &body,
    const Headers &headers, std::function<void(Result<Response> &&)> done)
{
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setRawHeader("User-Agent", "Quartermaster/" QM_VERSION);
    if (!m_caFile.isEmpty() && url.scheme() == u"https") {
        // Only the profile's CA (none at all when its file is unusable: nothing is trusted).
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(m_caCertificates);
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        req.setSslConfiguration(conf);
    }
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = body.isEmpty() && verb != "POST" && verb != "PUT"
        ? m_nam->sendCustomRequest(req, verb)
        : m_nam->sendCustomRequest(req, verb, body);
    const int timeoutMs = m_timeoutMs;
    const qint64 maxBytes = m_maxBodyBytes;
    qCDebug(lcHttp) << verb << where(url);
    auto sslErrors = std::make_shared<QList<QSslError>>();
    connect(reply, &QNetworkReply::sslErrors, reply,
        [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
    // (the flag is read by the finished handler below, which abort() runs synchronously)
    auto tooLarge = std::make_shared<qint64>(0);
    if (maxBytes > 0) {
        auto check = [reply, maxBytes, tooLarge](qint64 seen) {
            if (seen > maxBytes && *tooLarge == 0) {
                *tooLarge = seen;
                reply->abort();
            }
        };
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, check] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid())
                check(length.toLongLong());
        });
        connect(reply, &QNetworkReply::downloadProgress, reply,
            [check](qint64 received, qint64) { check(received); });
    }
    // The body as it arrives: a server that ends an HTTP/1.0 answer by closing its TLS connection
    // (Patroni's REST API over https) leaves a reply that Qt 6.4 has already closed when
    // `finished` comes, so reading only then would lose the whole body.
    auto received = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, reply,
        [reply, received] { received->append(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, url, timeoutMs, maxBytes, tooLarge, sslErrors, received, done] {
            reply->deleteLater();
            const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
            if (m_closing) {
                done(Error {Error::Code::Cancelled,
                    tr("The request to %1 was cancelled.").arg(where(url)), {}, {}});
                return;
            }
            if (*tooLarge > 0) {
                done(Error {Error::Code::Protocol,
                    tr("%1 answered with more than %2 MB: refused. Ask for a shorter time range, a "
                       "coarser step or fewer series.")
                        .arg(where(url))
                        .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 1),
                    QStringLiteral("%1 bytes or more; limit %2").arg(*tooLarge).arg(maxBytes), {}});
                return;
            }
            if (!status.isValid()) {
                Error e = reply->error() == QNetworkReply::SslHandshakeFailedError
                    ? tlsError(url, *sslErrors, reply->errorString())
                    : transportError(url, reply->error(), reply->errorString(), timeoutMs);
                qCDebug(lcHttp) << e.toString();
                done(std::move(e));
                return;
            }
            Response r;
            r.status = status.toInt();
            r.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            if (reply->isOpen())
                received->append(reply->readAll());
            r.body = std::move(*received);
            r.headers = reply->rawHeaderPairs();
            qCDebug(lcHttp) << where(url) << "->" << r.status << r.body.size() << "bytes";
            done(std::move(r));
        });
}

QFuture<Result<Response>> JsonClient::exchange(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers)
{
    auto promise = std::make_shared<QPromise<Result<Response>>>();
    promise->start();
    request(verb, url, body, headers, [promise](Result<Response> &&r) {
        promise->addResult(std::move(r));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<QByteArray>> JsonClient::send(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers)
{
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    request(verb, url, body, headers, [promise, url](Result<Response> &&r) {
        if (!r)
            promise->addResult(Result<QByteArray>(r.error()));
        else if (!r->isSuccess())
            promise->addResult(Result<QByteArray>(httpStatusError(url, r.value())));
        else
            promise->addResult(Result<QByteArray>(std::move(r.value().body)));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<QJsonDocument>> JsonClient::json(
    const QByteArray &verb, const QUrl &url, const QByteArray &body, const Headers &headers)
{
    using R = Result<QJsonDocument>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    request(verb, url, body, headers, [promise, url](Result<Response> &&r) {
        auto finish = [promise](R result) {
            promise->addResult(std::move(result));
            promise->finish();
        };
        if (!r)
            return finish(r.error());
        if (!r->isSuccess())
            return finish(httpStatusError(url, r.value()));
        QByteArray bytes = std::move(r.value().body);
        if (bytes.size() <= kOffThreadParseBytes)
            return finish(parseJson(url, bytes));
        // Large bodies (a Prometheus range query, a Patroni cluster) never parse on the GUI
        // thread. The promise is finished from the pool thread.
        (void)QtConcurrent::run([finish, url, bytes = std::move(bytes)] {
            ++g_backgroundParses;
            finish(parseJson(url, bytes));
        });
    });
    return promise->future();
}

QFuture<Result<QJsonDocument>> JsonClient::get(const QUrl &url)
{
    return json("GET", url, {}, {{"Accept", "application/json"}});
}

QFuture<Result<QJsonDocument>> JsonClient::post(const QUrl &url, const QJsonDocument &body)
{
    return json("POST", url, body.toJson(QJsonDocument::Compact),
        {{"Accept", "application/json"}, {"Content-Type", "application/json"}});
}

} // namespace qm::http
