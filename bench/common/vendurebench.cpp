#include "vendurebench.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cstring>

namespace qm::bench {

bool takeBackendArg(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        QByteArray value;
        int used = 0;
        if (std::strcmp(argv[i], "--backend") == 0 && i + 1 < argc) {
            value = argv[i + 1];
            used = 2;
        } else if (std::strncmp(argv[i], "--backend=", 10) == 0) {
            value = argv[i] + 10;
            used = 1;
        } else {
            continue;
        }
        if (value != "vendure" && value != "reference")
            return false;
        qputenv("QM_BENCH_BACKEND", value);
        for (int j = i; j + used <= argc; ++j)
            argv[j] = j + used < argc ? argv[j + used] : nullptr;
        argc -= used;
        --i;
    }
    return true;
}

bool onVendure()
{
    return qgetenv("QM_BENCH_BACKEND") == "vendure";
}

QString benchProfilePath()
{
    return qEnvironmentVariable("QM_SANDBOX_DIR")
        + (onVendure() ? QStringLiteral("/profile-vendure.json") : QStringLiteral("/profile.json"));
}

VendureAdmin::VendureAdmin()
{
    QFile f(qEnvironmentVariable("QM_SANDBOX_DIR") + QStringLiteral("/profile-vendure.json"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject v
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("vendure")).toObject();
    m_url = v.value(QStringLiteral("adminApi")).toString();
    QFile pass(v.value(QStringLiteral("passfile")).toString());
    if (pass.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> parts = pass.readLine().trimmed().split(' ');
        if (parts.size() >= 2) {
            m_user = QString::fromUtf8(parts.at(0));
            m_password = QString::fromUtf8(parts.mid(1).join(' '));
        }
    }
}

namespace {

// `data` of a GraphQL answer, or the first error.
QJsonObject parse(QNetworkReply *reply, QString *error)
{
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && body.isEmpty()) {
        *error = reply->errorString();
        return {};
    }
    const QJsonObject doc = QJsonDocument::fromJson(body).object();
    const QJsonArray errors = doc.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        *error = errors.first().toObject().value(QStringLiteral("message")).toString();
        return {};
    }
    if (!doc.value(QStringLiteral("data")).isObject()) {
        *error = QStringLiteral("no data in the answer (HTTP %1)")
                     .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
        return {};
    }
    return doc.value(QStringLiteral("data")).toObject();
}

} // namespace

void VendureAdmin::queryAsync(const QString &gql, const QJsonObject &variables,
    std::function<void(const QJsonObject &, const QString &)> done)
{
    QNetworkRequest request {QUrl(m_url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("query"), gql},
            {QStringLiteral("variables"),
                variables}}).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.post(request, body);
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done] {
        reply->deleteLater();
        const QByteArray token = reply->rawHeader("vendure-auth-token");
        if (!token.isEmpty())
            m_token = token;
        QString error;
        const QJsonObject data = parse(reply, &error);
        done(data, error);
    });
}

QJsonObject VendureAdmin::query(
    const QString &gql, const QJsonObject &variables, double *ms, QString *error)
{
    QEventLoop loop;
    QJsonObject result;
    QElapsedTimer t;
    t.start();
    queryAsync(gql, variables, [&](const QJsonObject &data, const QString &e) {
        result = data;
        *error = e;
        loop.quit();
    });
    loop.exec();
    if (ms)
        *ms = t.nsecsElapsed() / 1e6;
    return result;
}

bool VendureAdmin::login(QString *error)
{
    if (m_url.isEmpty() || m_user.isEmpty()) {
        *error = QStringLiteral("no Vendure in this sandbox (profile-vendure.json, passfile)");
        return false;
    }
    const QJsonObject d
        = query(QStringLiteral("mutation($u: String!, $p: String!) { login(username: "
                               "$u, password: $p) { ... on CurrentUser { id } "
                               "... on ErrorResult { errorCode message } } }"),
            {{QStringLiteral("u"), m_user}, {QStringLiteral("p"), m_password}}, nullptr, error);
    if (!error->isEmpty())
        return false;
    const QJsonObject login = d.value(QStringLiteral("login")).toObject();
    if (login.contains(QStringLiteral("errorCode")) || m_token.isEmpty()) {
        *error = login.value(QStringLiteral("message")).toString(QStringLiteral("no token"));
        return false;
    }
    return true;
}

} // namespace qm::bench
