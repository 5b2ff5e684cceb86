#pragma once
// Load tests the console runs (issue 10, "prove it"): the storefront simulator (qm-storefront)
// is driven along a ramp of order rates, one step after another, and each step is read back from
// the simulator's own /metrics (server/storefront/metrics.h): achieved orders/s, checkout p50/p95/
// p99 from the difference of its histogram buckets over the step (after a warm-up), and the error
// rate; DB connections and CPU from Prometheus when the profile has one. The ramp stops at the
// first step that breaks (p95 over the limit, errors over the limit, or the store not keeping up
// with the asked rate) and the readout names the highest stable rate and the seed's rule:
// "provision slightly above the highest tested stable limit".
//
// One simulator process per step (started with --rate R --metrics-port P); cancel() sends it
// SIGTERM (it stops within a second) and kills it if it has not after 3 s. Everything is
// asynchronous (QProcess, HTTP): the runner may live on the GUI thread. Never on production:
// refuseOn() says why.

#include "backend/backend.h"
#include "capacity/promtext.h"
#include "common/result.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QUrl>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

class QTimer;

namespace qm::http {
class JsonClient;
}
namespace qm::db {
class Cluster;
}

namespace qm::capacity {

class MetricSource;
class PrometheusSource;

// The recorded peak order rate a percentage ramp is based on ("25 % .. 150 % of the recorded
// peak"): the busiest minute of the last `days` days, from Prometheus (the business metric
// qm_business_orders_per_minute, which postgres_exporter reads from the backend's orders view) or
// from the backend's orders view itself (`<schema>.orders.created_at`, through the backend seam:
// console.* or qm_vendure.*), or given by hand (--peak).
struct RecordedPeak
{
    double perSecond = 0; // orders/s: the busiest minute's orders / 60
    qint64 atMs = 0; // the start of that minute (0: unknown, e.g. from Prometheus or by hand)
    int days = 30;
    QString source; // "prometheus", "orders" or "override"
    QString detail; // translated: where it came from, for the report

    bool valid() const { return perSecond > 0; }
    QJsonObject toJson() const;
};

class PeakFinder
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::PeakFinder)
public:
    // The busiest minute in the backend's orders view (console.orders or qm_vendure.orders) over
    // the last `days` days. On a worker of the cluster.
    static QFuture<Result<RecordedPeak>> fromOrders(
        db::Cluster &cluster, BackendKind backend, int days = 30);
    // max_over_time of the business orders-per-minute series over the last `days` days.
    static QFuture<Result<RecordedPeak>> fromPrometheus(
        PrometheusSource &prometheus, int days = 30);
    // Both when there is a Prometheus (the higher one wins: Prometheus keeps a bounded history,
    // the orders view may be pruned), else the orders view; `done` runs on `context`'s thread
    // with the peak or both errors. `cluster` may be null (then Prometheus alone).
    static void find(QObject *context, std::shared_ptr<db::Cluster> cluster, BackendKind backend,
        const QUrl &prometheusUrl, const QString &caFile, int days,
        std::function<void(const Result<RecordedPeak> &)> done);
};

// One resource's use against its limit in a step: DB connections vs max_connections, CPU vs
// 100 %, Redis memory vs maxmemory, checkout p99 vs its target, error rate vs its limit.
struct ResourceUse
{
    QString id; // "db.connections", "cpu", "redis.memory", "checkout.p99", "errors"
    QString name; // translated: "DB connections"
    double value = std::numeric_limits<double>::quiet_NaN();
    double limit = std::numeric_limits<double>::quiet_NaN();
    double ratio = std::numeric_limits<double>::quiet_NaN(); // value / limit (NaN: not measured)
    int stepIndex = -1; // the step it was measured in
    double target = 0; // that step's asked rate
    bool reached = false; // ratio >= 1

    bool valid() const { return !id.isEmpty() && std::isfinite(ratio); }
    QString text() const; // "DB connections 97 of 100 (97 %)"
    QJsonObject toJson() const;
};

