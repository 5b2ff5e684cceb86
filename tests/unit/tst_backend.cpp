// The backend seam without servers: the profile's "backend" and "vendure" keys (round trip, every
// bad value refused with its sentence), the read schema each backend names, the SQL the catalog
// query, the orders page and the orders feed build for a reference and a Vendure profile, and
// what a backend says it cannot do; which writer the factory above the services (backends::)
// gives each backend, and what a service given none does.
#include "backend/backend.h"
#include "backends/writes.h"
#include "catalog/catalogquery.h"
#include "catalog/catalogwrites.h"
#include "db/cluster.h"
#include "inventory/stockservice.h"
#include "inventory/stockwrites.h"
#include "orders/feedworker.h"
#include "orders/orderactions.h"
#include "orders/ordersservice.h"
#include "profiles/profile.h"
#include "vendure/vendurewrites.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace qm;

namespace {

QByteArray j(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

// The sandbox's reference profile with `extra` (JSON members, single quotes) added.
QByteArray profileWith(const char *extra)
{
    QByteArray text = j("{'name':'V','environment':'development',"
                        "'postgres':{'hosts':['127.0.0.1:21200'],'database':'vendure',"
                        "'user':'admin','sslmode':'prefer'},"
                        "'redis':{'mode':'standalone','host':'127.0.0.1','port':21202},"
                        "'patroni':[],'varnish':[]");
    if (*extra)
        text += ',' + j(extra);
    return text + '}';
}

// Every schema-qualified name in a statement: "<schema>.<name>".
QStringList qualifiedNames(const QString &sql)
{
    QStringList out;
    static const QRegularExpression re(QStringLiteral("\\b(console|qm_vendure|shop)\\.([a-z_]+)"));
    for (auto it = re.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out << m.captured(0);
    }
    return out;
}

// The statement names at least one object, and every one of them in `schema`.
bool allIn(const QString &sql, const QString &schema, QString *why)
{
    const QStringList names = qualifiedNames(sql);
    if (names.isEmpty()) {
        *why = QStringLiteral("no schema-qualified name in: ") + sql;
        return false;
    }
    for (const QString &n : names) {
        if (!n.startsWith(schema + u'.')) {
            *why = n + QStringLiteral(" is not in ") + schema + QStringLiteral(": ") + sql;
            return false;
        }
    }
    return true;
}

} // namespace

class TestBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheReferenceStore()
    {
        const auto p = Profile::fromJsonBytes(profileWith(""));
        QVERIFY(p.ok());
        QCOMPARE(p->backend, BackendKind::Reference);
        QVERIFY(p->vendure.isEmpty());
        // Nothing new is written for a reference profile: today's files stay byte for byte.
        QVERIFY(!p->toJson().contains(QStringLiteral("backend")));
        QVERIFY(!p->toJson().contains(QStringLiteral("vendure")));
        const Backend b = backendOf(p.value());
        QCOMPARE(QString::fromLatin1(b.schema()), QStringLiteral("console"));
        QCOMPARE(b.name(), QStringLiteral("Reference store"));
        QVERIFY(b.supports(BackendAction::PriceHistory));
        QVERIFY(b.supports(BackendAction::ReleaseReservation));
    }

