#include "vendure/adminclient.h"

#include "common/threadguard.h"
#include "common/whenfinished.h"
#include "http/jsonclient.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPromise>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>
#include <memory>

Q_LOGGING_CATEGORY(lcVendure, "qm.vendure", QtWarningMsg)

namespace qm::vendure {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::vendure::AdminClient)
};

// A promise shared by the callbacks of one call; destroyed unfinished (the client went away)
// it cancels, and whenFinished() hands the caller a Cancelled error.
template <typename T> struct Pending
{
    std::shared_ptr<QPromise<Result<T>>> promise = std::make_shared<QPromise<Result<T>>>();
    Pending() { promise->start(); }
    void finish(Result<T> r) const
    {
        promise->addResult(std::move(r));
        promise->finish();
    }
    QFuture<Result<T>> future() const { return promise->future(); }
};

QString where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

// Vendure's messages often end without a full stop; ours add a sentence after them.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(u'.') && !text.endsWith(u'!') && !text.endsWith(u'?'))
        text += u'.';
    return text;
}

Error makeError(Error::Code code, const QString &message, const QString &detail = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

// Transport failures, said for Vendure: what a person checks first is whether the server runs.
Error transportError(const QUrl &url, const Error &http, int timeoutMs)
{
    Error e = http;
    switch (http.code) {
    case Error::Code::ConnectionFailed:
        e.message = Text::tr("Vendure's Admin API at %1 does not answer: is the server running?")
                        .arg(where(url));
        e.detail = http.message;
        break;
    case Error::Code::Timeout:
        e.message = Text::tr("Vendure's Admin API at %1 did not answer within %2 s: is it "
                             "overloaded or stuck? Nothing is known to have changed; read "
                             "again before retrying.")
                        .arg(where(url))
                        .arg(timeoutMs / 1000.0, 0, 'g', 3);
        e.detail = http.message;
        break;
    case Error::Code::ConnectionLost:
        e.message = Text::tr("Vendure's Admin API at %1 closed the connection before answering: "
                             "read again before retrying, the change may or may not have been "
                             "made.")
                        .arg(where(url));
        e.detail = http.message;
        break;
    default:
        break;
    }
    return e;
}

QString errorCodeOf(const QJsonObject &error)
{
    return error.value(QLatin1String("extensions"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

// GraphQL "errors" (thrown by Vendure: unknown id, refused input, forbidden, an SQL error).
Error graphqlError(const QUrl &url, const QString &what, const QJsonArray &errors)
{
    const QJsonObject first = errors.first().toObject();
    const QString code = errorCodeOf(first);
    const QString message = first.value(QLatin1String("message")).toString();
    QStringList detail;
    for (const auto &v : errors) {
        const QJsonObject o = v.toObject();
        detail << errorCodeOf(o) + QStringLiteral(": ")
                + o.value(QLatin1String("message")).toString();
    }
    Error e;
    e.detail = where(url) + QStringLiteral(": ") + detail.join(QStringLiteral("; "));
    if (code == QLatin1String("FORBIDDEN")) {
        e.code = Error::Code::PermissionDenied;
        e.message = Text::tr("Vendure refused to %1: the signed-in administrator may not do this "
                             "(or the sign-in was lost). Check the user's role in Vendure.")
                        .arg(what);
    } else if (code == QLatin1String("ENTITY_NOT_FOUND")) {
        e.code = Error::Code::NotFound;
        e.message = Text::tr("Cannot %1: %2 Check the id; it may have been deleted in Vendure.")
                        .arg(what, sentence(message));
    } else if (code == QLatin1String("USER_INPUT_ERROR") || code == QLatin1String("BAD_USER_INPUT")
        || code == QLatin1String("ILLEGAL_OPERATION")) {
        e.code = Error::Code::InvalidInput;
        e.message = Text::tr("Vendure refused to %1: %2 Nothing was changed.")
                        .arg(what, sentence(message));
    } else if (code == QLatin1String("GRAPHQL_VALIDATION_FAILED")
        || code == QLatin1String("GRAPHQL_PARSE_FAILED")) {
        e.code = Error::Code::Protocol;
        e.message = Text::tr("Vendure at %1 does not understand the console's request to %2: is "
                             "it Vendure 3? (%3)")
                        .arg(where(url), what, message);
    } else {
        e.code = Error::Code::Unknown;
        e.message = Text::tr("Vendure failed to %1: %2").arg(what, sentence(message));
    }
    return e;
}

// A mutation's ErrorResult ({errorCode, message, ...}) as an Error. States that moved on (the
// order is already shipped, already refunded) are Conflicts; the rest is refused input.
Error errorResult(const QString &what, const QJsonObject &r)
{
    const QString code = r.value(QLatin1String("errorCode")).toString();
    QString message = r.value(QLatin1String("message")).toString().trimmed();
    const QString transition = r.value(QLatin1String("transitionError")).toString();
    if (!transition.isEmpty() && !message.contains(transition))
        message += QStringLiteral(" ") + transition;
    const QString handler = r.value(QLatin1String("fulfillmentHandlerError")).toString();
    if (!handler.isEmpty())
        message += QStringLiteral(" ") + handler;
    const bool stateMoved = code.endsWith(QLatin1String("STATE_TRANSITION_ERROR"))
        || code == QLatin1String("ITEMS_ALREADY_FULFILLED_ERROR")
        || code == QLatin1String("ALREADY_REFUNDED_ERROR")
        || code == QLatin1String("NOTHING_TO_REFUND_ERROR")
        || code == QLatin1String("CANCEL_ACTIVE_ORDER_ERROR")
        || code == QLatin1String("REFUND_ORDER_STATE_ERROR");
    Error e;
    e.code = code == QLatin1String("INSUFFICIENT_STOCK_ON_HAND_ERROR")
        ? Error::Code::Constraint
        : (stateMoved ? Error::Code::Conflict : Error::Code::InvalidInput);
    QString from = r.value(QLatin1String("fromState")).toString();
    if (!from.isEmpty()) {
        e.message = Text::tr("Vendure refused to %1: %2 (the order is %3). Nothing was changed; "
                             "reload the order.")
                        .arg(what, message, from);
    } else {
        e.message = Text::tr("Vendure refused to %1: %2 Nothing was changed.")
                        .arg(what, sentence(message));
    }
    e.detail = code;
    return e;
}

// The "... on ErrorResult" part of a result union, or nullopt when it is the success type.
std::optional<Error> unionError(const QString &what, const QJsonObject &r)
{
    if (r.contains(QLatin1String("errorCode")))
        return errorResult(what, r);
    return std::nullopt;
}

QString idOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}

qint64 money(const QJsonValue &v)
{
    return qint64(std::llround(v.toDouble()));
}

QDateTime timestamp(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

Variant variantFrom(const QJsonObject &o)
{
    Variant v;
    v.id = idOf(o.value(QLatin1String("id")));
    v.productId = idOf(o.value(QLatin1String("productId")));
    v.sku = o.value(QLatin1String("sku")).toString();
    v.name = o.value(QLatin1String("name")).toString();
    v.price = money(o.value(QLatin1String("price")));
    v.currency = o.value(QLatin1String("currencyCode")).toString();
    v.enabled = o.value(QLatin1String("enabled")).toBool(true);
    v.updatedAt = timestamp(o.value(QLatin1String("updatedAt")));
    const QJsonArray levels = o.value(QLatin1String("stockLevels")).toArray();
    for (const auto &l : levels) {
        const QJsonObject s = l.toObject();
        LocationStock ls;
        ls.locationId = idOf(s.value(QLatin1String("stockLocationId")));
        ls.location = s.value(QLatin1String("stockLocation"))
                          .toObject()
                          .value(QLatin1String("name"))
                          .toString();
        ls.onHand = s.value(QLatin1String("stockOnHand")).toInteger();
        ls.allocated = s.value(QLatin1String("stockAllocated")).toInteger();
        v.stock.append(ls);
    }
    return v;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : Text::tr("(none)");
}

// Vendure answers a sign-in with a session cookie as well as the bearer header when its
// tokenMethod includes "cookie". A jar that keeps nothing keeps the token in one place (this
// client's memory), makes FORBIDDEN mean what it says, and keeps Shop API sessions on the same
// JsonClient apart from the administrator's.
class NoCookies : public QNetworkCookieJar
{
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

const char kVariantFragment[] = R"(
fragment QmVariant on ProductVariant {
  id productId sku name price currencyCode enabled updatedAt
  stockLevels { stockLocationId stockLocation { name } stockOnHand stockAllocated }
})";

const char kErrorFields[] = R"(
  ... on ErrorResult { errorCode message }
  ... on OrderStateTransitionError { transitionError fromState toState })";

QString withVariantFragment(const char *document)
{
    return QString::fromLatin1(document) + QString::fromLatin1(kVariantFragment);
}

} // namespace

AdminConfig AdminConfig::fromJson(const QJsonObject &vendure)
{
    AdminConfig c;
    c.adminApi = QUrl(vendure.value(QLatin1String("adminApi")).toString());
    c.shopApi = QUrl(vendure.value(QLatin1String("shopApi")).toString());
    const QString user = vendure.value(QLatin1String("user")).toString();
    if (!user.isEmpty())
        c.user = user;
    c.passfile = vendure.value(QLatin1String("passfile")).toString();
    return c;
}

Result<QString> readPassfile(const QString &path, const QString &user)
{
    assertMayBlock("read Vendure's passfile");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io,
            Text::tr("Cannot read Vendure's passfile %1: %2. The connection profile names it "
                     "under \"vendure\": \"passfile\".")
                .arg(path, f.errorString()));
    }
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype blank = line.indexOf(QRegularExpression(QStringLiteral("\\s")));
        if (blank < 0)
            continue;
        if (line.left(blank) != user)
            continue;
        const QString password = line.mid(blank).trimmed();
        if (password.isEmpty())
            break;
        return password;
    }
    return makeError(Error::Code::AuthFailed,
        Text::tr("Vendure's passfile %1 has no password for the user %2: add a line \"%2 "
                 "PASSWORD\".")
            .arg(path, user));
}

