// The backend seam against the sandbox: with a Vendure backend every read of CatalogService,
// StockService, OrdersService and the orders feed names the `qm_vendure` schema, with the
// reference backend `console`, and a Vendure backend's writes are refused with the backend's
// reason, nothing written.
//
// The fixture is a schema qm_vendure in the sandbox's own database, made by the owner and
// dropped at the end: its views show only the rows of the console's with an even id (its
// functions answer with a marker), so a read that names the wrong schema shows in its answer.
// It has no price_history, as Vendure has none: a product read that asked for it would fail.
#include "backends/writes.h"
#include "catalog/catalogservice.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "inventory/stockservice.h"
#include "orders/orderfeed.h"
#include "orders/ordersservice.h"
#include "sqlcheck.h"
#include "testenv.h"
#include "tst_backendschema_fixture.h"
#include "tst_orderfeed_support.h"

#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;
using namespace backendfixture;

namespace {

template <typename T> T wait(QFuture<Result<T>> f, Result<T> *out = nullptr)
{
    Result<T> r = db::waitBlocking(std::move(f), "test");
    if (out)
        *out = r;
    if (!r.ok())
        qWarning().noquote() << "call failed:" << r.error().toString();
    return r.ok() ? r.value() : T {};
}

} // namespace

class TestBackendSchema : public QObject
{
    Q_OBJECT
    std::unique_ptr<db::Pool> m_owner;
    std::unique_ptr<db::Cluster> m_cluster;
    const Backend m_vendure {BackendKind::Vendure};
    const Backend m_reference {BackendKind::Reference};

    template <typename T>
    T owner(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::scalar<T>(*m_owner, sql, params);
    }

    bool ownerExec(const std::string &sql)
    {
        auto r = db::waitBlocking(
            m_owner->run<bool>(QStringLiteral("fixture"), [sql](db::Pool::Connection &c) {
                pqxx::work tx(c);
                tx.exec(sql);
                tx.commit();
                return true;
            }));
        if (!r.ok())
            qWarning().noquote() << r.error().toString();
        return r.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_owner = std::make_unique<db::Pool>(qmtest::primaryParams(), 1);
        QVERIFY(ownerExec(kFixture));
        db::ClusterConfig c;
        c.nodes = {qmtest::primaryParams(QStringLiteral("manager"))};
        m_cluster = std::make_unique<db::Cluster>(c);
        QVERIFY(db::waitBlocking(m_cluster->start()).ok());
        // Rows on both sides of the fixture's filter.
        auto conn = orderstest::ownerConnection();
        orderstest::insertOrders(*conn, 2);
        QVERIFY(owner<long long>("SELECT count(*) FROM console.orders WHERE id % 2 = 1") > 0);
        QVERIFY(owner<long long>("SELECT count(*) FROM console.orders WHERE id % 2 = 0") > 0);
    }

    void cleanupTestCase()
    {
        m_cluster.reset();
        if (m_owner)
            QVERIFY(ownerExec(kDrop));
    }

