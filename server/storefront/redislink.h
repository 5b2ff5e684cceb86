#pragma once

#include <QString>
#include <memory>
#include <string>
#include <vector>

struct redisContext;
struct redisReply;

namespace storefront {

class Stats;

// One blocking hiredis connection of a simulator thread (the page cache's, a queue worker's):
// connects on first use and AUTHs as the ACL user; after a failure (counted in Stats under its
// error key) it waits a second before trying again, so callers carry on without Redis.
class RedisLink
{
public:
    // errorKey: the Stats error counter its failures go to ("redis" for the cache, "queue_redis").
    RedisLink(
        QString host, int port, QString user, QString password, Stats &stats, std::string errorKey);
    ~RedisLink();
    RedisLink(const RedisLink &) = delete;
    RedisLink &operator=(const RedisLink &) = delete;

    struct ReplyDeleter
    {
        void operator()(redisReply *r) const;
    };
    using ReplyPtr = std::unique_ptr<redisReply, ReplyDeleter>;

    bool enabled() const { return !m_host.isEmpty(); }
    // nullptr: no connection (the error is counted). An error reply is returned as a reply.
    ReplyPtr command(const std::vector<std::string> &args, int timeoutMs = 2000);
    // Several commands in one round trip (MULTI ... EXEC is the caller's).
    std::vector<ReplyPtr> pipeline(
        const std::vector<std::vector<std::string>> &commands, int timeoutMs = 2000);

private:
    bool ensureConnected(int timeoutMs);
    void drop(const std::string &why);

    QString m_host;
    int m_port;
    QString m_user;
    QString m_password;
    Stats &m_stats;
    std::string m_errorKey;
    redisContext *m_ctx = nullptr;
    long long m_retryAfterMs = 0;
};

} // namespace storefront
