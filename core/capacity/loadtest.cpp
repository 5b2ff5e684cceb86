#include "capacity/loadtest.h"

#include "capacity/metricsource.h"
#include "capacity/prometheussource.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "http/jsonclient.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <pqxx/pqxx>

namespace qm::capacity {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::LoadTestRunner)
};

constexpr qint64 kStopGraceMs = 3000;
constexpr qint64 kStartupMs = 60'000; // the longest a simulator may take to listen

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QString rate(double r)
{
    return Text::tr("%1 orders/s").arg(QString::number(r, 'g', 4));
}

QString seconds(double s)
{
    if (!std::isfinite(s))
        return Text::tr("n/a");
    return s < 1 ? Text::tr("%1 ms").arg(QString::number(s * 1000, 'f', s < 0.01 ? 1 : 0))
                 : Text::tr("%1 s").arg(QString::number(s, 'f', 2));
}

QString percent(double share)
{
    return Text::tr("%1 %").arg(QString::number(share * 100, 'f', 1));
}

double latestFinite(const Result<std::vector<TimeSeries>> &r, bool wantMax)
{
    double out = std::nan("");
    if (!r.ok())
        return out;
    double sum = 0;
    int n = 0;
    for (const TimeSeries &s : r.value())
        for (double v : s.v) {
            if (!std::isfinite(v))
                continue;
            if (wantMax)
                out = std::isnan(out) ? v : std::max(out, v);
            sum += v;
            ++n;
        }
    return wantMax ? out : (n ? sum / n : out);
}

double lastFinite(const Result<std::vector<TimeSeries>> &r)
{
    double out = std::nan("");
    qint64 at = std::numeric_limits<qint64>::min();
    if (!r.ok())
        return out;
    double sum = 0;
    for (const TimeSeries &s : r.value())
        for (std::size_t i = s.size(); i-- > 0;)
            if (std::isfinite(s.v[i])) {
                if (s.t[i] > at) {
                    at = s.t[i];
                    sum = 0;
                }
                if (s.t[i] == at)
                    sum += s.v[i];
                out = sum;
                break;
            }
    return out;
}

QString bytes(double b)
{
    return Text::tr("%1 MB").arg(QString::number(b / (1024.0 * 1024.0), 'f', 1));
}

ResourceUse use(
    const char *id, const QString &name, double value, double limit, int index, double target)
{
    ResourceUse u;
    u.id = QString::fromLatin1(id);
    u.name = name;
    u.value = value;
    u.limit = limit;
    u.stepIndex = index;
    u.target = target;
    if (std::isfinite(value) && std::isfinite(limit) && limit > 0) {
        u.ratio = value / limit;
        u.reached = u.ratio >= 1.0;
    }
    return u;
}

} // namespace

QString ResourceUse::text() const
{
    auto figure = [this](double v) {
        if (!std::isfinite(v))
            return Text::tr("n/a");
        if (id == u"redis.memory")
            return bytes(v);
        if (id == u"checkout.p99")
            return seconds(v);
        if (id == u"errors")
            return percent(v);
        if (id == u"cpu")
            return Text::tr("%1 %").arg(QString::number(v, 'f', 0));
        return QString::number(v, 'f', 0);
    };
    return Text::tr("%1 %2 of %3 (%4 of its limit)")
        .arg(name, figure(value), figure(limit),
            std::isfinite(ratio) ? percent(ratio) : Text::tr("n/a"));
}

QJsonObject ResourceUse::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("value"), num(value)}, {QStringLiteral("limit"), num(limit)},
        {QStringLiteral("ratio"), num(ratio)}, {QStringLiteral("reached"), reached},
        {QStringLiteral("stepIndex"), stepIndex}, {QStringLiteral("target"), target},
        {QStringLiteral("text"), valid() ? text() : QString()}};
}

