// qmctl status: one line per PostgreSQL server of the profile: role, up or down, lag.

#include "command.h"

namespace qmctl {

namespace {

class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::StatusCommand)
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override
    {
        return tr("show each server's role, health and replication lag");
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        Q_UNUSED(p)
        auto config = ctx.clusterConfig();
        if (!config)
            return ctx.fail(config.error());
        qm::db::ClusterConfig c = std::move(config).value();
        c.workersPerNode = 1;
        qm::db::Cluster cluster(c);
        const QVector<qm::db::NodeStatus> nodes = ctx.wait(cluster.probe());
        bool allUp = true;
        for (const qm::db::NodeStatus &n : nodes) {
            allUp = allUp && n.up;
            if (!n.up) {
                ctx.out() << QStringLiteral("%1  %2  %3")
                                 .arg(n.name, -22)
                                 .arg(tr("down"), -8)
                                 .arg(n.error)
                          << Qt::endl;
                continue;
            }
            QString line = QStringLiteral("%1  %2  %3  ")
                               .arg(n.name, -22)
                               .arg(n.primary ? tr("primary") : tr("replica"), -8)
                               .arg(tr("up"));
            line += tr("rtt %1 ms").arg(n.roundTripMs, 0, 'f', 1);
            if (!n.primary) {
                line += QStringLiteral("  ");
                line += n.lagSeconds < 0 ? tr("lag unknown")
                                         : tr("lag %1 s").arg(n.lagSeconds, 0, 'f', 1);
                if (n.lagBytes >= 0)
                    line += tr(" (%1 bytes)").arg(n.lagBytes);
            }
            line += QStringLiteral("  lsn %1").arg(n.walLsn);
            ctx.out() << line << Qt::endl;
        }
        return allUp ? ExitOk : ExitFailed;
    }
};

} // namespace

QMCTL_COMMAND(StatusCommand)

} // namespace qmctl
