#include "vendure/vendurewrites.h"

#include "catalog/catalogservice.h"
#include "catalog/product.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "orders/ordersservice.h"
#include "safety/audit.h"
#include "vendure/adminclient.h"
#include "vendure/vendureimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QThread>
#include <QUrl>
#include <pqxx/pqxx>

namespace qm::vendure {

namespace {

vendure::AdminConfig adminConfig(const VendureSettings &s)
{
    vendure::AdminConfig c;
    c.adminApi = QUrl(s.adminApi);
    c.shopApi = QUrl(s.shopApi);
    if (!s.user.isEmpty())
        c.user = s.user;
    c.passfile = s.passfile;
    return c;
}

template <typename T> void settle(const std::shared_ptr<QPromise<Result<T>>> &promise, Result<T> r)
{
    promise->addResult(std::move(r));
    promise->finish();
}

// Hands a cluster future's result on to promise (on whichever thread it finishes).
template <typename T>
void forward(QFuture<Result<T>> from, std::shared_ptr<QPromise<Result<T>>> promise,
    std::shared_ptr<db::Cluster> keep)
{
    from.then([promise, keep](const QFuture<Result<T>> &f) {
        if (f.resultCount() > 0)
            settle(promise, f.result());
        // else: the promise is dropped, which cancels its future (the callers see Cancelled)
    });
}

} // namespace

// One AdminClient on a thread of its own (see the header): calls are posted to it, so callers
// on any thread, with or without an event loop, get futures that finish without them.
class VendureLink
{
public:
    explicit VendureLink(vendure::AdminConfig config)
        : m_config(std::move(config))
    {
        m_thread.setObjectName(QStringLiteral("qm-vendure-admin"));
        m_context = new QObject; // lives on m_thread; the client is created there, its child
        m_context->moveToThread(&m_thread);
        m_thread.start();
    }

    ~VendureLink()
    {
        // The client (the context's child) goes with the context on its own thread: its
        // unfinished calls end Cancelled. Objects with a pending deleteLater are deleted when
        // their thread finishes, even after quit().
        m_context->deleteLater();
        m_thread.quit();
        m_thread.wait(); // a few ms: the thread runs no blocking work, only the event loop
    }

