#include "cache.h"

#include "stats.h"

#include <chrono>
#include <hiredis/hiredis.h>

namespace storefront {

namespace {

long long nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

Cache::Cache(QString host, int port, Stats &stats, QString user, QString password)
    : m_host(std::move(host))
    , m_port(port)
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_stats(stats)
{ }

Cache::~Cache()
{
    if (m_ctx)
        redisFree(m_ctx);
}

bool Cache::ensureConnected()
{
    if (m_host.isEmpty())
        return false;
    if (m_ctx)
        return true;
    if (nowMs() < m_retryAfterMs)
        return false;
    const timeval timeout {1, 0};
    m_ctx = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, timeout);
    if (!m_ctx || m_ctx->err) {
        drop(m_ctx ? m_ctx->errstr : "cannot allocate a Redis context");
        return false;
    }
    redisSetTimeout(m_ctx, timeout);
    if (!m_password.isEmpty()) {
        const QByteArray user = m_user.isEmpty() ? QByteArray("default") : m_user.toUtf8();
        const QByteArray pw = m_password.toUtf8();
        auto *r = static_cast<redisReply *>(redisCommand(m_ctx, "AUTH %b %b", user.constData(),
            size_t(user.size()), pw.constData(), size_t(pw.size())));
        const bool ok = r && r->type != REDIS_REPLY_ERROR;
        if (r)
            freeReplyObject(r);
        if (!ok) {
            drop("AUTH refused");
            return false;
        }
    }
    return true;
}

void Cache::drop(const char *why)
{
    m_stats.error("redis", std::string("redis: ") + why);
    if (m_ctx)
        redisFree(m_ctx);
    m_ctx = nullptr;
    m_retryAfterMs = nowMs() + 1000; // the shop keeps selling from the database meanwhile
}

std::string Cache::get(const std::string &key, int ttlSec, const Loader &load)
{
    m_stats.add(Stats::PageViews);
    if (ensureConnected()) {
        auto *reply
            = static_cast<redisReply *>(redisCommand(m_ctx, "GET %b", key.data(), key.size()));
        if (!reply) {
            drop(m_ctx->errstr);
        } else {
            std::string value;
            const bool hit = reply->type == REDIS_REPLY_STRING;
            if (hit)
                value.assign(reply->str, reply->len);
            freeReplyObject(reply);
            if (hit) {
                m_stats.add(Stats::CacheHits);
                return value;
            }
        }
    }
    m_stats.add(Stats::CacheMisses);
    std::vector<long long> ids;
    std::string value = load(ids);
    if (!m_ctx)
        return value;
    // Store the entry and its tags in one round trip.
    const std::string ttl = std::to_string(ttlSec);
    redisAppendCommand(m_ctx, "SET %b %b EX %b", key.data(), key.size(), value.data(), value.size(),
        ttl.data(), ttl.size());
    for (long long id : ids) {
        const std::string tag = "tag:product:" + std::to_string(id);
        redisAppendCommand(m_ctx, "SADD %b %b", tag.data(), tag.size(), key.data(), key.size());
    }
    for (size_t i = 0; i < ids.size() + 1; ++i) {
        void *r = nullptr;
        if (redisGetReply(m_ctx, &r) != REDIS_OK) {
            drop(m_ctx->errstr);
            break;
        }
        freeReplyObject(r);
    }
    return value;
}

} // namespace storefront
