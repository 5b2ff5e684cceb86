#pragma once

#include "cache/latencyprobe.h"
#include "cache/purgespec.h"

#include <deque>

namespace qm::cache {

// Paces bulk deletes by what a shopper sees. After each batch it looks at the p90 of the probe's
// last 16 round trips: above the budget it lengthens the pause between batches and halves SCAN's
// COUNT; under three quarters of it, it backs off (AIMD, the way TCP treats a congested link).
// The budget is measured against a baseline taken before the first batch: when the server is
// already slower than the budget (a loaded machine), the purge is paced to baseline + budget, so
// it does not crawl for slowness it does not cause; the outcome says so.
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
    int slowdowns() const { return m_slowdowns; }

    // Waits for a few idle probes (at most ~100 ms) and sets the effective budget.
    void measureBaseline();
    void afterBatch(); // may sleep

private:
    PurgePolicy m_policy;
    LatencyProbe *m_probe;
    quint64 m_seq = 0;
    std::deque<double> m_window;
    int m_count;
    double m_pauseMs = 0;
    double m_budgetMs;
    double m_baselineMs = -1;
    double m_lastP90 = -1;
    double m_worstP90 = 0;
    int m_slowdowns = 0;
};

} // namespace qm::cache
