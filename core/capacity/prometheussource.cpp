#include "capacity/prometheussource.h"

#include "capacity/seriesids.h"
#include "common/logging.h"
#include "http/jsonclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <limits>

namespace qm::capacity {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::PrometheusSource)
};

using Series = std::vector<TimeSeries>;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

Error protocolError(const QString &what)
{
    return Error {Error::Code::Protocol,
        Text::tr("Prometheus answered something that is not a query result: %1.").arg(what), {},
        {}};
}

} // namespace

PrometheusSource::PrometheusSource(const QUrl &baseUrl, QObject *parent)
    : MetricSource(parent)
    , m_base(baseUrl)
    , m_client(new http::JsonClient(this))
{
    setLimits(m_limits);
}

PrometheusSource::~PrometheusSource() = default;

void PrometheusSource::setCaFile(const QString &path)
{
    m_client->setCaFile(path);
}

void PrometheusSource::setLimits(const PrometheusLimits &limits)
{
    m_limits = limits;
    m_client->setTimeoutMs(limits.timeoutMs);
    m_client->setMaxBodyBytes(limits.maxBodyBytes);
}

QString PrometheusSource::describe() const
{
    return tr("Prometheus at %1").arg(where(m_base));
}

QString PrometheusSource::promqlFor(const QString &expr)
{
    const KnownSeries *known = findKnownSeries(expr);
    return known ? known->promql : expr;
}

QFuture<Result<Series>> PrometheusSource::queryRange(const RangeQuery &query)
{
    if (query.expr.trimmed().isEmpty() || query.stepMs <= 0 || query.endMs < query.startMs) {
        return QtFuture::makeReadyFuture(Result<Series>(Error {Error::Code::InvalidInput,
            tr("A range query needs an expression, a positive step and an end after its start."),
            {}, {}}));
    }
    const qint64 points = (query.endMs - query.startMs) / query.stepMs + 1;
    if (points > m_limits.maxPointsPerSeries) {
        return QtFuture::makeReadyFuture(Result<Series>(Error {Error::Code::InvalidInput,
            tr("That range at that step is %1 points per series; at most %2 are asked for. "
               "Choose a coarser step or a shorter range.")
                .arg(points)
                .arg(m_limits.maxPointsPerSeries),
            {}, {}}));
    }
    // (Prometheus stops evaluating at its own timeout, a little before ours gives up.)
    const QString timeout = QString::number(std::max(1, m_limits.timeoutMs / 1000)) + u's';
    return fetch(QStringLiteral("/api/v1/query_range"),
        {{QStringLiteral("query"), promqlFor(query.expr)},
            {QStringLiteral("start"), seconds(query.startMs)},
            {QStringLiteral("end"), seconds(query.endMs)},
            {QStringLiteral("step"), seconds(query.stepMs)}, {QStringLiteral("timeout"), timeout}},
        query.expr, query);
}

QFuture<Result<Series>> PrometheusSource::queryInstant(const QString &expr, qint64 atMs)
{
    QList<QPair<QString, QString>> params {{QStringLiteral("query"), promqlFor(expr)}};
    if (atMs > 0)
        params.append({QStringLiteral("time"), seconds(atMs)});
    RangeQuery grid;
    grid.expr = expr;
    grid.stepMs = 0;
    return fetch(QStringLiteral("/api/v1/query"), params, expr, grid);
}

QFuture<Result<Series>> PrometheusSource::fetch(const QString &path,
    const QList<QPair<QString, QString>> &params, const QString &expr, const RangeQuery &grid)
{
    QUrl url = m_base;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QUrlQuery q;
    q.setQueryItems(params);
    url.setQuery(q);
    const PrometheusLimits limits = m_limits;
    qCDebug(lcMetrics) << "prometheus" << path << expr;
    // Parsing and mapping run on a pool thread whatever the answer's size: a 1 MB matrix is
    // milliseconds of work the GUI thread does not do.
    return m_client->exchange("GET", url, {}, {{"Accept", "application/json"}})
        .then(QtFuture::Launch::Async,
            [url, expr, grid, limits](QFuture<Result<http::Response>> f) -> Result<Series> {
                if (f.resultCount() == 0)
                    return Error {Error::Code::Cancelled,
                        Text::tr("The query to %1 was cancelled.").arg(where(url)), {}, {}};
                // (result(), not takeResult(): in Qt 6.4 that resets the shared state, and the
                // exchange's promise then runs this continuation a second time when it goes)
                const Result<http::Response> r = f.result(); // the body is shared, not copied
                if (!r)
                    return r.error();
                const http::Response &resp = r.value();
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(resp.body, &pe);
                if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                    if (!resp.isSuccess())
                        return http::httpStatusError(url, resp);
                    Error e = protocolError(Text::tr("invalid JSON (%1 at byte %2)")
                                                .arg(pe.errorString())
                                                .arg(pe.offset));
                    e.detail = where(url);
                    return e;
                }
                Result<Series> out = parseAnswer(doc, expr, grid, limits);
                if (!out && out.error().detail.isEmpty()) {
                    Error e = out.error();
                    e.detail = where(url);
                    return e;
                }
                return out;
            });
}

QFuture<Result<std::vector<Threshold>>> PrometheusSource::thresholds()
{
    const QString expr = QStringLiteral("pg_settings_max_connections or redis_memory_max_bytes or "
                                        "node_filesystem_size_bytes{mountpoint=\"/\"}");
    return queryInstant(expr).then([](Result<Series> r) -> Result<std::vector<Threshold>> {
        if (!r)
            return r.error();
        std::vector<Threshold> out;
        for (const TimeSeries &s : r.value()) {
            // (maxmemory 0 is "no limit")
            if (s.empty() || !std::isfinite(s.v.front()) || s.v.front() <= 0)
                continue;
            QString name;
            for (const QString &l : s.info.labels) {
                if (l.startsWith(u"__name__="))
                    name = l.mid(9);
            }
            const double v = s.v.front();
            // (one per series id: a relabelled target leaves its old series for a few minutes)
            const auto seen = [&out](const char *id) {
                return std::any_of(out.begin(), out.end(),
                    [id](const Threshold &t) { return t.seriesId == QLatin1String(id); });
            };
            if (name == u"pg_settings_max_connections" && !seen("pg.connections")) {
                out.push_back({QStringLiteral("pg.connections"),
                    Text::tr("max_connections (%1)").arg(qint64(v)), v, true});
            } else if (name == u"redis_memory_max_bytes" && !seen("redis.memory")) {
                out.push_back({QStringLiteral("redis.memory"),
                    Text::tr("maxmemory (%1 MB)").arg(qint64(v / (1024 * 1024))), v, true});
            } else if (name == u"node_filesystem_size_bytes" && !seen("node.disk_used")) {
                out.push_back({QStringLiteral("node.disk_used"),
                    Text::tr("disk size (%1 GB)").arg(v / (1024.0 * 1024 * 1024), 0, 'f', 1), v,
                    true});
            }
        }
        return out;
    });
}

} // namespace qm::capacity