    // Runs call(client) on the link's thread; the future finishes with call's result there
    // (cancelled when the link goes first).
    template <typename T>
    QFuture<Result<T>> run(std::function<QFuture<Result<T>>(vendure::AdminClient &)> call)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [this, call = std::move(call), promise] {
                whenFinished(m_context, call(client()),
                    [promise](Result<T> r) { settle(promise, std::move(r)); });
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    vendure::AdminClient &client() // on m_thread only
    {
        if (!m_client)
            m_client = new vendure::AdminClient(m_config, m_context);
        return *m_client;
    }

    vendure::AdminConfig m_config;
    QThread m_thread;
    QObject *m_context = nullptr;
    vendure::AdminClient *m_client = nullptr; // m_context's child, touched on m_thread only
};

namespace {

// Runs call on the link once the console's database role has `capability` on this backend
// (my_capabilities(), as the reference store's grants decide it there): the Admin API signs in
// as the profile's Vendure user, whose rights are not the console user's, so without this check
// a merchandiser's session could adjust stock or cancel orders through the superadmin.
template <typename T>
QFuture<Result<T>> permittedRun(std::weak_ptr<VendureLink> link,
    std::shared_ptr<db::Cluster> cluster, const Backend &backend, const QString &capability,
    const QString &what, std::function<QFuture<Result<T>>(vendure::AdminClient &)> call)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    const std::string caps = backend.sqlObject("my_capabilities");
    const std::string cap = capability.toStdString();
    QFuture<Result<Done>> allowed
        = cluster->read<Done>(what, [caps, cap, capability, what](db::Pool::Connection &c) {
              pqxx::read_transaction tx(c);
              if (!tx.exec_params1("SELECT $1 = ANY (" + caps + "())", cap)[0].as<bool>()) {
                  throw Error {Error::Code::PermissionDenied,
                      QCoreApplication::translate("qm::backend",
                          "Your database role may not %1 on this store: nothing was sent to "
                          "Vendure.")
                          .arg(what),
                      QStringLiteral("capability %1 missing").arg(capability),
                      QStringLiteral("42501")};
              }
              return Done {};
          });
    allowed.then([link, promise, call](const QFuture<Result<Done>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<Done> ok = f.result();
        if (!ok)
            return settle(promise, Result<T>(ok.error()));
        const std::shared_ptr<VendureLink> l = link.lock();
        if (!l)
            return; // the writer is gone: the caller's future ends cancelled
        l->run<T>(call).then([promise](const QFuture<Result<T>> &g) {
            if (g.resultCount() > 0)
                settle(promise, g.result());
        });
    });
    return future;
}

QString stockTr(const char *text)
{
    return QCoreApplication::translate("qm::inventory::StockService", text);
}

// A call's result reduced to "done or the Error" (a call without result stays without one: the
// returned future is cancelled with it).
template <typename T> QFuture<Result<Done>> doneOf(QFuture<Result<T>> call)
{
    auto promise = std::make_shared<QPromise<Result<Done>>>();
    QFuture<Result<Done>> future = promise->future();
    promise->start();
    call.then([promise](const QFuture<Result<T>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<T> r = f.result();
        settle(promise, r ? Result<Done>(Done {}) : Result<Done>(r.error()));
    });
    return future;
}

// Admin API ids are strings; the views give Vendure's integer ids.
QString idOf(qint64 id)
{
    return QString::number(id);
}

} // namespace

// Stock.

VendureStockWrites::VendureStockWrites(Backend backend, std::shared_ptr<db::Cluster> cluster,
    std::shared_ptr<inventory::StockWrites> refused)
    : m_backend(std::move(backend))
    , m_cluster(std::move(cluster))
    , m_refused(std::move(refused))
    , m_link(std::make_shared<VendureLink>(adminConfig(m_backend.vendure())))
{ }

VendureStockWrites::~VendureStockWrites() = default;

QFuture<Result<inventory::StockChange>> VendureStockWrites::adjust(
    const QUuid &, qint64 productId, int warehouseId, int delta, const QString &, const QString &)
{
    // The request id is not sent (Vendure has none): a retry adjusts again (see the header).
    const QString variant = idOf(productId);
    const QString location = warehouseId > 0 ? idOf(warehouseId) : QString();
    auto promise = std::make_shared<QPromise<Result<inventory::StockChange>>>();
    QFuture<Result<inventory::StockChange>> future = promise->future();
    promise->start();
    std::shared_ptr<db::Cluster> cluster = m_cluster;
    const std::string levels = m_backend.sqlObject("stock_levels");
    const std::string ledger = m_backend.sqlObject("stock_ledger");
    QFuture<Result<vendure::StockAdjustment>> sent = permittedRun<vendure::StockAdjustment>(m_link,
        m_cluster, m_backend, QStringLiteral("stock.adjust"),
        stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "adjust stock")),
        [=](vendure::AdminClient &c) { return c.adjustStock(variant, location, delta); });
    sent.then([=](const QFuture<Result<vendure::StockAdjustment>> &f) {
        if (f.resultCount() == 0)
            return; // cancelled: dropping the promise cancels the caller's future
        const Result<vendure::StockAdjustment> r = f.result();
        if (!r)
            return settle(promise, Result<inventory::StockChange>(r.error()));
        // As console.adjust_stock returns it: the level after the change (the views on the
        // primary, where Vendure wrote it) and the ledger row of this change. Vendure keeps no
        // request id on its movements, so the row is the newest ADJUSTMENT of that variant at
        // that location with this delta (another console's equal adjustment in the same moment
        // could be named instead).
        const qint64 productDb = r->variantId.toLongLong();
        const qint64 locationDb = r->locationId.toLongLong();
        forward(cluster->write<inventory::StockChange>(
                    stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "adjust stock")),
                    [=](db::Pool::Connection &c) {
                        pqxx::read_transaction tx(c);
                        const pqxx::result row
                            = tx.exec_params("SELECT on_hand, reserved, available FROM " + levels
                                    + " WHERE product_id = $1 AND warehouse_id = $2",
                                productDb, locationDb);
                        if (row.empty()) {
                            throw Error {Error::Code::NotFound,
                                stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService",
                                            "Vendure took the change, but variant %1 has no stock "
                                            "level at location %2 in the console's views."))
                                    .arg(productDb)
                                    .arg(locationDb),
                                QString::fromStdString(levels), {}};
                        }
                        inventory::StockChange change;
                        change.onHand = row[0][0].as<qint64>();
                        change.reserved = row[0][1].as<qint64>();
                        change.available = row[0][2].as<qint64>();
                        change.delta = delta;
                        const pqxx::result m = tx.exec_params("SELECT max(id) FROM " + ledger
                                + " WHERE product_id = $1 AND warehouse_id = $2 AND reason = "
                                  "'correction' AND delta = $3",
                            productDb, locationDb, delta);
                        change.movementId = m[0][0].is_null() ? 0 : m[0][0].as<qint64>();
                        return change;
                    }),
            promise, cluster);
    });
    return future;
}

QFuture<Result<inventory::StockChange>> VendureStockWrites::count(const QUuid &request,
    qint64 productId, int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note)
{
    return m_refused->count(request, productId, warehouseId, expectedOnHand, counted, note);
}

QFuture<Result<Done>> VendureStockWrites::releaseReservation(
    const QUuid &request, qint64 reservationId, const QString &note)
{
    return m_refused->releaseReservation(request, reservationId, note);
}

QFuture<Result<int>> VendureStockWrites::releaseExpired(const QUuid &request)
{
    return m_refused->releaseExpired(request);
}

QFuture<Result<int>> VendureStockWrites::repairDrift(const QUuid &request)
{
    return m_refused->repairDrift(request);
}

// Orders.

VendureOrderActions::VendureOrderActions(Backend backend, std::shared_ptr<db::Cluster> cluster)
    : m_backend(std::move(backend))
    , m_cluster(std::move(cluster))
    , m_link(std::make_shared<VendureLink>(adminConfig(m_backend.vendure())))
{ }