QJsonObject LoadStepResult::toJson() const
{
    QJsonArray resourcesJson;
    for (const ResourceUse &u : resources)
        resourcesJson.append(u.toJson());
    return QJsonObject {{QStringLiteral("target"), target},
        {QStringLiteral("achieved"), num(achieved)}, {QStringLiteral("placed"), double(placed)},
        {QStringLiteral("failed"), double(failed)}, {QStringLiteral("errorRate"), num(errorRate)},
        {QStringLiteral("p50"), num(p50)}, {QStringLiteral("p95"), num(p95)},
        {QStringLiteral("p99"), num(p99)}, {QStringLiteral("dbConnections"), num(dbConnections)},
        {QStringLiteral("cpu"), num(cpu)}, {QStringLiteral("redisMemory"), num(redisMemory)},
        {QStringLiteral("redisOps"), num(redisOps)},
        {QStringLiteral("maxConnections"), num(maxConnections)},
        {QStringLiteral("maxMemory"), num(maxMemory)}, {QStringLiteral("resources"), resourcesJson},
        {QStringLiteral("startMs"), double(startMs)}, {QStringLiteral("endMs"), double(endMs)},
        {QStringLiteral("stable"), stable}, {QStringLiteral("why"), why}};
}

QString LoadTestResult::readout() const
{
    if (!error.isEmpty())
        return Text::tr("The load test failed: %1").arg(error);
    QStringList parts;
    const LoadStepResult *best = nullptr;
    for (const LoadStepResult &s : steps)
        if (s.stable && s.target == highestStableRate)
            best = &s;
    if (best)
        parts << Text::tr("Highest stable rate: %1 (achieved %2, checkout p95 %3, %4 errors).")
                     .arg(rate(best->target), rate(best->achieved), seconds(best->p95),
                         percent(best->errorRate));
    else
        parts << Text::tr("No step held: the lowest rate tested already broke.");
    if (breakingRate > 0)
        parts << Text::tr("Broke at %1: %2.").arg(rate(breakingRate), breakingWhy);
    else if (!cancelled && !steps.empty())
        parts << Text::tr("Every step held: the breaking point is above %1; extend the ramp.")
                     .arg(rate(steps.back().target));
    if (cancelled)
        parts << Text::tr("Cancelled after %n step(s).", nullptr, int(steps.size()));
    if (peak.valid())
        parts << Text::tr("Recorded peak: %1 (%2).").arg(rate(peak.perSecond), peak.detail);
    if (firstSaturated.valid())
        parts << (firstSaturated.reached
                ? Text::tr("First to saturate: %1 at %2.")
                      .arg(firstSaturated.text(), rate(firstSaturated.target))
                : Text::tr("No resource reached its limit; closest: %1 at %2.")
                      .arg(firstSaturated.text(), rate(firstSaturated.target)));
    if (best)
        parts << Text::tr("Provision slightly above the highest tested stable limit: plan for "
                          "peaks up to %1 and keep the store able to sustain more than that "
                          "(re-run at 150 % of the recorded peak after changes).")
                     .arg(rate(best->target));
    const QString advice = recommendation();
    if (!advice.isEmpty())
        parts << advice;
    return parts.join(u' ');
}

QString LoadTestResult::recommendation() const
{
    if (!error.isEmpty() || steps.empty())
        return {};
    const QString limiter = firstSaturated.valid() ? firstSaturated.name : Text::tr("the store");
    if (highestStableRate <= 0)
        return Text::tr("Recommendation: no tested rate held; add capacity to %1 before the "
                        "next peak.")
            .arg(limiter);
    if (!peak.valid())
        return Text::tr("Recommendation: provision above %1.").arg(rate(highestStableRate));
    const double share = highestStableRate / peak.perSecond;
    if (share < 1.5)
        return Text::tr("Recommendation: provision above %1 (%2 of the recorded peak); that is "
                        "below 150 % of the peak, so add capacity to %3 first.")
            .arg(rate(highestStableRate), percent(share), limiter);
    return Text::tr("Recommendation: provision above %1 (%2 of the recorded peak, enough for "
                    "150 % of it).")
        .arg(rate(highestStableRate), percent(share));
}

