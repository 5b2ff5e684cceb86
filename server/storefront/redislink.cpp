#include "redislink.h"

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

void RedisLink::ReplyDeleter::operator()(redisReply *r) const
{
    if (r)
        freeReplyObject(r);
}

RedisLink::RedisLink(
    QString host, int port, QString user, QString password, Stats &stats, std::string errorKey)
    : m_host(std::move(host))
    , m_port(port)
    , m_user(std::move(user))
    , m_password(std::move(password))
    , m_stats(stats)
    , m_errorKey(std::move(errorKey))
{ }

RedisLink::~RedisLink()
{
    if (m_ctx)
        redisFree(m_ctx);
}

bool RedisLink::ensureConnected(int timeoutMs)
{
    if (m_host.isEmpty())
        return false;
    if (m_ctx)
        return true;
    if (nowMs() < m_retryAfterMs)
        return false;
    const timeval connectTimeout {1, 0};
    m_ctx = redisConnectWithTimeout(m_host.toUtf8().constData(), m_port, connectTimeout);
    if (!m_ctx || m_ctx->err) {
        drop(m_ctx ? m_ctx->errstr : "cannot allocate a Redis context");
        return false;
    }
    const timeval timeout {timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    redisSetTimeout(m_ctx, timeout);
    if (!m_password.isEmpty()) {
        const std::string user = m_user.isEmpty() ? "default" : m_user.toStdString();
        const std::string pw = m_password.toStdString();
        auto *r = static_cast<redisReply *>(
            redisCommand(m_ctx, "AUTH %b %b", user.data(), user.size(), pw.data(), pw.size()));
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

void RedisLink::drop(const std::string &why)
{
    m_stats.error(m_errorKey, "redis: " + why);
    if (m_ctx)
        redisFree(m_ctx);
    m_ctx = nullptr;
    m_retryAfterMs = nowMs() + 1000;
}

RedisLink::ReplyPtr RedisLink::command(const std::vector<std::string> &args, int timeoutMs)
{
    if (!ensureConnected(timeoutMs))
        return nullptr;
    const timeval timeout {timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    redisSetTimeout(m_ctx, timeout);
    std::vector<const char *> argv;
    std::vector<size_t> lens;
    for (const auto &a : args) {
        argv.push_back(a.data());
        lens.push_back(a.size());
    }
    auto *r = static_cast<redisReply *>(
        redisCommandArgv(m_ctx, int(argv.size()), argv.data(), lens.data()));
    if (!r) {
        drop(m_ctx->errstr);
        return nullptr;
    }
    return ReplyPtr(r);
}

std::vector<RedisLink::ReplyPtr> RedisLink::pipeline(
    const std::vector<std::vector<std::string>> &commands, int timeoutMs)
{
    std::vector<ReplyPtr> replies;
    if (!ensureConnected(timeoutMs))
        return replies;
    const timeval timeout {timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    redisSetTimeout(m_ctx, timeout);
    for (const auto &args : commands) {
        std::vector<const char *> argv;
        std::vector<size_t> lens;
        for (const auto &a : args) {
            argv.push_back(a.data());
            lens.push_back(a.size());
        }
        redisAppendCommandArgv(m_ctx, int(argv.size()), argv.data(), lens.data());
    }
    for (size_t i = 0; i < commands.size(); ++i) {
        void *r = nullptr;
        if (redisGetReply(m_ctx, &r) != REDIS_OK) {
            drop(m_ctx->errstr);
            replies.clear();
            return replies;
        }
        replies.emplace_back(static_cast<redisReply *>(r));
    }
    return replies;
}

} // namespace storefront
