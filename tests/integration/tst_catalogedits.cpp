// Edits that are never lost, against the sandbox: two sessions editing one product (conflict,
// then both changes kept), batches are all-or-nothing, refused values name the SKU, re-sending
// a batch applies it once, the journal survives a restart and knows what already committed.
#include "catalog/catalogservice.h"
#include "catalog/editapplier.h"
#include "catalog/editjournal.h"
#include "catalog/pendingchanges.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "testenv.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::catalog;

namespace {

template <typename T> T await(QFuture<qm::Result<T>> f)
{
    auto r = qm::db::waitBlocking(std::move(f));
    if (!r.ok())
        qWarning().noquote() << r.error().toString();
    return r.ok() ? r.value() : T {};
}

std::unique_ptr<qm::db::Cluster> openCluster(const QString &user)
{
    auto c = std::make_unique<qm::db::Cluster>(qmtest::clusterConfig(user));
    if (!qm::db::waitBlocking(c->start()).ok())
        return nullptr;
    return c;
}

// Values unique to this run: the sandbox keeps its data between runs.
QString unique(const QString &base)
{
    static const QString run = QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000);
    return base + QStringLiteral(" #") + run;
}

QString otherPrice(const QString &price)
{
    return QString::number(price.toDouble() + 1.11, 'f', 2);
}

PendingEdit edit(
    const ProductDetail &d, const QString &field, const QJsonValue &base, const QJsonValue &value)
{
    PendingEdit e;
    e.productId = d.row.id;
    e.sku = d.row.sku;
    e.baseVersion = d.row.version;
    e.requestId = QUuid::createUuid();
    e.changes.insert(field, value);
    e.base.insert(field, base);
    return e;
}

} // namespace

class TestCatalogEdits : public QObject
{
    Q_OBJECT
    std::unique_ptr<qm::db::Cluster> m_alice; // two merchandiser sessions
    std::unique_ptr<qm::db::Cluster> m_bob;
    std::unique_ptr<qm::db::Cluster> m_primary; // checks read the primary: no replica lag
    std::unique_ptr<CatalogService> m_read;

    ProductDetail product(qint64 id) { return await(m_read->product(id)); }
    qint64 someProduct(int n)
    {
        CatalogQuery q;
        q.sort = CatalogSort {SortKey::Id, true};
        const Page p = await(m_read->fetchPage(q, CatalogQuery::Seek::First, {}, n + 1));
        return p.rows.at(n).id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_alice = openCluster(QStringLiteral("merch"));
        m_bob = openCluster(QStringLiteral("merch"));
        QVERIFY(m_alice && m_bob);
        qm::db::ClusterConfig primaryOnly;
        primaryOnly.nodes = {qmtest::primaryParams(QStringLiteral("merch"))};
        m_primary = std::make_unique<qm::db::Cluster>(primaryOnly);
        QVERIFY(qm::db::waitBlocking(m_primary->start()).ok());
        m_read = std::make_unique<CatalogService>(m_primary.get());
    }

