#include "cache/pacer.h"

#include <QElapsedTimer>
#include <QThread>
#include <algorithm>

namespace qm::cache {

namespace {
constexpr size_t kWindow = 16;
}

Pacer::Pacer(const PurgePolicy &policy, LatencyProbe *probe)
    : m_policy(policy)
    , m_probe(probe)
    , m_count(policy.scanCount)
    , m_budgetMs(policy.latencyBudgetMs)
{
    if (m_probe)
        m_seq = m_probe->sequence();
}

void Pacer::measureBaseline()
{
    if (!m_policy.pace || !m_probe || !m_probe->isRunning())
        return;
    const quint64 from = m_probe->sequence();
    QElapsedTimer t;
    t.start();
    while (m_probe->sequence() < from + 20 && t.elapsed() < 100)
        QThread::msleep(2);
    std::vector<double> idle;
    m_seq = m_probe->samplesSince(from, &idle);
    m_baselineMs = LatencyProbe::percentile(idle, 90);
    if (m_baselineMs > m_policy.latencyBudgetMs)
        m_budgetMs = m_baselineMs + m_policy.latencyBudgetMs;
}

void Pacer::afterBatch()
{
    if (!m_policy.pace || !m_probe)
        return;
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
            m_count = std::max(m_policy.minScanCount, m_count / 2);
        } else if (m_lastP90 < m_budgetMs * 0.75) {
            m_pauseMs = m_pauseMs < 0.05 ? 0 : m_pauseMs * 0.5;
            m_count = std::min(m_policy.scanCount, m_count + m_count / 4 + 1);
        }
    }
    if (m_pauseMs > 0)
        QThread::usleep(ulong(m_pauseMs * 1000));
}

} // namespace qm::cache
