// The console's audit log beside Vendure (server/vendure/migrations/0004_audit.sql): the Vendure
// writers (stock, orders, catalog; core/vendure/vendurewrites.cpp) write the intent into
// qm_vendure's hash-chained log BEFORE the Admin API call and the outcome after it, under the
// same request id; when the intent cannot be written the call is not sent (Vendure's value stays
// what it was). verify_audit_chain() recomputes the chain (and names a changed row), the log and
// its key are out of the console roles' reach, and the definers pin their search_path.
//
// Where Vendure is: $QM_SANDBOX_DIR/profile-vendure.json (QM_SANDBOX_STORE=both|vendure).
#include "backend/backend.h"
#include "backends/writes.h"
#include "capacity/annotations.h"
#include "catalog/catalogwrites.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "inventory/stockservice.h"
#include "orders/ordersservice.h"
#include "safety/audit.h"
#include "testenv.h"
#include "vendure/adminclient.h"
#include "vendureshop.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QUuid>
#include <QtTest>
#include <algorithm>
#include <memory>
#include <pqxx/pqxx>

using qm::Backend;
using qm::BackendKind;
using qm::Error;
using qm::Result;
using qmtest::await;
using qmtest::Checkout;
using qmtest::text;

namespace {

struct AuditRow
{
    qint64 id = 0;
    QString actor, action, target, phase;
    QJsonObject plan, outcome;
};

QJsonObject json(const pqxx::field &f)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(f.as<std::string>())).object();
}

} // namespace

class TestVendureAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stockAdjustmentLeavesIntentAndOutcome();
    void orderNoteLeavesIntentAndOutcome();
    void catalogPriceEditLeavesIntentAndOutcome();
    void withoutTheAuditFunctionNothingIsSent();
    void aChangedRowBreaksTheChain();
    void theLogIsOutOfTheConsoleRolesReach();
    void aStaleSnapshotCannotForkTheChain();
    void definersPinTheirSearchPath();
    void chartAnnotationsReadTheVendureLog();

private:
    std::unique_ptr<pqxx::connection> vendureAs(const QString &user = {}) const;
    std::shared_ptr<qm::db::Cluster> clusterAs(const QString &user);
    QVector<AuditRow> rowsOf(const QUuid &request) const;
    bool chainOk(const QString &user = QStringLiteral("manager")) const;
    qint64 adminOnHand();
    qint64 adminPrice();
    int noteCount(qint64 orderId, const QString &body) const;
    void verifyIntentThenOutcome(const QVector<AuditRow> &rows, const QString &action,
        const QString &actor, const QString &status);

    QJsonObject m_profile;
    QString m_database;
    Backend m_backend;
    std::vector<std::unique_ptr<qm::db::Cluster>> m_clusters;
    std::unique_ptr<qm::vendure::AdminClient> m_check; // the test's own Admin API session
    qint64 m_variant = 0;
    int m_location = 0;
};

void TestVendureAudit::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    const QString store = qEnvironmentVariable("QM_SANDBOX_STORE");
    const QString path = qmtest::sandboxDir() + QStringLiteral("/profile-vendure.json");
    if (!QFile::exists(path)) {
        if (store.isEmpty() || store == QLatin1String("reference"))
            QSKIP("no Vendure in this sandbox (QM_SANDBOX_STORE is unset or \"reference\")");
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
    m_backend = Backend(BackendKind::Vendure, settings);
    m_check = std::make_unique<qm::vendure::AdminClient>(qm::vendure::AdminConfig::fromJson(v));

    auto conn = vendureAs();
    pqxx::read_transaction tx(*conn);
    const pqxx::result r = tx.exec(
        "SELECT s.product_id, s.warehouse_id FROM qm_vendure.stock_levels s "
        "WHERE (SELECT count(*) FROM qm_vendure.stock_levels o WHERE o.product_id = s.product_id) "
        "= 1 AND s.available BETWEEN 20 AND 100000 ORDER BY s.product_id DESC LIMIT 1");
    QVERIFY2(!r.empty(), "no Vendure variant with one stock location and 20 or more available");
    m_variant = r[0][0].as<qint64>();
    m_location = r[0][1].as<int>();
}

std::unique_ptr<pqxx::connection> TestVendureAudit::vendureAs(const QString &user) const
{
    qm::db::ConnectionParams p = qmtest::primaryParams(user);
    p.dbname = m_database;
    return std::make_unique<pqxx::connection>(p.toConninfo());
}

