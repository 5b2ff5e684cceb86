// The live orders feed against the real sandbox and the storefront simulator: every order
// exactly once (checked against the orders table) across a terminated listener backend and a
// PostgreSQL restart, malformed doorbells ignored, resume from a snapshot, coalesced updates.
#include "orders/feedworker.h"
#include "orders/orderfeed.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>
#include <arpa/inet.h>
#include <functional>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace orderstest;
using qm::orders::FeedState;
using qm::orders::OrderFeed;
using qm::orders::OrderFeedOptions;

class TestOrderFeed : public QObject
{
    Q_OBJECT

private:
    OrderFeedOptions options() const
    {
        OrderFeedOptions o;
        o.params = qmtest::primaryParams(QStringLiteral("manager"));
        return o;
    }
    QStringList simArgs(int rate, int seconds) const
    {
        return {QStringLiteral("--rate"), QString::number(rate), QStringLiteral("--duration"),
            QString::number(seconds), QStringLiteral("--workers"), QStringLiteral("6"),
            QStringLiteral("--fulfil-delay"), QStringLiteral("1"), QStringLiteral("--browse"),
            QStringLiteral("1")};
    }
    // After the simulator stopped: the feed must converge to the table, exactly.
    void expectExact(FeedRecorder &rec, const QString &start, const char *what)
    {
        auto db = ownerConnection();
        QString diff;
        qint64 expected = 0;
        const bool ok = waitUntil(
            [&] {
                diff = rec.compare(*db, start, &expected);
                return diff.isEmpty();
            },
            20000);
        qInfo().noquote() << what << ": feed holds" << rec.latest.size() << "orders," << rec.rows
                          << "row versions in" << rec.batches << "batches; table:" << expected;
        QVERIFY2(ok, qPrintable(diff));
        QVERIFY2(expected > 0, "the simulator wrote no orders");
        QCOMPARE(rec.duplicates, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY2(QFileInfo::exists(storefrontBinary()),
            qPrintable(QStringLiteral("simulator not built: ") + storefrontBinary()));
    }

    void payload_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty doorbell") << QString() << true;
        QTest::newRow("json object") << QStringLiteral("{\"v\":1}") << true;
        QTest::newRow("plain text") << QStringLiteral("garbage") << false;
        QTest::newRow("broken json") << QStringLiteral("{\"v\":") << false;
        QTest::newRow("json array") << QStringLiteral("[1,2]") << false;
        QTest::newRow("huge") << QStringLiteral("{\"x\":\"%1\"}").arg(QString(2000, u'a')) << false;
    }
    void payload()
    {
        QFETCH(QString, payload);
        QFETCH(bool, valid);
        QCOMPARE(qm::orders::FeedWorker::payloadValid(payload.toStdString()), valid);
    }

    void followsOrders()
    {
        OrderFeed feed(options());
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY2(!start.isEmpty(), qPrintable(feed.lastError()));
        Simulator sim;
        QVERIFY(sim.start(simArgs(50, 5)));
        QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
        sim.wait(1000);
        qInfo() << "simulator:" << sim.summary();
        expectExact(rec, start, "50 orders/s");
        QCOMPARE(feed.counters().connects.load(), 1);
    }

