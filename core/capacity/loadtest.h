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

#include "capacity/promtext.h"
#include "common/result.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace qm::http {
class JsonClient;
}

namespace qm::capacity {

class PrometheusSource;

struct LoadTestConfig
{
    QString storefrontBinary; // qm-storefront
    QString profilePath; // the simulator's --profile
    QStringList extraArgs; // e.g. --redis none, --queue
    int metricsPort = 0; // the sandbox's base+26
    QUrl prometheusUrl; // optional: DB connections and CPU per step
    QString caFile; // for an https Prometheus
    std::vector<double> ramp; // orders per second, one step each
    qint64 stepMs = 20'000; // each step's length, warm-up included
    qint64 warmupMs = 3'000; // not measured: connections and caches settle
    int workers = 0; // shopper threads; 0: enough for the rate (4 + rate / 8)
    double p95LimitS = 0.5; // a step whose checkout p95 is above breaks
    double errorLimit = 0.01; // share of failed checkouts that breaks
    double keepUpShare = 0.9; // achieved below this share of the target breaks

    QJsonObject toJson() const;
    // $QM_STOREFRONT, qm-storefront beside the running program (installed), or in the build
    // tree (../../server/storefront from app/<name>), else "qm-storefront" from PATH.
    static QString findStorefront();
    // The sandbox's port plan: the simulator's metrics at the primary's port + 26 (0: unknown).
    static int metricsPortFor(const Profile &profile);
    // Parses "10,20,40" (orders/s, positive, ascending or not).
    static Result<std::vector<double>> parseRamp(const QString &text);
};

struct LoadStepResult
{
    double target = 0; // orders/s asked
    double achieved = 0; // orders/s placed over the measured window
    qint64 placed = 0;
    qint64 failed = 0;
    double errorRate = 0; // failed / (placed + failed)
    double p50 = 0, p95 = 0, p99 = 0; // checkout seconds (NaN: no checkout in the window)
    double dbConnections = 0; // max over the window (NaN without Prometheus)
    double cpu = 0; // % busy, mean over the window (NaN without Prometheus)
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

    bool completed() const { return !cancelled && error.isEmpty(); }
    // "Highest stable rate: 40 orders/s (p95 38 ms, 0.0 % errors); broke at 80 orders/s
    // (p95 1.2 s over 0.5 s). Provision slightly above the highest tested stable limit: ..."
    QString readout() const;
    QJsonObject toJson() const;
};

class LoadTestRunner : public QObject
{
    Q_OBJECT
public:
    explicit LoadTestRunner(LoadTestConfig config, QObject *parent = nullptr);
    ~LoadTestRunner() override; // a simulator still running is killed

    // Load tests generate real orders and load: only sandbox (development) and staging profiles.
    static Status refuseOn(Profile::Environment environment);

    void start();
    void cancel(); // stop means stop: the simulator gets SIGTERM now
    bool running() const { return m_running; }
    const LoadTestConfig &config() const { return m_config; }
    const LoadTestResult &result() const { return m_result; }

Q_SIGNALS:
    // step index, target rate; then fraction (0..1) of the whole run every half second
    void stepStarted(int index, double targetRate);
    void progress(double fraction, const QString &text);
    void stepFinished(int index, const qm::capacity::LoadStepResult &step);
    void finished(const qm::capacity::LoadTestResult &result);

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
};

} // namespace qm::capacity

Q_DECLARE_METATYPE(qm::capacity::LoadStepResult)
Q_DECLARE_METATYPE(qm::capacity::LoadTestResult)
