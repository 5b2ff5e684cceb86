#pragma once

#include "catalog/pendingedit.h"
#include "catalog/product.h"
#include "common/result.h"

#include <QFuture>
#include <QUuid>
#include <QVector>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::catalog {

struct AppliedProduct
{
    qint64 productId = 0;
    QUuid requestId;
    ProductRow row; // as it is now (new version)
};

// Someone else changed the product since the edit started: the console shows base (edit.base),
// mine (edit.changes) and theirs per field.
struct ProductConflict
{
    PendingEdit edit;
    int theirsVersion = 0;
    QJsonObject theirs; // editable fields as they are now
    ProductRow row;
};

struct ApplyOutcome
{
    bool committed = false; // false: nothing was written (conflicts)
    QVector<AppliedProduct> applied; // when committed: every edit
    QVector<ProductConflict> conflicts; // when not committed
};

// Applies a batch of pending edits as ONE transaction of console.update_product calls carrying
// each edit's expected version and request id. Any stale version rolls the whole batch back and
// reports every conflict of the batch; any refused value (QM400...) rolls it back with an error
// naming the SKU. A batch re-sent after a lost answer is applied once (request ids).
class EditApplier
{
public:
    // Holds the cluster: work it started stays safe after the session closes. The raw form does
    // not own it (qmctl, tests: the caller keeps the cluster alive).
    explicit EditApplier(std::shared_ptr<db::Cluster> cluster);
    explicit EditApplier(db::Cluster *cluster);

    QFuture<Result<ApplyOutcome>> apply(const QVector<PendingEdit> &edits);

    // Which of these requests already committed (console.request_result): after a crash, the
    // journal's edits that did reach the database.
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests);

private:
    std::shared_ptr<db::Cluster> m_cluster;
};

} // namespace qm::catalog
