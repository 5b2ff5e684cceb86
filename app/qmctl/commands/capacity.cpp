// qmctl capacity query --expr EXPR [--range 15m] [--step 2s] [--sample N] [--json]
//
// With a profile that has "prometheus": {"url": ...}: a Prometheus range query (EXPR is PromQL or
// a capacity series id such as pg.connections, see core/capacity/seriesids.h) over the last
// --range at --step. Without: the direct sampler samples PostgreSQL and Redis every --sample
// seconds for --range (so it takes that long) and prints what it recorded (EXPR: a pg.* or redis.*
// id). --json prints {"source","expr","series":[{"id","label","unit","labels","t":[ms],"v":[..]}],
// "thresholds":[{"series","label","value"}]}; NaN (a gap) is null.
//
// qmctl capacity forecast --expr EXPR [--range 2d] [--horizon 24h] [--limit VALUE] [--json]
//
// Prometheus only: the history of EXPR over --range, a forecast of every series it returns
// (Holt-Winters with a daily or weekly season, linear when the history is short; clamped at the
// series' physical bounds) and the time until each reaches its limit (the servers' own, e.g.
// max_connections for pg.connections, or --limit), with the model and its error.
// --json: {"source","expr","horizonMs","series":[{"id","label","unit","labels","model",
// "rmse","mape","samples","last","limit":{"label","value","upper"}|null,"saturation":{
// "alreadyBeyond","crosses","atMs","earliestMs","latestMs","inMs"}|null,"text"}]}.

#include "capacity/directsampler.h"
#include "capacity/forecast.h"
#include "capacity/prometheussource.h"
#include "command.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "redis/client.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <cmath>
#include <optional>

namespace qmctl {

namespace {

using namespace qm::capacity;

// "90s", "15m", "6h", "30d", or plain seconds -> milliseconds.
std::optional<qint64> parseDuration(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    double ms = n * 1000;
    if (unit == u"ms")
        ms = n;
    else if (unit == u"m")
        ms = n * 60000;
    else if (unit == u"h")
        ms = n * 3600000;
    else if (unit == u"d")
        ms = n * 86400000;
    if (!(ms > 0))
        return std::nullopt;
    return qint64(ms);
}

// Waits with the event loop running: the HTTP client and the Redis client live on this thread.
template <typename T> T waitSpinning(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

class CapacityQueryCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::CapacityQueryCommand)
public:
    QString name() const override { return QStringLiteral("capacity query"); }
    QString summary() const override
    {
        return tr("a capacity series over a time range, from Prometheus or sampled directly");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("expr"),
            tr("PromQL, or a series id (pg.connections, pg.tps, pg.cache_hit, "
               "pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, "
               "node.cpu, node.disk_used, biz.orders_per_min, ...)."),
            tr("EXPR")});
        p.addOption({QStringLiteral("range"),
            tr("How far back (Prometheus) or how long to sample (direct): 90s, 15m, 6h, 30d. "
               "Default 15m."),
            tr("DURATION"), QStringLiteral("15m")});
        p.addOption({QStringLiteral("step"),
            tr("Prometheus resolution (default: 2s, coarser when the range needs it)."),
            tr("DURATION")});
        p.addOption({QStringLiteral("sample"),
            tr("Without Prometheus: sample every N seconds (default 2)."), tr("N"),
            QStringLiteral("2")});
        p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QString expr = p.value(QStringLiteral("expr")).trimmed();
        if (expr.isEmpty()) {
            ctx.err() << tr("qmctl capacity query: --expr is required") << Qt::endl;
            return ExitUsage;
        }
        const auto range = parseDuration(p.value(QStringLiteral("range")));
        if (!range) {
            ctx.err() << tr("qmctl capacity query: --range takes a duration such as 15m, not "
                            "\"%1\"")
                             .arg(p.value(QStringLiteral("range")))
                      << Qt::endl;
            return ExitUsage;
        }
        auto loaded = ctx.profile();
        if (!loaded)
            return ctx.fail(loaded.error());
        qm::Profile profile = loaded.value();
        if (!ctx.user.isEmpty()) {
            profile.user = ctx.user;
            profile.resolveRedisUser();
        }

