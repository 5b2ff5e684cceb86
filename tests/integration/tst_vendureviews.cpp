// The console's read contract beside Vendure (server/vendure/migrations, schema qm_vendure of the
// sandbox's Vendure database), against the real servers:
//  - migrate --backend vendure from scratch, then again: the second run applies nothing; the
//    bookkeeping table is qm_vendure's, and Vendure's schema `public` (tables, columns, indexes,
//    constraints, triggers, grants, functions) is the same before and after;
//  - every qm_vendure view has the columns and types of its console.* twin in the reference
//    store's database (Vendure's integer keys stay integer where console.* has bigint: id and
//    *_id columns), and every function the console's reads call has the same signature;
//  - rows are Vendure's own data: each variant's SKU, price (minor units) and stock as Vendure's
//    tables hold them; a price set through Vendure's Admin API; an order placed through the
//    Shop API, with its total (subTotalWithTax + shippingWithTax);
//  - merch reads the views and cannot read or write Vendure's tables;
//  - the orders feed (qm_vendure.orders_changes) returns an order written inside a SAVEPOINT
//    whose transaction was running when the previous snapshot was taken (Vendure nests
//    transactions with savepoints), and an order placed after the snapshot.
// Skipped only when QM_SANDBOX_STORE says the sandbox has no Vendure (unset or "reference").
#include "db/migrator.h"
#include "pqcheck.h"
#include "testenv.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>
#include <QtTest>
#include <memory>
#include <pqxx/pqxx>

using qm::db::Migrator;
using qm::db::Pool;

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

