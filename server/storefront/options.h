#pragma once

#include "payments.h"

#include <QString>
#include <map>
#include <string>

namespace storefront {

// What the simulator is told to do. Shares of the session mix are probabilities (0..1).
struct Options
{
    std::string conninfo; // libpq connection string (storefront user)
    std::string staffConninfo; // customer service (cancel, refund, restock); empty = none
    QString redisHost; // empty: no cache (browse reads the database directly)
    int redisPort = 0;
    QString redisUser; // ACL user (profile: redis.user, or the database user)
    QString redisPassword; // from the profile's Redis passfile; empty: no AUTH
    int workers = 4; // shopper threads, one DB + one Redis connection each
    double rate = 5; // target orders per second; 0 = as fast as the store goes
    double durationSec = 0; // 0 = until SIGINT/SIGTERM or --max-orders
    qint64 maxOrders = 0; // 0 = no limit
    double reportEverySec = 5; // progress JSON line interval; 0 = only the summary
    quint64 seed = 1;
    int browse = 3; // product pages viewed per session
    double abandonShare = 0.15; // carts left to expire
    double payFailShare = 0.05; // payment declined (the shopper retries once)
    double cancelShare = 0.03; // orders cancelled by the customer before shipping
    double refundShare = 0.02; // delivered orders refunded
    int reservationTtlSec = 120;
    int maxLines = 3; // items per cart: 1..maxLines
    double fulfilEverySec = 1; // back office tick; 0 = no back office
    int fulfilDelaySec = 5; // minimum age before an order moves to its next status
    double hotShare = 0.2; // share of add-to-cart that hit the 20 hottest products
    double stuckShare = 0.01; // paid orders the warehouse never picks (stuck orders)
    int restockEverySec = 10; // customer service receives goods for sold-out rows
    int items = 0; // shop only from the first N stock rows (0 = all): contention
    bool quiet = false; // no progress lines
    int metricsPort = 0; // GET /metrics on 127.0.0.1:port (metrics.h); 0 = none
    // The order pipeline (pipeline.h): publish each placed order to qm:{orders}:placed and consume
    // it with one consumer group per task (fulfilment, email, erp).
    bool queue = false; // publish and consume (needs Redis)
    bool queueOnly = false; // only the worker pool: no shoppers, no back office
    int queueWorkers = 1; // worker threads per task (0: publish only)
    int queueAttempts = 3; // attempts before an entry goes to qm:{orders}:dead
    qint64 queueMaxLen = 100000; // XADD MAXLEN ~ of both streams
    int queueBatch = 10; // entries per XREADGROUP
    int queuePendingEveryMs = 2000; // how often a worker reads its own pending entries
    std::string queueConsumer; // consumer name prefix (default sim-<pid>)
    std::map<std::string, double> taskFail; // task (or "all") -> failure share per attempt
    std::map<std::string, double> taskLatencyMs; // task (or "all") -> latency per entry
    PaymentOptions payments; // providers, circuit breakers, route (payments.h)
};

// Parses argv (QCoreApplication must exist). On error prints usage and returns false.
bool parseOptions(Options &options, QString *error);

} // namespace storefront
