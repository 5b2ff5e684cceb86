#include "catalog/bulkedit.h"

#include "db/cluster.h"
#include "db/pgtext.h"
#include "db/sqlparams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <pqxx/pqxx>

namespace qm::catalog {

namespace {

using Params = db::SqlParams;
using db::execParams;

QString tr(const char *s)
{
    return QCoreApplication::translate("qm::catalog::BulkEditor", s);
}

QString idArray(const QVector<qint64> &ids, qsizetype from = 0, qsizetype n = -1)
{
    QString out = QStringLiteral("{");
    const qsizetype end = n < 0 ? ids.size() : qMin(ids.size(), from + n);
    for (qsizetype i = from; i < end; ++i) {
        if (i > from)
            out += u',';
        out += QString::number(ids.at(i));
    }
    return out + u'}';
}

QString jsonText(const QJsonValue &v)
{
    const QByteArray a = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// The field's value as the SQL parameter of the preview (NULL for a null category).
std::optional<QString> fieldParam(const BulkChange &c, const char **cast)
{
    const QString f = c.field;
    if (f == QLatin1String("category_id")) {
        *cast = "int";
        if (c.fieldValue.isNull() || c.fieldValue.isUndefined())
            return std::nullopt;
        return QString::number(c.fieldValue.toInt());
    }
    if (f == QLatin1String("tags_add") || f == QLatin1String("tags_remove")) {
        *cast = "text[]";
        QStringList tags;
        if (c.fieldValue.isString())
            tags << c.fieldValue.toString();
        for (const QJsonValue &t : c.fieldValue.toArray())
            tags << t.toString();
        return db::pgtext::arrayLiteral(tags);
    }
    if (f == QLatin1String("attributes_merge")) {
        *cast = "jsonb";
        return jsonText(c.fieldValue);
    }
    *cast = "text";
    return c.fieldValue.toString();
}

// before/after expressions of a set-field change over alias p.
bool fieldExpressions(const BulkChange &c, const QString &v, QString *before, QString *after)
{
    const QString f = c.field;
    if (f == QLatin1String("status")) {
        *before = QStringLiteral("p.status");
        *after = v;
    } else if (f == QLatin1String("currency")) {
        *before = QStringLiteral("p.currency::text");
        *after = v;
    } else if (f == QLatin1String("category_id")) {
        *before = QStringLiteral("coalesce(p.category, '')");
        *after = QStringLiteral(
            "coalesce((SELECT c.name FROM console.categories c WHERE c.id = %1), '')")
                     .arg(v);
    } else if (f == QLatin1String("tags_add")) {
        *before = QStringLiteral("array_to_string(p.tags, ', ')");
        *after
            = QStringLiteral("array_to_string(ARRAY(SELECT DISTINCT t FROM unnest(p.tags || %1) t "
                             "ORDER BY t), ', ')")
                  .arg(v);
    } else if (f == QLatin1String("tags_remove")) {
        *before = QStringLiteral("array_to_string(p.tags, ', ')");
        *after
            = QStringLiteral("array_to_string(ARRAY(SELECT t FROM unnest(p.tags) WITH ORDINALITY "
                             "u (t, n) WHERE t <> ALL (%1) ORDER BY n), ', ')")
                  .arg(v);
    } else if (f == QLatin1String("attributes_merge")) {
        *before = QStringLiteral("p.attributes::text");
        *after = QStringLiteral("(p.attributes || %1)::text").arg(v);
    } else {
        return false;
    }
    return true;
}

qint64 cents(const QString &decimal)
{
    // "123.4" / "-5.50" / "7" -> cents, exactly.
    const bool negative = decimal.startsWith(u'-');
    const QString t = negative ? decimal.mid(1) : decimal;
    const QString whole = t.section(u'.', 0, 0);
    QString frac = t.section(u'.', 1, 1).left(2);
    while (frac.size() < 2)
        frac += u'0';
    const qint64 v = whole.toLongLong() * 100 + frac.toLongLong();
    return negative ? -v : v;
}

QString fromCents(qint64 c)
{
    const QString sign = c < 0 ? QStringLiteral("-") : QString();
    c = qAbs(c);
    return sign + QString::number(c / 100) + u'.'
        + QString::number(c % 100).rightJustified(2, u'0');
}

} // namespace

QString BulkChange::describe() const
{
    switch (kind) {
    case Kind::PricePercent:
        return tr("price %1%2 % (rounding: %3)")
            .arg(value.startsWith(u'-') ? QString() : QStringLiteral("+"), value, rounding);
    case Kind::PriceAmount:
        return tr("price %1%2 (rounding: %3)")
            .arg(value.startsWith(u'-') ? QString() : QStringLiteral("+"), value, rounding);
    case Kind::SetField:
        return tr("%1 = %2").arg(field, jsonText(fieldValue));
    }
    return {};
}

BulkEditor::BulkEditor(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
{ }

BulkEditor::BulkEditor(db::Cluster *cluster)
    : m_cluster(db::unowned(cluster))
{ }

QUuid BulkEditor::chunkRequestId(const QUuid &requestId, int chunk)
{
    return QUuid::createUuidV5(requestId, QString::number(chunk));
}

QFuture<Result<BulkPreview>> BulkEditor::preview(
    const BulkChange &change, const BulkTarget &target, int sampleSize)
{
    Params params;
    QString where;
    if (target.query)
        where = target.query->whereClause(params);
    else
        where = QStringLiteral("p.id = ANY (%1)")
                    .arg(db::bindParam(params, idArray(target.ids), "bigint[]"));
    QString before, after;
    if (change.isPrice()) {
        before = QStringLiteral("p.price");
        after
            = QStringLiteral("console.price_after(p.price, %1, %2, %3)")
                  .arg(db::bindParam(params,
                           change.kind == BulkChange::Kind::PricePercent ? QStringLiteral("percent")
                                                                         : QStringLiteral("amount"),
                           "text"),
                      db::bindParam(params, change.value, "numeric"),
                      db::bindParam(params, change.rounding, "text"));
    } else {
        const char *cast = "text";
        const std::optional<QString> v = fieldParam(change, &cast);
        if (!fieldExpressions(change, db::bindParam(params, v, cast), &before, &after)) {
            Error e;
            e.code = Error::Code::InvalidInput;
            e.message = tr("Cannot bulk-set the field \"%1\".").arg(change.field);
            QPromise<Result<BulkPreview>> p;
            p.start();
            p.addResult(Result<BulkPreview>(e));
            p.finish();
            return p.future();
        }
    }
    const std::string cte
        = QStringLiteral("WITH c AS MATERIALIZED (SELECT p.id, p.sku, p.name, "
                         "(%1) AS b, (%2) AS a FROM console.products p WHERE %3) ")
              .arg(before, after, where)
              .toStdString();
    const bool price = change.isPrice();
    // The plan is read where the change will be written: a replica a second behind would preview
    // a different set of rows than apply() then touches.
    return m_cluster->write<BulkPreview>(
        tr("preview bulk edit"), [cte, params, price, sampleSize](db::Pool::Connection &conn) {
            pqxx::read_transaction tx(conn);
            BulkPreview out;
            const std::string agg = price
                ? "SELECT count(*), count(*) FILTER (WHERE a <> b), coalesce(sum(b), 0)::text, "
                  "coalesce(sum(a), 0)::text, count(*) FILTER (WHERE a < 0) FROM c"
                : "SELECT count(*), count(*) FILTER (WHERE a IS DISTINCT FROM b), '', '', 0 "
                  "FROM c";
            // One statement: aggregates and the sample from the same snapshot of the CTE.
            const pqxx::result r = execParams(tx,
                cte + ", s AS (SELECT id, sku, name, b::text, a::text FROM c ORDER BY id LIMIT "
                    + std::to_string(qMax(0, sampleSize)) + "), t AS (" + agg
                    + ") SELECT t.*, s.* FROM t LEFT JOIN s ON true ORDER BY s.id",
                params);
            for (const pqxx::row &row : r) {
                out.count = row[0].as<long long>();
                out.changing = row[1].as<long long>();
                out.totalBefore = db::pgtext::str(row[2]);
                out.totalAfter = db::pgtext::str(row[3]);
                out.belowZero = row[4].as<long long>();
                if (!row[5].is_null())
                    out.sample.push_back(BulkSample {row[5].as<long long>(),
                        db::pgtext::str(row[6]), db::pgtext::str(row[7]), db::pgtext::str(row[8]),
                        db::pgtext::str(row[9])});
            }
            return out;
        });
}

QFuture<Result<BulkResult>> BulkEditor::apply(const BulkChange &change, const BulkTarget &target,
    const QUuid &requestId, std::shared_ptr<BulkProgress> progress, int chunk, db::Pool::JobId *job)
{
    if (!progress)
        progress = std::make_shared<BulkProgress>();
    chunk = qMax(1, chunk);
    const QString mode = change.kind == BulkChange::Kind::PricePercent ? QStringLiteral("percent")
                                                                       : QStringLiteral("amount");
    return m_cluster->write<BulkResult>(
        tr("apply bulk edit"),
        [change, target, requestId, progress, chunk, mode](db::Pool::Connection &conn) {
            pqxx::work tx(conn);
            BulkResult out;
            qint64 before = 0, after = 0;
            auto add = [&](const QJsonObject &r) {
                if (change.isPrice()) {
                    out.products += r.value(QLatin1String("count")).toInteger();
                    before += cents(r.value(QLatin1String("total_before")).toVariant().toString());
                    after += cents(r.value(QLatin1String("total_after")).toVariant().toString());
                } else {
                    out.changed += r.value(QLatin1String("count")).toInteger();
                }
            };
            auto finish = [&] {
                out.totalBefore = fromCents(before);
                out.totalAfter = fromCents(after);
            };
            // Did an earlier attempt with this request id commit? Then report it, change nothing.
            for (int k = 0;; ++k) {
                const pqxx::result r
                    = tx.exec_params("SELECT console.request_result($1::uuid)::text",
                        chunkRequestId(requestId, k).toString(QUuid::WithoutBraces).toStdString());
                if (r.empty() || r[0][0].is_null())
                    break;
                out.alreadyApplied = true;
                add(QJsonDocument::fromJson(QByteArray(r[0][0].c_str())).object());
            }
            if (out.alreadyApplied) {
                finish();
                return out;
            }

            qint64 lastId = 0;
            qsizetype offset = 0;
            for (int k = 0;; ++k) {
                if (progress->cancel.load())
                    throw Error {Error::Code::Cancelled,
                        tr("The bulk edit was cancelled: nothing was changed."), {}, {}};
                QString ids;
                qint64 n = 0;
                if (target.query) {
                    const Sql sql = target.query->idChunk(lastId, chunk);
                    const pqxx::result r = execParams(tx, sql.text, sql.params);
                    QVector<qint64> v;
                    for (const pqxx::row &row : r)
                        v << row[0].as<long long>();
                    if (v.isEmpty())
                        break;
                    lastId = v.last();
                    ids = idArray(v);
                    n = v.size();
                } else {
                    if (offset >= target.ids.size())
                        break;
                    ids = idArray(target.ids, offset, chunk);
                    n = qMin<qint64>(chunk, target.ids.size() - offset);
                    offset += n;
                }
                const std::string req
                    = chunkRequestId(requestId, k).toString(QUuid::WithoutBraces).toStdString();
                pqxx::result r;
                if (change.isPrice()) {
                    r = tx.exec_params("SELECT console.bulk_price_change($1::uuid, $2::bigint[], "
                                       "$3, $4::numeric, $5)::text",
                        req, ids.toStdString(), mode.toStdString(), change.value.toStdString(),
                        change.rounding.toStdString());
                } else {
                    r = tx.exec_params("SELECT console.bulk_set_field($1::uuid, $2::bigint[], $3, "
                                       "$4::jsonb)::text",
                        req, ids.toStdString(), change.field.toStdString(),
                        jsonText(change.fieldValue).toStdString());
                    out.products += n;
                }
                add(QJsonDocument::fromJson(QByteArray(r[0][0].c_str())).object());
                progress->done += n;
            }
            if (progress->cancel.load())
                throw Error {Error::Code::Cancelled,
                    tr("The bulk edit was cancelled: nothing was changed."), {}, {}};
            tx.commit();
            if (change.isPrice())
                out.changed = out.products;
            finish();
            return out;
        },
        job);
}

QFuture<Result<bool>> BulkEditor::committed(const QUuid &requestId)
{
    const std::string req
        = chunkRequestId(requestId, 0).toString(QUuid::WithoutBraces).toStdString();
    return m_cluster->write<bool>(tr("check a bulk edit"), [req](db::Pool::Connection &c) {
        pqxx::read_transaction tx(c);
        return !tx.exec_params1("SELECT console.request_result($1::uuid)", req)[0].is_null();
    });
}

void BulkEditor::cancel(db::Pool::JobId job)
{
    m_cluster->cancel(job);
}

} // namespace qm::catalog
