// qmctl seed [--products N] [--seed N] [--truncate]: fills a sandbox with the deterministic
// catalog (server/seed/seed.sql).

#include "command.h"
#include "db/seeder.h"

namespace qmctl {

namespace {

class SeedCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::SeedCommand)
public:
    QString name() const override { return QStringLiteral("seed"); }
    QString summary() const override { return tr("fill a sandbox store with generated data"); }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("products"), tr("How many products (default 10000)."), tr("n"),
            QStringLiteral("10000")});
        p.addOption({QStringLiteral("seed"),
            tr("Random seed: the same seed gives the same data (default 42)."), tr("n"),
            QStringLiteral("42")});
        p.addOption(
            {QStringLiteral("truncate"), tr("Replace the data of a store that is not empty.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        qm::db::SeedOptions options;
        bool okProducts = false;
        bool okSeed = false;
        options.products = p.value(QStringLiteral("products")).toInt(&okProducts);
        options.seed = p.value(QStringLiteral("seed")).toInt(&okSeed);
        options.truncate = p.isSet(QStringLiteral("truncate"));
        if (!okProducts || options.products < 1 || !okSeed) {
            ctx.err() << tr("qmctl seed: --products and --seed take whole numbers (products >= 1)")
                      << Qt::endl;
            return ExitUsage;
        }
        int code = ExitOk;
        // Generated products (and --truncate) are for sandboxes: never on production.
        const auto environment = ctx.environment();
        if (!environment)
            return ctx.fail(environment.error());
        if (*environment == qm::Profile::Environment::Production) {
            return ctx.fail(qm::Error {qm::Error::Code::PermissionDenied,
                tr("qmctl seed fills sandboxes with generated products; this profile is "
                   "production, so nothing was changed."),
                {}, {}});
        }
        auto cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const qm::db::Seeder seeder;
        const auto report = ctx.wait(seeder.run(*cluster->primaryPool(), options));
        if (!report)
            return ctx.fail(report.error());
        ctx.out() << tr("seeded %1 products (%2 rows) in %3 s")
                         .arg(report->products)
                         .arg(report->rows)
                         .arg(report->seconds, 0, 'f', 2)
                  << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(SeedCommand)

} // namespace qmctl