    void malformedPayloadIgnored()
    {
        OrderFeed feed(options());
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY(!start.isEmpty());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("malformed payload")));
        auto db = ownerConnection();
        {
            pqxx::nontransaction tx(*db);
            tx.exec("SELECT pg_notify('qm_orders', 'garbage')");
        }
        QVERIFY(waitUntil([&] { return feed.counters().malformed.load() == 1; }, 5000));
        QCOMPARE(feed.state(), FeedState::Live);
        // Still answers real doorbells: touch an order (the update trigger gives it a new version).
        qint64 id = 0;
        {
            pqxx::work tx(*db);
            id = tx.exec("UPDATE shop.orders SET channel = channel WHERE id = "
                         "(SELECT max(id) FROM shop.orders) RETURNING id")[0][0]
                     .as<qint64>();
            tx.commit();
        }
        QVERIFY(waitUntil([&] { return rec.latest.contains(id); }, 5000));
        QCOMPARE(feed.counters().malformed.load(), 1);
        expectExact(rec, start, "after a malformed doorbell");
    }

    // One transaction at a time rings (0103). A writer that skipped the bell and commits after
    // the ringer's read is still delivered, soon: after a ring the feed reads again 50, 100,
    // 200... ms later.
    void skippedDoorbellStillDelivered()
    {
        OrderFeedOptions o = options();
        o.safetyPollMs = 10000; // so that only the follow-up read can find it in time
        OrderFeed feed(o);
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY(!start.isEmpty());
        auto c1 = ownerConnection();
        auto c2 = ownerConnection();
        const char *touch = "UPDATE shop.orders SET channel = channel WHERE id = "
                            "(SELECT %1(id) FROM shop.orders) RETURNING id";
        pqxx::work ringer(*c1);
        const qint64 a
            = ringer.exec(QString::fromLatin1(touch).arg(QLatin1String("min")).toStdString())[0][0]
                  .as<qint64>();
        pqxx::work skipper(*c2); // its trigger finds the bell taken: no NOTIFY
        const qint64 b
            = skipper.exec(QString::fromLatin1(touch).arg(QLatin1String("max")).toStdString())[0][0]
                  .as<qint64>();
        const qint64 rings = feed.counters().rings.load();
        ringer.commit(); // rings; the feed's read sees the skipper in flight
        QVERIFY(waitUntil([&] { return rec.latest.contains(a); }, 3000));
        QCOMPARE(feed.counters().rings.load(), rings + 1);
        QVERIFY(!rec.latest.contains(b));
        QTest::qWait(300);
        skipper.commit(); // no ring
        QElapsedTimer t;
        t.start();
        QVERIFY2(waitUntil([&] { return rec.latest.contains(b); }, 3000),
            "a write that skipped the doorbell was not delivered by the follow-up read");
        qInfo() << "delivered without a ring" << t.elapsed() << "ms after its commit";
        QCOMPARE(feed.counters().rings.load(), rings + 1);
        expectExact(rec, start, "doorbell skipped");
    }

    // A quiet feed reads once per safety poll, however long it stays quiet. The follow-up
    // interval doubled on every empty read in a plain int: after ~31 reads from 1 ms it
    // overflowed to negative, then 0, and the feed read back to back (found with
    // `scripts/bench orders --backend vendure`: ~100 reads/s of an idle Vendure store after 8 s).
    void quietFeedKeepsToTheSafetyPoll()
    {
        OrderFeedOptions o = options();
        o.followUpMs = 1; // 2^31 ms after 31 doublings: the overflow comes after ~31 quiet reads
        o.safetyPollMs = 50;
        OrderFeed feed(o);
        QVERIFY(!startLive(feed).isEmpty());
        QVERIFY(waitUntil([&] { return feed.counters().catchUps.load() >= 40; }, 60000));
        // A window of 40 safety polls: a feed keeping to them reads about 40 times (fewer on a
        // loaded machine, never many more); one that lost its pause reads thousands of times.
        const qint64 before = feed.counters().catchUps.load();
        QElapsedTimer window;
        window.start();
        QTest::qWait(2000);
        const qint64 reads = feed.counters().catchUps.load() - before;
        const qint64 allowed = 2 * (window.elapsed() / o.safetyPollMs) + 10;
        QVERIFY2(reads <= allowed,
            qPrintable(QStringLiteral("%1 reads in %2 ms of a quiet feed with a %3 ms safety poll")
                           .arg(reads)
                           .arg(window.elapsed())
                           .arg(o.safetyPollMs)));
        QVERIFY(reads > 0); // and it still reads
    }

    void survivesListenerTermination()
    {
        OrderFeed feed(options());
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY(!start.isEmpty());
        Simulator sim;
        QVERIFY(sim.start(simArgs(200, 12)));
        auto db = ownerConnection();
        for (int round = 1; round <= 2; ++round) {
            QTest::qWait(3000);
            const int pid = feed.counters().backendPid.load();
            QVERIFY(pid > 0);
            {
                pqxx::nontransaction tx(*db);
                QVERIFY(tx.exec_params("SELECT pg_terminate_backend($1)", pid)[0][0].as<bool>());
            }
            QVERIFY2(waitUntil(
                         [&] {
                             return feed.counters().connects.load() == 1 + round
                                 && feed.state() == FeedState::Live;
                         },
                         15000),
                "the feed did not reconnect");
            QVERIFY(feed.counters().backendPid.load() != pid);
        }
        QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
        sim.wait(1000);
        qInfo() << "simulator:" << sim.summary();
        expectExact(rec, start, "200 orders/s, listener terminated twice");
    }

    void survivesPrimaryRestart()
    {
        OrderFeed feed(options());
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY(!start.isEmpty());
        Simulator sim;
        QVERIFY(sim.start(simArgs(200, 15)));
        QTest::qWait(3000);
        const qint64 before = rec.rows;
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("restart"), QStringLiteral("primary")}), 0);
        QVERIFY2(waitUntil(
                     [&] {
                         return feed.counters().connects.load() >= 2
                             && feed.state() == FeedState::Live;
                     },
                     20000),
            "the feed did not come back after the restart");
        QVERIFY(waitUntil([&] { return !sim.running(); }, 90000));
        sim.wait(1000);
        const QJsonObject summary = sim.summary();
        qInfo() << "simulator:" << summary;
        QVERIFY2(summary.value(QStringLiteral("reconnects")).toInt() > 0,
            "the simulator did not notice the restart");
        QVERIFY(rec.rows > before);
        expectExact(rec, start, "200 orders/s, primary restarted");
    }

    void resumesFromSnapshot()
    {
        QString resume;
        QString start;
        FeedRecorder rec;
        {
            OrderFeed first(options());
            rec.attach(first);
            start = startLive(first);
            QVERIFY(!start.isEmpty());
            Simulator sim;
            QVERIFY(sim.start(simArgs(50, 2)));
            QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
            QTest::qWait(500);
            first.stop();
            resume = first.snapshot();
        }
        // Orders written while no feed runs.
        Simulator sim;
        QVERIFY(sim.start(simArgs(50, 2)));
        QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
        OrderFeedOptions o = options();
        o.resumeSnapshot = resume;
        OrderFeed second(o);
        rec.attach(second);
        QSignalSpy resynced(&second, &OrderFeed::resynced);
        second.start();
        QVERIFY(resynced.wait(15000));
        expectExact(rec, start, "resumed after a gap");
    }

    // One catch-up reads as many keyset pages as there are (page size 4 here, 500 by default):
    // a console away for a minute at 200 orders/s finds 24 pages waiting. The listener's role
    // may not log in for a while, so the orders of several pages commit while it is
    // disconnected; then one transaction of several pages is answered by a single doorbell.
    void catchUpReadsEveryPage()
    {
        OrderFeedOptions o = options();
        o.pageSize = 4;
        OrderFeed feed(o);
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY(!start.isEmpty());
        auto db = ownerConnection();
        auto setLogin = [&](bool on) {
            pqxx::nontransaction tx(*db);
            tx.exec(on ? "ALTER ROLE manager LOGIN" : "ALTER ROLE manager NOLOGIN");
        };
        struct RestoreLogin
        {
            std::function<void()> fn;
            ~RestoreLogin() { fn(); }
        } restore {[&] { setLogin(true); }};
        setLogin(false);
        const int pid = feed.counters().backendPid.load();
        QVERIFY(pid > 0);
        {
            pqxx::nontransaction tx(*db);
            QVERIFY(tx.exec_params("SELECT pg_terminate_backend($1)", pid)[0][0].as<bool>());
        }
        QVERIFY(waitUntil([&] { return feed.counters().failures.load() >= 2; }, 15000));
        QCOMPARE(feed.state(), FeedState::Reconnecting);
        int written = 0;
        for (int n : {5, 1, 9, 4, 4}) // 23 orders, 6 pages, in five transactions
            written += int(insertOrders(*db, n).size());
        setLogin(true);
        QVERIFY2(waitUntil(
                     [&] {
                         return feed.counters().connects.load() == 2
                             && feed.state() == FeedState::Live;
                     },
                     20000),
            "the feed did not reconnect");
        expectExact(rec, start, "23 orders (6 pages) written while the listener was away");
        QCOMPARE(rec.latest.size(), written);
        const QVector<qint64> live = insertOrders(*db, 11); // one transaction, 3 pages
        QVERIFY(waitUntil([&] { return rec.latest.contains(live.first()); }, 5000));
        expectExact(rec, start, "11 orders of one transaction (3 pages)");
        QCOMPARE(rec.latest.size(), written + live.size());
    }

    // stop() never waits for the listener; the process's exit does. Here the listener is inside
    // a connect to a server that never answers (until libpq's connect timeout) when main()
    // returns: the exit waits for it, so it still logs the failed connect instead of being cut
    // off while the process tears down libpq and logging under it.
    void exitWaitsForAStoppedListener()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QM_TST_ORDERFEED_EXIT_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray err = child.readAllStandardError();
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("stopped, exiting"), err.constData());
        QVERIFY2(err.contains("orders feed: connection lost"), err.constData());
    }

    void coalescesToTenPerSecond()
    {
        OrderFeedOptions o = options();
        o.coalesceMs = 100; // (the default is 16: reads come at most every 50 ms anyway)
        OrderFeed feed(o);
        QVector<qint64> at;
        QElapsedTimer clock;
        clock.start();
        connect(&feed, &OrderFeed::rowsArrived, this, [&] { at.append(clock.elapsed()); });
        QVERIFY(!startLive(feed).isEmpty());
        Simulator sim;
        QVERIFY(sim.start(simArgs(200, 5)));
        QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
        QTest::qWait(500);
        QVERIFY(at.size() > 10);
        qint64 minGap = 1000000;
        for (int i = 1; i < at.size(); ++i)
            minGap = std::min(minGap, at[i] - at[i - 1]);
        qInfo() << at.size() << "updates, shortest gap" << minGap << "ms";
        // 100 ms apart, give or take a timer's millisecond.
        QVERIFY2(minGap >= 95, qPrintable(QString::number(minGap)));
        QVERIFY(feed.counters().rings.load() > at.size());
    }
};

namespace {

// This binary run by exitWaitsForAStoppedListener: a feed whose listener is connecting to a
// server that accepts and never answers (base+8 on loopback) is stopped, and main() returns.
int exitWhileTheListenerConnects(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    OrderFeedOptions o;
    o.params = qmtest::primaryParams(QStringLiteral("manager"));
    o.params.port += 8;
    o.params.connectTimeoutSec = 2;
    // The kernel completes the handshake (the backlog); nobody accepts, reads or answers, and the
    // socket stays open until the process is gone.
    const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
    const int on = 1;
    ::setsockopt(silent, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(quint16(o.params.port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(silent, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::listen(silent, 4) != 0)
        return 3;
    OrderFeed feed(o);
    feed.start();
    while (feed.state() != FeedState::Connecting) // the listener is in its connect
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    feed.stop();
    qInfo("stopped, exiting");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QM_TST_ORDERFEED_EXIT_CHILD"))
        return exitWhileTheListenerConnects(argc, argv);
    QCoreApplication app(argc, argv);
    TestOrderFeed test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_orderfeed.moc"
