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
    return getMany({{key, ttlSec, load}}).front();
}

std::vector<std::string> Cache::getMany(const std::vector<Entry> &entries)
{
    std::vector<std::string> values(entries.size());
    std::vector<bool> hit(entries.size(), false);
    bool connected = false;
    if (m_link.enabled() && !entries.empty()) {
        std::vector<std::vector<std::string>> gets;
        gets.reserve(entries.size());
        for (const Entry &e : entries)
            gets.push_back({"GET", e.key});
        const auto replies = m_link.pipeline(gets, kTimeoutMs);
        connected = replies.size() == entries.size();
        for (size_t i = 0; connected && i < entries.size(); ++i) {
            const redisReply *r = replies[i].get();
            if (r && r->type == REDIS_REPLY_STRING) {
                values[i].assign(r->str, r->len);
                hit[i] = true;
            }
        }
    }
    std::vector<std::vector<std::string>> stores;
    for (size_t i = 0; i < entries.size(); ++i) {
        m_stats.add(Stats::PageViews);
        if (hit[i]) {
            m_stats.add(Stats::CacheHits);
            continue;
        }
        m_stats.add(Stats::CacheMisses);
        std::vector<long long> ids;
        values[i] = entries[i].load(ids);
        if (!connected)
            continue;
        const std::string &key = entries[i].key;
        stores.push_back({"SET", key, values[i], "EX", std::to_string(entries[i].ttlSec)});
        for (long long id : ids)
            stores.push_back({"SADD", "tag:product:" + std::to_string(id), key});
    }
    if (!stores.empty())
        m_link.pipeline(stores, kTimeoutMs);
    return values;
}

} // namespace storefront
