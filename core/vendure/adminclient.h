#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVector>
#include <functional>
#include <optional>

namespace qm::http {
class JsonClient;
}

namespace qm::vendure {

// Where a Vendure store's Admin API is and who signs in: the profile's "vendure" object
// ({"adminApi", "shopApi", "user", "passfile"}).
struct AdminConfig
{
    QUrl adminApi; // http://127.0.0.1:P/admin-api
    QUrl shopApi; // not used by the client; kept for callers (tests, the storefront check)
    QString user = QStringLiteral("superadmin");
    QString passfile; // lines "user password" (0600); read on a pool thread at each sign-in
    int timeoutMs = 15000;

    // From the profile's "vendure" object; an empty adminApi when the object has none.
    static AdminConfig fromJson(const QJsonObject &vendure);
};

// The password of `user` from a passfile of "user password" lines (blank lines and '#' lines
// skipped; the password is the rest of the line after the first run of blanks). Blocking file
// I/O: never call it on the GUI thread (AdminClient reads it on a pool thread).
Result<QString> readPassfile(const QString &path, const QString &user);

// One variant's stock at one stock location (Vendure's stock_level).
struct LocationStock
{
    QString locationId;
    QString location; // stock location name
    qint64 onHand = 0;
    qint64 allocated = 0;
    qint64 available() const { return onHand - allocated; }
};

// A product variant as the Admin API shows it. `updatedAt` is the variant's own timestamp (ms
// precision, as Vendure's API gives it: a microsecond value read by SQL compares after truncating
// to milliseconds). Money is in minor units of `currency` (the channel's default currency).
struct Variant
{
    QString id;
    QString productId;
    QString sku;
    QString name;
    qint64 price = 0;
    QString currency;
    bool enabled = true;
    QDateTime updatedAt;
    QVector<LocationStock> stock;

    qint64 onHand() const;
    qint64 allocated() const;
    const LocationStock *at(const QString &locationId) const; // nullptr when not stocked there
};

// What adjustStock() did at one location: the level it read (the base it checked) and the level
// Vendure answered after the write.
struct StockAdjustment
{
    QString variantId;
    QString locationId;
    qint64 delta = 0;
    LocationStock before;
    LocationStock after;
    Variant variant; // as the mutation answered
};

struct OrderRef
{
    QString id;
    QString code;
    QString state; // Vendure's order state after the action (e.g. Cancelled, Shipped)
};

struct RefundResult
{
    QString orderId;
    QString refundId;
    QString paymentId;
    qint64 amount = 0; // minor units
    QString state; // Vendure's refund state: Pending until the money went back (settleRefund)
};

struct FulfillmentResult
{
    QString orderId;
    QString fulfillmentId;
    QString state; // Shipped or Delivered
    OrderRef order; // the order after the transition (e.g. Shipped)
};

// Vendure's Admin API (GraphQL, Vendure 3) over qm::http::JsonClient: a QObject on the caller's
// thread, like JsonClient; every call returns at once and its future finishes on this thread (or
// Cancelled when the client is destroyed first). Continue it with whenFinished(context, f, fn).
// Usable from qmctl and the GUI: nothing blocks, the passfile is read on a pool thread.
//
// Sign-in: `login(username, password)` as the configured user, lazily before the first call and
// again once when Vendure answers FORBIDDEN (the token expired or the server forgot its
// sessions); the bearer token from the `vendure-auth-token` response header stays in this object's
// memory only (the HTTP client keeps no cookies). Vendure's authOptions.tokenMethod must include
// "bearer". Neither the password nor the token is ever logged or put into an Error. Vendure's
// logout ends every session of that user, so another superadmin signing out costs this client
// one more sign-in, nothing else.
//
// Failures are qm::Error values a person can act on: Vendure not answering (ConnectionFailed:
// "Vendure's Admin API at URL does not answer: is the server running?"), Timeout, a refused
// sign-in (AuthFailed naming the passfile), an unknown id (NotFound), a value Vendure refuses
// (InvalidInput with Vendure's reason), a stale base (Conflict naming the new value; nothing
// written), an ErrorResult of Vendure's order mutations (Conflict when the order's state does not
// allow the action any more, InvalidInput otherwise; its errorCode in the detail).
//
// Conflict detection and the race windows that remain. Vendure's Admin API has no conditional
// writes (no "if updatedAt = X", no stock delta), so every write here is read → check → write:
// - updatePrice: the variant is read, its updatedAt (and the price, when the caller passes the
//   one it saw) compared with the base; only then is the price written. Vendure keeps prices in
//   their own table; updateProductVariants (3.7.3) moves the variant's updatedAt on a price-only
//   change, but a writer that touches only the price table would not: pass basePrice too (a
//   base read from a lagging replica is caught the same way). A writer that commits between our
//   read and our write (one HTTP round trip, a few ms) is still overwritten: last writer wins
//   inside that window.
// - adjustStock: Vendure takes an absolute stockOnHand (and turns it into a delta against its own
//   read inside the mutation). We read the level, refuse when on hand is not the base the caller
//   passed (Conflict) or when on hand + delta would fall below what is allocated (Constraint:
//   available would go negative), then write on hand + delta and check Vendure's answer.
//   Window 1 (one HTTP round trip): checkouts that allocate between our read and the write can
//   leave available negative after a take-off; the answer shows it, and the client then writes
//   the taken amount back and returns a Conflict ("the adjustment was undone"). That undo is
//   again an absolute write, so a fulfilment landing inside *its* round trip would be
//   overwritten; nothing else is left negative by the console.
//   Window 2: another stock write between our read and Vendure's (a second console, a
//   fulfilment, which takes from on hand and allocated together) is overwritten by our absolute
//   number. We cannot see a second console's write; a fulfilment or cancellation shows as
//   allocated having dropped, and that comes back as a Conflict ("written, count to be sure").
//   Vendure itself checks saleable stock when an order moves to ArrangingPayment, but allocates
//   only when it is paid, so concurrent checkouts can oversell without the console at all.
//   tst_vendureadmin's race probe (checkouts of a low-stock variant, with and without the
//   console taking stock off meanwhile, then stockOnHand - stockAllocated read from the Admin
//   API) measures both.
// - Orders: Vendure checks the order's state itself; the ErrorResult becomes the Error. Calls
//   are not idempotent in Vendure (a retried note is a second note): retry only after reading
//   the order.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    explicit AdminClient(AdminConfig config, QObject *parent = nullptr);
    ~AdminClient() override;