qint64 Variant::onHand() const
{
    qint64 n = 0;
    for (const auto &s : stock)
        n += s.onHand;
    return n;
}

qint64 Variant::allocated() const
{
    qint64 n = 0;
    for (const auto &s : stock)
        n += s.allocated;
    return n;
}

const LocationStock *Variant::at(const QString &locationId) const
{
    for (const auto &s : stock) {
        if (s.locationId == locationId)
            return &s;
    }
    return nullptr;
}

AdminClient::AdminClient(AdminConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new http::JsonClient(this))
{
    m_http->setTimeoutMs(m_config.timeoutMs);
    if (auto *nam = m_http->findChild<QNetworkAccessManager *>())
        nam->setCookieJar(new NoCookies(nam));
}

AdminClient::~AdminClient()
{
    // Waiting callbacks hold the promises of calls in flight: dropping them cancels those calls.
    m_loginWaiters.clear();
}

void AdminClient::signOut()
{
    m_token.clear();
    ++m_generation;
}

QFuture<Result<Done>> AdminClient::login()
{
    Pending<Done> p;
    m_token.clear();
    withToken([p](Status s) { p.finish(std::move(s)); });
    return p.future();
}

void AdminClient::withToken(std::function<void(Status)> done)
{
    if (!m_token.isEmpty()) {
        done(Done {});
        return;
    }
    m_loginWaiters.append(std::move(done));
    if (m_loginWaiters.size() == 1)
        startLogin();
}