ResourceUse LoadTestResult::firstToSaturate(const std::vector<LoadStepResult> &steps)
{
    // The first step where something reached its limit, the highest share there...
    for (const LoadStepResult &s : steps) {
        const ResourceUse *top = nullptr;
        for (const ResourceUse &u : s.resources)
            if (u.valid() && u.reached && (!top || u.ratio > top->ratio))
                top = &u;
        if (top)
            return *top;
    }
    // ...else the closest over the run.
    const ResourceUse *closest = nullptr;
    for (const LoadStepResult &s : steps)
        for (const ResourceUse &u : s.resources)
            if (u.valid() && (!closest || u.ratio > closest->ratio))
                closest = &u;
    return closest ? *closest : ResourceUse();
}

QJsonObject LoadTestResult::toJson() const
{
    QJsonArray s;
    for (const LoadStepResult &step : steps)
        s.append(step.toJson());
    return QJsonObject {{QStringLiteral("steps"), s},
        {QStringLiteral("highestStableRate"), highestStableRate},
        {QStringLiteral("highestStableAchieved"), highestStableAchieved},
        {QStringLiteral("breakingRate"), breakingRate},
        {QStringLiteral("breakingWhy"), breakingWhy}, {QStringLiteral("cancelled"), cancelled},
        {QStringLiteral("error"), error}, {QStringLiteral("startMs"), double(startMs)},
        {QStringLiteral("endMs"), double(endMs)}, {QStringLiteral("readout"), readout()},
        {QStringLiteral("peak"), peak.valid() ? QJsonValue(peak.toJson()) : QJsonValue()},
        {QStringLiteral("firstSaturated"),
            firstSaturated.valid() ? QJsonValue(firstSaturated.toJson()) : QJsonValue()},
        {QStringLiteral("recommendation"),
            QJsonObject {{QStringLiteral("provisionAbove"), recommendedRate()},
                {QStringLiteral("peakShare"),
                    peak.valid() ? num(recommendedRate() / peak.perSecond) : QJsonValue()},
                {QStringLiteral("text"), recommendation()}}}};
}

LoadTestRunner::LoadTestRunner(LoadTestConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(std::make_unique<http::JsonClient>())
{
    qRegisterMetaType<LoadStepResult>();
    qRegisterMetaType<LoadTestResult>();
    qRegisterMetaType<LiveSample>();
    m_http->setTimeoutMs(3000);
    m_http->setMaxBodyBytes(4 * 1024 * 1024);
    if (m_config.prometheusUrl.isValid() && !m_config.prometheusUrl.isEmpty()) {
        m_prometheus = std::make_unique<PrometheusSource>(m_config.prometheusUrl);
        if (!m_config.caFile.isEmpty())
            m_prometheus->setCaFile(m_config.caFile);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_live = new QTimer(this);
    m_live->setInterval(std::max(200, m_config.liveIntervalMs));
    connect(m_live, &QTimer::timeout, this, &LoadTestRunner::sampleLive);
    m_ticker = new QTimer(this);
    m_ticker->setInterval(500);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        if (m_running && m_index >= 0 && m_index < int(m_config.ramp.size()))
            Q_EMIT progress(fraction(),
                Text::tr("Step %1 of %2: %3")
                    .arg(m_index + 1)
                    .arg(m_config.ramp.size())
                    .arg(rate(m_config.ramp[std::size_t(m_index)])));
    });
}

LoadTestRunner::~LoadTestRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // a child of ours: never left behind
    }
}

void LoadTestRunner::setServerSource(MetricSource *source)
{
    m_servers = source;
}

MetricSource *LoadTestRunner::servers() const
{
    if (m_servers)
        return m_servers.data();
    return m_prometheus.get();
}

