// CSV import and export against the sandbox: dry run changes nothing, a good file upserts by SKU,
// the same request id applies once, export guards formulas and round-trips, and a connection
// killed in the middle of an import (during COPY, or during the upsert) leaves nothing behind
// while the retry applies exactly once.
#include "catalog/catalogservice.h"
#include "catalog/csvexport.h"
#include "catalog/csvimport.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>
#include <thread>

using namespace qm::catalog;

namespace {

QString runToken()
{
    static const QString t = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
    return t;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A CSV text whose %1 (the run's token, so that every run has rows of its own) and %2... are
// filled in, as UTF-8.
template <typename... Args> QByteArray csvText(const char *text, const Args &...args)
{
    return QString::fromUtf8(text).arg(args...).toUtf8();
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Cluster> m_cluster;
    std::unique_ptr<qm::db::Pool> m_owner;
    QTemporaryDir m_dir;

    template <typename T>
    T ownerQuery(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::scalar<T>(*m_owner, sql, params);
    }

    qint64 countLike(const QString &skuPattern, const QString &nameLike = QStringLiteral("%"))
    {
        return ownerQuery<long long>("SELECT count(*) FROM shop.products WHERE sku LIKE $1 "
                                     "AND name LIKE $2",
            {skuPattern.toStdString(), nameLike.toStdString()});
    }

    // Terminates the importer's backend as soon as it runs a statement matching `like`.
    std::thread killWhen(const QString &like, std::atomic<bool> *killed)
    {
        const std::string pattern = like.toStdString();
        return std::thread([this, pattern, killed] {
            QElapsedTimer t;
            t.start();
            while (!*killed && t.elapsed() < 60000) {
                if (ownerQuery<bool>("SELECT coalesce(bool_or(pg_terminate_backend(pid)), false) "
                                     "FROM pg_stat_activity WHERE usename = 'merch' AND "
                                     "state = 'active' AND pid <> pg_backend_pid() AND query "
                                     "ILIKE $1",
                        {pattern}))
                    *killed = true;
                else
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
            }
        });
    }

    struct QmctlRun
    {
        int code = -1;
        QString out;
        QString err;
    };

    // qmctl catalog import ARGS as the merchandiser, against the sandbox's profile.
    QmctlRun qmctlImport(const QStringList &args)
    {
        return qmctl(qmtest::profilePath(),
            QStringList {QStringLiteral("catalog"), QStringLiteral("import")} + args);
    }

    // qmctl --profile PROFILE --user merch ARGS.
    QmctlRun qmctl(const QString &profile, const QStringList &args)
    {
        QString qmctl = qEnvironmentVariable("QM_QMCTL");
        if (qmctl.isEmpty())
            qmctl = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl");
        if (!QFile::exists(qmctl))
            qFatal("%s is not built", qPrintable(qmctl));
        QProcess p;
        p.start(qmctl,
            QStringList {QStringLiteral("--profile"), profile, QStringLiteral("--user"),
                QStringLiteral("merch")}
                + args);
        p.waitForFinished(120000);
        QmctlRun r {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
        qInfo().noquote() << r.out << r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        m_cluster
            = std::make_unique<qm::db::Cluster>(qmtest::clusterConfig(QStringLiteral("merch")));
        QVERIFY(qm::db::waitBlocking(m_cluster->start()).ok());
        m_owner = std::make_unique<qm::db::Pool>(qmtest::primaryParams(), 2);
    }

    void dryRunThenApplyThenRepeat()
    {
        const QString t = runToken();
        const QString path = m_dir.filePath(QStringLiteral("good.csv"));
        const QString newPrice = QString::number(
            QString::fromStdString(
                ownerQuery<std::string>(
                    "SELECT price::text FROM shop.products WHERE sku = 'SKU-00000020'"))
                    .toDouble()
                + 1.01,
            'f', 2);
        writeFile(path,
            csvText("\xEF\xBB\xBFsku,name,description,price,currency,status,category,tags,"
                    "attributes\r\n"
                    "IMPT-%1-1,Lamp %1,\"two\r\nlines\",19.90,EUR,active,lighting,new|sale,"
                    "\"{\"\"w\"\": 60}\"\r\n"
                    "IMPT-%1-2,Chair %1,,45.00,,,,,\r\n"
                    "IMPT-%1-3,Desk %1,plain,120,usd,draft,office,,\r\n"
                    "SKU-00000020,Renamed %1,,%2,,,,,\r\n",
                t, newPrice));
        CsvImporter importer(m_cluster.get());

        ImportOptions dry;
        dry.dryRun = true;
        const auto d = qm::db::waitBlocking(importer.run(path, dry));
        QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().toString()));
        QCOMPARE(d->issueCount, qint64(0));
        QVERIFY(!d->applied);
        QCOMPARE(d->inserted, qint64(3));
        QCOMPARE(d->updated, qint64(1));
        QCOMPARE(d->priceChanges, qint64(1));
        QCOMPARE(countLike(QStringLiteral("IMPT-") + t + QStringLiteral("-%")), qint64(0));

        ImportOptions real;
        real.requestId = QUuid::createUuid();
        const auto a = qm::db::waitBlocking(importer.run(path, real));
        QVERIFY(a.ok() && a->applied && !a->alreadyApplied);
        QCOMPARE(a->inserted, qint64(3));
        QCOMPARE(a->updated, qint64(1));
        QCOMPARE(countLike(QStringLiteral("IMPT-") + t + QStringLiteral("-%")), qint64(3));
        QCOMPARE(ownerQuery<std::string>("SELECT description || '|' || currency || '|' || "
                                         "array_to_string(tags, ',') || '|' || attributes::text "
                                         "FROM shop.products WHERE sku = $1",
                     {("IMPT-" + t + "-1").toStdString()}),
            std::string("two\nlines|EUR|new,sale|{\"w\": 60}"));
        QCOMPARE(ownerQuery<std::string>("SELECT currency FROM shop.products WHERE sku = $1",
                     {("IMPT-" + t + "-3").toStdString()}),
            std::string("USD"));
        QCOMPARE(ownerQuery<long long>("SELECT count(*) FROM qm.audit_log WHERE request_id = $1 "
                                       "AND action = 'catalog.import'",
                     {real.requestId.toString(QUuid::WithoutBraces).toStdString()}),
            1LL);

        // The answer was lost: the same request again applies nothing.
        const int version = ownerQuery<int>("SELECT version FROM shop.products WHERE sku = "
                                            "'SKU-00000020'");
        const auto again = qm::db::waitBlocking(importer.run(path, real));
        QVERIFY(again.ok() && again->alreadyApplied);
        QCOMPARE(again->inserted, qint64(3));
        QCOMPARE(ownerQuery<int>("SELECT version FROM shop.products WHERE sku = 'SKU-00000020'"),
            version);
        // A new import of the same file: everything unchanged, no version moves.
        const auto same = qm::db::waitBlocking(importer.run(path, ImportOptions {}));
        QVERIFY(same.ok() && same->applied);
        QCOMPARE(same->unchanged, qint64(4));
        QCOMPARE(ownerQuery<int>("SELECT version FROM shop.products WHERE sku = 'SKU-00000020'"),
            version);
    }

    // What a spreadsheet in a German or French locale writes: semicolons, decimal commas, CRLF.
    // Detected from the header, imported end to end, and named in qmctl's report.
    void semicolonFileImportsEndToEnd()
    {
        const QString t = runToken();
        const QString path = m_dir.filePath(QStringLiteral("semicolons.csv"));
        writeFile(path,
            csvText("sku;name;price;currency;description\r\n"
                    "IMPS-%1-1;Tasse %1;19,90;EUR;\"Steingut; 0,3 l\"\r\n"
                    "IMPS-%1-2;Teller %1;5;EUR;\r\n"
                    "IMPS-%1-3;Krug %1;1234,5;EUR;\r\n",
                t));

        // qmctl --dry-run says what it detected, in text and in JSON, and changes nothing.
        auto runQmctl = [&](const QStringList &extra) {
            const QmctlRun r = qmctlImport(
                QStringList {QStringLiteral("--dry-run")} + extra + QStringList {path});
            return std::make_pair(r.code, r.out);
        };
        const auto [code, text] = runQmctl({});
        QCOMPARE(code, 0);
        QVERIFY2(text.contains(QLatin1String("columns separated by semicolons (detected)")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("would import 3 new")), qPrintable(text));
        const auto [jsonCode, json] = runQmctl({QStringLiteral("--json")});
        QCOMPARE(jsonCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(report.value(QLatin1String("delimiter")).toString(), QStringLiteral(";"));
        QCOMPARE(report.value(QLatin1String("delimiter_detected")).toBool(), true);
        QCOMPARE(report.value(QLatin1String("inserted")).toInt(), 3);
        // Forcing commas reads one column, and the report says what the file seems to use.
        const auto [commaCode, comma]
            = runQmctl({QStringLiteral("--delimiter"), QStringLiteral("comma")});
        QCOMPARE(commaCode, 1);
        QVERIFY2(comma.contains(QLatin1String("columns separated by commas (--delimiter)")),
            qPrintable(comma));
        QVERIFY2(
            comma.contains(QLatin1String("separated by semicolons: choose")), qPrintable(comma));
        QCOMPARE(countLike(QStringLiteral("IMPS-") + t + QStringLiteral("-%")), qint64(0));

        // The console's import applies it.
        CsvImporter importer(m_cluster.get());
        const auto r = qm::db::waitBlocking(importer.run(path, ImportOptions {}));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        QCOMPARE(r->issueCount, qint64(0));
        QVERIFY(r->applied);
        QCOMPARE(r->delimiter, ';');
        QVERIFY(r->delimiterDetected);
        QCOMPARE(r->inserted, qint64(3));
        QCOMPARE(ownerQuery<std::string>(
                     "SELECT string_agg(price::text || '|' || description, ',' ORDER BY sku) "
                     "FROM shop.products WHERE sku LIKE $1",
                     {("IMPS-" + t + "-%").toStdString()}),
            std::string("19.90|Steingut; 0,3 l,5.00|,1234.50|"));
    }

    // A production profile is read-only for qmctl too: an import that writes is refused without
    // --elevate (a dry run is not), and with it the elevation is audited before the rows land.
    // qmctl seed, a sandbox tool, refuses production outright.
    void productionImportNeedsAnElevation()
    {
        QFile in(qmtest::profilePath());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(in.readAll()).object();
        profile.insert(QStringLiteral("environment"), QStringLiteral("production"));
        const QString prod = m_dir.filePath(QStringLiteral("production.json"));
        writeFile(prod, QJsonDocument(profile).toJson());

        const QString t = runToken();
        const QString path = m_dir.filePath(QStringLiteral("production.csv"));
        writeFile(path, csvText("sku,name,price\nIMPP-%1-1,Gate %1,3.50\n", t));
        const QString sku = QStringLiteral("IMPP-") + t + QStringLiteral("-%");
        const QStringList import {QStringLiteral("catalog"), QStringLiteral("import")};

        const QmctlRun refused = qmctl(prod, import + QStringList {path});
        QVERIFY2(refused.code != 0, qPrintable(refused.out));
        QVERIFY2(refused.err.contains(QLatin1String("read-only")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QLatin1String("--elevate")), qPrintable(refused.err));
        QCOMPARE(countLike(sku), qint64(0));

        const QmctlRun dry = qmctl(prod, import + QStringList {QStringLiteral("--dry-run"), path});
        QCOMPARE(dry.code, 0);
        QCOMPARE(countLike(sku), qint64(0));

        const QString reason = QStringLiteral("price list for the %1 sale").arg(t);
        const QmctlRun elevated
            = qmctl(prod, import + QStringList {QStringLiteral("--elevate"), reason, path});
        QVERIFY2(elevated.code == 0, qPrintable(elevated.err));
        QCOMPARE(countLike(sku), qint64(1));
        QCOMPARE(
            ownerQuery<qint64>("SELECT count(*) FROM qm.audit_log WHERE action = 'catalog.elevate' "
                               "AND plan::text LIKE '%' || $1 || '%'",
                {t.toStdString()}),
            qint64(1));

        const QmctlRun seed = qmctl(prod,
            {QStringLiteral("seed"), QStringLiteral("--products"), QStringLiteral("1"),
                QStringLiteral("--truncate")});
        QVERIFY2(seed.code != 0, qPrintable(seed.out));
        QVERIFY2(seed.err.contains(QLatin1String("production")), qPrintable(seed.err));
        QVERIFY(countLike(QStringLiteral("%")) > 1);
    }

    void exportGuardsFormulasAndRoundTrips()
    {
        const QString t = runToken();
        const QString in = m_dir.filePath(QStringLiteral("formula.csv"));
        writeFile(in,
            csvText("sku,name,description,price\n"
                    "EXPT-%1-1,\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",+cmd,1.00\n"
                    "EXPT-%1-2,@SUM(A1),-2+3,2.00\n"
                    "EXPT-%1-3,\"Plain, with comma\",\"multi\nline\",3.50\n",
                t));
        CsvImporter importer(m_cluster.get());
        const auto imported = qm::db::waitBlocking(importer.run(in, ImportOptions {}));
        QVERIFY(imported.ok() && imported->applied);
        QCOMPARE(ownerQuery<std::string>("SELECT name FROM shop.products WHERE sku = $1",
                     {("EXPT-" + t + "-1").toStdString()}),
            std::string("=HYPERLINK(\"http://evil\",\"x\")"));

        CatalogQuery q;
        q.filter.skuPrefix = QStringLiteral("EXPT-") + t;
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        CsvExporter exporter(m_cluster.get());
        const auto e = qm::db::waitBlocking(exporter.run(q, out));
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().toString()));
        QCOMPARE(e->rows, qint64(3));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray csv = f.readAll();
        QVERIFY(csv.startsWith("sku,name,description,status,price"));
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""));
        QVERIFY(csv.contains(",'+cmd,"));
        QVERIFY(csv.contains(",'@SUM(A1),'-2+3,"));
        QVERIFY(csv.contains("\"multi\nline\""));
        QVERIFY(!csv.contains(",=") && !csv.contains(",+") && !csv.contains(",@"));