std::shared_ptr<qm::db::Cluster> TestVendureAudit::clusterAs(const QString &user)
{
    qm::db::ClusterConfig c;
    qm::db::ConnectionParams p = qmtest::primaryParams(user);
    p.dbname = m_database;
    c.nodes = {p};
    m_clusters.push_back(std::make_unique<qm::db::Cluster>(c));
    if (!qm::db::waitBlocking(m_clusters.back()->start()).ok())
        return nullptr;
    return qm::db::unowned(m_clusters.back().get());
}

QVector<AuditRow> TestVendureAudit::rowsOf(const QUuid &request) const
{
    auto conn = vendureAs(QStringLiteral("manager")); // the view, as a console role reads it
    pqxx::read_transaction tx(*conn);
    QVector<AuditRow> out;
    for (const auto &r : tx.exec_params(
             "SELECT id, actor, action, target, coalesce(plan ->> 'phase', ''), plan::text, "
             "outcome::text FROM qm_vendure.audit_log WHERE request_id = $1 ORDER BY id",
             request.toString(QUuid::WithoutBraces).toStdString())) {
        AuditRow a;
        a.id = r[0].as<qint64>();
        a.actor = QString::fromStdString(r[1].as<std::string>());
        a.action = QString::fromStdString(r[2].as<std::string>());
        a.target = QString::fromStdString(r[3].as<std::string>());
        a.phase = QString::fromStdString(r[4].as<std::string>());
        a.plan = json(r[5]);
        a.outcome = json(r[6]);
        out.push_back(a);
    }
    return out;
}

bool TestVendureAudit::chainOk(const QString &user) const
{
    auto conn = vendureAs(user);
    pqxx::read_transaction tx(*conn);
    const pqxx::row all = tx.exec1("SELECT ok, checked FROM qm_vendure.verify_audit_chain()");
    // The range form over the whole log in two halves says the same, and the head is the last.
    const pqxx::row head = tx.exec1("SELECT id FROM qm_vendure.audit_head()");
    const qint64 mid = head[0].as<qint64>() / 2;
    const pqxx::row a = tx.exec_params1(
        "SELECT ok, checked, last_id FROM qm_vendure.verify_audit_chain(0, $1)", int(mid));
    const qint64 from = a[2].is_null() ? 0 : a[2].as<qint64>() + 1;
    const pqxx::row b
        = tx.exec_params1("SELECT v.ok, v.checked, v.last_id, v.last_hash = h.hash FROM "
                          "qm_vendure.verify_audit_chain($1, NULL) v, qm_vendure.audit_head() h",
            from);
    if (all[0].as<bool>() != (a[0].as<bool>() && b[0].as<bool>()))
        qWarning() << "whole chain and ranges disagree";
    if (all[1].as<qint64>() != a[1].as<qint64>() + b[1].as<qint64>())
        qWarning() << "the ranges do not cover the log";
    if (!b[2].is_null() && (b[2].as<qint64>() != head[0].as<qint64>() || !b[3].as<bool>()))
        qWarning() << "the last range does not end at audit_head()";
    return all[0].as<bool>() && a[0].as<bool>() && b[0].as<bool>()
        && all[1].as<qint64>() == a[1].as<qint64>() + b[1].as<qint64>()
        && (b[2].is_null() || b[2].as<qint64>() == head[0].as<qint64>());
}

qint64 TestVendureAudit::adminOnHand()
{
    const auto v = await(m_check->variant(QString::number(m_variant)));
    if (!v) {
        qWarning().noquote() << text(v.error());
        return -1;
    }
    const auto *at = v->at(QString::number(m_location));
    return at ? at->onHand : -1;
}

qint64 TestVendureAudit::adminPrice()
{
    const auto v = await(m_check->variant(QString::number(m_variant)));
    return v ? v->price : -1;
}

int TestVendureAudit::noteCount(qint64 orderId, const QString &body) const
{
    auto conn = vendureAs();
    pqxx::read_transaction tx(*conn);
    return tx
        .exec_params1("SELECT count(*) FROM qm_vendure.order_notes WHERE order_id = $1 AND "
                      "body = $2",
            orderId, body.toStdString())[0]
        .as<int>();
}

