#include "profilefile.h"

#include "common/threadguard.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qm::db {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qm::db::ProfileFile", text);
}

Error profileError(Error::Code code, const QString &message, const QString &detail = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

} // namespace

bool parseHostPort(const QString &text, QString *host, int *port)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    QString h = t;
    QString p;
    if (t.startsWith(u'[')) {
        const int close = t.indexOf(u']');
        if (close < 0)
            return false;
        h = t.mid(1, close - 1);
        const QString rest = t.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return false;
            p = rest.mid(1);
        }
    } else if (t.count(u':') == 1) {
        h = t.section(u':', 0, 0);
        p = t.section(u':', 1, 1);
    }
    int portNumber = 5432;
    if (!p.isEmpty()) {
        bool ok = false;
        portNumber = p.toInt(&ok);
        if (!ok || portNumber <= 0 || portNumber > 65535)
            return false;
    }
    if (h.isEmpty())
        return false;
    *host = h;
    *port = portNumber;
    return true;
}

Result<ClusterConfig> clusterConfigFromJson(
    const QByteArray &json, const QString &userOverride, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return profileError(Error::Code::InvalidInput,
            tr("The profile %1 is not valid JSON: %2").arg(origin, parseError.errorString()));
    const QJsonObject pg = doc.object().value(QStringLiteral("postgres")).toObject();
    const QJsonArray hosts = pg.value(QStringLiteral("hosts")).toArray();
    if (hosts.isEmpty())
        return profileError(Error::Code::InvalidInput,
            tr("The profile %1 names no PostgreSQL host (postgres.hosts).").arg(origin));
    ClusterConfig config;
    config.maxReplicaLagSeconds
        = pg.value(QStringLiteral("maxReplicaLagSeconds")).toDouble(config.maxReplicaLagSeconds);
    for (const QJsonValue &v : hosts) {
        ConnectionParams p;
        if (!parseHostPort(v.toString(), &p.host, &p.port))
            return profileError(Error::Code::InvalidInput,
                tr("The profile %1 has a malformed host \"%2\" (expected "
                   "host:port).")
                    .arg(origin, v.toString()));
        p.dbname = pg.value(QStringLiteral("database")).toString(p.dbname);
        p.user
            = userOverride.isEmpty() ? pg.value(QStringLiteral("user")).toString() : userOverride;
        p.sslmode = pg.value(QStringLiteral("sslmode")).toString(p.sslmode);
        p.passfile = pg.value(QStringLiteral("passfile")).toString();
        config.nodes.append(p);
    }
    return config;
}

Result<ClusterConfig> clusterConfigFromProfile(const QString &path, const QString &userOverride)
{
    qm::assertMayBlock("read a profile file");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return profileError(
            Error::Code::Io, tr("Cannot read the profile %1: %2").arg(path, f.errorString()));
    return clusterConfigFromJson(f.readAll(), userOverride, path);
}

} // namespace qm::db
