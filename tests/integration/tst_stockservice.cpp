// The Stock workspace's service against the sandbox: deltas with reasons, counts refused when
// the value moved, the ledger (paged and exported), reservations released, low stock, the
// reconcile check and its audited repair, and roles refused with a readable error.
#include "db/blocking.h"
#include "db/cluster.h"
#include "inventory/stockservice.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm::inventory;

class TestStockService : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Pool> m_owner;
    std::unique_ptr<qm::db::Cluster> m_manager;
    std::unique_ptr<qm::db::Cluster> m_merch;
    std::unique_ptr<StockService> m_stock;
    qint64 m_item = 0;

    template <typename T>
    T owner(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::scalar<T>(*m_owner, sql, params);
    }

    static std::unique_ptr<qm::db::Cluster> primaryCluster(const QString &user)
    {
        qm::db::ClusterConfig c;
        c.nodes = {qmtest::primaryParams(user)};
        auto cluster = std::make_unique<qm::db::Cluster>(c);
        return qm::db::waitBlocking(cluster->start()).ok() ? std::move(cluster) : nullptr;
    }

    qint64 onHand()
    {
        return owner<long long>("SELECT on_hand FROM shop.stock_levels WHERE product_id = $1 "
                                "AND warehouse_id = 2",
            {std::to_string(m_item)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_owner = std::make_unique<qm::db::Pool>(qmtest::primaryParams(), 1);
        m_manager = primaryCluster(QStringLiteral("manager"));
        m_merch = primaryCluster(QStringLiteral("merch"));
        QVERIFY(m_manager && m_merch);
        m_stock = std::make_unique<StockService>(m_manager.get());
        m_item = owner<long long>("INSERT INTO shop.products (sku, name, price, status) VALUES "
                                  "('STOCK-T1', 'Stock test item', 5, 'active') ON CONFLICT (sku) "
                                  "DO UPDATE SET status = 'active' RETURNING id");
        QVERIFY(m_item > 0);
        QVERIFY(qm::db::waitBlocking(m_stock->adjust(QUuid::createUuid(), m_item, 2, 50,
                                         QStringLiteral("received"), QStringLiteral("setup")))
                    .ok());
    }

    void adjustByDeltaWithReason()
    {
        const qint64 before = onHand();
        const auto r = qm::db::waitBlocking(m_stock->adjust(QUuid::createUuid(), m_item, 2, -3,
            QStringLiteral("damaged"), QStringLiteral("dropped a box")));
        QVERIFY(r.ok());
        QCOMPARE(r->onHand, before - 3);
        QCOMPARE(r->delta, -3);
        const auto noReason = qm::db::waitBlocking(
            m_stock->adjust(QUuid::createUuid(), m_item, 2, 1, QString(), QStringLiteral("x")));
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, qm::Error::Code::InvalidInput);
        QVERIFY(noReason.error().message.contains(QLatin1String("reason")));
        const auto wrongSign = qm::db::waitBlocking(m_stock->adjust(
            QUuid::createUuid(), m_item, 2, 5, QStringLiteral("damaged"), QStringLiteral("x")));
        QCOMPARE(wrongSign.error().code, qm::Error::Code::InvalidInput);
        const auto tooMuch = qm::db::waitBlocking(m_stock->adjust(QUuid::createUuid(), m_item, 2,
            -100000, QStringLiteral("shrinkage"), QStringLiteral("x")));
        QCOMPARE(tooMuch.error().code, qm::Error::Code::Constraint);
        QVERIFY2(tooMuch.error().message.contains(QLatin1String("available")),
            qPrintable(tooMuch.error().message));
        QCOMPARE(onHand(), before - 3);
        // The same request again is applied once.
        const QUuid request = QUuid::createUuid();
        QVERIFY(qm::db::waitBlocking(
            m_stock->adjust(request, m_item, 2, 2, QStringLiteral("return"), QStringLiteral("x")))
                    .ok());
        QVERIFY(qm::db::waitBlocking(
            m_stock->adjust(request, m_item, 2, 2, QStringLiteral("return"), QStringLiteral("x")))
                    .ok());
        QCOMPARE(onHand(), before - 1);
    }

    void countIsRefusedWhenTheValueMoved()
    {
        const qint64 seen = onHand();
        QVERIFY(qm::db::waitBlocking(m_stock->adjust(QUuid::createUuid(), m_item, 2, 1,
                                         QStringLiteral("received"), QStringLiteral("meanwhile")))
                    .ok());
        const auto stale = qm::db::waitBlocking(
            m_stock->count(QUuid::createUuid(), m_item, 2, seen, 40, QStringLiteral("count")));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, qm::Error::Code::Conflict);
        QCOMPARE(onHand(), seen + 1);
        const auto fresh = qm::db::waitBlocking(
            m_stock->count(QUuid::createUuid(), m_item, 2, seen + 1, 40, QStringLiteral("count")));
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->onHand, qint64(40));
        QCOMPARE(fresh->delta, int(40 - (seen + 1)));
    }

    void ledgerPagesAndExports()
    {
        const auto all = qm::db::waitBlocking(m_stock->ledger(m_item, 0, 0, 1000));
        QVERIFY(all.ok());
        qint64 sum = 0;
        for (const Movement &m : all.value())
            sum += m.warehouseId == 2 ? m.delta : 0;
        QCOMPARE(sum, onHand());
        QCOMPARE(all->first().reason, QStringLiteral("count")); // newest first
        const auto page1 = qm::db::waitBlocking(m_stock->ledger(m_item, 2, 0, 2));
        const auto page2 = qm::db::waitBlocking(m_stock->ledger(m_item, 2, page1->last().id, 2));
        QCOMPARE(page2->first().id, all->at(2).id);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        const auto exported = qm::db::waitBlocking(m_stock->exportLedger(m_item, path));
        QVERIFY(exported.ok());
        QCOMPARE(exported.value(), qint64(all->size()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("id,at,sku,warehouse,delta,reason,note"));
    }

    void stuckReservationsAreReleased()
    {
        qm::db::Pool shop(qmtest::primaryParams(QStringLiteral("storefront")), 1);
        const qint64 item = m_item;
        const auto held = qm::db::waitBlocking(
            shop.run<qint64>(QStringLiteral("reserve"), [item](qm::db::Pool::Connection &c) {
                pqxx::work tx(c);
                const auto r = tx.exec_params1(
                    "SELECT storefront.reserve($1::uuid, 'stock-test-cart', $2, 2, 3, "
                    "'1 second')",
                    QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(), item);
                tx.commit();
                return qint64(r[0].as<long long>());
            }));
        QVERIFY(held.ok());
        const qint64 reservedBefore = owner<long long>(
            "SELECT reserved FROM shop.stock_levels WHERE product_id = $1 AND warehouse_id = 2",
            {std::to_string(m_item)});
        QTest::qWait(1500);
        const auto stuck
            = qm::db::waitBlocking(m_stock->reservations(ReservationFilter::Stuck, m_item));
        QVERIFY(stuck.ok());
        bool found = false;
        for (const Reservation &r : stuck.value())
            found = found || r.id == held.value();
        QVERIFY(found);
        QVERIFY(qm::db::waitBlocking(m_stock->releaseReservation(QUuid::createUuid(), held.value(),
                                         QStringLiteral("stuck cart")))
                    .ok());
        QCOMPARE(qint64(owner<long long>("SELECT reserved FROM shop.stock_levels WHERE product_id "
                                         "= $1 AND warehouse_id = 2",
                     {std::to_string(m_item)})),
            reservedBefore - 3);
        const auto again = qm::db::waitBlocking(m_stock->releaseReservation(
            QUuid::createUuid(), held.value(), QStringLiteral("twice")));
        QCOMPARE(again.error().code, qm::Error::Code::Conflict);
        QVERIFY(qm::db::waitBlocking(m_stock->releaseExpired(QUuid::createUuid())).ok());
    }

    void lowStockAndReconcileRepair()
    {
        const qint64 seen = onHand();
        QVERIFY(qm::db::waitBlocking(
            m_stock->count(QUuid::createUuid(), m_item, 2, seen, 1, QStringLiteral("almost gone")))
                    .ok());
        const auto low = qm::db::waitBlocking(m_stock->lowStock(100000));
        QVERIFY(low.ok());
        bool listed = false;
        for (const StockLevel &l : low.value())
            listed = listed || (l.productId == m_item && l.warehouseId == 2);
        QVERIFY(listed);

        // Drift made behind the ledger's back (as the owner).
        owner<long long>("UPDATE shop.stock_levels SET on_hand = on_hand + 7 WHERE product_id = $1 "
                         "AND warehouse_id = 2 RETURNING 0",
            {std::to_string(m_item)});
        const auto report = qm::db::waitBlocking(m_stock->reconcile());
        QVERIFY(report.ok());
        bool drifted = false;
        for (const Drift &d : report->drifted)
            drifted = drifted || (d.productId == m_item && d.onHand - d.ledgerSum == 7);
        QVERIFY(drifted);
        const QUuid request = QUuid::createUuid();
        const auto fixed = qm::db::waitBlocking(m_stock->repairDrift(request));
        QVERIFY(fixed.ok());
        QVERIFY(fixed.value() >= 1);
        QVERIFY(owner<bool>("SELECT ok FROM console.reconcile_report WHERE product_id = $1 AND "
                            "warehouse_id = 2",
            {std::to_string(m_item)}));
        QCOMPARE(owner<long long>("SELECT count(*) FROM qm.audit_log WHERE request_id = $1 AND "
                                  "action = 'stock.reconcile_repair'",
                     {request.toString(QUuid::WithoutBraces).toStdString()}),
            1LL);
    }

    void rolesAreEnforcedAndReadable()
    {
        StockService asMerch(m_merch.get());
        const auto r = qm::db::waitBlocking(asMerch.adjust(QUuid::createUuid(), m_item, 2, 1,
            QStringLiteral("received"), QStringLiteral("not allowed")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, qm::Error::Code::PermissionDenied);
        QVERIFY2(r.error().message.contains(QLatin1String("merch")), qPrintable(r.error().message));
        const QStringList merchCaps = qm::db::waitBlocking(asMerch.capabilities()).value();
        QVERIFY(!merchCaps.contains(QLatin1String("stock.adjust")));
        const QStringList managerCaps = qm::db::waitBlocking(m_stock->capabilities()).value();
        QVERIFY(managerCaps.contains(QLatin1String("stock.adjust")));
        QVERIFY(managerCaps.contains(QLatin1String("stock.reconcile")));
        QVERIFY(!managerCaps.contains(QLatin1String("catalog.edit")));
        const auto reasons = qm::db::waitBlocking(m_stock->manualReasons());
        QVERIFY(reasons.ok() && reasons->size() >= 8);
        const auto warehouses = qm::db::waitBlocking(m_stock->warehouses());
        QVERIFY(warehouses.ok() && warehouses->size() >= 2);
        StockFilter f;
        f.skuPrefix = QStringLiteral("STOCK-T");
        const auto levels = qm::db::waitBlocking(m_stock->levels(f, {}));
        QVERIFY(levels.ok() && !levels->isEmpty());
        QCOMPARE(levels->first().sku, QStringLiteral("STOCK-T1"));
    }
};

QTEST_GUILESS_MAIN(TestStockService)
#include "tst_stockservice.moc"
