// The Vendure catalog writer: edits of variants (price, name) through the Admin API, checked
// against the view's values first (vendurewrites.h). Stock and orders: vendurewrites.cpp.

#include "catalog/catalogservice.h"
#include "catalog/product.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "db/pgerror.h"
#include "orders/ordersservice.h"
#include "safety/audit.h"
#include "vendure/adminclient.h"
#include "vendure/vendureimport.h"
#include "vendure/vendurewrites.h"
#include "vendure/vendurewrites_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThread>
#include <QUrl>
#include <pqxx/pqxx>

namespace qm::vendure {

using namespace writes;

namespace {

QString catalogTr(const char *text)
{
    return QCoreApplication::translate("qm::catalog::EditApplier", text);
}

// One edit as it goes to Vendure, after the view was read.
struct VariantWrite
{
    catalog::PendingEdit edit;
    std::optional<qint64> price; // the new price, minor units
    std::optional<QString> name;
    qint64 basePrice = 0; // minor units, as the view showed it
    qint64 baseMs = 0; // the view's updated_at (ms): Vendure's newest updatedAt of the variant
};

struct CheckedEdits
{
    catalog::ApplyOutcome outcome; // conflicts, or the edits that already hold their values
    QVector<VariantWrite> writes;
    QString language; // the default channel's: names are written in it
};

QJsonObject jsonOf(const pqxx::field &f)
{
    return QJsonDocument::fromJson(QByteArray(f.c_str(), int(f.size()))).object();
}

} // namespace

VendureCatalogWrites::VendureCatalogWrites(Backend backend, std::shared_ptr<db::Cluster> cluster,
    std::shared_ptr<catalog::CatalogWrites> refused)
    : m_backend(std::move(backend))
    , m_cluster(std::move(cluster))
    , m_refused(std::move(refused))
    , m_link(std::make_shared<VendureLink>(adminConfig(m_backend.vendure())))
{ }

VendureCatalogWrites::~VendureCatalogWrites() = default;

QFuture<Result<catalog::ApplyOutcome>> VendureCatalogWrites::applyEdits(
    const QVector<catalog::PendingEdit> &edits)
{
    using catalog::ApplyOutcome;
    auto refuse = [](Error::Code code, const QString &message) {
        return QtFuture::makeReadyFuture(
            Result<ApplyOutcome>(Error {code, message, QStringLiteral("vendure catalog"), {}}));
    };
    // Every value checked before anything is read or sent.
    for (const catalog::PendingEdit &e : edits) {
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it) {
            const QString field = it.key();
            if (field == QLatin1String(catalog::field::Price)) {
                bool ok = false;
                const double v = it.value().isString() ? it.value().toString().toDouble(&ok)
                                                       : it.value().toDouble();
                if (it.value().isDouble())
                    ok = true;
                if (!ok)
                    return refuse(Error::Code::InvalidInput,
                        catalogTr(
                            QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                "%1: \"%2\" is not a price. Nothing in this batch was applied."))
                            .arg(e.sku, it.value().toString()));
                if (v < 0)
                    return refuse(Error::Code::InvalidInput,
                        catalogTr(
                            QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                "%1: a price cannot be negative (%2); Vendure would refuse it. "
                                "Nothing in this batch was applied."))
                            .arg(e.sku, it.value().toVariant().toString()));
            } else if (field == QLatin1String(catalog::field::Name)) {
                if (it.value().toString().trimmed().isEmpty())
                    return refuse(Error::Code::InvalidInput,
                        catalogTr(
                            QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                "%1: a name cannot be empty. Nothing in this batch was applied."))
                            .arg(e.sku));
            } else {
                return refuse(Error::Code::InvalidInput,
                    catalogTr(
                        QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                            "%1: on Vendure the console edits a variant's price and name only; "
                            "%2 is changed in Vendure's own admin. Nothing in this batch was "
                            "applied."))
                        .arg(e.sku, field));
            }
        }
    }

    auto promise = std::make_shared<QPromise<Result<ApplyOutcome>>>();
    QFuture<Result<ApplyOutcome>> future = promise->future();
    promise->start();
    std::shared_ptr<db::Cluster> cluster = m_cluster;
    std::weak_ptr<VendureLink> link = m_link;
    const std::string caps = m_backend.sqlObject("my_capabilities");
    const std::string products = m_backend.sqlObject("products");
    const std::string channel = m_backend.sqlObject("default_channel");
    const std::string major = m_backend.sqlObject("major");

    // The audit entry of this batch: a request id of its own (the edits' ids are in the plan).
    safety::AuditEntry entry;
    entry.action = QStringLiteral("catalog.update_product");
    {
        QStringList targets;
        QJsonArray planned;
        for (const catalog::PendingEdit &e : edits) {
            targets << QStringLiteral("variant:%1").arg(e.productId);
            planned.append(QJsonObject {{QStringLiteral("variant"), double(e.productId)},
                {QStringLiteral("sku"), e.sku},
                {QStringLiteral("request"), e.requestId.toString(QUuid::WithoutBraces)},
                {QStringLiteral("base_version"), e.baseVersion}, {QStringLiteral("base"), e.base},
                {QStringLiteral("changes"), e.changes}});
        }
        entry.target = targets.join(QLatin1Char(','));
        entry.plan = QJsonObject {{QStringLiteral("backend"), m_backend.key()},
            {QStringLiteral("edits"), planned},
            {QStringLiteral("context"), safety::auditContext()}};
    }
    const Backend backend = m_backend;

    // 1. Rights, the rows as they are now on the primary, conflicts; then the intent in the
    // same transaction (refused: nothing is sent to Vendure).
    QFuture<Result<CheckedEdits>> checked = cluster->write<CheckedEdits>(
        catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier", "apply product edits")),
        [=](db::Pool::Connection &c) {
            pqxx::work tx(c);
            requireCapability(tx, backend, QStringLiteral("catalog.edit"),
                catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier", "apply product edits")));
            CheckedEdits out;
            out.language = QString::fromStdString(
                tx.exec1("SELECT language FROM " + channel + "()")[0].as<std::string>(""));
            for (const catalog::PendingEdit &e : edits) {
                const QJsonValue priceValue = e.changes.value(QLatin1String(catalog::field::Price));
                const std::optional<std::string> price = priceValue.isUndefined()
                    ? std::nullopt
                    : std::optional<std::string>(
                        (priceValue.isString() ? priceValue.toString()
                                               : QString::number(priceValue.toDouble(), 'f', 2))
                            .toStdString());
                const pqxx::result r = tx.exec_params("SELECT to_jsonb(p)::text, p.version, "
                                                      "round(p.price / "
                        + major
                        + "(1, p.currency))::bigint, "
                          "(extract(epoch FROM p.updated_at) * 1000)::bigint, "
                          "round($2::numeric / "
                        + major
                        + "(1, p.currency))::bigint, "
                          "($2::numeric IS NULL OR p.price = $2::numeric) "
                          "FROM "
                        + products + " p WHERE p.id = $1",
                    e.productId, price);
                if (r.empty()) {
                    throw Error {Error::Code::NotFound,
                        catalogTr(
                            QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                "%1: product variant %2 is not in Vendure any more. Nothing in "
                                "this batch was applied."))
                            .arg(e.sku)
                            .arg(e.productId),
                        QString::fromStdString(products), {}};
                }
                const QJsonObject product = jsonOf(r[0][0]);
                const QJsonValue nameValue = e.changes.value(QLatin1String(catalog::field::Name));
                const bool samePrice = r[0][5].as<bool>();
                const bool sameName = nameValue.isUndefined()
                    || product.value(QLatin1String("name")).toString() == nameValue.toString();
                if (r[0][1].as<int>() != e.baseVersion) {
                    if (samePrice && sameName) {
                        // The fields hold what this edit sets: the same edit, sent again after
                        // its answer was lost (or someone made the same change). Not written.
                        out.outcome.applied.push_back(catalog::AppliedProduct {e.productId,
                            e.requestId, catalog::CatalogService::rowFromJson(product)});
                        continue;
                    }
                    catalog::ProductConflict conflict;
                    conflict.edit = e;
                    conflict.theirsVersion = r[0][1].as<int>();
                    conflict.theirs = catalog::editableFields(product);
                    conflict.row = catalog::CatalogService::rowFromJson(product);
                    out.outcome.conflicts.push_back(conflict);
                    continue;
                }
                VariantWrite w;
                w.edit = e;
                w.basePrice = r[0][2].as<qint64>(0);
                w.baseMs = r[0][3].as<qint64>(0);
                if (price)
                    w.price = r[0][4].as<qint64>();
                if (!nameValue.isUndefined())
                    w.name = nameValue.toString().trimmed();
                out.writes.push_back(w);
            }
            if (out.outcome.conflicts.isEmpty() && !out.writes.isEmpty())
                writeIntent(tx, backend, entry); // a fresh request id: never an earlier one
            tx.commit();
            return out;
        });

    checked.then([=](const QFuture<Result<CheckedEdits>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<CheckedEdits> ok = f.result();
        if (!ok)
            return settle(promise, Result<ApplyOutcome>(ok.error()));
        CheckedEdits plan = ok.value();
        if (!plan.outcome.conflicts.isEmpty()) {
            plan.outcome.applied.clear();
            plan.outcome.committed = false;
            return settle(promise, Result<ApplyOutcome>(plan.outcome)); // nothing written
        }
        if (plan.writes.isEmpty()) {
            plan.outcome.committed = true;
            return settle(promise, Result<ApplyOutcome>(plan.outcome));
        }
        const std::shared_ptr<VendureLink> l = link.lock();
        if (!l)
            return;
        // 2. The variants as Vendure has them now, then every edit in one mutation.
        const QVector<VariantWrite> writes = plan.writes;
        const QString language = plan.language;
        QFuture<Result<QJsonObject>> sent = l->run<QJsonObject>([writes, language](
                                                                    AdminClient &client) {
            auto done = std::make_shared<QPromise<Result<QJsonObject>>>();
            QFuture<Result<QJsonObject>> out = done->future();
            done->start();
            QJsonArray ids;
            for (const VariantWrite &w : writes)
                ids.append(QString::number(w.edit.productId));
            whenFinished(&client,
                client.execute(
                    QStringLiteral("query QmVariantBases($ids: [String!]!, $take: Int!) { "
                                   "productVariants(options: {filter: {id: {in: $ids}}, take: "
                                   "$take}) { items { id sku price updatedAt } } }"),
                    {{QStringLiteral("ids"), ids}, {QStringLiteral("take"), int(ids.size())}},
                    catalogTr(QT_TRANSLATE_NOOP(
                        "qm::catalog::EditApplier", "read the variants to edit"))),
                [&client, done, writes, language](const Result<QJsonObject> &read) {
                    if (!read)
                        return settle(done, read);
                    QHash<QString, QJsonObject> now;
                    for (const QJsonValue &v : read->value(QStringLiteral("productVariants"))
                                                   .toObject()
                                                   .value(QStringLiteral("items"))
                                                   .toArray())
                        now.insert(
                            v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
                    QJsonArray input;
                    for (const VariantWrite &w : writes) {
                        const QString id = QString::number(w.edit.productId);
                        const QJsonObject v = now.value(id);
                        if (v.isEmpty()) {
                            return settle(done,
                                Result<QJsonObject>(Error {Error::Code::NotFound,
                                    catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                                  "%1: product variant %2 is not in Vendure any "
                                                  "more. Nothing in this batch was applied."))
                                        .arg(w.edit.sku, id),
                                    QStringLiteral("productVariants"), {}}));
                        }
                        const qint64 updated = QDateTime::fromString(
                            v.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs)
                                                   .toMSecsSinceEpoch();
                        const qint64 price = v.value(QStringLiteral("price")).toInteger();
                        if (updated > w.baseMs || price != w.basePrice) {
                            return settle(done,
                                Result<QJsonObject>(Error {Error::Code::Conflict,
                                    catalogTr(
                                        QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                            "%1 changed in Vendure after you read it (its price "
                                            "is now %2 in minor units). Nothing in this batch "
                                            "was written: reload it and edit again."))
                                        .arg(w.edit.sku)
                                        .arg(price),
                                    QStringLiteral("updatedAt %1 > base %2 or price %3 != %4")
                                        .arg(updated)
                                        .arg(w.baseMs)
                                        .arg(price)
                                        .arg(w.basePrice),
                                    {}}));
                        }
                        QJsonObject one {{QStringLiteral("id"), id}};
                        if (w.price)
                            one.insert(QStringLiteral("price"), double(*w.price));
                        if (w.name)
                            one.insert(QStringLiteral("translations"),
                                QJsonArray {QJsonObject {{QStringLiteral("languageCode"), language},
                                    {QStringLiteral("name"), *w.name}}});
                        input.append(one);
                    }
                    // One mutation: Vendure applies the whole input in one transaction.
                    whenFinished(&client,
                        client.execute(
                            QStringLiteral("mutation QmEditVariants($input: "
                                           "[UpdateProductVariantInput!]!) { "
                                           "updateProductVariants(input: $input) { id updatedAt "
                                           "} }"),
                            {{QStringLiteral("input"), input}},
                            catalogTr(QT_TRANSLATE_NOOP(
                                "qm::catalog::EditApplier", "apply product edits"))),
                        [done](Result<QJsonObject> r) {
                            if (!r && r.error().code == Error::Code::Unknown) {
                                Error e = r.error();
                                e.code = Error::Code::InvalidInput;
                                e.message
                                    = catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier",
                                                    "Vendure refused the edits: %1 Nothing in "
                                                    "this batch was applied."))
                                          .arg(e.message);
                                r = Result<QJsonObject>(e);
                            }
                            settle(done, std::move(r));
                        });
                });
            return out;
        });
        // 3. The rows as the view shows them now, and the outcome in the audit log.
        const ApplyOutcome already = plan.outcome;
        sent.then([=](const QFuture<Result<QJsonObject>> &g) {
            if (g.resultCount() == 0)
                return;
            const Result<QJsonObject> r = g.result();
            safety::AuditEntry done = entry;
            done.outcome = outcomeJson(r);
            if (!r) {
                return writeOutcome(cluster, backend, done,
                    [promise, r] { settle(promise, Result<ApplyOutcome>(r.error())); });
            }
            QFuture<Result<ApplyOutcome>> readBack = cluster->write<ApplyOutcome>(
                catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier", "apply product edits")),
                [=](db::Pool::Connection &c) {
                    pqxx::read_transaction tx(c);
                    ApplyOutcome out = already;
                    for (const VariantWrite &w : writes) {
                        const pqxx::result row = tx.exec_params(
                            "SELECT to_jsonb(p)::text FROM " + products + " p WHERE p.id = $1",
                            w.edit.productId);
                        catalog::ProductRow now;
                        if (!row.empty())
                            now = catalog::CatalogService::rowFromJson(jsonOf(row[0][0]));
                        out.applied.push_back(
                            catalog::AppliedProduct {w.edit.productId, w.edit.requestId, now});
                    }
                    out.committed = true;
                    return out;
                });
            // The outcome after Vendure's answer, then the rows (or the read-back's error).
            readBack.then([=](const QFuture<Result<ApplyOutcome>> &h) {
                if (h.resultCount() == 0)
                    return;
                const Result<ApplyOutcome> out = h.result();
                writeOutcome(cluster, backend, done, [promise, out] { settle(promise, out); });
            });
        });
    });
    return future;
}