template <typename T> T await(QFuture<T> f, int timeoutMs = 120000)
{
    if (!qmtest::waitFor(f, timeoutMs))
        qFatal("a job did not finish within %d ms", timeoutMs);
    return f.result();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Views and functions the console's reads use (core/catalog, core/inventory, core/orders).
const QStringList kFunctions
    = {QStringLiteral("products_estimate"), QStringLiteral("products_sample"),
        QStringLiteral("products_sample_keys"), QStringLiteral("my_capabilities"),
        QStringLiteral("order_flow"), QStringLiteral("orders_changes")};
const QStringList kViews = {QStringLiteral("products"), QStringLiteral("categories"),
    QStringLiteral("price_history"), QStringLiteral("stock_levels"), QStringLiteral("low_stock"),
    QStringLiteral("warehouses"), QStringLiteral("stock_ledger"), QStringLiteral("reservations"),
    QStringLiteral("movement_reasons"), QStringLiteral("reconcile_report"),
    QStringLiteral("orders"), QStringLiteral("order_lines"), QStringLiteral("payments"),
    QStringLiteral("order_events"), QStringLiteral("order_notes")};

// "view.n.column:type" per column of the schema's views, in order.
QStringList viewColumns(pqxx::connection &c, const std::string &schema)
{
    pqxx::work tx(c);
    QStringList out;
    for (const pqxx::row &r : tx.exec_params(
             "select c.relname || '.' || a.attnum || '.' || a.attname || ':' || "
             "format_type(a.atttypid, a.atttypmod) "
             "from pg_attribute a join pg_class c on c.oid = a.attrelid "
             "join pg_namespace n on n.oid = c.relnamespace "
             "where n.nspname = $1 and c.relkind = 'v' and a.attnum > 0 and not a.attisdropped "
             "order by c.relname, a.attnum",
             schema))
        out << q(r[0].as<std::string>());
    return out;
}

// "name(args) -> result" of the schema's functions in the list, with the schema name removed.
QStringList functionSignatures(pqxx::connection &c, const std::string &schema)
{
    pqxx::work tx(c);
    QStringList out;
    for (const pqxx::row &r :
        tx.exec_params("select p.proname || '(' || pg_get_function_arguments(p.oid) || ') -> ' || "
                       "replace(pg_get_function_result(p.oid), $1 || '.', '') "
                       "from pg_proc p join pg_namespace n on n.oid = p.pronamespace "
                       "where n.nspname = $1 order by 1",
            schema)) {
        const QString s = q(r[0].as<std::string>());
        if (kFunctions.contains(s.section(u'(', 0, 0)))
            out << s;
    }
    return out;
}

// Everything that makes up Vendure's schema `public`: relations (kind, owner, grants), columns,
// indexes, constraints, triggers, policies, functions, types. One line each, sorted.
QStringList publicFingerprint(pqxx::connection &c)
{
    pqxx::work tx(c);
    QStringList out;
    for (const pqxx::row &r : tx.exec(R"(
        select 'rel ' || c.relname || ' ' || c.relkind::text || ' ' || pg_get_userbyid(c.relowner)
               || ' ' || coalesce(c.relacl::text, '-') || ' rls=' || c.relrowsecurity
          from pg_class c where c.relnamespace = 'public'::regnamespace
        union all
        select 'col ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
               || ' ' || a.attnotnull || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '-')
               || ' ' || coalesce(a.attacl::text, '-')
          from pg_attribute a join pg_class c on c.oid = a.attrelid
          left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
         where c.relnamespace = 'public'::regnamespace and a.attnum > 0 and not a.attisdropped
        union all
        select 'idx ' || indexdef from pg_indexes where schemaname = 'public'
        union all
        select 'con ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
          from pg_constraint where connamespace = 'public'::regnamespace
        union all
        select 'trg ' || tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text
          from pg_trigger t join pg_class c on c.oid = t.tgrelid
         where c.relnamespace = 'public'::regnamespace
        union all
        select 'pol ' || tablename || ' ' || policyname from pg_policies where schemaname = 'public'
        union all
        select 'fn ' || p.oid::regprocedure::text || ' ' || coalesce(p.proacl::text, '-')
          from pg_proc p where p.pronamespace = 'public'::regnamespace
        union all
        select 'type ' || t.typname from pg_type t where t.typnamespace = 'public'::regnamespace
        union all
        select 'nsp ' || coalesce(n.nspacl::text, '-') || ' ' || pg_get_userbyid(n.nspowner)
          from pg_namespace n where n.nspname = 'public'
        order by 1)"))
        out << q(r[0].as<std::string>());
    return out;
}

// One GraphQL call to Vendure, waiting with the event loop running. The bearer token Vendure
// returns in `vendure-auth-token` is kept in *token and sent on the next call.
QJsonObject graphql(QNetworkAccessManager &net, const QString &url, QString *token,
    const QString &query, const QJsonObject &variables = {})
{
    QNetworkRequest req {QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token->isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token->toUtf8());
    QJsonObject body {{QStringLiteral("query"), query}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    QNetworkReply *reply = net.post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return {{QStringLiteral("errors"), QStringLiteral("no answer from %1 in 60 s").arg(url)}};
    }
    const QByteArray t = reply->rawHeader("vendure-auth-token");
    if (!t.isEmpty())
        *token = QString::fromUtf8(t);
    const QByteArray data = reply->readAll();
    const QString netError
        = reply->error() == QNetworkReply::NoError ? QString() : reply->errorString();
    reply->deleteLater();
    QJsonObject out = QJsonDocument::fromJson(data).object();
    if (out.isEmpty())
        out.insert(QStringLiteral("errors"),
            QStringLiteral("%1: %2 %3").arg(url, netError, QString::fromUtf8(data.left(300))));
    return out;
}

QString errorsOf(const QJsonObject &r)
{
    const QJsonValue e = r.value(QStringLiteral("errors"));
    if (e.isUndefined())
        return {};
    return e.isString()
        ? e.toString()
        : QString::fromUtf8(QJsonDocument(e.toArray()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestVendureViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void migrateFromScratchThenAgainChangesNothingInPublic();
    void viewsHaveTheColumnsAndTypesOfTheConsoleViews();
    void functionsHaveTheConsoleSignatures();
    void productsAreVendureVariants();
    void aPriceSetThroughTheAdminApiShowsInProducts();
    void merchReadsTheViewsButNotVendureTables();
    void anOrderPlacedThroughTheShopApiShowsWithItsTotal();
    void orderFlowCountsWhatTheViewsShow();
    void feedReturnsAnOrderWrittenInASavepointOfARunningTransaction();

private:
    std::unique_ptr<pqxx::connection> vendureAs(const QString &user = {}) const;
    QString placeOrder(QString *error);

    QString m_database; // Vendure's database on the sandbox's primary
    QString m_shopApi, m_adminApi, m_passfile;
};

void TestVendureViews::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    const QString store = qEnvironmentVariable("QM_SANDBOX_STORE");
    if (store.isEmpty() || store == QLatin1String("reference"))
        QSKIP("QM_SANDBOX_STORE is unset or \"reference\": this sandbox has no Vendure store "
              "(scripts/test runs with QM_SANDBOX_STORE=both)");
    const QJsonObject vendureProfile
        = readJson(qmtest::sandboxDir() + QStringLiteral("/profile-vendure.json"));
    m_database = vendureProfile.value(QStringLiteral("postgres"))
                     .toObject()
                     .value(QStringLiteral("database"))
                     .toString(QStringLiteral("vendure"));
    const QJsonObject v = vendureProfile.value(QStringLiteral("vendure")).toObject();
    const int port = qmtest::primaryParams().port + 7;
    m_shopApi = v.value(QStringLiteral("shopApi"))
                    .toString(QStringLiteral("http://127.0.0.1:%1/shop-api").arg(port));
    m_adminApi = v.value(QStringLiteral("adminApi"))
                     .toString(QStringLiteral("http://127.0.0.1:%1/admin-api").arg(port));
    m_passfile = v.value(QStringLiteral("passfile"))
                     .toString(qmtest::sandboxDir() + QStringLiteral("/vendure/superadmin.pass"));
    auto c = vendureAs();
    pqxx::work tx(*c);
    QVERIFY2(tx.exec1("select to_regclass('public.product_variant') is not null")[0].as<bool>(),
        qPrintable(QStringLiteral("QM_SANDBOX_STORE=%1, but database %2 has no Vendure tables")
                       .arg(store, m_database)));
}

std::unique_ptr<pqxx::connection> TestVendureViews::vendureAs(const QString &user) const
{
    qm::db::ConnectionParams p = qmtest::primaryParams(user);
    p.dbname = m_database;
    return std::make_unique<pqxx::connection>(p.toConninfo());
}

void TestVendureViews::migrateFromScratchThenAgainChangesNothingInPublic()
{
    auto owner = vendureAs();
    const QStringList before = publicFingerprint(*owner);
    QVERIFY(before.size() > 500); // Vendure's ~90 tables
    {
        pqxx::work tx(*owner);
        tx.exec("drop schema if exists qm_vendure cascade");
        tx.commit();
    }
    qm::db::ConnectionParams p = qmtest::primaryParams();
    p.dbname = m_database;
    Pool pool(p, 1);
    const Migrator migrator(Migrator::vendureDirectory(), Migrator::vendureSchema());
    const auto first = await(migrator.migrate(pool));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QVERIFY2(!first->appliedNow.isEmpty(), "the first migrate applied nothing");
    QVERIFY(first->upToDate());
    const auto second = await(migrator.migrate(pool));
    QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().toString()));
    QCOMPARE(second->appliedNow, QStringList());
    QCOMPARE(second->current, first->current);

    pqxx::work tx(*owner);
    QVERIFY(tx.exec1("select to_regclass('qm_vendure.qm_schema_migrations') is not null")[0]
                .as<bool>());
    QCOMPARE(tx.exec1("select count(*) from qm_vendure.qm_schema_migrations")[0].as<int>(),
        int(first->appliedNow.size()));
    tx.commit();
    const QStringList after = publicFingerprint(*owner);
    for (const QString &line : after)
        QVERIFY2(before.contains(line), qPrintable(QStringLiteral("new in public: ") + line));
    for (const QString &line : before)
        QVERIFY2(after.contains(line), qPrintable(QStringLiteral("changed in public: ") + line));
    // Also what an earlier migration (or an earlier run of this test) left: nothing in public
    // names a console role or a qm_ object.
    for (const QString &line : after)
        QVERIFY2(!line.contains(QLatin1String("qm_")),
            qPrintable(QStringLiteral("public holds something of the console's: ") + line));
    // The console's group roles exist, whatever the cluster had before.
    pqxx::work roles(*owner);
    QCOMPARE(roles
                 .exec1("select count(*) from pg_roles where rolname in ('qm_merchandiser', "
                        "'qm_store_manager', 'qm_oncall', 'qm_admin')")[0]
                 .as<int>(),
        4);
}

