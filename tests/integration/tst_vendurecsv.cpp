// CSV export and import of Vendure variants (vendure/vendureimport.h) against the sandbox's
// running Vendure ($QM_SANDBOX_DIR/profile-vendure.json), through the backend seam
// (backends::catalogWrites) as the Catalog workspace and qmctl use it:
// - round trip: export -> a price (minor units) and a German name edited in the file -> import
//   -> Vendure's Shop API returns the new price and the Admin API the German name, and a second
//   export equals the edited file byte for byte; the dry run lists old -> new and changes nothing;
// - an unknown SKU, an unknown id and a bad price refuse the whole file with line and field,
//   nothing changed;
// - a variant changed through the Admin API after the plan is a conflict, left as the other
//   writer made it, while the rest of the file is applied; each batch is audited write-ahead;
// - production: the import is gated by the elevation (a dry run is not);
// - qmctl catalog import/export on the Vendure profile (no --backend: the profile decides).
//
// The default channel is made to offer German (de) first, through the Admin API.
// Skips only when QM_SANDBOX_STORE says the sandbox has no Vendure (unset or "reference").
#include "backend/backend.h"
#include "backends/writes.h"
#include "catalog/catalogwrites.h"
#include "catalog/importdialog.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "safety/audit.h"
#include "safety/elevation.h"
#include "testenv.h"
#include "vendure/adminclient.h"
#include "vendure/vendureimport.h"
#include "vendureshop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;
using qmtest::await;
using qmtest::Gql;
using qmtest::text;

class TestVendureCsv : public QObject
{
    Q_OBJECT

    QJsonObject m_profile;
    QString m_profilePath;
    QString m_database;
    Backend m_backend;
    std::unique_ptr<db::Cluster> m_cluster; // as "merch" on Vendure's database
    std::shared_ptr<db::Cluster> m_shared;
    std::unique_ptr<vendure::AdminClient> m_check; // the test's own Admin API session
    QTemporaryDir m_dir;
    QVector<qint64> m_variants; // active variants of the generated catalog, newest first

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray readAll(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static void writeAll(const QString &file, const QByteArray &bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    Result<QJsonObject> admin(const QString &doc, const QJsonObject &vars = {})
    {
        return await(m_check->execute(doc, vars, QStringLiteral("test")));
    }

    qint64 adminPrice(qint64 id)
    {
        const auto v = await(m_check->variant(QString::number(id)));
        return v ? v->price : -1;
    }

    QString adminName(qint64 id, const QString &language)
    {
        const auto r = admin(QStringLiteral("query($id: ID!) { productVariant(id: $id) { "
                                            "translations { languageCode name } } }"),
            {{QStringLiteral("id"), QString::number(id)}});
        if (!r)
            return QStringLiteral("(error) ") + r.error().message;
        for (const QJsonValue &t : r->value(QStringLiteral("productVariant"))
                                       .toObject()
                                       .value(QStringLiteral("translations"))
                                       .toArray()) {
            if (t.toObject().value(QStringLiteral("languageCode")).toString() == language)
                return t.toObject().value(QStringLiteral("name")).toString();
        }
        return {};
    }

    // The variant's price as Vendure's Shop API gives it (minor units).
    qint64 shopPrice(qint64 id)
    {
        const auto v = await(m_check->variant(QString::number(id)));
        if (!v)
            return -1;
        Gql shop(m_check->http(),
            QUrl(m_profile.value(QStringLiteral("vendure"))
                     .toObject()
                     .value(QStringLiteral("shopApi"))
                     .toString()));
        const Result<QJsonObject> out = shop.call(
            QStringLiteral("query($id: ID!) { product(id: $id) { variants { id price } } }"),
            {{QStringLiteral("id"), v->productId}});
        if (!out)
            return -1;
        for (const QJsonValue &x : out->value(QStringLiteral("product"))
                                       .toObject()
                                       .value(QStringLiteral("variants"))
                                       .toArray()) {
            if (x.toObject().value(QStringLiteral("id")).toString().toLongLong() == id)
                return x.toObject().value(QStringLiteral("price")).toInteger();
        }
        return -2;
    }

    int version(qint64 id) const
    {
        db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("merch"));
        p.dbname = m_database;
        pqxx::connection c(p.toConninfo());
        pqxx::read_transaction tx(c);
        return tx.exec_params1("SELECT version FROM qm_vendure.products WHERE id = $1", id)[0]
            .as<int>();
    }

    QString sku(qint64 id) const
    {
        db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("merch"));
        p.dbname = m_database;
        pqxx::connection c(p.toConninfo());
        pqxx::read_transaction tx(c);
        return QString::fromStdString(
            tx.exec_params1("SELECT sku FROM qm_vendure.products WHERE id = $1", id)[0]
                .as<std::string>());
    }

