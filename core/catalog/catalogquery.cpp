#include "catalog/catalogquery.h"

#include "db/pgtext.h"
#include "db/sqlparams.h"

namespace qm::catalog {

namespace {

using Params = db::SqlParams;
using db::pgtext::arrayLiteral;

// Bind: a "$n::type" parameter. Settings: the value read back from the session setting qm.pN
// (for COPY, which takes no parameters; see exportSelect).
QString placeholder(
    Params &params, const QString &value, const char *cast, CatalogQuery::ParamStyle style)
{
    if (style == CatalogQuery::ParamStyle::Bind)
        return db::bindParam(params, value, cast);
    params.push_back(value.toStdString());
    return QStringLiteral("current_setting('qm.p%1')::%2")
        .arg(params.size())
        .arg(QLatin1String(cast));
}

} // namespace

bool CatalogFilter::isEmpty() const
{
    return skuPrefix.isEmpty() && text.trimmed().isEmpty() && categoryIds.isEmpty()
        && statuses.isEmpty() && priceMin.isEmpty() && priceMax.isEmpty()
        && stock == StockState::Any;
}

QString CatalogQuery::columnName(SortKey key)
{
    switch (key) {
    case SortKey::Sku:
        return QStringLiteral("sku");
    case SortKey::Name:
        return QStringLiteral("name");
    case SortKey::Price:
        return QStringLiteral("price");
    case SortKey::UpdatedAt:
        return QStringLiteral("updated_at");
    case SortKey::Id:
        return QStringLiteral("id");
    }
    return QStringLiteral("id");
}

QString CatalogQuery::columnType(SortKey key)
{
    switch (key) {
    case SortKey::Sku:
    case SortKey::Name:
        return QStringLiteral("text");
    case SortKey::Price:
        return QStringLiteral("numeric");
    case SortKey::UpdatedAt:
        return QStringLiteral("timestamptz");
    case SortKey::Id:
        return QStringLiteral("bigint");
    }
    return QStringLiteral("text");
}

const char *CatalogQuery::pageColumns()
{
    return "p.id, p.sku, p.name, p.category_id, p.category, p.status, p.price, p.currency, "
           "p.tags, p.version, p.updated_at, p.on_hand, p.reserved, p.available, p.low_stock";
}

QString CatalogQuery::object(const char *name) const
{
    return QLatin1String(readSchema(backend)) + u'.' + QLatin1String(name);
}

QString CatalogQuery::likeEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

QString CatalogQuery::prefixSuccessor(const QString &prefix)
{
    // Byte-wise order of UTF-8 is code point order, which is what ~<~ compares.
    QList<uint> cps = prefix.toUcs4();
    while (!cps.isEmpty()) {
        uint last = cps.takeLast();
        if (last >= 0x10FFFF)
            continue; // cannot grow: carry into the previous character
        ++last;
        if (last >= 0xD800 && last <= 0xDFFF)
            last = 0xE000;
        cps.append(last);
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData()), cps.size());
    }
    return {};
}

QString CatalogQuery::whereClause(Params &params, ParamStyle style) const
{
    QStringList where;
    if (!filter.skuPrefix.isEmpty()) {
        // The bounds reach the text_pattern_ops index even with a generic plan (COPY, settings
        // parameters); LIKE keeps the exact meaning.
        where << QStringLiteral("p.sku ~>=~ %1")
                     .arg(placeholder(params, filter.skuPrefix, "text", style));
        const QString next = prefixSuccessor(filter.skuPrefix);
        if (!next.isEmpty())
            where << QStringLiteral("p.sku ~<~ %1").arg(placeholder(params, next, "text", style));
        where << QStringLiteral("p.sku LIKE %1")
                     .arg(placeholder(params, likeEscape(filter.skuPrefix) + u'%', "text", style));
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty())
        where << QStringLiteral("p.name ILIKE %1")
                     .arg(placeholder(params, u'%' + likeEscape(text) + u'%', "text", style));
    if (!filter.categoryIds.isEmpty()) {
        QStringList ids;
        for (int id : filter.categoryIds)
            ids << QString::number(id);
        where << QStringLiteral("p.category_id = ANY (%1)")
                     .arg(placeholder(params, u'{' + ids.join(u',') + u'}', "int[]", style));
    }
    if (!filter.statuses.isEmpty())
        where << QStringLiteral("p.status = ANY (%1)")
                     .arg(placeholder(params, arrayLiteral(filter.statuses), "text[]", style));
    if (!filter.priceMin.isEmpty())
        where << QStringLiteral("p.price >= %1")
                     .arg(placeholder(params, filter.priceMin, "numeric", style));
    if (!filter.priceMax.isEmpty())
        where << QStringLiteral("p.price <= %1")
                     .arg(placeholder(params, filter.priceMax, "numeric", style));
    switch (filter.stock) {
    case StockState::Any:
        break;
    case StockState::InStock:
        where << QStringLiteral("p.available > 0");
        break;
    case StockState::Low:
        where << QStringLiteral("p.low_stock AND p.available > 0");
        break;
    case StockState::OutOfStock:
        where << QStringLiteral("p.available <= 0");
        break;
    }
    return where.isEmpty() ? QStringLiteral("true") : where.join(QLatin1String(" AND "));
}