QFuture<Result<QVector<QUuid>>> VendureCatalogWrites::committedRequests(const QVector<QUuid> &)
{
    // Vendure keeps no request ids: an edit re-applied from the journal is recognised by its
    // values (applyEdits).
    return QtFuture::makeReadyFuture(Result<QVector<QUuid>>(QVector<QUuid> {}));
}

std::shared_ptr<safety::DestructiveAction> VendureCatalogWrites::bulkEdit(
    const catalog::BulkChange &change, const catalog::BulkTarget &target)
{
    return m_refused->bulkEdit(change, target);
}

std::shared_ptr<safety::AuditSink> VendureCatalogWrites::auditSink()
{
    // The audit log beside Vendure (qm_vendure.audit_*, server/vendure/migrations/0004).
    return std::make_shared<safety::DbAuditSink>(m_cluster, m_backend.kind());
}

QFuture<Result<catalog::ImportReport>> VendureCatalogWrites::importCsv(const QString &path,
    catalog::ImportOptions options, std::shared_ptr<catalog::ImportProgress> progress,
    db::Pool::JobId *job)
{
    // Through the Admin API in batches (vendureimport.h), audited with this writer's sink. No
    // database job runs it: cancel through ImportProgress::cancel (between batches).
    if (job)
        *job = 0;
    return VendureCsvImporter(m_backend, m_cluster, auditSink())
        .run(path, std::move(options), std::move(progress));
}

void VendureCatalogWrites::cancelImport(db::Pool::JobId)
{
    // Nothing to cancel on the server: the caller's ImportProgress::cancel stops the batches.
}

} // namespace qm::vendure
