#pragma once
// Where capacity charts get their data. Implementations: Prometheus query_range (through
// http::JsonClient), direct sampling of PostgreSQL and Redis when a profile has no Prometheus,
// and in-memory series for tests and benchmarks. The charts and forecasts only see this interface.

#include "capacity/timeseries.h"
#include "common/result.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <vector>

namespace qm::capacity {

// One chart query. `expr` is PromQL for Prometheus; for direct sampling it is one of the sampler's
// series ids (e.g. "pg.connections"). Times in ms since the epoch; step is the resolution asked
// for.
struct RangeQuery
{
    QString expr;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 2000;
};

// At most this many points per series are asked of any source: Prometheus refuses a range query
// above 11,000 points per series (PrometheusLimits), and no chart draws more than its pixel width.
constexpr qint64 kMaxPointsPerQuery = 10'000;

// The step (whole seconds, at least one) that covers [startMs, endMs] in at most
// kMaxPointsPerQuery points, counting both ends as Prometheus does.
constexpr qint64 stepForRange(qint64 startMs, qint64 endMs)
{
    const qint64 span = endMs > startMs ? endMs - startMs : 0;
    const qint64 atLeast = (span + kMaxPointsPerQuery - 2) / (kMaxPointsPerQuery - 1);
    const qint64 seconds = (atLeast + 999) / 1000;
    return seconds < 1 ? 1000 : seconds * 1000;
}

class MetricSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MetricSource() override = default;

    // For people: "Prometheus at http://127.0.0.1:15454" or "sampling PostgreSQL and Redis".
    virtual QString describe() const = 0;
    // Never blocks the caller; the future finishes on the source's thread (continue it with
    // whenFinished). A source that is down, slow or answers nonsense finishes with an Error whose
    // message says what to do next; it never hangs past its timeout.
    virtual QFuture<Result<std::vector<TimeSeries>>> queryRange(const RangeQuery &query) = 0;
    // The limits the servers report (max_connections, maxmemory, disk size) for thresholds.
    virtual QFuture<Result<std::vector<Threshold>>> thresholds() = 0;
};

} // namespace qm::capacity
