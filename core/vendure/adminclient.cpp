#include "vendure/adminclient.h"

#include "common/threadguard.h"
#include "common/whenfinished.h"
#include "http/jsonclient.h"
#include "vendure/adminclient_p.h"

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

} // namespace

namespace detail {

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

Error makeError(Error::Code code, const QString &message, const QString &detail)
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

extern const char kVariantFragment[] = R"(
fragment QmVariant on ProductVariant {
  id productId sku name price currencyCode enabled updatedAt
  stockLevels { stockLocationId stockLocation { name } stockOnHand stockAllocated }
})";

extern const char kErrorFields[] = R"(
  ... on ErrorResult { errorCode message }
  ... on OrderStateTransitionError { transitionError fromState toState })";

QString withVariantFragment(const char *document)
{
    return QString::fromLatin1(document) + QString::fromLatin1(kVariantFragment);
}

} // namespace detail

using namespace detail;

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

} // namespace qm::vendure
