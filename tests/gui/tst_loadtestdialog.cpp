// The Capacity workspace's load test dialog (widgets/capacity/loadtestdialog.h) against the test
// sandbox's real storefront simulator: Start runs the ramp with a progress bar and fills the
// table step by step, the readout names the highest stable rate, the run is handed to the
// recorder (the page writes it to the audit log); Cancel stops the simulator at once; a refusal
// (a production profile) keeps Start disabled. The GUI thread never waits.
#include "capacity/loadtestdialog.h"
#include "capacity/prometheussource.h"
#include "capacity/timechart.h"
#include "common/threadguard.h"
#include "guiguard.h"
#include "testenv.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTcpSocket>
#include <QtTest>

using namespace qm;
using namespace qm::capacity;

namespace {

QString storefront()
{
    const QString env = qEnvironmentVariable("QM_STOREFRONT");
    return env.isEmpty() ? QFileInfo(QCoreApplication::applicationDirPath()
               + QStringLiteral("/../server/storefront/qm-storefront"))
                               .absoluteFilePath()
                         : env;
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

class TestLoadTestDialog : public QObject
{
    Q_OBJECT

    LoadTestConfig base() const
    {
        LoadTestConfig c;
        c.storefrontBinary = storefront();
        c.profilePath = qmtest::profilePath();
        c.metricsPort = qmtest::primaryParams().port + 26;
        c.warmupMs = 1000;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        enableGuiThreadGuard(true);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void percentRampChartsLiveAndNamesTheFirstSaturation()
    {
        // The servers' side from the sandbox's real Prometheus (what the page hands over).
        QFile f(qmtest::profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto profile = Profile::fromJsonBytes(f.readAll());
        QVERIFY(profile.ok());
        if (profile.value().prometheusUrl.isEmpty())
            QSKIP("the sandbox runs without Prometheus");
        PrometheusSource prometheus(QUrl(profile.value().prometheusUrl));
        LoadTestDialog dialog(base());
        dialog.setServerSource(&prometheus);
        dialog.show();
        // A peak typed by hand: 50 % and 100 % of 8 orders/s are steps of 4 and 8.
        dialog.setRampPercent(QStringLiteral("50,100"));
        dialog.setPeakOverride(8);
        dialog.setStepSeconds(7);
        dialog.setP95LimitMs(5000);
        dialog.setP99TargetMs(10000);
        QSignalSpy done(&dialog, &LoadTestDialog::runFinished);
        dialog.start();
        QVERIFY(dialog.running());
        // Live: orders/s from the simulator and DB connections from Prometheus while it runs.
        const QList<TimeChart *> charts = dialog.liveCharts();
        QCOMPARE(charts.size(), 5);
        const auto hasPositive = [](TimeChart *c, int series) {
            for (double v : c->data(series).v)
                if (v > 0)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasPositive(charts[0], 0), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(hasPositive(charts[2], 0), 30'000);
        QVERIFY(dialog.running()); // live, not after the fact
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 120'000);
        const auto result = done.at(0).at(0).value<LoadTestResult>();
        QVERIFY2(result.completed(), qPrintable(result.readout()));
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("4.0"));
        QCOMPARE(result.peak.perSecond, 8.0);
        QVERIFY2(hasPositive(charts[1], 1), "no checkout p99 was charted");
        // DB connections are charted against the real max_connections
        QCOMPARE(charts[2]->thresholds().size(), std::size_t(1));
        // The readout names the peak and the first resource to saturate (or the closest).
        QVERIFY2(result.firstSaturated.valid(), qPrintable(result.readout()));
        QVERIFY2(dialog.firstSaturatedText().contains(result.firstSaturated.name),
            qPrintable(dialog.firstSaturatedText()));
        QVERIFY2(dialog.readout().contains(QLatin1String("Recorded peak: 8 orders/s")),
            qPrintable(dialog.readout()));
        qInfo().noquote() << dialog.readout();
    }

    void percentRampWithoutAPeakDoesNotStart()
    {
        LoadTestDialog dialog(base());
        dialog.setRecordedPeak(Error {Error::Code::NotFound, QStringLiteral("no orders"), {}, {}});
        dialog.show();
        dialog.setRampPercent(QStringLiteral("50,100"));
        dialog.start();
        QVERIFY(!dialog.running());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("peakSource"))
                     ->text()
                     .contains(QLatin1String("no orders")),
            qPrintable(dialog.findChild<QLabel *>(QStringLiteral("peakSource"))->text()));
    }

    void runFillsTheTableAndRecordsTheRun()
    {
        LoadTestDialog dialog(base());
        int recorded = 0;
        LoadTestResult seen;
        dialog.setRecorder([&](const LoadTestConfig &, const LoadTestResult &r) {
            ++recorded;
            seen = r;
        });
        dialog.show();
        dialog.setRamp(QStringLiteral("4,8"));
        dialog.setStepSeconds(5);
        dialog.setP95LimitMs(5000);
        QSignalSpy done(&dialog, &LoadTestDialog::runFinished);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("start")), Qt::LeftButton);
        QVERIFY(dialog.running());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("cancelRun"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, 120'000);
        QCOMPARE(recorded, 1);
        QVERIFY2(seen.completed(), qPrintable(seen.readout()));
        QCOMPARE(dialog.table()->rowCount(), int(seen.steps.size()));
        QVERIFY(dialog.table()->rowCount() >= 1);
        // achieved orders/s and p95 in ms, from the simulator's own metrics
        QVERIFY2(dialog.table()->item(0, 1)->text().toDouble() > 0,
            qPrintable(dialog.table()->item(0, 1)->text()));
        QVERIFY2(dialog.table()->item(0, 3)->text().toDouble() > 0,
            qPrintable(dialog.table()->item(0, 3)->text()));
        QVERIFY2(dialog.readout().contains(QLatin1String("stable"))
                || dialog.readout().contains(QLatin1String("held")),
            qPrintable(dialog.readout()));
        qInfo().noquote() << dialog.readout();
    }

    void cancelStopsTheRun()
    {
        LoadTestDialog dialog(base());
        dialog.show();
        dialog.setRamp(QStringLiteral("4,8"));
        dialog.setStepSeconds(600);
        QSignalSpy done(&dialog, &LoadTestDialog::runFinished);
        dialog.start();
        const int port = qmtest::primaryParams().port + 26;
        QTRY_VERIFY_WITH_TIMEOUT(qmtest::testBlocks([&] { return metricsAnswer(port); }), 30'000);
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("cancelRun")), Qt::LeftButton);
        QCOMPARE(done.count(), 1);
        QVERIFY(!dialog.running());
        QVERIFY(done.at(0).at(0).value<LoadTestResult>().cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(!qmtest::testBlocks([&] { return metricsAnswer(port); }), 5000);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("start"))->isEnabled());
    }

    void refusalKeepsStartDisabled()
    {
        LoadTestDialog dialog(base());
        dialog.setRefusal(
            LoadTestRunner::refuseOn(Profile::Environment::Production).error().message);
        dialog.show();
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("start"))->isEnabled());
        dialog.start();
        QVERIFY(!dialog.running());
    }
};

QTEST_MAIN(TestLoadTestDialog)
#include "tst_loadtestdialog.moc"
