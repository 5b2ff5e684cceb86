// Closing the profile while a flow runs (the way MainWindow::closeProfile does: the pages lose the
// session, then the Session is deleted) must leave nothing pointing at the deleted session: a bulk
// edit confirmed afterwards, a bulk edit already running and an import already running go on with
// the cluster they started with. Run under AddressSanitizer (scripts/test --sanitize) a stale
// pointer is a heap-use-after-free report; in any build the flows must end as if nothing happened.
#include "catalog/bulkedit.h"
#include "catalog/catalogfilterbar.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogtableview.h"
#include "catalog/importdialog.h"
#include "catalogmodel.h"
#include "db/pool.h"
#include "safety/flowdialog.h"
#include "session/session.h"
#include "sessionenv.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using qm::CatalogPage;
using qm::models::CatalogModel;
using namespace qm::catalog;
using qmtest::waitUntil;

namespace {

QString unique(const char *prefix)
{
    return QStringLiteral("%1-%2")
        .arg(QLatin1String(prefix))
        .arg(QDateTime::currentMSecsSinceEpoch());
}

// Empty when the flow's edit completed; else its error (or that it has no outcome).
QString whyIncomplete(const qm::safety::FlowReport &report)
{
    if (report.outcome && report.outcome->complete)
        return {};
    return report.outcome && report.outcome->error ? report.outcome->error->toString()
                                                   : QStringLiteral("no outcome");
}

// Holds a row lock on the products of some SKUs (the owner's own connection) until released, so
// that a flow writing them is still running when the test closes the profile.
class RowLock
{
public:
    RowLock(qm::db::Pool &pool, const QStringList &skus)
        : m_gate(std::make_shared<QSemaphore>())
        , m_locked(std::make_shared<QSemaphore>())
    {
        std::vector<std::string> list;
        for (const QString &s : skus)
            list.push_back(s.toStdString());
        auto gate = m_gate;
        auto locked = m_locked;
        m_done = pool.run<int>(
            QStringLiteral("hold a row lock"), [gate, locked, list](qm::db::Pool::Connection &c) {
                pqxx::work tx(c);
                for (const std::string &sku : list)
                    tx.exec_params("SELECT 1 FROM shop.products WHERE sku = $1 FOR UPDATE", sku);
                locked->release();
                gate->acquire();
                return 0; // rolled back
            });
        m_isLocked = m_locked->tryAcquire(1, 15000); // a leftover holder would block us
    }
    bool isLocked() const { return m_isLocked; }
    ~RowLock() { release(); }
    void release()
    {
        if (m_released)
            return;
        m_released = true;
        m_gate->release();
        qmtest::waitFor(m_done);
    }

private:
    std::shared_ptr<QSemaphore> m_gate;
    std::shared_ptr<QSemaphore> m_locked;
    QFuture<qm::Result<int>> m_done;
    bool m_released = false;
    bool m_isLocked = false;
};

} // namespace

class TestCloseProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<qm::db::Pool> m_owner; // checks and locks, independent of the code under test

    struct Open
    {
        std::unique_ptr<qm::Session> session;
        std::unique_ptr<CatalogPage> page;
    };

    Open openPage()
    {
        Open o;
        o.session = qmtest::openSession(QStringLiteral("merch"));
        if (!o.session)
            return {};
        o.page = std::make_unique<CatalogPage>();
        o.page->setJournalPath(m_dir.filePath(unique("journal") + QStringLiteral(".json")));
        o.page->resize(1200, 700);
        o.page->setSession(o.session.get());
        o.page->setActive(true);
        o.page->show();
        if (!waitUntil([&] {
                return o.page->model() && o.page->model()->rowCount() > 0
                    && o.page->model()->countKnown() && o.page->model()->isRowLoaded(0);
            }))
            return {};
        return o;
    }

    // What MainWindow::closeProfile does.
    static void closeProfile(Open &o)
    {
        o.page->setSession(nullptr);
        o.session.reset();
    }

    // A bulk edit adding a tag to the ten products SKU-0000NNx, planned and waiting for Go.
    qm::FlowDialog *plannedBulkEdit(Open &o, const QString &skuPrefix, const QString &tag)
    {
        o.page->filterBar()->skuEdit()->setText(skuPrefix);
        if (!waitUntil([&] {
                return o.page->model()->query().filter.skuPrefix == skuPrefix
                    && o.page->model()->countIsExact() && o.page->model()->rowCount() == 10
                    && o.page->model()->isRowLoaded(9);
            }))
            return nullptr;
        o.page->view()->selectAll();
        BulkChange change;
        change.kind = BulkChange::Kind::SetField;
        change.field = QStringLiteral("tags_add");
        change.fieldValue = QJsonArray {tag};
        qm::FlowDialog *flow = o.page->openBulkEdit(change, false);
        if (!flow)
            return nullptr;
        QSignalSpy planned(flow->flow(), &qm::safety::Flow::planned);
        flow->start();
        if (!planned.wait(15000))
            return nullptr;
        return flow;
    }

    qint64 tagged(const QString &skuPrefix, const QString &tag)
    {
        return qmtest::scalar<qint64>(*m_owner,
            "SELECT count(*) FROM console.products WHERE starts_with(sku, $1) AND $2 = ANY (tags)",
            {skuPrefix.toStdString(), tag.toStdString()});
    }

    qint64 waitingOnLocks(const std::string &like)
    {
        return qmtest::scalar<qint64>(*m_owner,
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE "
            "$1",
            {like});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        m_owner = std::make_unique<qm::db::Pool>(qmtest::primaryParams(), 2);
    }

    // Planned, then the profile closes, then the user presses Go in the dialog that stayed open.
    void bulkEditConfirmedAfterClose()
    {
        Open o = openPage();
        QVERIFY(o.page);
        const QString prefix = QStringLiteral("SKU-0000007");
        const QString tag = unique("close-then-go");
        qm::FlowDialog *flow = plannedBulkEdit(o, prefix, tag);
        QVERIFY(flow);
        QSignalSpy finished(flow, &qm::FlowDialog::flowFinished);

        closeProfile(o);

        QVERIFY(flow->flow()->confirm(true, flow->flow()->report().plan->target));
        QVERIFY(finished.wait(30000));
        const auto report = finished.first().at(0).value<qm::safety::FlowReport>();
        const QString incomplete = whyIncomplete(report);
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete));
        QVERIFY(report.verification && report.verification->ok);
        QCOMPARE(tagged(prefix, tag), qint64(10));
        o.page.reset();
    }

    // Go pressed, the transaction is running (held on a row lock), then the profile closes: the
    // edit is not cut off and commits once the lock goes.
    void bulkEditRunningWhenClosed()
    {
        Open o = openPage();
        QVERIFY(o.page);
        const QString prefix = QStringLiteral("SKU-0000008");
        const QString tag = unique("running-close");
        qm::FlowDialog *flow = plannedBulkEdit(o, prefix, tag);
        QVERIFY(flow);
        QSignalSpy finished(flow, &qm::FlowDialog::flowFinished);
        auto lock
            = std::make_unique<RowLock>(*m_owner, QStringList {QStringLiteral("SKU-00000085")});
        QVERIFY(lock->isLocked());
        QVERIFY(flow->flow()->confirm(true, flow->flow()->report().plan->target));
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnLocks("%bulk_set_field%") == 1, 15000);

        closeProfile(o);
        QTest::qWait(50); // let whatever the close set off run
        lock->release();

        QVERIFY(finished.wait(30000));
        const auto report = finished.first().at(0).value<qm::safety::FlowReport>();
        const QString incomplete = whyIncomplete(report);
        QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete));
        QCOMPARE(tagged(prefix, tag), qint64(10));
        o.page.reset();
    }

    // An import is running (held on a row lock) when the profile closes; then the user presses
    // Stop in the import dialog: the import stops and nothing is imported.
    void importStoppedAfterClose()
    {
        Open o = openPage();
        QVERIFY(o.page);
        const QString sku = unique("CLOSE");
        const QString path = m_dir.filePath(sku + QStringLiteral(".csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("sku,name,price\nSKU-00000095,Renamed while closing,12.50\n"
                                   "%1,New while closing,3.20\n")
                        .arg(sku)
                        .toUtf8());
        }
        qm::ImportDialog *dialog = o.page->openImport();
        QVERIFY(dialog);
        QSignalSpy finished(dialog, &qm::ImportDialog::finished);
        auto lock
            = std::make_unique<RowLock>(*m_owner, QStringList {QStringLiteral("SKU-00000095")});
        QVERIFY(lock->isLocked());
        dialog->setFile(path);
        dialog->import();
        QTRY_VERIFY_WITH_TIMEOUT(waitingOnLocks("%import_apply%") == 1, 15000);

        closeProfile(o);

        QPushButton *stop = nullptr;
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == QLatin1String("Stop"))
                stop = b;
        }
        QVERIFY(stop && stop->isEnabled());
        stop->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->summary().contains(QLatin1String("nothing was imported")), 15000);
        lock->release();
        QCOMPARE(qmtest::scalar<qint64>(*m_owner,
                     "SELECT count(*) FROM console.products WHERE sku = $1", {sku.toStdString()}),
            qint64(0));
        o.page.reset();
    }
};

QTEST_MAIN(TestCloseProfile)
#include "tst_closeprofile.moc"
