#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <pqxx/pqxx>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace storefront {

class Stats;

// A random (v4) UUID: the request id of one call.
std::string newRequestId();

// One database connection of the simulator, with the calls the store makes. Every write carries
// a request id; when the connection drops mid-call the same call is retried with the same id
// (the server returns the first result instead of applying twice), after reconnecting with
// backoff. Refusals (sql_error: out of stock, nothing to check out...) reach the caller.
class Shop
{
public:
    // persistent: keep trying to connect (the storefront); otherwise one attempt, then none for
    // 30 s (customer service: its actions are skipped while it cannot connect).
    Shop(std::string conninfo, Stats &stats, const std::atomic<bool> &stop, bool persistent = true);
    ~Shop();

    bool connected() const { return m_conn != nullptr; }
    bool enabled() const { return !m_conninfo.empty(); }
    // Statements prepared on every new connection: name and SQL.
    void prepare(std::string name, std::string sql);
    // Connects if needed; false when stopping or the server cannot be reached right now.
    bool ensureConnected();

    // Runs fn(nontransaction&) with reconnect + retry on a broken connection; returns nullopt
    // when giving up (stopping). fn must be idempotent (a request id makes it so).
    template <typename F>
    auto call(F &&fn) -> std::optional<decltype(fn(std::declval<pqxx::nontransaction &>()))>
    {
        for (int attempt = 0;; ++attempt) {
            if (!ensureConnected())
                return std::nullopt;
            try {
                pqxx::nontransaction tx(*m_conn);
                return fn(tx);
            } catch (const pqxx::broken_connection &e) {
                lost(e.what());
            } catch (const pqxx::in_doubt_error &e) {
                lost(e.what());
            }
            if (!m_persistent)
                return std::nullopt;
            if (attempt > 0)
                backoff(attempt);
            retried();
        }
    }

private:
    void lost(const char *why);
    void backoff(int attempt);
    void retried();

    std::string m_conninfo;
    Stats &m_stats;
    const std::atomic<bool> &m_stop;
    bool m_persistent;
    std::vector<std::pair<std::string, std::string>> m_statements;
    std::unique_ptr<pqxx::connection> m_conn;
    int m_failures = 0;
    std::chrono::steady_clock::time_point m_retryAfter;
};

} // namespace storefront
