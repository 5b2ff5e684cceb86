#pragma once

#include "redislink.h"

#include <QString>
#include <functional>
#include <string>
#include <vector>

namespace storefront {

class Stats;

// The storefront's read-through cache on Redis (one connection per shopper thread, hiredis'
// blocking API). Entries: product:<id> (a product's JSON) and page:<path> (a rendered listing),
// each added to the tag sets tag:product:<id> of the products it shows, so a purge by tag finds
// every entry that shows a product. Without Redis (or while it is down) reads go to the loader.
class Cache
{
public:
    // user/password: the Redis ACL user (empty password: no AUTH, the `default` user).
    Cache(QString host, int port, Stats &stats, QString user = {}, QString password = {});
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // Returns the cached value of `key`, or loads it, stores it for `ttlSec` with the tags.
    // The loader returns the value and the product ids the value shows.
    using Loader = std::function<std::string(std::vector<long long> &productIds)>;
    std::string get(const std::string &key, int ttlSec, const Loader &load);

    // Several entries as one page view needs them: one round trip reads them all, the misses
    // are loaded and stored with their tags in one more (a page's reads do not queue behind
    // each other). The values in the order of `entries`.
    struct Entry
    {
        std::string key;
        int ttlSec = 0;
        Loader load;
    };
    std::vector<std::string> getMany(const std::vector<Entry> &entries);

private:
    Stats &m_stats;
    RedisLink m_link; // 1 s timeouts: the shop sells from the database while Redis is slow
};

} // namespace storefront