void LoadTestRunner::sampleLive()
{
    if (!m_running || m_liveOut)
        return;
    m_liveOut = true;
    const int generation = m_generation;
    auto sample = std::make_shared<LiveSample>();
    sample->ms = QDateTime::currentMSecsSinceEpoch();
    auto left = std::make_shared<int>(1);
    auto done = [this, sample, left, generation] {
        if (--*left > 0)
            return;
        m_liveOut = false;
        if (generation == m_generation && m_running)
            Q_EMIT liveSample(*sample);
    };
    if (MetricSource *source = servers()) {
        RangeQuery q;
        q.endMs = sample->ms;
        q.startMs = sample->ms - 15'000;
        q.stepMs = 1000;
        for (const char *id : {"pg.connections", "redis.memory", "redis.ops"}) {
            ++*left;
            q.expr = QString::fromLatin1(id);
            const QString which = q.expr;
            whenFinished(this, source->queryRange(q),
                [sample, done, which](const Result<std::vector<TimeSeries>> &r) {
                    const double v = lastFinite(r);
                    if (which == u"pg.connections")
                        sample->dbConnections = v;
                    else if (which == u"redis.memory")
                        sample->redisMemory = v;
                    else
                        sample->redisOps = v;
                    done();
                });
        }
    }
    // The simulator's own counters (none while it loads its catalog: a gap, not an error).
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_config.metricsPort);
    url.setPath(QStringLiteral("/metrics"));
    whenFinished(this, m_http->send("GET", url),
        [this, sample, done, generation](const Result<QByteArray> &r) {
            if (r.ok() && generation == m_generation) {
                const promtext::Samples now = promtext::parse(r.value());
                const QString placed = QStringLiteral("qm_orders_placed_total");
                const QString failed = QStringLiteral("qm_orders_failed_total");
                const double placedNow = promtext::sum(now, placed);
                if (m_livePreviousMs > 0 && placedNow >= promtext::sum(m_livePrevious, placed)) {
                    const double window
                        = std::max(0.001, double(sample->ms - m_livePreviousMs) / 1000.0);
                    sample->ordersPerSecond
                        = (placedNow - promtext::sum(m_livePrevious, placed)) / window;
                    sample->errorsPerSecond
                        = (promtext::sum(now, failed) - promtext::sum(m_livePrevious, failed))
                        / window;
                    const auto buckets = promtext::difference(
                        promtext::histogram(now, QStringLiteral("qm_checkout_seconds")),
                        promtext::histogram(m_livePrevious, QStringLiteral("qm_checkout_seconds")));
                    sample->p95 = promtext::quantile(0.95, buckets);
                    sample->p99 = promtext::quantile(0.99, buckets);
                }
                m_livePrevious = now;
                m_livePreviousMs = sample->ms;
            } else if (!r.ok()) {
                m_livePreviousMs = 0; // a new simulator (next step) starts its counters at zero
            }
            done();
        });
}

Status LoadTestRunner::refuseOn(Profile::Environment environment)
{
    if (environment == Profile::Environment::Production)
        return Error {Error::Code::PermissionDenied,
            Text::tr("Load tests place real orders and load the servers: they run only on "
                     "sandbox and staging profiles, never on production."),
            {}, {}};
    return Done {};
}

double LoadTestRunner::fraction() const
{
    const double steps = double(std::max<std::size_t>(1, m_config.ramp.size()));
    const double within = m_stepClock.isValid()
        ? std::clamp(
            double(m_stepClock.elapsed()) / double(std::max<qint64>(1, m_config.stepMs)), 0.0, 1.0)
        : 0.0;
    return std::clamp((std::max(0, m_index) + within) / steps, 0.0, 1.0);
}

