#pragma once

#include "db/connectionparams.h"

#include <QList>
#include <QSslError>

namespace qm::db {

// What a TLS handshake with a PostgreSQL server found, made the way libpq makes it (an
// SSLRequest, then TLS) but with Qt, which names each problem of the certificate. libpq only
// says "certificate verify failed"; the connect error asks this probe why.
struct TlsProbe
{
    bool reached = false; // the server answered the SSLRequest
    bool offersTls = false; // it answered 'S'
    QList<QSslError> errors; // the handshake's certificate errors (host name: verify-full only)
    QString failure; // the socket's own text when nothing else is known
};

// Blocking (a worker thread only): connects to params.host:port, trusts only params.sslrootcert
// (empty: the system's CAs) and checks the host name for sslmode verify-full.
TlsProbe probeTls(const ConnectionParams &params, int timeoutMs = 3000);

} // namespace qm::db
