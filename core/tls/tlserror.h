#pragma once

#include "common/result.h"

#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

// Why a verified TLS connection was refused, in words a person can act on. The libraries say
// little ("certificate verify failed", "TLS handshake failed"); PostgreSQL, Redis and HTTPS
// connections all map their failures here so that each names its cause (host name mismatch,
// expired, not signed by the chosen CA, no TLS at all) and what to do next.
namespace qm::tls {

enum class Failure {
    None,
    HostNameMismatch, // the certificate is for another name
    Expired,
    NotYetValid,
    UntrustedCa, // not signed by the CA the profile names (or self-signed)
    Revoked,
    NoTls, // the server answered in plain text (or not at all) where TLS was required
    CaFileUnusable, // the profile's CA file is missing or holds no certificate
    Other,
};

// The most telling failure among the handshake's errors: an unknown issuer first (nothing else
// about a certificate from a stranger matters), then validity dates, then the host name.
Failure classify(const QList<QSslError> &errors);

// The certificates of a PEM file; an empty list and *problem set when it cannot be used.
QList<QSslCertificate> loadCaFile(const QString &path, QString *problem = nullptr);

// A refused connection as an Error (Code::ConnectionFailed). `service` names the server for
// people ("PostgreSQL at localhost:5432"), `host` is the name the console connected to,
// `caFile` the profile's CA file (empty: the system's CAs), `detail` the library's own text.
Error refusedCertificate(const QString &service, const QString &host,
    const QList<QSslError> &errors, const QString &caFile, const QString &detail);
// The certificate names `certNames` ("a.example, 10.0.0.1"), not `host`.
Error hostNameMismatch(
    const QString &service, const QString &certNames, const QString &host, const QString &detail);
// The server does not speak TLS where the profile requires it.
Error plainTextServer(const QString &service, const QString &detail);
// The profile's CA file cannot be used (missing, unreadable, no PEM certificate in it).
Error unusableCaFile(
    const QString &service, const QString &caFile, const QString &problem, const QString &detail);

} // namespace qm::tls