void AdminClient::finishLogin(const Status &status)
{
    const auto waiters = std::exchange(m_loginWaiters, {});
    for (const auto &w : waiters)
        w(status);
}

void AdminClient::startLogin()
{
    const QString path = m_config.passfile;
    const QString user = m_config.user;
    if (m_config.adminApi.isEmpty()) {
        finishLogin(makeError(Error::Code::InvalidInput,
            tr("The connection profile names no Vendure Admin API (\"vendure\": \"adminApi\").")));
        return;
    }
    if (path.isEmpty()) {
        finishLogin(makeError(Error::Code::AuthFailed,
            tr("The connection profile names no passfile for Vendure's user %1 (\"vendure\": "
               "\"passfile\").")
                .arg(user)));
        return;
    }
    const quint64 generation = m_generation;
    // The passfile is read on a pool thread: the GUI thread never touches the disk.
    QFuture<Result<QString>> read
        = QtConcurrent::run([path, user] { return readPassfile(path, user); });
    whenFinished(this, read, [this, user, path, generation](const Result<QString> &password) {
        if (!password) {
            finishLogin(password.error());
            return;
        }
        static const QString kLogin
            = QStringLiteral("mutation QmLogin($username: String!, $password: String!) {"
                             " login(username: $username, password: $password, rememberMe: false) {"
                             "  __typename ... on CurrentUser { id identifier }"
                             "  ... on ErrorResult { errorCode message } } }");
        const QJsonObject variables {
            {QStringLiteral("username"), user}, {QStringLiteral("password"), password.value()}};
        post(kLogin, variables, tr("sign in as %1").arg(user),
            [this, user, path, generation](Result<QJsonObject> r, bool, const QByteArray &token) {
                if (!r) {
                    finishLogin(r.error());
                    return;
                }
                const QJsonObject login = r->value(QLatin1String("login")).toObject();
                if (login.contains(QLatin1String("errorCode"))) {
                    Error e = makeError(Error::Code::AuthFailed,
                        tr("Vendure at %1 refused the sign-in of %2: %3 Check the password in "
                           "%4.")
                            .arg(where(m_config.adminApi), user,
                                login.value(QLatin1String("message")).toString(), path),
                        login.value(QLatin1String("errorCode")).toString());
                    finishLogin(e);
                    return;
                }
                if (token.isEmpty()) {
                    finishLogin(makeError(Error::Code::Protocol,
                        tr("Vendure at %1 signed %2 in but sent no vendure-auth-token header: "
                           "its authOptions.tokenMethod must include \"bearer\".")
                            .arg(where(m_config.adminApi), user)));
                    return;
                }
                if (generation == m_generation) {
                    m_token = token;
                    ++m_logins;
                    qCDebug(lcVendure)
                        << "signed in to" << where(m_config.adminApi) << "as" << user;
                }
                finishLogin(Done {});
            });
    });
}

void AdminClient::post(const QString &document, const QJsonObject &variables, const QString &what,
    std::function<void(Result<QJsonObject>, bool forbidden, QByteArray token)> done)
{
    QJsonObject body {{QStringLiteral("query"), document}};
    if (!variables.isEmpty())
        body.insert(QStringLiteral("variables"), variables);
    http::Headers headers {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!m_token.isEmpty())
        headers.append({"Authorization", "Bearer " + m_token});
    const QUrl url = m_config.adminApi;
    const int timeoutMs = m_config.timeoutMs;
    auto f = m_http->exchange(
        "POST", url, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    whenFinished(
        this, f, [url, what, timeoutMs, done = std::move(done)](const Result<http::Response> &r) {
            if (!r) {
                done(transportError(url, r.error(), timeoutMs), false, {});
                return;
            }
            // Vendure's answers here are a variant or an order: small, parsed in place.
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                if (!r->isSuccess()) {
                    Error e = http::httpStatusError(url, r.value());
                    e.message = Text::tr("Vendure's Admin API at %1 answered HTTP %2 to %3: is "
                                         "the address right (it ends in /admin-api)?")
                                    .arg(where(url))
                                    .arg(r->status)
                                    .arg(what);
                    done(e, false, {});
                    return;
                }
                done(makeError(Error::Code::Protocol,
                         Text::tr("%1 answered something that is not GraphQL to %2: is it "
                                  "Vendure's Admin API?")
                             .arg(where(url), what),
                         pe.errorString()),
                    false, {});
                return;
            }
            const QJsonObject o = doc.object();
            const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
            if (!errors.isEmpty()) {
                bool forbidden = false;
                for (const auto &e : errors)
                    forbidden
                        = forbidden || errorCodeOf(e.toObject()) == QLatin1String("FORBIDDEN");
                done(graphqlError(url, what, errors), forbidden, {});
                return;
            }
            if (!r->isSuccess()) {
                done(http::httpStatusError(url, r.value()), false, {});
                return;
            }
            done(o.value(QLatin1String("data")).toObject(), false, r->header("vendure-auth-token"));
        });
}

