// qm::awaitFuture: the synchronous wait that worker threads use for clients living on them
// (Redis, Varnish, Vendure's Admin API). Its promise: it returns on the result, on its timeout, and
// at once when the application is gone. The last one is checked after the Qt Test run, in main():
// a worker still waiting when QCoreApplication is destroyed must not hang the process (CI hung 600
// s in integration.tst_cachetopology on exactly that with QEventLoop::exec()).
#include "common/awaitfuture.h"

#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent>
#include <QtTest>
#include <atomic>
#include <cstdio>
#include <memory>

class TestAwaitFuture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void returnsWhenAnotherThreadFinishes()
    {
        auto promise = std::make_shared<QPromise<int>>();
        promise->start();
        const QFuture<int> f = promise->future();
        QThreadPool::globalInstance()->start([promise] {
            QThread::msleep(50);
            promise->addResult(42);
            promise->finish();
        });
        QVERIFY(qm::awaitFuture(f, 30000));
        QCOMPARE(f.result(), 42);
    }

    void processesThisThreadsEvents()
    {
        // The clients the wait serves live on the waiting thread: their replies are this thread's
        // events, so the wait must run them.
        QPromise<int> promise;
        promise.start();
        const QFuture<int> f = promise.future();
        QTimer::singleShot(20, this, [&promise] {
            promise.addResult(7);
            promise.finish();
        });
        QVERIFY(qm::awaitFuture(f, 30000));
        QCOMPARE(f.result(), 7);
    }

    void timesOut()
    {
        QPromise<int> promise;
        promise.start();
        QVERIFY(!qm::awaitFuture(promise.future(), 100));
        promise.finish();
    }
};

int main(int argc, char **argv)
{
    auto never = std::make_shared<QPromise<int>>();
    never->start();
    std::atomic<int> entered {0};
    std::atomic<int> returned {0};
    int rc = 0;
    {
        QCoreApplication app(argc, argv);
        TestAwaitFuture t;
        rc = QTest::qExec(&t, argc, argv);
        // Two workers whose future never finishes (their timeout is ten minutes) while the
        // application goes away; ~QCoreApplication waits for the pool. One is already waiting,
        // the other starts waiting after the application object is gone.
        QThreadPool::globalInstance()->setMaxThreadCount(4);
        QThreadPool::globalInstance()->start([never, &entered, &returned] {
            ++entered;
            qm::awaitFuture(never->future(), 10 * 60 * 1000);
            ++returned;
        });
        QThreadPool::globalInstance()->start([never, &returned] {
            QThread::msleep(300);
            qm::awaitFuture(never->future(), 10 * 60 * 1000);
            ++returned;
        });
        while (entered == 0)
            QThread::msleep(5);
        QThread::msleep(100); // the first worker is inside the wait
    }
    if (returned != 2) {
        std::fprintf(stderr, "FAIL: %d of 2 waiting workers returned at shutdown\n", int(returned));
        return 1;
    }
    std::fprintf(stderr, "PASS: the workers waiting at shutdown returned; the process exits\n");
    never->finish();
    return rc;
}

#include "tst_awaitfuture.moc"
