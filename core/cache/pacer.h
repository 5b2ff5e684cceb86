#pragma once

#include "cache/latencyprobe.h"
#include "cache/purgespec.h"

#include <QElapsedTimer>
#include <deque>

namespace qm::cache {

// Paces bulk work on Redis by what a shopper sees, with two controls:
//   batch size  SCAN's COUNT follows the batch's own round trip (how long one batch keeps Redis
//               busy, which is the longest a shopper can wait behind it): shrunk when the batch
//               takes more than half the budget, grown back when it takes under a quarter (at
//               3/4 and 1/3, shoppers' p99 sat just over a 2 ms budget: a shopper can also wait
//               for its own thread to get a CPU);
//   duty cycle  the p90 of the probe's last 16 round trips, against the budget: above it the
//               pause between batches grows (x1.5 + 0.5 ms), under 3/4 of it the pause halves.
// The budget is relative to an idle baseline: every second the pacer stops for a few
// milliseconds and measures the probe without any batch in flight. When the server (or the
// machine) is already slower than the budget on its own, the purge is paced to baseline + budget
// so that it does not crawl for slowness it does not cause; the outcome says so.
class Pacer
{
public:
    Pacer(const PurgePolicy &policy, LatencyProbe *probe);

    int scanCount() const { return m_count; }
    double pauseMs() const { return m_pauseMs; }
    double lastLatencyMs() const { return m_lastP90; }
    double worstLatencyMs() const { return m_worstP90; }
    double baselineMs() const { return m_baselineMs; }
    double effectiveBudgetMs() const { return m_budgetMs; }
    double maxBudgetMs() const { return m_maxBudgetMs; }
    int slowdowns() const { return m_slowdowns; }

    void measureBaseline(); // waits for a few idle probes (at most ~40 ms)
    // After each batch; batchMs is the batch's own round trip (atMost: an upper bound only, so
    // it can grow the batch but not shrink it). May sleep.
    void afterBatch(double batchMs = -1, bool atMost = false);

private:
    void idleWindow(int ms);

    PurgePolicy m_policy;
    LatencyProbe *m_probe;
    quint64 m_seq = 0;
    std::deque<double> m_window;
    std::deque<double> m_idle;
    QElapsedTimer m_sinceBaseline;
    int m_count;
    double m_pauseMs = 0;
    double m_budgetMs;
    double m_maxBudgetMs;
    double m_baselineMs = -1;
    double m_lastP90 = -1;
    double m_worstP90 = 0;
    int m_slowdowns = 0;
};

} // namespace qm::cache
