#include "benchcommon.h"

#include "benchline.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "vendurebench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTextStream>
#include <cmath>
#include <cstdio>

namespace catalogbench {

qm::db::ConnectionParams node(const QString &user, int index)
{
    QFile f(qm::bench::benchProfilePath()); // the Vendure one with --backend vendure
    const auto profile = f.open(QIODevice::ReadOnly) ? qm::Profile::fromJsonBytes(f.readAll())
                                                     : qm::Result<qm::Profile>(qm::Error {});
    if (!profile)
        return {};
    if (index >= profile->postgresHosts.size()) {
        qm::db::ConnectionParams none; // (no such node: a sandbox without a replica)
        none.host.clear();
        return none;
    }
    qm::Credentials credentials;
    credentials.source = qm::Credentials::Source::Passfile;
    qm::db::ConnectionParams p = qm::connectionParamsFor(
        profile.value(), credentials, profile->postgresHosts.value(index));
    p.user = user;
    p.applicationName = QStringLiteral("bench-catalog");
    return p;
}

QString password(const qm::db::ConnectionParams &p)
{
    QFile f(p.passfile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QStringList parts = in.readLine().split(u':');
        if (parts.size() >= 5 && parts[1] == QString::number(p.port) && parts[3] == p.user)
            return parts.mid(4).join(u':');
    }
    return {};
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

double round1(double v)
{
    return qm::bench::rounded(v, 1);
}

void print(const QString &metric, const QString &unit, double ours, const QString &peer,
    std::optional<double> peerValue, const QJsonObject &extra)
{
    QJsonObject e = extra;
    if (qm::bench::onVendure())
        e.insert(QStringLiteral("backend"), QStringLiteral("vendure"));
    qm::bench::print({QStringLiteral("catalog"), metric, unit, ours, peer, peerValue, e});
}

double timedProcess(const QString &program, const QStringList &args, const QStringList &env)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!env.isEmpty()) {
        QStringList e = QProcess::systemEnvironment();
        e += env;
        p.setEnvironment(e);
    }
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(1800000) || p.exitCode() != 0) {
        std::fprintf(
            stderr, "bench_catalog: %s failed: %s\n", qPrintable(program), p.readAll().constData());
        return -1;
    }
    return double(t.elapsed());
}

qm::Backend backend()
{
    QFile f(qm::bench::benchProfilePath());
    const auto profile = f.open(QIODevice::ReadOnly) ? qm::Profile::fromJsonBytes(f.readAll())
                                                     : qm::Result<qm::Profile>(qm::Error {});
    return profile ? qm::backendOf(profile.value()) : qm::Backend {};
}

} // namespace catalogbench
