#include "cache/latencyprobe.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace qm::cache {

LatencyProbe::LatencyProbe(
    redis::Endpoint endpoint, int intervalMs, QByteArray probeKey, QObject *parent)
    : QThread(parent)
    , m_endpoint(std::move(endpoint))
    , m_intervalMs(intervalMs)
    , m_key(std::move(probeKey))
{ }

LatencyProbe::~LatencyProbe()
{
    stop();
    wait();
}

void LatencyProbe::stop()
{
    m_stop = true;
}

void LatencyProbe::run()
{
    redis::Endpoint e = m_endpoint;
    e.connectTimeoutMs = 1000;
    redis::Client client(e);
    client.commandSync({"PING"}, 2000); // connect outside the measurement
    QElapsedTimer t;
    while (!m_stop) {
        t.start();
        const Result<redis::Reply> r = client.commandSync({"GET", m_key}, 2000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (r) {
            QMutexLocker lock(&m_mutex);
            if (m_samples.size() < 5'000'000)
                m_samples.push_back(ms);
        } else {
            ++m_failures;
            QThread::msleep(50); // the server is away: do not spin
        }
        if (m_intervalMs > 0)
            QThread::msleep(ulong(m_intervalMs));
    }
}

quint64 LatencyProbe::sequence() const
{
    QMutexLocker lock(&m_mutex);
    return m_samples.size();
}

quint64 LatencyProbe::samplesSince(quint64 sinceSeq, std::vector<double> *out) const
{
    QMutexLocker lock(&m_mutex);
    if (out && sinceSeq < m_samples.size())
        out->assign(m_samples.begin() + qsizetype(sinceSeq), m_samples.end());
    return m_samples.size();
}

double LatencyProbe::percentileSince(quint64 sinceSeq, double p) const
{
    std::vector<double> s;
    samplesSince(sinceSeq, &s);
    return percentile(std::move(s), p);
}

std::vector<double> LatencyProbe::allSamples() const
{
    QMutexLocker lock(&m_mutex);
    return m_samples;
}

double LatencyProbe::percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return -1;
    const size_t k = std::min(samples.size() - 1,
        std::max<size_t>(1, size_t(std::ceil(p / 100.0 * double(samples.size())))) - 1);
    std::nth_element(samples.begin(), samples.begin() + qsizetype(k), samples.end());
    return samples[k];
}

} // namespace qm::cache
