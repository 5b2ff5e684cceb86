// The malformed CSV corpus (tests/data/csv): every bad row is reported with its file line and
// column, and nothing of any file is applied (no CSVT-* product appears, SKU-00000010 keeps its
// version) — even where most rows are good.
#include "catalog/catalogservice.h"
#include "catalog/csvimport.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "testenv.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace qm::catalog;

class TestImportCorpus : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Cluster> m_cluster;
    std::unique_ptr<qm::db::Cluster> m_primary;
    std::unique_ptr<CatalogService> m_read;

    int watchedVersion()
    {
        CatalogQuery q;
        q.filter.skuPrefix = QStringLiteral("SKU-00000010");
        const auto page
            = qm::db::waitBlocking(m_read->fetchPage(q, CatalogQuery::Seek::First, {}, 1));
        return page.ok() && !page->rows.isEmpty() ? page->rows.first().version : -1;
    }

    qint64 corpusProducts()
    {
        CatalogQuery q;
        q.filter.skuPrefix = QStringLiteral("CSVT-");
        const auto page
            = qm::db::waitBlocking(m_read->fetchPage(q, CatalogQuery::Seek::First, {}, 100));
        return page.ok() ? page->rows.size() : -1;
    }

    ImportReport import(const QString &path)
    {
        CsvImporter importer(m_cluster.get());
        const auto r = qm::db::waitBlocking(importer.run(path, ImportOptions {}));
        if (!r.ok())
            qWarning().noquote() << r.error().toString();
        return r.ok() ? r.value() : ImportReport {};
    }

    static QString describe(const ImportReport &r)
    {
        QStringList out;
        for (const ImportIssue &i : r.issues)
            out << QStringLiteral("%1:%2").arg(i.line).arg(i.column);
        return out.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_cluster
            = std::make_unique<qm::db::Cluster>(qmtest::clusterConfig(QStringLiteral("merch")));
        QVERIFY(qm::db::waitBlocking(m_cluster->start()).ok());
        qm::db::ClusterConfig primaryOnly;
        primaryOnly.nodes = {qmtest::primaryParams(QStringLiteral("merch"))};
        m_primary = std::make_unique<qm::db::Cluster>(primaryOnly);
        QVERIFY(qm::db::waitBlocking(m_primary->start()).ok());
        m_read = std::make_unique<CatalogService>(m_primary.get());
        QCOMPARE(corpusProducts(), 0);
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected"); // line:column of every issue, in line order
        QTest::newRow("wrong column counts") << "wrong_columns.csv"
                                             << "3:,5:";
        QTest::newRow("bad numbers") << "bad_numbers.csv"
                                     << "2:price,3:price,4:price,5:price,6:price,7:price";
        QTest::newRow("negative prices") << "negative_price.csv"
                                         << "2:price,4:price";
        QTest::newRow("invalid UTF-8") << "invalid_utf8.csv"
                                       << "3:name,4:name";
        QTest::newRow("BOM and CRLF") << "bom_crlf.csv"
                                      << "3:status,4:currency,5:currency";
        QTest::newRow("quoted newlines") << "quoted_newlines.csv"
                                         << "7:price";
        QTest::newRow("duplicate SKUs") << "duplicate_skus.csv"
                                        << "4:sku,6:sku";
        QTest::newRow("empty file") << "empty.csv"
                                    << "1:";
        QTest::newRow("header only") << "header_only.csv"
                                     << "1:";
        QTest::newRow("categories, tags, attributes, quotes")
            << "mixed.csv"
            << "3:category,4:attributes,5:attributes,6:name,7:category";
        QTest::newRow("bad header") << "bad_header.csv"
                                    << "1:name,1:colour,1:price";
        QTest::newRow("good change + bad row") << "partial.csv"
                                               << "3:price";
        // NUL bytes (PostgreSQL text refuses them: SQLSTATE 22021 on COPY before) are found by
        // the console, with the record's first file line and the column.
        QTest::newRow("NUL bytes") << "nul_bytes.csv"
                                   << "3:name,5:name,7:category";
        // Semicolons (detected) and decimal commas; thousands separators are refused.
        QTest::newRow("semicolons, decimal commas") << "semicolon_decimal_comma.csv"
                                                    << "3:price,4:price,5:price";
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const int version = watchedVersion();
        const ImportReport r = import(QStringLiteral(QM_SOURCE_DIR "/tests/data/csv/") + file);
        for (const ImportIssue &i : r.issues)
            qInfo().noquote()
                << QStringLiteral("  line %1 [%2] %3").arg(i.line).arg(i.column, i.message);
        QCOMPARE(describe(r), expected);
        QCOMPARE(r.issueCount, qint64(r.issues.size()));
        for (const ImportIssue &i : r.issues)
            QVERIFY(!i.message.isEmpty());
        QVERIFY(!r.applied);
        QCOMPARE(corpusProducts(), 0);
        QCOMPARE(watchedVersion(), version);
    }

    void nulBytesNamedInTheReport()
    {
        const ImportReport r
            = import(QStringLiteral(QM_SOURCE_DIR "/tests/data/csv/nul_bytes.csv"));
        QCOMPARE(r.rows, qint64(5));
        QCOMPARE(r.validRows, qint64(2));
        QCOMPARE(r.issues.size(), 3);
        for (const ImportIssue &i : r.issues)
            QVERIFY2(i.message.contains(QLatin1String("NUL")), qPrintable(i.message));
    }

    void semicolonsAreDetected()
    {
        const ImportReport r
            = import(QStringLiteral(QM_SOURCE_DIR "/tests/data/csv/semicolon_decimal_comma.csv"));
        QCOMPARE(r.delimiter, ';');
        QVERIFY(r.delimiterDetected);
        QCOMPARE(r.columns, (QStringList {"sku", "name", "price", "description"}));
        QCOMPARE(r.validRows, qint64(1));
    }

    void bomIsRecognised()
    {
        const ImportReport r = import(QStringLiteral(QM_SOURCE_DIR "/tests/data/csv/bom_crlf.csv"));
        QVERIFY(r.hadBom);
        QCOMPARE(r.columns, (QStringList {"sku", "name", "price", "status", "currency"}));
        QCOMPARE(r.rows, qint64(4));
        QCOMPARE(r.validRows, qint64(1));
    }

    void oneMegabyteField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku,name,description,price\n");
        f.write("CSVT-1301,Huge,\"" + QByteArray(1024 * 1024, 'x') + "\",1.00\n");
        f.write("CSVT-1302,Long,\"" + QByteArray(30000, 'y') + "\",1.00\n");
        f.write("CSVT-1303,Fine,\"short\",1.00\n");
        f.close();
        const ImportReport r = import(path);
        QCOMPARE(describe(r), QStringLiteral("2:description,3:description"));
        QVERIFY(r.issues.at(1).message.contains(QLatin1String("20000")));
        QCOMPARE(corpusProducts(), 0);
    }

    void issuesAreCappedButCounted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("sku,name,price\n");
        for (int i = 0; i < 5000; ++i)
            f.write(QStringLiteral("CSVT-2%1,Bad,-1\n").arg(i, 5, 10, QLatin1Char('0')).toUtf8());
        f.close();
        CsvImporter importer(m_cluster.get());
        ImportOptions o;
        o.maxIssues = 100;
        const auto r = qm::db::waitBlocking(importer.run(path, o));
        QVERIFY(r.ok());
        QCOMPARE(r->issueCount, qint64(5000));
        QCOMPARE(r->issues.size(), 100);
        QCOMPARE(r->issues.last().line, qint64(101));
        QCOMPARE(corpusProducts(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
