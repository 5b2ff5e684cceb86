#pragma once

#include "db/connectionparams.h"

#include <QJsonObject>
#include <QString>
#include <vector>

namespace bench {

// The sandbox's primary as `user` (profile.json of $QM_SANDBOX_DIR, passwords from its pgpass).
qm::db::ConnectionParams primary(const QString &user);
QString profilePath();
double percentile(std::vector<double> values, double p); // p in 0..100; -1 when empty
// A watcher's result line to its driver (not a benchmark line: those use qm::bench::print).
void printRaw(const QJsonObject &line);

} // namespace bench