void AdminClient::run(const QString &document, const QJsonObject &variables, const QString &what,
    Reply done, bool retried)
{
    withToken([this, document, variables, what, done, retried](const Status &signedIn) {
        if (!signedIn) {
            done(signedIn.error());
            return;
        }
        const QByteArray used = m_token;
        post(document, variables, what,
            [this, document, variables, what, done, retried, used](
                Result<QJsonObject> r, bool forbidden, const QByteArray &) {
                if (forbidden && !retried) {
                    // The token expired or the server forgot it: sign in again, once.
                    if (m_token == used)
                        m_token.clear();
                    qCDebug(lcVendure) << "FORBIDDEN: signing in again";
                    run(document, variables, what, done, true);
                    return;
                }
                done(std::move(r));
            });
    });
}

QFuture<Result<QJsonObject>> AdminClient::execute(
    const QString &document, const QJsonObject &variables, const QString &what)
{
    Pending<QJsonObject> p;
    run(document, variables, what.isEmpty() ? tr("run an Admin API request") : what,
        [p](Result<QJsonObject> r) { p.finish(std::move(r)); });
    return p.future();
}

void AdminClient::readVariant(const QString &variantId, std::function<void(Result<Variant>)> done)
{
    static const QString kQuery = withVariantFragment(
        "query QmVariant($id: ID!) { productVariant(id: $id) { ...QmVariant } }");
    const QString what = tr("read product variant %1").arg(variantId);
    run(kQuery, {{QStringLiteral("id"), variantId}}, what,
        [variantId, done = std::move(done)](const Result<QJsonObject> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            const QJsonValue v = r->value(QLatin1String("productVariant"));
            if (!v.isObject()) {
                done(makeError(Error::Code::NotFound,
                    Text::tr("Vendure has no product variant with id %1: check the id (it may "
                             "have been deleted).")
                        .arg(variantId)));
                return;
            }
            done(variantFrom(v.toObject()));
        });
}

QFuture<Result<Variant>> AdminClient::variant(const QString &variantId)
{
    Pending<Variant> p;
    readVariant(variantId, [p](Result<Variant> r) { p.finish(std::move(r)); });
    return p.future();
}

QFuture<Result<Variant>> AdminClient::updatePrice(const QString &variantId, qint64 price,
    const QDateTime &baseUpdatedAt, std::optional<qint64> basePrice, const QString &currency)
{
    Pending<Variant> p;
    if (price < 0) {
        p.finish(makeError(Error::Code::InvalidInput,
            tr("A price cannot be negative (%1 for product variant %2). Nothing was changed.")
                .arg(price)
                .arg(variantId)));
        return p.future();
    }
    readVariant(variantId,
        [this, p, variantId, price, baseUpdatedAt, basePrice, currency](
            const Result<Variant> &read) {
            if (!read) {
                p.finish(read.error());
                return;
            }
            const Variant &now = read.value();
            const bool defaultCurrency = currency.isEmpty() || currency == now.currency;
            // Millisecond precision: what Vendure's API gives (a base read by SQL in
            // microseconds compares after truncation).
            const bool moved = !baseUpdatedAt.isValid()
                || now.updatedAt.toMSecsSinceEpoch() != baseUpdatedAt.toMSecsSinceEpoch();
            const bool repriced = basePrice && defaultCurrency && *basePrice != now.price;
            if (moved || repriced) {
                Error e = makeError(Error::Code::Conflict,
                    tr("%1 (product variant %2) changed in Vendure after you read it: it was "
                       "updated at %3 (you saw %4) and its price is now %5 (you saw %6). "
                       "Nothing was written: reload it and edit again.")
                        .arg(now.sku, variantId, stamp(now.updatedAt), stamp(baseUpdatedAt))
                        .arg(QStringLiteral("%1 %2").arg(now.price).arg(now.currency),
                            basePrice ? QString::number(*basePrice) : tr("(not given)")),
                    QStringLiteral("updatedAt=%1 price=%2")
                        .arg(stamp(now.updatedAt))
                        .arg(now.price));
                p.finish(e);
                return;
            }
            QJsonObject input {{QStringLiteral("id"), variantId}};
            if (defaultCurrency) {
                input.insert(QStringLiteral("price"), double(price));
            } else {
                input.insert(QStringLiteral("prices"),
                    QJsonArray {QJsonObject {{QStringLiteral("currencyCode"), currency},
                        {QStringLiteral("price"), double(price)}}});
            }
            static const QString kMutation
                = withVariantFragment("mutation QmSetPrice($input: [UpdateProductVariantInput!]!) {"
                                      " updateProductVariants(input: $input) { ...QmVariant } }");
            const QString what = tr("set the price of %1 (product variant %2) to %3 %4")
                                     .arg(now.sku, variantId)
                                     .arg(price)
                                     .arg(defaultCurrency ? now.currency : currency);
            beforeWrite([this, p, variantId, what, input] {
                run(kMutation, {{QStringLiteral("input"), QJsonArray {input}}}, what,
                    [p, variantId, what](const Result<QJsonObject> &r) {
                        if (!r) {
                            Error e = r.error();
                            // What Vendure throws for a value it cannot store (an SQL range error
                            // comes back as INTERNAL_SERVER_ERROR) is a refused price: the
                            // mutation runs in one transaction, nothing was written.
                            if (e.code == Error::Code::Unknown) {
                                e.code = Error::Code::InvalidInput;
                                e.message
                                    = tr("Vendure refused to %1: %2 Nothing was changed.")
                                          .arg(what,
                                              sentence(e.detail.section(QStringLiteral(": "), 2)));
                            }
                            p.finish(e);
                            return;
                        }
                        const QJsonArray updated
                            = r->value(QLatin1String("updateProductVariants")).toArray();
                        if (updated.isEmpty() || !updated.first().isObject()) {
                            p.finish(makeError(Error::Code::NotFound,
                                tr("Vendure has no product variant with id %1 any more: it was "
                                   "deleted while you edited it.")
                                    .arg(variantId)));
                            return;
                        }
                        p.finish(variantFrom(updated.first().toObject()));
                    });
            });
        });
    return p.future();
}

