#include "testenv.h"

#include "profiles/credentials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

namespace qmtest {

namespace {

QJsonObject profile()
{
    QFile f(profilePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

qm::db::ConnectionParams paramsFor(int index, const QString &user)
{
    const QJsonObject pg = profile().value(QStringLiteral("postgres")).toObject();
    const QJsonArray hosts = pg.value(QStringLiteral("hosts")).toArray();
    qm::db::ConnectionParams p;
    const QString hostPort = hosts.at(index).toString();
    p.host = hostPort.section(u':', 0, 0);
    p.port = hostPort.section(u':', 1, 1).toInt();
    p.dbname = pg.value(QStringLiteral("database")).toString();
    p.user = user.isEmpty() ? QStringLiteral("qm_owner") : user;
    p.passfile = pg.value(QStringLiteral("passfile")).toString();
    p.sslmode = pg.value(QStringLiteral("sslmode")).toString(QStringLiteral("prefer"));
    p.applicationName = QStringLiteral("qm-test");
    return p;
}

} // namespace

QString sandboxDir()
{
    return qEnvironmentVariable("QM_SANDBOX_DIR");
}
QString profilePath()
{
    return sandboxDir() + QStringLiteral("/profile.json");
}
QString redisPassword(const QString &user)
{
    qm::Profile p;
    p.redis.user = user;
    p.redis.passfile = sandboxDir() + QStringLiteral("/redis-users");
    return qm::redisPassfilePassword(p);
}
bool haveSandbox()
{
    return !sandboxDir().isEmpty() && QFile::exists(profilePath());
}

qm::db::ConnectionParams primaryParams(const QString &user)
{
    return paramsFor(0, user);
}
qm::db::ConnectionParams replicaParams(const QString &user)
{
    return paramsFor(1, user);
}

qm::db::ClusterConfig clusterConfig(const QString &user)
{
    qm::db::ClusterConfig c;
    c.nodes = {primaryParams(user), replicaParams(user)};
    c.workersPerNode = 2;
    return c;
}

qm::Result<qm::redis::Reply> run(qm::redis::Client &client, QByteArrayList args, int timeoutMs)
{
    auto f = client.command(std::move(args));
    if (!waitFor(f, timeoutMs))
        return qm::Error {
            qm::Error::Code::Timeout, QStringLiteral("test: no reply in time"), {}, {}};
    return f.result();
}

int closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const int port = s.serverPort();
    s.close();
    return port;
}

qm::redis::Endpoint redisEndpoint()
{
    const QJsonObject r = profile().value(QStringLiteral("redis")).toObject();
    qm::redis::Endpoint e;
    e.host = r.value(QStringLiteral("host")).toString(QStringLiteral("127.0.0.1"));
    e.port = r.value(QStringLiteral("port")).toInt(6379);
    return e;
}

int sandboxCtl(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(QM_SOURCE_DIR "/scripts/sandbox"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        qWarning() << "scripts/sandbox" << args << "timed out";
        return -1;
    }
    qInfo().noquote() << "scripts/sandbox" << args.join(u' ') << "->" << p.exitCode() << "\n"
                      << QString::fromUtf8(p.readAll()).trimmed();
    return p.exitCode();
}

} // namespace qmtest