    Result<catalog::ExportReport> exportTo(const QString &file)
    {
        vendure::VendureCsvExporter exporter(m_backend, m_shared);
        return await(exporter.run(file), 300000);
    }

    Result<catalog::ImportReport> importFile(const QString &file, bool dryRun)
    {
        auto writes = backends::catalogWrites(m_backend, m_shared, nullptr);
        catalog::ImportOptions o;
        o.dryRun = dryRun;
        return await(writes->importCsv(file, o, {}, nullptr), 300000);
    }

    // The exported line of a variant (without CRLF), split at commas (the test's variants have
    // no quoted cells).
    static int lineOf(const QList<QByteArray> &lines, qint64 id)
    {
        for (int i = 1; i < lines.size(); ++i) {
            if (lines[i].startsWith(QByteArray::number(id) + ','))
                return i;
        }
        return -1;
    }

    static QString issues(const catalog::ImportReport &r)
    {
        QStringList out;
        for (const auto &i : r.issues)
            out << QStringLiteral("line %1 [%2] %3").arg(i.line).arg(i.column, i.message);
        return out.join(QLatin1String("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        const QString store = qEnvironmentVariable("QM_SANDBOX_STORE");
        m_profilePath = qmtest::sandboxDir() + QStringLiteral("/profile-vendure.json");
        if (!QFile::exists(m_profilePath)) {
            if (store.isEmpty() || store == QLatin1String("reference"))
                QSKIP("no Vendure in this sandbox (QM_SANDBOX_STORE is unset or \"reference\")");
            QFAIL(qPrintable(QStringLiteral("QM_SANDBOX_STORE=%1 but %2 does not exist")
                                 .arg(store, m_profilePath)));
        }
        QFile f(m_profilePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_profile = QJsonDocument::fromJson(f.readAll()).object();
        m_database = m_profile.value(QStringLiteral("postgres"))
                         .toObject()
                         .value(QStringLiteral("database"))
                         .toString(QStringLiteral("vendure"));
        const QJsonObject v = m_profile.value(QStringLiteral("vendure")).toObject();
        VendureSettings settings;
        settings.adminApi = v.value(QStringLiteral("adminApi")).toString();
        settings.shopApi = v.value(QStringLiteral("shopApi")).toString();
        settings.user = v.value(QStringLiteral("user")).toString();
        settings.passfile = v.value(QStringLiteral("passfile")).toString();
        m_backend = Backend(BackendKind::Vendure, settings);

        db::ClusterConfig c;
        db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("merch"));
        p.dbname = m_database;
        c.nodes = {p};
        m_cluster = std::make_unique<db::Cluster>(c);
        QVERIFY(db::waitBlocking(m_cluster->start()).ok());
        m_shared = db::unowned(m_cluster.get());
        m_check = std::make_unique<vendure::AdminClient>(vendure::AdminConfig::fromJson(v));

        // The default channel offers German as well (a store selling in two languages).
        const auto channel = admin(QStringLiteral("{ activeChannel { id defaultLanguageCode } }"));
        QVERIFY2(channel.ok(), channel.ok() ? "" : text(channel.error()).constData());
        const QString id = channel->value(QStringLiteral("activeChannel"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        const QString lang = channel->value(QStringLiteral("activeChannel"))
                                 .toObject()
                                 .value(QStringLiteral("defaultLanguageCode"))
                                 .toString();
        QCOMPARE(lang, QStringLiteral("en"));
        const auto global = admin(
            QStringLiteral("mutation { updateGlobalSettings(input: {availableLanguages: [en, de]}) "
                           "{ ... on GlobalSettings { id } ... on ErrorResult { message } } }"));
        QVERIFY2(global.ok(), global.ok() ? "" : text(global.error()).constData());
        const auto updated
            = admin(QStringLiteral("mutation($id: ID!) { updateChannel(input: {id: $id, "
                                   "availableLanguageCodes: [en, de]}) { ... on Channel { id } "
                                   "... on ErrorResult { message } } }"),
                {{QStringLiteral("id"), id}});
        QVERIFY2(updated.ok(), updated.ok() ? "" : text(updated.error()).constData());

        pqxx::connection conn(p.toConninfo());
        pqxx::read_transaction tx(conn);
        for (const pqxx::row &r :
            tx.exec("SELECT id FROM qm_vendure.products WHERE status = 'active' AND price > 1 "
                    "AND sku !~ '[\",]' AND name !~ '[\",]' ORDER BY id DESC LIMIT 6"))
            m_variants << r[0].as<qint64>();
        QCOMPARE(m_variants.size(), 6);
    }

    void roundTrip()
    {
        const qint64 a = m_variants[0];
        const qint64 b = m_variants[1];
        const auto exported = exportTo(path(QStringLiteral("a.csv")));
        QVERIFY2(exported.ok(), exported.ok() ? "" : text(exported.error()).constData());
        QVERIFY(exported->rows >= 2000);
        const QByteArray original = readAll(path(QStringLiteral("a.csv")));
        QVERIFY2(original.startsWith("id,sku,name,name:de,price_minor,currency,on_hand\r\n"),
            original.left(120).constData());

        // Edit: a's price (+111 minor units) and its German name, b's English name.
        QList<QByteArray> lines = original.split('\n');
        const int la = lineOf(lines, a);
        const int lb = lineOf(lines, b);
        QVERIFY(la > 0 && lb > 0);
        QList<QByteArray> fa = lines[la].chopped(1).split(','); // without the CR
        QList<QByteArray> fb = lines[lb].chopped(1).split(',');
        QCOMPARE(fa.size(), 7);
        QCOMPARE(fb.size(), 7);
        const qint64 oldPrice = fa[4].toLongLong();
        QCOMPARE(oldPrice, adminPrice(a));
        const qint64 newPrice = oldPrice + 111;
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QString german = QStringLiteral("Größe Ärmel %1").arg(token);
        const QString english = QStringLiteral("QM CSV %1").arg(token);
        fa[4] = QByteArray::number(newPrice);
        fa[3] = german.toUtf8();
        fb[2] = english.toUtf8();
        lines[la] = fa.join(',') + '\r';
        lines[lb] = fb.join(',') + '\r';
        const QByteArray edited = lines.join('\n');
        writeAll(path(QStringLiteral("b.csv")), edited);
        const int baseVersion = version(a);
        const QString germanBefore = adminName(a, QStringLiteral("de")); // a rerun's

        // The plan: old -> new per variant and field, nothing written.
        const auto plan = importFile(path(QStringLiteral("b.csv")), true);
        QVERIFY2(plan.ok(), plan.ok() ? "" : text(plan.error()).constData());
        QVERIFY2(plan->issueCount == 0, qPrintable(issues(*plan)));
        QVERIFY(!plan->applied);
        QCOMPARE(plan->updated, 2);
        QCOMPARE(plan->priceChanges, 1);
        QCOMPARE(plan->changeCount, 3);
        QStringList changes;
        for (const auto &c : plan->changes)
            changes << QStringLiteral("%1 %2 %3->%4").arg(c.id).arg(c.field, c.before, c.after);
        QVERIFY2(changes.contains(
                     QStringLiteral("%1 price_minor %2->%3").arg(a).arg(oldPrice).arg(newPrice)),
            qPrintable(changes.join(u'|')));
        QVERIFY2(
            changes.contains(QStringLiteral("%1 name:de %2->%3").arg(a).arg(germanBefore, german)),
            qPrintable(changes.join(u'|')));
        QCOMPARE(adminPrice(a), oldPrice);
        QCOMPARE(version(a), baseVersion);

        const auto done = importFile(path(QStringLiteral("b.csv")), false);
        QVERIFY2(done.ok(), done.ok() ? "" : text(done.error()).constData());
        QVERIFY2(done->issueCount == 0, qPrintable(issues(*done)));
        QVERIFY(done->applied);
        QCOMPARE(done->updated, 2);
        QVERIFY(done->conflicts.isEmpty());
        QVERIFY(done->verified);
        QCOMPARE(shopPrice(a), newPrice);
        QCOMPARE(adminName(a, QStringLiteral("de")), german);
        QCOMPARE(adminName(b, QStringLiteral("en")), english);

        // Round trip: the next export is the edited file, byte for byte.
        const auto again = exportTo(path(QStringLiteral("c.csv")));
        QVERIFY2(again.ok(), again.ok() ? "" : text(again.error()).constData());
        const QByteArray second = readAll(path(QStringLiteral("c.csv")));
        if (second != edited) {
            const QList<QByteArray> s = second.split('\n');
            const QList<QByteArray> e = edited.split('\n');
            for (int i = 0; i < qMin(s.size(), e.size()); ++i) {
                if (s[i] != e[i])
                    qWarning() << "line" << i + 1 << "exported" << s[i] << "edited" << e[i];
            }
        }
        QVERIFY(second == edited);

        // The same file again: nothing left to change, nothing written.
        const int after = version(a);
        const auto twice = importFile(path(QStringLiteral("b.csv")), false);
        QVERIFY2(twice.ok(), twice.ok() ? "" : text(twice.error()).constData());
        QCOMPARE(twice->updated, 0);
        QCOMPARE(twice->batches, 0);
        QCOMPARE(version(a), after);
    }

    void badRowsRefuseTheWholeFile_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("badCell"); // for the variant of line 3 (or its key)
        QTest::addColumn<bool>("badIsKey");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown SKU")
            << QStringLiteral("sku,price_minor") << QStringLiteral("NO-SUCH-SKU-%1") << true
            << QStringLiteral("sku") << QStringLiteral("unknown SKU");
        QTest::newRow("unknown id")
            << QStringLiteral("id,price_minor") << QStringLiteral("987654321") << true
            << QStringLiteral("id") << QStringLiteral("unknown variant id");
        QTest::newRow("negative price")
            << QStringLiteral("sku,price_minor") << QStringLiteral("-5") << false
            << QStringLiteral("price_minor") << QStringLiteral("negative");
        QTest::newRow("not minor units")
            << QStringLiteral("sku,price_minor") << QStringLiteral("12.99") << false
            << QStringLiteral("price_minor") << QStringLiteral("minor units");
        QTest::newRow("too many decimals")
            << QStringLiteral("sku,price") << QStringLiteral("12.999") << false
            << QStringLiteral("price") << QStringLiteral("more decimals");
        QTest::newRow("too large")
            << QStringLiteral("sku,price_minor") << QStringLiteral("99999999999") << false
            << QStringLiteral("price_minor") << QStringLiteral("more than");
    }

    void badRowsRefuseTheWholeFile()
    {
        QFETCH(QString, header);
        QFETCH(QString, badCell);
        QFETCH(bool, badIsKey);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const qint64 good = m_variants[2];
        const qint64 bad = m_variants[3];
        const bool byId = header.startsWith(QLatin1String("id"));
        auto key = [&](qint64 id) { return byId ? QString::number(id) : sku(id); };
        const qint64 goodPrice = adminPrice(good);
        const qint64 badPrice = adminPrice(bad);
        const int goodVersion = version(good);
        if (badCell.contains(QLatin1String("%1")))
            badCell = badCell.arg(QUuid::createUuid().toString().mid(1, 8));
        QString third = badIsKey ? badCell + QStringLiteral(",100") : key(bad) + u',' + badCell;
        const QByteArray file = (header + QStringLiteral("\r\n") + key(good)
            + (header.endsWith(QLatin1String("price"))
                    ? QStringLiteral(",%1.%2")
                          .arg((goodPrice + 5) / 100)
                          .arg((goodPrice + 5) % 100, 2, 10, QLatin1Char('0'))
                    : QStringLiteral(",%1").arg(goodPrice + 5))
            + QStringLiteral("\r\n") + third + QStringLiteral("\r\n"))
                                    .toUtf8();
        writeAll(path(QStringLiteral("bad.csv")), file);
        const auto r = importFile(path(QStringLiteral("bad.csv")), false);
        QVERIFY2(r.ok(), r.ok() ? "" : text(r.error()).constData());
        QVERIFY(!r->applied);
        QCOMPARE(r->issueCount, 1);
        QCOMPARE(r->issues[0].line, 3);
        QCOMPARE(r->issues[0].column, field);
        QVERIFY2(r->issues[0].message.contains(says), qPrintable(issues(*r)));
        QCOMPARE(r->batches, 0);
        // Nothing applied: not even the good row of line 2.
        QCOMPARE(adminPrice(good), goodPrice);
        QCOMPARE(version(good), goodVersion);
        QCOMPARE(adminPrice(bad), badPrice);
    }

    void changedAfterThePlanIsAConflict()
    {
        const qint64 c = m_variants[4];
        const qint64 d = m_variants[5];
        const qint64 cPrice = adminPrice(c);
        const qint64 dPrice = adminPrice(d);
        const qint64 theirs = cPrice + 77;
        const QByteArray file = QStringLiteral("id,price_minor\r\n%1,%2\r\n%3,%4\r\n")
                                    .arg(c)
                                    .arg(cPrice + 1)
                                    .arg(d)
                                    .arg(dPrice + 1)
                                    .toUtf8();
        writeAll(path(QStringLiteral("conflict.csv")), file);
        const QString spool = path(QStringLiteral("audit.jsonl"));
        vendure::VendureCsvImporter importer(
            m_backend, m_shared, std::make_shared<safety::FileAuditSink>(spool));
        importer.setBatchSize(1); // a batch per variant: d's batch runs after c's conflict
        bool hooked = false;
        importer.setAfterPlan([&](const vendure::VendureCsvImporter::AdminCall &call) {
            // Another writer changes c's price through the Admin API after the plan.
            const auto r = call(QStringLiteral("mutation($id: ID!, $price: Money!) { "
                                               "updateProductVariants(input: [{id: $id, price: "
                                               "$price}]) { id } }"),
                {{QStringLiteral("id"), QString::number(c)},
                    {QStringLiteral("price"), double(theirs)}});
            hooked = r.ok();
        });
        catalog::ImportOptions o;
        const auto r = await(importer.run(path(QStringLiteral("conflict.csv")), o), 300000);
        QVERIFY2(r.ok(), r.ok() ? "" : text(r.error()).constData());
        QVERIFY(hooked);
        QVERIFY2(r->issueCount == 0, qPrintable(issues(*r)));
        QCOMPARE(r->conflicts.size(), 1);
        QCOMPARE(r->conflicts[0].line, 2);
        QVERIFY2(
            r->conflicts[0].message.contains(QStringLiteral("changed in Vendure after the plan")),
            qPrintable(r->conflicts[0].message));
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->batches, 1);
        QCOMPARE(adminPrice(c), theirs); // left as the other writer made it
        QCOMPARE(adminPrice(d), dPrice + 1);

        // The batch was audited write-ahead: its intent, then its outcome, with d only.
        const QList<QByteArray> audit = readAll(spool).trimmed().split('\n');
        QCOMPARE(audit.size(), 2);
        const QJsonObject intent = QJsonDocument::fromJson(audit[0]).object();
        const QJsonObject outcome = QJsonDocument::fromJson(audit[1]).object();
        QCOMPARE(intent.value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
        QCOMPARE(outcome.value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
        QVERIFY2(audit[0].contains("catalog.import") && audit[0].contains(QByteArray::number(d))
                && !audit[0].contains("\"variant\":" + QByteArray::number(c)),
            audit[0].constData());
        QVERIFY2(audit[1].contains("applied"), audit[1].constData());
    }

    void productionNeedsAnElevation()
    {
        const qint64 e = m_variants[2];
        const qint64 price = adminPrice(e);
        writeAll(path(QStringLiteral("prod.csv")),
            QStringLiteral("id,price_minor\r\n%1,%2\r\n").arg(e).arg(price + 3).toUtf8());
        auto production = std::make_shared<safety::Elevation>(Profile::Environment::Production);
        auto writes = backends::catalogWrites(m_backend, m_shared, production);
        catalog::ImportOptions o;
        const auto refused
            = await(writes->importCsv(path(QStringLiteral("prod.csv")), o, {}, nullptr), 60000);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Production is read-only")),
            qPrintable(refused.error().message));
        QCOMPARE(adminPrice(e), price);
        o.dryRun = true;
        const auto dry
            = await(writes->importCsv(path(QStringLiteral("prod.csv")), o, {}, nullptr), 60000);
        QVERIFY2(dry.ok(), dry.ok() ? "" : text(dry.error()).constData());
        QCOMPARE(dry->updated, 1);
        QCOMPARE(adminPrice(e), price);
    }

    void importDialogListsThePlan()
    {
        // The Catalog workspace's dialog on Vendure's writer: Check lists old -> new.
        const qint64 e = m_variants[2];
        const qint64 price = adminPrice(e);
        writeAll(path(QStringLiteral("dialog.csv")),
            QStringLiteral("id,price_minor\r\n%1,%2\r\n").arg(e).arg(price + 4).toUtf8());
        ImportDialog dialog(backends::catalogWrites(m_backend, m_shared, nullptr));
        bool checked = false;
        connect(&dialog, &ImportDialog::finished, this, [&checked] { checked = true; });
        dialog.setFile(path(QStringLiteral("dialog.csv")));
        dialog.check();
        QTRY_VERIFY2_WITH_TIMEOUT(checked, qPrintable(dialog.summary()), 60000);
        auto *table = dialog.findChild<QTableWidget *>();
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("2"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("price_minor"));
        QVERIFY2(table->item(0, 2)->text().contains(
                     QStringLiteral("\"%1\" -> \"%2\"").arg(price).arg(price + 4)),
            qPrintable(table->item(0, 2)->text()));
        QCOMPARE(adminPrice(e), price);
    }

    void qmctlOnTheVendureProfile()
    {
        const qint64 e = m_variants[2];
        const qint64 price = adminPrice(e);
        writeAll(path(QStringLiteral("cli.csv")),
            QStringLiteral("sku,price_minor\r\n%1,%2\r\n").arg(sku(e)).arg(price + 9).toUtf8());
        auto qmctl = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(QStringLiteral(QM_QMCTL),
                QStringList {QStringLiteral("--profile"), m_profilePath, QStringLiteral("--user"),
                    QStringLiteral("merch")}
                    + args);
            if (!p.waitForFinished(300000))
                return -1;
            *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        QByteArray out;
        int rc = qmctl(
            {QStringLiteral("catalog"), QStringLiteral("import"), path(QStringLiteral("cli.csv")),
                QStringLiteral("--dry-run"), QStringLiteral("--json")},
            &out);
        QVERIFY2(rc == 0, out.constData());
        const QJsonObject plan = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
        QCOMPARE(plan.value(QStringLiteral("change_count")).toInt(), 1);
        QCOMPARE(plan.value(QStringLiteral("dry_run")).toBool(), true);
        QCOMPARE(adminPrice(e), price);
        rc = qmctl(
            {QStringLiteral("catalog"), QStringLiteral("import"), path(QStringLiteral("cli.csv"))},
            &out);
        QVERIFY2(rc == 0, out.constData());
        QCOMPARE(adminPrice(e), price + 9);

        rc = qmctl({QStringLiteral("catalog"), QStringLiteral("export"), QStringLiteral("-o"),
                       path(QStringLiteral("cli-export.csv"))},
            &out);
        QVERIFY2(rc == 0, out.constData());
        const QByteArray exported = readAll(path(QStringLiteral("cli-export.csv")));
        QVERIFY2(exported.startsWith("id,sku,name,name:de,price_minor,currency,on_hand\r\n"),
            exported.left(100).constData());
        QVERIFY(exported.contains(QStringLiteral("\r\n%1,%2,").arg(e).arg(sku(e)).toUtf8()));
    }
};

QTEST_MAIN(TestVendureCsv)
#include "tst_vendurecsv.moc"