void LoadTestRunner::start()
{
    if (m_running)
        return;
    m_result = LoadTestResult();
    m_result.startMs = QDateTime::currentMSecsSinceEpoch();
    ++m_generation;
    if (m_config.ramp.empty() || m_config.metricsPort <= 0 || m_config.storefrontBinary.isEmpty()) {
        m_running = true;
        finish(Text::tr("no ramp, metrics port or simulator to run"));
        return;
    }
    m_config.warmupMs = std::clamp<qint64>(m_config.warmupMs, 0, m_config.stepMs / 2);
    m_running = true;
    m_index = 0;
    m_result.peak = m_config.peak;
    m_livePreviousMs = 0;
    m_liveOut = false;
    if (MetricSource *source = servers()) {
        // (the servers' limits hold across runs: no generation check)
        whenFinished(this, source->thresholds(), [this](const Result<std::vector<Threshold>> &r) {
            if (!r.ok())
                return;
            for (const Threshold &t : r.value()) {
                if (t.seriesId == u"pg.connections")
                    m_maxConnections = t.value;
                else if (t.seriesId == u"redis.memory")
                    m_maxMemory = t.value;
            }
        });
    }
    m_ticker->start();
    if (m_config.liveIntervalMs > 0)
        m_live->start();
    startStep();
}

void LoadTestRunner::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    m_timer->stop();
    finish();
}

void LoadTestRunner::startStep()
{
    const double target = m_config.ramp[std::size_t(m_index)];
    const int workers = m_config.workers > 0 ? m_config.workers : 4 + int(std::ceil(target / 8.0));
    const int generation = ++m_generation;
    m_stderr.clear();
    m_stepEnding = false;
    auto *p = new QProcess(this);
    m_process = p;
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->setStandardOutputFile(QProcess::nullDevice());
    connect(p, &QProcess::readyReadStandardError, this, [this, p] {
        m_stderr += p->readAllStandardError();
        if (m_stderr.size() > 8192)
            m_stderr = m_stderr.right(8192);
    });
    connect(p, &QProcess::errorOccurred, this, [this, p, generation](QProcess::ProcessError e) {
        if (generation != m_generation || e != QProcess::FailedToStart)
            return;
        finish(Text::tr("cannot start %1: %2").arg(m_config.storefrontBinary, p->errorString()));
    });
    connect(p, &QProcess::finished, this, [this, p, generation](int code, QProcess::ExitStatus) {
        p->deleteLater();
        if (generation != m_generation || m_stepEnding || !m_running)
            return;
        // It ended before the step did: the store refused to start (catalog, port taken).
        finish(Text::tr("the simulator exited with code %1 during the step at %2: %3")
                   .arg(code)
                   .arg(rate(m_config.ramp[std::size_t(m_index)]))
                   .arg(QString::fromUtf8(m_stderr.trimmed().right(400))));
    });
    QStringList args {QStringLiteral("--profile"), m_config.profilePath, QStringLiteral("--rate"),
        QString::number(target), QStringLiteral("--metrics-port"),
        QString::number(m_config.metricsPort), QStringLiteral("--workers"),
        QString::number(workers), QStringLiteral("--quiet"), QStringLiteral("--report-every"),
        QStringLiteral("0")};
    args += m_config.extraArgs;
    Q_EMIT stepStarted(m_index, target);
    m_stepClock.start();
    p->start(m_config.storefrontBinary, args);
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this, generation] {
        if (generation == m_generation)
            onWarm();
    });
    m_timer->start(int(std::max<qint64>(m_config.warmupMs, 500)));
}

void LoadTestRunner::scrape(std::function<void(Result<promtext::Samples>)> done)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_config.metricsPort);
    url.setPath(QStringLiteral("/metrics"));
    const int generation = m_generation;
    whenFinished(this, m_http->send("GET", url),
        [this, generation, done = std::move(done)](const Result<QByteArray> &r) {
            if (generation != m_generation || !m_running)
                return;
            if (!r.ok()) {
                done(r.error());
                return;
            }
            done(promtext::parse(r.value()));
        });
}

