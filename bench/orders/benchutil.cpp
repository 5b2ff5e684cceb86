#include "benchutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bench {

QString profilePath()
{
    return qEnvironmentVariable("QM_SANDBOX_DIR") + QStringLiteral("/profile.json");
}

qm::db::ConnectionParams primary(const QString &user)
{
    QFile f(profilePath());
    f.open(QIODevice::ReadOnly);
    const QJsonObject pg = QJsonDocument::fromJson(f.readAll())
                               .object()
                               .value(QStringLiteral("postgres"))
                               .toObject();
    const QString hostPort = pg.value(QStringLiteral("hosts")).toArray().at(0).toString();
    qm::db::ConnectionParams p;
    p.host = hostPort.section(u':', 0, 0);
    p.port = hostPort.section(u':', 1, 1).toInt();
    p.dbname = pg.value(QStringLiteral("database")).toString();
    p.user = user;
    p.passfile = pg.value(QStringLiteral("passfile")).toString();
    p.sslmode = pg.value(QStringLiteral("sslmode")).toString(QStringLiteral("prefer"));
    p.applicationName = QStringLiteral("bench-orders");
    return p;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const double rank = p / 100.0 * double(v.size() - 1);
    const size_t lo = size_t(std::floor(rank));
    const size_t hi = std::min(v.size() - 1, lo + 1);
    return v[lo] + (v[hi] - v[lo]) * (rank - double(lo));
}

void print(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace bench
