// AdminClient: order actions (cancel, refund, fulfil, note) through the Admin API.
#include "common/whenfinished.h"
#include "http/jsonclient.h"
#include "vendure/adminclient.h"
#include "vendure/adminclient_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace qm::vendure {

using namespace detail;

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
