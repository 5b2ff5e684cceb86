// CatalogModel against the sandbox: QAbstractItemModelTester on every reset/insert/remove,
// a full top-to-bottom walk equals ORDER BY with bounded pages, jumps land on the right rows,
// late pages of an old filter never show, and edits become undoable pending changes.
#include "catalog/catalogservice.h"
#include "catalog/pendingchanges.h"
#include "catalogcheck.h"
#include "catalogmodel.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QUndoStack>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm::catalog;
using qm::models::CatalogModel;

using qmtest::referenceIds;

namespace {

// Asks for a row the way a view does (data()) until its page is here.
bool waitRow(CatalogModel &m, int row, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    while (!m.isRowLoaded(row)) {
        if (t.elapsed() > timeoutMs)
            return false;
        if (row < m.rowCount())
            m.data(m.index(row, 0));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

bool waitCount(CatalogModel &m, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    QSignalSpy spy(&m, &CatalogModel::countChanged);
    while (m.rowCount() == 0 || m.isLoading() || !m.countKnown()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

class TestCatalogModel : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Cluster> m_cluster;
    std::unique_ptr<CatalogService> m_service;

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_cluster
            = std::make_unique<qm::db::Cluster>(qmtest::clusterConfig(QStringLiteral("merch")));
        const auto started = qm::db::waitBlocking(m_cluster->start());
        QVERIFY(started.ok());
        m_service = std::make_unique<CatalogService>(m_cluster.get());
    }

    void walkTopToBottomWithBoundedMemory()
    {
        CatalogModel model(m_service.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(100);
        model.setMaxPages(6);
        CatalogQuery q;
        q.sort = CatalogSort {SortKey::Name, false};
        q.filter.statuses = {QStringLiteral("active"), QStringLiteral("draft")};
        q.filter.skuPrefix = QStringLiteral("SKU-0000"); // the seeded catalog, at most 10,000
        const QVector<qint64> expected = referenceIds(q);
        model.setQuery(q);
        QVERIFY(waitCount(model));
        QVERIFY(model.countIsExact());
        QCOMPARE(model.rowCount(), int(expected.size()));
        int maxPages = 0;
        for (int row = 0; row < expected.size(); ++row) {
            QVERIFY2(waitRow(model, row), qPrintable(QString::number(row)));
            QCOMPARE(model.data(model.index(row, 0), CatalogModel::ProductIdRole).toLongLong(),
                expected.at(row));
            maxPages = qMax(maxPages, model.loadedPages());
        }
        QVERIFY(maxPages <= 6);
    }

    void jumpLandsOnTheRow()
    {
        CatalogModel model(m_service.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CatalogQuery q;
        q.sort = CatalogSort {SortKey::Price, true};
        // The seeded rows only (an exact count): other tests import 100,000 products, and a count
        // that is a planner estimate of them can end before or after the real last row.
        q.filter.skuPrefix = QStringLiteral("SKU-0000");
        const QVector<qint64> expected = referenceIds(q);
        model.setQuery(q);
        QVERIFY(waitCount(model));
        QVERIFY(model.countIsExact());
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row :
            {int(expected.size() * 0.9), int(expected.size()) - 1, int(expected.size() / 3) + 17}) {
            QElapsedTimer t;
            t.start();
            QVERIFY(waitRow(model, row));
            qInfo() << "jump to row" << row << "took" << t.elapsed() << "ms";
            // Small results get exact anchors: the jump is exact.
            QCOMPARE(model.data(model.index(row, 0), CatalogModel::ProductIdRole).toLongLong(),
                expected.at(row));
        }
        // Scrolling back up from the jump continues exactly (neighbour pages).
        const int row = int(expected.size() * 0.9) - 150;
        QVERIFY(waitRow(model, row));
        QCOMPARE(model.data(model.index(row, 0), CatalogModel::ProductIdRole).toLongLong(),
            expected.at(row));
    }

    void lateAnswersOfAnOldFilterAreDropped()
    {
        CatalogModel model(m_service.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CatalogQuery a;
        a.filter.statuses = {QStringLiteral("archived")};
        CatalogQuery b;
        b.filter.statuses = {QStringLiteral("active")};
        model.setQuery(a);
        model.setQuery(b); // before a's pages and count arrive
        QVERIFY(waitCount(model));
        // The planner's estimate may come first; the exact count follows it.
        QTRY_VERIFY_WITH_TIMEOUT(model.countIsExact(), 10000);
        const QVector<qint64> expected = referenceIds(b);
        QCOMPARE(model.rowCount(), int(expected.size()));
        for (int row = 0; row < 300; ++row) {
            QVERIFY(waitRow(model, row));
            QCOMPARE(model.data(model.index(row, CatalogModel::Status)).toString(),
                QStringLiteral("active"));
        }
    }

    void sortByHeader()
    {
        CatalogModel model(m_service.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(CatalogQuery {});
        QVERIFY(waitCount(model));
        model.sort(CatalogModel::Price, Qt::AscendingOrder);
        QVERIFY(waitCount(model));
        QVERIFY(waitRow(model, 0));
        QVERIFY(waitRow(model, 1));
        QVERIFY(model.data(model.index(0, CatalogModel::Price)).toDouble()
            <= model.data(model.index(1, CatalogModel::Price)).toDouble());
        model.sort(CatalogModel::OnHand, Qt::AscendingOrder); // not sortable: ignored
        QCOMPARE(model.query().sort.key, SortKey::Price);
    }

    void editsArePendingAndUndoable()
    {
        CatalogModel model(m_service.get());
        PendingChanges pending;
        QUndoStack undo;
        model.setPendingChanges(&pending);
        model.setUndoStack(&undo);
        model.setQuery(CatalogQuery {});
        QVERIFY(waitCount(model));
        QVERIFY(waitRow(model, 3));
        const QModelIndex price = model.index(3, CatalogModel::Price);
        const QString saved = model.data(price).toString();
        QVERIFY(model.flags(price) & Qt::ItemIsEditable);

        QVERIFY(!model.setData(price, QStringLiteral("-3"))); // refused locally
        QVERIFY(!model.setData(price, QStringLiteral("abc")));
        QVERIFY(model.setData(price, QStringLiteral("1234,5")));
        QCOMPARE(model.data(price).toString(), QStringLiteral("1234.50"));
        QVERIFY(model.data(price, CatalogModel::PendingRole).toBool());
        QVERIFY(model.data(model.index(3, CatalogModel::Sku), CatalogModel::PendingRole).toBool());
        QVERIFY(model.data(price, Qt::BackgroundRole).isValid());
        QCOMPARE(pending.productCount(), 1);

        const QModelIndex tags = model.index(3, CatalogModel::Tags);
        QVERIFY(model.setData(tags, QStringLiteral("x, y, x")));
        QCOMPARE(pending.fieldCount(), 2);
        QCOMPARE(pending.edits().first().changes.value(QLatin1String("tags")).toArray().size(), 2);

        undo.undo();
        QCOMPARE(pending.fieldCount(), 1);
        undo.undo();
        QCOMPARE(pending.productCount(), 0);
        QCOMPARE(model.data(price).toString(), saved);
        QVERIFY(!model.data(price, CatalogModel::PendingRole).toBool());
        undo.redo();
        QCOMPARE(model.data(price).toString(), QStringLiteral("1234.50"));
        // Typing the saved value back removes the pending change.
        QVERIFY(model.setData(price, saved));
        QCOMPARE(pending.productCount(), 0);
    }
};

QTEST_MAIN(TestCatalogModel)
#include "tst_catalogmodel.moc"
