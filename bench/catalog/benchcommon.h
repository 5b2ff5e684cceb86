#pragma once

#include "backend/backend.h"
#include "db/connectionparams.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace catalogbench {

// The benchmark sandbox ($QM_SANDBOX_DIR/profile.json; profile-vendure.json with --backend
// vendure): primary and replica endpoints as `user` (an empty host: the profile has no such node,
// as the lean sandbox of --products N has no replica).
qm::db::ConnectionParams node(const QString &user, int index = 0);
QString password(const qm::db::ConnectionParams &p); // from the profile's pgpass file
// The profile's backend (Vendure with --backend vendure), for the services.
qm::Backend backend();
double rssMb(); // this process, /proc/self/status VmRSS
// One line of bench/common/benchline.h's format with "bench":"catalog" (peerValue empty: no peer).
void print(const QString &metric, const QString &unit, double ours, const QString &peer,
    std::optional<double> peerValue, const QJsonObject &extra = {});
double round1(double v);
// Runs a command, returns its wall time in ms (or -1 and prints its output on failure).
double timedProcess(const QString &program, const QStringList &args, const QStringList &env = {});

} // namespace catalogbench
