#include "vendure/vendurewrites.h"

#include "catalog/catalogservice.h"
#include "catalog/product.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "db/pgerror.h"
#include "orders/ordersservice.h"
#include "safety/audit.h"
#include "vendure/adminclient.h"
#include "vendure/vendureimport.h"
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

namespace writes {

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

QString backendTr(const char *text)
{
    return QCoreApplication::translate("qm::backend", text);
}

// The right of the console's database role to do `capability` on this backend
// (my_capabilities(), as the reference store's grants decide it there): the Admin API signs in
// as the profile's Vendure user, whose rights are not the console user's, so without this check
// a merchandiser's session could adjust stock or cancel orders through the superadmin.
void requireCapability(pqxx::transaction_base &tx, const Backend &backend,
    const QString &capability, const QString &what)
{
    if (!tx.exec_params1("SELECT $1 = ANY (" + backend.sqlObject("my_capabilities") + "())",
               capability.toStdString())[0]
             .as<bool>()) {
        throw Error {Error::Code::PermissionDenied,
            backendTr(
                QT_TRANSLATE_NOOP("qm::backend",
                    "Your database role may not %1 on this store: nothing was sent to Vendure."))
                .arg(what),
            QStringLiteral("capability %1 missing").arg(capability), QStringLiteral("42501")};
    }
}

// The intent of entry in the backend's audit log (<schema>.audit_intent, hash-chained), in tx.
// A refused intent is an Error that says nothing was sent: the caller does not send the call.
// Returns what an earlier call with the same request id left: nothing (a first call), or its
// outcome (a retry of a call that ran: the caller does not send it again).
std::optional<QJsonObject> writeIntent(
    pqxx::transaction_base &tx, const Backend &backend, const safety::AuditEntry &entry)
{
    const std::string id = entry.requestId.toString(QUuid::WithoutBraces).toStdString();
    const std::string plan = QJsonDocument(entry.plan).toJson(QJsonDocument::Compact).toStdString();
    std::optional<QJsonObject> prior;
    bool earlier = false;
    try {
        // An earlier call with this request id: the same action on the same target with the same
        // plan (its "context", who asked and when, aside) is a retry; anything else is refused
        // as audit_intent refuses it.
        const pqxx::result r = tx.exec_params("SELECT plan ->> 'phase', outcome::text, "
                                              "actor = session_user AND action = $2 AND target = "
                                              "$3 AND plan - 'context' = $4::jsonb - 'context' "
                                              "FROM "
                + backend.sqlObject("audit_log") + " WHERE request_id = $1 ORDER BY id",
            id, entry.action.toStdString(), entry.target.toStdString(), plan);
        earlier = !r.empty();
        if (earlier && !r[0][2].as<bool>(false)) {
            throw Error {Error::Code::Conflict,
                backendTr(
                    QT_TRANSLATE_NOOP("qm::backend",
                        "Request id %1 was already used for another action: nothing was sent to "
                        "Vendure."))
                    .arg(entry.requestId.toString(QUuid::WithoutBraces)),
                QStringLiteral("request id reused"), QStringLiteral("QM409")};
        }
        for (const auto &row : r) {
            if (row[0].as<std::string>("") == "outcome") {
                prior = QJsonDocument::fromJson(QByteArray::fromStdString(row[1].as<std::string>()))
                            .object();
                break;
            }
        }
        if (!earlier)
            safety::DbAuditSink::intentIn(tx, backend.kind(), entry);
    } catch (const pqxx::sql_error &e) {
        const QString state = QString::fromStdString(e.sqlstate());
        const QString server = QString::fromUtf8(e.what());
        Error refused {state == QLatin1String("42501") ? Error::Code::PermissionDenied
                : state == QLatin1String("QM409")      ? Error::Code::Conflict
                                                       : Error::Code::Unknown,
            backendTr(QT_TRANSLATE_NOOP("qm::backend",
                          "The audit log refused to record the intent, so nothing was sent to "
                          "Vendure: %1"))
                .arg(db::primaryServerMessage(server)),
            server, state};
        throw refused;
    }
    if (earlier && !prior) {
        // The intent is there without its outcome: the earlier call may or may not have reached
        // Vendure (its answer was lost). Sending it again could apply it twice.
        throw Error {Error::Code::Conflict,
            backendTr(
                QT_TRANSLATE_NOOP("qm::backend",
                    "An earlier attempt of this request (%1) may have reached Vendure, but its "
                    "outcome was never recorded: nothing was sent again. Reload, check, and act "
                    "again as a new request."))
                .arg(entry.requestId.toString(QUuid::WithoutBraces)),
            QStringLiteral("intent without outcome"), {}};
    }
    return prior;
}

// The outcome of an Admin API call: applied with Vendure's answer, or the error.
QJsonObject outcomeJson(const Result<QJsonObject> &r)
{
    if (r)
        return QJsonObject {{QStringLiteral("status"), QStringLiteral("applied")},
            {QStringLiteral("vendure"), r.value()}};
    return QJsonObject {{QStringLiteral("status"),
                            r.error().code == Error::Code::Conflict ? QStringLiteral("conflict")
                                                                    : QStringLiteral("failed")},
        {QStringLiteral("error"), Error::codeName(r.error().code)},
        {QStringLiteral("message"), r.error().message},
        {QStringLiteral("detail"), r.error().detail}};
}

// Writes the outcome (<schema>.audit_outcome) and then calls done. When the audit log refuses
// it after the call ran, the outcome goes to the local spool (safety::FileAuditSink, as the
// reference store's flow does) and a warning is logged: the call is not undone.
void writeOutcome(const std::shared_ptr<db::Cluster> &cluster, const Backend &backend,
    safety::AuditEntry entry, std::function<void()> done)
{
    const BackendKind kind = backend.kind();
    QFuture<Result<Done>> written = cluster->write<Done>(
        backendTr(QT_TRANSLATE_NOOP("qm::backend", "record the outcome in the audit log")),
        [kind, entry](db::Pool::Connection &c) {
            pqxx::work tx(c);
            safety::DbAuditSink::outcomeIn(tx, kind, entry);
            tx.commit();
            return Done {};
        });
    written.then([entry, done = std::move(done)](const QFuture<Result<Done>> &f) {
        const bool ok = f.resultCount() > 0 && f.result();
        if (!ok) {
            safety::FileAuditSink spool(safety::FileAuditSink::defaultSpoolPath());
            const Status s = spool.recordOutcome(entry);
            qWarning("qm.vendure: the audit log refused the outcome of %s (%s); %s",
                qPrintable(entry.requestId.toString(QUuid::WithoutBraces)),
                qPrintable(f.resultCount() > 0 ? f.result().error().toString()
                                               : QStringLiteral("cancelled")),
                qPrintable(s ? QStringLiteral("spooled to %1").arg(spool.path())
                             : QStringLiteral("the spool refused it too")));
        }
        done();
    });
}

} // namespace writes