void LoadTestRunner::onWarm()
{
    const int generation = m_generation;
    scrape([this, generation](Result<promtext::Samples> r) {
        if (!r.ok()) {
            // The simulator loads its catalog before it listens: on a busy machine that takes a
            // while. Try again while it runs (at most kStartupMs), then give up.
            if (m_process && m_process->state() != QProcess::NotRunning
                && m_stepClock.elapsed() < kStartupMs) {
                QTimer::singleShot(500, this, [this, generation] {
                    if (generation == m_generation && m_running)
                        onWarm();
                });
                return;
            }
            finish(Text::tr("no answer from the simulator's metrics on port %1: %2")
                       .arg(m_config.metricsPort)
                       .arg(r.error().toString()));
            return;
        }
        m_baseline = r.value();
        m_baselineMs = QDateTime::currentMSecsSinceEpoch();
        m_timer->disconnect(this);
        connect(m_timer, &QTimer::timeout, this, [this, generation] {
            if (generation == m_generation)
                onStepEnd();
        });
        // The measured window: the step's length after the warm-up, from the first answer.
        m_timer->start(int(std::max<qint64>(1000, m_config.stepMs - m_config.warmupMs)));
    });
}

void LoadTestRunner::onStepEnd()
{
    scrape([this](Result<promtext::Samples> r) {
        if (!r.ok()) {
            finish(Text::tr("no answer from the simulator's metrics on port %1: %2")
                       .arg(m_config.metricsPort)
                       .arg(r.error().toString()));
            return;
        }
        const promtext::Samples &end = r.value();
        LoadStepResult step;
        step.target = m_config.ramp[std::size_t(m_index)];
        step.startMs = m_baselineMs;
        step.endMs = QDateTime::currentMSecsSinceEpoch();
        const double window = std::max(0.001, double(step.endMs - step.startMs) / 1000.0);
        const QString placed = QStringLiteral("qm_orders_placed_total");
        const QString failed = QStringLiteral("qm_orders_failed_total");
        step.placed = qint64(promtext::sum(end, placed) - promtext::sum(m_baseline, placed));
        step.failed = qint64(promtext::sum(end, failed) - promtext::sum(m_baseline, failed));
        step.achieved = double(step.placed) / window;
        const qint64 calls = step.placed + step.failed;
        step.errorRate = calls > 0 ? double(step.failed) / double(calls) : 0;
        const auto buckets
            = promtext::difference(promtext::histogram(end, QStringLiteral("qm_checkout_seconds")),
                promtext::histogram(m_baseline, QStringLiteral("qm_checkout_seconds")));
        step.p50 = promtext::quantile(0.5, buckets);
        step.p95 = promtext::quantile(0.95, buckets);
        step.p99 = promtext::quantile(0.99, buckets);
        step.dbConnections = std::nan("");
        step.cpu = std::nan("");
        // The simulator stops now (the servers' figures are already in Prometheus).
        stopProcess();
        readServers(step);
    });
}

void LoadTestRunner::readServers(LoadStepResult step)
{
    MetricSource *source = servers();
    if (!source) {
        endStep(step);
        return;
    }
    RangeQuery q;
    q.startMs = step.startMs;
    q.endMs = std::max(step.endMs, step.startMs + 2000);
    q.stepMs = 2000;
    auto shared = std::make_shared<LoadStepResult>(step);
    auto left = std::make_shared<int>(4);
    const int generation = m_generation;
    auto done = [this, shared, left, generation] {
        if (--*left == 0 && generation == m_generation && m_running)
            endStep(*shared);
    };
    const auto ask
        = [&](const char *id, std::function<void(const Result<std::vector<TimeSeries>> &)> take) {
              q.expr = QString::fromLatin1(id);
              whenFinished(this, source->queryRange(q),
                  [take = std::move(take), done](const Result<std::vector<TimeSeries>> &r) {
                      take(r);
                      done();
                  });
          };
    ask("pg.connections",
        [shared](const auto &r) { shared->dbConnections = latestFinite(r, true); });
    ask("node.cpu", [shared](const auto &r) { shared->cpu = latestFinite(r, false); });
    ask("redis.memory", [shared](const auto &r) { shared->redisMemory = latestFinite(r, true); });
    ask("redis.ops", [shared](const auto &r) { shared->redisOps = latestFinite(r, false); });
}

