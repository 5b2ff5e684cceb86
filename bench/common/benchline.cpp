#include "benchline.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <cmath>
#include <cstdio>

namespace qm::bench {

namespace {

std::optional<double> ratioOf(double ours, std::optional<double> peer)
{
    if (!peer || *peer == 0 || !std::isfinite(*peer) || !std::isfinite(ours))
        return std::nullopt;
    return QString::number(ours / *peer, 'g', 4).toDouble(); // 4 significant digits
}

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

double rounded(double value, int digits)
{
    const double scale = std::pow(10.0, digits);
    return std::round(value * scale) / scale;
}

const QStringList &requiredKeys()
{
    static const QStringList keys {QStringLiteral("bench"), QStringLiteral("metric"),
        QStringLiteral("ours"), QStringLiteral("peer"), QStringLiteral("peer_value"),
        QStringLiteral("ratio"), QStringLiteral("unit")};
    return keys;
}

QJsonObject toJson(const Line &line)
{
    QJsonObject out = line.extra;
    out.insert(QStringLiteral("bench"), line.bench);
    out.insert(QStringLiteral("metric"), line.metric);
    out.insert(QStringLiteral("ours"), line.ours);
    out.insert(QStringLiteral("peer"), line.peer.isEmpty() ? QStringLiteral("none") : line.peer);
    out.insert(QStringLiteral("peer_value"), number(line.peerValue));
    out.insert(QStringLiteral("ratio"), number(ratioOf(line.ours, line.peerValue)));
    out.insert(QStringLiteral("unit"), line.unit);
    return out;
}

void print(const Line &line)
{
    std::printf("%s\n", QJsonDocument(toJson(line)).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

} // namespace qm::bench
