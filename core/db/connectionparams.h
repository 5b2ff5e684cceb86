#pragma once

#include <QString>
#include <QStringList>
#include <string>

namespace qm::db {

// Where and how to reach one PostgreSQL server. The password is held in memory only (it comes
// from the keychain, a pgpass file or a prompt) and is never logged: describe() omits it.
struct ConnectionParams
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString dbname = QStringLiteral("quartermaster");
    QString user;
    QString password; // empty: libpq falls back to passfile / PGPASSFILE / ~/.pgpass
    QString passfile; // optional pgpass file (must be 0600, as libpq requires)
    QString sslmode = QStringLiteral("prefer"); // TLS where the server offers it
    QString sslrootcert; // CA file for verify-ca/verify-full; empty: libpq's ~/.postgresql/root.crt
    QString sslcert; // client certificate (PEM); empty: none (libpq's ~/.postgresql/postgresql.crt)
    QString sslkey; // its private key (0600)
    QString applicationName = QStringLiteral("quartermaster");
    int connectTimeoutSec = 3; // libpq treats values below 2 as 2
    int statementTimeoutMs = 0; // > 0: sent as `options=-c statement_timeout=N` (probes use it)
    int tcpUserTimeoutMs = 0; // > 0: a peer that stops answering mid-query is dropped after it

    std::string toConninfo() const; // libpq keyword=value string, values quoted and escaped
    QString describe() const; // "user@host:port/db", no secret
    QString endpoint() const; // "host:port" ("[::1]:5432" for IPv6)

    // Quotes one conninfo value the way libpq's parser reads it back: '...' with \ and ' escaped.
    static std::string quoteValue(const QString &value);
};

} // namespace qm::db