    void twoSessionsEditTheSameProduct()
    {
        const qint64 id = someProduct(1);
        const ProductDetail seenByBoth = product(id);
        const QString newName = seenByBoth.row.name + QStringLiteral(" (Alice)");
        const QString newPrice = otherPrice(seenByBoth.row.price);

        // Alice renames and applies first.
        EditApplier alice(m_alice.get());
        const ApplyOutcome a = await(
            alice.apply({edit(seenByBoth, QStringLiteral("name"), seenByBoth.row.name, newName)}));
        QVERIFY(a.committed);
        QCOMPARE(a.applied.size(), 1);
        QCOMPARE(a.applied.first().row.version, seenByBoth.row.version + 1);

        // Bob changes the price from the same version: a conflict, nothing written.
        EditApplier bob(m_bob.get());
        PendingEdit mine
            = edit(seenByBoth, QStringLiteral("price"), seenByBoth.row.price, newPrice);
        const ApplyOutcome b = await(bob.apply({mine}));
        QVERIFY(!b.committed);
        QCOMPARE(b.conflicts.size(), 1);
        const ProductConflict &c = b.conflicts.first();
        QCOMPARE(c.theirsVersion, seenByBoth.row.version + 1);
        QCOMPARE(c.theirs.value(QLatin1String("name")).toString(), newName);
        QCOMPARE(c.theirs.value(QLatin1String("price")).toString(), seenByBoth.row.price);
        QCOMPARE(product(id).row.price, seenByBoth.row.price); // Bob's price is not in

        // Bob keeps his price (per field choice) on top of theirs and applies again.
        PendingChanges pending;
        pending.restore({mine});
        pending.rebase(id, c.theirsVersion, c.theirs, mine.changes);
        const ApplyOutcome again = await(bob.apply(pending.edits()));
        QVERIFY(again.committed);
        const ProductDetail now = product(id);
        QCOMPARE(now.row.name, newName); // Alice's change kept
        QCOMPARE(now.row.price, newPrice); // and Bob's
        QCOMPARE(now.row.version, seenByBoth.row.version + 2);
        // Both are in the price history / audit trail; the price change once.
        QCOMPARE(now.priceHistory.first().newPrice, newPrice);
    }