VendureOrderActions::~VendureOrderActions() = default;

QFuture<Result<orders::OrderRow>> VendureOrderActions::perform(const orders::OrderAction &action)
{
    using orders::OrderAction;
    // action.requestId is not sent (Vendure has none): a retry sends the action again (see the
    // header for what each kind then does).
    const qint64 id = action.orderId;
    const QString order = idOf(id);
    const QString text = action.text;
    const OrderAction::Kind kind = action.kind;
    auto promise = std::make_shared<QPromise<Result<orders::OrderRow>>>();
    QFuture<Result<orders::OrderRow>> future = promise->future();
    promise->start();
    std::shared_ptr<db::Cluster> cluster = m_cluster;

    // Every kind reduced to "done or the Error"; the row is read afterwards.
    QFuture<Result<Done>> sent
        = permittedRun<Done>(m_link, m_cluster, m_backend, QStringLiteral("orders.act"),
            QCoreApplication::translate("qm::orders", "update order %1").arg(id),
            [=](vendure::AdminClient &c) -> QFuture<Result<Done>> {
                switch (kind) {
                case OrderAction::Kind::Cancel:
                    return doneOf(c.cancelOrder(order, text));
                case OrderAction::Kind::Refund:
                    return doneOf(c.refundOrder(order, text));
                case OrderAction::Kind::MarkShipped:
                    return doneOf(c.fulfilOrder(order, QStringLiteral("Quartermaster"), text));
                case OrderAction::Kind::AddNote:
                    break;
                }
                return doneOf(c.addNote(order, text));
            });
    sent.then([=](const QFuture<Result<Done>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<Done> r = f.result();
        if (!r)
            return settle(promise, Result<orders::OrderRow>(r.error()));
        forward(cluster->write<orders::OrderRow>(
                    QCoreApplication::translate("qm::orders", "update order %1").arg(id),
                    [id](db::Pool::Connection &c) {
                        pqxx::read_transaction tx(c);
                        return orders::readOrderRow(tx, BackendKind::Vendure, id);
                    }),
            promise, cluster);
    });
    return future;
}

} // namespace qm::vendure

// Catalog.

namespace qm::vendure {

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

    // 1. Rights, the rows as they are now on the primary, conflicts.
    QFuture<Result<CheckedEdits>> checked = cluster->write<CheckedEdits>(
        catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier", "apply product edits")),
        [=](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            if (!tx.exec_params1("SELECT $1 = ANY (" + caps + "())", std::string("catalog.edit"))[0]
                     .as<bool>()) {
                throw Error {Error::Code::PermissionDenied,
                    QCoreApplication::translate("qm::backend",
                        "Your database role may not %1 on this store: nothing was sent to "
                        "Vendure.")
                        .arg(catalogTr(
                            QT_TRANSLATE_NOOP("qm::catalog::EditApplier", "apply product edits"))),
                    QStringLiteral("capability catalog.edit missing"), QStringLiteral("42501")};
            }
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
        // 3. The rows as the view shows them now, and the audit spool.
        const ApplyOutcome already = plan.outcome;
        sent.then([=](const QFuture<Result<QJsonObject>> &g) {
            if (g.resultCount() == 0)
                return;
            const Result<QJsonObject> r = g.result();
            if (!r)
                return settle(promise, Result<ApplyOutcome>(r.error()));
            forward(
                cluster->write<ApplyOutcome>(
                    catalogTr(QT_TRANSLATE_NOOP("qm::catalog::EditApplier", "apply product edits")),
                    [=](db::Pool::Connection &c) {
                        pqxx::read_transaction tx(c);
                        ApplyOutcome out = already;
                        QJsonArray audited;
                        for (const VariantWrite &w : writes) {
                            const pqxx::result row = tx.exec_params(
                                "SELECT to_jsonb(p)::text FROM " + products + " p WHERE p.id = $1",
                                w.edit.productId);
                            catalog::ProductRow now;
                            if (!row.empty())
                                now = catalog::CatalogService::rowFromJson(jsonOf(row[0][0]));
                            out.applied.push_back(
                                catalog::AppliedProduct {w.edit.productId, w.edit.requestId, now});
                            audited.append(
                                QJsonObject {{QStringLiteral("variant"), w.edit.productId},
                                    {QStringLiteral("sku"), w.edit.sku},
                                    {QStringLiteral("request"),
                                        w.edit.requestId.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("base"), w.edit.base},
                                    {QStringLiteral("changes"), w.edit.changes},
                                    {QStringLiteral("version"), now.version}});
                        }
                        safety::AuditEntry entry;
                        entry.action = QStringLiteral("catalog.edit");
                        entry.target = QStringLiteral("vendure");
                        entry.plan = QJsonObject {{QStringLiteral("edits"), audited}};
                        entry.outcome
                            = QJsonObject {{QStringLiteral("status"), QStringLiteral("applied")}};
                        safety::FileAuditSink(safety::FileAuditSink::defaultSpoolPath())
                            .record(entry); // a failed spool write does not undo Vendure's
                        out.committed = true;
                        return out;
                    }),
                promise, cluster);
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
    return m_refused->auditSink();
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
