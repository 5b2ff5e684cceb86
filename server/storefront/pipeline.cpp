#include "pipeline.h"

#include "options.h"
#include "shop.h"
#include "stats.h"

#include <chrono>
#include <hiredis/hiredis.h>
#include <thread>

namespace storefront {

namespace pipeline {
const std::vector<std::string> &tasks()
{
    static const std::vector<std::string> names {"fulfilment", "email", "erp"};
    return names;
}
} // namespace pipeline

namespace {

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

long long unixMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string replyText(const redisReply *r)
{
    if (!r)
        return {};
    if (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS
        || r->type == REDIS_REPLY_ERROR)
        return std::string(r->str, r->len);
    if (r->type == REDIS_REPLY_INTEGER)
        return std::to_string(r->integer);
    return {};
}

} // namespace

OrderPublisher::OrderPublisher(const Options &options, Stats &stats)
    : m_options(options)
    , m_stats(stats)
    , m_enabled(options.queue && !options.redisHost.isEmpty())
    , m_link(options.redisHost, options.redisPort, options.redisUser, options.redisPassword, stats,
          "queue_redis")
{ }

void OrderPublisher::publish(long long orderId, long long customerId, const std::string &channel)
{
    if (!m_enabled)
        return;
    const auto r = m_link.command(
        {"XADD", pipeline::kStream, "MAXLEN", "~", std::to_string(m_options.queueMaxLen), "*",
            "order_id", std::to_string(orderId), "customer_id", std::to_string(customerId),
            "channel", channel, "placed_at", std::to_string(unixMs()), "attempt", "1"});
    if (r && r->type == REDIS_REPLY_STRING)
        m_stats.add(Stats::QueuePublished);
    else if (r)
        m_stats.error("queue_publish", replyText(r.get()));
}

QueueWorker::QueueWorker(const Options &options, std::string task, std::string consumer,
    Stats &stats, const std::atomic<bool> &stop)
    : m_options(options)
    , m_task(std::move(task))
    , m_consumer(std::move(consumer))
    , m_stats(stats)
    , m_stop(stop)
    , m_link(options.redisHost, options.redisPort, options.redisUser, options.redisPassword, stats,
          "queue_redis")
    , m_shop(std::make_unique<Shop>(options.conninfo, stats, stop))
    , m_rng(options.seed * 131 + std::hash<std::string> {}(m_consumer))
{
    auto pick = [this](const std::map<std::string, double> &m, double def) {
        if (auto it = m.find(m_task); it != m.end())
            return it->second;
        if (auto it = m.find("all"); it != m.end())
            return it->second;
        return def;
    };
    m_failShare = pick(options.taskFail, 0);
    m_latencyMs = int(pick(options.taskLatencyMs, 5));
    m_shop->prepare("task_done", "SELECT pipeline.task_done($1, $2)");
    m_shop->prepare("complete_task", "SELECT pipeline.complete_task($1, $2, $3, $4, $5)");
}

QueueWorker::~QueueWorker() = default;

bool QueueWorker::ensureGroup()
{
    if (m_groupReady)
        return true;
    // From the stream's start: a group made after orders were published still does them all.
    const auto r = m_link.command({"XGROUP", "CREATE", pipeline::kStream, m_task, "0", "MKSTREAM"});
    if (!r)
        return false;
    const std::string text = replyText(r.get());
    if (r->type == REDIS_REPLY_ERROR && text.rfind("BUSYGROUP", 0) != 0) {
        m_stats.error("queue_group", text);
        return false;
    }
    m_groupReady = true;
    return true;
}

std::vector<QueueWorker::Entry> QueueWorker::read(bool pendingOnly)
{
    std::vector<Entry> out;
    std::vector<std::string> args {
        "XREADGROUP", "GROUP", m_task, m_consumer, "COUNT", std::to_string(m_options.queueBatch)};
    if (!pendingOnly)
        args.insert(args.end(), {"BLOCK", "500"});
    args.insert(args.end(), {"STREAMS", pipeline::kStream, pendingOnly ? "0" : ">"});
    const auto r = m_link.command(args, 3000);
    if (!r)
        return out;
    if (r->type == REDIS_REPLY_ERROR) {
        const std::string text = replyText(r.get());
        if (text.rfind("NOGROUP", 0) == 0)
            m_groupReady = false; // the stream or the group was deleted: make them again
        else
            m_stats.error("queue_read", text);
        return out;
    }
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 1)
        return out;
    const redisReply *stream = r->element[0];
    if (stream->type != REDIS_REPLY_ARRAY || stream->elements < 2)
        return out;
    const redisReply *entries = stream->element[1];
    for (size_t i = 0; i < entries->elements; ++i) {
        const redisReply *e = entries->element[i];
        if (e->type != REDIS_REPLY_ARRAY || e->elements < 2)
            continue;
        Entry entry;
        entry.id = replyText(e->element[0]);
        const redisReply *kv = e->element[1];
        if (kv->type == REDIS_REPLY_ARRAY) { // nil: the entry was deleted while pending
            for (size_t k = 0; k + 1 < kv->elements; k += 2)
                entry.fields[replyText(kv->element[k])] = replyText(kv->element[k + 1]);
        }
        out.push_back(std::move(entry));
    }
    return out;
}