QFuture<Result<StockAdjustment>> AdminClient::adjustStock(const QString &variantId,
    const QString &locationId, qint64 delta, std::optional<qint64> baseOnHand)
{
    Pending<StockAdjustment> p;
    if (delta == 0) {
        p.finish(makeError(Error::Code::InvalidInput,
            tr("A stock adjustment of 0 changes nothing: give a positive or negative number.")));
        return p.future();
    }
    readVariant(variantId,
        [this, p, variantId, locationId, delta, baseOnHand](const Result<Variant> &read) {
            if (!read) {
                p.finish(read.error());
                return;
            }
            const Variant &now = read.value();
            const LocationStock *level = nullptr;
            if (locationId.isEmpty()) {
                if (now.stock.size() == 1) {
                    level = &now.stock.first();
                } else {
                    QStringList ids;
                    for (const auto &s : now.stock)
                        ids << QStringLiteral("%1 (%2)").arg(s.locationId, s.location);
                    p.finish(makeError(Error::Code::InvalidInput,
                        tr("%1 (product variant %2) is stocked at %3 locations: name one of %4.")
                            .arg(now.sku, variantId)
                            .arg(now.stock.size())
                            .arg(ids.join(QStringLiteral(", ")))));
                    return;
                }
            } else {
                level = now.at(locationId);
            }
            if (!level) {
                p.finish(makeError(Error::Code::NotFound,
                    tr("%1 (product variant %2) has no stock level at stock location %3 in "
                       "Vendure.")
                        .arg(now.sku, variantId, locationId)));
                return;
            }
            const LocationStock before = *level;
            if (baseOnHand && *baseOnHand != before.onHand) {
                p.finish(makeError(Error::Code::Conflict,
                    tr("Stock of %1 at %2 changed in Vendure after you read it: on hand is now %3 "
                       "(you saw %4), %5 allocated. Nothing was written: reload and adjust again.")
                        .arg(now.sku, before.location)
                        .arg(before.onHand)
                        .arg(*baseOnHand)
                        .arg(before.allocated),
                    QStringLiteral("stockOnHand=%1 stockAllocated=%2")
                        .arg(before.onHand)
                        .arg(before.allocated)));
                return;
            }
            const qint64 target = before.onHand + delta;
            if (target < before.allocated || target < 0) {
                p.finish(makeError(Error::Code::Constraint,
                    tr("Cannot take %1 of %2 off at %3: on hand is %4 and %5 are allocated to "
                       "orders, so at most %6 can go. Nothing was written.")
                        .arg(-delta)
                        .arg(now.sku, before.location)
                        .arg(before.onHand)
                        .arg(before.allocated)
                        .arg(qMax<qint64>(0, before.available())),
                    QStringLiteral("stockOnHand=%1 stockAllocated=%2 delta=%3")
                        .arg(before.onHand)
                        .arg(before.allocated)
                        .arg(delta)));
                return;
            }
            const QString what = tr("set stock on hand of %1 at %2 to %3")
                                     .arg(now.sku, before.location)
                                     .arg(target);
            auto write = [this, p, variantId, delta, before, target, what, sku = now.sku] {
                writeOnHand(variantId, before.locationId, target, what,
                    [this, p, variantId, delta, before, target, sku](
                        const Result<Variant> &written) {
                        if (!written) {
                            p.finish(written.error());
                            return;
                        }
                        StockAdjustment a;
                        a.variantId = variantId;
                        a.locationId = before.locationId;
                        a.delta = delta;
                        a.before = before;
                        a.variant = written.value();
                        const LocationStock *after = a.variant.at(before.locationId);
                        if (!after) {
                            p.finish(makeError(Error::Code::Protocol,
                                tr("Vendure answered the stock write of %1 without its level at "
                                   "%2.")
                                    .arg(sku, before.location)));
                            return;
                        }
                        a.after = *after;
                        if (delta < 0 && after->available() < 0) {
                            // Window 1: checkouts allocated between our read and the write, and
                            // what we took off is now sold. Put it back (the same absolute write,
                            // on the level Vendure just answered) and refuse the adjustment.
                            const LocationStock soldMeanwhile = *after;
                            const qint64 undo = soldMeanwhile.onHand - delta;
                            writeOnHand(variantId, before.locationId, undo,
                                tr("undo the stock adjustment of %1 at %2")
                                    .arg(sku, before.location),
                                [p, sku, before, delta, soldMeanwhile](
                                    const Result<Variant> &undone) {
                                    const LocationStock *back
                                        = undone ? undone->at(before.locationId) : nullptr;
                                    if (!back) {
                                        Error e = undone ? makeError(Error::Code::Protocol, {})
                                                         : undone.error();
                                        e.message
                                            = tr("Checkouts allocated %1 of %2 while on hand "
                                                 "was being set to %3, and putting the %4 "
                                                 "back failed: %5 Count the stock at %6 now.")
                                                  .arg(soldMeanwhile.allocated - before.allocated)
                                                  .arg(sku)
                                                  .arg(soldMeanwhile.onHand)
                                                  .arg(-delta)
                                                  .arg(e.message, before.location);
                                        p.finish(e);
                                        return;
                                    }
                                    p.finish(makeError(Error::Code::Conflict,
                                        tr("Checkouts allocated %1 of %2 at %3 while the stock was "
                                           "being written: taking %4 off would have left %5 "
                                           "available, so the adjustment was undone (on hand %6, "
                                           "allocated %7). Reload and adjust again.")
                                            .arg(soldMeanwhile.allocated - before.allocated)
                                            .arg(sku, before.location)
                                            .arg(-delta)
                                            .arg(soldMeanwhile.available())
                                            .arg(back->onHand)
                                            .arg(back->allocated),
                                        QStringLiteral("undone; stockOnHand=%1 stockAllocated=%2")
                                            .arg(back->onHand)
                                            .arg(back->allocated)));
                                });
                            return;
                        }
                        if (after->allocated < before.allocated || after->onHand != target) {
                            // Window 2: orders were fulfilled or cancelled between our read and the
                            // write; a fulfilment's take from on hand was overwritten by the
                            // absolute number.
                            p.finish(makeError(Error::Code::Conflict,
                                tr("Stock of %1 at %2 was written (on hand %3, from %4), but "
                                   "orders "
                                   "were fulfilled or cancelled meanwhile (allocated %5, was %6): "
                                   "count the stock there to be sure on hand is right.")
                                    .arg(sku, before.location)
                                    .arg(after->onHand)
                                    .arg(before.onHand)
                                    .arg(after->allocated)
                                    .arg(before.allocated),
                                QStringLiteral("written; stockOnHand=%1 stockAllocated=%2")
                                    .arg(after->onHand)
                                    .arg(after->allocated)));
                            return;
                        }
                        p.finish(a);
                    });
            };
            beforeWrite(write);
        });
    return p.future();
}

