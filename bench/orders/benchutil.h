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
void print(const QJsonObject &line); // one JSON line on stdout

} // namespace bench