// What the dialog charts while a step runs, about once a second: the simulator's counters
// (differences between two scrapes of its /metrics) and the servers' figures (latest point of the
// server source: Prometheus or direct sampling). NaN: not known this round.
struct LiveSample
{
    qint64 ms = 0;
    double ordersPerSecond = std::numeric_limits<double>::quiet_NaN();
    double errorsPerSecond = std::numeric_limits<double>::quiet_NaN();
    double p95 = std::numeric_limits<double>::quiet_NaN(); // checkout seconds since the last sample
    double p99 = std::numeric_limits<double>::quiet_NaN();
    double dbConnections = std::numeric_limits<double>::quiet_NaN();
    double redisMemory = std::numeric_limits<double>::quiet_NaN(); // bytes
    double redisOps = std::numeric_limits<double>::quiet_NaN(); // commands/s
};

struct LoadTestConfig
{
    QString storefrontBinary; // qm-storefront
    QString profilePath; // the simulator's --profile
    QStringList extraArgs; // e.g. --redis none, --queue
    int metricsPort = 0; // the sandbox's base+26
    QUrl prometheusUrl; // optional: DB connections and CPU per step
    QString caFile; // for an https Prometheus
    std::vector<double> ramp; // orders per second, one step each
    std::vector<double> rampPercent; // when given: the ramp as % of the peak (ramp derived)
    RecordedPeak peak; // what a percentage ramp is based on (reported with the result)
    qint64 stepMs = 20'000; // each step's length, warm-up included
    qint64 warmupMs = 3'000; // not measured: connections and caches settle
    int workers = 0; // shopper threads; 0: enough for the rate (4 + rate / 8)
    double p95LimitS = 0.5; // a step whose checkout p95 is above breaks
    double errorLimit = 0.01; // share of failed checkouts that breaks
    double keepUpShare = 0.9; // achieved below this share of the target breaks
    double p99TargetS = 1.0; // a step whose checkout p99 is above breaks
    int liveIntervalMs = 1000; // live samples (0: none)

    QJsonObject toJson() const;
    // $QM_STOREFRONT, qm-storefront beside the running program (installed), or in the build
    // tree (../../server/storefront from app/<name>), else "qm-storefront" from PATH.
    static QString findStorefront();
    // The sandbox's port plan: the simulator's metrics at the primary's port + 26 (0: unknown).
    static int metricsPortFor(const Profile &profile);
    // Parses "10,20,40" (orders/s, positive, ascending or not).
    static Result<std::vector<double>> parseRamp(const QString &text);
    // Parses "25,50,100,150" (percent of the recorded peak, positive).
    static Result<std::vector<double>> parsePercents(const QString &text);
    // The rates for `percents` of `peakPerSecond` (rounded to 0.1 orders/s, at least 0.1).
    static std::vector<double> rampFromPercents(
        const std::vector<double> &percents, double peakPerSecond);
};

struct LoadStepResult
{
    double target = 0; // orders/s asked
    double achieved = 0; // orders/s placed over the measured window
    qint64 placed = 0;
    qint64 failed = 0;
    double errorRate = 0; // failed / (placed + failed)
    double p50 = 0, p95 = 0, p99 = 0; // checkout seconds (NaN: no checkout in the window)
    double dbConnections = 0; // max over the window (NaN without a server source)
    double cpu = 0; // % busy, mean over the window (NaN without Prometheus)
    double redisMemory = std::numeric_limits<double>::quiet_NaN(); // bytes, max over the window
    double redisOps = std::numeric_limits<double>::quiet_NaN(); // commands/s, mean
    double maxConnections = std::numeric_limits<double>::quiet_NaN(); // the servers' limits
    double maxMemory = std::numeric_limits<double>::quiet_NaN(); // (NaN: unknown or none)
    std::vector<ResourceUse> resources; // every measured resource against its limit
    qint64 startMs = 0, endMs = 0; // the measured window
    bool stable = false;
    QString why; // translated: what broke (empty when stable)

    QJsonObject toJson() const;
};