void AdminClient::beforeWrite(std::function<void()> proceed)
{
    if (m_beforeWrite)
        m_beforeWrite(std::move(proceed));
    else
        proceed();
}

void AdminClient::writeOnHand(const QString &variantId, const QString &locationId, qint64 onHand,
    const QString &what, std::function<void(Result<Variant>)> done)
{
    static const QString kMutation
        = withVariantFragment("mutation QmSetStock($input: [UpdateProductVariantInput!]!) {"
                              " updateProductVariants(input: $input) { ...QmVariant } }");
    const QJsonObject input {{QStringLiteral("id"), variantId},
        {QStringLiteral("stockLevels"),
            QJsonArray {QJsonObject {{QStringLiteral("stockLocationId"), locationId},
                {QStringLiteral("stockOnHand"), double(onHand)}}}}};
    run(kMutation, {{QStringLiteral("input"), QJsonArray {input}}}, what,
        [variantId, done = std::move(done)](const Result<QJsonObject> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            const QJsonArray updated = r->value(QLatin1String("updateProductVariants")).toArray();
            if (updated.isEmpty() || !updated.first().isObject()) {
                done(makeError(Error::Code::NotFound,
                    Text::tr("Vendure has no product variant with id %1 any more.")
                        .arg(variantId)));
                return;
            }
            done(variantFrom(updated.first().toObject()));
        });
}

void AdminClient::readOrder(const QString &orderId, std::function<void(Result<QJsonObject>)> done)
{
    static const QString kQuery = QStringLiteral(
        "query QmOrder($id: ID!) { order(id: $id) { id code state currencyCode totalWithTax"
        " lines { id quantity }"
        " payments { id state amount method refunds { id total state } }"
        " fulfillments { id state lines { orderLineId quantity } } } }");
    run(kQuery, {{QStringLiteral("id"), orderId}}, tr("read order %1").arg(orderId),
        [orderId, done = std::move(done)](const Result<QJsonObject> &r) {
            if (!r) {
                done(r.error());
                return;
            }
            const QJsonValue o = r->value(QLatin1String("order"));
            if (!o.isObject()) {
                done(makeError(Error::Code::NotFound,
                    Text::tr("Vendure has no order with id %1: check the id.").arg(orderId)));
                return;
            }
            done(o.toObject());
        });
}

QFuture<Result<OrderRef>> AdminClient::cancelOrder(const QString &orderId, const QString &reason)
{
    Pending<OrderRef> p;
    static const QString kMutation = QStringLiteral(
        "mutation QmCancel($input: CancelOrderInput!) { cancelOrder(input: $input) {"
        " __typename ... on Order { id code state } %1 } }")
                                         .arg(QLatin1String(kErrorFields));
    const QString what = tr("cancel order %1").arg(orderId);
    QJsonObject input {
        {QStringLiteral("orderId"), orderId}, {QStringLiteral("cancelShipping"), true}};
    if (!reason.isEmpty())
        input.insert(QStringLiteral("reason"), reason);
    run(kMutation, {{QStringLiteral("input"), input}}, what,
        [p, what](const Result<QJsonObject> &r) {
            if (!r) {
                p.finish(r.error());
                return;
            }
            const QJsonObject o = r->value(QLatin1String("cancelOrder")).toObject();
            if (o.value(QLatin1String("errorCode")).toString()
                == QLatin1String("EMPTY_ORDER_LINE_SELECTION_ERROR")) {
                // What Vendure answers when every line is cancelled already.
                Error e = makeError(Error::Code::Conflict,
                    tr("Cannot %1: it has nothing left to cancel (it is cancelled already). "
                       "Nothing was changed.")
                        .arg(what),
                    o.value(QLatin1String("errorCode")).toString());
                p.finish(e);
                return;
            }
            if (auto e = unionError(what, o)) {
                p.finish(*e);
                return;
            }
            p.finish(OrderRef {idOf(o.value(QLatin1String("id"))),
                o.value(QLatin1String("code")).toString(),
                o.value(QLatin1String("state")).toString()});
        });
    return p.future();
}

