// The console's writes on a Vendure backend (vendure::VendureStockWrites, VendureOrderActions,
// chosen by backends::stockWrites/orderActions and given to the services as the console does):
// StockService::adjust and OrdersService::perform on a Vendure Backend go through Vendure's
// Admin API, and what they return is what the console's qm_vendure views show afterwards; the
// test checks the views with its own connection and the Admin API with its own session.
//
// Where Vendure is: $QM_SANDBOX_DIR/profile-vendure.json, which the sandbox writes whenever it
// runs Vendure (QM_SANDBOX_STORE=both|vendure). Skips only when QM_SANDBOX_STORE says the sandbox
// has no Vendure (unset or "reference"); otherwise a missing profile fails.
#include "backend/backend.h"
#include "backends/writes.h"
#include "common/threadguard.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "http/jsonclient.h"
#include "inventory/stockservice.h"
#include "orders/ordersservice.h"
#include "testenv.h"
#include "vendure/adminclient.h"
#include "vendureshop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>
#include <memory>
#include <pqxx/pqxx>

using qm::Backend;
using qm::BackendKind;
using qm::Error;
using qm::Result;

namespace {

using qmtest::await;
using qmtest::Checkout;
using qmtest::Gql;
using qmtest::text;

} // namespace

class TestVendureWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adjustShowsInViewsAndAdminApi();
    void adjustBelowAllocatedChangesNothing();
    void countStillRefusesWithTheReason();
    void noteAndCancelOfAShopOrder();
    void shipAndRefundFromTheGuiThread();
    void aRoleWithoutTheRightIsRefused();
    void servicesWithoutTheBackendsWriterRefuse();

private:
    std::unique_ptr<pqxx::connection> vendureAs(const QString &user = {}) const;
    long long scalar(const std::string &sql, qint64 a, qint64 b = 0) const;
    qint64 adminOnHand(const QString &variantId, const QString &locationId);
    QString adminOrderState(const QString &orderId);
    std::unique_ptr<Checkout> placeSettledOrder();
    // OrdersService::perform as the GUI continues it: whenFinished on this thread's event loop,
    // with the GUI-thread guard counting any wait.
    Result<qm::orders::OrderRow> performLikeTheGui(
        qm::orders::OrdersService &orders, const qm::orders::OrderAction &action);

    QJsonObject m_profile;
    QString m_database;
    Backend m_backend;
    std::unique_ptr<qm::db::Cluster> m_cluster; // as "manager" on Vendure's database
    std::shared_ptr<qm::db::Cluster> m_shared;
    std::unique_ptr<qm::vendure::AdminClient> m_check; // the test's own Admin API session
    qint64 m_variant = 0;
    int m_location = 0;
};

void TestVendureWrites::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    const QString store = qEnvironmentVariable("QM_SANDBOX_STORE");
    const QString path = qmtest::sandboxDir() + QStringLiteral("/profile-vendure.json");
    if (!QFile::exists(path)) {
        if (store.isEmpty() || store == QLatin1String("reference"))
            QSKIP("no Vendure in this sandbox (QM_SANDBOX_STORE is unset or \"reference\"; "
                  "scripts/test runs with QM_SANDBOX_STORE=both)");
        QFAIL(qPrintable(
            QStringLiteral("QM_SANDBOX_STORE=%1 but %2 does not exist").arg(store, path)));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_profile = QJsonDocument::fromJson(f.readAll()).object();
    m_database = m_profile.value(QStringLiteral("postgres"))
                     .toObject()
                     .value(QStringLiteral("database"))
                     .toString(QStringLiteral("vendure"));
    const QJsonObject v = m_profile.value(QStringLiteral("vendure")).toObject();
    qm::VendureSettings settings;
    settings.adminApi = v.value(QStringLiteral("adminApi")).toString();
    settings.shopApi = v.value(QStringLiteral("shopApi")).toString();
    settings.user = v.value(QStringLiteral("user")).toString();
    settings.passfile = v.value(QStringLiteral("passfile")).toString();
    QVERIFY2(!settings.adminApi.isEmpty() && !settings.shopApi.isEmpty(),
        "profile-vendure.json names no adminApi/shopApi");
    m_backend = Backend(BackendKind::Vendure, settings);

    qm::db::ClusterConfig c;
    qm::db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("manager"));
    p.dbname = m_database;
    c.nodes = {p};
    m_cluster = std::make_unique<qm::db::Cluster>(c);
    QVERIFY(qm::db::waitBlocking(m_cluster->start()).ok());
    m_shared = qm::db::unowned(m_cluster.get());
    m_check = std::make_unique<qm::vendure::AdminClient>(qm::vendure::AdminConfig::fromJson(v));

    // A variant with one stock location and stock to spare.
    auto conn = vendureAs();
    pqxx::read_transaction tx(*conn);
    const pqxx::result r = tx.exec(
        "SELECT s.product_id, s.warehouse_id FROM qm_vendure.stock_levels s "
        "WHERE (SELECT count(*) FROM qm_vendure.stock_levels o WHERE o.product_id = s.product_id) "
        "= 1 AND s.available BETWEEN 20 AND 100000 ORDER BY s.product_id LIMIT 1");
    QVERIFY2(!r.empty(), "no Vendure variant with one stock location and 20 or more available");
    m_variant = r[0][0].as<qint64>();
    m_location = r[0][1].as<int>();
}

