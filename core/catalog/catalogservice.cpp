#include "catalog/catalogservice.h"

#include "db/cluster.h"
#include "db/pgtext.h"
#include "db/sqlparams.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>
#include <pqxx/pqxx>

namespace qm::catalog {

namespace {

using namespace db::pgtext;

pqxx::result execSql(pqxx::transaction_base &tx, const Sql &sql)
{
    return db::execParams(tx, sql.text, sql.params);
}

ProductRow rowFrom(const pqxx::row &r)
{
    ProductRow p;
    p.id = i64(r["id"]);
    p.sku = str(r["sku"]);
    p.name = str(r["name"]);
    p.categoryId = int(i64(r["category_id"]));
    p.category = str(r["category"]);
    p.status = str(r["status"]);
    p.price = str(r["price"]);
    p.currency = str(r["currency"]);
    p.tags = textArray(r["tags"]);
    p.version = int(i64(r["version"]));
    p.updatedAt = timestamp(r["updated_at"]);
    p.onHand = i64(r["on_hand"]);
    p.reserved = i64(r["reserved"]);
    p.available = i64(r["available"]);
    p.lowStock = boolean(r["low_stock"]);
    return p;
}

} // namespace

QJsonObject editableFields(const QJsonObject &product)
{
    QJsonObject out;
    for (const char *key : {field::Sku, field::Name, field::Description, field::Status,
             field::Price, field::Currency, field::CategoryId, field::Tags, field::Attributes}) {
        const QString k = QLatin1String(key);
        QJsonValue v = product.value(k);
        if (k == QLatin1String(field::Price) && v.isDouble())
            v = QString::number(v.toDouble(), 'f', 2);
        out.insert(k, v);
    }
    return out;
}

CatalogService::CatalogService(std::shared_ptr<db::Cluster> cluster, Backend backend)
    : m_cluster(std::move(cluster))
    , m_backend(std::move(backend))
{ }

CatalogService::CatalogService(db::Cluster *cluster, Backend backend)
    : m_cluster(db::unowned(cluster))
    , m_backend(std::move(backend))
{ }

CatalogQuery CatalogService::onBackend(CatalogQuery query) const
{
    query.backend = m_backend.kind();
    return query;
}

ProductRow CatalogService::rowFromJson(const QJsonObject &o)
{
    ProductRow p;
    p.id = o.value(QLatin1String("id")).toInteger();
    p.sku = o.value(QLatin1String("sku")).toString();
    p.name = o.value(QLatin1String("name")).toString();
    p.categoryId = o.value(QLatin1String("category_id")).toInt();
    p.status = o.value(QLatin1String("status")).toString();
    const QJsonValue price = o.value(QLatin1String("price"));
    p.price = price.isString() ? price.toString() : QString::number(price.toDouble(), 'f', 2);
    p.currency = o.value(QLatin1String("currency")).toString();
    for (const QJsonValue &t : o.value(QLatin1String("tags")).toArray())
        p.tags << t.toString();
    p.version = o.value(QLatin1String("version")).toInt();
    p.updatedAt = timestamp(o.value(QLatin1String("updated_at")).toString());
    return p;
}

QFuture<Result<Page>> CatalogService::fetchPage(const CatalogQuery &query, CatalogQuery::Seek seek,
    const RowKey &from, int limit, db::Pool::JobId *id)
{
    const Sql sql = onBackend(query).page(seek, from, limit);
    const bool reversed = seek == CatalogQuery::Seek::Before || seek == CatalogQuery::Seek::Last;
    return m_cluster->read<Page>(
        QStringLiteral("load products"),
        [sql, reversed, limit](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r = execSql(tx, sql);
            Page page;
            page.rows.reserve(int(r.size()));
            for (const pqxx::row &row : r) {
                ProductRow p = rowFrom(row);
                p.sortKey = str(row["sort_key"]);
                page.rows.push_back(std::move(p));
            }
            if (reversed)
                std::reverse(page.rows.begin(), page.rows.end());
            page.hitEnd = int(r.size()) < limit;
            return page;
        },
        id);
}

namespace {

// The planner's row estimate of the query: pg_class.reltuples through the backend's
// products_estimate() when unfiltered, else EXPLAIN's "Plan Rows" (-1: none yet).
double plannerEstimate(
    pqxx::transaction_base &tx, bool unfiltered, const std::string &estimateSql, const Sql &explain)
{
    if (unfiltered)
        return double(tx.exec1(estimateSql)[0].as<long long>());
    const pqxx::result r = execSql(tx, explain);
    const QJsonDocument plan
        = QJsonDocument::fromJson(QByteArray(r[0][0].c_str(), int(r[0][0].size())));
    return plan.array()
        .at(0)
        .toObject()
        .value(QLatin1String("Plan"))
        .toObject()
        .value(QLatin1String("Plan Rows"))
        .toDouble(-1);
}

} // namespace

QFuture<Result<RowCount>> CatalogService::estimate(const CatalogQuery &query)
{
    const Sql explain = onBackend(query).explainCount();
    const bool unfiltered = query.filter.isEmpty();
    const std::string estimateSql = "SELECT " + m_backend.sqlObject("products_estimate") + "()";
    return m_cluster->read<RowCount>(
        QStringLiteral("estimate products"), [=](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            RowCount out;
            out.rows = qMax<qint64>(
                0, qint64(std::llround(plannerEstimate(tx, unfiltered, estimateSql, explain))));
            return out;
        });
}

QFuture<Result<RowCount>> CatalogService::count(
    const CatalogQuery &query, qint64 exactCap, int budgetMs)
{
    const Sql explain = onBackend(query).explainCount();
    const Sql capped = onBackend(query).cappedCount(exactCap);
    const bool unfiltered = query.filter.isEmpty();
    const std::string estimateSql = "SELECT " + m_backend.sqlObject("products_estimate") + "()";
    return m_cluster->read<RowCount>(
        QStringLiteral("count products"), [=](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            RowCount out;
            double estimate = plannerEstimate(tx, unfiltered, estimateSql, explain);
            // Count exactly when the estimate says the result is small (or there is none).
            if (estimate < 0 || estimate < double(exactCap) * 2) {
                if (budgetMs > 0)
                    tx.exec_params("SELECT set_config('statement_timeout', $1, true)",
                        std::to_string(budgetMs) + "ms");
                QElapsedTimer clock;
                clock.start();
                try {
                    const qint64 n = execSql(tx, capped)[0][0].as<long long>();
                    if (n < exactCap) {
                        out.rows = n;
                        out.exact = true;
                        return out;
                    }
                    estimate = qMax(estimate, double(n));
                } catch (const pqxx::sql_error &e) {
                    // 57014 is also a cancel (the pool's): only the budget's own timeout, which
                    // cannot fire before budgetMs, becomes an estimate.
                    if (budgetMs <= 0 || e.sqlstate() != "57014" || clock.elapsed() < budgetMs)
                        throw;
                    out.overBudget = true;
                }
            }
            out.rows = qMax<qint64>(0, qint64(std::llround(estimate)));
            return out;
        });
}

QFuture<Result<Anchors>> CatalogService::anchors(
    const CatalogQuery &backendless, qint64 total, int step, qint64 exactLimit, int sampleRows)
{
    const CatalogQuery query = onBackend(backendless);
    const std::string estimateSql = "SELECT " + m_backend.sqlObject("products_estimate") + "()";
    const bool exact = total <= exactLimit;
    Sql sql;
    if (exact) {
        sql = query.exactAnchors(step);
    } else {
        // Sample about sampleRows rows of the *result*: the whole table is sampled, so scale by
        // the filter's selectivity (estimated as total / table size, done on the worker).
        sql = query.sampleAnchors(1.0); // percent is replaced below
    }
    return m_cluster->read<Anchors>(
        QStringLiteral("index product positions"), [=](db::Pool::Connection &c) mutable {
            pqxx::read_transaction tx(c);
            Anchors out;
            out.exact = exact;
            double sampledPercent = 0;
            out.step = exact ? step : 0;
            if (!exact) {
                const double table = double(tx.exec1(estimateSql)[0].as<long long>());
                const double selectivity
                    = table > 0 ? qBound(1e-6, double(total) / table, 1.0) : 1.0;
                double percent = 100.0 * double(sampleRows) / qMax(1.0, table * selectivity);
                percent = qBound(0.01, percent, 100.0);
                sql = query.sampleAnchors(percent);
                sampledPercent = percent;
            }
            const pqxx::result r = execSql(tx, sql);
            out.keys.reserve(int(r.size()));
            for (const pqxx::row &row : r)
                out.keys.push_back(RowKey {str(row[0]), i64(row[1]), true});
            if (!exact && sampledPercent > 0)
                out.sampledRows = std::llround(double(r.size()) * 100.0 / sampledPercent);
            return out;
        });
}

QFuture<Result<ProductDetail>> CatalogService::product(qint64 id)
{
    const std::string productSql = std::string("SELECT ") + CatalogQuery::pageColumns()
        + ", p.description, p.attributes::text AS attributes, p.created_at FROM "
        + m_backend.sqlObject("products") + " p WHERE p.id = $1";
    // A backend without price history has no view for it: the detail comes without.
    const std::string historySql = m_backend.supports(BackendAction::PriceHistory)
        ? "SELECT at, old_price, new_price, currency, actor FROM "
            + m_backend.sqlObject("price_history")
            + " WHERE product_id = $1 ORDER BY at DESC, id DESC LIMIT 200"
        : std::string();
    return m_cluster->read<ProductDetail>(
        QStringLiteral("load product"), [id, productSql, historySql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r = tx.exec_params(productSql, id);
            if (r.empty())
                throw Error {Error::Code::NotFound,
                    QCoreApplication::translate(
                        "qm::catalog::CatalogService", "Product %1 no longer exists.")
                        .arg(id),
                    {}, {}};
            ProductDetail d;
            d.row = rowFrom(r[0]);
            d.description = str(r[0]["description"]);
            d.attributes = QJsonDocument::fromJson(str(r[0]["attributes"]).toUtf8()).object();
            d.createdAt = timestamp(r[0]["created_at"]);
            if (historySql.empty())
                return d;
            const pqxx::result h = tx.exec_params(historySql, id);
            for (const pqxx::row &row : h)
                d.priceHistory.push_back(PricePoint {
                    timestamp(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4])});
            return d;
        });
}

QFuture<Result<QVector<Category>>> CatalogService::categories()
{
    const std::string sql = "SELECT id, parent_id, name, slug FROM "
        + m_backend.sqlObject("categories") + " ORDER BY name";
    return m_cluster->read<
        QVector<Category>>(QStringLiteral("load categories"), [sql](db::Pool::Connection &c) {
        pqxx::read_transaction tx(c);
        QVector<Category> out;
        for (const pqxx::row &row : tx.exec(sql))
            out.push_back(Category {int(i64(row[0])), int(i64(row[1])), str(row[2]), str(row[3])});
        return out;
    });
}

QFuture<Result<QStringList>> CatalogService::capabilities()
{
    const std::string sql = "SELECT " + m_backend.sqlObject("my_capabilities") + "()";
    return m_cluster->read<QStringList>(
        QStringLiteral("read my permissions"), [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            return textArray(tx.exec1(sql)[0]);
        });
}

void CatalogService::cancel(db::Pool::JobId id)
{
    m_cluster->cancel(id);
}

} // namespace qm::catalog
