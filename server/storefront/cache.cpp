#include "cache.h"

#include "stats.h"

#include <hiredis/hiredis.h>

namespace storefront {

namespace {
constexpr int kTimeoutMs = 1000;
}

Cache::Cache(QString host, int port, Stats &stats, QString user, QString password)
    : m_stats(stats)
    , m_link(std::move(host), port, std::move(user), std::move(password), stats, "redis")
{ }

Cache::~Cache() = default;

std::string Cache::get(const std::string &key, int ttlSec, const Loader &load)
{
    m_stats.add(Stats::PageViews);
    bool connected = false;
    if (m_link.enabled()) {
        const RedisLink::ReplyPtr reply = m_link.command({"GET", key}, kTimeoutMs);
        connected = reply != nullptr;
        if (reply && reply->type == REDIS_REPLY_STRING) {
            m_stats.add(Stats::CacheHits);
            return std::string(reply->str, reply->len);
        }
    }
    m_stats.add(Stats::CacheMisses);
    std::vector<long long> ids;
    std::string value = load(ids);
    if (!connected)
        return value;
    // Store the entry and its tags in one round trip.
    std::vector<std::vector<std::string>> commands;
    commands.push_back({"SET", key, value, "EX", std::to_string(ttlSec)});
    for (long long id : ids)
        commands.push_back({"SADD", "tag:product:" + std::to_string(id), key});
    m_link.pipeline(commands, kTimeoutMs);
    return value;
}

} // namespace storefront