QFuture<Result<RefundResult>> AdminClient::refundOrder(
    const QString &orderId, const QString &reason, std::optional<qint64> amount)
{
    Pending<RefundResult> p;
    readOrder(orderId, [this, p, orderId, reason, amount](const Result<QJsonObject> &read) {
        if (!read) {
            p.finish(read.error());
            return;
        }
        // The settled payment with money left on it.
        QString paymentId;
        qint64 left = 0;
        const QJsonArray payments = read->value(QLatin1String("payments")).toArray();
        for (const auto &pv : payments) {
            const QJsonObject pay = pv.toObject();
            if (pay.value(QLatin1String("state")).toString() != QLatin1String("Settled"))
                continue;
            qint64 remaining = money(pay.value(QLatin1String("amount")));
            for (const auto &rv : pay.value(QLatin1String("refunds")).toArray()) {
                const QJsonObject refund = rv.toObject();
                if (refund.value(QLatin1String("state")).toString() != QLatin1String("Failed"))
                    remaining -= money(refund.value(QLatin1String("total")));
            }
            if (remaining > 0) {
                paymentId = idOf(pay.value(QLatin1String("id")));
                left = remaining;
                break;
            }
        }
        const QString code = read->value(QLatin1String("code")).toString();
        if (paymentId.isEmpty()) {
            p.finish(makeError(Error::Code::Conflict,
                tr("Order %1 (%2) has no settled payment with money left to refund: nothing was "
                   "changed. Reload the order.")
                    .arg(code, orderId)));
            return;
        }
        const qint64 refundAmount = amount.value_or(left);
        if (refundAmount <= 0 || refundAmount > left) {
            p.finish(makeError(Error::Code::InvalidInput,
                tr("Cannot refund %1 of order %2: between 1 and %3 (minor units) is left on its "
                   "payment. Nothing was changed.")
                    .arg(refundAmount)
                    .arg(code)
                    .arg(left)));
            return;
        }
        static const QString kMutation = QStringLiteral(
            "mutation QmRefund($input: RefundOrderInput!) { refundOrder(input: $input) {"
            " __typename ... on Refund { id state total } %1"
            " ... on RefundStateTransitionError { transitionError fromState toState } } }")
                                             .arg(QLatin1String(kErrorFields));
        // `amount` is the current way; Vendure 3.7 still writes the deprecated shipping and
        // adjustment columns (NOT NULL) from the input, so they go along as 0.
        QJsonObject input {{QStringLiteral("paymentId"), paymentId},
            {QStringLiteral("amount"), double(refundAmount)}, {QStringLiteral("shipping"), 0},
            {QStringLiteral("adjustment"), 0}};
        if (!reason.isEmpty())
            input.insert(QStringLiteral("reason"), reason);
        const QString what = tr("refund %1 of order %2").arg(refundAmount).arg(code);
        run(kMutation, {{QStringLiteral("input"), input}}, what,
            [p, what, orderId, paymentId](const Result<QJsonObject> &r) {
                if (!r) {
                    p.finish(r.error());
                    return;
                }
                const QJsonObject o = r->value(QLatin1String("refundOrder")).toObject();
                if (auto e = unionError(what, o)) {
                    p.finish(*e);
                    return;
                }
                RefundResult res;
                res.orderId = orderId;
                res.paymentId = paymentId;
                res.refundId = idOf(o.value(QLatin1String("id")));
                res.amount = money(o.value(QLatin1String("total")));
                res.state = o.value(QLatin1String("state")).toString();
                p.finish(res);
            });
    });
    return p.future();
}

