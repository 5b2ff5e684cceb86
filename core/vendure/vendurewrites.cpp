#include "vendure/vendurewrites.h"

#include "common/whenfinished.h"
#include "db/cluster.h"
#include "orders/ordersservice.h"
#include "vendure/adminclient.h"

#include <QCoreApplication>
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
        m_cluster, m_backend, QStringLiteral("stock.adjust"), stockTr("adjust stock"),
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
        forward(cluster->write<inventory::StockChange>(stockTr("adjust stock"),
                    [=](db::Pool::Connection &c) {
                        pqxx::read_transaction tx(c);
                        const pqxx::result row
                            = tx.exec_params("SELECT on_hand, reserved, available FROM " + levels
                                    + " WHERE product_id = $1 AND warehouse_id = $2",
                                productDb, locationDb);
                        if (row.empty()) {
                            throw Error {Error::Code::NotFound,
                                stockTr("Vendure took the change, but variant %1 has no stock "
                                        "level at location %2 in the console's views.")
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
