// qmctl migrate [--status] [--dir DIR]: applies the embedded server-side migrations.

#include "command.h"
#include "db/migrator.h"

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
            tr("Read migrations from this folder instead of the embedded ones."), tr("folder"),
            qm::db::Migrator::defaultDirectory()});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        int code = ExitOk;
        auto cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const qm::db::Migrator migrator(p.value(QStringLiteral("dir")));
        qm::db::Pool &pool = *cluster->primaryPool();
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
};

} // namespace

QMCTL_COMMAND(MigrateCommand)

} // namespace qmctl
