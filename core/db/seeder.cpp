#include "seeder.h"

#include "common/threadguard.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <pqxx/transaction>

namespace qm::db {

Seeder::Seeder(QString seedFile)
    : m_seedFile(std::move(seedFile))
{ }

SeedReport Seeder::runOn(Pool::Connection &c, const SeedOptions &options) const
{
    qm::assertMayBlock("seed the sandbox");
    QFile file(m_seedFile);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.code = Error::Code::Io;
        e.message = tr("Cannot read the seed script %1: %2").arg(m_seedFile, file.errorString());
        throw e;
    }
    const std::string script = file.readAll().toStdString();

    QElapsedTimer timer;
    timer.start();
    pqxx::work tx(c);
    tx.exec(script);
    const pqxx::row row = tx.exec_params1("select qm_sandbox.seed($1, $2, $3)::text",
        options.products, options.seed, options.truncate);
    tx.commit();

    SeedReport report;
    report.seconds = double(timer.elapsed()) / 1000.0;
    report.details
        = QJsonDocument::fromJson(QByteArray::fromStdString(row[0].as<std::string>(std::string())))
              .object();
    report.products = report.details.value(QStringLiteral("products")).toInteger(options.products);
    for (auto it = report.details.constBegin(); it != report.details.constEnd(); ++it) {
        if (it.value().isDouble() && it.key() != QLatin1String("seconds"))
            report.rows += it.value().toInteger();
    }
    return report;
}

QFuture<Result<SeedReport>> Seeder::run(Pool &pool, SeedOptions options) const
{
    const Seeder self = *this;
    return pool.run<SeedReport>(tr("seed the sandbox"),
        [self, options](Pool::Connection &c) { return self.runOn(c, options); });
}

} // namespace qm::db
