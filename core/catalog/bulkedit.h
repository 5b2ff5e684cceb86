#pragma once

#include "catalog/catalogquery.h"
#include "common/result.h"
#include "db/pool.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonValue>
#include <QUuid>
#include <QVector>
#include <atomic>
#include <memory>
#include <optional>

namespace qm::db {
class Cluster;
}

namespace qm::catalog {

// One change to many products (console.bulk_price_change / console.bulk_set_field).
struct BulkChange
{
    Q_DECLARE_TR_FUNCTIONS(qm::catalog::BulkChange)
public:
    enum class Kind { PricePercent, PriceAmount, SetField };
    Kind kind = Kind::PricePercent;
    QString value; // price changes: decimal text ("5", "-2.50")
    QString rounding = QStringLiteral("cents"); // none, cents, x.99, x.95
    QString
        field; // SetField: status, currency, category_id, tags_add, tags_remove, attributes_merge
    QJsonValue fieldValue;

    bool isPrice() const { return kind != Kind::SetField; }
    QString describe() const; // "price +5 % (round to .99)", for people
};

// Which products: the selected ids, or everything the filter matches when the change runs.
struct BulkTarget
{
    QVector<qint64> ids;
    std::optional<CatalogQuery> query;
};

struct BulkSample
{
    qint64 id = 0;
    QString sku;
    QString name;
    QString before;
    QString after;
};

struct BulkPreview
{
    qint64 count = 0; // products targeted
    qint64 changing = 0; // of which would actually change
    QVector<BulkSample> sample;
    QString totalBefore; // price changes: sum of prices before / after
    QString totalAfter;
    qint64 belowZero = 0; // price changes that would go below 0 (the change would be refused)
};

struct BulkResult
{
    qint64 products = 0;
    qint64 changed = 0;
    QString totalBefore;
    QString totalAfter;
    bool alreadyApplied = false; // a retry found the first attempt committed
};

// Shared between the worker running an apply and the GUI polling it.
struct BulkProgress
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    std::atomic<bool> cancel {false};
};

// Plan (preview) and execute bulk edits. Execute runs in ONE transaction, in chunks of ids so that
// progress can be shown and cancel is quick (cancel rolls everything back). Chunk k carries the
// request id UUIDv5(requestId, "k"): a retry with the same requestId after a lost connection
// finds the first attempt's chunk 0 and reports it instead of applying again.
class BulkEditor
{
public:
    // Holds the cluster: work it started stays safe after the session closes. The raw form does
    // not own it (qmctl, tests: the caller keeps the cluster alive).
    explicit BulkEditor(std::shared_ptr<db::Cluster> cluster);
    explicit BulkEditor(db::Cluster *cluster);

    QFuture<Result<BulkPreview>> preview(
        const BulkChange &change, const BulkTarget &target, int sampleSize = 20);
    QFuture<Result<BulkResult>> apply(const BulkChange &change, const BulkTarget &target,
        const QUuid &requestId, std::shared_ptr<BulkProgress> progress = {}, int chunk = 5000,
        db::Pool::JobId *job = nullptr);
    void cancel(db::Pool::JobId job);
    // Whether the bulk edit with this request id committed (its chunk 0 is on record).
    QFuture<Result<bool>> committed(const QUuid &requestId);

    static QUuid chunkRequestId(const QUuid &requestId, int chunk);

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

} // namespace qm::catalog
