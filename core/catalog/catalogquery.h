#pragma once

#include "backend/backend.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <string>
#include <vector>

namespace qm::catalog {

// A statement with its positional parameters ($1..$n), as libpqxx's dynamic params take them.
struct Sql
{
    std::string text;
    std::vector<std::optional<std::string>> params;
};

// Sort keys are the columns with a (key, id) btree index on shop.products, so every page is an
// index range scan (sku and id are unique and need no tie-breaker).
enum class SortKey { Sku, Name, Price, UpdatedAt, Id };
enum class StockState { Any, InStock, Low, OutOfStock };

struct CatalogFilter
{
    QString skuPrefix; // SKU starts with (case-sensitive, as SKUs are)
    QString text; // name contains, case-insensitive (pg_trgm index from 3 characters)
    QList<int> categoryIds; // any of; empty: any category
    QStringList statuses; // any of draft/active/archived; empty: any
    QString priceMin; // decimal text; empty: open
    QString priceMax;
    StockState stock = StockState::Any;

    bool isEmpty() const;
    bool operator==(const CatalogFilter &o) const = default;
};

struct CatalogSort
{
    SortKey key = SortKey::Sku;
    bool descending = false;
    bool operator==(const CatalogSort &o) const = default;
};

// The order a catalog opens in: the one the backend's tables index. The reference store indexes
// (sku) and opens by SKU; Vendure indexes product_variant by id only (no index on sku, name or
// price, and the console may not add one to Vendure's tables), so a Vendure catalog opens in id
// order: a first page by SKU scans and sorts every variant (4.4 s at 1,000,000 variants).
inline CatalogSort defaultSort(BackendKind backend)
{
    return backend == BackendKind::Vendure ? CatalogSort {SortKey::Id, false} : CatalogSort {};
}

// A position in the ordered result: the sort key's value in PostgreSQL's text form (exactly as
// the server returned it, so it round-trips) and the row id as tie-breaker.
struct RowKey
{
    QString key;
    qint64 id = 0;
    bool valid = false;
};

// Compiles a filter + sort into parameterized keyset SQL over <schema>.products, where the schema
// is the backend's read schema (console / qm_vendure: same view names and columns). Never
// OFFSET: every page starts from a key. Pure: unit-tested without a server.
class CatalogQuery
{
public:
    enum class Seek {
        First, // the first rows of the result
        After, // rows after a key
        Before, // rows before a key (returned in result order, i.e. reversed back)
        AtOrAfter, // rows from a key on (jump to an anchor)
        Last, // the last rows of the result (in result order)
    };

    // How parameters are spelled: $n for normal statements; current_setting('qm.pN') inside
    // COPY (SELECT ...) TO STDOUT, which cannot take bind parameters: setupSql() binds them
    // to transaction-local settings first.
    enum class ParamStyle { Bind, Settings };

    CatalogFilter filter;
    CatalogSort sort;
    // Whose views the SQL names (readSchema). CatalogService sets its own backend's on every
    // query it runs; a query built elsewhere (bulk edit, export) carries the model's.
    BackendKind backend = BackendKind::Reference;

    bool operator==(const CatalogQuery &o) const = default;

    static QString columnName(SortKey key); // sku, name, price, updated_at, id
    static QString columnType(SortKey key); // text, numeric, timestamptz, bigint
    bool keyIsUnique() const { return sort.key == SortKey::Sku || sort.key == SortKey::Id; }

    // Columns of a page (see ProductRow): id, sku, name, category_id, category, status, price,
    // currency, tags, version, updated_at, on_hand, reserved, available, low_stock, sort_key.
    static const char *pageColumns();

    Sql page(Seek seek, const RowKey &from, int limit) const;
    // count(*) of at most `cap` rows: exact when the answer is below cap.
    Sql cappedCount(qint64 cap) const;
    // EXPLAIN (FORMAT JSON) of the filtered result: the planner's row estimate.
    Sql explainCount() const;
    // The exact key of every step-th row (rows 0, step, 2*step...): exact jumps for small results.
    Sql exactAnchors(int step) const;
    // The keys of a page-level sample (<schema>.products_sample), in result order.
    Sql sampleAnchors(double percent, int seed = 1) const;
    // Ids of the filtered result in id order, after `afterId`: how bulk edits walk a filter.
    Sql idChunk(qint64 afterId, int limit) const;
    // SELECT for COPY ... TO STDOUT of the export columns (in result order) with settings-style
    // parameters; run setup first (set_config of every parameter, transaction-local).
    Sql exportSelect(Sql *setup) const;

    // Filter as SQL boolean over alias `p` (TRUE when empty), appending parameters to params.
    QString whereClause(
        std::vector<std::optional<std::string>> &params, ParamStyle style = ParamStyle::Bind) const;

    // LIKE pattern escaping (\ % _) and the smallest string above every string with the prefix.
    static QString likeEscape(const QString &s);
    static QString prefixSuccessor(const QString &prefix);

    // "<schema>.<name>" of this query's backend, for SQL text.
    QString object(const char *name) const;
};

} // namespace qm::catalog
