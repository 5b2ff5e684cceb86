// Bulk edits against the sandbox: the preview is what the apply writes, cancel rolls everything
// back, and a connection killed in the middle of an apply leaves every price as it was, while
// the retry with the same request id applies exactly once.
#include "catalog/bulkedit.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QtTest>
#include <pqxx/pqxx>
#include <thread>

using namespace qm::catalog;

class TestCatalogBulk : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Cluster> m_cluster;
    std::unique_ptr<qm::db::Pool> m_owner;

    template <typename T>
    T ownerQuery(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::scalar<T>(*m_owner, sql, params);
    }

    std::string priceSum(const QString &prefix)
    {
        return ownerQuery<std::string>(
            "SELECT sum(price)::text FROM shop.products WHERE sku LIKE $1",
            {(prefix + u'%').toStdString()});
    }

    QVector<qint64> ids(const QString &prefix, int n)
    {
        auto r = qm::db::waitBlocking(m_owner->run<QVector<qint64>>(
            QStringLiteral("ids"), [prefix, n](qm::db::Pool::Connection &c) {
                pqxx::work tx(c);
                QVector<qint64> out;
                for (const auto &row :
                    tx.exec_params("SELECT id FROM shop.products WHERE sku LIKE $1 "
                                   "ORDER BY id LIMIT $2",
                        (prefix + u'%').toStdString(), n))
                    out << row[0].as<long long>();
                return out;
            }));
        return r.ok() ? r.value() : QVector<qint64> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_cluster
            = std::make_unique<qm::db::Cluster>(qmtest::clusterConfig(QStringLiteral("merch")));
        QVERIFY(qm::db::waitBlocking(m_cluster->start()).ok());
        m_owner = std::make_unique<qm::db::Pool>(qmtest::primaryParams(), 2);
        // Needs products KILL-000000..: created by tst_importexport, or here if missing.
        if (ownerQuery<long long>("SELECT count(*) FROM shop.products WHERE sku LIKE 'BULK-%'")
            < 10000) {
            ownerQuery<long long>(
                "INSERT INTO shop.products (sku, name, price) SELECT format('BULK-%s', "
                "lpad(i::text, 6, '0')), 'Bulk ' || i, 1 + i % 90 + (i % 100) / 100.0 "
                "FROM generate_series(0, 9999) i ON CONFLICT DO NOTHING RETURNING 0");
        }
    }

    void previewIsWhatApplyWrites()
    {
        const QVector<qint64> selection = ids(QStringLiteral("BULK-0000"), 7);
        QCOMPARE(selection.size(), 7);
        BulkEditor editor(m_cluster.get());
        BulkChange change;
        change.kind = BulkChange::Kind::PricePercent;
        change.value = QStringLiteral("10");
        change.rounding = QStringLiteral("x.99");
        BulkTarget target;
        target.ids = selection;
        const auto p = qm::db::waitBlocking(editor.preview(change, target, 5));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().toString()));
        QCOMPARE(p->count, qint64(7));
        QCOMPARE(p->sample.size(), 5);
        QCOMPARE(p->belowZero, qint64(0));
        for (const BulkSample &s : p->sample) // the nearest price ending in .99
            QVERIFY2(s.after.endsWith(QLatin1String(".99")), qPrintable(s.after));
        const QUuid request = QUuid::createUuid();
        const auto r = qm::db::waitBlocking(editor.apply(change, target, request, {}, 3));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->products, qint64(7));
        QCOMPARE(r->totalBefore, p->totalBefore);
        QCOMPARE(r->totalAfter, p->totalAfter);
        for (const BulkSample &s : p->sample)
            QCOMPARE(
                QString::fromStdString(ownerQuery<std::string>(
                    "SELECT price::text FROM shop.products WHERE id = $1", {std::to_string(s.id)})),
                s.after);
        // Three chunks (3+3+1), each audited, all with derived request ids.
        QCOMPARE(
            ownerQuery<long long>(
                "SELECT count(*) FROM qm.audit_log WHERE action = 'catalog.bulk_price_change' "
                "AND request_id = ANY ($1::uuid[])",
                {QStringLiteral("{%1,%2,%3}")
                        .arg(BulkEditor::chunkRequestId(request, 0).toString(QUuid::WithoutBraces),
                            BulkEditor::chunkRequestId(request, 1).toString(QUuid::WithoutBraces),
                            BulkEditor::chunkRequestId(request, 2).toString(QUuid::WithoutBraces))
                        .toStdString()}),
            3LL);
    }

    void setFieldOnAFilter()
    {
        BulkEditor editor(m_cluster.get());
        CatalogQuery q;
        q.filter.skuPrefix = QStringLiteral("BULK-0001");
        BulkChange change;
        change.kind = BulkChange::Kind::SetField;
        change.field = QStringLiteral("tags_add");
        const QString tag = QStringLiteral("bulk-%1").arg(QDateTime::currentMSecsSinceEpoch());
        change.fieldValue = QJsonArray {tag};
        BulkTarget target;
        target.query = q;
        const auto p = qm::db::waitBlocking(editor.preview(change, target));
        QVERIFY(p.ok());
        QCOMPARE(p->count, qint64(100));
        QCOMPARE(p->changing, qint64(100));
        QVERIFY(p->sample.first().after.contains(tag));
        const auto r
            = qm::db::waitBlocking(editor.apply(change, target, QUuid::createUuid(), {}, 40));
        QVERIFY(r.ok());
        QCOMPARE(r->changed, qint64(100));
        QCOMPARE(ownerQuery<long long>("SELECT count(*) FROM shop.products WHERE $1 = ANY (tags)",
                     {tag.toStdString()}),
            100LL);
    }

    void cancelRollsBack()
    {
        BulkEditor editor(m_cluster.get());
        const std::string before = priceSum(QStringLiteral("BULK-"));
        BulkChange change;
        change.value = QStringLiteral("1");
        BulkTarget target;
        target.query = CatalogQuery {};
        target.query->filter.skuPrefix = QStringLiteral("BULK-");
        auto progress = std::make_shared<BulkProgress>();
        auto f = editor.apply(change, target, QUuid::createUuid(), progress, 250);
        while (progress->done.load() < 1000 && !f.isFinished())
            QThread::msleep(1);
        progress->cancel = true;
        const auto r = qm::db::waitBlocking(f);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, qm::Error::Code::Cancelled);
        QCOMPARE(priceSum(QStringLiteral("BULK-")), before);
    }

    void killedApplyChangesNothingAndRetriesOnce()
    {
        BulkEditor editor(m_cluster.get());
        const std::string before = priceSum(QStringLiteral("BULK-"));
        BulkChange change;
        change.value = QStringLiteral("5");
        BulkTarget target;
        target.query = CatalogQuery {};
        target.query->filter.skuPrefix = QStringLiteral("BULK-");
        const auto p = qm::db::waitBlocking(editor.preview(change, target));
        QVERIFY(p.ok());
        QCOMPARE(p->count, qint64(10000));

        const QUuid request = QUuid::createUuid();
        auto progress = std::make_shared<BulkProgress>();
        auto f = editor.apply(change, target, request, progress, 250);
        while (progress->done.load() < 3000 && !f.isFinished())
            QThread::msleep(1);
        QVERIFY(ownerQuery<bool>("SELECT coalesce(bool_or(pg_terminate_backend(pid)), false) "
                                 "FROM pg_stat_activity WHERE usename = 'merch' AND "
                                 "backend_xid IS NOT NULL AND pid <> pg_backend_pid()"));
        const auto first = qm::db::waitBlocking(f);
        QVERIFY(!first.ok());
        QCOMPARE(first.error().code, qm::Error::Code::ConnectionLost);
        QCOMPARE(priceSum(QStringLiteral("BULK-")), before); // all or nothing

        const auto retry = qm::db::waitBlocking(editor.apply(change, target, request, {}, 250));
        QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().toString()));
        QVERIFY(!retry->alreadyApplied);
        QCOMPARE(retry->products, qint64(10000));
        QCOMPARE(retry->totalBefore, p->totalBefore);
        QCOMPARE(retry->totalAfter, p->totalAfter); // the preview said so
        QCOMPARE(QString::fromStdString(priceSum(QStringLiteral("BULK-"))), p->totalAfter);

        const auto again = qm::db::waitBlocking(editor.apply(change, target, request, {}, 250));
        QVERIFY(again.ok() && again->alreadyApplied);
        QCOMPARE(again->totalAfter, p->totalAfter);
        QCOMPARE(QString::fromStdString(priceSum(QStringLiteral("BULK-"))), p->totalAfter);
    }
};

QTEST_GUILESS_MAIN(TestCatalogBulk)
#include "tst_catalogbulk.moc"
