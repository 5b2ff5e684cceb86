#include "stats.h"

#include <cmath>

namespace storefront {

namespace {

const char *const kNames[Stats::CounterCount]
    = {"sessions", "page_views", "cache_hits", "cache_misses", "reserved", "out_of_stock",
        "abandoned", "orders", "checkout_refused", "paid", "payments_failed", "cancelled",
        "refunded", "fulfilment_steps", "reservations_expired", "stuck", "restocked", "conflicts",
        "retries", "reconnects", "errors", "queue_published", "queue_processed",
        "queue_task_failures", "queue_retried", "queue_dead", "queue_duplicates", "charges_voided"};

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

void Stats::error(const std::string &kind, const std::string &detail)
{
    add(Errors);
    std::lock_guard lock(m_mutex);
    ++m_errorKinds[kind];
    m_lastError = detail.substr(0, 300);
}

QJsonObject Stats::snapshot(const char *event, double elapsedSec, double targetRate)
{
    QJsonObject o;
    o.insert(QStringLiteral("event"), QString::fromLatin1(event));
    o.insert(QStringLiteral("elapsed_s"), round2(elapsedSec));
    o.insert(QStringLiteral("target_rate"), targetRate);
    for (int i = 0; i < CounterCount; ++i)
        o.insert(QString::fromLatin1(kNames[i]), get(Counter(i)));
    const qint64 orders = get(Orders);
    o.insert(QStringLiteral("orders_per_s"), elapsedSec > 0 ? round2(orders / elapsedSec) : 0.0);
    std::lock_guard lock(m_mutex);
    const double window = elapsedSec - m_prevElapsed;
    o.insert(QStringLiteral("recent_orders_per_s"),
        window > 0 ? round2((orders - m_prevOrders) / window) : 0.0);
    m_prevOrders = orders;
    m_prevElapsed = elapsedSec;
    QJsonObject kinds;
    for (const auto &[kind, n] : m_errorKinds)
        kinds.insert(QString::fromStdString(kind), n);
    o.insert(QStringLiteral("error_kinds"), kinds);
    if (!m_lastError.empty())
        o.insert(QStringLiteral("last_error"), QString::fromStdString(m_lastError));
    return o;
}

} // namespace storefront