void TestVendureViews::viewsHaveTheColumnsAndTypesOfTheConsoleViews()
{
    auto reference = qmtest::connectAs(QString()); // the reference store's database
    auto vendure = vendureAs();
    const QStringList console = viewColumns(*reference, "console");
    const QStringList ours = viewColumns(*vendure, "qm_vendure");
    QStringList viewsHere;
    for (const QString &col : ours)
        viewsHere << col.section(u'.', 0, 0);
    viewsHere.removeDuplicates();
    for (const QString &view : kViews)
        QVERIFY2(viewsHere.contains(view), qPrintable(QStringLiteral("no qm_vendure.") + view));
    // Every qm_vendure view is a console view, column for column, type for type (typmods too).
    for (const QString &view : std::as_const(viewsHere)) {
        QStringList mine, theirs;
        for (const QString &col : ours)
            if (col.section(u'.', 0, 0) == view)
                mine << col;
        for (const QString &col : console)
            if (col.section(u'.', 0, 0) == view)
                theirs << col;
        QVERIFY2(!theirs.isEmpty(),
            qPrintable(QStringLiteral("qm_vendure.%1 has no console twin").arg(view)));
        // The one allowed difference: Vendure's integer keys stay integer where console.* has
        // bigint (id, *_id), so that Vendure's own indexes serve keyset pages and lookups.
        for (QString &col : mine) {
            const QString name = col.section(u':', 0, 0).section(u'.', 2);
            const QString widened = col.section(u':', 0, 0) + QStringLiteral(":bigint");
            if (col.endsWith(QLatin1String(":integer"))
                && (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")))
                && theirs.contains(widened))
                col = widened;
        }
        QCOMPARE(mine, theirs);
    }
}

void TestVendureViews::functionsHaveTheConsoleSignatures()
{
    auto reference = qmtest::connectAs(QString());
    auto vendure = vendureAs();
    const QStringList console = functionSignatures(*reference, "console");
    const QStringList ours = functionSignatures(*vendure, "qm_vendure");
    QCOMPARE(console.size(), kFunctions.size());
    QCOMPARE(ours, console);
}

void TestVendureViews::productsAreVendureVariants()
{
    // Vendure's own tables, read as the owner with SQL independent of the views.
    auto owner = vendureAs();
    pqxx::work otx(*owner);
    const pqxx::result expected = otx.exec(R"(
        select v.id, v.sku, pr.price, pr."currencyCode",
               (select sum(l."stockOnHand") from stock_level l where l."productVariantId" = v.id),
               (select sum(l."stockAllocated") from stock_level l where l."productVariantId" = v.id),
               (select t.name from product_variant_translation t where t."baseId" = v.id
                 and t."languageCode" = ch."defaultLanguageCode")
          from product_variant v
          join channel ch on ch.code = '__default_channel__'
          join product_variant_price pr on pr."variantId" = v.id and pr."channelId" = ch.id
               and pr."currencyCode" = ch."defaultCurrencyCode"
         where v."deletedAt" is null order by v.id limit 200)");
    const qint64 variants = otx.exec1("select count(*) from product_variant")[0].as<qint64>();
    otx.commit();
    QVERIFY(expected.size() > 10);

    auto merch = vendureAs(QStringLiteral("merch"));
    pqxx::work tx(*merch);
    QCOMPARE(tx.exec1("select count(*) from qm_vendure.products")[0].as<qint64>(), variants);
    for (const pqxx::row &e : expected) {
        const pqxx::row r = tx.exec_params1(
            "select sku, (price * 100)::bigint, currency, on_hand, reserved, available, name "
            "from qm_vendure.products where id = $1",
            e[0].as<qint64>());
        const QString id = q(e[0].c_str());
        QCOMPARE(q(r[0].as<std::string>()), q(e[1].as<std::string>()));
        QVERIFY2(r[1].as<qint64>() == e[2].as<qint64>(),
            qPrintable(QStringLiteral("variant %1: price %2 minor units in the view, %3 in Vendure")
                           .arg(id, q(r[1].c_str()), q(e[2].c_str()))));
        QCOMPARE(q(r[2].as<std::string>()), q(e[3].as<std::string>()));
        QCOMPARE(r[3].as<qint64>(), e[4].is_null() ? 0 : e[4].as<qint64>());
        QCOMPARE(r[4].as<qint64>(), e[5].is_null() ? 0 : e[5].as<qint64>());
        QCOMPARE(r[5].as<qint64>(), r[3].as<qint64>() - r[4].as<qint64>());
        QCOMPARE(q(r[6].as<std::string>()), q(e[6].as<std::string>()));
    }
    // Keyset pages are what the console reads: (sku, id) after the first page's last row.
    const pqxx::result page
        = tx.exec("select sku, id from qm_vendure.products p order by p.sku, p.id limit 5");
    QCOMPARE(int(page.size()), 5);
    const pqxx::result next
        = tx.exec_params("select sku, id from qm_vendure.products p where (p.sku, p.id) > ($1, $2) "
                         "order by p.sku, p.id limit 1",
            page[3][0].as<std::string>(), page[3][1].as<qint64>());
    QCOMPARE(next[0][1].as<qint64>(), page[4][1].as<qint64>());
}

void TestVendureViews::aPriceSetThroughTheAdminApiShowsInProducts()
{
    QFile pass(m_passfile);
    QVERIFY2(pass.open(QIODevice::ReadOnly),
        qPrintable(QStringLiteral("no superadmin password at %1 (the Vendure sandbox writes it)")
                       .arg(m_passfile)));
    const QStringList cred = QString::fromUtf8(pass.readAll()).trimmed().split(u' ');
    QCOMPARE(cred.size(), 2);

    QNetworkAccessManager net;
    QString token;
    const QJsonObject login = graphql(net, m_adminApi, &token,
        QStringLiteral("mutation($u:String!,$p:String!){login(username:$u,password:$p){"
                       "__typename}}"),
        {{QStringLiteral("u"), cred[0]}, {QStringLiteral("p"), cred[1]}});
    QVERIFY2(errorsOf(login).isEmpty() && !token.isEmpty(), qPrintable(errorsOf(login)));

    auto merch = vendureAs(QStringLiteral("merch"));
    qint64 id = 0;
    qint64 oldMinor = 0;
    {
        pqxx::work tx(*merch);
        const pqxx::row r = tx.exec1(
            "select id, (price * 100)::bigint from qm_vendure.products where status = 'active' "
            "order by id limit 1");
        id = r[0].as<qint64>();
        oldMinor = r[1].as<qint64>();
    }
    const qint64 newMinor = oldMinor + 1234;
    const auto setPrice = [&](qint64 minor) {
        return graphql(net, m_adminApi, &token,
            QStringLiteral("mutation($id:ID!,$p:Money!){updateProductVariants(input:[{id:$id,"
                           "price:$p}]){id price}}"),
            {{QStringLiteral("id"), QString::number(id)}, {QStringLiteral("p"), double(minor)}});
    };
    const QJsonObject set = setPrice(newMinor);
    QVERIFY2(errorsOf(set).isEmpty(), qPrintable(errorsOf(set)));
    qint64 seen = 0;
    {
        pqxx::work tx(*merch);
        seen = tx.exec_params1(
                     "select (price * 100)::bigint from qm_vendure.products where id = $1", id)[0]
                   .as<qint64>();
    }
    const QJsonObject restore = setPrice(oldMinor);
    QCOMPARE(seen, newMinor);
    QVERIFY2(errorsOf(restore).isEmpty(), qPrintable(errorsOf(restore)));
}

void TestVendureViews::merchReadsTheViewsButNotVendureTables()
{
    auto merch = vendureAs(QStringLiteral("merch"));
    {
        pqxx::work tx(*merch);
        for (const QString &view : kViews)
            tx.exec("select * from qm_vendure." + view.toStdString() + " limit 1");
        const std::string caps
            = tx.exec1("select qm_vendure.my_capabilities()::text")[0].as<std::string>();
        QVERIFY2(q(caps).contains(QLatin1String("catalog.edit")), caps.c_str());
        QVERIFY2(!q(caps).contains(QLatin1String("stock.reconcile")), caps.c_str());
        tx.exec("select * from qm_vendure.products_sample(50)");
        tx.exec("select * from qm_vendure.products_sample_keys(50)");
        tx.exec("select * from qm_vendure.order_flow()");
        QVERIFY(tx.exec1("select qm_vendure.products_estimate()")[0].as<qint64>() != 0);
    }
    const char *attempts[] = {
        "update public.product_variant set sku = sku where id = (select min(id) from "
        "qm_vendure.products)",
        "update public.product_variant_price set price = price",
        "delete from public.stock_level where false",
        "insert into public.history_entry (type, \"isPublic\", data, discriminator) values ('x', "
        "false, '{}', 'x')",
        "select count(*) from public.\"order\"",
        "create table public.qm_probe (x int)",
        "create view qm_vendure.qm_probe as select 1",
    };
    for (const char *sql : attempts) {
        std::string state;
        try {
            pqxx::work tx(*merch);
            tx.exec(sql);
            tx.commit();
        } catch (const pqxx::sql_error &e) {
            state = qmtest::stateOf(e);
        }
        QVERIFY2(state == "42501",
            qPrintable(QStringLiteral("merch ran \"%1\" (sqlstate \"%2\")")
                           .arg(QLatin1String(sql), q(state))));
    }
}

// add item -> customer -> address -> shipping -> ArrangingPayment -> the first eligible payment
// method. Returns the order code.
QString TestVendureViews::placeOrder(QString *error)
{
    QNetworkAccessManager net;
    QString token;
    const auto call = [&](const QString &query, const QJsonObject &vars = {}) {
        const QJsonObject r = graphql(net, m_shopApi, &token, query, vars);
        if (error->isEmpty() && !errorsOf(r).isEmpty())
            *error = errorsOf(r);
        return r.value(QStringLiteral("data")).toObject();
    };
    call(QStringLiteral("mutation{addItemToOrder(productVariantId:\"1\",quantity:2){__typename}}"));
    call(QStringLiteral(
             "mutation($i:CreateCustomerInput!){setCustomerForOrder(input:$i){__typename}}"),
        {{QStringLiteral("i"),
            QJsonObject {{QStringLiteral("emailAddress"),
                             QStringLiteral("tst-vendureviews-%1@example.com")
                                 .arg(QDateTime::currentMSecsSinceEpoch())},
                {QStringLiteral("firstName"), QStringLiteral("Test")},
                {QStringLiteral("lastName"), QStringLiteral("Views")}}}});
    call(QStringLiteral("mutation{setOrderShippingAddress(input:{streetLine1:\"1 Main St\","
                        "countryCode:\"US\"}){__typename}}"));
    const QJsonArray methods = call(QStringLiteral("{eligibleShippingMethods{id}}"))
                                   .value(QStringLiteral("eligibleShippingMethods"))
                                   .toArray();
    if (methods.isEmpty())
        return error->isEmpty() ? (*error = QStringLiteral("no shipping method"), QString())
                                : QString();
    call(QStringLiteral("mutation($id:[ID!]!){setOrderShippingMethod(shippingMethodId:$id){"
                        "__typename}}"),
        {{QStringLiteral("id"),
            QJsonArray {methods.first().toObject().value(QStringLiteral("id"))}}});
    call(
        QStringLiteral("mutation{transitionOrderToState(state:\"ArrangingPayment\"){__typename}}"));
    QString method;
    for (const QJsonValue m : call(QStringLiteral("{eligiblePaymentMethods{code isEligible}}"))
                                  .value(QStringLiteral("eligiblePaymentMethods"))
                                  .toArray())
        if (method.isEmpty() && m.toObject().value(QStringLiteral("isEligible")).toBool())
            method = m.toObject().value(QStringLiteral("code")).toString();
    const QJsonObject paid = call(
        QStringLiteral("mutation($m:String!){addPaymentToOrder(input:{method:$m,metadata:{}}){"
                       "__typename ... on Order{code state} ... on ErrorResult{message}}}"),
        {{QStringLiteral("m"), method}})
                                 .value(QStringLiteral("addPaymentToOrder"))
                                 .toObject();
    if (paid.value(QStringLiteral("__typename")).toString() != QLatin1String("Order")) {
        if (error->isEmpty())
            *error = QStringLiteral("addPaymentToOrder: ")
                + QString::fromUtf8(QJsonDocument(paid).toJson(QJsonDocument::Compact));
        return {};
    }
    return paid.value(QStringLiteral("code")).toString();
}

void TestVendureViews::anOrderPlacedThroughTheShopApiShowsWithItsTotal()
{
    QString error;
    const QString code = placeOrder(&error);
    QVERIFY2(!code.isEmpty(), qPrintable(error));

    auto owner = vendureAs();
    pqxx::work otx(*owner);
    const pqxx::row o = otx.exec_params1(
        R"(select id, "subTotalWithTax" + "shippingWithTax", "currencyCode", state,
                  (select count(*) from order_line l where l."orderId" = o.id),
                  (select "emailAddress" from customer c where c.id = o."customerId")
             from "order" o where code = $1)",
        code.toStdString());
    otx.commit();

    auto manager = vendureAs(QStringLiteral("manager"));
    pqxx::work tx(*manager);
    const pqxx::result r = tx.exec_params(
        "select id, (total * 100)::bigint, currency, status, line_count, customer_email, "
        "change_xid::text from qm_vendure.orders where number = $1",
        code.toStdString());
    QCOMPARE(int(r.size()), 1);
    QCOMPARE(r[0][0].as<qint64>(), o[0].as<qint64>());
    QCOMPARE(r[0][1].as<qint64>(), o[1].as<qint64>());
    QCOMPARE(q(r[0][2].as<std::string>()), q(o[2].as<std::string>()));
    // PaymentAuthorized (the dummy handler without automatic settling) or PaymentSettled.
    QVERIFY2(r[0][3].as<std::string>()
            == (o[3].as<std::string>() == "PaymentSettled" ? "paid" : "pending"),
        r[0][3].c_str());
    QCOMPARE(r[0][4].as<qint64>(), o[4].as<qint64>());
    QCOMPARE(q(r[0][5].as<std::string>()), q(o[5].as<std::string>()));
    QVERIFY(!r[0][6].is_null());
    const qint64 lineSum
        = tx.exec_params1(
                "select coalesce(sum(qty), 0) from qm_vendure.order_lines where order_id = $1",
                o[0].as<qint64>())[0]
              .as<qint64>();
    QCOMPARE(lineSum, qint64(2));
    QVERIFY(tx.exec_params1("select count(*) from qm_vendure.payments where order_id = $1 and "
                            "kind = 'charge' and status = 'succeeded'",
                  o[0].as<qint64>())[0]
                .as<qint64>()
        >= 1);
    QVERIFY(tx.exec_params1("select count(*) from qm_vendure.order_events where order_id = $1",
                  o[0].as<qint64>())[0]
                .as<qint64>()
        >= 3);
}

