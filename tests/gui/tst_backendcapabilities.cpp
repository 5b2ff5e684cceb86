// What a backend cannot do, offscreen: the workspaces keep such an action visible for a role that
// may do it, greyed out, with the backend's reason as its tooltip, and nothing crashes. A Vendure
// session runs on the sandbox's own database over a stand-in qm_vendure schema (the fixture of
// tst_backendschema); the same pages on the reference store offer everything. The banner names
// the backend beside the environment, and the profile form edits the backend and Vendure's keys.
#include "../integration/tst_backendschema_fixture.h"
#include "backend/productfields.h"
#include "catalog/catalogpage.h"
#include "catalog/importdialog.h"
#include "catalog/product.h"
#include "common/threadguard.h"
#include "environmentbanner.h"
#include "guiguard.h"
#include "orders/orderactions.h"
#include "orders/orderdetailview.h"
#include "profileform.h"
#include "profiles/credentials.h"
#include "session/session.h"
#include "sessionenv.h"
#include "sqlcheck.h"
#include "stock/stockpage.h"
#include "stockmodels.h"
#include "testenv.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;
using qmtest::waitUntil;

namespace {

QPushButton *buttonNamed(QWidget *parent, const QString &text)
{
    for (QPushButton *b : parent->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    qWarning() << "no button" << text;
    return nullptr;
}

} // namespace

class TestBackendCapabilities : public QObject
{
    Q_OBJECT
    std::unique_ptr<db::Pool> m_owner;

    bool ownerExec(const char *sql)
    {
        return qmtest::testBlocks([&] {
            auto r = db::waitBlocking(m_owner->run<bool>(
                QStringLiteral("fixture"), [sql = std::string(sql)](db::Pool::Connection &c) {
                    pqxx::work tx(c);
                    tx.exec(sql);
                    tx.commit();
                    return true;
                }));
            if (!r.ok())
                qWarning().noquote() << r.error().toString();
            return r.ok();
        });
    }

