#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace qm::catalog {

// One row of the catalog table (console.products without the heavy columns). Plain value:
// built on a worker, handed to the model on the GUI thread.
struct ProductRow
{
    qint64 id = 0;
    QString sku;
    QString name;
    int categoryId = 0; // 0: none
    QString category;
    QString status;
    QString price; // numeric(12,2) as text: exact, no binary floating point
    QString currency;
    QStringList tags;
    int version = 0;
    QDateTime updatedAt;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available = 0;
    bool lowStock = false;
    QString sortKey; // the sort column as PostgreSQL text (keyset position)
};

struct PricePoint
{
    QDateTime at;
    QString oldPrice; // empty: first price
    QString newPrice;
    QString currency;
    QString actor;
};

// Everything the product editor shows.
struct ProductDetail
{
    ProductRow row;
    QString description;
    QJsonObject attributes;
    QDateTime createdAt;
    QVector<PricePoint> priceHistory; // newest first
};

struct Category
{
    int id = 0;
    int parentId = 0;
    QString name;
    QString slug;
};

// The editable fields and their JSON keys in console.update_product's `changes`.
namespace field {
inline constexpr const char *Sku = "sku";
inline constexpr const char *Name = "name";
inline constexpr const char *Description = "description";
inline constexpr const char *Status = "status";
inline constexpr const char *Price = "price";
inline constexpr const char *Currency = "currency";
inline constexpr const char *CategoryId = "category_id";
inline constexpr const char *Tags = "tags";
inline constexpr const char *Attributes = "attributes";
} // namespace field

// A product row as console.update_product returns it (to_jsonb(shop.products)) -> field values
// keyed like `changes`, for base/mine/theirs comparisons.
QJsonObject editableFields(const QJsonObject &productJson);

} // namespace qm::catalog

Q_DECLARE_METATYPE(qm::catalog::ProductRow)
