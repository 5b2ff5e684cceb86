// qm::redis::Scanner against the sandbox's Redis: 100,000 keys scanned exactly, TYPE filter,
// cancel mid-way, a batch action (UNLINK) on the worker thread, errors and teardown.
#include "common/stallmeter.h"
#include "redis/scanner.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QtTest>

using qm::Error;
using qm::Result;
using qm::Status;
using qm::redis::Client;
using qm::redis::Reply;
using qm::redis::Scanner;
using qm::redis::ScanOptions;

using qmtest::errorOf;
using qmtest::run;

namespace {

constexpr int kKeys = 100000;
constexpr int kHashes = 500;

struct ScanRun
{
    QList<QByteArrayList> lists; // as delivered: cheap to keep, so the meter measures the scanner
    qint64 delivered = 0; // with duplicates, if any
    int batches = 0;
    int batchesAfterFinish = 0;
    bool done = false;
    std::optional<Status> status;
    qint64 reported = 0;
    QSet<QByteArray> keys; // every key delivered, filled in by collect()

    void collect()
    {
        keys.clear();
        for (const QByteArrayList &list : std::as_const(lists)) {
            for (const QByteArray &k : list)
                keys.insert(k);
        }
    }
};

// Starts the scanner and records what it delivers; `onBatch` may act (cancel...) after each.
void record(Scanner &scanner, ScanRun &run, std::function<void(ScanRun &)> onBatch = {})
{
    QObject::connect(
        &scanner, &Scanner::batch, &scanner, [&run, onBatch](const QByteArrayList &keys) {
            if (run.done)
                ++run.batchesAfterFinish;
            ++run.batches;
            run.delivered += keys.size();
            run.lists.append(keys);
            if (onBatch)
                onBatch(run);
        });
    QObject::connect(&scanner, &Scanner::finished, &scanner, [&run](const Status &s, qint64 keys) {
        run.done = true;
        run.status = s;
        run.reported = keys;
    });
    scanner.start();
}

// Spins a real event loop (as the GUI does) until the scan finished; no sleeping in between, so
// the stall meter measures the scanner and not the waiting.
bool waitUntilDone(const ScanRun &run, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!run.done && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return run.done;
}

bool waitDone(ScanRun &run, int timeoutMs = 60000)
{
    if (!waitUntilDone(run, timeoutMs))
        return false;
    run.collect();
    return true;
}

} // namespace

class TestRedisScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scansHundredThousandKeysExactly();
    void typeFilter();
    void cancelMidway();
    void unlinkActionDeletesOnTheWorker();
    void unreachableServerFinishesWithError();
    void destroyedWhileRunning();

private:
    ScanOptions options(const QByteArray &suffix, int count = 1000) const
    {
        ScanOptions o;
        o.match = m_prefix + suffix;
        o.count = count;
        return o;
    }

    qm::redis::Endpoint m_endpoint;
    QByteArray m_prefix;
};

void TestRedisScanner::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    m_endpoint = qmtest::redisEndpoint();
    m_prefix = "qmtest:scan:" + QByteArray::number(QRandomGenerator::global()->generate()) + ':';
    Client c(m_endpoint);
    std::vector<QByteArrayList> commands;
    for (int chunk = 0; chunk < kKeys / 1000; ++chunk) {
        QByteArrayList mset {"MSET"};
        for (int i = chunk * 1000; i < (chunk + 1) * 1000; ++i)
            mset << m_prefix + "k:" + QByteArray::number(i) << QByteArray::number(i);
        commands.push_back(std::move(mset));
    }
    for (int i = 0; i < kHashes; ++i)
        commands.push_back({"HSET", m_prefix + "h:" + QByteArray::number(i), "f", "v"});
    auto f = c.pipeline(std::move(commands));
    QVERIFY(qmtest::waitFor(f, 60000));
    const auto replies = f.result();
    QVERIFY2(replies.ok(), qPrintable(replies ? QString() : replies.error().toString()));
    for (const Reply &r : replies.value())
        QVERIFY2(!r.isError(), qPrintable(r.describe()));
}

void TestRedisScanner::cleanupTestCase()
{
    if (m_prefix.isEmpty())
        return;
    Scanner s(m_endpoint, options("*"));
    s.setBatchAction(Scanner::unlinkAction());
    ScanRun r;
    record(s, r);
    QVERIFY(waitDone(r));
    QVERIFY(r.status && r.status->ok());
}