    void catalogReadsTheBackendsViews()
    {
        catalog::CatalogService vendure(m_cluster.get(), m_vendure);
        catalog::CatalogService reference(m_cluster.get(), m_reference);
        const catalog::CatalogQuery all;
        const auto page = wait(vendure.fetchPage(all, catalog::CatalogQuery::Seek::First, {}, 300));
        QVERIFY(!page.rows.isEmpty());
        for (const catalog::ProductRow &p : page.rows)
            QVERIFY2(p.id % 2 == 0, qPrintable(QStringLiteral("odd product %1").arg(p.id)));
        const auto refPage
            = wait(reference.fetchPage(all, catalog::CatalogQuery::Seek::First, {}, 300));
        QVERIFY(std::any_of(refPage.rows.begin(), refPage.rows.end(),
            [](const catalog::ProductRow &p) { return p.id % 2 == 1; }));

        // The planner's estimate comes from the backend's products_estimate().
        QCOMPARE(wait(vendure.count(all, 10)).rows, qint64(kEstimateMarker));
        QVERIFY(wait(reference.count(all, 10)).rows != qint64(kEstimateMarker));
        // A filtered exact count counts the backend's rows.
        catalog::CatalogQuery filtered;
        filtered.filter.priceMin = QStringLiteral("0");
        const auto counted = wait(vendure.count(filtered, 1000000));
        QVERIFY(counted.exact);
        QCOMPARE(counted.rows,
            qint64(owner<long long>(
                "SELECT count(*) FROM console.products WHERE price >= 0 AND id % 2 = 0")));

        // Anchors, exact and sampled, are keys of the backend's rows.
        const auto exact = wait(vendure.anchors(all, counted.rows, 50));
        QVERIFY(exact.exact && !exact.keys.isEmpty());
        const auto sampled = wait(vendure.anchors(all, counted.rows, 50, 10, 2000));
        QVERIFY(!sampled.exact && !sampled.keys.isEmpty());
        for (const auto &anchors : {exact, sampled}) {
            for (const catalog::RowKey &k : anchors.keys)
                QVERIFY2(k.id % 2 == 0, qPrintable(QStringLiteral("odd anchor %1").arg(k.id)));
        }

        // One product: read from the backend's view, without the price history Vendure has not.
        const qint64 even = page.rows.first().id;
        const qint64 odd
            = owner<long long>("SELECT min(id) FROM console.products WHERE id % 2 = 1");
        Result<catalog::ProductDetail> detail = Error {};
        wait(vendure.product(even), &detail);
        QVERIFY(detail.ok());
        QCOMPARE(detail->row.id, even);
        QVERIFY(detail->priceHistory.isEmpty());
        wait(vendure.product(odd), &detail);
        QVERIFY(!detail.ok());
        QCOMPARE(detail.error().code, Error::Code::NotFound);
        wait(reference.product(odd), &detail);
        QVERIFY(detail.ok());

        for (const catalog::Category &c : wait(vendure.categories()))
            QVERIFY2(c.id % 2 == 0, qPrintable(c.name));
        QVERIFY(wait(vendure.capabilities()).contains(QLatin1String(kCapabilityMarker)));
        QVERIFY(!wait(reference.capabilities()).contains(QLatin1String(kCapabilityMarker)));
    }

    void stockReadsTheBackendsViews()
    {
        inventory::StockService vendure(m_cluster.get(), m_vendure);
        inventory::StockService reference(m_cluster.get(), m_reference);
        const auto levels = wait(vendure.levels({}, {}, 500));
        QVERIFY(!levels.isEmpty());
        for (const inventory::StockLevel &l : levels)
            QVERIFY2(l.productId % 2 == 0, qPrintable(l.sku));
        const auto refLevels = wait(reference.levels({}, {}, 500));
        QVERIFY(std::any_of(refLevels.begin(), refLevels.end(),
            [](const inventory::StockLevel &l) { return l.productId % 2 == 1; }));

        const qint64 oddWithLedger = owner<long long>(
            "SELECT min(product_id) FROM console.stock_ledger WHERE product_id % 2 = 1");
        QVERIFY(oddWithLedger > 0);
        QVERIFY(wait(vendure.ledger(oddWithLedger)).isEmpty());
        QVERIFY(!wait(reference.ledger(oddWithLedger)).isEmpty());
        QTemporaryDir dir;
        QCOMPARE(wait(vendure.exportLedger(oddWithLedger, dir.filePath(QStringLiteral("v.csv")))),
            qint64(0));

        for (const inventory::Reservation &r :
            wait(vendure.reservations(inventory::ReservationFilter::All)))
            QVERIFY(r.productId % 2 == 0);
        for (const inventory::StockLevel &l : wait(vendure.lowStock()))
            QVERIFY(l.productId % 2 == 0);
        QCOMPARE(wait(vendure.reconcile()).rowsChecked,
            qint64(owner<long long>(
                "SELECT count(*) FROM console.stock_levels WHERE product_id % 2 = 0")));
        QCOMPARE(wait(vendure.manualReasons()).size() + 1, wait(reference.manualReasons()).size());
        for (const inventory::Warehouse &w : wait(vendure.warehouses()))
            QVERIFY(w.id % 2 == 0);
        QVERIFY(wait(vendure.capabilities()).contains(QLatin1String(kCapabilityMarker)));
    }

    void ordersReadTheBackendsViews()
    {
        orders::OrdersService vendure(db::unowned(m_cluster.get()), m_vendure);
        orders::OrdersService reference(db::unowned(m_cluster.get()), m_reference);
        const auto rows = wait(vendure.page({}, {}, 200));
        QVERIFY(!rows.isEmpty());
        for (const orders::OrderRow &o : rows)
            QVERIFY2(o.id % 2 == 0, qPrintable(QString::number(o.id)));
        const auto refRows = wait(reference.page({}, {}, 200));
        QVERIFY(std::any_of(refRows.begin(), refRows.end(),
            [](const orders::OrderRow &o) { return o.id % 2 == 1; }));

        const qint64 odd = owner<long long>("SELECT max(id) FROM console.orders WHERE id % 2 = 1");
        Result<orders::OrderDetail> detail = Error {};
        wait(vendure.detail(odd), &detail);
        QCOMPARE(detail.ok() ? Error::Code::Unknown : detail.error().code, Error::Code::NotFound);
        wait(reference.detail(odd), &detail);
        QVERIFY(detail.ok());
        wait(vendure.detail(rows.first().id), &detail);
        QVERIFY(detail.ok());

        QCOMPARE(wait(vendure.flow(30)).oversellRisk, qint64(kOversellMarker));
        QVERIFY(wait(reference.flow(30)).oversellRisk >= 0);
        QVERIFY(wait(vendure.capabilities()).contains(QLatin1String(kCapabilityMarker)));
    }

