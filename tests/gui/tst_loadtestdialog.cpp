// The Capacity workspace's load test dialog (widgets/capacity/loadtestdialog.h) against the test
// sandbox's real storefront simulator: Start runs the ramp with a progress bar and fills the
// table step by step, the readout names the highest stable rate, the run is handed to the
// recorder (the page writes it to the audit log); Cancel stops the simulator at once; a refusal
// (a production profile) keeps Start disabled. The GUI thread never waits.
#include "capacity/loadtestdialog.h"
#include "common/threadguard.h"
#include "guiguard.h"
#include "testenv.h"

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
