#pragma once

#include <QJsonObject>
#include <QString>
#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace storefront {

// Counters shared by every thread of the simulator (lock-free), and error kinds (locked; rare).
class Stats
{
public:
    enum Counter {
        Sessions,
        PageViews,
        CacheHits,
        CacheMisses,
        Reserved, // add-to-cart that got its stock
        OutOfStock, // add-to-cart refused by the database (no overselling)
        Abandoned, // carts left with live reservations
        Orders, // checkouts that created an order
        CheckoutRefused, // checkout refused (reservations gone / expired)
        Paid,
        PaymentsFailed,
        Cancelled,
        Refunded,
        Advanced, // fulfilment steps (paid -> picking -> shipped -> delivered)
        Expired, // reservations expired by the back office
        Stuck, // paid orders left unpicked on purpose
        Restocked, // sold-out stock rows that received goods
        Conflicts, // an order changed elsewhere (e.g. in the console) first
        Retries, // calls retried after a dropped connection (same request id)
        Reconnects,
        Errors,
        QueuePublished, // orders published to the order stream (XADD)
        QueueProcessed, // (order, task) done by a worker
        QueueTaskFailures, // simulated task failures (each attempt)
        QueueRetried, // failed entries re-added with the next attempt
        QueueDead, // entries moved to the dead-letter stream after the last attempt
        QueueDuplicates, // deliveries of an (order, task) already done: acknowledged, skipped
        ChargesVoided, // cards charged for a checkout the store then refused: the charge voided
        CounterCount
    };

    void add(Counter c, qint64 n = 1) { m_counters[c].fetch_add(n, std::memory_order_relaxed); }
    qint64 get(Counter c) const { return m_counters[c].load(std::memory_order_relaxed); }
    void error(const std::string &kind, const std::string &detail);

    // One JSON object: counters, rates over `elapsed` and since the previous snapshot.
    QJsonObject snapshot(const char *event, double elapsedSec, double targetRate);

private:
    std::array<std::atomic<qint64>, CounterCount> m_counters {};
    std::mutex m_mutex;
    std::map<std::string, qint64> m_errorKinds;
    std::string m_lastError;
    qint64 m_prevOrders = 0;
    double m_prevElapsed = 0;
};

} // namespace storefront
