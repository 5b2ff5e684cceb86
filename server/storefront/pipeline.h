#pragma once

#include "redislink.h"

#include <QString>
#include <atomic>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

struct redisContext;
struct redisReply;

namespace storefront {

struct Options;
class Shop;
class Stats;

// The order pipeline (issue 10): every placed order is published to a Redis Stream and a worker
// pool consumes it, one consumer group per task. Names shared with the console (core/queues).
namespace pipeline {
inline constexpr const char *kStream = "qm:{orders}:placed";
inline constexpr const char *kDeadStream = "qm:{orders}:dead";
const std::vector<std::string> &tasks(); // fulfilment, email, erp
} // namespace pipeline

// What a shopper calls after a checkout: XADD qm:{orders}:placed MAXLEN ~ N.
class OrderPublisher
{
public:
    OrderPublisher(const Options &options, Stats &stats);
    bool enabled() const { return m_enabled; }
    void publish(long long orderId, long long customerId, const std::string &channel);

private:
    const Options &m_options;
    Stats &m_stats;
    bool m_enabled;
    RedisLink m_link;
};

// One worker thread of one task's consumer group. Reads new entries (XREADGROUP >) in batches,
// and its own pending entries (id 0: those a previous read left, and those the console claimed
// for it with XAUTOCLAIM) every few seconds. Per entry: skip what another task's retry carries,
// skip an (order, task) the database has done (acknowledge only), else do the task (latency,
// failure rate), record it (pipeline.complete_task) and XACK. A failure re-adds the entry with
// attempt + 1 (and only_task) in one MULTI with the XACK; after the last attempt the entry goes
// to qm:{orders}:dead with the error instead.
class QueueWorker
{
public:
    QueueWorker(const Options &options, std::string task, std::string consumer, Stats &stats,
        const std::atomic<bool> &stop);
    ~QueueWorker();
    void run();

private:
    struct Entry
    {
        std::string id;
        std::map<std::string, std::string> fields;
    };
    bool ensureGroup();
    std::vector<Entry> read(bool pendingOnly);
    void handle(const Entry &entry);
    void fail(const Entry &entry, int attempt, const std::string &error);
    bool ack(const std::string &id);

    const Options &m_options;
    std::string m_task;
    std::string m_consumer;
    Stats &m_stats;
    const std::atomic<bool> &m_stop;
    RedisLink m_link;
    std::unique_ptr<Shop> m_shop;
    std::mt19937_64 m_rng;
    double m_failShare = 0;
    int m_latencyMs = 0;
    bool m_groupReady = false;
};

} // namespace storefront
