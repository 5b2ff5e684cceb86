// Load tests and capacity forecasts from the console against the test sandbox (issue 10):
// `qmctl loadtest` drives the real storefront simulator along a short ramp and reads each step
// back from its /metrics and the real Prometheus; a p95 limit no store meets breaks the first
// step and stops the ramp; production profiles refuse; cancel() stops the simulator at once; the
// run is in the audit log (loadtest.run, what the Capacity workspace marks on the time axis).
// `qmctl capacity forecast` states a model, its error and the time until a limit.
#include "capacity/annotations.h"
#include "capacity/loadtest.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace qm::capacity;

namespace {

QString qmctlBinary()
{
    return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl"))
        .absoluteFilePath();
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const
    {
        const QList<QByteArray> lines = out.trimmed().split('\n');
        return QJsonDocument::fromJson(lines.last()).object();
    }
};

Run qmctl(const QStringList &args, const QString &profile = qmtest::profilePath())
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QM_STOREFRONT"), orderstest::storefrontBinary());
    p.setProcessEnvironment(env);
    p.start(qmctlBinary(), QStringList {QStringLiteral("--profile"), profile} + args);
    Run r;
    if (!p.waitForFinished(600'000)) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool metricsAnswer(int port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(1000))
        return false;
    s.write("GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n");
    return s.waitForReadyRead(2000);
}

} // namespace

class TestLoadTest : public QObject
{
    Q_OBJECT

    int m_port = 0;
    std::unique_ptr<pqxx::connection> m_db;

    qint64 loadTestRuns()
    {
        pqxx::nontransaction tx(*m_db);
        return tx
            .exec("SELECT count(DISTINCT request_id) FROM console.audit_log WHERE action = "
                  "'loadtest.run'")[0][0]
            .as<qint64>();
    }

    qint64 orderCount()
    {
        pqxx::nontransaction tx(*m_db);
        return tx.exec("SELECT count(*) FROM console.orders")[0][0].as<qint64>();
    }

    // The busiest minute of the last 30 days in the orders view, in orders per minute.
    qint64 busiestMinute()
    {
        pqxx::nontransaction tx(*m_db);
        return tx
            .exec("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM console.orders "
                  "WHERE created_at > now() - interval '30 days' GROUP BY date_trunc('minute', "
                  "created_at)) m")[0][0]
            .as<qint64>();
    }

    QJsonObject lastLoadTestOutcome(qint64 *auditId = nullptr, QString *action = nullptr)
    {
        pqxx::nontransaction tx(*m_db);
        const pqxx::result r
            = tx.exec("SELECT id, action, outcome::text FROM console.audit_log WHERE action = "
                      "'loadtest.run' AND outcome IS NOT NULL ORDER BY id DESC LIMIT 1");
        if (r.empty())
            return {};
        if (auditId)
            *auditId = r[0][0].as<qint64>();
        if (action)
            *action = QString::fromStdString(r[0][1].as<std::string>());
        return QJsonDocument::fromJson(QByteArray::fromStdString(r[0][2].as<std::string>("")))
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY2(QFileInfo::exists(qmctlBinary()), qPrintable(qmctlBinary()));
        QVERIFY2(QFileInfo::exists(orderstest::storefrontBinary()),
            qPrintable(orderstest::storefrontBinary()));
        m_port = qmtest::primaryParams().port + 26;
        m_db = orderstest::ownerConnection();
    }

