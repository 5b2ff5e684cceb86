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

// A cluster of the primary alone with one connection: jobs run one after the other, in the
// order they were asked for (and a lock taken on the primary is the one the reads meet).
std::unique_ptr<qm::db::Cluster> onePrimaryConnection()
{
    qm::db::ClusterConfig config;
    config.nodes = {qmtest::primaryParams(QStringLiteral("merch"))};
    config.workersPerNode = 1;
    auto cluster = std::make_unique<qm::db::Cluster>(config);
    if (!qm::db::waitBlocking(cluster->start()).ok())
        return nullptr;
    return cluster;
}

// The owner's hand on the catalog table: an ACCESS EXCLUSIVE lock on console.products (its base
// tables) held until release(), and the planner's row estimate of the products table (set to a
// stale value on demand, restored by ANALYZE when done).
class Locker
{
public:
    Locker()
        : m_conn(qmtest::primaryParams().toConninfo())
    { }
    ~Locker()
    {
        release();
        if (m_estimateChanged) {
            pqxx::nontransaction tx(m_conn);
            tx.exec("ANALYZE shop.products");
        }
    }
    bool take()
    {
        try {
            m_tx = std::make_unique<pqxx::work>(m_conn);
            m_tx->exec("LOCK TABLE console.products IN ACCESS EXCLUSIVE MODE");
            return true;
        } catch (const std::exception &e) {
            qWarning() << e.what();
            return false;
        }
    }
    bool held() const { return bool(m_tx); }
    void release()
    {
        if (m_tx)
            m_tx->abort();
        m_tx.reset();
    }
    qint64 estimate()
    {
        pqxx::connection c(qmtest::primaryParams().toConninfo());
        pqxx::read_transaction tx(c);
        return tx.exec1("SELECT console.products_estimate()")[0].as<long long>();
    }
    bool setEstimate(qint64 rows)
    {
        try {
            pqxx::work tx(m_conn);
            tx.exec_params(
                "UPDATE pg_class SET reltuples = $1 WHERE oid = 'shop.products'::regclass",
                double(rows));
            tx.commit();
            m_estimateChanged = true;
            return estimate() == rows;
        } catch (const std::exception &e) {
            qWarning() << e.what();
            return false;
        }
    }

private:
    pqxx::connection m_conn;
    std::unique_ptr<pqxx::work> m_tx;
    bool m_estimateChanged = false;
};

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

    void largeCountsReachTheViewInSlices()
    {
        // QHeaderView keeps an item per row: 10 million rows taken at once were one 130 ms task
        // on the GUI thread. The view gets them a slice per event-loop pass; the count is
        // "known" once it has all of them.
        CatalogModel model(m_service.get());
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setShowSlice(1000);
        CatalogQuery q;
        q.filter.skuPrefix = QStringLiteral("SKU-0000"); // the seeded rows: an exact count
        const QVector<qint64> expected = referenceIds(q);
        QVERIFY(expected.size() > 3000);
        int inserts = 0;
        int largest = 0;
        bool knownTooEarly = false;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first, int last) {
                ++inserts;
                largest = qMax(largest, last - first + 1);
                knownTooEarly
                    = knownTooEarly || (model.countKnown() && model.rowCount() < expected.size());
            });
        model.setQuery(q);
        QVERIFY(waitCount(model));
        QCOMPARE(model.rowCount(), int(expected.size()));
        QVERIFY2(largest <= 1000, qPrintable(QStringLiteral("%1 rows in one insert").arg(largest)));
        QVERIFY(inserts >= int(expected.size() / 1000));
        QVERIFY(!knownTooEarly);
        const int last = int(expected.size()) - 1;
        QVERIFY(waitRow(model, last));
        QCOMPARE(model.data(model.index(last, 0), CatalogModel::ProductIdRole).toLongLong(),
            expected.at(last));
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

    // The first page never waits behind the count: on a pool of one connection (FIFO) the count
    // is asked for only after the first page is here, so the order of the signals is fixed.
    void firstPageArrivesBeforeTheCount()
    {
        auto cluster = onePrimaryConnection();
        QVERIFY(cluster);
        CatalogService service(cluster.get());
        CatalogModel model(&service);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList order;
        connect(&model, &CatalogModel::pageLoaded, this, [&](int first, int) {
            if (first == 0 && !order.contains(QLatin1String("page")))
                order << QStringLiteral("page");
        });
        connect(&model, &CatalogModel::countChanged, this, [&](qint64, bool) {
            if (model.countKnown() && !order.contains(QLatin1String("count")))
                order << QStringLiteral("count");
        });
        CatalogQuery q;
        q.filter.statuses = {QStringLiteral("active")}; // an exact count of the seeded rows
        model.setQuery(q);
        QVERIFY(waitCount(model));
        QTRY_COMPARE_WITH_TIMEOUT(order.size(), 2, 10000);
        QCOMPARE(order.join(QLatin1Char(',')), QStringLiteral("page,count"));
        QVERIFY(model.countIsExact());
        QVERIFY(!model.countOverBudget());
        QCOMPARE(model.rowCount(), int(referenceIds(q).size()));
    }

    // A count that cannot finish within its budget (here: the table is locked, so any budget is
    // too small) answers with the planner's estimate, marked as such, instead of waiting.
    void countOverItsBudgetIsAnEstimate()
    {
        auto cluster = onePrimaryConnection();
        QVERIFY(cluster);
        CatalogService service(cluster.get());
        Locker lock;
        QVERIFY(lock.take());
        auto over = service.count(CatalogQuery {}, 100000, 50);
        QVERIFY2(qmtest::waitFor(over, 10000), "the count waited past its budget");
        const auto r = over.result();
        QVERIFY2(r.ok(), qPrintable(qmtest::errorOf(r).toString()));
        QVERIFY(r->overBudget);
        QVERIFY(!r->exact);
        QCOMPARE(r->rows, lock.estimate());
        lock.release();
        auto counted = service.count(CatalogQuery {}, 100000, 5000);
        QVERIFY(qmtest::waitFor(counted, 10000));
        QVERIFY(counted.result().ok());
        QVERIFY(counted.result()->exact);
        QVERIFY(!counted.result()->overBudget);
        QCOMPARE(counted.result()->rows, qint64(referenceIds(CatalogQuery {}).size()));
    }

    // The count ran out of its budget and the estimate is low (statistics older than the rows):
    // scrolling to the end of the range keeps reading on until the real last row is on screen.
    void overBudgetEstimateStillReachesTheLastRow()
    {
        auto cluster = onePrimaryConnection();
        QVERIFY(cluster);
        CatalogService service(cluster.get());
        const QVector<qint64> expected = referenceIds(CatalogQuery {});
        QVERIFY(expected.size() > 1200);
        Locker lock;
        QVERIFY(lock.setEstimate(1000)); // ANALYZE restores it (Locker's destructor)
        CatalogModel model(&service);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCountBudget(50);
        // Lock the table as soon as the first page is here: the count (asked for next) then
        // cannot finish within any budget.
        connect(&model, &CatalogModel::pageLoaded, this, [&](int first, int) {
            if (first == 0 && !lock.held())
                QVERIFY(lock.take());
        });
        model.setQuery(CatalogQuery {});
        QTRY_VERIFY_WITH_TIMEOUT(model.countKnown(), 10000);
        QVERIFY(model.countOverBudget());
        QVERIFY(!model.countIsExact());
        QCOMPARE(model.rowCount(), 1000);
        lock.release();
        // Scroll to the last row of the range, again and again, as a view would.
        QElapsedTimer t;
        t.start();
        while (!(model.countIsExact() && model.isRowLoaded(model.rowCount() - 1))) {
            QVERIFY2(t.elapsed() < 60000,
                qPrintable(QStringLiteral("stuck at %1 rows, exact %2")
                               .arg(model.rowCount())
                               .arg(model.countIsExact())));
            const int last = model.rowCount() - 1;
            model.data(model.index(last, 0));
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QCOMPARE(model.rowCount(), int(expected.size()));
        QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), CatalogModel::ProductIdRole)
                     .toLongLong(),
            expected.last());
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
