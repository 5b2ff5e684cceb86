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
    QString password;   // empty: libpq falls back to passfile / PGPASSFILE / ~/.pgpass
    QString passfile;   // optional pgpass file (must be 0600, as libpq requires)
    QString sslmode = QStringLiteral("prefer"); // TLS where the server offers it
    QString applicationName = QStringLiteral("quartermaster");
    int connectTimeoutSec = 3;

    std::string toConninfo() const; // libpq keyword=value string, values quoted and escaped
    QString describe() const;       // "user@host:port/db", no secret
};

} // namespace qm::db
