#pragma once
// A shopper for the sandbox's Vendure store, shared by the Vendure tests: raw GraphQL over a
// JsonClient (with Vendure's session token) and one asynchronous Shop API checkout, plus the
// helpers that wait for a future's Result and print an Error.

#include "common/result.h"
#include "http/jsonclient.h"
#include "testenv.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace qmtest {

using qm::Error;
using qm::Result;

template <typename T> Result<T> await(QFuture<Result<T>> f, int timeoutMs = 120000)
{
    if (!qmtest::waitFor(f, timeoutMs))
        return Error {Error::Code::Timeout, QStringLiteral("test: no answer in time"), {}, {}};
    if (f.resultCount() == 0)
        return Error {Error::Code::Cancelled, QStringLiteral("test: ended without result"), {}, {}};
    return f.result();
}

inline QByteArray text(const Error &e)
{
    return (Error::codeName(e.code) + QStringLiteral(": ") + e.toString()).toUtf8();
}

// Raw GraphQL over a JsonClient, with the session token Vendure hands back in the
// vendure-auth-token header (Shop API carts, the test's own Admin API session).
class Gql
{
public:
    Gql(qm::http::JsonClient *http, QUrl url)
        : m_http(http)
        , m_url(std::move(url))
    { }

    void call(const QString &doc, const QJsonObject &vars,
        std::function<void(Result<QJsonObject>)> fn, QObject *context)
    {
        QJsonObject body {{QStringLiteral("query"), doc}};
        if (!vars.isEmpty())
            body.insert(QStringLiteral("variables"), vars);
        qm::http::Headers h {{"Content-Type", "application/json"}};
        if (!m_token->isEmpty())
            h.append({"Authorization", "Bearer " + *m_token});
        auto token = m_token;
        qm::whenFinished(context,
            m_http->exchange("POST", m_url, QJsonDocument(body).toJson(QJsonDocument::Compact), h),
            [token, fn](const Result<qm::http::Response> &r) {
                if (!r)
                    return fn(r.error());
                const QByteArray t = r->header("vendure-auth-token");
                if (!t.isEmpty())
                    *token = t;
                const QJsonObject o = QJsonDocument::fromJson(r->body).object();
                const QJsonArray errors = o.value(QLatin1String("errors")).toArray();
                if (!errors.isEmpty() || !r->isSuccess()) {
                    return fn(Error {Error::Code::Unknown,
                        QString::fromUtf8(QJsonDocument(errors).toJson(QJsonDocument::Compact)),
                        QString::number(r->status), {}});
                }
                fn(o.value(QLatin1String("data")).toObject());
            });
    }

    Result<QJsonObject> call(const QString &doc, const QJsonObject &vars = {})
    {
        QObject context;
        std::optional<Result<QJsonObject>> out;
        call(
            doc, vars, [&out](Result<QJsonObject> r) { out = std::move(r); }, &context);
        QElapsedTimer t;
        t.start();
        while (!out && t.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (!out)
            return Error {Error::Code::Timeout, QStringLiteral("test: no answer"), {}, {}};
        return *out;
    }

private:
    qm::http::JsonClient *m_http;
    QUrl m_url;
    std::shared_ptr<QByteArray> m_token = std::make_shared<QByteArray>();
};

// One Shop API checkout (a guest cart → shipping → ArrangingPayment → the dummy payment),
// asynchronous so that many can run at once.
class Checkout : public QObject
{
public:
    Checkout(qm::http::JsonClient *http, const QUrl &shop, QString variantId, int qty)
        : m_gql(http, shop)
        , m_variant(std::move(variantId))
        , m_qty(qty)
    { }

    void start() { step(0); }
    bool finished() const { return m_finished; }
    QString error; // empty: placed
    QString errorCode; // Vendure's errorCode when a step was refused
    QString orderId, code, state;

private:
    void fail(const QString &what, const QString &codeName = {})
    {
        error = what;
        errorCode = codeName;
        m_finished = true;
    }

    // Runs one step; `check` returns the ErrorResult object (or empty) of the step's data.
    void send(int next, const QString &doc, const QJsonObject &vars, const QString &field)
    {
        m_gql.call(
            doc, vars,
            [this, next, field](const Result<QJsonObject> &r) {
                if (!r)
                    return fail(field + QStringLiteral(": ") + r.error().message);
                const QJsonValue v = r->value(field);
                const QJsonObject o = v.toObject();
                if (o.contains(QLatin1String("errorCode"))) {
                    return fail(
                        field + QStringLiteral(": ") + o.value(QLatin1String("message")).toString(),
                        o.value(QLatin1String("errorCode")).toString());
                }
                m_last = r.value();
                step(next);
            },
            this);
    }

