// Continuing futures (DEVELOPERS.md, "Continuing futures"): whenFinished(context, future, fn)
// never runs fn once context is gone and never asserts. QFuture::then(context, fn) in Qt 6.4
// asserts (Q_ASSERT(context) in qfuture_impl.h) in a debug build when the future finishes after
// the context was deleted, so this test means most in a Debug build (QM_BUILD_TYPE=Debug).
#include "cache/cacheconnection.h"
#include "cache/keybrowser.h"
#include "cache/serverstats.h"
#include "catalog/catalogquery.h"
#include "catalog/catalogservice.h"
#include "catalogmodel.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "testenv.h"

#include <QPromise>
#include <QSemaphore>
#include <QtTest>
#include <thread>

using qm::Result;

class TestContinuations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextDeletedBeforeTheFutureFinishes()
    {
        QPromise<Result<int>> promise;
        promise.start();
        QPromise<int> plain;
        plain.start();
        bool called = false;
        auto *context = new QObject;
        qm::whenFinished(context, promise.future(), [&](const Result<int> &) { called = true; });
        qm::whenFinishedValue(
            context, plain.future(), [&](const std::optional<int> &) { called = true; });
        delete context;
        // Finished from another thread, as the pools do.
        std::thread([&] {
            promise.addResult(Result<int>(42));
            promise.finish();
            plain.addResult(7);
            plain.finish();
        }).join();
        QTest::qWait(20);
        QCoreApplication::sendPostedEvents();
        QVERIFY(!called);
    }

    void continuesOnTheContextsThread()
    {
        QPromise<Result<int>> promise;
        promise.start();
        QObject context;
        QThread *ranOn = nullptr;
        int value = 0;
        qm::whenFinished(&context, promise.future(), [&](const Result<int> &r) {
            ranOn = QThread::currentThread();
            value = r.value();
        });
        std::thread([&] {
            promise.addResult(Result<int>(42));
            promise.finish();
        }).join();
        QTRY_COMPARE(value, 42);
        QCOMPARE(ranOn, QThread::currentThread());
    }

    // A converted user: the catalog model deleted while its row count is still queued on the
    // pool. The count's answer arrives after the model is gone.
    void catalogModelDeletedWhileCounting()
    {
        QM_REQUIRE_SANDBOX();
        qm::db::ClusterConfig config;
        config.nodes = {qmtest::primaryParams(QStringLiteral("merch"))};
        config.workersPerNode = 1;
        qm::db::Cluster cluster(config);
        QVERIFY(qm::db::waitBlocking(cluster.start()).ok());

        // Keep the only worker busy so that the model's queries queue behind it.
        auto gate = std::make_shared<QSemaphore>();
        auto busy = cluster.primaryPool()->run<int>(
            QStringLiteral("busy"), [gate](qm::db::Pool::Connection &) {
                gate->acquire();
                return 0;
            });
        qm::catalog::CatalogService service(&cluster);
        auto *model = new qm::models::CatalogModel(&service);
        model->setQuery(qm::catalog::CatalogQuery {});
        QVERIFY(cluster.primaryPool()->queuedJobs() >= 1);
        delete model;

        gate->release();
        QVERIFY(qmtest::waitFor(busy));
        // Everything queued before this one has finished when it has (one worker, in order).
        auto after = cluster.primaryPool()->run<int>(
            QStringLiteral("after"), [](qm::db::Pool::Connection &) { return 1; });
        QVERIFY(qmtest::waitFor(after));
        QCOMPARE(cluster.primaryPool()->queuedJobs(), 0);
        QTest::qWait(20);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Converted cache users: a CacheConnection deleted while KeyInspector's steps still wait on
    // Redis (they continue on the connection). Every caller's future ends without a result
    // instead of hanging (listKeys used to keep its own state alive in a cycle), and a caller's
    // whenFinished gets a Cancelled error.
    void cacheConnectionDeletedWhileBrowsing()
    {
        QM_REQUIRE_SANDBOX();
        qm::cache::RedisDeployment d;
        d.hosts = {qmtest::redisEndpoint().name()};
        auto *conn = new qm::cache::CacheConnection(d);
        conn->start();
        QTRY_VERIFY_WITH_TIMEOUT(conn->isReady(), 5000);

        auto preview = qm::cache::KeyInspector::preview(conn, "qmtest:continuations:none");
        auto listed = qm::cache::KeyInspector::listKeys(conn, "qmtest:continuations:", 10);
        auto inspected = qm::cache::KeyInspector::inspect(conn, {"qmtest:continuations:none"});
        QObject consumer;
        std::optional<qm::Error> previewError;
        std::optional<qm::Error> listError;
        qm::whenFinished(&consumer, preview, [&](const Result<qm::cache::ValuePreview> &r) {
            previewError = r ? qm::Error {} : r.error();
        });
        qm::whenFinished(&consumer, listed,
            [&](const Result<QByteArrayList> &r) { listError = r ? qm::Error {} : r.error(); });
        delete conn; // before any of their replies was handled: no event loop ran since

        QVERIFY2(qmtest::waitFor(preview, 5000), "preview never ended");
        QVERIFY2(qmtest::waitFor(listed, 5000), "listKeys never ended");
        QVERIFY2(qmtest::waitFor(inspected, 5000), "inspect never ended");
        QCOMPARE(preview.resultCount(), 0);
        QCOMPARE(listed.resultCount(), 0);
        QCOMPARE(inspected.resultCount(), 0);
        QTRY_VERIFY(previewError.has_value());
        QTRY_VERIFY(listError.has_value());
        QCOMPARE(previewError->code, qm::Error::Code::Cancelled);
        QCOMPARE(listError->code, qm::Error::Code::Cancelled);
    }

    // A stats poller deleted while its INFO is pending; the reply arrives after it is gone.
    void statsPollerDeletedWhileSampling()
    {
        QM_REQUIRE_SANDBOX();
        qm::cache::RedisDeployment d;
        d.hosts = {qmtest::redisEndpoint().name()};
        qm::cache::CacheConnection conn(d);
        conn.start();
        QTRY_VERIFY_WITH_TIMEOUT(conn.isReady(), 5000);
        const QString node = conn.topology().masterNames().value(0);
        QVERIFY(!node.isEmpty());

        int sampled = 0;
        auto *poller = new qm::cache::StatsPoller(&conn);
        connect(poller, &qm::cache::StatsPoller::sampled, this, [&] { ++sampled; });
        poller->pollNow();
        delete poller;
        // One client per node answers in order: when this PING is back, so is the INFO.
        auto ping = conn.commandOn(node, {"PING"});
        QVERIFY(qmtest::waitFor(ping));
        QTest::qWait(20);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(sampled, 0);
    }
};

QTEST_GUILESS_MAIN(TestContinuations)
#include "tst_continuations.moc"
