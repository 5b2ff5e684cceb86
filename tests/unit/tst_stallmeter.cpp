// The stall meter: a blocked GUI thread is measured, an idle one is not.
#include "common/stallmeter.h"

#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <ctime>

using namespace qm;

class TestStallMeter : public QObject
{
    Q_OBJECT

    // Spins the event loop until done() holds (no time bound: a test asserts behaviour; ctest's
    // timeout ends a test that never gets there).
    template <typename F> static void spinUntil(F done)
    {
        while (!done())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

    static qint64 largest(const QSignalSpy &spy)
    {
        qint64 m = 0;
        for (const QList<QVariant> &args : spy)
            m = std::max(m, args.at(0).toLongLong());
        return m;
    }

private Q_SLOTS:
    void measuresADeliberateStall()
    {
        // Given a running meter that has ticked
        StallMeter meter;
        QSignalSpy stalled(&meter, &StallMeter::stalled);
        meter.start();
        spinUntil([&] { return meter.samples() >= 5; });
        const qint64 ticksBefore = meter.samples();
        // when the main thread sleeps 120 ms inside an event handler
        bool slept = false;
        int signalsAtSleep = -1;
        int signalsDuringSleep = -1;
        QTimer::singleShot(0, [&] {
            signalsAtSleep = int(stalled.count());
            QThread::msleep(120);
            signalsDuringSleep = int(stalled.count()) - signalsAtSleep;
            slept = true;
        });
        spinUntil([&] { return slept && meter.samples() > ticksBefore + 2; });
        // then the meter saw it after the sleep (it runs on the same thread), as a stall of at
        // least 100 ms, counted and signalled (a busy machine may add stalls of its own, never
        // remove this one)
        QCOMPARE(signalsDuringSleep, 0);
        QVERIFY(stalled.count() > signalsAtSleep);
        qint64 afterSleep = 0;
        for (int i = signalsAtSleep; i < stalled.count(); ++i)
            afterSleep = std::max(afterSleep, stalled.at(i).at(0).toLongLong());
        QVERIFY2(afterSleep >= 100, qPrintable(QString::number(afterSleep)));
        QCOMPARE(meter.maxStallMs(), largest(stalled)); // the largest stall is a signalled one
        QCOMPARE(meter.stallsOver(50), qint64(stalled.count())); // one signal per stall over 50 ms
        QVERIFY(meter.stallsOver(16) >= meter.stallsOver(50));
    }

    void resetForgetsThePast()
    {
        // Given a meter that saw a stall
        StallMeter meter;
        meter.start();
        bool slept = false;
        QTimer::singleShot(0, [&] {
            QThread::msleep(80);
            slept = true;
        });
        spinUntil([&] { return slept && meter.samples() >= 3; });
        QVERIFY(meter.maxStallMs() >= 60);
        // when it is reset
        meter.reset();
        QCOMPARE(meter.maxStallMs(), 0);
        QCOMPARE(meter.samples(), 0);
        QCOMPARE(meter.stallsOver(16), 0);
        QCOMPARE(meter.stallsOver(50), 0);
        // then what it measures afterwards is only what happened afterwards: every stall over
        // 50 ms it now reports was signalled after the reset, and with none signalled its
        // largest figure is at most 50 ms (the 80 ms stall before the reset is gone)
        QSignalSpy stalled(&meter, &StallMeter::stalled);
        spinUntil([&] { return meter.samples() >= 10; });
        QCOMPARE(meter.stallsOver(50), qint64(stalled.count()));
        if (stalled.isEmpty())
            QVERIFY2(meter.maxStallMs() <= 50, qPrintable(QString::number(meter.maxStallMs())));
        else
            QCOMPARE(meter.maxStallMs(), largest(stalled));
    }

    void separatesOwnWorkFromWaiting()
    {
#if defined(Q_OS_UNIX)
        // Given a running meter that has ticked
        StallMeter meter;
        meter.start();
        spinUntil([&] { return meter.samples() >= 5; });
        // when the GUI thread waits 120 ms (another process holding the CPU looks the same to
        // the wall clock: the thread does no work of its own meanwhile)
        bool slept = false;
        QTimer::singleShot(0, [&] {
            QThread::msleep(120);
            slept = true;
        });
        spinUntil([&] { return slept && meter.samples() >= 10; });
        // then the wall-clock stall is long, while the thread's own work stays small
        QVERIFY2(meter.maxStallMs() >= 100, qPrintable(QString::number(meter.maxStallMs())));
        QVERIFY2(meter.maxTaskMs() >= 0 && meter.maxTaskMs() < 50,
            qPrintable(QString::number(meter.maxTaskMs())));
        QCOMPARE(meter.tasksOver(50), 0);
        // and when one task computes for 80 ms of the thread's own CPU time
        auto threadCpuMs = [] {
            timespec ts {};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
            return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
        };
        bool worked = false;
        QTimer::singleShot(0, [&] {
            const double from = threadCpuMs();
            volatile quint64 x = 0;
            while (threadCpuMs() - from < 80)
                x = x + 1;
            worked = true;
        });
        const qint64 before = meter.samples();
        spinUntil([&] { return worked && meter.samples() > before + 2; });
        // then that task is the longest, whatever the wall clock says
        QVERIFY2(meter.maxTaskMs() >= 80, qPrintable(QString::number(meter.maxTaskMs())));
        QCOMPARE(meter.tasksOver(50), 1);
        QVERIFY(meter.tasksOver(16) >= 1);
#else
        QSKIP("no thread CPU clock here");
#endif
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
