#pragma once
// A MetricSource over a Prometheus server's HTTP API (/api/v1/query_range and /api/v1/query)
// through http::JsonClient. A query's expr is PromQL, or one of the ids of capacity/seriesids.h
// ("pg.connections"), which is translated to its PromQL and labelled like the direct sampler's.
//
// Limits, so that a chart never freezes or fills memory: a timeout (no byte for timeoutMs: a
// Timeout error), an answer size (maxBodyBytes: refused while downloading), points per series
// (a range/step above it is refused before asking, as Prometheus itself refuses more than 11,000),
// series per answer and points in all (refused after parsing). Parsing and mapping run on a pool
// thread. Gaps on the step grid are NaN points; "NaN", "+Inf" and "-Inf" values are read as such.

#include "capacity/metricsource.h"

#include <QJsonDocument>
#include <QUrl>

namespace qm::http {
class JsonClient;
}

namespace qm::capacity {

struct PrometheusLimits
{
    int timeoutMs = 10000;
    qint64 maxBodyBytes = 32LL * 1024 * 1024;
    qint64 maxPointsPerSeries = 11000;
    int maxSeries = 200;
    qint64 maxPoints = 1000000;
};

class PrometheusSource : public MetricSource
{
    Q_OBJECT
public:
    // baseUrl: the profile's prometheus.url, e.g. http://127.0.0.1:15454 (a path prefix is kept).
    explicit PrometheusSource(const QUrl &baseUrl, QObject *parent = nullptr);
    ~PrometheusSource() override;

    // https: trust only the profile's CA file (Profile::caFile; empty: the system's CAs).
    void setCaFile(const QString &path);
    void setLimits(const PrometheusLimits &limits);
    const PrometheusLimits &limits() const { return m_limits; }
    QUrl baseUrl() const { return m_base; }

    QString describe() const override;
    QFuture<Result<std::vector<TimeSeries>>> queryRange(const RangeQuery &query) override;
    // An instant query (/api/v1/query) at atMs (0: now): one point per series.
    QFuture<Result<std::vector<TimeSeries>>> queryInstant(const QString &expr, qint64 atMs = 0);
    // max_connections (pg_settings_max_connections), Redis maxmemory (redis_memory_max_bytes,
    // when set), the root filesystem's size (node_filesystem_size_bytes), as Prometheus has them.
    // A limit the exporters do not report is left out; only an unreachable Prometheus is an Error.
    QFuture<Result<std::vector<Threshold>>> thresholds() override;

    // The PromQL a query's expr stands for (a known series id's, else expr itself).
    static QString promqlFor(const QString &expr);
    // Maps a Prometheus API answer (status/data/resultType/result) to series: for tests and for
    // answers read elsewhere. grid: the range query's start/end/step (stepMs 0: an instant query).
    static Result<std::vector<TimeSeries>> parseAnswer(const QJsonDocument &doc,
        const QString &expr, const RangeQuery &grid, const PrometheusLimits &limits);

private:
    QFuture<Result<std::vector<TimeSeries>>> fetch(const QString &path,
        const QList<QPair<QString, QString>> &params, const QString &expr, const RangeQuery &grid);

    QUrl m_base;
    PrometheusLimits m_limits;
    http::JsonClient *m_client;
};

} // namespace qm::capacity