Sql CatalogQuery::page(Seek seek, const RowKey &from, int limit) const
{
    Sql sql;
    const QString col = QStringLiteral("p.") + columnName(sort.key);
    QString where = whereClause(sql.params);
    // Reading backwards (Before, Last) walks the index the other way and is reversed after.
    const bool backwards = seek == Seek::Before || seek == Seek::Last;
    const bool desc = sort.descending != backwards;
    if ((seek == Seek::After || seek == Seek::Before || seek == Seek::AtOrAfter) && from.valid) {
        QString op;
        if (seek == Seek::AtOrAfter)
            op = sort.descending ? QStringLiteral("<=") : QStringLiteral(">=");
        else
            op = desc ? QStringLiteral("<") : QStringLiteral(">");
        const QString k = placeholder(
            sql.params, from.key, columnType(sort.key).toLatin1().constData(), ParamStyle::Bind);
        if (keyIsUnique()) {
            where += QStringLiteral(" AND %1 %2 %3").arg(col, op, k);
        } else {
            const QString id
                = placeholder(sql.params, QString::number(from.id), "bigint", ParamStyle::Bind);
            where += QStringLiteral(" AND (%1, p.id) %2 (%3, %4)").arg(col, op, k, id);
        }
    }
    const QString dir = desc ? QStringLiteral(" DESC") : QString();
    QString order = col + dir;
    if (!keyIsUnique())
        order += QStringLiteral(", p.id") + dir;
    sql.text = QStringLiteral("SELECT %1, %2::text AS sort_key FROM %6 p WHERE %3 "
                              "ORDER BY %4 LIMIT %5")
                   .arg(QLatin1String(pageColumns()), col, where, order)
                   .arg(qMax(1, limit))
                   .arg(object("products"))
                   .toStdString();
    return sql;
}

Sql CatalogQuery::cappedCount(qint64 cap) const
{
    Sql sql;
    const QString where = whereClause(sql.params);
    sql.text = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %3 p WHERE %1 "
                              "LIMIT %2) s")
                   .arg(where)
                   .arg(qMax<qint64>(1, cap))
                   .arg(object("products"))
                   .toStdString();
    return sql;
}

Sql CatalogQuery::explainCount() const
{
    Sql sql;
    const QString where = whereClause(sql.params);
    sql.text = QStringLiteral("EXPLAIN (FORMAT JSON) SELECT 1 FROM %2 p WHERE %1")
                   .arg(where, object("products"))
                   .toStdString();
    return sql;
}

Sql CatalogQuery::exactAnchors(int step) const
{
    Sql sql;
    const QString col = QStringLiteral("p.") + columnName(sort.key);
    const QString where = whereClause(sql.params);
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    sql.text = QStringLiteral("SELECT k, id FROM (SELECT %1::text AS k, p.id, row_number() OVER "
                              "(ORDER BY %1%2, p.id%2) - 1 AS rn FROM %5 p "
                              "WHERE %3) s WHERE rn %% %4 = 0 ORDER BY rn")
                   .arg(col, dir, where)
                   .arg(qMax(1, step))
                   .arg(object("products"))
                   .replace(QLatin1String("%%"), QLatin1String("%"))
                   .toStdString();
    return sql;
}

Sql CatalogQuery::sampleAnchors(double percent, int seed) const
{
    Sql sql;
    const QString col = QStringLiteral("p.") + columnName(sort.key);
    const QString where = whereClause(sql.params);
    const QString pct
        = placeholder(sql.params, QString::number(percent, 'g', 6), "real", ParamStyle::Bind);
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    // Without a stock condition the product's own columns are enough: the cheap sample.
    const QString source = filter.stock == StockState::Any ? object("products_sample_keys")
                                                           : object("products_sample");
    sql.text = QStringLiteral("SELECT %1::text AS k, p.id FROM %6(%2, %3) p "
                              "WHERE %4 ORDER BY %1%5, p.id%5")
                   .arg(col, pct)
                   .arg(seed)
                   .arg(where, dir, source)
                   .toStdString();
    return sql;
}

Sql CatalogQuery::idChunk(qint64 afterId, int limit) const
{
    Sql sql;
    QString where = whereClause(sql.params);
    where
        += QStringLiteral(" AND p.id > %1")
               .arg(placeholder(sql.params, QString::number(afterId), "bigint", ParamStyle::Bind));
    sql.text = QStringLiteral("SELECT p.id FROM %3 p WHERE %1 ORDER BY p.id LIMIT %2")
                   .arg(where)
                   .arg(qMax(1, limit))
                   .arg(object("products"))
                   .toStdString();
    return sql;
}

Sql CatalogQuery::exportSelect(Sql *setup) const
{
    Sql sql;
    std::vector<std::optional<std::string>> params;
    const QString where = whereClause(params, ParamStyle::Settings);
    const QString col = QStringLiteral("p.") + columnName(sort.key);
    const QString dir = sort.descending ? QStringLiteral(" DESC") : QString();
    QString order = col + dir;
    if (!keyIsUnique())
        order += QStringLiteral(", p.id") + dir;
    sql.text = QStringLiteral(
        "SELECT p.sku, p.name, p.description, p.status, p.price, p.currency, c.slug, "
        "array_to_string(p.tags, '|'), p.attributes::text, p.on_hand, p.available "
        "FROM %3 p LEFT JOIN %4 c "
        "ON c.id = p.category_id WHERE %1 ORDER BY %2")
                   .arg(where, order, object("products"), object("categories"))
                   .toStdString();
    if (setup) {
        setup->params = params;
        QStringList sets;
        for (size_t i = 0; i < params.size(); ++i)
            sets << QStringLiteral("set_config('qm.p%1', $%1, true)").arg(i + 1);
        setup->text = sets.isEmpty() ? std::string()
                                     : ("SELECT " + sets.join(QLatin1String(", "))).toStdString();
    }
    return sql;
}

} // namespace qm::catalog
