// A real failover in the sandbox (scripts/sandbox failover: the primary stops, the replica is
// promoted) and what must follow the new primary: the orders feed's listener (it re-LISTENs there
// and catches up from its last snapshot, every order once) and the schema check (it asks the
// primary of the moment). Each test puts the sandbox back (scripts/sandbox rebuild-replica):
// primary at base+0 taking writes, replica at base+1 streaming.
#include "db/cluster.h"
#include "health/healthmonitor.h"
#include "orders/orderfeed.h"
#include "schemacheck.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QWidget>
#include <QtTest>

using namespace orderstest;
using qm::orders::FeedState;
using qm::orders::OrderFeed;
using qm::orders::OrderFeedOptions;

class TestFailover : public QObject
{
    Q_OBJECT

    bool m_failedOver = false;

    bool failover()
    {
        m_failedOver = true;
        return qmtest::sandboxCtl({QStringLiteral("failover")}, 120000) == 0;
    }
    // The promoted replica, as the owner, once it takes writes.
    std::unique_ptr<pqxx::connection> newPrimary()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            try {
                auto c = std::make_unique<pqxx::connection>(qmtest::replicaParams().toConninfo());
                pqxx::nontransaction tx(*c);
                if (!tx.exec("SELECT pg_is_in_recovery()")[0][0].as<bool>())
                    return c;
            } catch (const std::exception &) { }
            QTest::qWait(100);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QM_REQUIRE_SANDBOX(); }

    void cleanup()
    {
        if (!m_failedOver)
            return;
        m_failedOver = false;
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("rebuild-replica")}, 300000), 0);
    }

    void feedFollowsTheNewPrimary()
    {
        qm::db::Cluster cluster(qmtest::clusterConfig(QStringLiteral("manager")));
        auto started = cluster.start();
        QVERIFY(qmtest::waitFor(started, 15000));
        QVERIFY2(started.result().ok(), qPrintable(qmtest::errorOf(started.result()).toString()));
        QCOMPARE(cluster.primaryPool()->params().endpoint(), qmtest::primaryParams().endpoint());

        OrderFeedOptions o;
        o.pageSize = 4; // the catch-up on the new primary spans pages
        o.useServersOf(cluster);
        OrderFeed feed(o);
        FeedRecorder rec;
        rec.attach(feed);
        const QString start = startLive(feed);
        QVERIFY2(!start.isEmpty(), qPrintable(feed.lastError()));
        {
            auto db = ownerConnection();
            const QVector<qint64> before = insertOrders(*db, 3);
            QVERIFY(waitUntil([&] { return rec.latest.contains(before.last()); }, 5000));
        }

        QVERIFY(failover());
        auto db = newPrimary();
        QVERIFY2(db, "the promoted replica does not take writes");
        int written = 3;
        for (int n : {5, 9}) // committed on the new primary only
            written += int(insertOrders(*db, n).size());
        cluster.setProbeInterval(200); // as the health monitor does: the cluster learns it too

        QString diff;
        const bool exact = waitUntil(
            [&] {
                diff = rec.compare(*db, start);
                return diff.isEmpty();
            },
            30000);
        qInfo() << "feed: connects" << feed.counters().connects.load() << "failures"
                << feed.counters().failures.load() << "state" << int(feed.state())
                << feed.lastError();
        QVERIFY2(exact, qPrintable(diff));
        QCOMPARE(rec.latest.size(), written);
        QCOMPARE(rec.duplicates, 0);
        QCOMPARE(feed.state(), FeedState::Live);
        QVERIFY(waitUntil(
            [&] {
                return cluster.primaryPool()->params().endpoint()
                    == qmtest::replicaParams().endpoint();
            },
            10000));
        cluster.setProbeInterval(0);
        // Still live there: a doorbell on the new primary is answered.
        const QVector<qint64> after = insertOrders(*db, 2);
        QVERIFY(waitUntil([&] { return rec.latest.contains(after.last()); }, 5000));
        feed.stop();
    }

    void schemaCheckAsksTheCurrentPrimary()
    {
        std::unique_ptr<qm::Session> session = qmtest::openSession(QStringLiteral("admin"));
        QVERIFY(session);
        session->health()->setIntervalMs(600000); // nothing re-probes on its own during the test
        QWidget window;
        QVERIFY(failover());
        QVERIFY2(newPrimary(), "the promoted replica does not take writes");
        bool finished = false;
        QString note;
        qm::offerMigrationIfNeeded(&window, session.get(), [&](const QString &n) {
            finished = true;
            note = n;
        });
        QVERIFY(qmtest::waitUntil([&] { return finished; }, 30000));
        // Up to date on the new primary: no note (the old primary would give "Could not check").
        QVERIFY2(note.isEmpty(), qPrintable(note));
        QCOMPARE(session->cluster()->primaryPool()->params().endpoint(),
            qmtest::replicaParams().endpoint());
        session.reset();
    }
};

QTEST_MAIN(TestFailover)
#include "tst_failover.moc"
