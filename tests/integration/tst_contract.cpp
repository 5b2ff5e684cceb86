// The server-side contract (server/migrations) against the sandbox's PostgreSQL, through libpqxx
// directly: optimistic versions, idempotent request ids, stock never below reserved, no overselling
// under concurrent checkouts, EXECUTE per role, the audit hash chain, and the orders doorbell
// (one notification per transaction, not per row). Each test makes its own products so it
// neither depends on nor disturbs the seeded catalog.
#include "pqcheck.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>
#include <atomic>
#include <memory>
#include <pqxx/pqxx>
#include <thread>
#include <vector>

namespace {

using qmtest::connectAs;
using qmtest::stateOf;

std::string newRequest()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

// Runs one statement in its own transaction and returns its single row.
template <typename... Args>
pqxx::row one(pqxx::connection &c, const std::string &sql, Args &&...args)
{
    pqxx::work tx(c);
    pqxx::row r = tx.exec_params1(sql, std::forward<Args>(args)...);
    tx.commit();
    return r;
}

// The SQLSTATE a statement fails with ("" when it succeeds), and its message.
template <typename... Args>
std::string failure(
    pqxx::connection &c, std::string *message, const std::string &sql, Args &&...args)
{
    try {
        pqxx::work tx(c);
        tx.exec_params(sql, std::forward<Args>(args)...);
        tx.commit();
    } catch (const pqxx::sql_error &e) {
        if (message)
            *message = e.what();
        return stateOf(e);
    }
    return {};
}

QJsonObject json(const pqxx::field &f)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(f.as<std::string>())).object();
}

// A fresh active product (version 1) with `units` on hand in warehouse 1, received through the
// ledger like real stock.
qint64 makeProduct(pqxx::connection &owner, int units, const char *price = "10.00")
{
    const std::string sku = "TST-" + newRequest();
    const qint64 id = one(owner,
        "insert into shop.products (sku, name, status, price) "
        "values ($1, 'Contract test item', 'active', $2::numeric) returning id",
        sku, price)[0]
                          .as<qint64>();
    if (units > 0)
        one(owner, "select console.adjust_stock($1::uuid, $2, 1, $3, 'received', 'test stock')",
            newRequest(), id, units);
    return id;
}

struct Stock
{
    qint64 onHand = -1;
    qint64 reserved = -1;
    qint64 ledger = -2;
    qint64 movements = -1;
};

Stock stockOf(pqxx::connection &owner, qint64 product)
{
    const pqxx::row r = one(owner,
        "select s.on_hand, s.reserved, "
        "  (select coalesce(sum(delta), 0) from shop.stock_movements m "
        "    where m.product_id = s.product_id and m.warehouse_id = 1), "
        "  (select count(*) from shop.stock_movements m "
        "    where m.product_id = s.product_id and m.warehouse_id = 1) "
        "from shop.stock_levels s where s.product_id = $1 and s.warehouse_id = 1",
        product);
    return {r[0].as<qint64>(), r[1].as<qint64>(), r[2].as<qint64>(), r[3].as<qint64>()};
}

qint64 auditRowsFor(pqxx::connection &owner, const std::string &request)
{
    return one(owner, "select count(*) from qm.audit_log where request_id = $1::uuid", request)[0]
        .as<qint64>();
}

class DoorbellCounter : public pqxx::notification_receiver
{
public:
    DoorbellCounter(pqxx::connection_base &c, int fromPid)
        : pqxx::notification_receiver(c, "qm_orders")
        , m_fromPid(fromPid)
    { }
    void operator()(const std::string &, int backendPid) override
    {
        if (backendPid == m_fromPid)
            ++count;
    }
    int count = 0;

private:
    int m_fromPid;
};

} // namespace

class TestContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<pqxx::connection> m_owner;

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_owner = connectAs(QStringLiteral("qm_owner"));
        // A previous benchmark may have left the doorbell off; the contract installs it.
        one(*m_owner, "select console.install_orders_notify($1::uuid)", newRequest());
        one(*m_owner, "select console.set_maintenance($1::uuid, false, '')", newRequest());
    }

    void staleVersionConflictsAndWritesNothing()
    {
        auto merch = connectAs(QStringLiteral("merch"));
        const qint64 id = makeProduct(*m_owner, 0);
        const std::string first = newRequest();
        const QJsonObject applied = json(one(*merch,
            "select console.update_product($1::uuid, $2, 1, '{\"price\": 12.5}')", first, id)[0]);
        QCOMPARE(applied.value("status").toString(), QStringLiteral("applied"));
        QCOMPARE(applied.value("product").toObject().value("version").toInt(), 2);

        // Someone who still holds version 1 tries to set another price.
        const std::string stale = newRequest();
        const QJsonObject conflict = json(one(*merch,
            "select console.update_product($1::uuid, $2, 1, '{\"price\": 99}')", stale, id)[0]);
        QCOMPARE(conflict.value("status").toString(), QStringLiteral("conflict"));
        QCOMPARE(conflict.value("product").toObject().value("price").toDouble(), 12.5);
        QCOMPARE(conflict.value("product").toObject().value("version").toInt(), 2);

        const pqxx::row r = one(*m_owner,
            "select price::text, version, "
            "  (select count(*) from shop.price_history where product_id = $1) "
            "from shop.products where id = $1",
            id);
        QCOMPARE(r[0].as<std::string>(), std::string("12.50"));
        QCOMPARE(r[1].as<int>(), 2);
        QCOMPARE(r[2].as<int>(), 1);
        QCOMPARE(auditRowsFor(*m_owner, first), 1);
        QCOMPARE(auditRowsFor(*m_owner, stale), 0);
    }

    void invalidInputNamesTheField_data()
    {
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative price") << "{\"price\": -1}"
                                        << "price";
        QTest::newRow("lower-case currency") << "{\"currency\": \"eur\"}"
                                             << "currency";
        QTest::newRow("unknown status") << "{\"status\": \"gone\"}"
                                        << "status";
        QTest::newRow("unknown field") << "{\"colour\": \"red\"}"
                                       << "colour";
    }
    void invalidInputNamesTheField()
    {
        QFETCH(QString, changes);
        QFETCH(QString, field);
        auto merch = connectAs(QStringLiteral("merch"));
        const qint64 id = makeProduct(*m_owner, 0);
        std::string message;
        const std::string state
            = failure(*merch, &message, "select console.update_product($1::uuid, $2, 1, $3::jsonb)",
                newRequest(), id, changes.toStdString());
        QCOMPARE(state, std::string("QM400"));
        QVERIFY2(QString::fromStdString(message).contains(field), message.c_str());
        QCOMPARE(
            one(*m_owner, "select version from shop.products where id = $1", id)[0].as<int>(), 1);
    }

    void sameRequestIdAppliesOnce()
    {
        auto manager = connectAs(QStringLiteral("manager"));
        const qint64 id = makeProduct(*m_owner, 10);
        const std::string request = newRequest();
        const std::string sql
            = "select console.adjust_stock($1::uuid, $2, 1, 5, 'received', 'pallet 7')::text";
        const std::string firstResult = one(*manager, sql, request, id)[0].as<std::string>();
        // The connection dropped before the answer arrived: the console retries, same id.
        auto again = connectAs(QStringLiteral("manager"));
        const std::string secondResult = one(*again, sql, request, id)[0].as<std::string>();
        QCOMPARE(secondResult, firstResult);

        const Stock s = stockOf(*m_owner, id);
        QCOMPARE(s.onHand, 15);
        QCOMPARE(s.ledger, 15);
        QCOMPARE(
            one(*m_owner, "select count(*) from shop.stock_movements where request_id = $1::uuid",
                request)[0]
                .as<int>(),
            1);
        QCOMPARE(auditRowsFor(*m_owner, request), 1);

        // A request id belongs to one function.
        const std::string state = failure(
            *manager, nullptr, "select console.add_order_note($1::uuid, 1, 'x')", request);
        QCOMPARE(state, std::string("QM409"));
    }

    void adjustBelowReservedIsRefused()
    {
        auto manager = connectAs(QStringLiteral("manager"));
        auto shop = connectAs(QStringLiteral("storefront"));
        const qint64 id = makeProduct(*m_owner, 10);
        one(*shop, "select storefront.reserve($1::uuid, $2, $3, 1, 7)", newRequest(),
            "cart-" + newRequest(), id);
        const Stock before = stockOf(*m_owner, id);
        QCOMPARE(before.reserved, 7);

        const std::string request = newRequest();
        std::string message;
        const std::string state = failure(*manager, &message,
            "select console.adjust_stock($1::uuid, $2, 1, -5, 'damaged', 'dropped')", request, id);
        QCOMPARE(state, std::string("QM422"));
        QVERIFY2(QString::fromStdString(message).contains(QLatin1String("only 3 available")),
            message.c_str());

        const Stock after = stockOf(*m_owner, id);
        QCOMPARE(after.onHand, 10);
        QCOMPARE(after.reserved, 7);
        QCOMPARE(after.movements, before.movements);
        QCOMPARE(auditRowsFor(*m_owner, request), 0);
        // Exactly what is available may go.
        one(*manager, "select console.adjust_stock($1::uuid, $2, 1, -3, 'damaged', 'dropped')",
            newRequest(), id);
        const Stock last = stockOf(*m_owner, id);
        QCOMPARE(last.onHand, 7);
        QCOMPARE(last.ledger, 7);
    }

    void concurrentCheckoutsNeverOversell()
    {
        constexpr int threads = 4;
        constexpr int perThread = 200;
        constexpr int units = 100;
        const qint64 id = makeProduct(*m_owner, units, "4.99");
        const std::string channel = "contract-" + newRequest().substr(0, 8);

        std::atomic<int> sold {0};
        std::atomic<int> refused {0};
        std::atomic<int> unexpected {0};
        std::vector<std::thread> workers;
        std::vector<std::string> errors(threads);
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                try {
                    pqxx::connection c(
                        qmtest::primaryParams(QStringLiteral("storefront")).toConninfo());
                    for (int i = 0; i < perThread; ++i) {
                        const std::string cart
                            = channel + "-" + std::to_string(t) + "-" + std::to_string(i);
                        try {
                            // Two transactions, as a shop does: the reservation is held while
                            // other shoppers reserve and check out.
                            pqxx::work reserve(c);
                            reserve.exec_params("select storefront.reserve($1::uuid, $2, $3, 1, 1)",
                                newRequest(), cart, id);
                            reserve.commit();
                            pqxx::work checkout(c);
                            checkout.exec_params(
                                "select storefront.checkout($1::uuid, $2, null, $3)", newRequest(),
                                cart, channel);
                            checkout.commit();
                            ++sold;
                        } catch (const pqxx::sql_error &e) {
                            if (stateOf(e) == "QM422") {
                                ++refused;
                            } else {
                                ++unexpected;
                                errors[t] = e.what();
                            }
                        }
                    }
                } catch (const std::exception &e) {
                    ++unexpected;
                    errors[t] = e.what();
                }
            });
        }
        for (std::thread &w : workers)
            w.join();
        for (const std::string &e : errors)
            QVERIFY2(e.empty(), e.c_str());
        QCOMPARE(unexpected.load(), 0);
        QCOMPARE(sold.load(), units);
        QCOMPARE(refused.load(), threads * perThread - units);

        const Stock s = stockOf(*m_owner, id);
        QCOMPARE(s.onHand, 0);
        QCOMPARE(s.reserved, 0);
        QCOMPARE(s.ledger, 0);
        const pqxx::row orders = one(*m_owner,
            "select count(*), coalesce(sum(total), 0)::text "
            "from shop.orders where channel = $1",
            channel);
        QCOMPARE(orders[0].as<int>(), units);
        QCOMPARE(orders[1].as<std::string>(), std::string("499.00"));
        QCOMPARE(one(*m_owner,
                     "select count(*) from console.reconcile_report where product_id = $1 "
                     "and not ok",
                     id)[0]
                     .as<int>(),
            0);
    }

    void checkoutAndPayIsOneIdempotentTransaction()
    {
        // Given three carts holding a product, one per payment outcome (migration 0104)
        auto shop = connectAs(QStringLiteral("storefront"));
        const qint64 id = makeProduct(*m_owner, 10, "2.50");
        const std::string channel = "contract-" + newRequest().substr(0, 8);
        auto cartWith = [&](int qty) {
            const std::string cart = channel + "-" + newRequest().substr(0, 8);
            one(*shop, "select storefront.reserve($1::uuid, $2, $3, 1, $4)", newRequest(), cart, id,
                qty);
            return cart;
        };
        const std::string sql = "select order_id, status from storefront.checkout_and_pay("
                                "$1::uuid, $2, null, $3, $4)";
        // when the provider charged the card: placed and paid by one transaction
        const std::string paidRequest = newRequest();
        const std::string paidCart = cartWith(2);
        const pqxx::row paid = one(*shop, sql, paidRequest, paidCart, channel, true);
        const qint64 order = paid[0].as<qint64>();
        QCOMPARE(paid[1].as<std::string>(), std::string("paid"));
        const pqxx::row o = one(*m_owner,
            "select o.status, o.payment_status, o.total::text, "
            "  (select count(*) from shop.payments p where p.order_id = o.id "
            "     and p.status = 'succeeded'), "
            "  (select count(DISTINCT x) from (select e.xmin::text from shop.order_events e "
            "     where e.order_id = o.id union all select p.xmin::text from shop.payments p "
            "     where p.order_id = o.id) t(x)), "
            "  (select string_agg(coalesce(e.from_status, '-') || '>' || e.to_status, ',' "
            "     order by e.id) from shop.order_events e where e.order_id = o.id) "
            "from shop.orders o where o.id = $1",
            order);
        QCOMPARE(o[0].as<std::string>(), std::string("paid"));
        QCOMPARE(o[1].as<std::string>(), std::string("paid"));
        QCOMPARE(o[2].as<std::string>(), std::string("5.00"));
        QCOMPARE(o[3].as<int>(), 1);
        QCOMPARE(o[4].as<int>(), 1); // the events and the payment: one writing transaction
        QCOMPARE(o[5].as<std::string>(), std::string("->pending,pending>paid"));
        // and a retry of the same request (its answer was lost) applies nothing twice
        const pqxx::row again = one(*shop, sql, paidRequest, paidCart, channel, true);
        QCOMPARE(again[0].as<qint64>(), order);
        QCOMPARE(again[1].as<std::string>(), std::string("paid"));
        QCOMPARE(one(*m_owner, "select count(*) from shop.payments where order_id = $1", order)[0]
                     .as<int>(),
            1);
        QCOMPARE(stockOf(*m_owner, id).onHand, 8);

        // when the card was declined: pending with a failed payment, which may be paid again
        const pqxx::row declined = one(*shop, sql, newRequest(), cartWith(1), channel, false);
        QCOMPARE(declined[1].as<std::string>(), std::string("pending"));
        QCOMPARE(one(*m_owner, "select payment_status from shop.orders where id = $1",
                     declined[0].as<qint64>())[0]
                     .as<std::string>(),
            std::string("failed"));
        QCOMPARE(one(*shop, "select storefront.pay($1::uuid, $2, true)", newRequest(),
                     declined[0].as<qint64>())[0]
                     .as<std::string>(),
            std::string("paid"));

        // when no provider took the charge: pending, unpaid, no payment row
        const pqxx::row unpaid = one(*shop, sql, newRequest(), cartWith(1), channel, nullptr);
        QCOMPARE(unpaid[1].as<std::string>(), std::string("pending"));
        QCOMPARE(one(*m_owner,
                     "select o.payment_status || '/' || (select count(*) from shop.payments p "
                     "where p.order_id = o.id) from shop.orders o where o.id = $1",
                     unpaid[0].as<qint64>())[0]
                     .as<std::string>(),
            std::string("unpaid/0"));

        // and a cart holding nothing is refused whole: no order, no payment
        QCOMPARE(failure(*shop, nullptr, sql, newRequest(), channel + "-empty", channel, true),
            std::string("QM409"));
        QCOMPARE(one(*m_owner, "select count(*) from shop.orders where channel = $1", channel)[0]
                     .as<int>(),
            3);
        const Stock s = stockOf(*m_owner, id);
        QCOMPARE(s.onHand, 6);
        QCOMPARE(s.reserved, 0);
        QCOMPARE(s.ledger, 6);
    }

    void permissionsFollowRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlState");
        const QString adjust = QStringLiteral(
            "select console.adjust_stock(gen_random_uuid(), 1, 1, 1, 'received', '')");
        const QString update
            = QStringLiteral("select console.update_product(gen_random_uuid(), 1, 1, '{}')");
        QTest::newRow("merch cannot adjust stock") << "merch" << adjust << "42501";
        QTest::newRow("manager cannot edit products") << "manager" << update << "42501";
        QTest::newRow("oncall cannot edit products") << "oncall" << update << "42501";
        QTest::newRow("storefront cannot read console") << "storefront"
                                                        << "select 1 from console.products limit 1"
                                                        << "42501";
        QTest::newRow("manager cannot read tables") << "manager"
                                                    << "select 1 from shop.products limit 1"
                                                    << "42501";
        QTest::newRow("manager cannot write ledger")
            << "manager"
            << "insert into shop.stock_movements (product_id, warehouse_id, delta, reason) "
               "values (1, 1, 1, 'received')"
            << "42501";
        QTest::newRow("merch cannot drop the doorbell")
            << "merch"
            << "select console.drop_orders_notify(gen_random_uuid())"
            << "42501";
        // console.audit_intent (0009): the role the action's area needs (qm.role_for_action).
        const auto intent = [](const char *action) {
            return QStringLiteral("select console.audit_intent(gen_random_uuid(), '%1', "
                                  "'contract test', '{}')")
                .arg(QLatin1String(action));
        };
        QTest::newRow("merch cannot write a stock intent")
            << "merch" << intent("stock.transfer") << "42501";
        QTest::newRow("manager cannot write a cache intent")
            << "manager" << intent("cache.purge") << "42501";
        QTest::newRow("oncall cannot write an intent of an unknown area")
            << "oncall" << intent("billing.export") << "42501";
        QTest::newRow("storefront cannot write intents")
            << "storefront" << intent("catalog.export") << "42501";
        QTest::newRow("manager writes an orders intent")
            << "manager" << intent("orders.export") << "";
        QTest::newRow("admin writes an intent of an unknown area")
            << "admin" << intent("billing.export") << "";
        QTest::newRow("manager reads console views") << "manager"
                                                     << "select 1 from console.products limit 1"
                                                     << "";
        QTest::newRow("admin adjusts stock")
            << "admin"
            << "select console.adjust_stock(gen_random_uuid(), "
               "(select min(product_id) from console.stock_levels), "
               "1, 1, 'received', 'admin test')"
            << "";
    }
    void permissionsFollowRoles()
    {
        QFETCH(QString, user);
        QFETCH(QString, sql);
        QFETCH(QString, sqlState);
        auto c = connectAs(user);
        std::string message;
        const std::string state = failure(*c, &message, sql.toStdString());
        QVERIFY2(state == sqlState.toStdString(),
            qPrintable(QStringLiteral("SQLSTATE '%1': %2")
                           .arg(QString::fromStdString(state), QString::fromStdString(message))));
    }

    void capabilitiesMirrorRoles_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("has");
        QTest::addColumn<QString>("hasNot");
        QTest::newRow("merch") << "merch"
                               << "catalog.edit"
                               << "stock.adjust";
        QTest::newRow("manager") << "manager"
                                 << "orders.act"
                                 << "catalog.edit";
        QTest::newRow("oncall") << "oncall"
                                << "cache.purge"
                                << "admin";
        QTest::newRow("admin") << "admin"
                               << "admin"
                               << "storefront";
    }
    void capabilitiesMirrorRoles()
    {
        QFETCH(QString, user);
        QFETCH(QString, has);
        QFETCH(QString, hasNot);
        auto c = connectAs(user);
        const pqxx::row r = one(*c,
            "select $1 = any (console.my_capabilities()), "
            "$2 = any (console.my_capabilities())",
            has.toStdString(), hasNot.toStdString());
        QVERIFY(r[0].as<bool>());
        QVERIFY(!r[1].as<bool>());
    }

    void pruneForgetsOnlyOldRequests()
    {
        auto admin = connectAs(QStringLiteral("admin"));
        const qint64 id = makeProduct(*m_owner, 0);
        const std::string oldRequest = newRequest();
        const std::string recentRequest = newRequest();
        for (const std::string &r : {oldRequest, recentRequest})
            one(*admin, "select console.adjust_stock($1::uuid, $2, 1, 1, 'received', '')", r, id);
        one(*m_owner,
            "with u as (update qm.requests set at = now() - interval '8 days' "
            "where request_id = $1::uuid returning 1) select count(*) from u",
            oldRequest);

        const qint64 pruned
            = one(*admin, "select console.prune_requests($1::uuid, '7 days')", newRequest())[0]
                  .as<qint64>();
        QVERIFY(pruned >= 1);
        const pqxx::row left = one(*m_owner,
            "select count(*) filter (where request_id = $1::uuid), "
            "count(*) filter (where request_id = $2::uuid) "
            "from qm.requests",
            oldRequest, recentRequest);
        QCOMPARE(left[0].as<int>(), 0);
        QCOMPARE(left[1].as<int>(), 1);

        auto merch = connectAs(QStringLiteral("merch"));
        QCOMPARE(failure(*merch, nullptr, "select console.prune_requests(gen_random_uuid())"),
            std::string("42501"));
        QCOMPARE(failure(*admin, nullptr,
                     "select console.prune_requests(gen_random_uuid(), '5 minutes')"),
            std::string("QM400"));
    }

    void auditChainDetectsTampering()
    {
        auto oncall = connectAs(QStringLiteral("oncall"));
        for (int i = 0; i < 3; ++i)
            one(*oncall,
                "select console.record_audit($1::uuid, 'cache.purge', 'redis:test:*', "
                "'{\"keys\": 3}', '{\"deleted\": 3}')",
                newRequest());
        const pqxx::row ok = one(*oncall,
            "select ok, checked, first_bad_id from "
            "console.verify_audit_chain()");
        QVERIFY2(ok[0].as<bool>(), "the audit chain of the sandbox is already broken");
        QVERIFY(ok[1].as<qint64>() >= 3);
        QVERIFY(ok[2].is_null());

        // The table refuses edits outright...
        const std::string state = failure(*m_owner, nullptr,
            "update qm.audit_log set target = 'x' where id = (select max(id) "
            "from qm.audit_log)");
        QCOMPARE(state, std::string("QM403"));

        // ...and an owner who bypasses the trigger is caught. Rolled back: the sandbox's chain
        // stays intact for everyone else.
        const pqxx::row ids = one(*m_owner,
            "select id, lead(id) over (order by id) "
            "from qm.audit_log order by id desc offset 1 limit 1");
        const qint64 victim = ids[0].as<qint64>();
        const qint64 successor = ids[1].as<qint64>();
        {
            pqxx::work tx(*m_owner);
            tx.exec("set local session_replication_role = replica");
            tx.exec_params(
                "update qm.audit_log set outcome = '{\"deleted\": 0}' where id = $1", victim);
            const pqxx::row bad
                = tx.exec1("select ok, first_bad_id from console.verify_audit_chain()");
            QVERIFY(!bad[0].as<bool>());
            QCOMPARE(bad[1].as<qint64>(), victim);
            tx.abort();
        }
        {
            pqxx::work tx(*m_owner);
            tx.exec("set local session_replication_role = replica");
            tx.exec_params("delete from qm.audit_log where id = $1", victim);
            const pqxx::row bad
                = tx.exec1("select ok, first_bad_id from console.verify_audit_chain()");
            QVERIFY(!bad[0].as<bool>());
            QCOMPARE(bad[1].as<qint64>(), successor);
            tx.abort();
        }
        QVERIFY(one(*oncall, "select ok from console.verify_audit_chain()")[0].as<bool>());
    }

    void doorbellRingsOncePerTransaction()
    {
        QVERIFY(one(*m_owner, "select console.orders_notify_installed()")[0].as<bool>());
        auto listener = connectAs(QStringLiteral("manager"));
        auto writer = connectAs(QStringLiteral("qm_owner"));
        DoorbellCounter bell(*listener, writer->backendpid());
        const std::string channel = "doorbell-" + newRequest().substr(0, 8);

        // One transaction: a 100-row INSERT, then 20 one-row statements.
        {
            pqxx::work tx(*writer);
            tx.exec_params("insert into shop.orders (channel, total) "
                           "select $1, 0 from generate_series(1, 100)",
                channel);
            for (int i = 0; i < 20; ++i)
                tx.exec_params("update shop.orders set total = total + 1 "
                               "where id = (select min(id) from shop.orders where channel = $1)",
                    channel);
            tx.commit();
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 1500)
            listener->await_notification(0, 100000);
        QCOMPARE(bell.count, 1);

        // A second transaction rings again (the counter does count rings).
        one(*writer,
            "with u as (update shop.orders set total = total + 1 where channel = $1 "
            "returning 1) select count(*) from u",
            channel);
        t.restart();
        while (t.elapsed() < 1500 && bell.count < 2)
            listener->await_notification(0, 100000);
        QCOMPARE(bell.count, 2);
        one(*m_owner,
            "with d as (delete from shop.orders where channel = $1 returning 1) "
            "select count(*) from d",
            channel);
    }
};

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
