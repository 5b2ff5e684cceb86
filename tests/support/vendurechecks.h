#pragma once
// What the Vendure tests check through a path of their own, independent of the client under test:
// an Admin API session the test signs in itself (raw GraphQL over a JsonClient) and anonymous Shop
// API sessions: prices, stock levels, carts, checkouts and settled payments as Vendure has them.

#include "common/result.h"
#include "http/jsonclient.h"
#include "testenv.h"
#include "vendure/adminclient.h"
#include "vendureshop.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <memory>

namespace qmtest {

struct LevelNow
{
    QString locationId;
    qint64 onHand = -1;
    qint64 allocated = -1;
};

class VendureChecks
{
public:
    VendureChecks(qm::http::JsonClient *http, qm::vendure::AdminConfig config)
        : m_http(http)
        , m_config(std::move(config))
        , m_admin(http, m_config.adminApi)
    { }

    // The test's own Admin API session.
    bool adminSignIn();
    Result<QJsonObject> admin(const QString &doc, const QJsonObject &vars = {})
    {
        return m_admin.call(doc, vars);
    }
    QJsonObject adminOk(const QString &doc, const QJsonObject &vars = {})
    {
        const auto r = admin(doc, vars);
        if (!r) {
            qWarning().noquote() << "admin check failed:" << r.error().toString();
            return {};
        }
        return r.value();
    }
    qint64 adminPrice(const QString &variantId);
    LevelNow adminLevel(const QString &variantId);
    void setLevel(const QString &variantId, const QString &locationId, qint64 onHand);
    qint64 shopPrice(const QString &productId, const QString &variantId);
    QString shopStockLevel(const QString &productId, const QString &variantId);
    // What the storefront answers to putting qty into a fresh cart: "" (accepted) or errorCode;
    // quantityAvailable when Vendure limited it.
    QString shopAdd(const QString &variantId, int qty, qint64 *quantityAvailable = nullptr);
    std::unique_ptr<Checkout> placeOrder(const QString &variantId, int qty);
    bool settle(const QString &orderId);

private:
    qm::http::JsonClient *m_http;
    qm::vendure::AdminConfig m_config;
    Gql m_admin;
};

inline bool VendureChecks::adminSignIn()
{
    const auto password = qmtest::testBlocks(
        [this] { return qm::vendure::readPassfile(m_config.passfile, m_config.user); });
    if (!password) {
        qWarning().noquote() << text(password.error());
        return false;
    }
    const auto login = admin(
        QStringLiteral("mutation($u: String!, $p: String!) { login(username: $u, password: $p) { "
                       "__typename } }"),
        {{QStringLiteral("u"), m_config.user}, {QStringLiteral("p"), password.value()}});
    if (!login || login->value("login").toObject().value("__typename") != "CurrentUser") {
        qWarning().noquote() << "the test's own sign-in failed:"
                             << (login ? QJsonDocument(login.value()).toJson()
                                       : text(login.error()));
        return false;
    }
    return true;
}

inline qint64 VendureChecks::adminPrice(const QString &variantId)
{
    const auto o = adminOk(QStringLiteral("query($id: ID!) { productVariant(id: $id) { price } }"),
        {{QStringLiteral("id"), variantId}});
    return qint64(o.value("productVariant").toObject().value("price").toDouble(-1));
}

inline LevelNow VendureChecks::adminLevel(const QString &variantId)
{
    const auto o = adminOk(QStringLiteral("query($id: ID!) { productVariant(id: $id) { "
                                          "stockLevels { stockLocationId stockOnHand "
                                          "stockAllocated } } }"),
        {{QStringLiteral("id"), variantId}});
    const QJsonObject l
        = o.value("productVariant").toObject().value("stockLevels").toArray().first().toObject();
    return LevelNow {l.value("stockLocationId").toString(), l.value("stockOnHand").toInteger(-1),
        l.value("stockAllocated").toInteger(-1)};
}

inline void VendureChecks::setLevel(
    const QString &variantId, const QString &locationId, qint64 onHand)
{
    const auto r = admin(QStringLiteral("mutation($i: [UpdateProductVariantInput!]!) { "
                                        "updateProductVariants(input: $i) { id } }"),
        {{QStringLiteral("i"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), variantId},
                {QStringLiteral("stockLevels"),
                    QJsonArray {QJsonObject {{QStringLiteral("stockLocationId"), locationId},
                        {QStringLiteral("stockOnHand"), double(onHand)}}}}}}}});
    QVERIFY2(r.ok(), text(errorOf(r)));
}