std::unique_ptr<pqxx::connection> TestVendureWrites::vendureAs(const QString &user) const
{
    qm::db::ConnectionParams p = qmtest::primaryParams(user);
    p.dbname = m_database;
    return std::make_unique<pqxx::connection>(p.toConninfo());
}

long long TestVendureWrites::scalar(const std::string &sql, qint64 a, qint64 b) const
{
    auto conn = vendureAs();
    pqxx::read_transaction tx(*conn);
    const pqxx::row row = tx.exec_params1(sql, a, b);
    return row[0].is_null() ? -1 : row[0].as<long long>();
}

qint64 TestVendureWrites::adminOnHand(const QString &variantId, const QString &locationId)
{
    const auto v = await(m_check->variant(variantId));
    if (!v) {
        qWarning().noquote() << text(v.error());
        return -1;
    }
    const auto *at = v->at(locationId);
    return at ? at->onHand : -1;
}

QString TestVendureWrites::adminOrderState(const QString &orderId)
{
    const auto r
        = await(m_check->execute(QStringLiteral("query($id: ID!) { order(id: $id) { state } }"),
            {{QStringLiteral("id"), orderId}}, QStringLiteral("test: read order")));
    if (!r) {
        qWarning().noquote() << text(r.error());
        return {};
    }
    return r->value(QLatin1String("order")).toObject().value(QLatin1String("state")).toString();
}

void TestVendureWrites::adjustShowsInViewsAndAdminApi()
{
    qm::inventory::StockService stock(
        m_shared, m_backend, qm::backends::stockWrites(m_backend, m_shared, nullptr));
    QVERIFY(m_backend.supports(qm::BackendAction::StockAdjust));
    const std::string onHandSql = "SELECT on_hand FROM qm_vendure.stock_levels "
                                  "WHERE product_id = $1 AND warehouse_id = $2";
    const long long before = scalar(onHandSql, m_variant, m_location);
    QVERIFY(before >= 0);

    const auto up = qm::db::waitBlocking(stock.adjust(QUuid::createUuid(), m_variant, m_location, 7,
        QStringLiteral("correction"), QStringLiteral("vendure writes test")));
    QVERIFY2(up.ok(), up.ok() ? "" : text(up.error()).constData());
    QCOMPARE(up->delta, 7);
    QCOMPARE(up->onHand, before + 7);
    QCOMPARE(up->available, up->onHand - up->reserved);
    QCOMPARE(scalar(onHandSql, m_variant, m_location), before + 7);
    QCOMPARE(adminOnHand(QString::number(m_variant), QString::number(m_location)), before + 7);
    // The ledger row the change names is Vendure's ADJUSTMENT of +7 there.
    QVERIFY(up->movementId > 0);
    QCOMPARE(scalar("SELECT delta FROM qm_vendure.stock_ledger WHERE id = $1 AND product_id = $2",
                 up->movementId, m_variant),
        7LL);

    const auto down = qm::db::waitBlocking(stock.adjust(
        QUuid::createUuid(), m_variant, m_location, -3, QStringLiteral("correction"), QString()));
    QVERIFY2(down.ok(), down.ok() ? "" : text(down.error()).constData());
    QCOMPARE(down->onHand, before + 4);
    QCOMPARE(scalar(onHandSql, m_variant, m_location), before + 4);
    QCOMPARE(adminOnHand(QString::number(m_variant), QString::number(m_location)), before + 4);
}

