// The console's application brackets each event for the stall meter: the longest task is one
// task, not the burst of tasks a starved GUI thread runs back to back; a nested event loop's
// waiting is no part of the task it runs in; other threads' events do not count.
#include "common/stallmeter.h"
#include "meteredapplication.h"

#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <ctime>

using namespace qm;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000 + double(ts.tv_nsec) / 1e6;
}

void burnCpu(double ms)
{
    const double from = threadCpuMs();
    volatile quint64 x = 0;
    while (threadCpuMs() - from < ms)
        x = x + 1;
}

// Spins the event loop until done() holds (no time bound: ctest's timeout ends a test that never
// gets there).
template <typename F> void spinUntil(F done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

class TestMeteredApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneTaskIsNotTheBurstItRanIn()
    {
        // Given a running meter that has ticked
        StallMeter meter;
        meter.start();
        spinUntil([&] { return meter.samples() >= 3; });
        // when two tasks of 30 ms of CPU each are ready at once (a thread that waited for a CPU
        // finds them both) and run back to back, with no tick between them
        int done = 0;
        QObject target;
        QMetaObject::invokeMethod(
            &target, [&] { burnCpu(30), ++done; }, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            &target, [&] { burnCpu(30), ++done; }, Qt::QueuedConnection);
        const qint64 before = meter.samples();
        spinUntil([&] { return done == 2 && meter.samples() > before + 2; });
        // then the longest task is one of them, while the burst between two ticks holds both
        QVERIFY(meter.tasksBracketed());
        QVERIFY2(meter.maxTaskMs() >= 30 && meter.maxTaskMs() < 55,
            qPrintable(QString::number(meter.maxTaskMs())));
        QVERIFY2(meter.maxBurstMs() >= 60, qPrintable(QString::number(meter.maxBurstMs())));
        QCOMPARE(meter.tasksOver(50), 0);
        QVERIFY(meter.tasksOver(16) >= 2);
        QCOMPARE(meter.burstsOver(50), 1);
    }

    void aNestedLoopsWaitingIsNotPartOfItsTask()
    {
        StallMeter meter;
        meter.start();
        spinUntil([&] { return meter.samples() >= 3; });
        // when a task works 20 ms, then waits 300 ms in a nested event loop (a modal dialog's
        // exec) whose own events are light, then works 20 ms more
        bool done = false;
        QTimer::singleShot(0, [&] {
            burnCpu(20);
            QEventLoop nested;
            QTimer::singleShot(300, &nested, &QEventLoop::quit);
            nested.exec();
            burnCpu(20);
            done = true;
        });
        const qint64 before = meter.samples();
        spinUntil([&] { return done && meter.samples() > before + 2; });
        // then its longest piece is one stretch of work, not the 340 ms it was on the stack
        // (nor the 40 ms of CPU it used in all)
        QVERIFY2(meter.maxTaskMs() >= 20 && meter.maxTaskMs() < 38,
            qPrintable(QString::number(meter.maxTaskMs())));
    }

    void otherThreadsEventsDoNotCount()
    {
        StallMeter meter;
        meter.start();
        spinUntil([&] { return meter.samples() >= 3; });
        // when an object on a worker thread handles an event that computes 80 ms, while the GUI
        // thread sleeps (it runs no event meanwhile, so nothing of its own overlaps that task)
        QThread worker;
        worker.start();
        QObject onWorker;
        onWorker.moveToThread(&worker);
        std::atomic<bool> done {false};
        QMetaObject::invokeMethod(
            &onWorker, [&] { burnCpu(80), done = true; }, Qt::QueuedConnection);
        while (!done.load())
            QThread::msleep(5);
        const qint64 before = meter.samples();
        spinUntil([&] { return meter.samples() > before + 2; });
        worker.quit();
        worker.wait();
        // then the GUI thread's longest task stays short
        QVERIFY2(meter.maxTaskMs() < 50, qPrintable(QString::number(meter.maxTaskMs())));
        QCOMPARE(meter.tasksOver(50), 0);
    }
};

int main(int argc, char **argv)
{
    MeteredApplication app(argc, argv);
    TestMeteredApplication t;
    return QTest::qExec(&t, argc, argv);
}
#include "tst_meteredapplication.moc"