void TestRedisScanner::scansHundredThousandKeysExactly()
{
    qm::StallMeter meter;
    meter.start();
    ScanOptions o = options("k:*");
    o.unique = true;
    Scanner s(m_endpoint, o);
    ScanRun r;
    record(s, r);
    QVERIFY(s.isRunning());
    QVERIFY(waitUntilDone(r));
    meter.stop();
    r.collect();
    QVERIFY2(r.status->ok(), qPrintable(r.status->ok() ? QString() : r.status->error().toString()));
    QCOMPARE(r.keys.size(), kKeys);
    QCOMPARE(r.delivered, qint64(kKeys)); // unique: no key twice even across a rehash
    QCOMPARE(r.reported, qint64(kKeys));
    QCOMPARE(s.keysFound(), qint64(kKeys));
    QVERIFY(!s.isRunning());
    for (int i : {0, 1, 4242, kKeys - 1})
        QVERIFY(r.keys.contains(m_prefix + "k:" + QByteArray::number(i)));
    for (const QByteArray &k : std::as_const(r.keys))
        QVERIFY(k.startsWith(m_prefix + "k:"));
    QVERIFY(r.batches > 10); // incremental: many SCAN calls, not one KEYS
    qInfo() << kKeys << "keys in" << r.batches << "batches," << s.scanCalls()
            << "SCAN calls; longest GUI-thread stall" << meter.maxStallMs() << "ms";
    // Not a time bound (2 shared cores make wall-clock stalls noise; bench/ measures them): the
    // event loop must have turned many times while the work ran, which a call that blocks the GUI
    // thread for the whole run fails.
    QVERIFY2(meter.samples() > 10, qPrintable(QString::number(meter.samples())));

    // A scanner runs again after it finished.
    ScanRun again;
    s.disconnect();
    record(s, again);
    QVERIFY(waitDone(again));
    QCOMPARE(again.keys.size(), kKeys);
}

void TestRedisScanner::typeFilter()
{
    ScanOptions o = options("*");
    o.type = "hash";
    Scanner s(m_endpoint, o);
    ScanRun r;
    record(s, r);
    QVERIFY(waitDone(r));
    QVERIFY(r.status->ok());
    QCOMPARE(r.keys.size(), kHashes);
    for (const QByteArray &k : std::as_const(r.keys))
        QVERIFY(k.startsWith(m_prefix + "h:"));
}

void TestRedisScanner::cancelMidway()
{
    ScanOptions o = options("k:*", 100);
    o.pauseMs = 2;
    Scanner s(m_endpoint, o);
    ScanRun r;
    record(s, r, [&s](ScanRun &run) {
        if (run.batches == 3)
            s.cancel();
    });
    QVERIFY(waitDone(r));
    QVERIFY(!r.status->ok());
    QCOMPARE(errorOf(*r.status).code, Error::Code::Cancelled);
    QVERIFY2(r.delivered < kKeys / 10, qPrintable(QString::number(r.delivered)));
    QVERIFY(r.batches >= 3);
    QTest::qWait(50);
    QCOMPARE(r.batchesAfterFinish, 0);
    QVERIFY(!s.isRunning());
}

void TestRedisScanner::unlinkActionDeletesOnTheWorker()
{
    Client c(m_endpoint);
    QCOMPARE(run(c, {"EXISTS", m_prefix + "h:0", m_prefix + "h:499"}, 30000)->integer, 2);
    Scanner s(m_endpoint, options("h:*", 50));
    s.setBatchAction(Scanner::unlinkAction());
    ScanRun r;
    record(s, r);
    QVERIFY(waitDone(r));
    QVERIFY(r.status->ok());
    QCOMPARE(r.keys.size(), kHashes);
    QCOMPARE(run(c, {"EXISTS", m_prefix + "h:0", m_prefix + "h:499"}, 30000)->integer, 0);
    // Nothing of that pattern is left; the other keys are untouched.
    Scanner check(m_endpoint, options("h:*"));
    ScanRun left;
    record(check, left);
    QVERIFY(waitDone(left));
    QCOMPARE(left.keys.size(), 0);
    QCOMPARE(run(c, {"GET", m_prefix + "k:7"}, 30000)->str, QByteArray("7"));
}

void TestRedisScanner::unreachableServerFinishesWithError()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    qm::redis::Endpoint e = m_endpoint;
    e.port = probe.serverPort();
    probe.close();
    Scanner s(e, options("*"));
    ScanRun r;
    record(s, r);
    QVERIFY(waitDone(r, 10000));
    QCOMPARE(errorOf(*r.status).code, Error::Code::ConnectionFailed);
    QCOMPARE(r.batches, 0);
}

void TestRedisScanner::destroyedWhileRunning()
{
    ScanRun r;
    {
        ScanOptions o = options("k:*", 100);
        o.pauseMs = 1;
        Scanner s(m_endpoint, o);
        record(s, r);
        QVERIFY(QTest::qWaitFor([&r] { return r.batches > 0; }, 10000));
    } // the destructor cancels and joins the thread
    QTest::qWait(50);
    QVERIFY(r.delivered < kKeys);
}

QTEST_GUILESS_MAIN(TestRedisScanner)
#include "tst_redisscanner.moc"
