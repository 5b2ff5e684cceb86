#include "migrator.h"

#include "common/logging.h"
#include "common/threadguard.h"
#include "db/pgerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <pqxx/pqxx>

namespace qm::db {

namespace {

// The bookkeeping table, in the migrator's schema (a checked identifier: see checkSchemaName).
std::string createTable(const std::string &table)
{
    return "create table if not exists " + table + R"( (
    version    int primary key,
    name       text not null,
    checksum   text not null,
    applied_at timestamptz not null default now()
))";
}

std::string tableIn(const QString &schema)
{
    return schema.toStdString() + ".qm_schema_migrations";
}

Error migrationError(Error::Code code, const QString &message, const QString &detail = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

ConnectionParams paramsOf(Pool::Connection &c)
{
    ConnectionParams p;
    p.host = QString::fromUtf8(c.hostname() ? c.hostname() : "");
    p.port = QString::fromUtf8(c.port() ? c.port() : "0").toInt();
    p.dbname = QString::fromUtf8(c.dbname() ? c.dbname() : "");
    p.user = QString::fromUtf8(c.username() ? c.username() : "");
    return p;
}

QVector<AppliedMigration> readApplied(Pool::Connection &c, const std::string &table)
{
    pqxx::nontransaction tx(c);
    const pqxx::row exists = tx.exec_params1("select to_regclass($1) is not null", table);
    QVector<AppliedMigration> out;
    if (!exists[0].as<bool>())
        return out;
    const pqxx::result r = tx.exec("select version, name, checksum, "
                                   "to_char(applied_at at time zone 'UTC', "
                                   "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                                   "from "
        + table + " order by version");
    for (const pqxx::row &row : r) {
        AppliedMigration a;
        a.version = row[0].as<int>();
        a.name = QString::fromStdString(row[1].as<std::string>());
        a.checksum = QString::fromStdString(row[2].as<std::string>());
        a.appliedAt
            = QDateTime::fromString(QString::fromStdString(row[3].as<std::string>()), Qt::ISODate);
        out.append(a);
    }
    return out;
}

MigrationStatus compare(
    const QVector<MigrationFile> &files, const QVector<AppliedMigration> &applied)
{
    MigrationStatus s;
    s.applied = applied;
    QHash<int, QString> appliedSums;
    for (const AppliedMigration &a : applied) {
        appliedSums.insert(a.version, a.checksum);
        s.current = std::max(s.current, a.version);
    }
    for (const MigrationFile &f : files) {
        s.required = std::max(s.required, f.version);
        const auto it = appliedSums.constFind(f.version);
        if (it == appliedSums.constEnd()) {
            s.pending.append(f);
        } else if (*it != f.checksum) {
            throw migrationError(Error::Code::Conflict,
                Migrator::tr("Migration %1 was changed after it was applied to this database. "
                             "Migrations are append-only: restore the original file and put "
                             "the change in a new migration.")
                    .arg(f.name),
                Migrator::tr("checksum applied %1, file %2").arg(*it, f.checksum));
        }
    }
    return s;
}

} // namespace

Migrator::Migrator(QString directory, QString bookkeepingSchema)
    : m_directory(std::move(directory))
    , m_schema(std::move(bookkeepingSchema))
{ }

void Migrator::checkSchemaName() const
{
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!identifier.match(m_schema).hasMatch())
        throw migrationError(Error::Code::InvalidInput,
            tr("The migrations' bookkeeping schema \"%1\" is not a lower-case SQL name.")
                .arg(m_schema));
}

