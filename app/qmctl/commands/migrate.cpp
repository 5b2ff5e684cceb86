// qmctl migrate [--status] [--dir DIR] [--backend reference|vendure] [--database NAME]: applies
// the embedded server-side migrations. --backend vendure applies the console's read contract
// beside a Vendure store (server/vendure/migrations, bookkeeping in schema qm_vendure) to the
// profile's database, or to --database (the sandbox's Vendure database is `vendure`).

#include "command.h"
#include "db/migrator.h"

#include <pqxx/pqxx>

namespace qmctl {

namespace {

class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::MigrateCommand)
public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override
    {
        return tr("apply pending schema migrations (--status: only report them)");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("status"),
            tr("Report the schema version and pending migrations; change nothing. "
               "Exit code 3 when migrations are pending.")});
        p.addOption({QStringLiteral("dir"),
            tr("Read migrations from this folder instead of the embedded ones."), tr("folder")});
        p.addOption({QStringLiteral("backend"),
            tr("Which store's migrations: reference (the console's own store, default) or "
               "vendure (read views in schema qm_vendure of a Vendure database)."),
            tr("kind"), QStringLiteral("reference")});
        p.addOption({QStringLiteral("database"),
            tr("Migrate this database on the profile's servers instead of the profile's."),
            tr("name")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QString backend = p.value(QStringLiteral("backend"));
        const bool vendure = backend == QLatin1String("vendure");
        if (!vendure && backend != QLatin1String("reference")) {
            ctx.err()
                << tr("qmctl: --backend must be reference or vendure, not \"%1\"").arg(backend)
                << Qt::endl;
            return ExitUsage;
        }
        QString dir = p.value(QStringLiteral("dir"));
        if (dir.isEmpty())
            dir = vendure ? qm::db::Migrator::vendureDirectory()
                          : qm::db::Migrator::defaultDirectory();
        const qm::db::Migrator migrator(
            dir, vendure ? qm::db::Migrator::vendureSchema() : qm::db::Migrator::defaultSchema());

        int code = ExitOk;
        auto cluster = open(ctx, p.value(QStringLiteral("database")), &code);
        if (!cluster)
            return code;
        qm::db::Pool &pool = *cluster->primaryPool();
        if (vendure) {
            // The views read Vendure's tables: refuse a database that has none, before creating
            // anything in it.
            const auto isVendure = ctx.wait(
                pool.read<bool>(tr("look for Vendure's tables"), [](qm::db::Pool::Connection &c) {
                    pqxx::nontransaction tx(c);
                    return tx
                        .exec1("select to_regclass('public.product_variant') is not null "
                               "and to_regclass('public.\"order\"') is not null")[0]
                        .as<bool>();
                }));
            if (!isVendure)
                return ctx.fail(isVendure.error());
            if (!*isVendure) {
                qm::Error e;
                e.code = qm::Error::Code::InvalidInput;
                e.message = tr("This database has no Vendure tables (public.product_variant, "
                               "public.\"order\"): migrate --backend vendure needs the Vendure "
                               "store's database (--database, or a profile that names it), "
                               "with Vendure's schema already created.");
                return ctx.fail(e);
            }
        }
        if (p.isSet(QStringLiteral("status"))) {
            const auto status = ctx.wait(migrator.status(pool));
            if (!status)
                return ctx.fail(status.error());
            ctx.out() << tr("schema version %1 (this build requires %2)")
                             .arg(status->current)
                             .arg(status->required)
                      << Qt::endl;
            if (status->upToDate()) {
                ctx.out() << tr("up to date") << Qt::endl;
                return ExitOk;
            }
            for (const auto &f : status->pending)
                ctx.out() << tr("pending: %1").arg(f.name) << Qt::endl;
            return ExitPending;
        }
        const auto result = ctx.wait(migrator.migrate(pool));
        if (!result)
            return ctx.fail(result.error());
        const QString applied = result->appliedNow.isEmpty()
            ? tr("none, already up to date")
            : result->appliedNow.join(QStringLiteral(", "));
        ctx.out() << tr("schema version %1 (applied: %2)").arg(result->current).arg(applied)
                  << Qt::endl;
        return ExitOk;
    }

private:
    // Context::openCluster, with the database swapped when --database names one.
    static std::shared_ptr<qm::db::Cluster> open(Context &ctx, const QString &database, int *code)
    {
        if (database.isEmpty())
            return ctx.openCluster(code);
        qm::Result<qm::db::ClusterConfig> config = ctx.clusterConfig();
        if (!config) {
            *code = ctx.fail(config.error());
            return nullptr;
        }
        qm::db::ClusterConfig c = std::move(config).value();
        c.workersPerNode = 1;
        for (auto &node : c.nodes) {
            node.applicationName = QStringLiteral("qmctl");
            node.dbname = database;
        }
        auto cluster = std::make_unique<qm::db::Cluster>(c);
        const qm::Status started = ctx.wait(cluster->start());
        if (!started) {
            *code = ctx.fail(started.error());
            return nullptr;
        }
        *code = ExitOk;
        return cluster;
    }
};

} // namespace

QMCTL_COMMAND(MigrateCommand)

} // namespace qmctl
