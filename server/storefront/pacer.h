#pragma once

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace storefront {

// Open-loop pacing shared by all shopper threads: session k starts at t0 + k * interval, whoever
// takes ticket k. A store that falls behind by more than `maxLag` skips ahead instead of
// bursting (the achieved rate is reported, not hidden). Interval 0 = no pacing.
class Pacer
{
public:
    using Clock = std::chrono::steady_clock;

    Pacer(double sessionsPerSecond, Clock::time_point start)
        : m_start(start)
        , m_intervalNs(sessionsPerSecond > 0 ? 1e9 / sessionsPerSecond : 0)
    { }

    // Blocks until the next session may start; false when `stop` became true meanwhile.
    bool wait(const std::atomic<bool> &stop)
    {
        if (m_intervalNs <= 0)
            return !stop.load();
        const long long k = m_ticket.fetch_add(1);
        auto due = m_start
            + std::chrono::nanoseconds(
                static_cast<long long>((k + m_skipped.load()) * m_intervalNs));
        const auto now = Clock::now();
        if (now - due > kMaxLag) {
            // Behind: move the schedule so this ticket is due now.
            const long long behind = static_cast<long long>(
                std::chrono::duration<double, std::nano>(now - due).count() / m_intervalNs);
            m_skipped.fetch_add(behind);
            return !stop.load();
        }
        while (Clock::now() < due) {
            if (stop.load())
                return false;
            std::this_thread::sleep_until(
                std::min(due, Clock::now() + std::chrono::milliseconds(50)));
        }
        return !stop.load();
    }

private:
    static constexpr auto kMaxLag = std::chrono::seconds(1);
    Clock::time_point m_start;
    double m_intervalNs;
    std::atomic<long long> m_ticket {0};
    std::atomic<long long> m_skipped {0};
};

} // namespace storefront