QFuture<Result<FulfillmentResult>> AdminClient::fulfilOrder(
    const QString &orderId, const QString &method, const QString &trackingCode, bool delivered)
{
    Pending<FulfillmentResult> p;
    readOrder(orderId,
        [this, p, orderId, method, trackingCode, delivered](const Result<QJsonObject> &read) {
            if (!read) {
                p.finish(read.error());
                return;
            }
            const QString code = read->value(QLatin1String("code")).toString();
            // What is not in a live fulfilment yet.
            QHash<QString, qint64> open;
            for (const auto &lv : read->value(QLatin1String("lines")).toArray()) {
                const QJsonObject line = lv.toObject();
                open[idOf(line.value(QLatin1String("id")))]
                    += line.value(QLatin1String("quantity")).toInteger();
            }
            for (const auto &fv : read->value(QLatin1String("fulfillments")).toArray()) {
                const QJsonObject f = fv.toObject();
                if (f.value(QLatin1String("state")).toString() == QLatin1String("Cancelled"))
                    continue;
                for (const auto &lv : f.value(QLatin1String("lines")).toArray()) {
                    const QJsonObject line = lv.toObject();
                    open[idOf(line.value(QLatin1String("orderLineId")))]
                        -= line.value(QLatin1String("quantity")).toInteger();
                }
            }
            QJsonArray lines;
            for (auto it = open.cbegin(); it != open.cend(); ++it) {
                if (it.value() > 0) {
                    lines.append(QJsonObject {{QStringLiteral("orderLineId"), it.key()},
                        {QStringLiteral("quantity"), double(it.value())}});
                }
            }
            if (lines.isEmpty()) {
                p.finish(makeError(Error::Code::Conflict,
                    tr("Order %1 (%2) has nothing left to fulfil (state %3): nothing was changed.")
                        .arg(code, orderId, read->value(QLatin1String("state")).toString())));
                return;
            }
            static const QString kMutation = QStringLiteral(
                "mutation QmFulfil($input: FulfillOrderInput!) { addFulfillmentToOrder(input: "
                "$input) {"
                " __typename ... on Fulfillment { id state }"
                " ... on ErrorResult { errorCode message }"
                " ... on FulfillmentStateTransitionError { transitionError fromState toState }"
                " ... on CreateFulfillmentError { fulfillmentHandlerError } } }");
            const QJsonObject handler {
                {QStringLiteral("code"), QStringLiteral("manual-fulfillment")},
                {QStringLiteral("arguments"),
                    QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("method")},
                                    {QStringLiteral("value"), method}},
                        QJsonObject {{QStringLiteral("name"), QStringLiteral("trackingCode")},
                            {QStringLiteral("value"), trackingCode}}}}};
            const QJsonObject input {
                {QStringLiteral("lines"), lines}, {QStringLiteral("handler"), handler}};
            const QString what = tr("fulfil order %1").arg(code);
            run(kMutation, {{QStringLiteral("input"), input}}, what,
                [this, p, what, orderId, code, delivered](const Result<QJsonObject> &r) {
                    if (!r) {
                        p.finish(r.error());
                        return;
                    }
                    const QJsonObject f
                        = r->value(QLatin1String("addFulfillmentToOrder")).toObject();
                    if (auto e = unionError(what, f)) {
                        p.finish(*e);
                        return;
                    }
                    const QString fulfillmentId = idOf(f.value(QLatin1String("id")));
                    QStringList states {QStringLiteral("Shipped")};
                    if (delivered)
                        states.append(QStringLiteral("Delivered"));
                    transitionFulfillment(fulfillmentId, code, states,
                        [this, p, orderId, fulfillmentId](std::optional<Error> failed) {
                            if (failed) {
                                p.finish(*failed);
                                return;
                            }
                            readOrder(
                                orderId, [p, orderId, fulfillmentId](const Result<QJsonObject> &o) {
                                    if (!o) {
                                        p.finish(o.error());
                                        return;
                                    }
                                    FulfillmentResult res;
                                    res.orderId = orderId;
                                    res.fulfillmentId = fulfillmentId;
                                    const QJsonArray all
                                        = o->value(QLatin1String("fulfillments")).toArray();
                                    for (const auto &fv : all) {
                                        const QJsonObject f = fv.toObject();
                                        if (idOf(f.value(QLatin1String("id"))) == fulfillmentId)
                                            res.state = f.value(QLatin1String("state")).toString();
                                    }
                                    res.order = OrderRef {idOf(o->value(QLatin1String("id"))),
                                        o->value(QLatin1String("code")).toString(),
                                        o->value(QLatin1String("state")).toString()};
                                    p.finish(res);
                                });
                        });
                });
        });
    return p.future();
}

void AdminClient::transitionFulfillment(const QString &fulfillmentId, const QString &orderCode,
    QStringList states, std::function<void(std::optional<Error>)> done)
{
    if (states.isEmpty()) {
        done(std::nullopt);
        return;
    }
    const QString state = states.takeFirst();
    static const QString kTransition = QStringLiteral(
        "mutation QmFulfilState($id: ID!, $state: String!) {"
        " transitionFulfillmentToState(id: $id, state: $state) {"
        " __typename ... on Fulfillment { id state }"
        " ... on ErrorResult { errorCode message }"
        " ... on FulfillmentStateTransitionError { transitionError fromState toState } } }");
    const QString what
        = tr("mark fulfilment %1 of order %2 %3").arg(fulfillmentId, orderCode, state);
    run(kTransition, {{QStringLiteral("id"), fulfillmentId}, {QStringLiteral("state"), state}},
        what,
        [this, what, fulfillmentId, orderCode, states, done = std::move(done)](
            const Result<QJsonObject> &r) {
            std::optional<Error> e;
            if (!r)
                e = r.error();
            else
                e = unionError(
                    what, r->value(QLatin1String("transitionFulfillmentToState")).toObject());
            if (e) {
                // The fulfilment exists: say so rather than pretend nothing happened.
                e->message += QLatin1Char(' ')
                    + tr("Fulfilment %1 was created and stays in its last state.")
                          .arg(fulfillmentId);
                done(e);
                return;
            }
            transitionFulfillment(fulfillmentId, orderCode, states, done);
        });
}

QFuture<Result<OrderRef>> AdminClient::addNote(
    const QString &orderId, const QString &note, bool isPublic)
{
    Pending<OrderRef> p;
    if (note.trimmed().isEmpty()) {
        p.finish(makeError(Error::Code::InvalidInput, tr("An empty note was not added.")));
        return p.future();
    }
    static const QString kMutation = QStringLiteral(
        "mutation QmNote($input: AddNoteToOrderInput!) { addNoteToOrder(input: $input) {"
        " id code state } }");
    const QJsonObject input {{QStringLiteral("id"), orderId}, {QStringLiteral("note"), note},
        {QStringLiteral("isPublic"), isPublic}};
    run(kMutation, {{QStringLiteral("input"), input}}, tr("add a note to order %1").arg(orderId),
        [p, orderId](const Result<QJsonObject> &r) {
            if (!r) {
                p.finish(r.error());
                return;
            }
            const QJsonObject o = r->value(QLatin1String("addNoteToOrder")).toObject();
            if (o.isEmpty()) {
                p.finish(makeError(Error::Code::NotFound,
                    Text::tr("Vendure has no order with id %1: check the id.").arg(orderId)));
                return;
            }
            p.finish(OrderRef {idOf(o.value(QLatin1String("id"))),
                o.value(QLatin1String("code")).toString(),
                o.value(QLatin1String("state")).toString()});
        });
    return p.future();
}

} // namespace qm::vendure
