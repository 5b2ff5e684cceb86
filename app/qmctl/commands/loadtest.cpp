// qmctl loadtest --ramp 10,20,40 | --ramp-percent 25,50,100,150 [--peak N] [--peak-days 30]
//                [--step 20s] [--warmup 3s] [--p95-limit 500ms] [--p99-target 1s]
//                [--error-limit 0.01] [--workers N] [--metrics-port N] [--storefront PATH] [--json]
//
// --ramp-percent: the ramp as shares of the recorded peak order rate, the busiest minute of the
// last --peak-days days in Prometheus (qm_business_orders_per_minute) or the backend's orders
// view (console.orders / qm_vendure.orders), whichever is higher; --peak N (orders/s) overrides
// it. The report names the peak used and where it came from, the first resource to saturate
// (DB connections vs max_connections, CPU, Redis memory vs maxmemory, checkout p99 vs its target,
// errors vs their limit) and the recommendation.
//
// Drives the storefront simulator (qm-storefront) along the ramp, one step per rate, reads each
// step back from its /metrics (achieved orders/s, checkout p50/p95/p99, error rate) and from
// Prometheus (DB connections, CPU), stops at the first step that breaks and prints the highest
// stable rate with the seed's rule "provision slightly above the highest tested stable limit"
// (core/capacity/loadtest.h). The run is written to the audit log as loadtest.run, so the
// Capacity workspace marks it on the time axis. Sandbox and staging profiles only: production
// refuses. Ctrl-C stops the simulator at once and prints what was measured.
// --json: {"config":{...},"result":{"steps":[{"target","achieved","p50","p95","p99","errorRate",
// "dbConnections","cpu","redisMemory","resources":[...],"stable","why",...}],"highestStableRate",
// "breakingRate","peak":{"ordersPerSecond","source","detail",...},"firstSaturated":{"id","name",
// "value","limit","ratio","reached",...},"recommendation":{"provisionAbove","peakShare","text"},
// "readout",...},"auditRequestId","servers"}. Without Prometheus in the profile the servers'
// figures come from sampling PostgreSQL and Redis directly ("servers" says which). Exit code 0 when
// the run completed (whether or not a step broke), 1 when it could not run or was cancelled.

#include "capacity/loadtest.h"

#include "capacity/directsampler.h"
#include "command.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "safety/audit.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <optional>

namespace qmctl {

namespace {

using namespace qm::capacity;

std::atomic<bool> g_interrupted {false};

extern "C" void loadTestOnSignal(int)
{
    g_interrupted.store(true);
}

std::optional<qint64> durationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s|m)?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const double n = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    const double ms = unit == u"ms" ? n : unit == u"m" ? n * 60000 : n * 1000;
    if (!(ms > 0))
        return std::nullopt;
    return qint64(ms);
}

class LoadTestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::LoadTestCommand)
public:
    QString name() const override { return QStringLiteral("loadtest"); }
    QString summary() const override
    {
        return tr("run a load test along a ramp of order rates and report the highest stable "
                  "rate (sandbox and staging only)");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("ramp"),
            tr("Order rates per second, one step each, e.g. 10,20,40."), tr("RATES")});
        p.addOption({QStringLiteral("ramp-percent"),
            tr("The ramp as percentages of the recorded peak order rate, e.g. 25,50,100,150."),
            tr("PERCENTS")});
        p.addOption({QStringLiteral("peak"),
            tr("The peak order rate (orders/s) --ramp-percent is based on, instead of the "
               "recorded one."),
            tr("RATE")});
        p.addOption({QStringLiteral("peak-days"),
            tr("How many days of history the recorded peak is looked up in (default 30)."),
            tr("DAYS"), QStringLiteral("30")});
        p.addOption({QStringLiteral("p99-target"),
            tr("A step whose checkout p99 is above this breaks (default 1s)."), tr("DURATION"),
            QStringLiteral("1s")});
        p.addOption({QStringLiteral("step"), tr("Length of each step (default 20s)."),
            tr("DURATION"), QStringLiteral("20s")});
        p.addOption(
            {QStringLiteral("warmup"), tr("Start of each step that is not measured (default 3s)."),
                tr("DURATION"), QStringLiteral("3s")});
        p.addOption({QStringLiteral("p95-limit"),
            tr("A step whose checkout p95 is above this breaks (default 500ms)."), tr("DURATION"),
            QStringLiteral("500ms")});
        p.addOption({QStringLiteral("error-limit"),
            tr("A step with a larger share of failed checkouts breaks (default 0.01)."),
            tr("SHARE"), QStringLiteral("0.01")});
        p.addOption({QStringLiteral("workers"),
            tr("Shopper threads of the simulator (default: 4 + rate / 8)."), tr("N")});
        p.addOption({QStringLiteral("metrics-port"),
            tr("Port of the simulator's /metrics (default: the sandbox's, the primary's port + "
               "26)."),
            tr("PORT")});
        p.addOption({QStringLiteral("storefront"),
            tr("The simulator (default: qm-storefront beside qmctl, or $QM_STOREFRONT)."),
            tr("PATH")});
        p.addOption({QStringLiteral("json"), tr("Print JSON instead of text.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        auto usage = [&ctx](const QString &text) {
            ctx.err() << QStringLiteral("qmctl loadtest: ") << text << Qt::endl;
            return int(ExitUsage);
        };
        const bool percent = p.isSet(QStringLiteral("ramp-percent"));
        if (percent == p.isSet(QStringLiteral("ramp")))
            return usage(tr("give either --ramp (orders/s) or --ramp-percent (of the recorded "
                            "peak)"));
        const auto ramp = percent
            ? LoadTestConfig::parsePercents(p.value(QStringLiteral("ramp-percent")))
            : LoadTestConfig::parseRamp(p.value(QStringLiteral("ramp")));
        if (!ramp)
            return usage(ramp.error().message);
        std::optional<double> peakOverride;
        if (p.isSet(QStringLiteral("peak"))) {
            bool peakOk = false;
            const double v = p.value(QStringLiteral("peak")).toDouble(&peakOk);
            if (!peakOk || !(v > 0) || !std::isfinite(v))
                return usage(tr("--peak takes a positive order rate per second"));
            peakOverride = v;
        }
        const int peakDays = p.value(QStringLiteral("peak-days")).toInt();
        if (peakDays < 1 || peakDays > 3660)
            return usage(tr("--peak-days takes a number of days (1 to 3660)"));
        const auto step = durationMs(p.value(QStringLiteral("step")));
        const auto warmup = durationMs(p.value(QStringLiteral("warmup")));
        const auto p95 = durationMs(p.value(QStringLiteral("p95-limit")));
        const auto p99 = durationMs(p.value(QStringLiteral("p99-target")));
        if (!step || !warmup || !p95 || !p99)
            return usage(tr("--step, --warmup, --p95-limit and --p99-target take durations such "
                            "as 20s or 500ms"));
        bool ok = false;
        const double errorLimit = p.value(QStringLiteral("error-limit")).toDouble(&ok);
        if (!ok || errorLimit < 0 || errorLimit > 1)
            return usage(tr("--error-limit takes a share between 0 and 1"));

        const auto loaded = ctx.profile();
        if (!loaded)
            return ctx.fail(loaded.error());
        const qm::Profile profile = loaded.value();
        if (const qm::Status allowed = LoadTestRunner::refuseOn(profile.environment); !allowed)
            return ctx.fail(allowed.error());

        LoadTestConfig config;
        config.storefrontBinary = p.isSet(QStringLiteral("storefront"))
            ? p.value(QStringLiteral("storefront"))
            : LoadTestConfig::findStorefront();
        config.profilePath = QFileInfo(ctx.profilePath).absoluteFilePath();
        if (percent)
            config.rampPercent = ramp.value();
        else
            config.ramp = ramp.value();
        config.p99TargetS = double(*p99) / 1000.0;
        config.stepMs = *step;
        config.warmupMs = *warmup;
        config.p95LimitS = double(*p95) / 1000.0;
        config.errorLimit = errorLimit;
        if (p.isSet(QStringLiteral("workers")))
            config.workers = p.value(QStringLiteral("workers")).toInt();
        if (p.isSet(QStringLiteral("metrics-port"))) {
            config.metricsPort = p.value(QStringLiteral("metrics-port")).toInt();
        } else {
            config.metricsPort = LoadTestConfig::metricsPortFor(profile);
        }
        if (config.metricsPort <= 0 || config.metricsPort > 65535)
            return usage(tr("--metrics-port is needed (the profile names no port)"));
        if (!profile.prometheusUrl.isEmpty()) {
            config.prometheusUrl = QUrl(profile.prometheusUrl);
            config.caFile = profile.caFile;
        }
        const bool json = p.isSet(QStringLiteral("json"));

        // Write ahead: the run's intent is in the audit log before the simulator starts; a
        // load test that cannot be audited does not run. The outcome follows under the same
        // request id (the Capacity workspace marks it on the time axis).
        int openCode = ExitOk;
        const std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&openCode);
        if (!cluster)
            return openCode;
        if (percent) {
            if (peakOverride) {
                config.peak.perSecond = *peakOverride;
                config.peak.days = peakDays;
                config.peak.source = QStringLiteral("override");
                config.peak.detail = tr("given with --peak");
            } else {
                // The recorded peak: Prometheus and the backend's orders view (worker threads).
                std::optional<qm::Result<RecordedPeak>> found;
                QEventLoop wait;
                QObject context;
                PeakFinder::find(&context, cluster, profile.backend, config.prometheusUrl,
                    config.caFile, peakDays, [&found, &wait](const qm::Result<RecordedPeak> &r) {
                        found = r;
                        wait.quit();
                    });
                if (!found)
                    wait.exec();
                if (!found->ok())
                    return ctx.fail(found->error());
                config.peak = found->value();
            }
            config.ramp
                = LoadTestConfig::rampFromPercents(config.rampPercent, config.peak.perSecond);
            if (!json)
                ctx.err() << tr("recorded peak: %1 orders/s (%2)")
                                 .arg(config.peak.perSecond, 0, 'f', 2)
                                 .arg(config.peak.detail)
                          << Qt::endl;
        }
        qm::safety::DbAuditSink sink(cluster, profile.backend);
        qm::safety::AuditEntry entry;
        entry.action = QStringLiteral("loadtest.run");
        {
            QStringList rates;
            for (double r : config.ramp)
                rates << QString::number(r);
            entry.target = QStringLiteral("ramp %1 orders/s").arg(rates.join(u','));
            if (percent) {
                QStringList shares;
                for (double r : config.rampPercent)
                    shares << QString::number(r);
                entry.target += QStringLiteral(" (%1 % of peak %2/s)")
                                    .arg(shares.join(u','))
                                    .arg(config.peak.perSecond, 0, 'f', 2);
            }
        }
        entry.plan = config.toJson();
        if (const qm::Status intent = sink.recordIntent(entry); !intent) {
            ctx.err() << tr("qmctl loadtest: the audit log refused the run's intent, so nothing "
                            "ran: %1")
                             .arg(intent.error().toString())
                      << Qt::endl;
            return intent.error().code == qm::Error::Code::PermissionDenied ? ExitRefused
                                                                            : ExitFailed;
        }

        LoadTestRunner runner(config);
        // Without Prometheus the servers' figures (DB connections against max_connections,
        // Redis memory against maxmemory, Redis ops) come from sampling the servers directly,
        // as the Capacity workspace does (DirectSampler): the readout still names what saturates.
        std::unique_ptr<qm::redis::Client> redis;
        std::unique_ptr<DirectSampler> sampler;
        if (config.prometheusUrl.isEmpty()) {
            qm::Profile signedIn = profile;
            if (!ctx.user.isEmpty()) {
                signedIn.user = ctx.user;
                signedIn.resolveRedisUser();
            }
            if (signedIn.redis.mode == qm::RedisSettings::Mode::Standalone) {
                qm::Credentials creds;
                creds.redisPassword = qEnvironmentVariableIsSet("REDISCLI_AUTH")
                    ? qEnvironmentVariable("REDISCLI_AUTH")
                    : qm::redisPassfilePassword(signedIn);
                redis = std::make_unique<qm::redis::Client>(qm::redisEndpointFor(signedIn, creds));
            }
            sampler = std::make_unique<DirectSampler>(cluster, redis.get());
            sampler->setIntervalMs(int(std::clamp<qint64>(config.stepMs / 5, 500, 2000)));
            // Its first round before the run: the runner takes the limits (max_connections,
            // maxmemory) from it at the start.
            QEventLoop first;
            QObject::connect(sampler.get(), &DirectSampler::sampled, &first, &QEventLoop::quit);
            QTimer::singleShot(10000, &first, &QEventLoop::quit);
            sampler->start();
            if (sampler->sampleCount() == 0)
                first.exec();
            runner.setServerSource(sampler.get());
        }
        const QString servers = sampler ? sampler->describe()
            : config.prometheusUrl.isEmpty()
            ? QString()
            : tr("Prometheus at %1").arg(config.prometheusUrl.toDisplayString());
        if (!json && !servers.isEmpty())
            ctx.err() << tr("servers' figures: %1").arg(servers) << Qt::endl;
        QEventLoop loop;
        QObject::connect(&runner, &LoadTestRunner::finished, &loop, &QEventLoop::quit);
        if (!json) {
            QObject::connect(&runner, &LoadTestRunner::stepStarted, &runner,
                [&ctx, &config](int index, double target) {
                    ctx.err() << tr("step %1/%2: %3 orders/s for %4 s …")
                                     .arg(index + 1)
                                     .arg(config.ramp.size())
                                     .arg(target)
                                     .arg(double(config.stepMs) / 1000.0)
                              << Qt::endl;
                });
            QObject::connect(&runner, &LoadTestRunner::stepFinished, &runner,
                [&ctx](int, const LoadStepResult &s) { ctx.out() << stepLine(s) << Qt::endl; });
        }
        g_interrupted.store(false);
        auto previousInt = std::signal(SIGINT, loadTestOnSignal);
        auto previousTerm = std::signal(SIGTERM, loadTestOnSignal);
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &runner, [&runner] {
            if (g_interrupted.load())
                runner.cancel();
        });
        poll.start(100);
        runner.start();
        if (runner.running())
            loop.exec();
        poll.stop();
        std::signal(SIGINT, previousInt);
        std::signal(SIGTERM, previousTerm);
        const LoadTestResult result = runner.result();

        QJsonValue auditId(QJsonValue::Null);
        QString auditProblem;
        entry.outcome = result.toJson();
        if (const qm::Status recorded = sink.recordOutcome(entry); recorded)
            auditId = entry.requestId.toString(QUuid::WithoutBraces);
        else
            auditProblem = recorded.error().toString();
        if (json) {
            QJsonObject o {{QStringLiteral("config"), config.toJson()},
                {QStringLiteral("result"), result.toJson()},
                {QStringLiteral("auditRequestId"), auditId}, {QStringLiteral("servers"), servers}};
            if (sampler && !sampler->unavailable().isEmpty())
                o.insert(QStringLiteral("serversUnavailable"),
                    QJsonArray::fromStringList(sampler->unavailable()));
            if (!auditProblem.isEmpty())
                o.insert(QStringLiteral("auditProblem"), auditProblem);
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            ctx.out() << result.readout() << Qt::endl;
            if (!auditProblem.isEmpty())
                ctx.err()
                    << tr("qmctl loadtest: the run is not in the audit log: %1").arg(auditProblem)
                    << Qt::endl;
        }
        return result.completed() ? ExitOk : ExitFailed;
    }

private:
    static QString stepLine(const LoadStepResult &s)
    {
        auto ms = [](double v) {
            return std::isfinite(v) ? QString::number(v * 1000, 'f', 1) : QStringLiteral("-");
        };
        auto plain = [](double v, int decimals) {
            return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
        };
        return tr("%1 orders/s: achieved %2/s, checkout p50 %3 ms p95 %4 ms p99 %5 ms, errors "
                  "%6 %, DB connections %7, CPU %8 % — %9")
            .arg(s.target)
            .arg(plain(s.achieved, 1), ms(s.p50), ms(s.p95), ms(s.p99), plain(s.errorRate * 100, 2),
                plain(s.dbConnections, 0), plain(s.cpu, 0),
                s.stable ? tr("stable") : tr("broke: %1").arg(s.why));
    }
};

} // namespace

QMCTL_COMMAND(LoadTestCommand)

} // namespace qmctl
