// AdminClient: variants, prices and stock levels (the catalog and inventory side of the Admin API).
#include "common/whenfinished.h"
#include "http/jsonclient.h"
#include "vendure/adminclient.h"
#include "vendure/adminclient_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace qm::vendure {

using namespace detail;

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

} // namespace qm::vendure