inline qint64 VendureChecks::shopPrice(const QString &productId, const QString &variantId)
{
    Gql shop(m_http, m_config.shopApi);
    const auto r = shop.call(
        QStringLiteral("query($id: ID!) { product(id: $id) { variants { id price } } }"),
        {{QStringLiteral("id"), productId}});
    if (!r)
        return -1;
    for (const auto &v : r->value("product").toObject().value("variants").toArray()) {
        if (v.toObject().value("id").toString() == variantId)
            return qint64(v.toObject().value("price").toDouble());
    }
    return -1;
}

inline QString VendureChecks::shopStockLevel(const QString &productId, const QString &variantId)
{
    Gql shop(m_http, m_config.shopApi);
    const auto r = shop.call(
        QStringLiteral("query($id: ID!) { product(id: $id) { variants { id stockLevel } } }"),
        {{QStringLiteral("id"), productId}});
    if (!r)
        return r.error().message;
    for (const auto &v : r->value("product").toObject().value("variants").toArray()) {
        if (v.toObject().value("id").toString() == variantId)
            return v.toObject().value("stockLevel").toString();
    }
    return QStringLiteral("(variant not in the shop)");
}

inline QString VendureChecks::shopAdd(const QString &variantId, int qty, qint64 *quantityAvailable)
{
    Gql shop(m_http, m_config.shopApi);
    const auto r = shop.call(
        QStringLiteral("mutation($v: ID!, $q: Int!) { addItemToOrder(productVariantId: $v, "
                       "quantity: $q) { __typename ... on ErrorResult { errorCode message } "
                       "... on InsufficientStockError { quantityAvailable } } }"),
        {{QStringLiteral("v"), variantId}, {QStringLiteral("q"), qty}});
    if (!r)
        return r.error().message;
    const QJsonObject o = r->value("addItemToOrder").toObject();
    if (quantityAvailable)
        *quantityAvailable = o.value("quantityAvailable").toInteger(-1);
    return o.value("errorCode").toString();
}

inline std::unique_ptr<Checkout> VendureChecks::placeOrder(const QString &variantId, int qty)
{
    auto c = std::make_unique<Checkout>(m_http, m_config.shopApi, variantId, qty);
    c->start();
    QElapsedTimer t;
    t.start();
    while (!c->finished() && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return c;
}

// The sample data's payment method authorises only; fulfilment wants a settled payment.
inline bool VendureChecks::settle(const QString &orderId)
{
    const auto o = adminOk(
        QStringLiteral("query($id: ID!) { order(id: $id) { state payments { id state } } }"),
        {{QStringLiteral("id"), orderId}});
    const QJsonObject order = o.value("order").toObject();
    if (order.value("state").toString() == QLatin1String("PaymentSettled"))
        return true;
    for (const auto &p : order.value("payments").toArray()) {
        if (p.toObject().value("state").toString() != QLatin1String("Authorized"))
            continue;
        const auto r = adminOk(QStringLiteral("mutation($id: ID!) { settlePayment(id: $id) { "
                                              "__typename ... on ErrorResult { message } } }"),
            {{QStringLiteral("id"), p.toObject().value("id")}});
        if (r.value("settlePayment").toObject().value("__typename").toString()
            != QLatin1String("Payment"))
            return false;
    }
    return true;
}

} // namespace qmtest
