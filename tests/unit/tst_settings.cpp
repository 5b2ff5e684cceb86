// Settings: one facade, typed getters, documented defaults, bad stored values fall back.
#include "settings/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void init()
    {
        m_file
            = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction()));
        QFile::remove(m_file);
        Settings::setBackingFile(m_file);
    }
    void cleanupTestCase() { Settings::setBackingFile({}); }

    void defaults()
    {
        QCOMPARE(Settings::replicaLagLimitSeconds(), 5.0);
        QCOMPARE(Settings::lastProfile(), QString());
        QCOMPARE(Settings::healthIntervalMs(), 1000);
        QCOMPARE(Settings::probeTimeoutMs(), 2500);
        QCOMPARE(Settings::summaryRefreshMs(), 2000);
        QCOMPARE(Settings::slowRoundTripMs(), 100.0);
        QCOMPARE(Settings::lastWorkspace(), 0);
        QVERIFY(Settings::mainWindowGeometry().isEmpty());
        // A health round must fit in the 5 s a dead server may take to show.
        QVERIFY(Settings::healthIntervalMs() + Settings::probeTimeoutMs() < 5000);
    }

    void roundTrip()
    {
        Settings::setReplicaLagLimitSeconds(12.5);
        Settings::setLastProfile(QStringLiteral("Shop EU"));
        Settings::setHealthIntervalMs(500);
        Settings::setProbeTimeoutMs(1500);
        Settings::setSummaryRefreshMs(5000);
        Settings::setSlowRoundTripMs(40);
        Settings::setLastWorkspace(3);
        Settings::setMainWindowGeometry(QByteArray("geometry"));
        Settings::sync();
        QCOMPARE(Settings::replicaLagLimitSeconds(), 12.5);
        QCOMPARE(Settings::lastProfile(), QStringLiteral("Shop EU"));
        QCOMPARE(Settings::healthIntervalMs(), 500);
        QCOMPARE(Settings::probeTimeoutMs(), 1500);
        QCOMPARE(Settings::summaryRefreshMs(), 5000);
        QCOMPARE(Settings::slowRoundTripMs(), 40.0);
        QCOMPARE(Settings::lastWorkspace(), 3);
        QCOMPARE(Settings::mainWindowGeometry(), QByteArray("geometry"));
        // and it really is in the file, under the documented keys
        QSettings raw(m_file, QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("connections/lastProfile")).toString(),
            QStringLiteral("Shop EU"));
        QCOMPARE(raw.value(QStringLiteral("health/intervalMs")).toInt(), 500);
    }

    void outOfRangeFallsBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("interval 0") << "health/intervalMs" << QVariant(0);
        QTest::newRow("timeout huge") << "health/probeTimeoutMs" << QVariant(10'000'000);
        QTest::newRow("lag negative") << "connections/replicaLagLimitSeconds" << QVariant(-1.0);
        QTest::newRow("refresh text") << "overview/refreshMs" << QVariant(QStringLiteral("soon"));
    }

    void outOfRangeFallsBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.setValue(key, stored);
        }
        QCOMPARE(Settings::healthIntervalMs(), 1000);
        QCOMPARE(Settings::probeTimeoutMs(), 2500);
        QCOMPARE(Settings::replicaLagLimitSeconds(), 5.0);
        QCOMPARE(Settings::summaryRefreshMs(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
