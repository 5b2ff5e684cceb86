#include "orderflow.h"

namespace qm::orders {

double OrderFlowHealth::ewma(const QVector<qint64> &perMinute, double alpha)
{
    if (perMinute.isEmpty())
        return 0;
    double value = double(perMinute.first());
    for (qsizetype i = 1; i < perMinute.size(); ++i)
        value = alpha * double(perMinute[i]) + (1 - alpha) * value;
    return value;
}

OrderFlowHealth OrderFlowHealth::assess(const OrderFlowSample &s, const OrderFlowThresholds &t)
{
    OrderFlowHealth h;
    h.ordersPerMinute = double(s.ordersLastMinute);
    h.expectedPerMinute = ewma(s.perMinute, t.alpha);
    h.paymentFailureRate = s.payments > 0 ? double(s.paymentFailures) / double(s.payments) : 0;
    h.stuckOrders = s.stuckOrders;
    h.oversellRisk = s.oversellRisk;

    auto raise = [&h](Level level, const QString &reason) {
        if (level > h.level) {
            h.level = level;
            h.reasons.prepend(reason);
        } else {
            h.reasons.append(reason);
        }
    };
    if (h.expectedPerMinute >= t.minExpectedPerMinute) {
        const double ratio = h.ordersPerMinute / h.expectedPerMinute;
        if (ratio < t.brokenRatio)
            raise(Level::Alert,
                tr("Checkout looks broken: %1 orders in the last minute, about "
                   "%2 expected")
                    .arg(s.ordersLastMinute)
                    .arg(h.expectedPerMinute, 0, 'f', 0));
        else if (ratio < t.slowRatio)
            raise(Level::Warning,
                tr("Orders are slow: %1 in the last minute, about %2 expected")
                    .arg(s.ordersLastMinute)
                    .arg(h.expectedPerMinute, 0, 'f', 0));
    }
    if (s.payments >= t.minPayments) {
        const QString pct = QString::number(h.paymentFailureRate * 100, 'f', 0);
        if (h.paymentFailureRate >= t.failureAlert)
            raise(Level::Alert, tr("%1 % of payments are failing").arg(pct));
        else if (h.paymentFailureRate >= t.failureWarn)
            raise(Level::Warning, tr("%1 % of payments failed in the last 15 minutes").arg(pct));
    }
    if (s.stuckOrders > 0)
        raise(Level::Warning,
            tr("%n paid order(s) not picked in time", nullptr,
                int(qMin<qint64>(s.stuckOrders, INT_MAX))));
    if (s.oversellRisk > 0)
        raise(Level::Warning,
            tr("%n item(s) held by more open carts than are in stock", nullptr,
                int(qMin<qint64>(s.oversellRisk, INT_MAX))));
    h.headline = h.reasons.isEmpty() ? tr("Order flow normal") : h.reasons.first();
    return h;
}

} // namespace qm::orders
