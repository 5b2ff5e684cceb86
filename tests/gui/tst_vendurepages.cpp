// The console's pages on a Vendure profile, offscreen, against the sandbox's real Vendure store
// ($QM_SANDBOX_DIR/profile-vendure.json): the Overview shows the store's figures from
// qm_vendure.store_summary (not an error about console.store_summary), and the Stock and Orders
// pages are built with Vendure's writers (backends::stockWrites/orderActions): an adjustment made
// on the Stock page is what Vendure's Admin API then reports, a note added on the Orders page is
// in the order's history there. With the reference store's SQL writer on such a page the
// adjustment would call console.adjust_stock in Vendure's database and fail.
//
// Skips only when QM_SANDBOX_STORE says the sandbox has no Vendure (unset or "reference").
#include "catalog/catalogpage.h"
#include "catalog/catalogtableview.h"
#include "catalogmodel.h"
#include "common/threadguard.h"
#include "common/whenfinished.h"
#include "guiguard.h"
#include "health/storesummary.h"
#include "orders/orderactions.h"
#include "orders/orderspage.h"
#include "overviewpage.h"
#include "session/session.h"
#include "sessionenv.h"
#include "stock/stockpage.h"
#include "stockmodels.h"
#include "storesummarymodel.h"
#include "testenv.h"
#include "vendure/adminclient.h"
#include "vendureshop.h"

#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;
using qmtest::await;
using qmtest::Checkout;
using qmtest::text;
using qmtest::waitUntil;

class TestVendurePages : public QObject
{
    Q_OBJECT

    QByteArray m_profileJson;
    QJsonObject m_profile;
    QString m_database;
    std::unique_ptr<vendure::AdminClient> m_check; // the test's own Admin API session
    qint64 m_variant = 0;
    QString m_sku;

    // A session on the Vendure profile as one of the sandbox's users.
    std::unique_ptr<Session> open(const QString &user)
    {
        const QByteArray json = m_profileJson;
        return qmtest::openSession(user, std::nullopt, [json, user](Profile &p) {
            Profile v = Profile::fromJsonBytes(json).valueOr(Profile());
            v.user = user;
            v.resolveRedisUser();
            p = v;
        });
    }

    std::unique_ptr<pqxx::connection> vendureAs(const QString &user = {}) const
    {
        db::ConnectionParams p = qmtest::primaryParams(user);
        p.dbname = m_database;
        return std::make_unique<pqxx::connection>(p.toConninfo());
    }

    qint64 adminOnHand()
    {
        const auto v = await(m_check->variant(QString::number(m_variant)));
        if (!v) {
            qWarning().noquote() << text(v.error());
            return -1;
        }
        return v->onHand();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        enableGuiThreadGuard(true);
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
        m_profileJson = f.readAll();
        m_profile = QJsonDocument::fromJson(m_profileJson).object();
        m_database = m_profile.value(QStringLiteral("postgres"))
                         .toObject()
                         .value(QStringLiteral("database"))
                         .toString(QStringLiteral("vendure"));
        m_check = std::make_unique<vendure::AdminClient>(
            vendure::AdminConfig::fromJson(m_profile.value(QStringLiteral("vendure")).toObject()));

        // A variant with one stock location and stock to spare.
        auto conn = vendureAs();
        pqxx::read_transaction tx(*conn);
        const pqxx::result r = tx.exec("SELECT s.product_id, s.sku FROM qm_vendure.stock_levels s "
                                       "WHERE (SELECT count(*) FROM qm_vendure.stock_levels o "
                                       "WHERE o.sku = s.sku) = 1 "
                                       "AND s.available BETWEEN 20 AND 100000 "
                                       "ORDER BY s.product_id LIMIT 1");
        QVERIFY2(!r.empty(), "no Vendure variant with a SKU of its own and 20 or more available");
        m_variant = r[0][0].as<qint64>();
        m_sku = QString::fromStdString(r[0][1].as<std::string>());
    }

    // The overview's figures come from qm_vendure.store_summary: loaded, no error, and the
    // catalog count is Vendure's (variants not deleted).
    void overviewShowsVendureFigures()
    {
        auto session = open(QStringLiteral("merch"));
        QVERIFY(session);
        QCOMPARE(session->backend().kind(), BackendKind::Vendure);
        OverviewPage page;
        QSignalSpy loaded(&page, &OverviewPage::summaryLoaded);
        page.setSession(session.get());
        page.setActive(true);
        page.show();
        QVERIFY2(waitUntil([&] { return loaded.count() > 0; }, 20000),
            qPrintable(QStringLiteral("no summary: %1").arg(page.summaryModel()->lastError())));
        QVERIFY2(page.summaryModel()->lastError().isEmpty(),
            qPrintable(page.summaryModel()->lastError()));
        auto conn = vendureAs(QStringLiteral("merch"));
        pqxx::read_transaction tx(*conn);
        const qint64 variants = tx.exec1("SELECT count(*) FROM qm_vendure.products "
                                         "WHERE status <> 'archived'")[0]
                                    .as<qint64>();
        QCOMPARE(page.summaryModel()->summary().products, variants);
        QVERIFY(page.summaryModel()->summary().at.isValid());
        page.setActive(false);
    }

