#pragma once

#include "common/result.h"
#include "db/cluster.h"

#include <QString>

// The PostgreSQL part of a profile.json (the sandbox writes one; qmctl and tests read it):
//   {"name": "...", "environment": "development",
//    "postgres": {"hosts": ["127.0.0.1:5432", "db2:5432"], "database": "quartermaster",
//                 "user": "admin", "sslmode": "prefer", "passfile": "/path/pgpass",
//                 "maxReplicaLagSeconds": 5}, ...}
// Deliberately minimal: the GUI's profile store (core/profiles) owns everything else.
namespace qm::db {

// Reads the file (blocking: qmctl, tests, or a worker). userOverride replaces "user".
Result<ClusterConfig> clusterConfigFromProfile(
    const QString &path, const QString &userOverride = {});

// The same from an already parsed JSON document.
Result<ClusterConfig> clusterConfigFromJson(
    const QByteArray &json, const QString &userOverride = {}, const QString &origin = {});

// "host", "host:port", "[v6]:port" -> host and port (5432 when absent); false when malformed.
bool parseHostPort(const QString &text, QString *host, int *port);

} // namespace qm::db