    void feedReadsTheBackendsChanges()
    {
        auto feedFor = [](BackendKind kind) {
            orders::OrderFeedOptions o;
            o.params = qmtest::primaryParams(QStringLiteral("manager"));
            o.backend = kind;
            o.coalesceMs = 20;
            o.initialRecent = 20;
            return std::make_unique<orders::OrderFeed>(o);
        };
        auto vendure = feedFor(BackendKind::Vendure);
        auto reference = feedFor(BackendKind::Reference);
        QSet<qint64> seenVendure;
        QSet<qint64> seenReference;
        connect(vendure.get(), &orders::OrderFeed::rowsArrived, this,
            [&](const orders::OrderRows &rows) {
                for (const orders::OrderRow &r : rows)
                    seenVendure.insert(r.id);
            });
        connect(reference.get(), &orders::OrderFeed::rowsArrived, this,
            [&](const orders::OrderRows &rows) {
                for (const orders::OrderRow &r : rows)
                    seenReference.insert(r.id);
            });
        QVERIFY(!orderstest::startLive(*vendure).isEmpty());
        QVERIFY(!orderstest::startLive(*reference).isEmpty());
        // Two new orders: consecutive ids, one odd, one even.
        auto conn = orderstest::ownerConnection();
        const QVector<qint64> ids = orderstest::insertOrders(*conn, 2);
        QCOMPARE(ids.size(), 2);
        const qint64 even = ids[0] % 2 == 0 ? ids[0] : ids[1];
        const qint64 odd = ids[0] % 2 == 0 ? ids[1] : ids[0];
        QVERIFY(orderstest::waitUntil(
            [&] { return seenReference.contains(even) && seenReference.contains(odd); }, 30000));
        QVERIFY(orderstest::waitUntil([&] { return seenVendure.contains(even); }, 30000));
        QVERIFY2(!seenVendure.contains(odd), "the Vendure feed read console.orders_changes");
        for (qint64 id : std::as_const(seenVendure))
            QVERIFY2(id % 2 == 0, qPrintable(QString::number(id)));
        vendure->stop();
        reference->stop();
    }

    // What a backend cannot do is refused with its reason before anything is written.
    void vendureWritesAreRefusedWithTheReason()
    {
        // The writer the console gives a Vendure StockService (backends::stockWrites).
        const auto shared = db::unowned(m_cluster.get());
        inventory::StockService stock(
            shared, m_vendure, backends::stockWrites(m_vendure, shared, nullptr));
        const auto level = wait(stock.levels({}, {}, 1)).value(0);
        QVERIFY(level.productId > 0);
        const long long before = owner<long long>(
            "SELECT on_hand FROM shop.stock_levels WHERE product_id = $1 AND warehouse_id = $2",
            {std::to_string(level.productId), std::to_string(level.warehouseId)});
        Result<inventory::StockChange> change = Error {};
        wait(stock.count(QUuid::createUuid(), level.productId, level.warehouseId, before,
                 before + 5, QStringLiteral("seam test")),
            &change);
        QVERIFY(!change.ok());
        QVERIFY2(
            change.error().message.startsWith(m_vendure.unsupported(BackendAction::StockCount)),
            qPrintable(change.error().message));
        QCOMPARE(owner<long long>("SELECT on_hand FROM shop.stock_levels WHERE product_id = $1 AND "
                                  "warehouse_id = $2",
                     {std::to_string(level.productId), std::to_string(level.warehouseId)}),
            before);
        // Adjustments and order actions go to Vendure's Admin API (tst_vendurewrites).
        QVERIFY(m_vendure.supports(BackendAction::StockAdjust));
        QVERIFY(m_vendure.supports(BackendAction::OrderNote));
    }
};

QTEST_GUILESS_MAIN(TestBackendSchema)
#include "tst_backendschema.moc"