using namespace writes;

namespace {

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

// One audited Admin API call, write-ahead as the reference store's flow: the role's right and
// the intent in one transaction on the primary (refused: nothing is sent), then the call, then
// its outcome (Vendure's answer, or the error) under the same request id. The answer is nullopt
// when an earlier call with this request id was applied already: not sent again (idempotent
// like the reference store's request ids); one that failed before is refused with its error.
// serialize != 0: the call runs under the advisory lock (qm_vendure.stock, serialize) so that
// the consoles' calls with the same key never overlap.
template <typename T>
QFuture<Result<std::optional<T>>> auditedRun(std::weak_ptr<VendureLink> link,
    std::shared_ptr<db::Cluster> cluster, const Backend &backend, const QString &capability,
    const QString &what, safety::AuditEntry entry,
    std::function<QFuture<Result<T>>(vendure::AdminClient &)> call,
    std::function<QJsonObject(const T &)> describe, int serialize = 0)
{
    using Answer = std::optional<T>;
    auto promise = std::make_shared<QPromise<Result<Answer>>>();
    QFuture<Result<Answer>> future = promise->future();
    promise->start();
    QFuture<Result<std::optional<QJsonObject>>> intent = cluster->write<std::optional<QJsonObject>>(
        what, [backend, capability, what, entry](db::Pool::Connection &c) {
            pqxx::work tx(c);
            requireCapability(tx, backend, capability, what);
            std::optional<QJsonObject> prior = writeIntent(tx, backend, entry);
            tx.commit();
            return prior;
        });
    intent.then([=](const QFuture<Result<std::optional<QJsonObject>>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<std::optional<QJsonObject>> ok = f.result();
        if (!ok)
            return settle(promise, Result<Answer>(ok.error()));
        if (const std::optional<QJsonObject> &prior = ok.value()) {
            if (prior->value(QStringLiteral("status")).toString() == QLatin1String("applied"))
                return settle(promise, Result<Answer>(Answer {}));
            return settle(promise,
                Result<Answer>(Error {Error::Code::Conflict,
                    backendTr(
                        QT_TRANSLATE_NOOP("qm::backend",
                            "This request was sent to Vendure before and refused: %1 Nothing was "
                            "sent again."))
                        .arg(prior->value(QStringLiteral("message")).toString()),
                    QStringLiteral("request %1 already has an outcome")
                        .arg(entry.requestId.toString(QUuid::WithoutBraces)),
                    {}}));
        }
        const std::shared_ptr<VendureLink> l = link.lock();
        if (!l)
            return; // the writer is gone: the caller's future ends cancelled
        QFuture<Result<T>> answered;
        if (serialize == 0) {
            answered = l->run<T>(call);
        } else {
            // Vendure's stock write is absolute (read, check, write on hand): two consoles
            // adjusting the same variant at once would overwrite each other's change. Every
            // console serializes its read-check-write of one variant on an advisory lock in this
            // database, held by a transaction of its own (on a pool thread, never the caller's)
            // for the Admin API round trips.
            answered = cluster->write<T>(what, [link, call, serialize](db::Pool::Connection &c) {
                pqxx::work tx(c);
                tx.exec_params(
                    "SELECT pg_advisory_xact_lock(hashtext('qm_vendure.stock'), $1)", serialize);
                const std::shared_ptr<VendureLink> held = link.lock();
                if (!held)
                    throw Error {Error::Code::Cancelled, {}, {}, {}};
                QFuture<Result<T>> f = held->run<T>(call);
                f.waitForFinished(); // the link's thread finishes it (or cancels it)
                if (f.resultCount() == 0)
                    throw Error {Error::Code::Cancelled, {}, {}, {}};
                Result<T> r = f.result();
                tx.commit();
                if (!r)
                    throw r.error();
                return r.value();
            });
        }
        answered.then([=](const QFuture<Result<T>> &g) {
            if (g.resultCount() == 0)
                return;
            const Result<T> r = g.result();
            safety::AuditEntry done = entry;
            done.outcome = outcomeJson(
                r ? Result<QJsonObject>(describe(r.value())) : Result<QJsonObject>(r.error()));
            writeOutcome(cluster, backend, done, [promise, r] {
                settle(promise, r ? Result<Answer>(Answer(r.value())) : Result<Answer>(r.error()));
            });
        });
    });
    return future;
}

QJsonObject levelJson(const vendure::LocationStock &s)
{
    return QJsonObject {{QStringLiteral("location"), s.locationId},
        {QStringLiteral("stockOnHand"), double(s.onHand)},
        {QStringLiteral("stockAllocated"), double(s.allocated)}};
}

QJsonObject adjustmentJson(const vendure::StockAdjustment &a)
{
    return QJsonObject {{QStringLiteral("variant"), a.variantId},
        {QStringLiteral("delta"), double(a.delta)}, {QStringLiteral("before"), levelJson(a.before)},
        {QStringLiteral("after"), levelJson(a.after)},
        {QStringLiteral("updatedAt"), a.variant.updatedAt.toString(Qt::ISODateWithMs)}};
}

QJsonObject orderRefJson(const vendure::OrderRef &o)
{
    return QJsonObject {{QStringLiteral("order"), o.id}, {QStringLiteral("code"), o.code},
        {QStringLiteral("state"), o.state}};
}

// A typed answer turned into what the audit log keeps (a call without result stays without one).
template <typename T>
QFuture<Result<QJsonObject>> described(
    QFuture<Result<T>> call, std::function<QJsonObject(const T &)> describe)
{
    auto promise = std::make_shared<QPromise<Result<QJsonObject>>>();
    QFuture<Result<QJsonObject>> future = promise->future();
    promise->start();
    call.then([promise, describe](const QFuture<Result<T>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<T> r = f.result();
        settle(
            promise, r ? Result<QJsonObject>(describe(r.value())) : Result<QJsonObject>(r.error()));
    });
    return future;
}

QString stockTr(const char *text)
{
    return QCoreApplication::translate("qm::inventory::StockService", text);
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

QFuture<Result<inventory::StockChange>> VendureStockWrites::adjust(const QUuid &request,
    qint64 productId, int warehouseId, int delta, const QString &reason, const QString &note)
{
    // The request id is not sent (Vendure has none): it is the audit log's. A retry with the same
    // id after the adjustment was applied is not sent again (auditedRun).
    const QString variant = idOf(productId);
    const QString location = warehouseId > 0 ? idOf(warehouseId) : QString();
    auto promise = std::make_shared<QPromise<Result<inventory::StockChange>>>();
    QFuture<Result<inventory::StockChange>> future = promise->future();
    promise->start();
    std::shared_ptr<db::Cluster> cluster = m_cluster;
    const std::string levels = m_backend.sqlObject("stock_levels");
    const std::string ledger = m_backend.sqlObject("stock_ledger");
    safety::AuditEntry entry;
    entry.requestId = request.isNull() ? QUuid::createUuid() : request;
    entry.action = QStringLiteral("stock.adjust");
    entry.target = QStringLiteral("variant:%1@%2").arg(productId).arg(warehouseId);
    entry.plan = QJsonObject {{QStringLiteral("backend"), m_backend.key()},
        {QStringLiteral("variant"), double(productId)},
        {QStringLiteral("location"), double(warehouseId)}, {QStringLiteral("delta"), delta},
        {QStringLiteral("reason"), reason}, {QStringLiteral("note"), note},
        {QStringLiteral("context"), safety::auditContext()}};
    QFuture<Result<std::optional<vendure::StockAdjustment>>> sent
        = auditedRun<vendure::StockAdjustment>(
            m_link, m_cluster, m_backend, QStringLiteral("stock.adjust"),
            stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "adjust stock")), entry,
            [=](vendure::AdminClient &c) { return c.adjustStock(variant, location, delta); },
            adjustmentJson, int(productId));
    sent.then([=](const QFuture<Result<std::optional<vendure::StockAdjustment>>> &f) {
        if (f.resultCount() == 0)
            return; // cancelled: dropping the promise cancels the caller's future
        const Result<std::optional<vendure::StockAdjustment>> r = f.result();
        if (!r)
            return settle(promise, Result<inventory::StockChange>(r.error()));
        // As console.adjust_stock returns it: the level after the change (the views on the
        // primary, where Vendure wrote it) and the ledger row of this change. Vendure keeps no
        // request id on its movements, so the row is the newest ADJUSTMENT of that variant at
        // that location with this delta (another console's equal adjustment in the same moment
        // could be named instead). A retry of an applied request: the level as it is now.
        const qint64 productDb = r.value() ? r.value()->variantId.toLongLong() : productId;
        const qint64 locationDb = r.value() ? r.value()->locationId.toLongLong() : warehouseId;
        forward(cluster->write<inventory::StockChange>(
                    stockTr(QT_TRANSLATE_NOOP("qm::inventory::StockService", "adjust stock")),
                    [=](db::Pool::Connection &c) {
                        pqxx::read_transaction tx(c);
                        const pqxx::result row = tx.exec_params(
                            "SELECT on_hand, reserved, available, warehouse_id FROM " + levels
                                + " WHERE product_id = $1 AND ($2 = 0 OR warehouse_id = $2) "
                                  "ORDER BY warehouse_id LIMIT 1",
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
                            productDb, row[0][3].as<qint64>(), delta);
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

    static const char *const actions[]
        = {"orders.cancel", "orders.refund", "orders.mark_shipped", "orders.add_note"};
    safety::AuditEntry entry;
    entry.requestId = action.requestId.isNull() ? QUuid::createUuid() : action.requestId;
    entry.action = QString::fromLatin1(actions[int(kind)]);
    entry.target = QStringLiteral("order:%1").arg(id);
    entry.plan = QJsonObject {{QStringLiteral("backend"), m_backend.key()},
        {QStringLiteral("order"), double(id)}, {QStringLiteral("text"), text},
        {QStringLiteral("restock"), action.restock},
        {QStringLiteral("context"), safety::auditContext()}};

    // Every kind's answer as the audit log keeps it; the row is read afterwards.
    QFuture<Result<std::optional<QJsonObject>>> sent = auditedRun<QJsonObject>(
        m_link, m_cluster, m_backend, QStringLiteral("orders.act"),
        QCoreApplication::translate("qm::orders", "update order %1").arg(id), entry,
        [=](vendure::AdminClient &c) -> QFuture<Result<QJsonObject>> {
            switch (kind) {
            case OrderAction::Kind::Cancel:
                return described<vendure::OrderRef>(c.cancelOrder(order, text), orderRefJson);
            case OrderAction::Kind::Refund:
                return described<vendure::RefundResult>(
                    c.refundOrder(order, text), [](const vendure::RefundResult &x) {
                        return QJsonObject {{QStringLiteral("order"), x.orderId},
                            {QStringLiteral("refund"), x.refundId},
                            {QStringLiteral("payment"), x.paymentId},
                            {QStringLiteral("amount"), double(x.amount)},
                            {QStringLiteral("state"), x.state}};
                    });
            case OrderAction::Kind::MarkShipped:
                return described<vendure::FulfillmentResult>(
                    c.fulfilOrder(order, QStringLiteral("Quartermaster"), text),
                    [](const vendure::FulfillmentResult &x) {
                        return QJsonObject {{QStringLiteral("order"), x.orderId},
                            {QStringLiteral("fulfillment"), x.fulfillmentId},
                            {QStringLiteral("state"), x.state},
                            {QStringLiteral("orderState"), x.order.state}};
                    });
            case OrderAction::Kind::AddNote:
                break;
            }
            return described<vendure::OrderRef>(c.addNote(order, text), orderRefJson);
        },
        [](const QJsonObject &o) { return o; });
    sent.then([=](const QFuture<Result<std::optional<QJsonObject>>> &f) {
        if (f.resultCount() == 0)
            return;
        const Result<std::optional<QJsonObject>> r = f.result();
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
