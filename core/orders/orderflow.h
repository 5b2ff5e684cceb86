#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace qm::orders {

// One reading of console.order_flow().
struct OrderFlowSample
{
    qint64 ordersLastMinute = 0;
    QVector<qint64> perMinute; // the 60 whole minutes before this one, oldest first
    qint64 payments = 0; // charge attempts, last 15 minutes
    qint64 paymentFailures = 0;
    qint64 stuckOrders = 0; // paid, not picked for the threshold
    qint64 oversellRisk = 0; // stock rows with more open carts than units available
    qint64 atMs = 0; // server clock
};

struct OrderFlowThresholds
{
    double alpha = 0.2; // EWMA weight of the newest minute
    double minExpectedPerMinute = 3; // below this there is too little traffic to judge
    double brokenRatio = 0.25; // orders/min under this share of expected: checkout broken
    double slowRatio = 0.6; // under this share: slow (a warning)
    qint64 minPayments = 10; // failure rates need this many attempts
    double failureWarn = 0.2;
    double failureAlert = 0.5;
};

struct OrderFlowHealth
{
    Q_DECLARE_TR_FUNCTIONS(qm::orders::OrderFlowHealth)
public:
    enum class Level { Ok, Warning, Alert };
    Level level = Level::Ok;
    double ordersPerMinute = 0;
    double expectedPerMinute = 0;
    double paymentFailureRate = 0; // 0..1; 0 without payments
    qint64 stuckOrders = 0;
    qint64 oversellRisk = 0;
    QString headline; // one sentence for the strip
    QStringList reasons; // every finding, worst first

    static OrderFlowHealth assess(const OrderFlowSample &s, const OrderFlowThresholds &t = {});
    // Exponentially weighted mean of per-minute counts, oldest first.
    static double ewma(const QVector<qint64> &perMinute, double alpha);
};

} // namespace qm::orders