void TestVendureWrites::adjustBelowAllocatedChangesNothing()
{
    qm::inventory::StockService stock(
        m_shared, m_backend, qm::backends::stockWrites(m_backend, m_shared, nullptr));
    const std::string onHandSql = "SELECT on_hand FROM qm_vendure.stock_levels "
                                  "WHERE product_id = $1 AND warehouse_id = $2";
    const long long before = scalar(onHandSql, m_variant, m_location);
    const auto r = qm::db::waitBlocking(stock.adjust(QUuid::createUuid(), m_variant, m_location,
        -int(before + 1000), QStringLiteral("correction"), QString()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == Error::Code::Constraint, text(r.error()).constData());
    QCOMPARE(scalar(onHandSql, m_variant, m_location), before);
}

void TestVendureWrites::countStillRefusesWithTheReason()
{
    qm::inventory::StockService stock(
        m_shared, m_backend, qm::backends::stockWrites(m_backend, m_shared, nullptr));
    const auto r = qm::db::waitBlocking(
        stock.count(QUuid::createUuid(), m_variant, m_location, 0, 1, QString()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(m_backend.unsupported(qm::BackendAction::StockCount)),
        qPrintable(r.error().message));
}

void TestVendureWrites::noteAndCancelOfAShopOrder()
{
    const QUrl shop(m_profile.value(QStringLiteral("vendure"))
                        .toObject()
                        .value(QStringLiteral("shopApi"))
                        .toString());
    Checkout checkout(m_check->http(), shop, QString::number(m_variant), 1);
    checkout.start();
    QTRY_VERIFY_WITH_TIMEOUT(checkout.finished(), 120000);
    QVERIFY2(checkout.error.isEmpty(), qPrintable(checkout.error));
    const qint64 orderId = checkout.orderId.toLongLong();
    QVERIFY(orderId > 0);

    qm::orders::OrdersService orders(
        m_shared, m_backend, qm::backends::orderActions(m_backend, m_shared, nullptr));
    const QString body = QStringLiteral("vendure writes %1").arg(QUuid::createUuid().toString());
    qm::orders::OrderAction note;
    note.kind = qm::orders::OrderAction::Kind::AddNote;
    note.orderId = orderId;
    note.text = body;
    const auto noted = qm::db::waitBlocking(orders.perform(note));
    QVERIFY2(noted.ok(), noted.ok() ? "" : text(noted.error()).constData());
    QCOMPARE(noted->id, orderId);
    QCOMPARE(noted->number, checkout.code);
    {
        auto conn = vendureAs();
        pqxx::read_transaction tx(*conn);
        QCOMPARE(tx.exec_params1("SELECT count(*) FROM qm_vendure.order_notes WHERE order_id = $1 "
                                 "AND body = $2",
                       orderId, body.toStdString())[0]
                     .as<int>(),
            1);
    }

    qm::orders::OrderAction cancel;
    cancel.kind = qm::orders::OrderAction::Kind::Cancel;
    cancel.orderId = orderId;
    cancel.text = QStringLiteral("vendure writes test");
    const auto cancelled = qm::db::waitBlocking(orders.perform(cancel));
    QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : text(cancelled.error()).constData());
    QCOMPARE(cancelled->id, orderId);
    QCOMPARE(cancelled->status, QStringLiteral("cancelled"));
    QCOMPARE(scalar("SELECT (status = 'cancelled')::int FROM qm_vendure.orders WHERE id = $1 AND "
                    "$2 = 0",
                 orderId),
        1LL);
    QCOMPARE(adminOrderState(checkout.orderId), QStringLiteral("Cancelled"));

    // The same request again (its answer lost): not sent again (the audit log beside Vendure
    // has its outcome), the order as it is now.
    const auto retried = qm::db::waitBlocking(orders.perform(cancel));
    QVERIFY2(retried.ok(), retried.ok() ? "" : text(retried.error()).constData());
    QCOMPARE(retried->status, QStringLiteral("cancelled"));

    // A second cancel (a new request) is refused by Vendure's state check; nothing else changes.
    cancel.requestId = QUuid::createUuid();
    const auto again = qm::db::waitBlocking(orders.perform(cancel));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().code == Error::Code::Conflict
            || again.error().code == Error::Code::InvalidInput,
        text(again.error()).constData());
}

