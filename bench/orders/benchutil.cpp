#include "benchutil.h"

#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "vendurebench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bench {

QString profilePath()
{
    return qm::bench::benchProfilePath(); // profile-vendure.json with --backend vendure
}

qm::db::ConnectionParams primary(const QString &user)
{
    QFile f(profilePath());
    const auto profile = f.open(QIODevice::ReadOnly) ? qm::Profile::fromJsonBytes(f.readAll())
                                                     : qm::Result<qm::Profile>(qm::Error {});
    if (!profile)
        return {};
    qm::Credentials credentials;
    credentials.source = qm::Credentials::Source::Passfile;
    qm::db::ConnectionParams p
        = qm::connectionParamsFor(profile.value(), credentials, profile->postgresHosts.value(0));
    p.user = user;
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

void printRaw(const QJsonObject &line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace bench
