#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace qm::bench {

// The one format of every benchmark line: one JSON object per line on stdout, always with
//   {"bench", "metric", "ours", "peer", "peer_value", "ratio", "unit", ...extra}
// ratio = ours / peer_value (4 significant digits). Where nothing comparable runs, peer is "none"
// and peer_value and ratio are null. Extra keys (goal, runs, rate, ...) are free, but never replace
// one of the seven. scripts/bench all collects the lines, scripts/bench compare reads them.
struct Line
{
    QString bench;
    QString metric;
    QString unit; // "ms", "s", "MB", "kB", "orders/s", "keys/s", "count", "x"
    double ours = 0;
    QString peer = QStringLiteral("none");
    std::optional<double> peerValue;
    QJsonObject extra;
};

QJsonObject toJson(const Line &line);
void print(const Line &line); // stdout, flushed: a killed benchmark keeps what it printed

// The seven keys every line has, in the order people read them. bench/results.py check is the
// one checker of lines read back (scripts/bench all runs it on what it collected).
const QStringList &requiredKeys();

// Round to `digits` decimals, for figures people read.
double rounded(double value, int digits = 1);

} // namespace qm::bench
