// 8 threads x 1,000 stock adjustments through console.adjust_stock (as the store manager) racing
// with shoppers reserving and checking out through the shop's own functions. At the end, for
// every item: on hand equals the client's own accounting (start + applied deltas - sold) and the
// ledger sum, reserved equals the live holds, and nothing was ever negative or oversold.
#include "db/blocking.h"
#include "db/cluster.h"
#include "inventory/stockservice.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QtTest>
#include <atomic>
#include <mutex>
#include <pqxx/pqxx>
#include <random>
#include <thread>

using namespace qm::inventory;

namespace {
constexpr int kItems = 4;
constexpr int kWarehouse = 1;
constexpr int kAdjusters = 8;
constexpr int kAdjustmentsEach = 1000;
constexpr int kShoppers = 4;
} // namespace

class TestStockRace : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Pool> m_owner;

    template <typename T>
    T owner(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::scalar<T>(*m_owner, sql, params);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_owner = std::make_unique<qm::db::Pool>(qmtest::primaryParams(), 2);
        owner<long long>("INSERT INTO shop.products (sku, name, price, status) SELECT "
                         "'RACE-' || i, 'Race item ' || i, 10, 'active' "
                         "FROM generate_series(1, 4) i ON CONFLICT (sku) DO UPDATE SET "
                         "status = 'active' RETURNING 0");
    }

    void adjustmentsRaceCheckouts()
    {
        qm::db::ClusterConfig managerConfig = qmtest::clusterConfig(QStringLiteral("manager"));
        managerConfig.nodes = {managerConfig.nodes.first()};
        managerConfig.workersPerNode = kAdjusters;
        qm::db::Cluster manager(managerConfig);
        QVERIFY(qm::db::waitBlocking(manager.start()).ok());
        StockService stock(&manager);
        qm::db::Pool shop(qmtest::primaryParams(QStringLiteral("storefront")), kShoppers);

        // Items and their starting stock (received through the console, so it is in the ledger).
        qint64 ids[kItems];
        qint64 start[kItems];
        for (int i = 0; i < kItems; ++i) {
            ids[i] = owner<long long>(
                "SELECT id FROM shop.products WHERE sku = $1", {"RACE-" + std::to_string(i + 1)});
            QVERIFY(ids[i] > 0);
            const auto r = qm::db::waitBlocking(stock.adjust(QUuid::createUuid(), ids[i],
                kWarehouse, 200, QStringLiteral("received"), QStringLiteral("race test stock")));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            start[i] = r->onHand;
        }

        std::atomic<qint64> applied[kItems] = {};
        std::atomic<qint64> sold[kItems] = {};
        std::atomic<int> refused {0}, checkouts {0}, reserveRefused {0};
        // Every error that was not the expected refusal: counted, the first ones kept to say what
        // went wrong.
        std::atomic<int> failed {0};
        std::mutex unexpectedLock;
        QStringList unexpected;
        auto noteUnexpected = [&](const QString &who, const qm::Error &e) {
            ++failed;
            const std::lock_guard<std::mutex> lock(unexpectedLock);
            if (unexpected.size() < 5)
                unexpected << who + QStringLiteral(": ") + e.sqlState + u' ' + e.toString();
        };
        std::atomic<bool> adjusting {true};
        std::atomic<int> violations {0};

        std::vector<std::thread> threads;
        for (int t = 0; t < kAdjusters; ++t) {
            threads.emplace_back([&, t] {
                std::mt19937 rng(1234 + t);
                for (int n = 0; n < kAdjustmentsEach; ++n) {
                    const int item = int(rng() % kItems);
                    int delta = 1 + int(rng() % 5);
                    const bool out = rng() % 2;
                    if (out)
                        delta = -delta;
                    const auto r = qm::db::waitBlocking(
                        stock.adjust(QUuid::createUuid(), ids[item], kWarehouse, delta,
                            out ? QStringLiteral("damaged") : QStringLiteral("received"),
                            QStringLiteral("race %1/%2").arg(t).arg(n)));
                    if (r.ok()) {
                        applied[item] += delta;
                    } else if (r.error().code == qm::Error::Code::Constraint
                        && r.error().sqlState == QLatin1String("QM422")) {
                        ++refused; // not enough available: refused, nothing written
                    } else {
                        noteUnexpected(QStringLiteral("adjust"), r.error());
                    }
                }
            });
        }
        for (int s = 0; s < kShoppers; ++s) {
            threads.emplace_back([&, s] {
                std::mt19937 rng(99 + s);
                int n = 0;
                while (adjusting) {
                    const int item = int(rng() % kItems);
                    const int qty = 1 + int(rng() % 3);
                    const std::string cart
                        = "race-" + std::to_string(s) + "-" + std::to_string(n++);
                    const qint64 id = ids[item];
                    auto r = qm::db::waitBlocking(
                        shop.run<int>(QStringLiteral("shop"), [=](qm::db::Pool::Connection &c) {
                            pqxx::work tx(c);
                            tx.exec_params("SELECT storefront.reserve($1::uuid, $2, $3, $4, $5, "
                                           "'5 minutes')",
                                QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(),
                                cart, id, kWarehouse, qty);
                            tx.commit();
                            pqxx::work tx2(c);
                            tx2.exec_params("SELECT storefront.checkout($1::uuid, $2, NULL)",
                                QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(),
                                cart);
                            tx2.commit();
                            return qty;
                        }));
                    if (r.ok()) {
                        sold[item] += r.value();
                        ++checkouts;
                    } else if (r.error().sqlState == QLatin1String("QM422")) {
                        ++reserveRefused; // nothing available to reserve
                    } else {
                        noteUnexpected(QStringLiteral("reserve/checkout"), r.error());
                    }
                }
            });
        }
        // Invariant watcher: nothing negative, never more reserved than on hand.
        std::thread watcher([&] {
            while (adjusting) {
                violations += int(owner<long long>(
                    "SELECT count(*) FROM shop.stock_levels WHERE on_hand < 0 OR reserved < 0 OR "
                    "reserved > on_hand"));
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
        for (int t = 0; t < kAdjusters; ++t)
            threads[size_t(t)].join();
        adjusting = false;
        for (size_t t = kAdjusters; t < threads.size(); ++t)
            threads[t].join();
        watcher.join();

        qInfo() << "refused adjustments" << refused << "checkouts" << checkouts
                << "reservations refused" << reserveRefused;
        QVERIFY2(failed == 0,
            qPrintable(QStringLiteral("%1 unexpected error(s), first:\n").arg(failed.load())
                + unexpected.join(u'\n')));
        QCOMPARE(violations.load(), 0);
        QVERIFY(checkouts > 0);
        for (int i = 0; i < kItems; ++i) {
            const std::string id = std::to_string(ids[i]);
            const qint64 onHand = owner<long long>(
                "SELECT on_hand FROM shop.stock_levels WHERE product_id = $1 AND warehouse_id = 1",
                {id});
            QCOMPARE(onHand, start[i] + applied[i] - sold[i]); // our own accounting
            QCOMPARE(onHand,
                qint64(owner<long long>("SELECT sum(delta) FROM shop.stock_movements "
                                        "WHERE product_id = $1 AND warehouse_id = 1",
                    {id})));
            QVERIFY(onHand >= 0);
            QVERIFY(owner<bool>("SELECT ok FROM console.reconcile_report WHERE product_id = $1 "
                                "AND warehouse_id = 1",
                {id}));
            QVERIFY(owner<bool>("SELECT on_hand - reserved >= 0 FROM shop.stock_levels WHERE "
                                "product_id = $1 AND warehouse_id = 1",
                {id}));
        }
    }
};

QTEST_GUILESS_MAIN(TestStockRace)
#include "tst_stockrace.moc"