    void rampReportsEveryStepAndTheHighestStableRate()
    {
        const qint64 before = loadTestRuns();
        const Run r
            = qmctl({QStringLiteral("loadtest"), QStringLiteral("--ramp"), QStringLiteral("4,8"),
                QStringLiteral("--step"), QStringLiteral("8s"), QStringLiteral("--warmup"),
                QStringLiteral("2s"), QStringLiteral("--p95-limit"), QStringLiteral("5s"),
                QStringLiteral("--error-limit"), QStringLiteral("0.2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
        qInfo().noquote() << QJsonDocument(result).toJson(QJsonDocument::Indented);
        const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
        QVERIFY2(!steps.isEmpty(), r.out.constData());
        double lastStable = 0;
        for (int i = 0; i < steps.size(); ++i) {
            const QJsonObject s = steps.at(i).toObject();
            QVERIFY2(s.value(QStringLiteral("achieved")).toDouble() > 0, r.out.constData());
            QVERIFY2(s.value(QStringLiteral("p95")).toDouble() > 0, r.out.constData());
            QVERIFY(s.value(QStringLiteral("p95")).toDouble()
                >= s.value(QStringLiteral("p50")).toDouble());
            // the servers' side, from Prometheus
            QVERIFY2(s.value(QStringLiteral("dbConnections")).toDouble() > 0, r.out.constData());
            QVERIFY2(s.value(QStringLiteral("cpu")).isDouble(), r.out.constData());
            if (s.value(QStringLiteral("stable")).toBool())
                lastStable = s.value(QStringLiteral("target")).toDouble();
            else
                QCOMPARE(i, steps.size() - 1); // the ramp stops at the first broken step
        }
        QCOMPARE(result.value(QStringLiteral("highestStableRate")).toDouble(), lastStable);
        const QString readout = result.value(QStringLiteral("readout")).toString();
        QVERIFY2(readout.contains(QLatin1String("Provision slightly above the highest tested "
                                                "stable limit"))
                || lastStable == 0,
            qPrintable(readout));
        QVERIFY2(!r.json().value(QStringLiteral("auditRequestId")).isNull(), r.out.constData());
        QCOMPARE(loadTestRuns(), before + 1);
        QVERIFY2(!metricsAnswer(m_port), "the simulator still runs after the load test");
    }

    void aBrokenStepStopsTheRamp()
    {
        // No store checks out in a microsecond: the first step breaks and the others never run.
        const Run r
            = qmctl({QStringLiteral("loadtest"), QStringLiteral("--ramp"), QStringLiteral("4,8,16"),
                QStringLiteral("--step"), QStringLiteral("5s"), QStringLiteral("--warmup"),
                QStringLiteral("1s"), QStringLiteral("--p95-limit"), QStringLiteral("0.001ms"),
                QStringLiteral("--p99-target"), QStringLiteral("1ms"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
        const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("stable")).toBool(), false);
        QVERIFY2(steps.at(0)
                     .toObject()
                     .value(QStringLiteral("why"))
                     .toString()
                     .contains(QLatin1String("p95")),
            r.out.constData());
        QCOMPARE(result.value(QStringLiteral("breakingRate")).toDouble(), 4.0);
        QCOMPARE(result.value(QStringLiteral("highestStableRate")).toDouble(), 0.0);
        // No checkout meets a 1 ms p99 target: that is the first resource to saturate,
        // measured (the real p99 against the target), in the first step.
        const QJsonObject first = result.value(QStringLiteral("firstSaturated")).toObject();
        QVERIFY2(
            first.value(QStringLiteral("id")).toString() == u"checkout.p99", r.out.constData());
        QVERIFY(first.value(QStringLiteral("reached")).toBool());
        QCOMPARE(first.value(QStringLiteral("stepIndex")).toInt(), 0);
        QVERIFY(first.value(QStringLiteral("value")).toDouble()
            > first.value(QStringLiteral("limit")).toDouble());
        QVERIFY2(result.value(QStringLiteral("recommendation"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .contains(QLatin1String("no tested rate held")),
            r.out.constData());
    }

    void percentRampOfAGivenPeakNamesFirstSaturationAndIsAnnotated()
    {
        // --peak 8: 50 % and 100 % are 4 and 8 orders/s.
        const Run r = qmctl({QStringLiteral("loadtest"), QStringLiteral("--ramp-percent"),
            QStringLiteral("50,100"), QStringLiteral("--peak"), QStringLiteral("8"),
            QStringLiteral("--step"), QStringLiteral("7s"), QStringLiteral("--warmup"),
            QStringLiteral("2s"), QStringLiteral("--p95-limit"), QStringLiteral("5s"),
            QStringLiteral("--p99-target"), QStringLiteral("10s"), QStringLiteral("--error-limit"),
            QStringLiteral("0.2"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        qInfo().noquote() << r.out.trimmed();
        const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
        const QJsonObject peak = result.value(QStringLiteral("peak")).toObject();
        QCOMPARE(peak.value(QStringLiteral("ordersPerSecond")).toDouble(), 8.0);
        QCOMPARE(peak.value(QStringLiteral("source")).toString(), QStringLiteral("override"));
        const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
        QVERIFY2(!steps.isEmpty(), r.out.constData());
        QCOMPARE(steps.at(0).toObject().value(QStringLiteral("target")).toDouble(), 4.0);
        if (steps.size() > 1)
            QCOMPARE(steps.at(1).toObject().value(QStringLiteral("target")).toDouble(), 8.0);
        // Every step measured DB connections against the real max_connections (Prometheus).
        const double maxConnections = [this] {
            pqxx::nontransaction tx(*m_db);
            return tx.exec("SELECT current_setting('max_connections')::float8")[0][0].as<double>();
        }();
        for (const QJsonValue v :
            steps.at(0).toObject().value(QStringLiteral("resources")).toArray()) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("id")).toString() == u"db.connections") {
                QCOMPARE(u.value(QStringLiteral("limit")).toDouble(), maxConnections);
                QVERIFY2(u.value(QStringLiteral("ratio")).toDouble() > 0, r.out.constData());
            }
        }
        // The first resource to saturate (or the closest): a named resource with its figure.
        const QJsonObject first = result.value(QStringLiteral("firstSaturated")).toObject();
        QVERIFY2(first.value(QStringLiteral("ratio")).isDouble(), r.out.constData());
        QVERIFY2(!first.value(QStringLiteral("text")).toString().isEmpty(), r.out.constData());
        const QJsonObject advice = result.value(QStringLiteral("recommendation")).toObject();
        QCOMPARE(advice.value(QStringLiteral("provisionAbove")).toDouble(),
            result.value(QStringLiteral("highestStableRate")).toDouble());
        QVERIFY2(!advice.value(QStringLiteral("text")).toString().isEmpty(), r.out.constData());
        // Saved: the audit row's outcome carries the same, and its chart marker says it.
        qint64 auditId = 0;
        QString action;
        const QJsonObject saved = lastLoadTestOutcome(&auditId, &action);
        QCOMPARE(saved.value(QStringLiteral("peak")).toObject(), peak);
        QCOMPARE(saved.value(QStringLiteral("firstSaturated")).toObject(), first);
        Annotation a;
        a.auditId = auditId;
        a.action = action;
        a.kind = Annotations::kindOf(action);
        a.actor = QStringLiteral("test");
        a.outcome = QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact));
        const QString marker = Annotations::summary(a);
        QVERIFY2(marker.contains(QLatin1String("Highest stable rate"))
                && marker.contains(QLatin1String("recorded peak 8.00 orders/s"))
                && marker.contains(first.value(QStringLiteral("text")).toString()),
            qPrintable(marker));
    }

    void peakFinderReadsTheBusiestMinute()
    {
        // The orders view through the backend seam: the busiest minute, and when it was.
        auto cluster = std::make_shared<qm::db::Cluster>(qmtest::clusterConfig());
        auto orders = PeakFinder::fromOrders(*cluster, qm::BackendKind::Reference, 30);
        QVERIFY(qmtest::waitFor(orders, 30'000));
        QVERIFY2(orders.result().ok(), qPrintable(qmtest::errorOf(orders.result()).message));
        const RecordedPeak fromOrders = orders.result().value();
        QCOMPARE(fromOrders.source, QStringLiteral("orders"));
        const qint64 busiest = busiestMinute();
        QCOMPARE(fromOrders.perSecond, double(busiest) / 60.0);
        {
            pqxx::nontransaction tx(*m_db);
            const qint64 minuteCount
                = tx.exec_params("SELECT count(*) FROM console.orders WHERE created_at >= "
                                 "to_timestamp($1::float8 / 1000) AND created_at < "
                                 "to_timestamp($1::float8 / 1000) + interval '1 minute'",
                        static_cast<double>(fromOrders.atMs))[0][0]
                      .as<qint64>();
            QCOMPARE(minuteCount, busiest); // atMs is that minute
        }
        // Prometheus' business series saw the load tests above; find() takes the higher.
        QFile f(qmtest::profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto profile = qm::Profile::fromJsonBytes(f.readAll());
        QVERIFY(profile.ok());
        if (profile.value().prometheusUrl.isEmpty())
            return;
        std::optional<qm::Result<RecordedPeak>> found;
        QObject context;
        PeakFinder::find(&context, cluster, qm::BackendKind::Reference,
            QUrl(profile.value().prometheusUrl), {}, 30,
            [&found](const qm::Result<RecordedPeak> &r) { found = r; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 30'000);
        QVERIFY2(found->ok(), qPrintable(qmtest::errorOf(*found).message));
        QVERIFY(found->value().perSecond >= fromOrders.perSecond);
        QVERIFY(found->value().source == u"prometheus" || found->value().source == u"orders");
    }

    void percentRampUsesTheRecordedPeak()
    {
        // The simulator has placed orders in this sandbox: the busiest minute is the peak (or a
        // higher one Prometheus saw).
        const qint64 perMinute = busiestMinute();
        QVERIFY2(perMinute > 0, "no order in the sandbox: run a load test first");
        const double fromOrders = double(perMinute) / 60.0;
        // A share small enough for about 3 orders/s whatever the peak.
        const double share = std::max(1.0, 300.0 / fromOrders);
        const Run r = qmctl({QStringLiteral("loadtest"), QStringLiteral("--ramp-percent"),
            QString::number(share, 'f', 3), QStringLiteral("--step"), QStringLiteral("5s"),
            QStringLiteral("--warmup"), QStringLiteral("1s"), QStringLiteral("--p95-limit"),
            QStringLiteral("5s"), QStringLiteral("--p99-target"), QStringLiteral("10s"),
            QStringLiteral("--error-limit"), QStringLiteral("0.5"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
        const QJsonObject peak = result.value(QStringLiteral("peak")).toObject();
        const QString source = peak.value(QStringLiteral("source")).toString();
        const double used = peak.value(QStringLiteral("ordersPerSecond")).toDouble();
        qInfo() << "recorded peak" << used << source << "orders view" << fromOrders;
        QVERIFY2(source == u"orders" || source == u"prometheus", r.out.constData());
        // The higher of the two histories: at least the orders view's busiest minute; exactly it
        // when it came from there.
        QVERIFY2(used >= fromOrders - 1e-9, r.out.constData());
        if (source == u"orders")
            QCOMPARE(used, fromOrders);
        QVERIFY2(!peak.value(QStringLiteral("detail")).toString().isEmpty(), r.out.constData());
        const double target = result.value(QStringLiteral("steps"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("target"))
                                  .toDouble();
        QCOMPARE(target, std::max(0.1, std::round(used * share / 100.0 * 10.0) / 10.0));
        QVERIFY2(result.value(QStringLiteral("readout"))
                     .toString()
                     .contains(QLatin1String("Recorded peak")),
            r.out.constData());
    }

    void productionRefuses()
    {
        QFile f(qmtest::profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        profile.insert(QStringLiteral("environment"), QStringLiteral("production"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("production.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();
        const qint64 before = loadTestRuns();
        const Run r
            = qmctl({QStringLiteral("loadtest"), QStringLiteral("--ramp"), QStringLiteral("4"),
                        QStringLiteral("--step"), QStringLiteral("5s")},
                path);
        QVERIFY2(r.code != 0, r.out.constData());
        QVERIFY2(r.err.contains("never on production"), r.err.constData());
        QCOMPARE(loadTestRuns(), before);
    }

    void cancelStopsTheSimulator()
    {
        LoadTestConfig c;
        c.storefrontBinary = orderstest::storefrontBinary();
        c.profilePath = qmtest::profilePath();
        c.metricsPort = m_port;
        c.ramp = {4, 8};
        c.stepMs = 120'000; // far longer than the test waits
        c.warmupMs = 1000;
        LoadTestRunner runner(c);
        QSignalSpy finished(&runner, &LoadTestRunner::finished);
        const qint64 ordersBefore = orderCount();
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(metricsAnswer(m_port), 30'000); // the simulator serves
        QTRY_VERIFY_WITH_TIMEOUT(orderCount() > ordersBefore, 30'000); // and places orders
        runner.cancel();
        QCOMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<LoadTestResult>();
        QVERIFY(result.cancelled);
        QVERIFY(!result.completed());
        QVERIFY(!runner.running());
        // Stop means stop: a second after cancel the store takes no more orders from it (the
        // count a second later is the same two seconds later)...
        QTest::qWait(1000);
        const qint64 oneSecondAfter = orderCount();
        QTest::qWait(2000);
        QCOMPARE(orderCount(), oneSecondAfter);
        // ...and the simulator is gone (its port closed).
        QTRY_VERIFY_WITH_TIMEOUT(!metricsAnswer(m_port), 5000);
        QVERIFY(result.readout().contains(QLatin1String("Cancelled")));
    }

    void withoutPrometheusTheServersAreSampledDirectly()
    {
        // The same profile without Prometheus: the readout still has the servers' side, from
        // sampling PostgreSQL and Redis directly (DirectSampler, as the Capacity workspace does).
        QFile f(qmtest::profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        profile.remove(QStringLiteral("prometheus"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-prometheus.json"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(profile).toJson());
        out.close();
        const qint64 from = QDateTime::currentMSecsSinceEpoch();
        const Run r = qmctl(
            {QStringLiteral("loadtest"), QStringLiteral("--ramp"), QStringLiteral("4"),
                QStringLiteral("--step"), QStringLiteral("8s"), QStringLiteral("--warmup"),
                QStringLiteral("2s"), QStringLiteral("--p95-limit"), QStringLiteral("5s"),
                QStringLiteral("--error-limit"), QStringLiteral("0.2"), QStringLiteral("--json")},
            path);
        QVERIFY2(r.code == 0, r.err.constData());
        qInfo().noquote() << r.out.trimmed();
        QVERIFY2(r.json()
                     .value(QStringLiteral("servers"))
                     .toString()
                     .contains(QLatin1String("PostgreSQL and Redis")),
            r.out.constData());
        const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
        const QJsonArray steps = result.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 1);
        const QJsonObject step = steps.at(0).toObject();
        QVERIFY2(step.value(QStringLiteral("dbConnections")).toDouble() > 0, r.out.constData());
        QVERIFY2(step.value(QStringLiteral("redisMemory")).toDouble() > 0, r.out.constData());
        // DB connections against the real max_connections, as the sampler read it.
        const double maxConnections = [this] {
            pqxx::nontransaction tx(*m_db);
            return tx.exec("SELECT current_setting('max_connections')::float8")[0][0].as<double>();
        }();
        bool connections = false;
        for (const QJsonValue v : step.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("id")).toString() == u"db.connections") {
                connections = true;
                QCOMPARE(u.value(QStringLiteral("limit")).toDouble(), maxConnections);
                QVERIFY2(u.value(QStringLiteral("ratio")).toDouble() > 0, r.out.constData());
            }
        }
        QVERIFY2(connections, r.out.constData());
        // The run is a marker on the charts, read through the backend seam (console.audit_log).
        qm::db::Cluster cluster(qmtest::clusterConfig(QStringLiteral("manager")));
        auto markers = Annotations::load(
            cluster, qm::BackendKind::Reference, from, QDateTime::currentMSecsSinceEpoch());
        QVERIFY(qmtest::waitFor(markers, 30'000));
        // A copy: QFuture::result() returns a temporary, and a reference into its value() would
        // dangle once this statement ends (AddressSanitizer: stack-use-after-scope).
        const auto loaded = markers.result();
        QVERIFY2(loaded.ok(), qPrintable(qmtest::errorOf(loaded).message));
        const auto &list = loaded.value();
        QVERIFY(std::any_of(list.begin(), list.end(), [](const Annotation &a) {
            return a.kind == Annotation::Kind::LoadTest && a.outcome.contains(u"highestStableRate");
        }));
    }

    void forecastCliStatesModelErrorAndSaturation()
    {
        if (qEnvironmentVariableIntValue("QM_TEST_NO_MONITORING"))
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        const Run r = qmctl({QStringLiteral("capacity"), QStringLiteral("forecast"),
            QStringLiteral("--expr"), QStringLiteral("pg.connections"), QStringLiteral("--range"),
            QStringLiteral("10m"), QStringLiteral("--horizon"), QStringLiteral("2h"),
            QStringLiteral("--limit"), QStringLiteral("1000"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray series = r.json().value(QStringLiteral("series")).toArray();
        QVERIFY2(!series.isEmpty(), r.out.constData());
        const QJsonObject s = series.at(0).toObject();
        QVERIFY2(!s.value(QStringLiteral("model")).toString().isEmpty(), r.out.constData());
        QVERIFY2(s.value(QStringLiteral("rmse")).isDouble(), r.out.constData());
        QCOMPARE(
            s.value(QStringLiteral("limit")).toObject().value(QStringLiteral("value")).toDouble(),
            1000.0);
        QVERIFY2(s.value(QStringLiteral("saturation")).isObject(), r.out.constData());
        QVERIFY2(s.value(QStringLiteral("text")).toString().contains(QLatin1String("limit 1000")),
            r.out.constData());
        // Text mode says the same for people.
        const Run text = qmctl({QStringLiteral("capacity"), QStringLiteral("forecast"),
            QStringLiteral("--expr"), QStringLiteral("pg.connections"), QStringLiteral("--range"),
            QStringLiteral("10m")});
        QVERIFY2(text.code == 0, text.err.constData());
        QVERIFY2(text.out.contains("max_connections") || text.out.contains("no limit"),
            text.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestLoadTest)
#include "tst_loadtest.moc"
