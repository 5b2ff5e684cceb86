// The Stock workspace offscreen against the sandbox, as the store manager: levels filter by SKU,
// an adjustment by delta updates the row, a refused one says why, a stale count is refused, the
// ledger and reservations load, drift is found and repaired. A merchandiser sees no buttons to
// change stock. The GUI-thread guard is on throughout: the page never blocks the GUI thread.
#include "db/blocking.h"
#include "guiguard.h"
#include "inventory/stockservice.h"
#include "session/session.h"
#include "sessionenv.h"
#include "sqlcheck.h"
#include "stock/stockchangedialog.h"
#include "stock/stockpage.h"
#include "stockmodels.h"
#include "testenv.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <pqxx/pqxx>

using qm::StockPage;
using qm::models::StockLevelsModel;

using qmtest::openSession;
using qmtest::waitUntil;

class TestStockPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Pool> m_owner;
    std::unique_ptr<qm::Session> m_manager;

    template <typename T>
    T owner(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::testBlocks([&] { return qmtest::scalar<T>(*m_owner, sql, params); });
    }

    std::unique_ptr<StockPage> openPage(qm::Session *session)
    {
        auto page = std::make_unique<StockPage>();
        page->resize(1200, 700);
        page->setSession(session);
        page->setActive(true);
        page->show();
        page->skuFilter()->setText(QStringLiteral("STOCKGUI-1"));
        if (!waitUntil([&] {
                return page->levels() && page->levels()->rowCount() >= 1
                    && page->levels()->levelAt(0)->sku == QLatin1String("STOCKGUI-1");
            }))
            return nullptr;
        page->levelsView()->setCurrentIndex(page->levels()->index(0, 0));
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        qm::enableGuiThreadGuard(true);
        m_owner = std::make_unique<qm::db::Pool>(qmtest::primaryParams(), 1);
        m_manager = openSession(QStringLiteral("manager"));
        QVERIFY(m_manager);
        const qint64 id = owner<long long>(
            "INSERT INTO shop.products (sku, name, price, status) VALUES ('STOCKGUI-1', "
            "'Stock page item', 3, 'active') ON CONFLICT (sku) DO UPDATE SET status = 'active' "
            "RETURNING id");
        qm::inventory::StockService s(m_manager->cluster());
        QVERIFY(qmtest::testBlocks([&] {
            return qm::db::waitBlocking(s.adjust(QUuid::createUuid(), id, 1, 20,
                QStringLiteral("received"), QStringLiteral("setup")));
        }).ok());
    }

    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }

    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    void adjustCountAndRefusals()
    {
        auto page = openPage(m_manager.get());
        QVERIFY(page);
        QVERIFY(page->adjustButton()->isVisible());
        const qint64 before = page->levels()->levelAt(0)->onHand;
        QSignalSpy done(page.get(), &StockPage::changeFinished);
        page->adjust(5, QStringLiteral("received"), QStringLiteral("delivery 42"));
        QVERIFY(done.wait(10000));
        QVERIFY(done.last().at(0).toBool());
        QCOMPARE(page->levels()->levelAt(0)->onHand, before + 5);

        page->adjust(-1000000, QStringLiteral("shrinkage"), QStringLiteral("too much"));
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(page->message().contains(QLatin1String("available")), qPrintable(page->message()));

        page->count(3, QStringLiteral("stale count"), before); // on hand moved by +5 since
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(
            page->message().contains(QLatin1String("count again")), qPrintable(page->message()));
        QVERIFY(waitUntil([&] {
            return page->levels()->rowCount() >= 1
                && page->levels()->levelAt(0)->onHand == before + 5;
        }));
        page->levelsView()->setCurrentIndex(page->levels()->index(0, 0));
        page->count(int(before + 4), QStringLiteral("shelf count"), before + 5);
        QVERIFY(done.wait(10000));
        QVERIFY(done.last().at(0).toBool());
        QCOMPARE(page->levels()->levelAt(0)->onHand, before + 4);
    }

    void dialogRequiresANote()
    {
        auto page = openPage(m_manager.get());
        QVERIFY(page);
        const QVector<qm::inventory::MovementReason> reasons
            = {{QStringLiteral("received"), QStringLiteral("Goods received"), u'+'}};
        qm::StockChangeDialog dialog(
            qm::StockChangeDialog::Mode::Adjust, *page->levels()->levelAt(0), reasons);
        QString error;
        dialog.fill(3, QStringLiteral("received"), QString());
        QVERIFY(!dialog.validate(&error));
        QVERIFY(error.contains(QLatin1String("note")));
        error.clear();
        dialog.fill(0, QStringLiteral("received"), QStringLiteral("x"));
        QVERIFY(!dialog.validate(&error));
        error.clear();
        dialog.fill(3, QStringLiteral("received"), QStringLiteral("ok"));
        QVERIFY(dialog.validate(&error));
    }

    void ledgerReservationsAndReconcile()
    {
        auto page = openPage(m_manager.get());
        QVERIFY(page);
        QSignalSpy ledger(page.get(), &StockPage::ledgerLoaded);
        page->findChild<QTabWidget *>()->setCurrentIndex(1);
        QVERIFY(ledger.wait(10000));
        QVERIFY(page->ledger()->rowCount() >= 2);
        QSignalSpy reservations(page.get(), &StockPage::reservationsLoaded);
        page->findChild<QTabWidget *>()->setCurrentIndex(2);
        QVERIFY(reservations.wait(10000));

        const std::string id = std::to_string(page->levels()->levelAt(0)->productId);
        owner<long long>("UPDATE shop.stock_levels SET on_hand = on_hand + 2 WHERE product_id = $1 "
                         "AND warehouse_id = 1 RETURNING 0",
            {id});
        QSignalSpy checked(page.get(), &StockPage::reconcileChecked);
        page->checkReconcile();
        QVERIFY(checked.wait(20000));
        QVERIFY(checked.last().at(0).toInt() >= 1);
        QVERIFY(page->repairButton()->isEnabled());
        QSignalSpy done(page.get(), &StockPage::changeFinished);
        page->repair();
        QVERIFY(done.wait(20000));
        QVERIFY(done.last().at(0).toBool());
        QVERIFY(checked.wait(20000));
        QVERIFY(owner<bool>("SELECT ok FROM console.reconcile_report WHERE product_id = $1 AND "
                            "warehouse_id = 1",
            {id}));
    }

    void merchandiserCannotChangeStock()
    {
        auto merch = openSession(QStringLiteral("merch"));
        QVERIFY(merch);
        auto page = openPage(merch.get());
        QVERIFY(page);
        QVERIFY(page->adjustButton()->isHidden());
        QVERIFY(page->repairButton()->isHidden());
        // Even if a change is attempted, the database refuses it with a readable message.
        QSignalSpy done(page.get(), &StockPage::changeFinished);
        page->adjust(1, QStringLiteral("received"), QStringLiteral("not allowed"));
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(
            page->message().contains(QLatin1String("not allowed")), qPrintable(page->message()));
    }
};

QTEST_MAIN(TestStockPage)
#include "tst_stockpage.moc"