    void vendureRoundTrips()
    {
        const QByteArray text = profileWith(
            "'backend':'vendure','vendure':{'adminApi':'http://127.0.0.1:21207/admin-api',"
            "'shopApi':'https://shop.example:443/shop-api','user':'superadmin',"
            "'passfile':'/var/tmp/qm-vseam/vendure/superadmin.pass'}");
        const auto p = Profile::fromJsonBytes(text);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->backend, BackendKind::Vendure);
        QCOMPARE(p->vendure.adminApi, QStringLiteral("http://127.0.0.1:21207/admin-api"));
        QCOMPARE(p->vendure.shopApi, QStringLiteral("https://shop.example:443/shop-api"));
        QCOMPARE(p->vendure.user, QStringLiteral("superadmin"));
        QCOMPARE(p->vendure.passfile, QStringLiteral("/var/tmp/qm-vseam/vendure/superadmin.pass"));
        QVERIFY(p->validate().isEmpty());
        // Written back exactly as read, and read again into the same profile.
        QCOMPARE(p->toJson(), QJsonDocument::fromJson(text).object());
        const auto again = Profile::fromJson(p->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), p.value());

        const Backend b = backendOf(p.value());
        QCOMPARE(b.kind(), BackendKind::Vendure);
        QCOMPARE(QString::fromLatin1(b.schema()), QStringLiteral("qm_vendure"));
        QCOMPARE(b.object("products"), QStringLiteral("qm_vendure.products"));
        QCOMPARE(b.name(), QStringLiteral("Vendure"));
        QCOMPARE(b.vendure(), p->vendure);
    }

    void keysAreCaseAndSpaceTolerant()
    {
        const auto p = Profile::fromJsonBytes(profileWith(
            "'backend':' Vendure ','vendure':{'adminApi':' http://v:3000/admin-api '}"));
        QVERIFY(p.ok());
        QCOMPARE(p->backend, BackendKind::Vendure);
        QCOMPARE(p->vendure.adminApi, QStringLiteral("http://v:3000/admin-api"));
        const auto r = Profile::fromJsonBytes(profileWith("'backend':'reference'"));
        QVERIFY(r.ok());
        QCOMPARE(r->backend, BackendKind::Reference);
    }

    void neverWritesAVendurePassword()
    {
        const auto p = Profile::fromJsonBytes(profileWith(
            "'backend':'vendure','vendure':{'adminApi':'http://superadmin:hunter2@v:3000/"
            "admin-api','password':'hunter2'}"));
        QVERIFY(p.ok());
        const QByteArray written = QJsonDocument(p->toJson()).toJson();
        QVERIFY2(!written.contains("hunter2"), written.constData());
        QVERIFY2(written.contains("http://superadmin@v:3000/admin-api"), written.constData());
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown backend")
            << profileWith("'backend':'magento'")
            << QStringLiteral("Unknown backend \"magento\": use reference or vendure.");
        QTest::newRow("backend not a string") << profileWith(
            "'backend':1") << QStringLiteral("\"backend\" must be a string: reference or vendure.");
        QTest::newRow("vendure without adminApi")
            << profileWith("'backend':'vendure','vendure':{'shopApi':'http://v:3000/shop-api'}")
            << QStringLiteral("A Vendure profile needs vendure.adminApi, the URL of Vendure's "
                              "Admin API (e.g. http://127.0.0.1:3000/admin-api).");
        QTest::newRow("vendure backend, no vendure object")
            << profileWith("'backend':'vendure'")
            << QStringLiteral("A Vendure profile needs vendure.adminApi, the URL of Vendure's "
                              "Admin API (e.g. http://127.0.0.1:3000/admin-api).");
        QTest::newRow("adminApi not http")
            << profileWith("'backend':'vendure','vendure':{'adminApi':'ftp://v/admin-api'}")
            << QStringLiteral("vendure.adminApi \"ftp://v/admin-api\" is not an http:// or "
                              "https:// URL.");
        QTest::newRow("adminApi without a scheme")
            << profileWith("'backend':'vendure','vendure':{'adminApi':'127.0.0.1:3000'}")
            << QStringLiteral("vendure.adminApi \"127.0.0.1:3000\" is not an http:// or "
                              "https:// URL.");
        QTest::newRow("shopApi not http")
            << profileWith("'backend':'vendure','vendure':{'adminApi':'http://v/admin-api',"
                           "'shopApi':'file:///etc/passwd'}")
            << QStringLiteral("vendure.shopApi \"file:///etc/passwd\" is not an http:// or "
                              "https:// URL.");
        QTest::newRow("vendure not an object")
            << profileWith("'backend':'vendure','vendure':'http://v/admin-api'")
            << QStringLiteral("\"vendure\" must be an object: {\"adminApi\": url, \"shopApi\": "
                              "url, \"user\": name, \"passfile\": path}.");
        QTest::newRow("vendure user not a string") << profileWith(
            "'backend':'vendure','vendure':{'adminApi':'http://v/admin-api',"
            "'user':7}") << QStringLiteral("vendure.user must be a string.");
    }

    void rejectsBadValues()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const auto p = Profile::fromJsonBytes(text);
        QVERIFY2(!p.ok(), text.constData());
        QCOMPARE(p.error().code, Error::Code::InvalidInput);
        QCOMPARE(p.error().message, message);
    }

    void validateNamesTheBackendProblems()
    {
        Profile p;
        p.name = QStringLiteral("x");
        p.user = QStringLiteral("u");
        p.postgresHosts = {QStringLiteral("db:5432")};
        QVERIFY(p.validate().isEmpty());
        p.backend = BackendKind::Vendure;
        QCOMPARE(p.validate(),
            QStringList {QStringLiteral("A Vendure profile needs vendure.adminApi, the URL of "
                                        "Vendure's Admin API (e.g. "
                                        "http://127.0.0.1:3000/admin-api).")});
        p.vendure.adminApi = QStringLiteral("http://v:3000/admin-api");
        p.vendure.shopApi = QStringLiteral("v:3000/shop-api");
        QCOMPARE(p.validate(),
            QStringList {QStringLiteral(
                "vendure.shopApi \"v:3000/shop-api\" is not an http:// or https:// URL.")});
        p.vendure.shopApi.clear();
        QVERIFY(p.validate().isEmpty());
    }

    // Every statement the catalog query compiles names its backend's schema and no other.
    void catalogQueryNamesTheBackendsSchema_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("schema");
        QTest::newRow("reference") << int(BackendKind::Reference) << QStringLiteral("console");
        QTest::newRow("vendure") << int(BackendKind::Vendure) << QStringLiteral("qm_vendure");
    }

    void catalogQueryNamesTheBackendsSchema()
    {
        QFETCH(int, kind);
        QFETCH(QString, schema);
        catalog::CatalogQuery q;
        q.backend = BackendKind(kind);
        q.filter.skuPrefix = QStringLiteral("AB");
        q.filter.text = QStringLiteral("shirt");
        QStringList statements;
        for (auto seek : {catalog::CatalogQuery::Seek::First, catalog::CatalogQuery::Seek::After,
                 catalog::CatalogQuery::Seek::Before, catalog::CatalogQuery::Seek::Last})
            statements << QString::fromStdString(
                q.page(seek, catalog::RowKey {QStringLiteral("x"), 5, true}, 50).text);
        statements << QString::fromStdString(q.cappedCount(1000).text)
                   << QString::fromStdString(q.explainCount().text)
                   << QString::fromStdString(q.exactAnchors(100).text)
                   << QString::fromStdString(q.sampleAnchors(1.0).text)
                   << QString::fromStdString(q.idChunk(0, 100).text);
        catalog::Sql setup;
        statements << QString::fromStdString(q.exportSelect(&setup).text);
        q.filter.stock = catalog::StockState::Low; // the sample that joins stock
        statements << QString::fromStdString(q.sampleAnchors(1.0).text);
        for (const QString &sql : statements) {
            QString why;
            QVERIFY2(allIn(sql, schema, &why), qPrintable(why));
        }
        QVERIFY(statements.join(u' ').contains(schema + QStringLiteral(".products_sample(")));
        QVERIFY(statements.join(u' ').contains(schema + QStringLiteral(".categories")));
    }

    void ordersPageAndFeedNameTheBackendsSchema_data()
    {
        catalogQueryNamesTheBackendsSchema_data();
    }

    void ordersPageAndFeedNameTheBackendsSchema()
    {
        QFETCH(int, kind);
        QFETCH(QString, schema);
        orders::OrdersFilter filter;
        std::vector<std::string> params;
        const QString page = orders::OrdersService::pageSql(
            filter, orders::OrdersCursor {}, 100, &params, BackendKind(kind));
        QString why;
        QVERIFY2(allIn(page, schema, &why), qPrintable(why));
        QVERIFY(page.contains(schema + QStringLiteral(".orders o")));
        const QString changes
            = QString::fromLatin1(orders::FeedWorker::changesSql(BackendKind(kind)));
        QVERIFY2(allIn(changes, schema, &why), qPrintable(why));
        QVERIFY(changes.contains(schema + QStringLiteral(".orders_changes(")));
        const QString recent
            = QString::fromLatin1(orders::FeedWorker::recentSql(BackendKind(kind)));
        QVERIFY2(allIn(recent, schema, &why), qPrintable(why));
    }

    void theDefaultOrdersPageIsTodays()
    {
        orders::OrdersFilter filter;
        std::vector<std::string> a;
        std::vector<std::string> b;
        QCOMPARE(orders::OrdersService::pageSql(filter, {}, 10, &a),
            orders::OrdersService::pageSql(filter, {}, 10, &b, BackendKind::Reference));
        QVERIFY(orders::OrdersService::pageSql(filter, {}, 10, &a)
                    .startsWith(QStringLiteral("SELECT ")));
    }

    void vendureSaysWhatItCannotDo()
    {
        const Backend v(BackendKind::Vendure);
        QCOMPARE(v.unsupported(BackendAction::PriceHistory),
            QStringLiteral("Vendure has no price history: it keeps only the current price."));
        QVERIFY(!v.supports(BackendAction::ReleaseReservation));
        QVERIFY(!v.supports(BackendAction::ReconcileRepair));
        // Every action of the reference store is supported there, with no reason.
        for (int a = int(BackendAction::PriceHistory); a <= int(BackendAction::OrderNote); ++a)
            QVERIFY(Backend().unsupported(BackendAction(a)).isEmpty());
    }

    // The one place that chooses writers: the reference store's own classes (catalog/,
    // inventory/, orders/) or Vendure's Admin API ones (vendure/), refusals where Vendure has
    // none. Nothing here connects: the writers only hold the cluster.
    void theFactoryChoosesEachBackendsWriters()
    {
        const std::shared_ptr<db::Cluster> none;
        const Backend ref;
        const Backend ven(BackendKind::Vendure);
        QVERIFY(dynamic_cast<catalog::ReferenceCatalogWrites *>(
            backends::catalogWrites(ref, none, nullptr).get()));
        QVERIFY(dynamic_cast<inventory::ReferenceStockWrites *>(
            backends::stockWrites(ref, none, nullptr).get()));
        QVERIFY(dynamic_cast<orders::ReferenceOrderActions *>(
            backends::orderActions(ref, none, nullptr).get()));
        QVERIFY(dynamic_cast<vendure::VendureCatalogWrites *>(
            backends::catalogWrites(ven, none, nullptr).get()));
        QVERIFY(dynamic_cast<vendure::VendureStockWrites *>(
            backends::stockWrites(ven, none, nullptr).get()));
        QVERIFY(dynamic_cast<vendure::VendureOrderActions *>(
            backends::orderActions(ven, none, nullptr).get()));
    }

    // A service given no writer: the reference store's own on the reference store (what every
    // caller before the seam got), a refusal with the backend's sentence on any other, never the
    // reference store's console.* functions against another backend's database.
    void aServiceWithoutAWriterUsesTheReferenceOrRefuses()
    {
        const std::shared_ptr<db::Cluster> none;
        QVERIFY(dynamic_cast<inventory::ReferenceStockWrites *>(
            inventory::StockService(none).writes().get()));
        QVERIFY(dynamic_cast<orders::ReferenceOrderActions *>(
            orders::OrdersService(none).actions().get()));

        const Backend ven(BackendKind::Vendure);
        inventory::StockService stock(none, ven);
        QVERIFY(dynamic_cast<inventory::RefusedStockWrites *>(stock.writes().get()));
        auto adjusted
            = stock.adjust(QUuid::createUuid(), 1, 1, 1, QStringLiteral("correction"), {});
        QVERIFY(adjusted.isFinished());
        QVERIFY(!adjusted.result().ok());
        QCOMPARE(adjusted.result().error().code, Error::Code::InvalidInput);
        QVERIFY2(adjusted.result().error().message.endsWith(QStringLiteral("Nothing was changed.")),
            qPrintable(adjusted.result().error().message));

        orders::OrdersService orders(none, ven);
        QVERIFY(dynamic_cast<orders::RefusedOrderActions *>(orders.actions().get()));
        orders::OrderAction note;
        note.orderId = 1;
        auto acted = orders.perform(note);
        QVERIFY(acted.isFinished());
        QCOMPARE(acted.result().error().code, Error::Code::InvalidInput);

        // A writer given is the one used.
        auto given = std::make_shared<inventory::RefusedStockWrites>(ven);
        QCOMPARE(inventory::StockService(none, Backend(), given).writes().get(), given.get());
    }
};

QTEST_GUILESS_MAIN(TestBackend)
#include "tst_backend.moc"
