// CatalogQuery + CatalogService against the sandbox: keyset pages in every direction and sort
// give exactly the rows of a plain ORDER BY, filters mean what they say, counts are exact when
// small, anchors land where they claim. Runs as the merchandiser (what the console does).
#include "catalog/catalogquery.h"
#include "catalog/catalogservice.h"
#include "catalogcheck.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "testenv.h"

#include <QtTest>
#include <pqxx/pqxx>

using namespace qm::catalog;
using Seek = CatalogQuery::Seek;

using qmtest::referenceIds;

namespace {

template <typename T> T await(QFuture<qm::Result<T>> f)
{
    auto r = qm::db::waitBlocking(std::move(f));
    if (!r.ok())
        qWarning().noquote() << r.error().toString();
    return r.ok() ? r.value() : T {};
}

QVector<qint64> idsOf(const Page &p)
{
    QVector<qint64> ids;
    for (const ProductRow &r : p.rows)
        ids << r.id;
    return ids;
}

RowKey keyOf(const ProductRow &r)
{
    return RowKey {r.sortKey, r.id, true};
}

} // namespace

class TestCatalogQuery : public QObject
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
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
        m_service = std::make_unique<CatalogService>(m_cluster.get());
    }

    void pageLatency()
    {
        CatalogQuery q;
        q.sort = CatalogSort {SortKey::Price, false};
        QList<qint64> times;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer t;
            t.start();
            const Page p = await(m_service->fetchPage(q, Seek::Last, {}, 200));
            times << t.elapsed();
            QCOMPARE(p.rows.size(), 200);
        }
        qInfo() << "page latency ms" << times;
    }

    void noOffsetEver()
    {
        CatalogQuery q;
        q.filter.text = QStringLiteral("lamp");
        for (Seek s : {Seek::First, Seek::After, Seek::Before, Seek::AtOrAfter, Seek::Last}) {
            const Sql sql = q.page(s, RowKey {QStringLiteral("x"), 5, true}, 100);
            QVERIFY(!QString::fromStdString(sql.text).contains(
                QLatin1String("OFFSET"), Qt::CaseInsensitive));
        }
    }

    void prefixSuccessor_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("next");
        QTest::newRow("ascii") << "SKU-1"
                               << "SKU-2";
        QTest::newRow("z") << "az"
                           << "a{";
        QTest::newRow("umlaut") << QStringLiteral("K\u00e4") << QStringLiteral("K\u00e5");
        QTest::newRow("max carries") << QString::fromUcs4(U"a\U0010FFFF") << "b";
        QTest::newRow("before surrogates") << QStringLiteral("\ud7ff") << QStringLiteral("\ue000");
    }

    void prefixSuccessor()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, next);
        QCOMPARE(CatalogQuery::prefixSuccessor(prefix), next);
    }

    void pagesMatchOrderBy_data()
    {
        QTest::addColumn<int>("sortKey");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("skuPrefix");
        QTest::addColumn<QString>("status");
        // Bounded to the seeded catalog (SKU-*): other tests add products to the sandbox.
        QTest::newRow("sku asc, seeded") << int(SortKey::Sku) << false << ""
                                         << "SKU-"
                                         << "";
        QTest::newRow("name asc, text") << int(SortKey::Name) << false << "steel"
                                        << ""
                                        << "";
        QTest::newRow("name desc, status") << int(SortKey::Name) << true << ""
                                           << "SKU-"
                                           << "active";
        QTest::newRow("price asc, prefix") << int(SortKey::Price) << false << ""
                                           << "SKU-00001"
                                           << "";
        QTest::newRow("price desc, text") << int(SortKey::Price) << true << "a"
                                          << ""
                                          << "";
        QTest::newRow("updated asc") << int(SortKey::UpdatedAt) << false << ""
                                     << "SKU-0000"
                                     << "";
        QTest::newRow("id desc, draft") << int(SortKey::Id) << true << ""
                                        << "SKU-"
                                        << "draft";
    }

    void pagesMatchOrderBy()
    {
        QFETCH(int, sortKey);
        QFETCH(bool, descending);
        QFETCH(QString, text);
        QFETCH(QString, skuPrefix);
        QFETCH(QString, status);
        CatalogQuery q;
        q.sort = CatalogSort {SortKey(sortKey), descending};
        q.filter.text = text;
        q.filter.skuPrefix = skuPrefix;
        if (!status.isEmpty())
            q.filter.statuses = {status};
        const QVector<qint64> expected = referenceIds(q);
        QVERIFY(expected.size() > 50);

        // Forward from the first page to the end, 97 rows at a time.
        QVector<qint64> forward;
        Page page = await(m_service->fetchPage(q, Seek::First, {}, 97));
        forward += idsOf(page);
        while (!page.hitEnd) {
            page = await(m_service->fetchPage(q, Seek::After, keyOf(page.rows.last()), 97));
            forward += idsOf(page);
        }
        QCOMPARE(forward, expected);

        // Backward from the last page to the start.
        QVector<qint64> backward;
        page = await(m_service->fetchPage(q, Seek::Last, {}, 89));
        backward = idsOf(page);
        while (!page.hitEnd) {
            page = await(m_service->fetchPage(q, Seek::Before, keyOf(page.rows.first()), 89));
            backward = idsOf(page) + backward;
        }
        QCOMPARE(backward, expected);

        // AtOrAfter a key in the middle starts exactly at that row.
        const int mid = int(expected.size() / 2);
        const Page around = await(m_service->fetchPage(q, Seek::First, {}, mid + 1));
        const Page at
            = await(m_service->fetchPage(q, Seek::AtOrAfter, keyOf(around.rows.last()), 5));
        QCOMPARE(at.rows.first().id, expected.at(mid));
    }

    void filters()
    {
        CatalogQuery q;
        q.filter.priceMin = QStringLiteral("10.00");
        q.filter.priceMax = QStringLiteral("20.00");
        q.filter.statuses = {QStringLiteral("active"), QStringLiteral("draft")};
        q.filter.stock = StockState::InStock;
        Page p = await(m_service->fetchPage(q, Seek::First, {}, 500));
        QVERIFY(!p.rows.isEmpty());
        for (const ProductRow &r : p.rows) {
            QVERIFY(r.price.toDouble() >= 10.0 && r.price.toDouble() <= 20.0);
            QVERIFY(r.status == QLatin1String("active") || r.status == QLatin1String("draft"));
            QVERIFY(r.available > 0);
        }
        // LIKE metacharacters are literal: no product name contains "%".
        CatalogQuery pct;
        pct.filter.text = QStringLiteral("%");
        QVERIFY(await(m_service->fetchPage(pct, Seek::First, {}, 10)).rows.isEmpty());
        CatalogQuery under;
        under.filter.skuPrefix = QStringLiteral("SKU_");
        QVERIFY(await(m_service->fetchPage(under, Seek::First, {}, 10)).rows.isEmpty());

        // Category filter.
        const QVector<Category> cats = await(m_service->categories());
        QVERIFY(!cats.isEmpty());
        CatalogQuery byCat;
        byCat.filter.categoryIds = {cats.first().id};
        for (const ProductRow &r : await(m_service->fetchPage(byCat, Seek::First, {}, 200)).rows)
            QCOMPARE(r.categoryId, cats.first().id);
    }

    void counts()
    {
        CatalogQuery q;
        q.filter.skuPrefix = QStringLiteral("SKU-00001");
        const RowCount small = await(m_service->count(q));
        QVERIFY(small.exact);
        QCOMPARE(small.rows, qint64(referenceIds(q).size()));

        const RowCount all = await(m_service->count(CatalogQuery {}, 1000));
        QVERIFY(!all.exact); // more than the cap: the estimate
        QVERIFY(all.rows > 1000);
    }

    void exactAnchors()
    {
        CatalogQuery q;
        q.sort = CatalogSort {SortKey::Name, false};
        q.filter.statuses = {QStringLiteral("active")};
        const QVector<qint64> expected = referenceIds(q);
        const Anchors a = await(m_service->anchors(q, expected.size(), 100));
        QVERIFY(a.exact);
        QCOMPARE(a.keys.size(), int((expected.size() + 99) / 100));
        for (int i = 0; i < a.keys.size(); ++i)
            QCOMPARE(a.keys.at(i).id, expected.at(i * 100));
        // Jumping to an anchor gives exactly the rows from that position.
        const int k = a.keys.size() / 2;
        const Page p = await(m_service->fetchPage(q, Seek::AtOrAfter, a.keys.at(k), 10));
        QCOMPARE(idsOf(p), expected.mid(k * 100, 10));
    }

    void sampleAnchors()
    {
        CatalogQuery q;
        q.sort = CatalogSort {SortKey::Price, true};
        const QVector<qint64> expected = referenceIds(q);
        // Force the sampled path on the small sandbox: exactLimit below the total.
        const Anchors a = await(m_service->anchors(q, expected.size(), 100, 10, 1000));
        QVERIFY(!a.exact);
        QVERIFY2(a.keys.size() > 100, qPrintable(QString::number(a.keys.size())));
        // In result order, and each sampled key sits near its claimed fraction of the result.
        QHash<qint64, int> position;
        for (int i = 0; i < expected.size(); ++i)
            position.insert(expected.at(i), i);
        int previous = -1;
        double worst = 0;
        for (int i = 0; i < a.keys.size(); ++i) {
            const int pos = position.value(a.keys.at(i).id, -1);
            QVERIFY(pos > previous);
            previous = pos;
            const double claimed = double(i) / a.keys.size();
            worst = qMax(worst, qAbs(claimed - double(pos) / expected.size()));
        }
        qInfo() << "sample anchors:" << a.keys.size() << "worst position error" << worst;
        QVERIFY(worst < 0.1);
    }

    void productDetail()
    {
        const Page p = await(m_service->fetchPage(CatalogQuery {}, Seek::First, {}, 1));
        const ProductDetail d = await(m_service->product(p.rows.first().id));
        QCOMPARE(d.row.sku, p.rows.first().sku);
        QVERIFY(d.createdAt.isValid());
        QVERIFY(d.row.updatedAt.isValid());
        const auto missing = qm::db::waitBlocking(m_service->product(-5));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, qm::Error::Code::NotFound);
        const QStringList caps = await(m_service->capabilities());
        QVERIFY(caps.contains(QLatin1String("catalog.edit")));
        QVERIFY(!caps.contains(QLatin1String("stock.adjust")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogQuery)
#include "tst_catalogquery.moc"
