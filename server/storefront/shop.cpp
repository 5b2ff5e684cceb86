#include "shop.h"

#include "stats.h"

#include <chrono>
#include <cstdio>
#include <thread>

namespace storefront {

std::string newRequestId()
{
    // Request ids must never repeat across runs (the server remembers them): seeded from the OS,
    // not from --seed, which only makes the shoppers' choices repeatable.
    thread_local std::mt19937_64 rng = [] {
        std::random_device device;
        std::seed_seq seq {device(), device(), device(), device()};
        return std::mt19937_64(seq);
    }();
    const quint64 a = rng();
    const quint64 b = rng();
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<unsigned char>(a >> (8 * i));
        bytes[8 + i] = static_cast<unsigned char>(b >> (8 * i));
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
    char out[37];
    std::snprintf(out, sizeof out,
        "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", bytes[0], bytes[1],
        bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7], bytes[8], bytes[9], bytes[10],
        bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
    return out;
}

Shop::Shop(std::string conninfo, Stats &stats, const std::atomic<bool> &stop, bool persistent)
    : m_conninfo(std::move(conninfo))
    , m_stats(stats)
    , m_stop(stop)
    , m_persistent(persistent)
{ }

void Shop::prepare(std::string name, std::string sql)
{
    m_statements.emplace_back(std::move(name), std::move(sql));
}

Shop::~Shop() = default;

bool Shop::ensureConnected()
{
    while (!m_conn) {
        if (m_stop.load() || m_conninfo.empty())
            return false;
        if (!m_persistent && std::chrono::steady_clock::now() < m_retryAfter)
            return false;
        try {
            m_conn = std::make_unique<pqxx::connection>(m_conninfo);
            for (const auto &[name, sql] : m_statements)
                m_conn->prepare(name, sql);
            if (m_failures > 0)
                m_stats.add(Stats::Reconnects);
            m_failures = 0;
        } catch (const std::exception &e) {
            m_conn.reset();
            m_stats.error(m_persistent ? "connect" : "staff_connect", e.what());
            if (!m_persistent) {
                m_retryAfter = std::chrono::steady_clock::now() + std::chrono::seconds(30);
                return false;
            }
            backoff(++m_failures);
        }
    }
    return true;
}

void Shop::lost(const char *why)
{
    m_stats.error("connection_lost", why);
    m_conn.reset();
    ++m_failures;
}

void Shop::backoff(int attempt)
{
    // 100 ms doubling to 2 s, interruptible by stop.
    const int ms = std::min(2000, 100 << std::min(attempt - 1, 5));
    for (int slept = 0; slept < ms && !m_stop.load(); slept += 20)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

void Shop::retried()
{
    m_stats.add(Stats::Retries);
}

} // namespace storefront
