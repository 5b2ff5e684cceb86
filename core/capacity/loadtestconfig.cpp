// A load test's configuration (loadtest.h): the ramp as typed, or as shares of the recorded peak,
// and where the storefront simulator and its metrics endpoint are.
#include "capacity/loadtest.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace qm::capacity {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::LoadTestRunner)
};

} // namespace

QJsonObject LoadTestConfig::toJson() const
{
    QJsonArray r;
    for (double v : ramp)
        r.append(v);
    return QJsonObject {{QStringLiteral("ramp"), r}, {QStringLiteral("stepMs"), double(stepMs)},
        {QStringLiteral("warmupMs"), double(warmupMs)}, {QStringLiteral("workers"), workers},
        {QStringLiteral("p95LimitS"), p95LimitS}, {QStringLiteral("errorLimit"), errorLimit},
        {QStringLiteral("keepUpShare"), keepUpShare}, {QStringLiteral("p99TargetS"), p99TargetS},
        {QStringLiteral("rampPercent"),
            [this] {
                QJsonArray a;
                for (double v : rampPercent)
                    a.append(v);
                return a;
            }()},
        {QStringLiteral("peak"), peak.valid() ? QJsonValue(peak.toJson()) : QJsonValue()}};
}

QString LoadTestConfig::findStorefront()
{
    const QString env = qEnvironmentVariable("QM_STOREFRONT");
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/qm-storefront"),
             dir + QStringLiteral("/../../server/storefront/qm-storefront"),
             dir + QStringLiteral("/../server/storefront/qm-storefront")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    return QStringLiteral("qm-storefront");
}

int LoadTestConfig::metricsPortFor(const Profile &profile)
{
    if (profile.postgresHosts.isEmpty())
        return 0;
    const int port = profile.postgresHosts.first().section(u':', 1, 1).toInt();
    return port > 0 && port + 26 <= 65535 ? port + 26 : 0;
}

Result<std::vector<double>> LoadTestConfig::parseRamp(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !(v > 0) || !std::isfinite(v))
            return Error {Error::Code::InvalidInput,
                Text::tr("A ramp is a list of order rates per second such as 10,20,40; \"%1\" is "
                         "not a positive number.")
                    .arg(part.trimmed()),
                {}, {}};
        out.push_back(v);
    }
    if (out.empty())
        return Error {Error::Code::InvalidInput,
            Text::tr("A ramp is a list of order rates per second such as 10,20,40."), {}, {}};
    return out;
}

Result<std::vector<double>> LoadTestConfig::parsePercents(const QString &text)
{
    std::vector<double> out;
    for (QString part : text.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.endsWith(u'%'))
            part.chop(1);
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !(v > 0) || !std::isfinite(v) || v > 10'000)
            return Error {Error::Code::InvalidInput,
                Text::tr("A percentage ramp is a list of shares of the recorded peak such as "
                         "25,50,100,150; \"%1\" is not a positive percentage.")
                    .arg(part),
                {}, {}};
        out.push_back(v);
    }
    if (out.empty())
        return Error {Error::Code::InvalidInput,
            Text::tr("A percentage ramp is a list of shares of the recorded peak such as "
                     "25,50,100,150."),
            {}, {}};
    return out;
}

std::vector<double> LoadTestConfig::rampFromPercents(
    const std::vector<double> &percents, double peakPerSecond)
{
    std::vector<double> out;
    for (double p : percents)
        out.push_back(std::max(0.1, std::round(peakPerSecond * p / 100.0 * 10.0) / 10.0));
    return out;
}

} // namespace qm::capacity