struct LoadTestResult
{
    std::vector<LoadStepResult> steps;
    double highestStableRate = 0; // the highest target whose step held (0: none held)
    double highestStableAchieved = 0;
    double breakingRate = 0; // the first target that broke (0: none broke)
    QString breakingWhy;
    bool cancelled = false;
    QString error; // the run itself failed (the simulator could not start, no /metrics)
    qint64 startMs = 0, endMs = 0;
    RecordedPeak peak; // the peak a percentage ramp was based on (invalid: a plain ramp)
    // The first resource that reached its limit (the step where one did, the highest share
    // there), or, when none did, the one that came closest over the whole run.
    ResourceUse firstSaturated;

    bool completed() const { return !cancelled && error.isEmpty(); }
    // "Highest stable rate: 40 orders/s (p95 38 ms, 0.0 % errors); broke at 80 orders/s
    // (p95 1.2 s over 0.5 s). Provision slightly above the highest tested stable limit: ..."
    QString readout() const;
    // "Provision above 40 orders/s (160 % of the recorded peak) ...": what to do with it.
    QString recommendation() const;
    double recommendedRate() const { return highestStableRate; }
    QJsonObject toJson() const;
    // The first resource to reach its limit, from the steps (what finish() sets).
    static ResourceUse firstToSaturate(const std::vector<LoadStepResult> &steps);
};

class LoadTestRunner : public QObject
{
    Q_OBJECT
public:
    explicit LoadTestRunner(LoadTestConfig config, QObject *parent = nullptr);
    ~LoadTestRunner() override; // a simulator still running is killed

    // Load tests generate real orders and load: only sandbox (development) and staging profiles.
    static Status refuseOn(Profile::Environment environment);

    // Where the servers' figures come from (DB connections, Redis memory and ops, CPU and their
    // limits): a Prometheus or a DirectSampler the caller owns. Without one, a PrometheusSource
    // of the config's prometheusUrl when it has one. Set before start().
    void setServerSource(MetricSource *source);

    void start();
    void cancel(); // stop means stop: the simulator gets SIGTERM now
    bool running() const { return m_running; }
    const LoadTestConfig &config() const { return m_config; }
    const LoadTestResult &result() const { return m_result; }
    // The servers' limits as the server source reported them (NaN: not yet or none).
    double maxConnections() const { return m_maxConnections; }
    double maxMemory() const { return m_maxMemory; }

Q_SIGNALS:
    // step index, target rate; then fraction (0..1) of the whole run every half second
    void stepStarted(int index, double targetRate);
    void progress(double fraction, const QString &text);
    void stepFinished(int index, const qm::capacity::LoadStepResult &step);
    void finished(const qm::capacity::LoadTestResult &result);
    void liveSample(const qm::capacity::LiveSample &sample);

private:
    void startStep();
    void onWarm();
    void onStepEnd();
    void scrape(std::function<void(Result<promtext::Samples>)> done);
    void readServers(LoadStepResult step);
    void endStep(LoadStepResult step);
    void finish(const QString &error = {});
    void stopProcess();
    double fraction() const;
    void sampleLive();
    MetricSource *servers() const;

    LoadTestConfig m_config;
    LoadTestResult m_result;
    std::unique_ptr<http::JsonClient> m_http;
    std::unique_ptr<PrometheusSource> m_prometheus;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_stepClock;
    int m_index = -1;
    int m_generation = 0; // callbacks of an earlier step/run are ignored
    bool m_running = false;
    bool m_stepEnding = false;
    promtext::Samples m_baseline;
    qint64 m_baselineMs = 0;
    QByteArray m_stderr;
    QPointer<MetricSource> m_servers;
    QTimer *m_live = nullptr;
    promtext::Samples m_livePrevious;
    qint64 m_livePreviousMs = 0;
    bool m_liveOut = false;
    double m_maxConnections = std::numeric_limits<double>::quiet_NaN();
    double m_maxMemory = std::numeric_limits<double>::quiet_NaN();
};

} // namespace qm::capacity

Q_DECLARE_METATYPE(qm::capacity::LoadStepResult)
Q_DECLARE_METATYPE(qm::capacity::LoadTestResult)
Q_DECLARE_METATYPE(qm::capacity::LiveSample)