    void aBatchIsAllOrNothing()
    {
        const ProductDetail p1 = product(someProduct(2));
        const ProductDetail p2 = product(someProduct(3));
        const ProductDetail p3 = product(someProduct(4));
        // p2 changes behind our back.
        EditApplier other(m_bob.get());
        QVERIFY(await(other.apply({edit(p2, QStringLiteral("status"), p2.row.status,
                          p2.row.status == QLatin1String("active") ? QStringLiteral("draft")
                                                                   : QStringLiteral("active"))}))
                    .committed);

        EditApplier alice(m_alice.get());
        const ApplyOutcome r = await(alice.apply({edit(p1, QStringLiteral("name"), p1.row.name,
                                                      unique(QStringLiteral("Batch one"))),
            edit(p2, QStringLiteral("name"), p2.row.name, unique(QStringLiteral("Batch two"))),
            edit(p3, QStringLiteral("name"), p3.row.name, unique(QStringLiteral("Batch three")))}));
        QVERIFY(!r.committed);
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().edit.productId, p2.row.id);
        QCOMPARE(product(p1.row.id).row.version, p1.row.version); // p1 rolled back too
        QCOMPARE(product(p3.row.id).row.name, p3.row.name);
    }

    void aRefusedValueNamesTheSkuAndAppliesNothing()
    {
        const ProductDetail p1 = product(someProduct(5));
        const ProductDetail p2 = product(someProduct(6));
        EditApplier alice(m_alice.get());
        const auto r = qm::db::waitBlocking(
            alice.apply({edit(p1, QStringLiteral("name"), p1.row.name, QStringLiteral("Fine")),
                edit(p2, QStringLiteral("price"), p2.row.price, QStringLiteral("-1"))}));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, qm::Error::Code::InvalidInput);
        QVERIFY2(r.error().message.contains(p2.row.sku), qPrintable(r.error().message));
        QCOMPARE(product(p1.row.id).row.name, p1.row.name);
    }

    void resendingAppliesOnce()
    {
        const ProductDetail p = product(someProduct(7));
        const QString price = otherPrice(p.row.price);
        const PendingEdit e = edit(p, QStringLiteral("price"), p.row.price, price);
        EditApplier alice(m_alice.get());
        const ApplyOutcome first = await(alice.apply({e}));
        QVERIFY(first.committed);
        // The answer was "lost": the same request is sent again.
        const ApplyOutcome second = await(alice.apply({e}));
        QVERIFY(second.committed);
        QCOMPARE(second.applied.first().row.version, first.applied.first().row.version);
        const ProductDetail now = product(p.row.id);
        QCOMPARE(now.row.version, p.row.version + 1);
        int changes = 0;
        for (const PricePoint &h : now.priceHistory)
            changes += h.newPrice == price && h.oldPrice == p.row.price ? 1 : 0;
        QCOMPARE(changes, 1);
    }

    void journalSurvivesRestartAndKnowsWhatCommitted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pending-edits/sandbox.json"));
        const ProductDetail p1 = product(someProduct(8));
        const ProductDetail p2 = product(someProduct(9));
        QVector<PendingEdit> typed;
        {
            EditJournal journal(path);
            PendingChanges pending;
            pending.setJournal(&journal);
            pending.setField(p1.row.id, p1.row.sku, p1.row.version, QStringLiteral("name"),
                p1.row.name, unique(QStringLiteral("Journal one")));
            pending.setField(p2.row.id, p2.row.sku, p2.row.version, QStringLiteral("tags"),
                QJsonArray::fromStringList(p2.row.tags),
                QJsonArray {unique(QStringLiteral("journal"))});
            typed = pending.edits();
            QCOMPARE(typed.size(), 2);
            // p1 reaches the database, then the console "crashes" before clearing it.
            EditApplier alice(m_alice.get());
            QVERIFY(await(alice.apply({typed.first()})).committed);
        } // journal flushed on destruction
        QVERIFY(QFile::exists(path));

        EditJournal reopened(path);
        const QVector<PendingEdit> restored = await(reopened.load());
        QCOMPARE(restored, typed);
        QCOMPARE(restored.size(), 2);
        EditApplier alice(m_alice.get());
        const QVector<QUuid> done
            = await(alice.committedRequests({restored.at(0).requestId, restored.at(1).requestId}));
        QCOMPARE(done, QVector<QUuid> {restored.at(0).requestId});
        // Re-applying everything is safe: p1 is not applied twice.
        const ApplyOutcome r = await(alice.apply(restored));
        QVERIFY(r.committed);
        QCOMPARE(product(p1.row.id).row.version, p1.row.version + 1);
        QCOMPARE(product(p2.row.id).row.tags, QStringList {unique(QStringLiteral("journal"))});

        // Applied edits leave the journal; an empty set removes the file.
        PendingChanges pending;
        pending.setJournal(&reopened);
        pending.restore(restored);
        QVector<QPair<qint64, QUuid>> applied;
        for (const AppliedProduct &a : r.applied)
            applied << qMakePair(a.productId, a.requestId);
        pending.removeApplied(applied);
        reopened.flush();
        QCOMPARE(pending.productCount(), 0);
        QVERIFY(!QFile::exists(path));
    }

    // The apply step removes what committed, by request id: a change typed into the same product
    // while the apply ran (a new request id) stays pending and journaled, it is not lost.
    void anEditTypedDuringApplyStaysPending()
    {
        const ProductDetail p = product(someProduct(11));
        const QString first = unique(QStringLiteral("Typed first"));
        const QString later = unique(QStringLiteral("Typed later"));
        PendingChanges pending;
        pending.setField(
            p.row.id, p.row.sku, p.row.version, QStringLiteral("name"), p.row.name, first);
        const PendingEdit sent = pending.edits().first();
        pending.setField(p.row.id, p.row.sku, p.row.version, QStringLiteral("name"), p.row.name,
            later); // while the apply of `sent` runs
        QVERIFY(pending.edits().first().requestId != sent.requestId);
        EditApplier alice(m_alice.get());
        const ApplyOutcome r = await(alice.apply({sent}));
        QVERIFY(r.committed);
        QVector<QPair<qint64, QUuid>> applied;
        for (const AppliedProduct &a : r.applied)
            applied << qMakePair(a.productId, a.requestId);
        QCOMPARE(applied.size(), 1);
        pending.removeApplied(applied);
        QCOMPARE(pending.productCount(), 1);
        QCOMPARE(pending.edits().first().changes.value(QStringLiteral("name")).toString(), later);
    }

    void aDamagedJournalIsReportedNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("j.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"edits\": [");
        f.close();
        const auto r = EditJournal::read(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, qm::Error::Code::Io);
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCatalogEdits)
#include "tst_catalogedits.moc"
