#include "cache/pacer.h"

#include <QThread>
#include <algorithm>

namespace qm::cache {

namespace {
constexpr size_t kWindow = 16;
constexpr size_t kIdleWindow = 40;
constexpr qint64 kBaselineEveryMs = 1000;
} // namespace

Pacer::Pacer(const PurgePolicy &policy, LatencyProbe *probe)
    : m_policy(policy)
    , m_probe(probe)
    , m_count(policy.scanCount)
    , m_budgetMs(policy.latencyBudgetMs)
    , m_maxBudgetMs(policy.latencyBudgetMs)
{
    if (m_probe)
        m_seq = m_probe->sequence();
}

void Pacer::idleWindow(int ms)
{
    // Nothing of ours in flight: what the probe sees now is the server's (and machine's) own.
    // A batch sent before the pause (overlapped walks keep one in flight) is over within a
    // budget: the first 3 ms are not counted.
    QThread::msleep(3);
    const quint64 from = m_probe->sequence();
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms || (m_probe->sequence() < from + 3 && t.elapsed() < 4 * ms))
        QThread::msleep(1);
    std::vector<double> idle;
    m_seq = m_probe->samplesSince(from, &idle);
    for (double s : idle) {
        m_idle.push_back(s);
        if (m_idle.size() > kIdleWindow)
            m_idle.pop_front();
    }
    m_baselineMs = LatencyProbe::percentile({m_idle.begin(), m_idle.end()}, 90);
    m_budgetMs
        = m_policy.latencyBudgetMs + (m_baselineMs > m_policy.latencyBudgetMs ? m_baselineMs : 0);
    m_maxBudgetMs = std::max(m_maxBudgetMs, m_budgetMs);
    m_sinceBaseline.start();
}

void Pacer::measureBaseline()
{
    if (!m_policy.pace || !m_probe || !m_probe->isRunning())
        return;
    idleWindow(10);
}

void Pacer::afterBatch(double batchMs, bool atMost)
{
    if (!m_policy.pace || !m_probe)
        return;
    const double budget = m_policy.latencyBudgetMs;
    // Batch size: one batch must not keep Redis busy for most of the budget.
    if (batchMs >= 0) {
        if (batchMs > budget * 0.5 && !atMost)
            m_count = std::max(m_policy.minScanCount, int(m_count * 0.7));
        else if (batchMs < budget / 4)
            m_count = std::min(m_policy.scanCount, m_count + m_count / 5 + 1);
    }
    // Duty cycle: the shoppers' recent p90 against the (baseline-relative) budget.
    std::vector<double> fresh;
    m_seq = m_probe->samplesSince(m_seq, &fresh);
    if (!fresh.empty()) {
        for (double s : fresh) {
            m_window.push_back(s);
            if (m_window.size() > kWindow)
                m_window.pop_front();
        }
        m_lastP90 = LatencyProbe::percentile({m_window.begin(), m_window.end()}, 90);
        m_worstP90 = std::max(m_worstP90, m_lastP90);
        if (m_lastP90 > m_budgetMs) {
            ++m_slowdowns;
            m_pauseMs = std::min(m_policy.maxPauseMs, m_pauseMs * 1.5 + 0.5);
        } else if (m_lastP90 < m_budgetMs * 0.75) {
            m_pauseMs = m_pauseMs < 0.05 ? 0 : m_pauseMs * 0.5;
        }
    }
    if (m_pauseMs > 0)
        QThread::usleep(ulong(m_pauseMs * 1000));
    if (m_probe->isRunning() && m_sinceBaseline.isValid()
        && m_sinceBaseline.elapsed() > kBaselineEveryMs)
        idleWindow(8);
}

} // namespace qm::cache