void LoadTestRunner::endStep(LoadStepResult step)
{
    QStringList why;
    if (step.placed + step.failed == 0)
        why << Text::tr("no checkout in the step");
    if (std::isfinite(step.p95) && step.p95 > m_config.p95LimitS)
        why << Text::tr("checkout p95 %1 over %2")
                   .arg(seconds(step.p95), seconds(m_config.p95LimitS));
    if (step.errorRate > m_config.errorLimit)
        why << Text::tr("%1 of checkouts failed (limit %2)")
                   .arg(percent(step.errorRate), percent(m_config.errorLimit));
    if (std::isfinite(step.p99) && m_config.p99TargetS > 0 && step.p99 > m_config.p99TargetS)
        why << Text::tr("checkout p99 %1 over its target %2")
                   .arg(seconds(step.p99), seconds(m_config.p99TargetS));
    if (step.achieved < m_config.keepUpShare * step.target)
        why << Text::tr("the store placed %1 of the %2 asked")
                   .arg(QString::number(step.achieved, 'f', 1), rate(step.target));
    step.stable = why.isEmpty();
    step.why = why.join(QStringLiteral("; "));
    // Every measured resource against its limit, for "the first resource to saturate".
    step.maxConnections = m_maxConnections;
    step.maxMemory = m_maxMemory > 0 ? m_maxMemory : std::nan("");
    step.resources = {use("db.connections", Text::tr("DB connections"), step.dbConnections,
                          step.maxConnections, m_index, step.target),
        use("cpu", Text::tr("CPU"), step.cpu, 100.0, m_index, step.target),
        use("redis.memory", Text::tr("Redis memory"), step.redisMemory, step.maxMemory, m_index,
            step.target),
        use("checkout.p99", Text::tr("Checkout p99"), step.p99, m_config.p99TargetS, m_index,
            step.target),
        use("errors", Text::tr("Error rate"), step.errorRate, m_config.errorLimit, m_index,
            step.target)};
    m_result.steps.push_back(step);
    Q_EMIT stepFinished(m_index, step);
    if (step.stable) {
        if (step.target >= m_result.highestStableRate) {
            m_result.highestStableRate = step.target;
            m_result.highestStableAchieved = step.achieved;
        }
    } else {
        m_result.breakingRate = step.target;
        m_result.breakingWhy = step.why;
        finish();
        return;
    }
    if (++m_index >= int(m_config.ramp.size())) {
        finish();
        return;
    }
    // The previous simulator must be gone (its port free) before the next starts.
    if (m_process && m_process->state() != QProcess::NotRunning) {
        const int generation = m_generation;
        connect(m_process, &QProcess::finished, this, [this, generation] {
            if (generation == m_generation && m_running)
                startStep();
        });
        return;
    }
    startStep();
}

void LoadTestRunner::stopProcess()
{
    m_stepEnding = true;
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    QPointer<QProcess> p = m_process;
    QTimer::singleShot(kStopGraceMs, this, [p] {
        if (p && p->state() != QProcess::NotRunning)
            p->kill();
    });
}

void LoadTestRunner::finish(const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_timer->stop();
    m_ticker->stop();
    m_live->stop();
    stopProcess();
    m_result.error = error;
    m_result.firstSaturated = LoadTestResult::firstToSaturate(m_result.steps);
    m_result.endMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT progress(1.0, m_result.readout());
    Q_EMIT finished(m_result);
}

} // namespace qm::capacity
