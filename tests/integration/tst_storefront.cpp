// The storefront simulator against the sandbox: it never oversells (the database refuses), places
// and pays an order in one transaction, a simulator stopped or killed mid-run leaves stock
// consistent (on hand = ledger sum, reserved = held reservations), a primary restart mid-run is
// survived with request-id retries, and browsing fills the Redis cache with tagged entries.
#include "redis/client.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QtTest>
#include <csignal>
#include <optional>

using namespace orderstest;

class TestStorefront : public QObject
{
    Q_OBJECT

private:
    static qint64 drifted(pqxx::connection &db)
    {
        return scalar(db, "SELECT count(*) FROM console.reconcile_report WHERE NOT ok");
    }
    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *a : list)
            out << QString::fromLatin1(a);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY2(QFileInfo::exists(storefrontBinary()), qPrintable(storefrontBinary()));
        auto db = ownerConnection();
        QCOMPARE(drifted(*db), 0);
    }

    void reportsAndStopsOnTime()
    {
        Simulator sim;
        QElapsedTimer t;
        t.start();
        QVERIFY(sim.start(args({"--rate", "20", "--duration", "3"})));
        QVERIFY(sim.wait(30000));
        QCOMPARE(sim.exitCode(), 0);
        const QJsonObject s = sim.summary();
        qInfo() << s;
        QCOMPARE(s.value(QStringLiteral("event")).toString(), QStringLiteral("summary"));
        QVERIFY(s.value(QStringLiteral("orders")).toInt() > 10);
        QVERIFY(s.value(QStringLiteral("orders_per_s")).toDouble() <= 25);
        QCOMPARE(s.value(QStringLiteral("errors")).toInt(), 0);
        QVERIFY(t.elapsed() < 20000);
    }

    void neverOversells()
    {
        auto db = ownerConnection();
        // Ten stock rows with 3 units available each.
        std::vector<std::pair<qint64, int>> rows;
        {
            pqxx::nontransaction tx(*db);
            const pqxx::result r = tx.exec(
                "SELECT a.product_id, a.warehouse_id FROM storefront.availability a "
                "JOIN storefront.catalog c ON c.id = a.product_id ORDER BY 1, 2 LIMIT 10");
            for (const auto &row : r)
                rows.emplace_back(row[0].as<qint64>(), row[1].as<int>());
            for (const auto &[p, w] : rows) {
                tx.exec_params("SELECT console.stock_count(gen_random_uuid(), $1, $2, s.on_hand, "
                               "s.reserved + 3, 'test: scarce') FROM shop.stock_levels s "
                               "WHERE s.product_id = $1 AND s.warehouse_id = $2",
                    p, w);
            }
        }
        QCOMPARE(int(rows.size()), 10);
        const qint64 before = scalar(*db, "SELECT coalesce(max(id), 0) FROM shop.stock_movements");
        Simulator sim;
        QVERIFY(sim.start(args(
            {"--items", "10", "--rate", "0", "--workers", "6", "--duration", "5", "--restock-every",
                "0", "--reservation-ttl", "2", "--abandon", "0.3", "--fulfil-delay", "1"})));
        QVERIFY(sim.wait(60000));
        const QJsonObject s = sim.summary();
        qInfo() << s;
        QVERIFY2(s.value(QStringLiteral("out_of_stock")).toInt() > 0,
            "the database never refused a reservation: the test did not create scarcity");
        for (const auto &[p, w] : rows) {
            pqxx::nontransaction tx(*db);
            const pqxx::row r = tx.exec_params1(
                "SELECT s.on_hand, s.reserved, "
                "  coalesce(sum(-m.delta) FILTER (WHERE m.reason = 'sale'), 0), "
                "  coalesce(sum(m.delta) FILTER (WHERE m.reason IN ('cancelled', 'refund')), 0) "
                "FROM shop.stock_levels s LEFT JOIN shop.stock_movements m "
                "  ON m.product_id = s.product_id AND m.warehouse_id = s.warehouse_id "
                " AND m.id > $3 "
                "WHERE s.product_id = $1 AND s.warehouse_id = $2 GROUP BY 1, 2",
                p, w, before);
            const int onHand = r[0].as<int>();
            const int reserved = r[1].as<int>();
            const int sold = r[2].as<int>();
            const int returned = r[3].as<int>();
            QVERIFY(onHand >= reserved && reserved >= 0);
            QVERIFY2(sold <= 3 + returned,
                qPrintable(QStringLiteral("product %1/%2: sold %3 of 3 (+%4 returned)")
                               .arg(p)
                               .arg(w)
                               .arg(sold)
                               .arg(returned)));
        }
        QCOMPARE(drifted(*db), 0);
    }

    void reservesACartInOneTransaction()
    {
        // Given carts of up to 3 lines that are all left standing (abandoned, the shopper walks
        // away or releases: walking away leaves the reservations as they were written)
        auto db = ownerConnection();
        const qint64 before = scalar(*db, "SELECT coalesce(max(id), 0) FROM shop.reservations");
        Simulator sim;
        QVERIFY(sim.start(args({"--rate", "0", "--workers", "4", "--duration", "3", "--abandon",
            "1", "--max-lines", "3", "--reservation-ttl", "60", "--fulfil-every", "0"})));
        QVERIFY(sim.wait(30000));
        QCOMPARE(sim.exitCode(), 0);
        // then a cart's lines were reserved by one transaction (one round trip and one commit),
        // not one each: the held rows of a multi-line cart share their writing transaction
        std::optional<pqxx::nontransaction> tx(std::in_place, *db);
        const pqxx::result r = tx->exec_params(
            "SELECT count(*) FILTER (WHERE xids = 1), count(*) FROM ("
            "  SELECT cart_id, count(DISTINCT xmin::text) AS xids FROM shop.reservations"
            "   WHERE id > $1 AND status = 'held' GROUP BY cart_id HAVING count(*) > 1) c",
            before);
        const qint64 oneTransaction = r[0][0].as<qint64>();
        const qint64 multiLine = r[0][1].as<qint64>();
        qInfo() << oneTransaction << "of" << multiLine
                << "held multi-line carts in one transaction";
        QVERIFY2(multiLine > 0, "no multi-line cart was left standing");
        QVERIFY2(oneTransaction > 0,
            qPrintable(QStringLiteral("every one of %1 multi-line carts was reserved line by line")
                           .arg(multiLine)));
        // (give the stock back for the tests after this one)
        tx->exec_params("SELECT storefront.abandon_cart(gen_random_uuid(), cart_id) FROM "
                        "(SELECT DISTINCT cart_id FROM shop.reservations WHERE id > $1 "
                        "AND status = 'held') c",
            before);
        tx.reset();
        QCOMPARE(drifted(*db), 0);
    }

    void advancesDueOrdersTogether()
    {
        // Given orders that become due for fulfilment while the shoppers keep selling
        auto db = ownerConnection();
        const qint64 before = scalar(*db, "SELECT coalesce(max(id), 0) FROM shop.orders");
        Simulator sim;
        QVERIFY(sim.start(args({"--rate", "0", "--workers", "4", "--duration", "5",
            "--fulfil-delay", "1", "--abandon", "0"})));
        QVERIFY(sim.wait(30000));
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(sim.summary().value(QStringLiteral("fulfilment_steps")).toInt() > 1);
        // then the back office moved several of them in one transaction (one round trip)
        const qint64 shared = scalar(*db,
            QStringLiteral("SELECT count(*) FROM (SELECT xmin::text FROM shop.order_events "
                           "WHERE order_id > %1 AND to_status IN ('picking', 'shipped', "
                           "'delivered') GROUP BY 1 HAVING count(*) > 1) t")
                .arg(before)
                .toStdString()
                .c_str());
        QVERIFY2(shared > 0, "every fulfilment step had a transaction of its own");
        QCOMPARE(drifted(*db), 0);
    }

    void placesAndPaysAnOrderInOneTransaction()
    {
        // Given shoppers who check out every cart (cards accepted unless declined)
        auto db = ownerConnection();
        const qint64 before = scalar(*db, "SELECT coalesce(max(id), 0) FROM shop.orders");
        Simulator sim;
        QVERIFY(sim.start(args({"--rate", "0", "--workers", "4", "--duration", "3", "--abandon",
            "0", "--fulfil-every", "0", "--fulfil-delay", "600"}))); // no cancels meanwhile
        QVERIFY(sim.wait(30000));
        QCOMPARE(sim.exitCode(), 0);
        const QJsonObject s = sim.summary();
        QCOMPARE(s.value(QStringLiteral("errors")).toInt(), 0);
        // then each order and its first payment attempt were written by one transaction (one
        // round trip, one commit: storefront.checkout_and_pay), and every order is accounted for
        const pqxx::row r = [&] {
            pqxx::nontransaction tx(*db);
            return tx.exec_params1(
                "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT FROM shop.payments p "
                "  JOIN shop.order_events e ON e.order_id = p.order_id AND e.from_status IS NULL "
                "  WHERE p.order_id = o.id AND p.xmin::text = e.xmin::text)), "
                "  count(*) FILTER (WHERE o.payment_status = 'paid') "
                "FROM shop.orders o WHERE o.id > $1",
                before);
        }();
        const qint64 orders = r[0].as<qint64>();
        const qint64 together = r[1].as<qint64>();
        qInfo() << together << "of" << orders << "orders placed and paid in one transaction";
        QCOMPARE(orders, qint64(s.value(QStringLiteral("orders")).toInteger()));
        QCOMPARE(r[2].as<qint64>(), qint64(s.value(QStringLiteral("paid")).toInteger()));
        QVERIFY2(orders > 0, "no order was placed");
        QVERIFY2(together > orders / 2,
            qPrintable(QStringLiteral("only %1 of %2 orders were placed and paid together")
                           .arg(together)
                           .arg(orders)));
        QCOMPARE(drifted(*db), 0);
    }

    void stopAndKillMidRunKeepStockConsistent()
    {
        auto db = ownerConnection();
        const char *stops[] = {"term", "kill", "term", "kill"};
        for (const char *how : stops) {
            Simulator sim;
            QVERIFY(sim.start(args({"--rate", "0", "--workers", "6", "--reservation-ttl", "5",
                "--fulfil-delay", "1"})));
            QTest::qWait(2000);
            if (qstrcmp(how, "kill") == 0) {
                sim.kill(); // SIGKILL: mid-call, mid-transaction
            } else {
                sim.terminate();
            }
            QVERIFY(sim.wait(20000));
            if (qstrcmp(how, "term") == 0) {
                QCOMPARE(sim.exitCode(), 0);
                QVERIFY(sim.summary().value(QStringLiteral("orders")).toInt() > 0);
            }
            QCOMPARE(drifted(*db), 0);
        }
        // Whatever carts the killed runs left expire and give their stock back.
        QTest::qWait(5500);
        {
            pqxx::nontransaction tx(*db);
            tx.exec("SELECT storefront.expire_reservations()");
        }
        QCOMPARE(scalar(*db, "SELECT count(*) FROM console.reconcile_report WHERE NOT ok"), 0);
        QCOMPARE(scalar(*db,
                     "SELECT count(*) FROM shop.reservations WHERE status = 'held' "
                     "AND expires_at < now() - interval '1 second' "
                     "AND cart_id LIKE 'sim-%'"),
            0);
    }

    void survivesPrimaryRestart()
    {
        auto db = ownerConnection();
        Simulator sim;
        QVERIFY(sim.start(
            args({"--rate", "100", "--workers", "6", "--duration", "10", "--fulfil-delay", "1"})));
        QTest::qWait(3000);
        db.reset();
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("restart"), QStringLiteral("primary")}), 0);
        QVERIFY(sim.wait(60000));
        const QJsonObject s = sim.summary();
        qInfo() << s;
        QVERIFY(s.value(QStringLiteral("reconnects")).toInt() > 0);
        // Only connection trouble (shoppers' or the staff connection's: fulfilment reconnects
        // on its own schedule), nothing refused twice or applied twice.
        const QJsonObject kinds = s.value(QStringLiteral("error_kinds")).toObject();
        for (auto it = kinds.begin(); it != kinds.end(); ++it)
            QVERIFY2(it.key() == QLatin1String("connect")
                    || it.key() == QLatin1String("staff_connect")
                    || it.key() == QLatin1String("connection_lost"),
                qPrintable(it.key() + QStringLiteral(": ")
                    + s.value(QStringLiteral("last_error")).toString()));
        db = ownerConnection();
        QCOMPARE(drifted(*db), 0);
    }

    void browsingFillsTaggedCache()
    {
        qm::redis::Client redis(qmtest::redisEndpoint());
        Simulator sim;
        QVERIFY(sim.start(args({"--rate", "20", "--duration", "2", "--browse", "5"})));
        QVERIFY(sim.wait(30000));
        const QJsonObject s = sim.summary();
        QVERIFY(s.value(QStringLiteral("page_views")).toInt() > 0);
        auto keys = redis.commandSync({"SCAN", "0", "MATCH", "product:*", "COUNT", "100000"});
        QVERIFY(keys.ok());
        const QByteArrayList found = keys.value().elements.at(1).toByteArrayList();
        QVERIFY(!found.isEmpty());
        const QByteArray key = found.first();
        const QByteArray tag = "tag:product:" + key.mid(int(qstrlen("product:")));
        auto member = redis.commandSync({"SISMEMBER", tag, key});
        QVERIFY(member.ok());
        QCOMPARE(member.value().integer, 1);
        auto ttl = redis.commandSync({"TTL", key});
        QVERIFY(ttl.ok() && ttl.value().integer > 0);
        auto pages = redis.commandSync({"SCAN", "0", "MATCH", "page:/c/*", "COUNT", "100000"});
        QVERIFY(pages.ok() && !pages.value().elements.at(1).toByteArrayList().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorefront)
#include "tst_storefront.moc"
