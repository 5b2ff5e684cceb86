// Catalog edits on a Vendure backend (vendure::VendureCatalogWrites, chosen by
// backends::catalogWrites as the Catalog workspace does) against the sandbox's running Vendure
// ($QM_SANDBOX_DIR/profile-vendure.json): a price edited through the console is what Vendure's
// Shop API returns next; a name edit shows in the console's view; an edit based on a version
// Vendure has changed meanwhile (through its Admin API) is refused as a conflict and Vendure keeps
// the other writer's price; the same batch sent again is not written twice; a negative price and
// an unreachable Vendure give a clear message and change nothing.
//
// Skips only when QM_SANDBOX_STORE says the sandbox has no Vendure (unset or "reference").
#include "backend/backend.h"
#include "backends/writes.h"
#include "catalog/catalogwrites.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "testenv.h"
#include "vendure/adminclient.h"
#include "vendureshop.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;
using qmtest::await;
using qmtest::Gql;
using qmtest::text;

class TestVendureCatalog : public QObject
{
    Q_OBJECT

    QJsonObject m_profile;
    QString m_database;
    Backend m_backend;
    std::unique_ptr<db::Cluster> m_cluster; // as "merch" on Vendure's database
    std::shared_ptr<db::Cluster> m_shared;
    std::unique_ptr<vendure::AdminClient> m_check; // the test's own Admin API session
    qint64 m_variant = 0;
    QString m_productId;

    struct Row
    {
        int version = 0;
        QString price, name, sku;
    };

    Row row() const
    {
        db::ConnectionParams p = qmtest::primaryParams(QStringLiteral("merch"));
        p.dbname = m_database;
        pqxx::connection c(p.toConninfo());
        pqxx::read_transaction tx(c);
        const pqxx::row r = tx.exec_params1(
            "SELECT version, price::text, name, sku FROM qm_vendure.products WHERE id = $1",
            m_variant);
        return {r[0].as<int>(), QString::fromStdString(r[1].as<std::string>()),
            QString::fromStdString(r[2].as<std::string>()),
            QString::fromStdString(r[3].as<std::string>())};
    }

    catalog::PendingEdit edit(const Row &base, const QJsonObject &changes) const
    {
        catalog::PendingEdit e;
        e.productId = m_variant;
        e.sku = base.sku;
        e.baseVersion = base.version;
        e.requestId = QUuid::createUuid();
        e.changes = changes;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            e.base.insert(it.key(), it.key() == QLatin1String("price") ? base.price : base.name);
        return e;
    }

