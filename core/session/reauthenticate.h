#pragma once

#include "common/result.h"
#include "db/connectionparams.h"

#include <QFuture>
#include <QString>

namespace qm {

// The idle lock's check (issue 11, "Secrets"): is `password` the database password of the
// profile's user? Answered by a real connection attempt, on a pool thread, to the server in
// `params` (the session's primary), with the typed password only: the pgpass file and the
// keychain are left out, so a stored password cannot unlock for someone who does not know it.
// An empty password is refused at once (libpq would otherwise fall back to a pgpass file).
// AuthFailed when the server refuses the password; ConnectionFailed when it could not be asked.
QFuture<Status> checkDatabasePassword(db::ConnectionParams params, QString password);

} // namespace qm
