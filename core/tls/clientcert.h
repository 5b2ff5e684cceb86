#pragma once

#include "common/result.h"
#include "tls/clientpair.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

// Client certificates (issue 11): a profile may name a certificate and its private key (PEM) that
// the console presents to PostgreSQL (libpq sslcert/sslkey; a `hostssl ... cert` pg_hba line
// then signs the user in by the certificate's CN) and to Redis's TLS port (QSslSocket's local
// certificate; `tls-auth-clients yes`). One pair serves both. The key must be readable by its
// owner only (libpq refuses a group/world-readable key too, in fewer words): the console checks
// that before it connects and says what to run.
namespace qm::tls {

struct ClientIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

// The key file's permissions: a sentence when group or others may read or write it (POSIX;
// nothing to check elsewhere). Empty when fine or when the file is absent (loadClientIdentity
// says that). Reads the file's metadata only.
QString keyPermissionProblem(const QString &keyFile);

// Reads and checks the pair: both files readable PEM, the key owner-only, the key the
// certificate's. Error (Code::InvalidInput) with what to do when not. Small file reads.
Result<ClientIdentity> loadClientIdentity(const QString &certFile, const QString &keyFile);

// The server asked for a client certificate and the profile names none.
Error clientCertificateRequired(const QString &service, const QString &detail);
// The server refused the certificate presented (another CA, expired, revoked).
Error clientCertificateRefused(
    const QString &service, const QString &certFile, const QString &detail);

// Whether a TLS library's text is a server's alert about the client's certificate: `required`
// (none was sent) or a refusal (unknown CA, bad or expired certificate).
bool mentionsCertificateRequired(const QString &text);
bool mentionsClientCertificateRefused(const QString &text);

} // namespace qm::tls
