#pragma once
// A MetricSource over series held in memory: for tests, benchmarks and the demo until a real
// source is configured. It can fail, answer late, or hold its answers until released, so that
// tests can prove the charts never wait for it.

#include "capacity/metricsource.h"

#include <QHash>
#include <QList>
#include <QPromise>
#include <memory>

namespace qm::capacity {

class MemorySource : public MetricSource
{
    Q_OBJECT
public:
    explicit MemorySource(QObject *parent = nullptr);
    ~MemorySource() override;

    QString describe() const override;
    QFuture<Result<std::vector<TimeSeries>>> queryRange(const RangeQuery &query) override;
    QFuture<Result<std::vector<Threshold>>> thresholds() override;

    // The series answered for query.expr == series.info.id (replaces one with the same id).
    void setSeries(const TimeSeries &series);
    void appendPoint(const QString &id, qint64 ms, double value);
    void setThresholds(std::vector<Threshold> thresholds);
    TimeSeries series(const QString &id) const { return m_series.value(id); }
    QStringList ids() const { return m_series.keys(); }

    // Failure modes: every answer is this error (until cleared with std::nullopt)...
    void setFailure(std::optional<Error> error) { m_failure = std::move(error); }
    // ...answers come this many ms later (on this object's thread, from its event loop)...
    void setDelayMs(int ms) { m_delayMs = ms; }
    // ...or not at all until release() (held futures stay unfinished).
    void setHeld(bool held) { m_held = held; }
    void release();
    int pendingCount() const { return int(m_pending.size()); }
    int queryCount() const { return m_queries; }

    // Synthetic store data for both presets over [nowMs - spanMs, nowMs] every stepMs: orders,
    // checkout latency, payment failures, queue backlog, DB connections heading for
    // max_connections, TPS, replication lag, CPU, Redis memory and hit ratio; with thresholds.
    static void fillDemo(
        MemorySource &source, qint64 nowMs, qint64 spanMs, qint64 stepMs, quint32 seed = 1);

private:
    template <typename T> QFuture<Result<T>> answer(std::function<Result<T>()> make);

    QHash<QString, TimeSeries> m_series;
    std::vector<Threshold> m_thresholds;
    std::optional<Error> m_failure;
    int m_delayMs = 0;
    bool m_held = false;
    int m_queries = 0;
    std::vector<std::function<void()>> m_pending;
};

} // namespace qm::capacity
