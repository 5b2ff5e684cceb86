#pragma once

#include "redis/client.h"

#include <QMutex>
#include <QThread>
#include <atomic>
#include <vector>

namespace qm::cache {

// What a shopper sees while a purge runs: a thread of its own, with its own connection, sends a
// GET (of a key that need not exist) every intervalMs and records each round trip. The purge
// reads the recent worst/p99 to pace itself; the bench uses the same probe as its shopper loop.
class LatencyProbe : public QThread
{
    Q_OBJECT
public:
    explicit LatencyProbe(redis::Endpoint endpoint, int intervalMs = 2,
        QByteArray probeKey = "qm:probe:latency", QObject *parent = nullptr);
    ~LatencyProbe() override; // stops and joins

    void stop();
    // Round trips (ms) recorded since `sinceSeq`; returns the new sequence number.
    quint64 samplesSince(quint64 sinceSeq, std::vector<double> *out) const;
    quint64 sequence() const;
    double percentileSince(quint64 sinceSeq, double p) const; // -1 when no samples
    std::vector<double> allSamples() const;
    int failures() const { return m_failures.load(); }

    static double percentile(std::vector<double> samples, double p);

protected:
    void run() override;

private:
    redis::Endpoint m_endpoint;
    int m_intervalMs;
    QByteArray m_key;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_failures {0};
    mutable QMutex m_mutex;
    std::vector<double> m_samples; // all of them (bounded by the run: 500/s)
};

} // namespace qm::cache