    // The variant's price as Vendure's Shop API gives it (minor units).
    qint64 shopPrice()
    {
        Gql shop(m_check->http(),
            QUrl(m_profile.value(QStringLiteral("vendure"))
                     .toObject()
                     .value(QStringLiteral("shopApi"))
                     .toString()));
        Result<QJsonObject> out = Error {Error::Code::Timeout, QStringLiteral("no answer"), {}, {}};
        bool done = false;
        shop.call(
            QStringLiteral("query($id: ID!) { product(id: $id) { variants { id price } } }"),
            {{QStringLiteral("id"), m_productId}},
            [&](const Result<QJsonObject> &r) {
                out = r;
                done = true;
            },
            this);
        QElapsedTimer t;
        t.start();
        while (!done && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!out) {
            qWarning().noquote() << text(out.error());
            return -1;
        }
        for (const QJsonValue &v : out->value(QStringLiteral("product"))
                                       .toObject()
                                       .value(QStringLiteral("variants"))
                                       .toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString().toLongLong() == m_variant)
                return v.toObject().value(QStringLiteral("price")).toInteger();
        }
        return -2;
    }

    qint64 adminPrice()
    {
        const auto v = await(m_check->variant(QString::number(m_variant)));
        return v ? v->price : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        const QString store = qEnvironmentVariable("QM_SANDBOX_STORE");
        const QString path = qmtest::sandboxDir() + QStringLiteral("/profile-vendure.json");
        if (!QFile::exists(path)) {
            if (store.isEmpty() || store == QLatin1String("reference"))
                QSKIP("no Vendure in this sandbox (QM_SANDBOX_STORE is unset or \"reference\")");
            QFAIL(qPrintable(
                QStringLiteral("QM_SANDBOX_STORE=%1 but %2 does not exist").arg(store, path)));
        }
        QFile f(path);
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

        // An enabled variant of the generated catalog, visible in the Shop API.
        pqxx::connection conn(p.toConninfo());
        pqxx::read_transaction tx(conn);
        const pqxx::result r = tx.exec("SELECT id FROM qm_vendure.products WHERE status = "
                                       "'active' AND price > 1 ORDER BY id DESC LIMIT 1");
        QVERIFY(!r.empty());
        m_variant = r[0][0].as<qint64>();
        const auto read = await(m_check->variant(QString::number(m_variant)));
        QVERIFY2(read.ok(), read.ok() ? "" : text(read.error()).constData());
        m_productId = read->productId;
    }

    void priceEditIsWhatTheShopApiReturns()
    {
        auto writes = backends::catalogWrites(m_backend, m_shared, nullptr);
        const Row before = row();
        const qint64 minor = adminPrice() + 123;
        const QString price = QString::number(minor / 100) + QLatin1Char('.')
            + QStringLiteral("%1").arg(minor % 100, 2, 10, QLatin1Char('0'));
        const catalog::PendingEdit e = edit(before, {{QStringLiteral("price"), price}});
        const auto r = await(writes->applyEdits({e}), 60000);
        QVERIFY2(r.ok(), r.ok() ? "" : text(r.error()).constData());
        QVERIFY(r->committed);
        QCOMPARE(r->applied.size(), 1);
        QCOMPARE(r->applied[0].row.price, price);
        QCOMPARE(shopPrice(), minor);
        QVERIFY(row().version != before.version);

        // The same batch again (its answer lost): reported applied, not a conflict, not
        // written again (the version does not move).
        const int after = row().version;
        const auto again = await(writes->applyEdits({e}), 60000);
        QVERIFY2(again.ok(), again.ok() ? "" : text(again.error()).constData());
        QVERIFY(again->committed);
        QVERIFY(again->conflicts.isEmpty());
        QCOMPARE(row().version, after);
    }

    void nameEditShowsInTheView()
    {
        auto writes = backends::catalogWrites(m_backend, m_shared, nullptr);
        const Row before = row();
        const QString name = QStringLiteral("QM renamed %1")
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8));
        const auto r
            = await(writes->applyEdits({edit(before, {{QStringLiteral("name"), name}})}), 60000);
        QVERIFY2(r.ok(), r.ok() ? "" : text(r.error()).constData());
        QVERIFY(r->committed);
        QCOMPARE(row().name, name);
        const auto v = await(m_check->variant(QString::number(m_variant)));
        QVERIFY(v.ok());
        QCOMPARE(v->name, name);
    }

    void staleEditIsRefusedNotOverwritten()
    {
        auto writes = backends::catalogWrites(m_backend, m_shared, nullptr);
        const Row base = row();
        // Vendure changes the price meanwhile (its Admin API, not the console).
        const auto theirs = await(m_check->variant(QString::number(m_variant)));
        QVERIFY(theirs.ok());
        const qint64 theirPrice = theirs->price + 7;
        QTest::qWait(5); // updatedAt has millisecond precision
        const auto changed = await(m_check->updatePrice(
            QString::number(m_variant), theirPrice, theirs->updatedAt, theirs->price));
        QVERIFY2(changed.ok(), changed.ok() ? "" : text(changed.error()).constData());

        const auto r = await(
            writes->applyEdits({edit(base, {{QStringLiteral("price"), QStringLiteral("1.00")}})}),
            60000);
        QVERIFY2(r.ok(), r.ok() ? "" : text(r.error()).constData());
        QVERIFY(!r->committed);
        QCOMPARE(r->conflicts.size(), 1);
        QCOMPARE(r->conflicts[0].theirsVersion, row().version);
        QCOMPARE(adminPrice(), theirPrice);
        QCOMPARE(shopPrice(), theirPrice);
    }

    void negativePriceIsRefusedClearly()
    {
        auto writes = backends::catalogWrites(m_backend, m_shared, nullptr);
        const Row before = row();
        const auto r
            = await(writes->applyEdits(
                        {edit(before, {{QStringLiteral("price"), QStringLiteral("-5.00")}})}),
                60000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("negative"))
                && r.error().message.contains(QStringLiteral("Nothing")),
            qPrintable(r.error().message));
        QCOMPARE(row().price, before.price);
        QCOMPARE(row().version, before.version);
    }

    void vendureDownIsAClearMessage()
    {
        VendureSettings down = m_backend.vendure();
        down.adminApi = QStringLiteral("http://127.0.0.1:%1/admin-api").arg(qmtest::closedPort());
        auto writes
            = backends::catalogWrites(Backend(BackendKind::Vendure, down), m_shared, nullptr);
        const Row before = row();
        const auto r = await(
            writes->applyEdits({edit(before, {{QStringLiteral("price"), QStringLiteral("2.00")}})}),
            60000);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::ConnectionFailed);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not answer")),
            qPrintable(r.error().message));
        QCOMPARE(row().price, before.price);
        QCOMPARE(row().version, before.version);
    }
};

QTEST_MAIN(TestVendureCatalog)
#include "tst_vendurecatalog.moc"