    void step(int i)
    {
        static const QString err = QStringLiteral(" ... on ErrorResult { errorCode message } ");
        switch (i) {
        case 0:
            return send(1,
                QStringLiteral("mutation($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, "
                               "quantity: $q) { __typename ... on Order { id code } %1 } }")
                    .arg(err),
                {{QStringLiteral("v"), m_variant}, {QStringLiteral("q"), m_qty}},
                QStringLiteral("addItemToOrder"));
        case 1: {
            const QString tag = QUuid::createUuid().toString(QUuid::Id128).left(12);
            return send(2,
                QStringLiteral("mutation($i: CreateCustomerInput!) { setCustomerForOrder(input: $i)"
                               " { __typename %1 } }")
                    .arg(err),
                {{QStringLiteral("i"),
                    QJsonObject {{QStringLiteral("emailAddress"),
                                     QStringLiteral("qm-%1@example.com").arg(tag)},
                        {QStringLiteral("firstName"), QStringLiteral("Quarter")},
                        {QStringLiteral("lastName"), QStringLiteral("Master")}}}},
                QStringLiteral("setCustomerForOrder"));
        }
        case 2:
            return send(3,
                QStringLiteral("mutation($i: CreateAddressInput!) { setOrderShippingAddress(input: "
                               "$i) { __typename %1 } }")
                    .arg(err),
                {{QStringLiteral("i"),
                    QJsonObject {{QStringLiteral("fullName"), QStringLiteral("Quarter Master")},
                        {QStringLiteral("streetLine1"), QStringLiteral("1 Test Street")},
                        {QStringLiteral("city"), QStringLiteral("London")},
                        {QStringLiteral("postalCode"), QStringLiteral("N1 1AA")},
                        {QStringLiteral("countryCode"), QStringLiteral("GB")}}}},
                QStringLiteral("setOrderShippingAddress"));
        case 3:
            return send(4, QStringLiteral("{ eligibleShippingMethods { id } }"), {},
                QStringLiteral("eligibleShippingMethods"));
        case 4: {
            const QJsonArray methods
                = m_last.value(QLatin1String("eligibleShippingMethods")).toArray();
            if (methods.isEmpty())
                return fail(QStringLiteral("no eligible shipping method"));
            return send(5,
                QStringLiteral("mutation($m: [ID!]!) { setOrderShippingMethod(shippingMethodId: "
                               "$m) { __typename %1 } }")
                    .arg(err),
                {{QStringLiteral("m"),
                    QJsonArray {methods.first().toObject().value(QLatin1String("id"))}}},
                QStringLiteral("setOrderShippingMethod"));
        }
        case 5:
            return send(6,
                QStringLiteral("mutation { transitionOrderToState(state: \"ArrangingPayment\") { "
                               "__typename %1 ... on OrderStateTransitionError { transitionError "
                               "} } }")
                    .arg(err),
                {}, QStringLiteral("transitionOrderToState"));
        case 6:
            return send(7, QStringLiteral("{ eligiblePaymentMethods { code isEligible } }"), {},
                QStringLiteral("eligiblePaymentMethods"));
        case 7: {
            QString method;
            for (const auto &m : m_last.value(QLatin1String("eligiblePaymentMethods")).toArray()) {
                if (m.toObject().value(QLatin1String("isEligible")).toBool()) {
                    method = m.toObject().value(QLatin1String("code")).toString();
                    break;
                }
            }
            if (method.isEmpty())
                return fail(QStringLiteral("no eligible payment method"));
            return send(8,
                QStringLiteral("mutation($i: PaymentInput!) { addPaymentToOrder(input: $i) { "
                               "__typename ... on Order { id code state } %1 } }")
                    .arg(err),
                {{QStringLiteral("i"),
                    QJsonObject {{QStringLiteral("method"), method},
                        {QStringLiteral("metadata"), QJsonObject {}}}}},
                QStringLiteral("addPaymentToOrder"));
        }
        case 8: {
            const QJsonObject o = m_last.value(QLatin1String("addPaymentToOrder")).toObject();
            orderId = o.value(QLatin1String("id")).toString();
            code = o.value(QLatin1String("code")).toString();
            state = o.value(QLatin1String("state")).toString();
            m_finished = true;
            return;
        }
        }
    }

    Gql m_gql;
    QString m_variant;
    int m_qty;
    QJsonObject m_last;
    bool m_finished = false;
};

} // namespace qmtest