    const AdminConfig &config() const { return m_config; }
    // The HTTP client this one speaks through (tests query the Shop API with it).
    http::JsonClient *http() const { return m_http; }
    bool signedIn() const { return !m_token.isEmpty(); }
    void signOut(); // forgets the token; the next call signs in again
    int logins() const { return m_logins; } // sign-ins so far (diagnostics, tests)

    // For tests that probe the race windows: runs between the read that checked the base and
    // the write of updatePrice/adjustStock; the write happens when the hook calls proceed().
    using BeforeWrite = std::function<void(std::function<void()> proceed)>;
    void setBeforeWrite(BeforeWrite hook) { m_beforeWrite = std::move(hook); }

    // Signs in now (calls do it when needed; this is for "test connection").
    QFuture<Result<Done>> login();

    QFuture<Result<Variant>> variant(const QString &variantId);

    // Sets the variant's price (minor units) in `currency` (empty: the channel's default) when
    // its updatedAt is still baseUpdatedAt (and its price basePrice, when given).
    QFuture<Result<Variant>> updatePrice(const QString &variantId, qint64 price,
        const QDateTime &baseUpdatedAt, std::optional<qint64> basePrice = std::nullopt,
        const QString &currency = {});

    // Changes stock on hand at a stock location by delta (empty locationId: the variant's only
    // location). baseOnHand: the on hand the caller saw (Conflict when it moved).
    QFuture<Result<StockAdjustment>> adjustStock(const QString &variantId,
        const QString &locationId, qint64 delta, std::optional<qint64> baseOnHand = std::nullopt);

    QFuture<Result<OrderRef>> cancelOrder(const QString &orderId, const QString &reason);
    // Refunds amount (minor units; nullopt: what is left of the settled payment) of the order's
    // settled payment.
    QFuture<Result<RefundResult>> refundOrder(
        const QString &orderId, const QString &reason, std::optional<qint64> amount = std::nullopt);
    // Fulfils every unfulfilled line with the manual fulfilment handler, then moves the
    // fulfilment to Shipped (and on to Delivered when delivered is true).
    QFuture<Result<FulfillmentResult>> fulfilOrder(const QString &orderId, const QString &method,
        const QString &trackingCode, bool delivered = false);
    QFuture<Result<OrderRef>> addNote(
        const QString &orderId, const QString &note, bool isPublic = false);

    // Any Admin API document, signed in (re-signing in once on FORBIDDEN); the result is the
    // response's "data". `what` names the action in error messages ("read order 12").
    QFuture<Result<QJsonObject>> execute(
        const QString &document, const QJsonObject &variables = {}, const QString &what = {});

private:
    using Reply = std::function<void(Result<QJsonObject>)>;
    void run(const QString &document, const QJsonObject &variables, const QString &what, Reply done,
        bool retried = false);
    void withToken(std::function<void(Status)> done);
    void startLogin();
    void finishLogin(const Status &status);
    void post(const QString &document, const QJsonObject &variables, const QString &what,
        std::function<void(Result<QJsonObject>, bool forbidden, QByteArray token)> done);
    void readVariant(const QString &variantId, std::function<void(Result<Variant>)> done);
    void writeOnHand(const QString &variantId, const QString &locationId, qint64 onHand,
        const QString &what, std::function<void(Result<Variant>)> done);
    void readOrder(const QString &orderId, std::function<void(Result<QJsonObject>)> done);
    void transitionFulfillment(const QString &fulfillmentId, const QString &orderCode,
        QStringList states, std::function<void(std::optional<Error>)> done);

    AdminConfig m_config;
    http::JsonClient *m_http;
    void beforeWrite(std::function<void()> proceed);

    BeforeWrite m_beforeWrite;
    QByteArray m_token; // memory only
    QVector<std::function<void(Status)>> m_loginWaiters;
    int m_logins = 0;
    quint64 m_generation = 0; // bumped by signOut(): a sign-in started before it is dropped
};

} // namespace qm::vendure

Q_DECLARE_METATYPE(qm::vendure::Variant)
