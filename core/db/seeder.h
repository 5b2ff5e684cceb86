#pragma once

#include "common/result.h"
#include "db/pool.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QString>

// Fills the sandbox's store with the deterministic catalog: runs :/server/seed/seed.sql (which
// (re)defines qm_sandbox.seed) and then SELECT qm_sandbox.seed(products, seed, truncate).
namespace qm::db {

struct SeedOptions
{
    int products = 10000;
    int seed = 42;
    bool truncate = false; // replace the data of a store that is not empty
};

struct SeedReport
{
    qint64 products = 0;
    qint64 rows = 0; // every row the function reports having written
    double seconds = 0; // wall clock, as the client saw it
    QJsonObject details; // what qm_sandbox.seed returned
};

class Seeder
{
    Q_DECLARE_TR_FUNCTIONS(qm::db::Seeder)
public:
    static QString defaultFile() { return QStringLiteral(":/server/seed/seed.sql"); }

    explicit Seeder(QString seedFile = defaultFile());

    QFuture<Result<SeedReport>> run(Pool &pool, SeedOptions options) const;
    SeedReport runOn(Pool::Connection &c, const SeedOptions &options) const; // throws

private:
    QString m_seedFile;
};

} // namespace qm::db