        const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
        RangeQuery q;
        q.expr = expr;
        std::unique_ptr<MetricSource> source;
        std::shared_ptr<qm::db::Cluster> cluster;
        std::unique_ptr<qm::redis::Client> redis;
        if (!profile.prometheusUrl.isEmpty()) {
            auto prom = std::make_unique<PrometheusSource>(QUrl(profile.prometheusUrl));
            prom->setCaFile(profile.caFile);
            q.endMs = endMs;
            q.startMs = endMs - *range;
            if (p.isSet(QStringLiteral("step"))) {
                const auto step = parseDuration(p.value(QStringLiteral("step")));
                if (!step) {
                    ctx.err() << tr("qmctl capacity query: --step takes a duration such as 2s")
                              << Qt::endl;
                    return ExitUsage;
                }
                q.stepMs = *step;
            } else {
                // 2 s, or what keeps the range under Prometheus' points per series
                const qint64 minStep = *range / (prom->limits().maxPointsPerSeries - 1) + 1;
                q.stepMs = std::max<qint64>(2000, (minStep + 999) / 1000 * 1000);
            }
            source = std::move(prom);
        } else {
            bool ok = false;
            const double every = p.value(QStringLiteral("sample")).toDouble(&ok);
            if (!ok || !(every >= 0.1)) {
                ctx.err() << tr("qmctl capacity query: --sample takes seconds (0.1 or more)")
                          << Qt::endl;
                return ExitUsage;
            }
            int code = ExitOk;
            cluster = ctx.openCluster(&code);
            if (!cluster)
                return code;
            std::shared_ptr<qm::db::Cluster> shared(std::move(cluster));
            if (profile.redis.mode == qm::RedisSettings::Mode::Standalone) {
                qm::redis::Endpoint e;
                e.host = profile.redis.host;
                e.port = profile.redis.port;
                e.tls = profile.redis.tls;
                e.tlsCaFile = profile.caFile;
                e.tlsCertFile = profile.clientCert;
                e.tlsKeyFile = profile.clientKey;
                e.username = profile.redis.user;
                e.password = qEnvironmentVariableIsSet("REDISCLI_AUTH")
                    ? qEnvironmentVariable("REDISCLI_AUTH")
                    : qm::redisPassfilePassword(profile);
                e.commandTimeoutMs = 5000;
                redis = std::make_unique<qm::redis::Client>(e);
            }
            auto sampler = std::make_unique<DirectSampler>(shared, redis.get());
            sampler->setIntervalMs(int(every * 1000));
            // Sample for the range (at least two samples: rates need a delta).
            QEventLoop loop;
            QTimer::singleShot(
                std::max<qint64>(*range, qint64(every * 1000) + 100), &loop, &QEventLoop::quit);
            sampler->start();
            loop.exec();
            sampler->stop();
            if (sampler->sampleCount() < 2) { // the last round may still be out
                QEventLoop last;
                QObject::connect(sampler.get(), &DirectSampler::sampled, &last, &QEventLoop::quit);
                QTimer::singleShot(10000, &last, &QEventLoop::quit);
                last.exec();
            }
            for (const QString &u : sampler->unavailable())
                ctx.err() << tr("qmctl capacity query: cannot read %1").arg(u) << Qt::endl;
            q.startMs = 0;
            q.endMs = std::numeric_limits<qint64>::max();
            source = std::move(sampler);
        }