// order_flow reads Vendure's tables directly (for the index on "orderPlacedAt"); its figures
// must be those of the views, in the same transaction (the same now()).
void TestVendureViews::orderFlowCountsWhatTheViewsShow()
{
    auto manager = vendureAs(QStringLiteral("manager"));
    pqxx::work tx(*manager);
    const pqxx::row f = tx.exec1(
        "select orders_last_minute, (select sum(x) from unnest(per_minute) x), payments, "
        "payment_failures, stuck_orders, oversell_risk, cardinality(per_minute) "
        "from qm_vendure.order_flow(30)");
    const pqxx::row v = tx.exec1(
        "select (select count(*) from qm_vendure.orders o "
        "         where o.created_at >= now() - interval '1 minute'), "
        "       (select count(*) from qm_vendure.orders o "
        "         where o.created_at >= date_trunc('minute', now()) - interval '60 minutes' "
        "           and o.created_at < date_trunc('minute', now())), "
        "       (select count(*) from qm_vendure.payments p "
        "         where p.kind = 'charge' and p.at >= now() - interval '15 minutes'), "
        "       (select count(*) from qm_vendure.payments p where p.kind = 'charge' "
        "           and p.status = 'failed' and p.at >= now() - interval '15 minutes'), "
        "       (select count(*) from qm_vendure.orders o where o.status = 'paid' "
        "           and o.updated_at < now() - interval '30 minutes'), "
        "       (select count(*) from qm_vendure.stock_levels s where s.available < 0)");
    QVERIFY2(f[0].as<qint64>() >= 1, "the order placed a moment ago is not in the last minute");
    QCOMPARE(f[6].as<int>(), 60);
    const char *names[] = {"orders_last_minute", "sum(per_minute)", "payments", "payment_failures",
        "stuck_orders", "oversell_risk"};
    for (int i = 0; i < 6; ++i)
        QVERIFY2(f[i].as<qint64>(0) == v[i].as<qint64>(0),
            qPrintable(QStringLiteral("%1: order_flow %2, the views %3")
                           .arg(QLatin1String(names[i]), q(f[i].c_str()), q(v[i].c_str()))));
}