std::unique_ptr<Checkout> TestVendureWrites::placeSettledOrder()
{
    const QUrl shop(m_profile.value(QStringLiteral("vendure"))
                        .toObject()
                        .value(QStringLiteral("shopApi"))
                        .toString());
    auto checkout
        = std::make_unique<Checkout>(m_check->http(), shop, QString::number(m_variant), 1);
    checkout->start();
    QElapsedTimer t;
    t.start();
    while (!checkout->finished() && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (!checkout->finished() || !checkout->error.isEmpty()) {
        qWarning().noquote() << "checkout failed:" << checkout->error;
        return nullptr;
    }
    // The dummy payment is only authorized: settle it (the test's own Admin API session).
    const auto o = await(m_check->execute(
        QStringLiteral("query($id: ID!) { order(id: $id) { payments { id state } } }"),
        {{QStringLiteral("id"), checkout->orderId}}, QStringLiteral("test: read payments")));
    if (!o)
        return nullptr;
    for (const auto &p : o->value("order").toObject().value("payments").toArray()) {
        if (p.toObject().value("state").toString() != QLatin1String("Authorized"))
            continue;
        const auto r = await(m_check->execute(
            QStringLiteral("mutation($id: ID!) { settlePayment(id: $id) { __typename } }"),
            {{QStringLiteral("id"), p.toObject().value("id")}},
            QStringLiteral("test: settle payment")));
        if (!r
            || r->value("settlePayment").toObject().value("__typename").toString()
                != QLatin1String("Payment"))
            return nullptr;
    }
    return checkout;
}

Result<qm::orders::OrderRow> TestVendureWrites::performLikeTheGui(
    qm::orders::OrdersService &orders, const qm::orders::OrderAction &action)
{
    QObject context;
    std::optional<Result<qm::orders::OrderRow>> out;
    qm::enableGuiThreadGuard(true);
    qm::whenFinished(&context, orders.perform(action),
        [&out](Result<qm::orders::OrderRow> r) { out = std::move(r); });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    qm::enableGuiThreadGuard(false);
    if (!out)
        return Error {Error::Code::Timeout, QStringLiteral("test: no answer in time"), {}, {}};
    return *out;
}

void TestVendureWrites::shipAndRefundFromTheGuiThread()
{
    const int violations = qm::guiThreadViolations();
    qm::orders::OrdersService orders(
        m_shared, m_backend, qm::backends::orderActions(m_backend, m_shared, nullptr));

    // Mark shipped: a fulfilment with the tracking code, the order Shipped.
    auto a = placeSettledOrder();
    QVERIFY(a);
    qm::orders::OrderAction ship;
    ship.kind = qm::orders::OrderAction::Kind::MarkShipped;
    ship.orderId = a->orderId.toLongLong();
    ship.text = QStringLiteral("TRK-%1").arg(a->code);
    const auto shipped = performLikeTheGui(orders, ship);
    QVERIFY2(shipped.ok(), shipped.ok() ? "" : text(shipped.error()).constData());
    QCOMPARE(shipped->id, ship.orderId);
    QCOMPARE(shipped->status, QStringLiteral("shipped"));
    QCOMPARE(adminOrderState(a->orderId), QStringLiteral("Shipped"));
    const auto fo = await(m_check->execute(
        QStringLiteral("query($id: ID!) { order(id: $id) { fulfillments { trackingCode } } }"),
        {{QStringLiteral("id"), a->orderId}}, QStringLiteral("test: read fulfilments")));
    QVERIFY(fo.ok());
    const QJsonArray fulfilments = fo->value("order").toObject().value("fulfillments").toArray();
    QCOMPARE(fulfilments.size(), 1);
    QCOMPARE(fulfilments.first().toObject().value("trackingCode").toString(), ship.text);

    // Refund after a cancel: the payment's refund in the Admin API.
    auto b = placeSettledOrder();
    QVERIFY(b);
    qm::orders::OrderAction cancel;
    cancel.kind = qm::orders::OrderAction::Kind::Cancel;
    cancel.orderId = b->orderId.toLongLong();
    cancel.text = QStringLiteral("customer asked");
    QVERIFY(performLikeTheGui(orders, cancel).ok());
    qm::orders::OrderAction refund = cancel;
    refund.kind = qm::orders::OrderAction::Kind::Refund;
    refund.requestId = QUuid::createUuid();
    refund.text = QStringLiteral("refund after cancel");
    const auto refunded = performLikeTheGui(orders, refund);
    QVERIFY2(refunded.ok(), refunded.ok() ? "" : text(refunded.error()).constData());
    QCOMPARE(refunded->id, refund.orderId);
    const auto ro = await(m_check->execute(
        QStringLiteral("query($id: ID!) { order(id: $id) { payments { amount refunds { total "
                       "reason } } } }"),
        {{QStringLiteral("id"), b->orderId}}, QStringLiteral("test: read refunds")));
    QVERIFY(ro.ok());
    const QJsonObject payment
        = ro->value("order").toObject().value("payments").toArray().first().toObject();
    const QJsonArray refunds = payment.value("refunds").toArray();
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(
        refunds.first().toObject().value("total").toDouble(), payment.value("amount").toDouble());

    // The GUI thread never waited for Vendure or the database.
    QCOMPARE(qm::guiThreadViolations(), violations);
}

// A merchandiser's session may neither adjust stock nor act on orders, though the Admin API
// signs in as the superadmin: refused before anything reaches Vendure.
void TestVendureWrites::aRoleWithoutTheRightIsRefused()
{
    qm::db::ClusterConfig c;
    qm::db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("merch"));
    p.dbname = m_database;
    c.nodes = {p};
    qm::db::Cluster merch(c);
    QVERIFY(qm::db::waitBlocking(merch.start()).ok());

    const auto merchShared = qm::db::unowned(&merch);
    qm::inventory::StockService stock(
        merchShared, m_backend, qm::backends::stockWrites(m_backend, merchShared, nullptr));
    const std::string onHandSql = "SELECT on_hand FROM qm_vendure.stock_levels "
                                  "WHERE product_id = $1 AND warehouse_id = $2";
    const long long before = scalar(onHandSql, m_variant, m_location);
    const auto r = qm::db::waitBlocking(stock.adjust(
        QUuid::createUuid(), m_variant, m_location, 5, QStringLiteral("correction"), QString()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == Error::Code::PermissionDenied, text(r.error()).constData());
    QCOMPARE(scalar(onHandSql, m_variant, m_location), before);
    QCOMPARE(adminOnHand(QString::number(m_variant), QString::number(m_location)), before);

    const qint64 order = scalar("SELECT max(id) FROM qm_vendure.orders WHERE $1 = $2", 0, 0);
    QVERIFY(order > 0);
    const std::string notesSql
        = "SELECT count(*) FROM qm_vendure.order_notes WHERE order_id = $1 AND $2 = 0";
    const long long notes = scalar(notesSql, order);
    qm::orders::OrdersService orders(
        merchShared, m_backend, qm::backends::orderActions(m_backend, merchShared, nullptr));
    qm::orders::OrderAction note;
    note.orderId = order;
    note.text = QStringLiteral("a merchandiser's note");
    const auto acted = qm::db::waitBlocking(orders.perform(note));
    QVERIFY(!acted.ok());
    QVERIFY2(acted.error().code == Error::Code::PermissionDenied, text(acted.error()).constData());
    QCOMPARE(scalar(notesSql, order), notes);
}

// The services take their writer from above (backends::, core/backends/). One built on a Vendure
// backend without it must not fall back to the reference store's console.* functions, nor write
// anything: it refuses with the backend's sentence.
void TestVendureWrites::servicesWithoutTheBackendsWriterRefuse()
{
    qm::inventory::StockService stock(m_shared, m_backend);
    const std::string onHandSql = "SELECT on_hand FROM qm_vendure.stock_levels "
                                  "WHERE product_id = $1 AND warehouse_id = $2";
    const long long before = scalar(onHandSql, m_variant, m_location);
    const auto r = qm::db::waitBlocking(stock.adjust(
        QUuid::createUuid(), m_variant, m_location, 2, QStringLiteral("correction"), QString()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().code == Error::Code::InvalidInput, text(r.error()).constData());
    QVERIFY2(r.error().message == m_backend.refusal(qm::BackendAction::StockAdjust).message,
        text(r.error()).constData());
    QCOMPARE(scalar(onHandSql, m_variant, m_location), before);
    QCOMPARE(adminOnHand(QString::number(m_variant), QString::number(m_location)), before);

    const qint64 order = scalar("SELECT max(id) FROM qm_vendure.orders WHERE $1 = $2", 0, 0);
    QVERIFY(order > 0);
    const std::string notesSql
        = "SELECT count(*) FROM qm_vendure.order_notes WHERE order_id = $1 AND $2 = 0";
    const long long notes = scalar(notesSql, order);
    qm::orders::OrdersService orders(m_shared, m_backend);
    qm::orders::OrderAction note;
    note.orderId = order;
    note.text = QStringLiteral("a note without the Vendure writer");
    const auto acted = qm::db::waitBlocking(orders.perform(note));
    QVERIFY(!acted.ok());
    QVERIFY2(acted.error().code == Error::Code::InvalidInput, text(acted.error()).constData());
    QCOMPARE(scalar(notesSql, order), notes);
}

QTEST_GUILESS_MAIN(TestVendureWrites)
#include "tst_vendurewrites.moc"
