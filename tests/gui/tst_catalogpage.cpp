// The Catalog workspace offscreen against the sandbox: the table fills and filters, cells edited
// with the keyboard become pending changes (marked, undoable, journaled), Apply writes them,
// a conflict with another session is resolved per field without losing either change, edits
// survive a "crash" (the page destroyed unapplied), a bulk edit runs through the safety flow,
// and a store manager sees a read-only catalog. The GUI-thread guard is on throughout: the page
// never blocks the GUI thread (jumping around the table included).
#include "catalog/bulkedit.h"
#include "catalog/catalogfilterbar.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogservice.h"
#include "catalog/catalogtableview.h"
#include "catalog/conflictdialog.h"
#include "catalog/editapplier.h"
#include "catalog/pendingchanges.h"
#include "catalogmodel.h"
#include "common/stallmeter.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "guiguard.h"
#include "safety/flowdialog.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"

#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using qm::CatalogPage;
using qm::models::CatalogModel;
using namespace qm::catalog;

using qmtest::openSession;
using qmtest::waitUntil;

class TestCatalogPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<qm::Session> m_merch;
    std::unique_ptr<qm::db::Cluster> m_primary; // checks read the primary (no replica lag)

    std::unique_ptr<CatalogPage> openPage(qm::Session *session, const QString &journal = {})
    {
        auto page = std::make_unique<CatalogPage>();
        page->setJournalPath(
            journal.isEmpty() ? m_dir.filePath(QStringLiteral("journal.json")) : journal);
        page->resize(1400, 800);
        page->setSession(session);
        page->setActive(true);
        page->show();
        if (!waitUntil([&] {
                return page->model() && page->model()->rowCount() > 0 && page->model()->countKnown()
                    && page->model()->isRowLoaded(0);
            }))
            return nullptr;
        return page;
    }

    ProductDetail product(qint64 id)
    {
        CatalogService s(m_primary.get());
        const auto r = qmtest::testBlocks([&] { return qm::db::waitBlocking(s.product(id)); });
        return r.ok() ? r.value() : ProductDetail {};
    }

    // Filters the page to one SKU and returns that row's index in column `column`.
    QModelIndex only(CatalogPage &page, const QString &sku, int column)
    {
        page.filterBar()->skuEdit()->setText(sku);
        if (!waitUntil([&] {
                return page.model()->query().filter.skuPrefix == sku && page.model()->countKnown()
                    && page.model()->rowCount() >= 1 && page.model()->isRowLoaded(0);
            }))
            return {};
        return page.model()->index(0, column);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        qm::enableGuiThreadGuard(true);
        m_merch = openSession(QStringLiteral("merch"));
        QVERIFY(m_merch);
        qm::db::ClusterConfig c;
        c.nodes = {qmtest::primaryParams(QStringLiteral("merch"))};
        m_primary = std::make_unique<qm::db::Cluster>(c);
        QVERIFY(qmtest::testBlocks([&] { return qm::db::waitBlocking(m_primary->start()); }).ok());
    }

    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }

    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    void tableFillsAndFilters()
    {
        auto page = openPage(m_merch.get());
        QVERIFY(page);
        QVERIFY(page->canEdit());
        const QModelIndex first = only(*page, QStringLiteral("SKU-0000001"), CatalogModel::Sku);
        QVERIFY(first.isValid());
        QVERIFY(waitUntil([&] { return page->model()->countIsExact(); }));
        QCOMPARE(page->model()->rowCount(), 10); // SKU-00000010..19
        QVERIFY(page->statusText().contains(QLatin1String("10 products")));
        QCOMPARE(first.data().toString(), QStringLiteral("SKU-00000010"));
    }

    void keyboardEditUndoApply()
    {
        auto page = openPage(m_merch.get());
        QVERIFY(page);
        const QModelIndex price = only(*page, QStringLiteral("SKU-00000031"), CatalogModel::Price);
        QVERIFY(price.isValid());
        const qint64 id = price.data(CatalogModel::ProductIdRole).toLongLong();
        const ProductDetail before = product(id);
        const QString newPrice = QString::number(before.row.price.toDouble() + 2.5, 'f', 2);

        page->view()->setFocus();
        page->view()->setCurrentIndex(price);
        QTest::keyClick(page->view(), Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(editor));
        qobject_cast<QLineEdit *>(editor)->selectAll();
        QTest::keyClicks(editor, newPrice);
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(waitUntil([&] { return page->pending()->productCount() == 1; }));
        QCOMPARE(price.data().toString(), newPrice);
        QVERIFY(price.data(CatalogModel::PendingRole).toBool());
        QVERIFY(price.data(Qt::BackgroundRole).isValid()); // visibly marked
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("journal.json"))) || waitUntil([&] {
            return QFile::exists(m_dir.filePath(QStringLiteral("journal.json")));
        }));

        page->undoStack()->undo();
        QCOMPARE(page->pending()->productCount(), 0);
        QCOMPARE(price.data().toString(), before.row.price);
        page->undoStack()->redo();
        QCOMPARE(page->pending()->productCount(), 1);

        QSignalSpy applied(page.get(), &CatalogPage::applyFinished);
        page->applyPending();
        QVERIFY(applied.wait(15000));
        QVERIFY(applied.first().at(0).toBool());
        QCOMPARE(page->pending()->productCount(), 0);
        QCOMPARE(page->undoStack()->count(), 0);
        const ProductDetail after = product(id);
        QCOMPARE(after.row.price, newPrice);
        QCOMPARE(after.row.version, before.row.version + 1);
        QCOMPARE(price.data(CatalogModel::VersionRole).toInt(), after.row.version);
        QVERIFY(waitUntil(
            [&] { return !QFile::exists(m_dir.filePath(QStringLiteral("journal.json"))); }));
    }

    void conflictKeepsBothChanges()
    {
        auto page = openPage(m_merch.get());
        QVERIFY(page);
        const QModelIndex name = only(*page, QStringLiteral("SKU-00000032"), CatalogModel::Name);
        const qint64 id = name.data(CatalogModel::ProductIdRole).toLongLong();
        const ProductDetail seen = product(id);
        const QString myName = QStringLiteral("Mine %1").arg(QDateTime::currentMSecsSinceEpoch());
        QVERIFY(page->model()->setData(name, myName));

        // Another merchandiser changes the price of the same product meanwhile.
        PendingEdit theirs;
        theirs.productId = id;
        theirs.sku = seen.row.sku;
        theirs.baseVersion = seen.row.version;
        theirs.requestId = QUuid::createUuid();
        const QString theirPrice = QString::number(seen.row.price.toDouble() + 1, 'f', 2);
        theirs.changes.insert(QStringLiteral("price"), theirPrice);
        EditApplier other(m_primary.get());
        QVERIFY(qmtest::testBlocks([&] { return qm::db::waitBlocking(other.apply({theirs})); })
                    .value()
                    .committed);

        int rows = -1;
        page->setConflictResolver([&](qm::ConflictDialog &dialog) {
            rows = dialog.rowCount();
            dialog.choose(0, true); // keep my name
            return true;
        });
        QSignalSpy applied(page.get(), &CatalogPage::applyFinished);
        page->applyPending();
        QVERIFY(applied.wait(15000));
        QVERIFY(!applied.first().at(0).toBool()); // nothing written yet
        QCOMPARE(rows, 1);
        QCOMPARE(page->pending()->productCount(), 1);
        QCOMPARE(page->pending()->edits().first().baseVersion, seen.row.version + 1);
        page->applyPending();
        QVERIFY(applied.wait(15000));
        QVERIFY(applied.last().at(0).toBool());
        const ProductDetail now = product(id);
        QCOMPARE(now.row.name, myName);
        QCOMPARE(now.row.price, theirPrice);
    }

    void pendingEditsSurviveACrash()
    {
        const QString journal = m_dir.filePath(QStringLiteral("crash.json"));
        QString sku;
        QString staged;
        {
            auto page = openPage(m_merch.get(), journal);
            QVERIFY(page);
            const QModelIndex tags
                = only(*page, QStringLiteral("SKU-00000033"), CatalogModel::Tags);
            sku = page->model()->index(0, CatalogModel::Sku).data().toString();
            staged = QStringLiteral("crash-%1").arg(QDateTime::currentMSecsSinceEpoch());
            QVERIFY(page->model()->setData(tags, staged));
            QCOMPARE(page->pending()->productCount(), 1);
        } // the page goes away with the change unapplied
        QVERIFY(QFile::exists(journal));
        auto page = openPage(m_merch.get(), journal);
        QVERIFY(page);
        QVERIFY(waitUntil([&] { return page->pending()->productCount() == 1; }));
        QCOMPARE(page->pending()->edits().first().sku, sku);
        QCOMPARE(page->pending()->edits().first().changes.value(QLatin1String("tags")).toArray(),
            QJsonArray {staged});
        page->pending()->clear();
    }

    void bulkEditThroughTheSafetyFlow()
    {
        auto page = openPage(m_merch.get());
        QVERIFY(page);
        only(*page, QStringLiteral("SKU-0000004"), CatalogModel::Sku);
        QVERIFY(waitUntil([&] { return page->model()->countIsExact(); }));
        page->view()->selectAll();
        BulkChange change;
        change.kind = BulkChange::Kind::SetField;
        change.field = QStringLiteral("tags_add");
        const QString tag = QStringLiteral("gui-bulk-%1").arg(QDateTime::currentMSecsSinceEpoch());
        change.fieldValue = QJsonArray {tag};
        qm::FlowDialog *flow = page->openBulkEdit(change, false);
        QVERIFY(flow);
        QSignalSpy planned(flow->flow(), &qm::safety::Flow::planned);
        QSignalSpy finished(flow, &qm::FlowDialog::flowFinished);
        flow->start();
        QVERIFY(planned.wait(15000));
        const auto plan = planned.first().at(0).value<qm::safety::Plan>();
        QCOMPARE(plan.count, qint64(10));
        QVERIFY(!plan.sample.isEmpty());
        QVERIFY(flow->flow()->confirm(true, plan.target));
        QVERIFY(finished.wait(20000));
        const auto report = finished.first().at(0).value<qm::safety::FlowReport>();
        QVERIFY(report.outcome && report.outcome->complete);
        QCOMPARE(report.outcome->done, qint64(10));
        QVERIFY(report.verification && report.verification->ok);
        flow->close();
    }

    void jumpingAroundNeverStalls()
    {
        auto page = openPage(m_merch.get());
        QVERIFY(page);
        // The seeded rows only: other tests import 100,000 products, and a count that is a
        // planner estimate of them can end before or after the real last row.
        page->filterBar()->skuEdit()->setText(QStringLiteral("SKU-0000"));
        QVERIFY(waitUntil([&] {
            return page->model()->query().filter.skuPrefix == QLatin1String("SKU-0000")
                && page->model()->countKnown() && page->model()->countIsExact()
                && page->model()->rowCount() > 1000;
        }));
        qm::StallMeter meter;
        meter.start();
        QScrollBar *bar = page->view()->verticalScrollBar();
        for (double f : {0.9, 0.1, 0.5, 1.0, 0.3, 0.0}) {
            bar->setValue(int(bar->maximum() * f));
            const int row = page->view()->rowAt(10);
            QVERIFY(waitUntil([&] { return page->model()->isRowLoaded(row); }, 10000));
        }
        // Then scroll through a stretch row by row as a person would.
        for (int i = 0; i < 200; ++i) {
            bar->setValue(bar->value() + 3);
            QTest::qWait(1);
        }
        meter.stop();
        qInfo() << "largest GUI stall while jumping and scrolling:" << meter.maxStallMs() << "ms"
                << "loaded pages" << page->model()->loadedPages();
        QCOMPARE(qm::guiThreadViolations(), 0); // nothing blocked the GUI thread
        QVERIFY(page->model()->loadedPages() <= page->model()->maxPages());
    }

    void storeManagerSeesReadOnlyCatalog()
    {
        auto manager = openSession(QStringLiteral("manager"));
        QVERIFY(manager);
        auto page = openPage(manager.get());
        QVERIFY(page);
        QVERIFY(!page->canEdit());
        QCOMPARE(page->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
        const auto buttons = page->findChildren<QPushButton *>();
        for (QPushButton *b : buttons) {
            if (b->text().contains(QLatin1String("Bulk"))
                || b->text().contains(QLatin1String("Import")))
                QVERIFY(b->isHidden());
        }
        QVERIFY(!page->openImport());
    }
};

QTEST_MAIN(TestCatalogPage)
#include "tst_catalogpage.moc"