void TestVendureViews::feedReturnsAnOrderWrittenInASavepointOfARunningTransaction()
{
    // The feed's own calls (core/orders/feedworker.cpp), as the store manager.
    auto manager = vendureAs(QStringLiteral("manager"));
    const auto snapshot = [&] {
        pqxx::work tx(*manager, "snapshot");
        tx.exec("set transaction isolation level repeatable read");
        return tx.exec1("select pg_current_snapshot()::text")[0].as<std::string>();
    };
    const auto changedSince = [&](const std::string &since) {
        pqxx::work tx(*manager, "changes");
        tx.exec("set transaction isolation level repeatable read");
        QSet<qint64> ids;
        std::string afterXid = "0";
        qint64 afterId = 0;
        for (;;) {
            const pqxx::result r = tx.exec_params(
                "select o.id, o.change_xid::text from qm_vendure.orders_changes($1::pg_snapshot, "
                "$2::xid8, $3::bigint, $4::int) o",
                since, afterXid, afterId, 7);
            for (const pqxx::row &row : r)
                ids.insert(row[0].as<qint64>());
            if (r.size() < 7)
                break;
            afterXid = r[r.size() - 1][1].as<std::string>();
            afterId = r[r.size() - 1][0].as<qint64>();
        }
        return ids;
    };

    // An order placed after a snapshot is in the changes since it.
    const std::string p0 = snapshot();
    QString error;
    const QString code = placeOrder(&error);
    QVERIFY2(!code.isEmpty(), qPrintable(error));
    auto owner = vendureAs();
    qint64 orderId = 0;
    {
        pqxx::work tx(*owner);
        orderId = tx.exec_params1("select id from \"order\" where code = $1", code.toStdString())[0]
                      .as<qint64>();
    }
    QVERIFY(changedSince(p0).contains(orderId));

    // A transaction with an xid writes the order inside a SAVEPOINT (as TypeORM does for a
    // nested transaction): the row's xmin is the subtransaction's xid. The next snapshot is
    // taken while it runs; it commits afterwards. The write (the same values again) must be in
    // the changes since that snapshot, although the subtransaction's xid is neither in the
    // snapshot's list of running transactions nor at or above its xmax.
    auto writer = vendureAs();
    pqxx::work w(*writer, "writer");
    w.exec("select pg_current_xact_id()");
    w.exec("savepoint typeorm_1");
    w.exec_params(
        "update public.\"order\" set \"updatedAt\" = \"updatedAt\" where id = $1", orderId);
    w.exec("release savepoint typeorm_1");
    {
        // A later transaction with an xid ends first, so that the snapshot's xmax is above the
        // subtransaction's xid (a snapshot's xmax is the latest completed xid + 1).
        pqxx::work other(*owner, "other");
        other.exec("select pg_current_xact_id()");
        other.commit();
    }
    const std::string p1 = snapshot();
    const QSet<qint64> before = changedSince(p1);
    QVERIFY2(!before.contains(orderId), "the uncommitted write is visible");
    w.commit();
    {
        // The scenario happened: the row's writer (the subtransaction) lies between the
        // snapshot's xmin and xmax, outside its list of running transactions.
        pqxx::work tx(*owner);
        const pqxx::row r = tx.exec_params1(
            "select o.change_xid > pg_snapshot_xmin($1::pg_snapshot) "
            "and o.change_xid < pg_snapshot_xmax($1::pg_snapshot) "
            "and o.change_xid <> all (array(select pg_snapshot_xip($1::pg_snapshot))) "
            "from qm_vendure.orders o where o.id = $2",
            p1, orderId);
        QVERIFY2(r[0].as<bool>(),
            "the savepoint's xid is not between the snapshot's xmin and "
            "xmax outside its xip: the test did not make its case");
    }
    QVERIFY2(changedSince(p1).contains(orderId),
        qPrintable(QStringLiteral("order %1, written in a savepoint of a transaction running at "
                                  "snapshot %2, is not in qm_vendure.orders_changes since it")
                       .arg(orderId)
                       .arg(q(p1))));
}

QTEST_MAIN(TestVendureViews)
#include "tst_vendureviews.moc"
