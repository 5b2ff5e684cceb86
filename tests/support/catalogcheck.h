#pragma once

#include "catalog/catalogquery.h"
#include "db/blocking.h"
#include "db/pool.h"
#include "db/sqlparams.h"
#include "testenv.h"

#include <QDebug>
#include <QVector>

namespace qmtest {

// The reference for the catalog's paging: the ordered ids of the filtered result by one plain
// ORDER BY, read as the owner (empty, with a warning, on error).
inline QVector<qint64> referenceIds(const qm::catalog::CatalogQuery &q)
{
    using qm::catalog::CatalogQuery;
    static qm::db::Pool owner(primaryParams(), 1);
    qm::catalog::Sql sql;
    const QString where = q.whereClause(sql.params);
    const QString col = CatalogQuery::columnName(q.sort.key);
    const QString dir = q.sort.descending ? QStringLiteral(" DESC") : QString();
    sql.text
        = QStringLiteral("SELECT p.id FROM console.products p WHERE %1 ORDER BY p.%2%3, p.id%3")
              .arg(where, col, dir)
              .toStdString();
    auto r = qm::db::waitBlocking(
        owner.run<QVector<qint64>>(QStringLiteral("reference"), [sql](qm::db::Pool::Connection &c) {
            pqxx::work tx(c);
            QVector<qint64> ids;
            for (const auto &row : qm::db::execParams(tx, sql.text, sql.params))
                ids << row[0].as<long long>();
            return ids;
        }));
    if (!r.ok())
        qWarning().noquote() << r.error().toString();
    return r.ok() ? r.value() : QVector<qint64> {};
}

} // namespace qmtest