Result<QVector<MigrationFile>> Migrator::loadFiles() const
{
    qm::assertMayBlock("read migration files");
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_([A-Za-z0-9_.-]+)\\.sql$"));
    const QDir dir(m_directory);
    if (!dir.exists())
        return migrationError(
            Error::Code::Io, tr("The migrations folder %1 does not exist.").arg(m_directory));
    QVector<MigrationFile> files;
    QHash<int, QString> seen;
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : names) {
        const QRegularExpressionMatch match = pattern.match(fileName);
        if (!match.hasMatch()) {
            qCWarning(lcDb) << "ignoring" << fileName << "(not NNNN_name.sql)";
            continue;
        }
        MigrationFile f;
        f.version = match.captured(1).toInt();
        f.name = fileName.chopped(4);
        if (seen.contains(f.version))
            return migrationError(Error::Code::InvalidInput,
                tr("Two migrations share version %1: %2 and %3.")
                    .arg(f.version)
                    .arg(seen.value(f.version), f.name));
        seen.insert(f.version, f.name);
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return migrationError(Error::Code::Io,
                tr("Cannot read the migration %1: %2").arg(file.fileName(), file.errorString()));
        f.sql = file.readAll();
        f.checksum = QString::fromLatin1(
            QCryptographicHash::hash(f.sql, QCryptographicHash::Sha256).toHex());
        files.append(f);
    }
    std::sort(files.begin(), files.end(),
        [](const MigrationFile &a, const MigrationFile &b) { return a.version < b.version; });
    return files;
}

QVector<MigrationFile> Migrator::filesOrThrow() const
{
    Result<QVector<MigrationFile>> files = loadFiles();
    if (!files)
        throw files.error();
    return std::move(files).value();
}

MigrationStatus Migrator::statusOn(Pool::Connection &c) const
{
    checkSchemaName();
    return compare(filesOrThrow(), readApplied(c, tableIn(m_schema)));
}

MigrationStatus Migrator::migrateOn(Pool::Connection &c) const
{
    checkSchemaName();
    const QVector<MigrationFile> files = filesOrThrow();
    const std::string table = tableIn(m_schema);
    {
        pqxx::work tx(c);
        tx.exec_params("select pg_advisory_xact_lock($1)", kAdvisoryLockKey);
        if (m_schema != defaultSchema())
            tx.exec("create schema if not exists " + m_schema.toStdString());
        tx.exec(createTable(table));
        // The console checks the schema version as whoever signed in.
        tx.exec("grant select on " + table + " to public");
        tx.commit();
    }
    // Refuses before touching anything when an applied file has changed.
    const MigrationStatus before = compare(files, readApplied(c, table));
    QStringList appliedNow;
    for (const MigrationFile &f : before.pending) {
        try {
            pqxx::work tx(c);
            tx.exec_params("select pg_advisory_xact_lock($1)", kAdvisoryLockKey);
            // Another console may have applied it while we waited for the lock.
            const pqxx::result done = tx.exec_params(
                "select checksum from " + table + " where version = $1", f.version);
            if (!done.empty()) {
                tx.abort();
                continue;
            }
            qCInfo(lcDb) << "applying migration" << f.name;
            tx.exec(f.sql.toStdString());
            tx.exec("reset role"); // a migration may SET LOCAL ROLE to its owner role
            tx.exec_params(
                "insert into " + table + " (version, name, checksum) values ($1, $2, $3)",
                f.version, f.name.toStdString(), f.checksum.toStdString());
            tx.commit();
            appliedNow << f.name;
        } catch (...) {
            Error e = errorFromCurrentException(tr("migration %1").arg(f.name), paramsOf(c));
            e.message = tr("Migration %1 failed and was rolled back; later migrations were not "
                           "applied. %2")
                            .arg(f.name, e.message);
            throw e;
        }
    }
    MigrationStatus after = compare(files, readApplied(c, table));
    after.appliedNow = appliedNow;
    return after;
}

QFuture<Result<MigrationStatus>> Migrator::status(Pool &pool) const
{
    const Migrator self = *this;
    return pool.read<MigrationStatus>(
        tr("read the schema version"), [self](Pool::Connection &c) { return self.statusOn(c); });
}

QFuture<Result<MigrationStatus>> Migrator::migrate(Pool &pool) const
{
    const Migrator self = *this;
    // Safe to run again after a dropped connection: each file is applied at most once.
    return pool.read<MigrationStatus>(
        tr("migrate the database"), [self](Pool::Connection &c) { return self.migrateOn(c); });
}

} // namespace qm::db
