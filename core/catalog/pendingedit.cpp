#include "catalog/pendingedit.h"

namespace qm::catalog {

QJsonObject PendingEdit::toJson() const
{
    return QJsonObject {{QStringLiteral("product_id"), productId}, {QStringLiteral("sku"), sku},
        {QStringLiteral("base_version"), baseVersion},
        {QStringLiteral("request_id"), requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("changes"), changes}, {QStringLiteral("base"), base}};
}

PendingEdit PendingEdit::fromJson(const QJsonObject &o)
{
    PendingEdit e;
    e.productId = o.value(QLatin1String("product_id")).toInteger();
    e.sku = o.value(QLatin1String("sku")).toString();
    e.baseVersion = o.value(QLatin1String("base_version")).toInt();
    e.requestId = QUuid::fromString(o.value(QLatin1String("request_id")).toString());
    e.changes = o.value(QLatin1String("changes")).toObject();
    e.base = o.value(QLatin1String("base")).toObject();
    return e;
}

} // namespace qm::catalog
