#pragma once

#include "common/result.h"
#include "db/pool.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>
#include <QVector>

// Applies the server-side contract: the NNNN_name.sql files embedded under :/server/migrations
// (or another folder, for tests). Bookkeeping lives in public.qm_schema_migrations; a set that
// lives beside another application's tables (the Vendure backend's :/server/vendure/migrations)
// keeps its bookkeeping in its own schema instead (qm_vendure.qm_schema_migrations), so that
// nothing is created in that application's `public`. Each pending
// file runs in its own transaction under pg_advisory_xact_lock, so two consoles migrating at
// once apply each file exactly once. A file whose checksum differs from the one recorded when it
// was applied stops everything: migrations are append-only.
namespace qm::db {

struct MigrationFile
{
    int version = 0;
    QString name; // "0002_console_views" (file name without .sql)
    QByteArray sql;
    QString checksum; // sha256, hex
};

struct AppliedMigration
{
    int version = 0;
    QString name;
    QString checksum;
    QDateTime appliedAt;
};

struct MigrationStatus
{
    int current = 0; // highest version applied to the database (0: none, or no table yet)
    int required = 0; // highest version this build ships
    QVector<MigrationFile> pending; // shipped but not applied, in order
    QVector<AppliedMigration> applied; // what the database has, in order
    QStringList appliedNow; // names applied by this migrate() call

    bool upToDate() const { return pending.isEmpty() && current >= required; }
};

class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(qm::db::Migrator)
public:
    static QString defaultDirectory() { return QStringLiteral(":/server/migrations"); }
    static QString defaultSchema() { return QStringLiteral("public"); }
    // The console's read contract beside a Vendure store (server/vendure/migrations).
    static QString vendureDirectory() { return QStringLiteral(":/server/vendure/migrations"); }
    static QString vendureSchema() { return QStringLiteral("qm_vendure"); }

    // bookkeepingSchema: where qm_schema_migrations lives (created if missing); a lower-case
    // SQL identifier ([a-z_][a-z0-9_]*), else every call fails with InvalidInput.
    explicit Migrator(
        QString directory = defaultDirectory(), QString bookkeepingSchema = defaultSchema());

    QString directory() const { return m_directory; }
    QString bookkeepingSchema() const { return m_schema; }

    // Reads and checksums the files (blocking: a resource read, or the disk for tests).
    Result<QVector<MigrationFile>> loadFiles() const;

    QFuture<Result<MigrationStatus>> status(Pool &pool) const;
    QFuture<Result<MigrationStatus>> migrate(Pool &pool) const;

    // The same, on a connection a worker already holds; they throw (qm::Error or pqxx).
    MigrationStatus statusOn(Pool::Connection &c) const;
    MigrationStatus migrateOn(Pool::Connection &c) const;

    static constexpr qint64 kAdvisoryLockKey = 0x716d6d6967726174; // "qmmigrat"

private:
    QVector<MigrationFile> filesOrThrow() const;
    void checkSchemaName() const;

    QString m_directory;
    QString m_schema;
};

} // namespace qm::db