    // The sandbox's profile as `user`, on the given backend (Vendure: the stand-in schema).
    static Profile profileFor(const QString &user, BackendKind backend)
    {
        QFile f(qmtest::profilePath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        Profile p = Profile::fromJsonBytes(f.readAll()).valueOr(Profile());
        p.user = user;
        p.resolveRedisUser();
        p.backend = backend;
        if (backend == BackendKind::Vendure)
            p.vendure.adminApi
                = QStringLiteral("http://127.0.0.1:%1/admin-api").arg(qmtest::closedPort());
        return p;
    }

    static std::unique_ptr<Session> open(const QString &user, BackendKind backend)
    {
        const Profile p = profileFor(user, backend);
        Credentials c;
        c.source = Credentials::Source::Passfile;
        c.passfile = p.passfile;
        c.redisPassword = redisPassfilePassword(p);
        auto session = std::make_unique<Session>(p, c);
        session->open();
        if (!waitUntil(
                [&] {
                    return session->state() == Session::State::Connected
                        && !session->capabilities().isEmpty();
                },
                40000)) {
            qWarning() << "session did not open:" << session->lastError().toString();
            return nullptr;
        }
        return session;
    }

    template <typename Page> std::unique_ptr<Page> show(Session *session)
    {
        auto page = std::make_unique<Page>();
        page->resize(1200, 700);
        page->setSession(session);
        page->setActive(true);
        page->show();
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        enableGuiThreadGuard(true);
        m_owner = std::make_unique<db::Pool>(qmtest::primaryParams(), 1);
        QVERIFY(ownerExec(backendfixture::kFixture));
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        if (m_owner)
            QVERIFY(ownerExec(backendfixture::kDrop));
    }

    void stockActionsAreGreyedOutWithTheReason()
    {
        auto vendure = open(QStringLiteral("manager"), BackendKind::Vendure);
        QVERIFY(vendure);
        // The capabilities came from the backend's schema.
        QVERIFY(vendure->can(QLatin1String(backendfixture::kCapabilityMarker)));
        QVERIFY(vendure->can(QStringLiteral("stock.adjust")));
        auto page = show<StockPage>(vendure.get());
        // The page works: its rows are the backend's.
        QVERIFY(waitUntil([&] { return page->levels() && page->levels()->rowCount() > 0; }));
        QVERIFY(page->levels()->levelAt(0)->productId % 2 == 0);
        const Backend backend = vendure->backend();
        QCOMPARE(backend.kind(), BackendKind::Vendure);
        for (const auto &[text, action] :
            {std::pair {QStringLiteral("&Count..."), BackendAction::StockCount},
                {QStringLiteral("&Release selected"), BackendAction::ReleaseReservation},
                {QStringLiteral("Release all &expired"), BackendAction::ReleaseReservation}}) {
            QPushButton *b = buttonNamed(page.get(), text);
            QVERIFY(b);
            QVERIFY2(!b->isHidden(), qPrintable(text)); // the role may: it is shown
            QVERIFY2(!b->isEnabled(), qPrintable(text)); // the backend cannot: greyed out
            QCOMPARE(b->toolTip(), backend.unsupported(action));
            QVERIFY(!b->toolTip().isEmpty());
        }
        QCOMPARE(
            page->repairButton()->toolTip(), backend.unsupported(BackendAction::ReconcileRepair));
        // Vendure adjusts through its Admin API (tst_vendurewrites): offered.
        QVERIFY(backend.supports(BackendAction::StockAdjust));
        QVERIFY(buttonNamed(page.get(), QStringLiteral("&Adjust..."))->isEnabled());
        // Pressing a greyed-out action's shortcut or calling it anyway changes nothing, says why.
        QSignalSpy done(page.get(), &StockPage::changeFinished);
        page->levelsView()->setCurrentIndex(page->levels()->index(0, 0));
        page->count(1, QStringLiteral("seam"), page->levels()->levelAt(0)->onHand);
        QVERIFY(done.wait(10000));
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(
            done.last().at(1).toString().contains(backend.unsupported(BackendAction::StockCount)),
            qPrintable(done.last().at(1).toString()));
        page.reset();

        // The same role on the reference store: everything offered.
        auto reference = open(QStringLiteral("manager"), BackendKind::Reference);
        QVERIFY(reference);
        auto refPage = show<StockPage>(reference.get());
        QVERIFY(waitUntil([&] { return refPage->levels() && refPage->levels()->rowCount() > 0; }));
        QVERIFY(buttonNamed(refPage.get(), QStringLiteral("&Adjust..."))->isEnabled());
        QVERIFY(buttonNamed(refPage.get(), QStringLiteral("&Release selected"))->isEnabled());
        QCOMPARE(buttonNamed(refPage.get(), QStringLiteral("&Adjust..."))->toolTip(),
            QStringLiteral("Add or remove stock with a reason (Ctrl+D)"));
    }

    void catalogActionsAreGreyedOutWithTheReason()
    {
        auto vendure = open(QStringLiteral("merch"), BackendKind::Vendure);
        QVERIFY(vendure);
        QVERIFY(vendure->can(QStringLiteral("catalog.edit")));
        auto page = show<CatalogPage>(vendure.get());
        QSignalSpy ready(page.get(), &CatalogPage::ready);
        QVERIFY(ready.count() > 0 || ready.wait(20000));
        const Backend backend = vendure->backend();
        QPushButton *bulk = buttonNamed(page.get(), QStringLiteral("&Bulk edit..."));
        QPushButton *import = buttonNamed(page.get(), QStringLiteral("&Import CSV..."));
        QVERIFY(bulk && import);
        QVERIFY(!bulk->isHidden() && !import->isHidden());
        QVERIFY(!bulk->isEnabled());
        QCOMPARE(bulk->toolTip(), backend.unsupported(BackendAction::BulkEdit));
        // CSV import goes through Vendure's Admin API (vendure/vendureimport.h): offered.
        QVERIFY(backend.supports(BackendAction::CatalogImport));
        QVERIFY(import->isEnabled());
        ImportDialog *dialog = page->openImport();
        QVERIFY(dialog != nullptr);
        // Its check against a real Vendure: tst_vendurecsv::importDialogListsThePlan.
        dialog->close();
        page.reset();

        auto reference = open(QStringLiteral("merch"), BackendKind::Reference);
        QVERIFY(reference);
        auto refPage = show<CatalogPage>(reference.get());
        QVERIFY(buttonNamed(refPage.get(), QStringLiteral("&Bulk edit..."))->isEnabled());
        QVERIFY(buttonNamed(refPage.get(), QStringLiteral("&Import CSV..."))->isEnabled());
    }

    // The product editor on Vendure offers what VendureCatalogWrites writes (price and name);
    // every other field is read-only or disabled with unsupportedProductField()'s reason.
    void productEditorOffersOnlyWhatVendureWrites()
    {
        auto vendure = open(QStringLiteral("merch"), BackendKind::Vendure);
        QVERIFY(vendure);
        auto page = show<CatalogPage>(vendure.get());
        QSignalSpy ready(page.get(), &CatalogPage::ready);
        QVERIFY(ready.count() > 0 || ready.wait(20000));
        const Backend backend = vendure->backend();
        auto line = [&](const char *f) {
            return page->findChild<QLineEdit *>(QStringLiteral("field_%1").arg(QLatin1String(f)));
        };
        for (const char *f : {catalog::field::Price, catalog::field::Name}) {
            QVERIFY2(line(f), f);
            QVERIFY2(!line(f)->isReadOnly(), f);
            QVERIFY(unsupportedProductField(backend, QLatin1String(f)).isEmpty());
        }
        const QString why = unsupportedProductField(backend, QLatin1String(catalog::field::Sku));
        QVERIFY(!why.isEmpty());
        for (const char *f :
            {catalog::field::Sku, catalog::field::Currency, catalog::field::Tags}) {
            QVERIFY2(line(f), f);
            QVERIFY2(line(f)->isReadOnly(), f);
            QCOMPARE(line(f)->toolTip(), why);
        }
        for (const char *f : {catalog::field::Status, catalog::field::CategoryId}) {
            QWidget *w
                = page->findChild<QWidget *>(QStringLiteral("field_%1").arg(QLatin1String(f)));
            QVERIFY2(w && !w->isEnabled(), f);
            QCOMPARE(w->toolTip(), why);
        }
        auto *description = page->findChild<QPlainTextEdit *>(QStringLiteral("field_description"));
        QVERIFY(description && description->isReadOnly());
        page.reset();

        // The reference store: every field editable.
        auto reference = open(QStringLiteral("merch"), BackendKind::Reference);
        QVERIFY(reference);
        auto refPage = show<CatalogPage>(reference.get());
        QLineEdit *sku = refPage->findChild<QLineEdit *>(QStringLiteral("field_sku"));
        QVERIFY(sku && !sku->isReadOnly());
        QVERIFY(sku->toolTip() != why);
    }

    void orderActionsAreOfferedOnVendure()
    {
        OrderDetailView view;
        orders::OrderDetail d;
        d.order.id = 42;
        d.order.status = QStringLiteral("paid");
        d.order.paymentStatus = QStringLiteral("paid");
        view.setDetail(d);
        view.setCanAct(true);
        view.show();
        using Kind = orders::OrderAction::Kind;
        for (Kind k : {Kind::Cancel, Kind::Refund, Kind::MarkShipped, Kind::AddNote}) {
            QVERIFY(view.button(k)->isEnabled());
            QVERIFY(view.button(k)->toolTip().isEmpty());
        }
        // Vendure runs every order action through its Admin API (tst_vendurewrites): offered
        // the same, no reason to show.
        const Backend vendure(BackendKind::Vendure);
        view.setBackend(vendure);
        for (Kind k : {Kind::Cancel, Kind::Refund, Kind::MarkShipped, Kind::AddNote}) {
            QVERIFY(vendure.supports(orders::backendAction(k)));
            QVERIFY(!view.button(k)->isHidden());
            QVERIFY(view.button(k)->isEnabled());
            QVERIFY(view.button(k)->toolTip().isEmpty());
        }
    }

    void theBannerNamesTheBackend()
    {
        EnvironmentBanner banner;
        QVERIFY(banner.backendText().isEmpty());
        banner.setProfile(profileFor(QStringLiteral("admin"), BackendKind::Vendure));
        QCOMPARE(banner.backendText(), QStringLiteral("Vendure"));
        banner.setProfile(profileFor(QStringLiteral("admin"), BackendKind::Reference));
        QCOMPARE(banner.backendText(), QStringLiteral("Reference store"));
        banner.clear();
        QVERIFY(banner.backendText().isEmpty());
    }

    void theProfileFormEditsTheBackend()
    {
        Profile p = profileFor(QStringLiteral("admin"), BackendKind::Vendure);
        p.vendure.shopApi = QStringLiteral("http://127.0.0.1:3000/shop-api");
        p.vendure.user = QStringLiteral("superadmin");
        p.vendure.passfile = QStringLiteral("/tmp/superadmin.pass");
        ProfileForm form;
        form.setProfile(p);
        QCOMPARE(form.profile(), p);
        form.show();
        QComboBox *backend = nullptr;
        for (QComboBox *c : form.findChildren<QComboBox *>()) {
            if (c->findData(int(BackendKind::Vendure)) >= 0
                && c->itemText(0) == Backend::displayName(BackendKind::Reference))
                backend = c;
        }
        QVERIFY(backend);
        QCOMPARE(backend->currentText(), QStringLiteral("Vendure"));
        backend->setCurrentIndex(backend->findData(int(BackendKind::Reference)));
        QCOMPARE(form.profile().backend, BackendKind::Reference);
        // The Vendure keys are kept while the backend is switched back and forth.
        QCOMPARE(form.profile().vendure, p.vendure);
    }
};

QTEST_MAIN(TestBackendCapabilities)
#include "tst_backendcapabilities.moc"
