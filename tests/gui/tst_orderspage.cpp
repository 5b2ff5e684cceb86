// The Orders workspace against the sandbox and the storefront simulator, offscreen: live orders
// arrive without moving the row being read, filters and the feed agree, saved views persist,
// the detail and the store manager's actions work (audited, idempotent by request id),
// permissions are mirrored, the order-flow strip reads and judges. The GUI-thread guard is on
// throughout: nothing the page does blocks the GUI thread.
#include "../integration/tst_orderfeed_support.h"
#include "common/stallmeter.h"
#include "common/threadguard.h"
#include "orders/orderdetailview.h"
#include "orders/orderflow.h"
#include "orders/orderflowstrip.h"
#include "orders/ordersfilterbar.h"
#include "orders/orderspage.h"
#include "orders/orderstableview.h"
#include "ordersmodel.h"
#include "session/session.h"
#include "sessionenv.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace orderstest;
using qm::OrdersPage;
using qm::orders::OrderAction;
using qm::orders::OrderFlowHealth;
using qm::orders::OrderFlowSample;

using qmtest::openSession;

class TestOrdersPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<qm::Session> m_session;

    // A page on the manager's session, shown, first page loaded, feed live.
    std::unique_ptr<OrdersPage> openPage()
    {
        auto page = std::make_unique<OrdersPage>();
        page->resize(1400, 800);
        page->setSession(m_session.get());
        page->setActive(true);
        page->show();
        if (!waitUntil(
                [&] {
                    return page->model()->rowCount() > 0 && page->feed()
                        && page->feed()->state() == qm::orders::FeedState::Live;
                },
                20000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        qm::Settings::setBackingFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
        qm::enableGuiThreadGuard(true);
        m_session = openSession(QStringLiteral("manager"));
        QVERIFY2(m_session, "could not open a session as manager");
        QVERIFY(m_session->can(OrderAction::capability()));
        // Some orders to look at.
        Simulator sim;
        QVERIFY(
            sim.start({QStringLiteral("--rate"), QStringLiteral("30"), QStringLiteral("--duration"),
                QStringLiteral("3"), QStringLiteral("--fulfil-delay"), QStringLiteral("1")}));
        QVERIFY(sim.wait(60000));
    }

    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }

    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    void liveOrdersKeepTheReadRowInPlace()
    {
        auto page = openPage();
        QVERIFY(page);
        // No QAbstractItemModelTester here: it re-reads every cell after each change, which is
        // what this test must not measure (filterAndFeedAgree runs it).
        qm::OrdersTableView *view = page->view();
        // Read a row in the middle of the first page.
        view->verticalScrollBar()->setValue(
            view->rowViewportPosition(40) + view->verticalScrollBar()->value());
        QApplication::processEvents();
        const int topRow = view->rowAt(0);
        QVERIFY(topRow > 0);
        const qint64 readId = page->model()->orderAt(topRow)->id;
        const int readY = view->rowViewportPosition(topRow);
        page->selectOrder(readId);

        QSignalSpy arrived(page->model(), &qm::OrdersTableModel::ordersArrived);
        Simulator sim;
        QVERIFY(
            sim.start({QStringLiteral("--rate"), QStringLiteral("40"), QStringLiteral("--duration"),
                QStringLiteral("4"), QStringLiteral("--fulfil-delay"), QStringLiteral("1")}));
        // Measured from here: starting a process (fork + exec) blocks this thread by itself.
        qm::StallMeter meter;
        QVector<qint64> stalls;
        connect(&meter, &qm::StallMeter::stalled, this, [&](qint64 ms) { stalls.append(ms); });
        meter.start();
        QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
        QTest::qWait(500);
        meter.stop();
        QVERIFY(arrived.count() > 0);
        const int nowRow = page->model()->rowOf(readId);
        QVERIFY(nowRow > topRow); // new orders went in above it...
        QCOMPARE(view->rowViewportPosition(nowRow), readY); // ...and it did not move on screen
        QVERIFY(view->unseenAbove() > 0);
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("newOrdersBadge"))->isVisible());
        QCOMPARE(page->model()->orderAt(view->currentIndex().row())->id, readId); // still selected
        // The GUI thread never waited (the guard counts every blocking call on it); how long the
        // event loop was late is for the benchmarks, not an assertion on a shared machine.
        qInfo() << "largest GUI stall during the run:" << meter.maxStallMs()
                << "ms; over 50 ms:" << stalls;
        QCOMPARE(qm::guiThreadViolations(), 0);
        view->scrollToNewest();
        QCOMPARE(view->unseenAbove(), 0);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
    }

    void filterAndFeedAgree()
    {
        auto page = openPage();
        QVERIFY(page);
        QAbstractItemModelTester tester(
            page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        qm::orders::OrdersFilter paid;
        paid.statuses = {QStringLiteral("paid")};
        page->model()->setFilter(paid);
        QVERIFY(waitUntil([&] { return !page->model()->isLoading(); }, 10000));
        Simulator sim;
        QVERIFY(
            sim.start({QStringLiteral("--rate"), QStringLiteral("30"), QStringLiteral("--duration"),
                QStringLiteral("4"), QStringLiteral("--fulfil-delay"), QStringLiteral("1")}));
        QVERIFY(waitUntil([&] { return !sim.running(); }, 60000));
        QTest::qWait(1000); // the feed's last batch
        const auto &rows = page->model()->rows();
        QVERIFY(!rows.isEmpty());
        for (const auto &r : rows)
            QCOMPARE(r.status, QStringLiteral("paid"));
        // The window equals the table's newest paid orders, version for version.
        auto db = ownerConnection();
        pqxx::nontransaction tx(*db);
        const pqxx::result r
            = tx.exec_params("SELECT id, change_seq FROM shop.orders WHERE status = 'paid' "
                             "ORDER BY created_at DESC, id DESC LIMIT $1",
                int(rows.size()));
        QCOMPARE(int(r.size()), int(rows.size()));
        for (int i = 0; i < int(r.size()); ++i) {
            QCOMPARE(rows[i].id, r[i][0].as<qint64>());
            QCOMPARE(rows[i].changeSeq, r[i][1].as<qint64>());
        }
    }

    // The primary stops and comes back while the page is open: the GUI thread never waits
    // meanwhile (cleanup() checks the guard), the feed goes back to live on its own and the
    // orders committed once the primary is back (the listener may still be backing off) are all
    // on the page.
    void primaryRestartWhileOpen()
    {
        auto page = openPage();
        QVERIFY(page);
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("stop"), QStringLiteral("primary")}), 0);
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("start"), QStringLiteral("primary")}), 0);
        auto db = ownerConnection();
        const QVector<qint64> written = insertOrders(*db, 3);
        QVERIFY2(waitUntil(
                     [&] {
                         return page->feed()->state() == qm::orders::FeedState::Live
                             && page->model()->rowOf(written.last()) >= 0;
                     },
                     30000),
            qPrintable(page->feed()->lastError()));
        for (qint64 id : written)
            QVERIFY2(page->model()->rowOf(id) >= 0, qPrintable(QString::number(id)));
        QVERIFY(page->feed()->counters().connects.load() >= 2);
        // Leave the sandbox as found: the replica streams again (it retries every 5 s; a failover
        // drill started before that loses what the primary took meanwhile).
        QVERIFY(waitUntil(
            [&] {
                return scalar(*db,
                           "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")
                    > 0;
            },
            30000));
    }

    void savedViewsPersist()
    {
        qm::orders::OrdersFilter f;
        f.statuses = {QStringLiteral("shipped"), QStringLiteral("delivered")};
        f.channels = {QStringLiteral("web")};
        f.minCents = 10000;
        f.customer = QStringLiteral("shopper1");
        f.lastHours = 24;
        {
            qm::OrdersFilterBar bar;
            bar.setFilter(f);
            QCOMPARE(bar.filter(), f);
            bar.saveCurrentAs(QStringLiteral("Big web deliveries"));
        }
        qm::OrdersFilterBar again;
        QVERIFY(again.savedViewNames().contains(QStringLiteral("Big web deliveries")));
        QSignalSpy changed(&again, &qm::OrdersFilterBar::filterChanged);
        QVERIFY(again.applySavedView(QStringLiteral("Big web deliveries")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<qm::orders::OrdersFilter>(), f);
        again.deleteSavedView(QStringLiteral("Big web deliveries"));
        QVERIFY(
            !qm::OrdersFilterBar().savedViewNames().contains(QStringLiteral("Big web deliveries")));
    }

    void detailAndActions()
    {
        auto page = openPage();
        QVERIFY(page);
        // A paid order from the table.
        qint64 id = 0;
        for (const auto &r : page->model()->rows()) {
            if (r.status == QLatin1String("paid")) {
                id = r.id;
                break;
            }
        }
        QVERIFY2(id > 0, "no paid order in the first page");
        QSignalSpy loaded(page.get(), &OrdersPage::detailLoaded);
        page->selectOrder(id);
        QVERIFY(loaded.wait(10000));
        qm::OrderDetailView *detail = page->detailView();
        QVERIFY(!detail->detail().lines.isEmpty());
        QVERIFY(detail->timelineEntries() >= 2); // checkout, payment
        QVERIFY(detail->button(OrderAction::Kind::MarkShipped)->isEnabled());
        QVERIFY(detail->button(OrderAction::Kind::Cancel)->isEnabled());

        QSignalSpy finished(page.get(), &OrdersPage::actionFinished);
        OrderAction note;
        note.kind = OrderAction::Kind::AddNote;
        note.orderId = id;
        note.text = QStringLiteral("customer called about delivery");
        page->runAction(note);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().first().toBool());
        // The same request again (a retry after a lost connection): applied once.
        page->runAction(note);
        QVERIFY(finished.wait(10000));
        auto db = ownerConnection();
        const std::string rid = note.requestId.toString(QUuid::WithoutBraces).toStdString();
        QCOMPARE(
            scalar(*db, "SELECT count(*) FROM shop.order_notes WHERE request_id = '" + rid + "'"),
            1);
        QCOMPARE(scalar(*db,
                     "SELECT count(*) FROM qm.audit_log WHERE request_id = '" + rid
                         + "' AND action = 'orders.add_note'"),
            1);

        OrderAction ship;
        ship.kind = OrderAction::Kind::MarkShipped;
        ship.orderId = id;
        ship.text = QStringLiteral("TRACK-123");
        page->runAction(ship);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(waitUntil(
            [&] { return detail->detail().order.status == QLatin1String("shipped"); }, 10000));
        QCOMPARE(
            page->model()->orderAt(page->model()->rowOf(id))->status, QStringLiteral("shipped"));
        QVERIFY(!detail->button(OrderAction::Kind::Cancel)->isEnabled()); // shipped: too late
        QVERIFY(detail->button(OrderAction::Kind::Refund)->isEnabled());

        OrderAction refund;
        refund.kind = OrderAction::Kind::Refund;
        refund.orderId = id;
        refund.text = QStringLiteral("damaged in transit");
        refund.restock = false;
        page->runAction(refund);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().first().toBool());
        QVERIFY(waitUntil(
            [&] { return detail->detail().order.status == QLatin1String("refunded"); }, 10000));
        QCOMPARE(detail->detail().order.paymentStatus, QStringLiteral("refunded"));
        // A refused action (refund twice): the database's message, nothing applied.
        OrderAction again = refund;
        again.requestId = QUuid::createUuid();
        page->runAction(again);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().first().toBool());
        QVERIFY(!finished.last().at(1).toString().isEmpty());
        QCOMPARE(scalar(*db, "SELECT count(*) FROM console.reconcile_report WHERE NOT ok"), 0);
    }

    void permissionsAreMirrored()
    {
        auto merch = openSession(QStringLiteral("merch"));
        QVERIFY(merch);
        QVERIFY(!merch->can(OrderAction::capability()));
        OrdersPage page;
        page.setSession(merch.get());
        page.show();
        QVERIFY(waitUntil([&] { return page.model()->rowCount() > 0; }, 20000));
        QSignalSpy loaded(&page, &OrdersPage::detailLoaded);
        page.selectOrder(page.model()->orderAt(0)->id);
        QVERIFY(loaded.wait(10000));
        for (auto kind : {OrderAction::Kind::Cancel, OrderAction::Kind::Refund,
                 OrderAction::Kind::MarkShipped, OrderAction::Kind::AddNote})
            QVERIFY(!page.detailView()->button(kind)->isVisible());
    }

    void flowStripReads()
    {
        auto page = openPage();
        QVERIFY(page);
        QSignalSpy updated(page.get(), &OrdersPage::flowUpdated);
        page->refreshFlow();
        QVERIFY(updated.wait(10000));
        QVERIFY(!page->flowStrip()->headline().isEmpty());
    }

    void flowHealth_data()
    {
        QTest::addColumn<qint64>("lastMinute");
        QTest::addColumn<qint64>("usual");
        QTest::addColumn<qint64>("payments");
        QTest::addColumn<qint64>("failures");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("headline");
        using L = OrderFlowHealth::Level;
        QTest::newRow("normal") << qint64(40) << qint64(40) << qint64(100) << qint64(5)
                                << int(L::Ok) << QStringLiteral("normal");
        QTest::newRow("quiet store, nothing to judge")
            << qint64(0) << qint64(1) << qint64(0) << qint64(0) << int(L::Ok)
            << QStringLiteral("normal");
        QTest::newRow("checkout broken") << qint64(2) << qint64(40) << qint64(100) << qint64(5)
                                         << int(L::Alert) << QStringLiteral("broken");
        QTest::newRow("slow") << qint64(20) << qint64(40) << qint64(100) << qint64(5)
                              << int(L::Warning) << QStringLiteral("slow");
        QTest::newRow("payments failing") << qint64(40) << qint64(40) << qint64(100) << qint64(60)
                                          << int(L::Alert) << QStringLiteral("failing");
        QTest::newRow("few payments: no rate") << qint64(40) << qint64(40) << qint64(4) << qint64(4)
                                               << int(L::Ok) << QStringLiteral("normal");
    }
    void flowHealth()
    {
        QFETCH(qint64, lastMinute);
        QFETCH(qint64, usual);
        QFETCH(qint64, payments);
        QFETCH(qint64, failures);
        QFETCH(int, level);
        QFETCH(QString, headline);
        OrderFlowSample s;
        s.ordersLastMinute = lastMinute;
        s.perMinute = QVector<qint64>(60, usual);
        s.payments = payments;
        s.paymentFailures = failures;
        const OrderFlowHealth h = OrderFlowHealth::assess(s);
        QCOMPARE(int(h.level), level);
        QVERIFY2(h.headline.contains(headline, Qt::CaseInsensitive), qPrintable(h.headline));
        QCOMPARE(h.expectedPerMinute, double(usual));
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orderspage.moc"
