#pragma once

#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <QVector>

namespace qm::catalog {

// Unapplied changes to one product: what the person typed (changes) and what the fields held
// when they started (base, at baseVersion). Sent as console.update_product(requestId, productId,
// baseVersion, changes). The request id changes whenever the edit changes, so re-sending the same
// edit after a crash or a dropped connection is applied at most once.
struct PendingEdit
{
    qint64 productId = 0;
    QString sku;
    int baseVersion = 0;
    QUuid requestId;
    QJsonObject changes; // field -> new value (keys of product.h's field namespace)
    QJsonObject base; // field -> value at baseVersion

    QJsonObject toJson() const;
    static PendingEdit fromJson(const QJsonObject &o);
    bool operator==(const PendingEdit &o) const = default;
};

} // namespace qm::catalog