    // A Vendure catalog opens in id order, the only order Vendure's product_variant table has an
    // index for (a first page by SKU sorts every variant: 4.4 s at 1,000,000 variants). The
    // first row is the smallest id and no header claims a sort.
    void catalogOpensInVendureIdOrder()
    {
        auto session = open(QStringLiteral("merch"));
        QVERIFY(session);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CatalogPage page;
        page.setJournalPath(dir.filePath(QStringLiteral("journal.json")));
        page.resize(1200, 700);
        page.setSession(session.get());
        page.setActive(true);
        page.show();
        QVERIFY2(waitUntil(
                     [&] {
                         return page.model() && page.model()->rowCount() > 0
                             && page.model()->isRowLoaded(0);
                     },
                     30000),
            "the Catalog page showed no row");
        QCOMPARE(page.model()->query().sort.key, catalog::SortKey::Id);
        auto conn = vendureAs(QStringLiteral("merch"));
        pqxx::read_transaction tx(*conn);
        const qint64 first = tx.exec1("SELECT min(id) FROM qm_vendure.products")[0].as<qint64>();
        QCOMPARE(page.model()->rowAt(0)->id, first);
        QCOMPARE(page.view()->horizontalHeader()->sortIndicatorSection(), -1);
        page.setActive(false);
    }

    // The Stock page's adjustment goes to Vendure's Admin API (Vendure's writer on the page).
    void stockPageAdjustReachesVendure()
    {
        auto session = open(QStringLiteral("manager"));
        QVERIFY(session);
        StockPage page;
        page.resize(1200, 700);
        page.setSession(session.get());
        page.setActive(true);
        page.show();
        page.skuFilter()->setText(m_sku);
        QVERIFY2(waitUntil(
                     [&] {
                         return page.levels() && page.levels()->rowCount() == 1
                             && page.levels()->levelAt(0)
                             && page.levels()->levelAt(0)->productId == m_variant;
                     },
                     20000),
            "the Stock page did not list the variant");
        page.levelsView()->setCurrentIndex(page.levels()->index(0, 0));
        const qint64 before = adminOnHand();
        QVERIFY(before >= 0);

        QSignalSpy finished(&page, &StockPage::changeFinished);
        page.adjust(3, QStringLiteral("received"), QStringLiteral("tst_vendurepages"));
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(adminOnHand(), before + 3);

        page.adjust(-3, QStringLiteral("correction"), QStringLiteral("tst_vendurepages undo"));
        QVERIFY(waitUntil([&] { return finished.count() > 1; }, 30000));
        QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
        QCOMPARE(adminOnHand(), before);
        page.setActive(false);
    }

    // The Orders page's note goes to Vendure's Admin API (Vendure's writer on the page).
    void ordersPageNoteReachesVendure()
    {
        const QUrl shop(m_profile.value(QStringLiteral("vendure"))
                            .toObject()
                            .value(QStringLiteral("shopApi"))
                            .toString());
        Checkout checkout(m_check->http(), shop, QString::number(m_variant), 1);
        checkout.start();
        QVERIFY(waitUntil([&] { return checkout.finished(); }, 120000));
        QVERIFY2(checkout.error.isEmpty(), qPrintable(checkout.error));

        auto session = open(QStringLiteral("manager"));
        QVERIFY(session);
        OrdersPage page;
        page.resize(1200, 700);
        page.setSession(session.get());
        page.setActive(true);
        page.show();

        orders::OrderAction note;
        note.kind = orders::OrderAction::Kind::AddNote;
        note.orderId = checkout.orderId.toLongLong();
        note.requestId = QUuid::createUuid();
        note.text = QStringLiteral("tst_vendurepages %1").arg(note.requestId.toString());
        QSignalSpy finished(&page, &OrdersPage::actionFinished);
        page.runAction(note);
        QVERIFY(waitUntil([&] { return finished.count() > 0; }, 30000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));

        const auto o = await(m_check->execute(
            QStringLiteral("query($id: ID!) { order(id: $id) { history(options: {take: 100}) "
                           "{ items { type data } } } }"),
            {{QStringLiteral("id"), checkout.orderId}}, QStringLiteral("test: read history")));
        QVERIFY2(o.ok(), o.ok() ? "" : text(o.error()).constData());
        bool found = false;
        const QJsonArray items = o->value(QStringLiteral("order"))
                                     .toObject()
                                     .value(QStringLiteral("history"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray();
        for (const QJsonValue &i : items) {
            const QJsonObject e = i.toObject();
            found = found
                || (e.value(QStringLiteral("type")).toString() == QLatin1String("ORDER_NOTE")
                    && e.value(QStringLiteral("data")).toObject().value(QStringLiteral("note"))
                        == note.text);
        }
        QVERIFY2(found, "the note added on the Orders page is not in Vendure's order history");
        page.setActive(false);
    }
};

QTEST_MAIN(TestVendurePages)
#include "tst_vendurepages.moc"
