#pragma once

#include "common/result.h"
#include "db/connectionparams.h"

#include <QString>

// How PostgreSQL failures become qm::Error values: a code the UI can act on and a message that
// says what to do next. Used by the pool's workers; pure functions, unit-tested without servers.
namespace qm::db {

// libpq's text when a connection could not be opened (there is no SQLSTATE for those).
Error errorFromConnectFailure(const QString &libpqMessage, const ConnectionParams &params);

// A server error: SQLSTATE plus libpq's error text ("ERROR:  ...\nDETAIL: ...").
Error errorFromSqlState(const QString &sqlState, const QString &serverText, const QString &what,
    const ConnectionParams &params);

// An open connection that broke during `what` (inDoubt: it broke while committing).
Error connectionLostError(const QString &what, const QString &libpqMessage,
    const ConnectionParams &params, bool inDoubt = false);

Error cancelledError(const QString &what);

// "ERROR:  relation \"x\" does not exist\nLINE 1..." -> "relation \"x\" does not exist"
QString primaryServerMessage(const QString &serverText);

// The SQLSTATE at the start of a verbose error text ("ERROR:  42501: ..."), or empty.
QString sqlStateFromText(const QString &serverText);

} // namespace qm::db
