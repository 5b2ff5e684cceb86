#pragma once

#include "payments.h"

#include <QJsonObject>
#include <atomic>
#include <string>

namespace storefront {

class Stats;

// What the console switches at run time and the simulator obeys (migration 0502): maintenance
// mode (shoppers place no orders while it is on, counted as "refused: maintenance"; it ends by
// itself at its scheduled end) and the payment route and provider faults. One thread polls them
// every PaymentOptions::pollSec and reports back a heartbeat (what this simulator observes) and
// each provider's circuit breaker (storefront.report_ops), which the console reads.
class Ops
{
public:
    Ops(std::string conninfo, const PaymentOptions &options, Stats &stats,
        const std::atomic<bool> &stop);

    // The simulator's one instance (set by main); nullptr: no maintenance check, and payments
    // always succeed through no provider (the simulator's behaviour before 0502).
    static Ops *current();
    static void setCurrent(Ops *ops);

    bool maintenance() const { return m_maintenance.load(std::memory_order_relaxed); }
    void refusedByMaintenance() { m_refused.fetch_add(1, std::memory_order_relaxed); }
    void unpaidNoProvider() { m_noProvider.fetch_add(1, std::memory_order_relaxed); }
    Payments &payments() { return m_payments; }

    void run(); // the polling thread's body, until stop
    void addTo(QJsonObject &line) const; // the JSON lines' "ops" object

private:
    std::string m_conninfo;
    PaymentOptions m_options;
    Stats &m_stats;
    const std::atomic<bool> &m_stop;
    Payments m_payments;
    std::string m_reporter;
    std::atomic<bool> m_maintenance {false};
    std::atomic<qint64> m_refused {0};
    std::atomic<qint64> m_noProvider {0};
    bool m_warned = false;
};

} // namespace storefront
