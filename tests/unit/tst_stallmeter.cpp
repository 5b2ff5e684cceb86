// The stall meter: a blocked GUI thread is measured, an idle one is not.
#include "common/stallmeter.h"

#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>

using namespace qm;

class TestStallMeter : public QObject
{
    Q_OBJECT

    static void spin(int ms)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

private Q_SLOTS:
    void measuresADeliberateStall()
    {
        // Given a running meter
        StallMeter meter;
        QSignalSpy stalled(&meter, &StallMeter::stalled);
        meter.start();
        spin(100);
        // when the main thread sleeps 120 ms inside an event handler
        QTimer::singleShot(20, [] { QThread::msleep(120); });
        spin(300);
        // then the meter saw a stall of at least 100 ms, counted and signalled it
        QVERIFY2(meter.maxStallMs() >= 100, qPrintable(QString::number(meter.maxStallMs())));
        QVERIFY(meter.maxStallMs() < 1000);
        QVERIFY(meter.stallsOver(50) >= 1);
        QVERIFY(meter.samples() > 10);
        QVERIFY(!stalled.isEmpty());
        QVERIFY(stalled.last().at(0).toLongLong() >= 100);
    }

    void resetForgetsThePast()
    {
        StallMeter meter;
        meter.start();
        QTimer::singleShot(10, [] { QThread::msleep(80); });
        spin(150);
        QVERIFY(meter.maxStallMs() >= 60);
        meter.reset();
        QCOMPARE(meter.maxStallMs(), 0);
        QCOMPARE(meter.samples(), 0);
        spin(100);
        QVERIFY(meter.samples() > 0);
        QVERIFY2(meter.maxStallMs() < 60, qPrintable(QString::number(meter.maxStallMs())));
    }

    void instanceIsTheInstalledMeter()
    {
        StallMeter meter;
        QCOMPARE(StallMeter::instance(), nullptr);
        StallMeter::setInstance(&meter);
        QCOMPARE(StallMeter::instance(), &meter);
        StallMeter::setInstance(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestStallMeter)
#include "tst_stallmeter.moc"
