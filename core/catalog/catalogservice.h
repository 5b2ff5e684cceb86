#pragma once

#include "catalog/catalogquery.h"
#include "catalog/product.h"
#include "common/result.h"
#include "db/pool.h"

#include <QFuture>
#include <QVector>
#include <memory>

namespace qm::db {
class Cluster;
}

namespace qm::catalog {

struct Page
{
    QVector<ProductRow> rows; // in result order
    bool hitEnd = false; // fewer rows than asked: the result ends here (in that direction)
};

struct RowCount
{
    qint64 rows = 0;
    bool exact = false; // false: the planner's estimate (EXPLAIN / pg_class.reltuples)
    // The exact count ran out of its time budget (or was not tried): rows is the estimate.
    bool overBudget = false;
};

// Where rows are, for the scrollbar: keys[i] is the first row of position i * step (exact), or a
// sample of keys in result order where keys[i] stands at about i / keys.size() of the result.
struct Anchors
{
    QVector<RowKey> keys;
    bool exact = false;
    int step = 0; // exact anchors: rows between two keys
    // Sampled anchors: the result's size as the sample measured it (keys / sampled fraction), or
    // -1. Unlike the planner's estimate it cannot be stale: after a mass delete or import that
    // autovacuum has not analyzed yet, reltuples can be off by half the table.
    qint64 sampledRows = -1;
};

// Reads of the Catalog workspace, all asynchronous and cancellable, all through the views of the
// backend's read schema (`console`, or `qm_vendure` beside a Vendure store). Reads go where the
// cluster's router sends them (a replica that has this console's writes, else the primary).
class CatalogService
{
public:
    // Holds the cluster: work it started stays safe after the session closes. The raw form does
    // not own it (qmctl, tests: the caller keeps the cluster alive).
    explicit CatalogService(std::shared_ptr<db::Cluster> cluster, Backend backend = {});
    explicit CatalogService(db::Cluster *cluster, Backend backend = {});

    db::Cluster *cluster() const { return m_cluster.get(); }
    const Backend &backend() const { return m_backend; }
    // The query as this service runs it: on this service's backend's views.
    CatalogQuery onBackend(CatalogQuery query) const;

    QFuture<Result<Page>> fetchPage(const CatalogQuery &query, CatalogQuery::Seek seek,
        const RowKey &from, int limit, db::Pool::JobId *id = nullptr);

    // The planner's estimate alone (pg_class.reltuples unfiltered, EXPLAIN's row estimate
    // filtered): a catalog lookup, never a scan. What the scrollbar has until count() answers.
    QFuture<Result<RowCount>> estimate(const CatalogQuery &query);

    // The planner's estimate first; an exact count when the result has fewer than exactCap rows.
    // The exact count runs under a time budget (statement_timeout, this transaction only, when
    // budgetMs > 0): past it the answer is the estimate with overBudget set, not an error.
    QFuture<Result<RowCount>> count(
        const CatalogQuery &query, qint64 exactCap = 100000, int budgetMs = 0);

    // Exact anchors every `step` rows when the result is small (total <= exactLimit), else the
    // keys of a page sample of about `sampleRows` rows.
    QFuture<Result<Anchors>> anchors(const CatalogQuery &query, qint64 total, int step,
        qint64 exactLimit = 200000, int sampleRows = 20000);

    // Without price history where the backend has none (Backend::unsupported(PriceHistory)).
    QFuture<Result<ProductDetail>> product(qint64 id);
    QFuture<Result<QVector<Category>>> categories();
    QFuture<Result<QStringList>> capabilities(); // <schema>.my_capabilities()

    void cancel(db::Pool::JobId id);

    static ProductRow rowFromJson(const QJsonObject &product); // update_product's "product"

private:
    std::shared_ptr<db::Cluster> m_cluster;
    Backend m_backend;
};

} // namespace qm::catalog