        const auto result = waitSpinning(source->queryRange(q));
        if (!result)
            return ctx.fail(result.error());
        const auto th = waitSpinning(source->thresholds());
        const std::vector<Threshold> thresholds = th.ok() ? th.value() : std::vector<Threshold> {};

        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray series;
            for (const TimeSeries &s : result.value()) {
                QJsonArray t, v;
                for (std::size_t i = 0; i < s.size(); ++i) {
                    t.append(double(s.t[i]));
                    v.append(number(s.v[i]));
                }
                series.append(QJsonObject {{QStringLiteral("id"), s.info.id},
                    {QStringLiteral("label"), s.info.label}, {QStringLiteral("unit"), s.info.unit},
                    {QStringLiteral("labels"), QJsonArray::fromStringList(s.info.labels)},
                    {QStringLiteral("t"), t}, {QStringLiteral("v"), v}});
            }
            QJsonArray limits;
            for (const Threshold &t : thresholds) {
                limits.append(QJsonObject {{QStringLiteral("series"), t.seriesId},
                    {QStringLiteral("label"), t.label}, {QStringLiteral("value"), number(t.value)},
                    {QStringLiteral("upper"), t.upper}});
            }
            const QJsonObject o {{QStringLiteral("source"), source->describe()},
                {QStringLiteral("expr"), expr}, {QStringLiteral("stepMs"), double(q.stepMs)},
                {QStringLiteral("series"), series}, {QStringLiteral("thresholds"), limits}};
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        ctx.out() << source->describe() << Qt::endl;
        for (const TimeSeries &s : result.value()) {
            double lastV = std::nan(""), minV = std::nan(""), maxV = std::nan("");
            int finite = 0;
            for (double v : s.v) {
                if (!std::isfinite(v))
                    continue;
                ++finite;
                lastV = v;
                minV = std::isnan(minV) ? v : std::min(minV, v);
                maxV = std::isnan(maxV) ? v : std::max(maxV, v);
            }
            ctx.out() << tr("%1  %2 points (%3 with a value)  last %4  min %5  max %6 %7")
                             .arg(s.info.label.isEmpty() ? s.info.id : s.info.label)
                             .arg(s.size())
                             .arg(finite)
                             .arg(lastV)
                             .arg(minV)
                             .arg(maxV)
                             .arg(s.info.unit)
                      << Qt::endl;
        }
        for (const Threshold &t : thresholds)
            ctx.out() << tr("limit %1: %2").arg(t.seriesId, t.label) << Qt::endl;
        return ExitOk;
    }
};

class CapacityForecastCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::CapacityForecastCommand)
public:
    QString name() const override { return QStringLiteral("capacity forecast"); }
    QString summary() const override
    {
        return tr("forecast a capacity series and the time until it reaches its limit");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("expr"),
            tr("PromQL, or a series id (pg.connections, redis.memory, node.disk_used, ...)."),
            tr("EXPR")});
        p.addOption(
            {QStringLiteral("range"), tr("History the model learns from: 6h, 2d, 30d. Default 2d."),
                tr("DURATION"), QStringLiteral("2d")});
        p.addOption({QStringLiteral("horizon"), tr("How far ahead to forecast. Default 24h."),
            tr("DURATION"), QStringLiteral("24h")});
        p.addOption({QStringLiteral("limit"),
            tr("The limit to reach (default: the servers' own for the series, if any)."),
            tr("VALUE")});
        p.addOption({QStringLiteral("below"),
            tr("The limit is a floor (falling below it is the problem, e.g. a hit ratio).")});
        p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QString expr = p.value(QStringLiteral("expr")).trimmed();
        if (expr.isEmpty()) {
            ctx.err() << tr("qmctl capacity forecast: --expr is required") << Qt::endl;
            return ExitUsage;
        }
        const auto range = parseDuration(p.value(QStringLiteral("range")));
        const auto horizon = parseDuration(p.value(QStringLiteral("horizon")));
        if (!range || !horizon) {
            ctx.err() << tr("qmctl capacity forecast: --range and --horizon take durations such "
                            "as 2d or 24h")
                      << Qt::endl;
            return ExitUsage;
        }
        std::optional<double> limit;
        if (p.isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = p.value(QStringLiteral("limit")).toDouble(&ok);
            if (!ok || !std::isfinite(*limit)) {
                ctx.err() << tr("qmctl capacity forecast: --limit takes a number") << Qt::endl;
                return ExitUsage;
            }
        }
        auto loaded = ctx.profile();
        if (!loaded)
            return ctx.fail(loaded.error());
        const qm::Profile profile = loaded.value();
        if (profile.prometheusUrl.isEmpty()) {
            return ctx.fail(qm::Error {qm::Error::Code::InvalidInput,
                tr("Forecasts need history: this profile has no Prometheus (\"prometheus\": "
                   "{\"url\": ...}). qmctl capacity query samples the servers directly."),
                ctx.profilePath, {}});
        }
        PrometheusSource source {QUrl(profile.prometheusUrl)};
        source.setCaFile(profile.caFile);
        RangeQuery q;
        q.expr = expr;
        q.endMs = QDateTime::currentMSecsSinceEpoch();
        q.startMs = q.endMs - *range;
        q.stepMs = std::max<qint64>(2000, stepForRange(q.startMs, q.endMs));
        const auto result = waitSpinning(source.queryRange(q));
        if (!result)
            return ctx.fail(result.error());
        const auto th = waitSpinning(source.thresholds());
        const std::vector<Threshold> thresholds = th.ok() ? th.value() : std::vector<Threshold> {};

        QJsonArray out;
        QStringList lines;
        for (const TimeSeries &s : result.value()) {
            ForecastOptions o;
            const qint64 span = s.empty() ? 0 : s.t.back() - s.t.front();
            o.seasonMs = span >= 14LL * 86400000 ? 7LL * 86400000 : 86400000;
            o.horizonMs = *horizon;
            Forecast fc = forecast(s, o);
            clampForecast(fc, physicalBounds(s));
            std::optional<Threshold> t;
            if (limit) {
                t = Threshold {s.info.id, tr("limit %1").arg(*limit), *limit,
                    !p.isSet(QStringLiteral("below"))};
            } else {
                for (const Threshold &candidate : thresholds)
                    if (candidate.seriesId == s.info.id || candidate.seriesId == expr)
                        t = candidate;
            }
            const QString label = s.info.label.isEmpty() ? s.info.id : s.info.label;
            QString text;
            QJsonValue sat(QJsonValue::Null);
            if (!fc.valid()) {
                text = tr("%1: no forecast: %2").arg(label, fc.why);
            } else if (t) {
                const Saturation st = timeToSaturation(fc, *t);
                text = ForecastText::saturation(label, *t, fc, st, q.endMs);
                sat = QJsonObject {{QStringLiteral("alreadyBeyond"), st.alreadyBeyond},
                    {QStringLiteral("crosses"), st.crosses},
                    {QStringLiteral("atMs"), double(st.atMs)},
                    {QStringLiteral("earliestMs"), double(st.earliestMs)},
                    {QStringLiteral("latestMs"), double(st.latestMs)},
                    {QStringLiteral("inMs"),
                        st.atMs >= 0 ? QJsonValue(double(st.atMs - q.endMs))
                                     : QJsonValue(QJsonValue::Null)}};
            } else {
                text = tr("%1: no limit to reach; forecast by %2.").arg(label, fc.accuracyText());
            }
            lines << text;
            QJsonValue limitJson(QJsonValue::Null);
            if (t)
                limitJson = QJsonObject {{QStringLiteral("label"), t->label},
                    {QStringLiteral("value"), number(t->value)},
                    {QStringLiteral("upper"), t->upper}};
            out.append(QJsonObject {{QStringLiteral("id"), s.info.id},
                {QStringLiteral("label"), label}, {QStringLiteral("unit"), s.info.unit},
                {QStringLiteral("labels"), QJsonArray::fromStringList(s.info.labels)},
                {QStringLiteral("model"), fc.valid() ? fc.modelName : QString()},
                {QStringLiteral("why"), fc.why}, {QStringLiteral("rmse"), number(fc.rmse)},
                {QStringLiteral("mape"), number(fc.mape)}, {QStringLiteral("samples"), fc.samples},
                {QStringLiteral("last"), number(fc.lastValue)},
                {QStringLiteral("limit"), limitJson}, {QStringLiteral("saturation"), sat},
                {QStringLiteral("text"), text}});
        }
        if (p.isSet(QStringLiteral("json"))) {
            const QJsonObject o {{QStringLiteral("source"), source.describe()},
                {QStringLiteral("expr"), expr}, {QStringLiteral("horizonMs"), double(*horizon)},
                {QStringLiteral("series"), out}};
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        ctx.out() << source.describe() << Qt::endl;
        if (lines.isEmpty())
            ctx.out() << tr("no series: %1 returned nothing over the range").arg(expr) << Qt::endl;
        for (const QString &line : lines)
            ctx.out() << line << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(CapacityQueryCommand)
QMCTL_COMMAND(CapacityForecastCommand)

} // namespace qmctl
