#include "capacity/loadtest.h"

#include "capacity/prometheussource.h"
#include "common/whenfinished.h"
#include "http/jsonclient.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <cmath>

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

} // namespace

QJsonObject LoadTestConfig::toJson() const
{
    QJsonArray r;
    for (double v : ramp)
        r.append(v);
    return QJsonObject {{QStringLiteral("ramp"), r}, {QStringLiteral("stepMs"), double(stepMs)},
        {QStringLiteral("warmupMs"), double(warmupMs)}, {QStringLiteral("workers"), workers},
        {QStringLiteral("p95LimitS"), p95LimitS}, {QStringLiteral("errorLimit"), errorLimit},
        {QStringLiteral("keepUpShare"), keepUpShare}};
}

QString LoadTestConfig::findStorefront()
{
    const QString env = qEnvironmentVariable("QM_STOREFRONT");
    if (!env.isEmpty())
        return env;
    const QString dir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {dir + QStringLiteral("/qm-storefront"),
             dir + QStringLiteral("/../../server/storefront/qm-storefront"),
             dir + QStringLiteral("/../server/storefront/qm-storefront")})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).absoluteFilePath();
    return QStringLiteral("qm-storefront");
}

int LoadTestConfig::metricsPortFor(const Profile &profile)
{
    if (profile.postgresHosts.isEmpty())
        return 0;
    const int port = profile.postgresHosts.first().section(u':', 1, 1).toInt();
    return port > 0 && port + 26 <= 65535 ? port + 26 : 0;
}

Result<std::vector<double>> LoadTestConfig::parseRamp(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok || !(v > 0) || !std::isfinite(v))
            return Error {Error::Code::InvalidInput,
                Text::tr("A ramp is a list of order rates per second such as 10,20,40; \"%1\" is "
                         "not a positive number.")
                    .arg(part.trimmed()),
                {}, {}};
        out.push_back(v);
    }
    if (out.empty())
        return Error {Error::Code::InvalidInput,
            Text::tr("A ramp is a list of order rates per second such as 10,20,40."), {}, {}};
    return out;
}

QJsonObject LoadStepResult::toJson() const
{
    return QJsonObject {{QStringLiteral("target"), target},
        {QStringLiteral("achieved"), num(achieved)}, {QStringLiteral("placed"), double(placed)},
        {QStringLiteral("failed"), double(failed)}, {QStringLiteral("errorRate"), num(errorRate)},
        {QStringLiteral("p50"), num(p50)}, {QStringLiteral("p95"), num(p95)},
        {QStringLiteral("p99"), num(p99)}, {QStringLiteral("dbConnections"), num(dbConnections)},
        {QStringLiteral("cpu"), num(cpu)}, {QStringLiteral("startMs"), double(startMs)},
        {QStringLiteral("endMs"), double(endMs)}, {QStringLiteral("stable"), stable},
        {QStringLiteral("why"), why}};
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
    if (best)
        parts << Text::tr("Provision slightly above the highest tested stable limit: plan for "
                          "peaks up to %1 and keep the store able to sustain more than that "
                          "(re-run at 150 % of the recorded peak after changes).")
                     .arg(rate(best->target));
    return parts.join(u' ');
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
        {QStringLiteral("endMs"), double(endMs)}, {QStringLiteral("readout"), readout()}};
}

LoadTestRunner::LoadTestRunner(LoadTestConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(std::make_unique<http::JsonClient>())
{
    qRegisterMetaType<LoadStepResult>();
    qRegisterMetaType<LoadTestResult>();
    m_http->setTimeoutMs(3000);
    m_http->setMaxBodyBytes(4 * 1024 * 1024);
    if (m_config.prometheusUrl.isValid() && !m_config.prometheusUrl.isEmpty()) {
        m_prometheus = std::make_unique<PrometheusSource>(m_config.prometheusUrl);
        if (!m_config.caFile.isEmpty())
            m_prometheus->setCaFile(m_config.caFile);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
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
    m_ticker->start();
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
    if (!m_prometheus) {
        endStep(step);
        return;
    }
    RangeQuery q;
    q.startMs = step.startMs;
    q.endMs = std::max(step.endMs, step.startMs + 2000);
    q.stepMs = 2000;
    q.expr = QStringLiteral("pg.connections");
    auto shared = std::make_shared<LoadStepResult>(step);
    auto left = std::make_shared<int>(2);
    const int generation = m_generation;
    auto done = [this, shared, left, generation] {
        if (--*left == 0 && generation == m_generation && m_running)
            endStep(*shared);
    };
    whenFinished(this, m_prometheus->queryRange(q),
        [shared, done](const Result<std::vector<TimeSeries>> &r) {
            shared->dbConnections = latestFinite(r, true);
            done();
        });
    q.expr = QStringLiteral("node.cpu");
    whenFinished(this, m_prometheus->queryRange(q),
        [shared, done](const Result<std::vector<TimeSeries>> &r) {
            shared->cpu = latestFinite(r, false);
            done();
        });
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
    if (step.achieved < m_config.keepUpShare * step.target)
        why << Text::tr("the store placed %1 of the %2 asked")
                   .arg(QString::number(step.achieved, 'f', 1), rate(step.target));
    step.stable = why.isEmpty();
    step.why = why.join(QStringLiteral("; "));
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
    stopProcess();
    m_result.error = error;
    m_result.endMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT progress(1.0, m_result.readout());
    Q_EMIT finished(m_result);
}

} // namespace qm::capacity
