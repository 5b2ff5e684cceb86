#pragma once

#include "common/result.h"
#include "db/cluster.h"
#include "profiles/profile.h"

#include <QString>

// profile.json for the tools (qmctl, benchmarks, tests, scripts/sandbox writes one): read as the
// GUI reads it (ProfileStore::importFile, Profile::fromJsonBytes), so a tool and the GUI read the
// same fields and refuse the same mistakes.
namespace qm {

// The cluster a tool connects to: the profile's PostgreSQL part (checked as the GUI checks it),
// the user replaced by userOverride when given, passwords from the profile's pgpass file or
// libpq's own defaults (a tool has no keychain prompt).
Result<db::ClusterConfig> toolClusterConfig(
    Profile profile, const QString &userOverride = {}, const QString &origin = {});

// Both: the file at path (blocking: tools, tests or a worker, never the GUI thread) -> the cluster.
Result<db::ClusterConfig> toolClusterConfig(const QString &path, const QString &userOverride = {});

} // namespace qm