void TestVendureAudit::verifyIntentThenOutcome(const QVector<AuditRow> &rows, const QString &action,
    const QString &actor, const QString &status)
{
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].action, action);
    QCOMPARE(rows[0].actor, actor);
    QCOMPARE(rows[0].outcome, QJsonObject({{QStringLiteral("phase"), QStringLiteral("intent")}}));
    QCOMPARE(rows[1].action, action);
    QCOMPARE(rows[1].phase, QStringLiteral("outcome"));
    QCOMPARE(rows[1].plan.value(QStringLiteral("intent_id")).toInteger(), rows[0].id);
    QCOMPARE(rows[1].outcome.value(QStringLiteral("status")).toString(), status);
}

void TestVendureAudit::stockAdjustmentLeavesIntentAndOutcome()
{
    auto cluster = clusterAs(QStringLiteral("manager"));
    QVERIFY(cluster);
    qm::inventory::StockService stock(
        cluster, m_backend, qm::backends::stockWrites(m_backend, cluster, nullptr));
    const qint64 before = adminOnHand();
    QVERIFY(before >= 0);
    const QUuid request = QUuid::createUuid();
    const auto up = qm::db::waitBlocking(stock.adjust(request, m_variant, m_location, 2,
        QStringLiteral("correction"), QStringLiteral("audit test")));
    QVERIFY2(up.ok(), up.ok() ? "" : text(up.error()).constData());
    QCOMPARE(adminOnHand(), before + 2);

    const QVector<AuditRow> rows = rowsOf(request);
    verifyIntentThenOutcome(
        rows, QStringLiteral("stock.adjust"), QStringLiteral("manager"), QStringLiteral("applied"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows[0].plan.value(QStringLiteral("delta")).toInt(), 2);
    QCOMPARE(rows[0].plan.value(QStringLiteral("variant")).toInteger(), m_variant);
    // The outcome keeps the Admin API's answer: the level before and after.
    const QJsonObject vendure = rows[1].outcome.value(QStringLiteral("vendure")).toObject();
    QCOMPARE(vendure.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("stockOnHand"))
                 .toInteger(),
        before);
    QCOMPARE(vendure.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("stockOnHand"))
                 .toInteger(),
        before + 2);
    QVERIFY(chainOk());

    // The same request again (its answer lost): not sent again, no new audit rows.
    const auto again = qm::db::waitBlocking(stock.adjust(request, m_variant, m_location, 2,
        QStringLiteral("correction"), QStringLiteral("audit test")));
    QVERIFY2(again.ok(), again.ok() ? "" : text(again.error()).constData());
    QCOMPARE(adminOnHand(), before + 2);
    QCOMPARE(rowsOf(request).size(), 2);

    // A refused adjustment (below what is allocated) is audited as refused.
    const QUuid refused = QUuid::createUuid();
    const auto tooMuch = qm::db::waitBlocking(stock.adjust(
        refused, m_variant, m_location, -int(before + 1000), QStringLiteral("correction"), {}));
    QVERIFY(!tooMuch.ok());
    QCOMPARE(adminOnHand(), before + 2);
    const QVector<AuditRow> refusedRows = rowsOf(refused);
    verifyIntentThenOutcome(refusedRows, QStringLiteral("stock.adjust"), QStringLiteral("manager"),
        QStringLiteral("failed"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(refusedRows[1].outcome.value(QStringLiteral("error")).toString(),
        Error::codeName(Error::Code::Constraint));
    QVERIFY(chainOk(QStringLiteral("merch")));
}

void TestVendureAudit::orderNoteLeavesIntentAndOutcome()
{
    auto cluster = clusterAs(QStringLiteral("manager"));
    QVERIFY(cluster);
    const QUrl shop(m_profile.value(QStringLiteral("vendure"))
                        .toObject()
                        .value(QStringLiteral("shopApi"))
                        .toString());
    Checkout checkout(m_check->http(), shop, QString::number(m_variant), 1);
    checkout.start();
    QTRY_VERIFY_WITH_TIMEOUT(checkout.finished(), 120000);
    QVERIFY2(checkout.error.isEmpty(), qPrintable(checkout.error));
    const qint64 orderId = checkout.orderId.toLongLong();

    qm::orders::OrdersService orders(
        cluster, m_backend, qm::backends::orderActions(m_backend, cluster, nullptr));
    qm::orders::OrderAction note;
    note.kind = qm::orders::OrderAction::Kind::AddNote;
    note.orderId = orderId;
    note.text = QStringLiteral("audited note %1").arg(QUuid::createUuid().toString());
    const auto noted = qm::db::waitBlocking(orders.perform(note));
    QVERIFY2(noted.ok(), noted.ok() ? "" : text(noted.error()).constData());
    QCOMPARE(noteCount(orderId, note.text), 1);
    const QVector<AuditRow> rows = rowsOf(note.requestId);
    verifyIntentThenOutcome(rows, QStringLiteral("orders.add_note"), QStringLiteral("manager"),
        QStringLiteral("applied"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows[0].target, QStringLiteral("order:%1").arg(orderId));
    QCOMPARE(rows[0].plan.value(QStringLiteral("text")).toString(), note.text);
    QCOMPARE(rows[1]
                 .outcome.value(QStringLiteral("vendure"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
        checkout.code);
    QVERIFY(chainOk());

    // A retry of the same request: the note is not added twice.
    const auto again = qm::db::waitBlocking(orders.perform(note));
    QVERIFY2(again.ok(), again.ok() ? "" : text(again.error()).constData());
    QCOMPARE(noteCount(orderId, note.text), 1);
    QCOMPARE(rowsOf(note.requestId).size(), 2);
}

void TestVendureAudit::catalogPriceEditLeavesIntentAndOutcome()
{
    auto cluster = clusterAs(QStringLiteral("merch"));
    QVERIFY(cluster);
    auto writes = qm::backends::catalogWrites(m_backend, cluster, nullptr);
    auto conn = vendureAs(QStringLiteral("merch"));
    pqxx::read_transaction tx(*conn);
    const pqxx::row r = tx.exec_params1(
        "SELECT version, price::text, sku FROM qm_vendure.products WHERE id = $1", m_variant);
    tx.commit();
    const qint64 minor = adminPrice() + 77;
    qm::catalog::PendingEdit e;
    e.productId = m_variant;
    e.sku = QString::fromStdString(r[2].as<std::string>());
    e.baseVersion = r[0].as<int>();
    e.requestId = QUuid::createUuid();
    e.changes = {{QStringLiteral("price"),
        QStringLiteral("%1.%2").arg(minor / 100).arg(minor % 100, 2, 10, QLatin1Char('0'))}};
    e.base = {{QStringLiteral("price"), QString::fromStdString(r[1].as<std::string>())}};
    const auto applied = await(writes->applyEdits({e}), 60000);
    QVERIFY2(applied.ok(), applied.ok() ? "" : text(applied.error()).constData());
    QVERIFY(applied->committed);
    QCOMPARE(adminPrice(), minor);

    // The batch's rows: found by the edit's request id in the plan.
    auto audit = vendureAs(QStringLiteral("merch"));
    pqxx::read_transaction atx(*audit);
    const pqxx::result ids
        = atx.exec_params("SELECT request_id::text FROM qm_vendure.audit_log WHERE action = "
                          "'catalog.update_product' AND plan -> 'edits' -> 0 ->> 'request' = $1",
            e.requestId.toString(QUuid::WithoutBraces).toStdString());
    QCOMPARE(int(ids.size()), 1);
    const QVector<AuditRow> rows
        = rowsOf(QUuid(QString::fromStdString(ids[0][0].as<std::string>())));
    verifyIntentThenOutcome(rows, QStringLiteral("catalog.update_product"), QStringLiteral("merch"),
        QStringLiteral("applied"));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(rows[0].target, QStringLiteral("variant:%1").arg(m_variant));
    QVERIFY(chainOk(QStringLiteral("merch")));
}

void TestVendureAudit::withoutTheAuditFunctionNothingIsSent()
{
    // The intent function out of the console roles' reach (as if the migration were missing or
    // a DBA revoked it): every writer must refuse before the Admin API call.
    {
        auto owner = vendureAs();
        pqxx::work tx(*owner);
        tx.exec("REVOKE EXECUTE ON FUNCTION qm_vendure.audit_intent(uuid, text, text, jsonb) "
                "FROM qm_merchandiser, qm_store_manager, qm_oncall");
        tx.commit();
    }
    auto restore = qScopeGuard([this] {
        auto owner = vendureAs();
        pqxx::work tx(*owner);
        tx.exec("GRANT EXECUTE ON FUNCTION qm_vendure.audit_intent(uuid, text, text, jsonb) "
                "TO qm_merchandiser, qm_store_manager, qm_oncall");
        tx.commit();
    });

    auto manager = clusterAs(QStringLiteral("manager"));
    QVERIFY(manager);
    qm::inventory::StockService stock(
        manager, m_backend, qm::backends::stockWrites(m_backend, manager, nullptr));
    const qint64 before = adminOnHand();
    const QUuid request = QUuid::createUuid();
    const auto r = qm::db::waitBlocking(
        stock.adjust(request, m_variant, m_location, 5, QStringLiteral("correction"), QString()));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(QStringLiteral("nothing was sent to Vendure")),
        text(r.error()).constData());
    QCOMPARE(adminOnHand(), before);
    QVERIFY(rowsOf(request).isEmpty());

    // An order note: not added.
    const QUrl shop(m_profile.value(QStringLiteral("vendure"))
                        .toObject()
                        .value(QStringLiteral("shopApi"))
                        .toString());
    Checkout checkout(m_check->http(), shop, QString::number(m_variant), 1);
    checkout.start();
    QTRY_VERIFY_WITH_TIMEOUT(checkout.finished(), 120000);
    QVERIFY2(checkout.error.isEmpty(), qPrintable(checkout.error));
    qm::orders::OrdersService orders(
        manager, m_backend, qm::backends::orderActions(m_backend, manager, nullptr));
    qm::orders::OrderAction note;
    note.kind = qm::orders::OrderAction::Kind::AddNote;
    note.orderId = checkout.orderId.toLongLong();
    note.text = QStringLiteral("unaudited note %1").arg(QUuid::createUuid().toString());
    const auto noted = qm::db::waitBlocking(orders.perform(note));
    QVERIFY(!noted.ok());
    QCOMPARE(noteCount(note.orderId, note.text), 0);

    // A price edit: Vendure's price unchanged.
    auto merch = clusterAs(QStringLiteral("merch"));
    QVERIFY(merch);
    auto writes = qm::backends::catalogWrites(m_backend, merch, nullptr);
    auto conn = vendureAs(QStringLiteral("merch"));
    pqxx::read_transaction tx(*conn);
    const pqxx::row row = tx.exec_params1(
        "SELECT version, price::text, sku FROM qm_vendure.products WHERE id = $1", m_variant);
    tx.commit();
    const qint64 price = adminPrice();
    qm::catalog::PendingEdit e;
    e.productId = m_variant;
    e.sku = QString::fromStdString(row[2].as<std::string>());
    e.baseVersion = row[0].as<int>();
    e.requestId = QUuid::createUuid();
    e.changes = {{QStringLiteral("price"), QStringLiteral("%1.00").arg(price / 100 + 3)}};
    e.base = {{QStringLiteral("price"), QString::fromStdString(row[1].as<std::string>())}};
    const auto applied = await(writes->applyEdits({e}), 60000);
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(QStringLiteral("nothing was sent to Vendure")),
        text(applied.error()).constData());
    QCOMPARE(adminPrice(), price);
}

void TestVendureAudit::aChangedRowBreaksTheChain()
{
    QVERIFY(chainOk());
    auto owner = vendureAs();
    // The owner (the only one who can) switches the append-only trigger off, changes a row's
    // plan, and verify_audit_chain names it; then the row is put back.
    qint64 id = 0;
    std::string plan;
    {
        pqxx::work tx(*owner);
        const pqxx::row r = tx.exec1(
            "SELECT id, plan::text FROM qm_vendure_private.audit_log ORDER BY id DESC LIMIT 1");
        id = r[0].as<qint64>();
        plan = r[1].as<std::string>();
        tx.exec("ALTER TABLE qm_vendure_private.audit_log DISABLE TRIGGER audit_log_append_only");
        tx.exec_params("UPDATE qm_vendure_private.audit_log SET plan = plan || '{\"x\": 1}' "
                       "WHERE id = $1",
            id);
        tx.exec("ALTER TABLE qm_vendure_private.audit_log ENABLE TRIGGER audit_log_append_only");
        tx.commit();
    }
    auto putBack = qScopeGuard([&] {
        pqxx::work tx(*owner);
        tx.exec("ALTER TABLE qm_vendure_private.audit_log DISABLE TRIGGER audit_log_append_only");
        tx.exec_params(
            "UPDATE qm_vendure_private.audit_log SET plan = $2::jsonb WHERE id = $1", id, plan);
        tx.exec("ALTER TABLE qm_vendure_private.audit_log ENABLE TRIGGER audit_log_append_only");
        tx.commit();
    });
    {
        auto conn = vendureAs(QStringLiteral("manager"));
        pqxx::read_transaction tx(*conn);
        const pqxx::row r
            = tx.exec1("SELECT ok, first_bad_id FROM qm_vendure.verify_audit_chain()");
        QVERIFY(!r[0].as<bool>());
        QCOMPARE(r[1].as<qint64>(), id);
        const pqxx::row before = tx.exec_params1(
            "SELECT v.ok FROM qm_vendure.verify_audit_chain(0, (SELECT count(*)::int FROM "
            "qm_vendure.audit_log WHERE id < $1)) v",
            id);
        QVERIFY(before[0].as<bool>()); // the rows before it are fine
    }
    putBack.dismiss();
    {
        pqxx::work tx(*owner);
        tx.exec("ALTER TABLE qm_vendure_private.audit_log DISABLE TRIGGER audit_log_append_only");
        tx.exec_params(
            "UPDATE qm_vendure_private.audit_log SET plan = $2::jsonb WHERE id = $1", id, plan);
        tx.exec("ALTER TABLE qm_vendure_private.audit_log ENABLE TRIGGER audit_log_append_only");
        tx.commit();
    }
    QVERIFY(chainOk());

    // With the trigger on, not even the owner changes or deletes a row.
    pqxx::work tx(*owner);
    QVERIFY_EXCEPTION_THROWN(
        tx.exec_params("DELETE FROM qm_vendure_private.audit_log WHERE id = $1", id),
        pqxx::sql_error);
}

void TestVendureAudit::theLogIsOutOfTheConsoleRolesReach()
{
    for (const QString &user : {QStringLiteral("merch"), QStringLiteral("manager"),
             QStringLiteral("oncall"), QStringLiteral("admin")}) {
        auto conn = vendureAs(user);
        for (const char *sql :
            {"SELECT count(*) FROM qm_vendure_private.audit_log",
                "SELECT key FROM qm_vendure_private.audit_key", "DELETE FROM qm_vendure.audit_log",
                "UPDATE qm_vendure.audit_log SET action = 'x.y'",
                "INSERT INTO qm_vendure.audit_log (action, prev_hash, hash) VALUES ('x.y', '', '')",
                "SELECT qm_vendure_private.audit('orders.x', '', NULL, '{}', '{}')"}) {
            pqxx::work tx(*conn);
            bool refused = false;
            try {
                tx.exec(sql);
            } catch (const pqxx::sql_error &) {
                refused = true;
            }
            QVERIFY2(refused, qPrintable(user + QStringLiteral(": ") + QLatin1String(sql)));
        }
        // ... but reads the view.
        pqxx::read_transaction tx(*conn);
        QVERIFY(tx.exec1("SELECT count(*) FROM qm_vendure.audit_log")[0].as<qint64>() > 0);
    }
    // A role without the action's group role cannot write its intent (merch: stock.*).
    auto merch = vendureAs(QStringLiteral("merch"));
    pqxx::work tx(*merch);
    QVERIFY_EXCEPTION_THROWN(tx.exec_params("SELECT qm_vendure.audit_intent($1::uuid, "
                                            "'stock.adjust', 'x', '{}')",
                                 QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()),
        pqxx::sql_error);
}

// Under REPEATABLE READ an append would link to the transaction's snapshot of the head, not the
// latest committed row (Vendure migration 0005): refused, and the chain stays whole.
void TestVendureAudit::aStaleSnapshotCannotForkTheChain()
{
    auto oncall = vendureAs(QStringLiteral("oncall"));
    auto other = vendureAs(QStringLiteral("oncall"));
    const auto request
        = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(); };
    {
        pqxx::work tx(*oncall);
        tx.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        tx.exec("SELECT count(*) FROM qm_vendure.audit_log"); // the snapshot is taken here
        {
            pqxx::work o(*other);
            o.exec_params("SELECT qm_vendure.audit_intent($1::uuid, 'runbooks.run', 'other', '{}')",
                request());
            o.commit();
        }
        std::string state;
        try {
            tx.exec_params("SELECT qm_vendure.audit_intent($1::uuid, 'runbooks.run', 'stale', "
                           "'{}')",
                request());
        } catch (const pqxx::sql_error &e) {
            state = e.sqlstate();
        }
        QCOMPARE(state, std::string("0A000"));
    }
    pqxx::read_transaction tx(*oncall);
    QVERIFY(tx.exec1("SELECT ok FROM qm_vendure.verify_audit_chain()")[0].as<bool>());
}

void TestVendureAudit::definersPinTheirSearchPath()
{
    auto conn = vendureAs();
    pqxx::read_transaction tx(*conn);
    int definers = 0;
    for (const auto &r :
        tx.exec("SELECT p.oid::regprocedure::text, coalesce(array_to_string(p.proconfig, ';'), '') "
                "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname IN ('qm_vendure', 'qm_vendure_private') AND p.prosecdef")) {
        ++definers;
        QCOMPARE(QString::fromStdString(r[1].as<std::string>()),
            QStringLiteral("search_path=pg_catalog, pg_temp"));
    }
    QVERIFY(definers >= 6); // the six audit definers at least
    // No console role may create in a schema these definers search or name.
    for (const char *role : {"qm_merchandiser", "qm_store_manager", "qm_oncall", "qm_admin"}) {
        QVERIFY2(!tx.exec_params1("SELECT has_schema_privilege($1, 'qm_vendure', 'CREATE') OR "
                                  "has_schema_privilege($1, 'qm_vendure_private', 'CREATE') OR "
                                  "has_schema_privilege($1, 'qm_vendure_private', 'USAGE')",
                        std::string(role))[0]
                      .as<bool>(),
            role);
    }
}

// The Capacity charts' markers (core/capacity/annotations) of a Vendure profile come from
// qm_vendure.audit_log, where its actions are recorded, not from the reference store's log.
void TestVendureAudit::chartAnnotationsReadTheVendureLog()
{
    auto oncall = clusterAs(QStringLiteral("oncall"));
    QVERIFY(oncall);
    qm::safety::DbAuditSink sink(oncall, BackendKind::Vendure);
    qm::safety::AuditEntry e;
    e.action = QStringLiteral("cache.purge_pattern");
    e.target
        = QStringLiteral("page:annotation-%1:*").arg(e.requestId.toString(QUuid::WithoutBraces));
    e.plan = QJsonObject {{QStringLiteral("count"), 3}};
    e.outcome = QJsonObject {{QStringLiteral("done"), 3}};
    const qint64 from = QDateTime::currentMSecsSinceEpoch() - 60000;
    const qm::Status recorded = sink.record(e);
    QVERIFY2(recorded.ok(), qPrintable(qmtest::errorOf(recorded).toString()));
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 60000;
    auto find = [&e](const std::vector<qm::capacity::Annotation> &list) {
        return std::find_if(list.begin(), list.end(),
            [&e](const qm::capacity::Annotation &a) { return a.target == e.target; });
    };

    auto manager = clusterAs(QStringLiteral("manager"));
    QVERIFY(manager);
    const auto vendure
        = await(qm::capacity::Annotations::load(*manager, BackendKind::Vendure, from, to));
    QVERIFY2(vendure.ok(), qPrintable(qmtest::errorOf(vendure).toString()));
    const auto it = find(vendure.value());
    QVERIFY2(it != vendure->end(), "the Vendure profile's purge is not on its chart");
    QCOMPARE(it->kind, qm::capacity::Annotation::Kind::Purge);
    QCOMPARE(it->actor, QStringLiteral("oncall"));
    QVERIFY(it->plan.contains(QStringLiteral("count")));

    // The reference store's log (the console's database) does not have it.
    qm::db::Cluster reference(qmtest::clusterConfig(QStringLiteral("manager")));
    QVERIFY(qm::db::waitBlocking(reference.start()).ok());
    const auto console
        = await(qm::capacity::Annotations::load(reference, BackendKind::Reference, from, to));
    QVERIFY2(console.ok(), qPrintable(qmtest::errorOf(console).toString()));
    QVERIFY(find(console.value()) == console->end());
}

QTEST_GUILESS_MAIN(TestVendureAudit)
#include "tst_vendureaudit.moc"
