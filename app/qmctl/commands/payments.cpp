// qmctl payments status [--json]: the storefront's payment route (set by the console, applied by
// the storefront) and each provider's circuit breaker, plus maintenance mode (core/payments).

#include "command.h"
#include "payments/paymentstatus.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace qmctl {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toLocalTime().toString(Qt::ISODate) : QStringLiteral("-");
}

class PaymentsStatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::PaymentsStatusCommand)
public:
    QString name() const override { return QStringLiteral("payments status"); }
    QString summary() const override
    {
        return tr("payment route, providers' circuit breakers and maintenance mode");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("json"), tr("One JSON object (keys in English).")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const auto profile = ctx.profile();
        if (!profile)
            return ctx.fail(profile.error());
        const qm::Backend backend = qm::backendOf(*profile);
        int code = ExitOk;
        auto cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const auto status = ctx.wait(qm::payments::readPaymentStatus(*cluster, backend));
        if (!status)
            return ctx.fail(status.error());
        const auto maintenance = ctx.wait(qm::payments::readMaintenance(*cluster, backend));
        if (!maintenance)
            return ctx.fail(maintenance.error());
        if (p.isSet(QStringLiteral("json"))) {
            QJsonObject o = qm::payments::toJson(*status);
            o.insert(QStringLiteral("maintenance"), qm::payments::toJson(*maintenance));
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
            return ExitOk;
        }
        ctx.out() << tr("route:        %1 (set by %2 at %3%4)")
                         .arg(status->route,
                             status->changedBy.isEmpty() ? QStringLiteral("-") : status->changedBy,
                             timeText(status->changedAt),
                             status->reason.isEmpty() ? QString()
                                                      : QStringLiteral(": ") + status->reason)
                  << '\n';
        ctx.out() << (status->breakers.isEmpty() ? tr("storefront:   not reporting")
                : !status->reporting()
                ? tr("storefront:   not reporting since %1 (its last report below)")
                      .arg(timeText(status->breakers.first().reportedAt))
                : status->routeInEffect()
                ? tr("storefront:   applies %1").arg(status->routeApplied)
                : tr("storefront:   still applies %1").arg(status->routeApplied))
                  << '\n';
        for (const qm::payments::Breaker &b : status->breakers) {
            ctx.out() << tr("%1  breaker %2  failure rate %3 % of %4 calls  trips %5  last trip "
                            "%6  ok %7  failed %8  rejected %9")
                             .arg(b.provider, -10)
                             .arg(b.state, -9)
                             .arg(qRound(b.failureRate * 100))
                             .arg(b.windowCalls)
                             .arg(b.trips)
                             .arg(timeText(b.lastTripAt))
                             .arg(b.chargesOk)
                             .arg(b.chargesFailed)
                             .arg(b.rejected)
                      << '\n';
        }
        ctx.out() << (maintenance->on
                ? tr("maintenance:  on since %1 until %2: %3")
                      .arg(timeText(maintenance->startedAt),
                          maintenance->until.isValid() ? timeText(maintenance->until)
                                                       : tr("switched off"),
                          maintenance->message)
                : tr("maintenance:  off"))
                  << '\n';
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(PaymentsStatusCommand)

} // namespace qmctl