bool QueueWorker::ack(const std::string &id)
{
    const auto r = m_link.command({"XACK", pipeline::kStream, m_task, id});
    return r && r->type == REDIS_REPLY_INTEGER;
}

void QueueWorker::handle(const Entry &entry)
{
    auto field = [&entry](const char *name) {
        const auto it = entry.fields.find(name);
        return it == entry.fields.end() ? std::string() : it->second;
    };
    const std::string only = field("only_task");
    const std::string orderText = field("order_id");
    if ((!only.empty() && only != m_task) || orderText.empty()) {
        ack(entry.id); // another task's retry, or an entry deleted while pending
        return;
    }
    const long long order = std::atoll(orderText.c_str());
    const int attempt = std::max(1, std::atoi(field("attempt").c_str()));
    try {
        // The idempotency check: a re-delivered (order, task) that is done is only acknowledged.
        const auto done = m_shop->call([&](pqxx::nontransaction &tx) {
            return tx.exec_prepared("task_done", order, m_task)[0][0].as<bool>();
        });
        if (!done)
            return; // stopping: the entry stays pending for the next run
        if (*done) {
            m_stats.add(Stats::QueueDuplicates);
            ack(entry.id);
            return;
        }
        // The task itself: latency, then success or a simulated failure.
        if (m_latencyMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(m_latencyMs));
        if (std::uniform_real_distribution<double>(0, 1)(m_rng) < m_failShare) {
            m_stats.add(Stats::QueueTaskFailures);
            fail(entry, attempt,
                "simulated " + m_task + " failure on attempt " + std::to_string(attempt));
            return;
        }
        const std::string replayOf = field("replay_of");
        const auto recorded = m_shop->call([&](pqxx::nontransaction &tx) {
            const pqxx::result r = replayOf.empty()
                ? tx.exec_prepared("complete_task", order, m_task, entry.id, attempt, nullptr)
                : tx.exec_prepared("complete_task", order, m_task, entry.id, attempt, replayOf);
            return r[0][0].as<bool>();
        });
        if (!recorded)
            return;
        m_stats.add(*recorded ? Stats::QueueProcessed : Stats::QueueDuplicates);
        ack(entry.id);
    } catch (const std::exception &e) {
        // The database refused (not a simulated failure): counts as a failed attempt too.
        m_stats.error("queue_task", e.what());
        fail(entry, attempt, std::string("database: ") + e.what());
    }
}

void QueueWorker::fail(const Entry &entry, int attempt, const std::string &error)
{
    std::vector<std::string> add;
    if (attempt >= m_options.queueAttempts) {
        // Dead letter: the original id, the group, the payload and the last error.
        add = {"XADD", pipeline::kDeadStream, "MAXLEN", "~", std::to_string(m_options.queueMaxLen),
            "*", "orig_id", entry.id, "group", m_task, "attempts", std::to_string(attempt), "error",
            error, "failed_at", std::to_string(unixMs())};
    } else {
        add = {
            "XADD", pipeline::kStream, "MAXLEN", "~", std::to_string(m_options.queueMaxLen), "*"};
    }
    for (const auto &[k, v] : entry.fields) {
        if (attempt >= m_options.queueAttempts) {
            add.push_back("f." + k); // the payload, kept apart from the dead letter's own fields
            add.push_back(v);
        } else if (k != "attempt" && k != "only_task" && k != "retry_of") {
            add.push_back(k);
            add.push_back(v);
        }
    }
    if (attempt < m_options.queueAttempts) {
        add.insert(add.end(),
            {"attempt", std::to_string(attempt + 1), "only_task", m_task, "retry_of", entry.id,
                "last_error", error});
    }
    // One transaction: the entry is acknowledged exactly when its successor exists.
    const auto replies = m_link.pipeline(
        {{"MULTI"}, add, {"XACK", pipeline::kStream, m_task, entry.id}, {"EXEC"}});
    if (replies.size() == 4 && replies[3] && replies[3]->type == REDIS_REPLY_ARRAY) {
        m_stats.add(attempt >= m_options.queueAttempts ? Stats::QueueDead : Stats::QueueRetried);
    } else {
        std::string why;
        for (const auto &r : replies)
            if (r && r->type == REDIS_REPLY_ERROR)
                why = replyText(r.get());
        m_stats.error("queue_fail", why.empty() ? "MULTI/EXEC failed" : why);
        // Stays pending: the next pending read (or a claim) tries again.
    }
}

void QueueWorker::run()
{
    long long nextPendingRead = 0;
    while (!m_stop.load()) {
        if (!ensureGroup()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            continue;
        }
        // Our own pending entries first (left by a crash of ours, or claimed for us).
        if (nowMs() >= nextPendingRead) {
            nextPendingRead = nowMs() + m_options.queuePendingEveryMs;
            for (int round = 0; round < 100; ++round) {
                const auto pending = read(true);
                if (pending.empty() || m_stop.load())
                    break;
                for (const auto &e : pending)
                    handle(e); // a batch in hand is finished, even when stopping
                if (pending.size() < size_t(m_options.queueBatch))
                    break;
            }
        }
        // A graceful stop finishes the batch it read (only a crash leaves entries pending).
        for (const auto &e : read(false))
            handle(e);
    }
}

} // namespace storefront