        // Re-importing the export changes nothing (guards are undone, stock columns ignored).
        const auto back = qm::db::waitBlocking(importer.run(out, ImportOptions {}));
        QVERIFY2(back.ok() && back->applied,
            back.ok() && !back->issues.isEmpty() ? qPrintable(back->issues.first().message) : "");
        QCOMPARE(back->unchanged, qint64(3));
    }

    void exportWholeCatalogStreams()
    {
        const QString out = m_dir.filePath(QStringLiteral("all.csv"));
        CsvExporter exporter(m_cluster.get());
        auto progress = std::make_shared<ExportProgress>();
        const auto e = qm::db::waitBlocking(exporter.run(CatalogQuery {}, out, progress));
        QVERIFY(e.ok());
        QCOMPARE(e->rows, ownerQuery<long long>("SELECT count(*) FROM shop.products"));
        QCOMPARE(progress->rows.load(), e->rows);
        QCOMPARE(QFileInfo(out).size(), e->bytes);
    }

    // qmctl whose connection dies during the upsert: nothing applied, exit 4, and stderr names
    // the request id to retry with; that retry applies once, and again changes nothing.
    void killedQmctlNamesTheRequestToRetry()
    {
        const int rows = 20000;
        const QString t = runToken();
        const QString path = m_dir.filePath(QStringLiteral("qmctl-kill.csv"));
        QByteArray data = "sku,name,price\n";
        for (int i = 0; i < rows; ++i)
            data += QStringLiteral("QKIL-%2-%1,Qmctl killed %2 %1,%3.00\n")
                        .arg(i, 6, 10, QLatin1Char('0'))
                        .arg(t)
                        .arg(1 + i % 50)
                        .toUtf8();
        writeFile(path, data);
        const QString skus = QStringLiteral("QKIL-") + t + QStringLiteral("-%");

        std::atomic<bool> killed {false};
        std::thread killer = killWhen(QStringLiteral("%import_apply%"), &killed);
        const QmctlRun first = qmctlImport({path});
        const bool wasKilled = killed.exchange(true);
        killer.join();
        QVERIFY2(wasKilled, "qmctl finished before its connection could be killed");
        QCOMPARE(first.code, 4); // ExitUnreachable: the connection was lost
        QCOMPARE(countLike(skus), qint64(0));
        const QRegularExpressionMatch id
            = QRegularExpression(QStringLiteral("--request-id ([0-9a-f-]{36})")).match(first.err);
        QVERIFY2(id.hasMatch(), qPrintable(first.err));

        const QmctlRun retry = qmctlImport({QStringLiteral("--request-id"), id.captured(1), path});
        QCOMPARE(retry.code, 0);
        QVERIFY2(retry.out.contains(QStringLiteral("imported: %1 new").arg(rows)),
            qPrintable(retry.out));
        QCOMPARE(countLike(skus), qint64(rows));
        const QmctlRun again = qmctlImport({QStringLiteral("--request-id"), id.captured(1), path});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String("already imported by request ") + id.captured(1)),
            qPrintable(again.out));
        QCOMPARE(ownerQuery<long long>("SELECT count(*) FROM qm.audit_log WHERE request_id = $1",
                     {id.captured(1).toStdString()}),
            1LL);
    }

    void killedImportAppliesNothingAndRetriesOnce_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::newRow("during COPY") << "COPY%qm_import%";
        QTest::newRow("during the upsert") << "%import_apply%";
    }

    void killedImportAppliesNothingAndRetriesOnce()
    {
        QFETCH(QString, phase);
        const int rows = 100000;
        const QString t = runToken() + QString::number(QTest::currentDataTag()[7] == 'C');
        const QString path = m_dir.filePath(QStringLiteral("kill.csv"));
        QByteArray data = "sku,name,price\n";
        for (int i = 0; i < rows; ++i)
            data += QStringLiteral("KILL-%1,Killed %2 %1,%3.00\n")
                        .arg(i, 6, 10, QLatin1Char('0'))
                        .arg(t)
                        .arg(1 + i % 50)
                        .toUtf8();
        writeFile(path, data);
        const QString marker = QStringLiteral("Killed ") + t + QStringLiteral(" %");

        CsvImporter importer(m_cluster.get());
        ImportOptions o;
        o.requestId = QUuid::createUuid();
        std::atomic<bool> killed {false};
        std::thread killer = killWhen(phase, &killed);
        const auto first = qm::db::waitBlocking(importer.run(path, o));
        killed = true;
        killer.join();
        QVERIFY2(!first.ok(), "the import finished before it could be killed");
        QCOMPARE(first.error().code, qm::Error::Code::ConnectionLost);
        QCOMPARE(countLike(QStringLiteral("KILL-%"), marker), qint64(0)); // nothing applied

        const auto retry = qm::db::waitBlocking(importer.run(path, o));
        QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().toString()));
        QVERIFY(retry->applied && !retry->alreadyApplied);
        QCOMPARE(retry->inserted + retry->updated, qint64(rows));
        QCOMPARE(countLike(QStringLiteral("KILL-%"), marker), qint64(rows));
        const auto again = qm::db::waitBlocking(importer.run(path, o));
        QVERIFY(again.ok() && again->alreadyApplied);
        QCOMPARE(ownerQuery<long long>("SELECT count(*) FROM qm.audit_log WHERE request_id = $1",
                     {o.requestId.toString(QUuid::WithoutBraces).toStdString()}),
            1LL);
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
