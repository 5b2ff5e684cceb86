#include "audit/auditquery.h"

#include "common/whenfinished.h"
#include "db/cluster.h"
#include "db/sqlparams.h"

#include <pqxx/pqxx>

namespace qm::audit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("qm::audit", text);
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// The filter's WHERE clauses (without "WHERE"), values bound as parameters.
QStringList whereClauses(const AuditFilter &f, db::SqlParams &params)
{
    QStringList where;
    if (!f.actor.trimmed().isEmpty())
        where << QStringLiteral("actor = %1").arg(db::bindParam(params, f.actor.trimmed(), "text"));
    if (!f.actionPrefix.trimmed().isEmpty())
        where << QStringLiteral("starts_with(action, %1)")
                     .arg(db::bindParam(params, f.actionPrefix.trimmed(), "text"));
    if (!f.target.trimmed().isEmpty())
        where << QStringLiteral("strpos(lower(target), lower(%1)) > 0")
                     .arg(db::bindParam(params, f.target.trimmed(), "text"));
    if (f.from.isValid())
        where << QStringLiteral("at >= %1").arg(db::bindParam(params, iso(f.from), "timestamptz"));
    if (f.to.isValid())
        where << QStringLiteral("at < %1").arg(db::bindParam(params, iso(f.to), "timestamptz"));
    return where;
}

QString text(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

std::optional<qint64> optionalId(const pqxx::field &f)
{
    return f.is_null() ? std::nullopt : std::optional<qint64>(f.as<qint64>());
}

} // namespace

QDateTime AuditRow::atTime() const
{
    return QDateTime::fromString(at, Qt::ISODateWithMs); // "...Z": UTC
}

std::string pageSql(const Backend &backend, const AuditFilter &filter,
    std::optional<qint64> beforeId, int limit, db::SqlParams &params)
{
    QStringList where = whereClauses(filter, params);
    if (beforeId)
        where << QStringLiteral("id < %1").arg(
            db::bindParam(params, QString::number(*beforeId), "bigint"));
    const QString sql
        = QStringLiteral(
            "SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), "
            "actor, action, target, request_id::text, plan::text, outcome::text, "
            "encode(prev_hash, 'hex'), encode(hash, 'hex') FROM %1%2 ORDER BY id DESC LIMIT %3")
              .arg(backend.object("audit_log"),
                  where.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                  db::bindParam(params, QString::number(qMax(1, limit) + 1), "integer"));
    return sql.toStdString();
}

AuditPage readPage(pqxx::connection_base &connection, const Backend &backend,
    const AuditFilter &filter, std::optional<qint64> beforeId, int limit)
{
    db::SqlParams params;
    const std::string sql = pageSql(backend, filter, beforeId, limit, params);
    pqxx::read_transaction tx(connection);
    const pqxx::result r = db::execParams(tx, sql, params);
    AuditPage page;
    page.rows.reserve(int(std::min<std::size_t>(r.size(), std::size_t(qMax(1, limit)))));
    for (const pqxx::row &row : r) {
        if (page.rows.size() >= qMax(1, limit)) {
            page.more = true;
            break;
        }
        AuditRow a;
        a.id = row[0].as<qint64>();
        a.at = text(row[1]);
        a.actor = text(row[2]);
        a.action = text(row[3]);
        a.target = text(row[4]);
        a.requestId = text(row[5]);
        a.plan = QByteArray(row[6].c_str());
        a.outcome = QByteArray(row[7].c_str());
        a.prevHash = text(row[8]);
        a.hash = text(row[9]);
        page.rows.append(std::move(a));
    }
    return page;
}

qint64 countRows(
    pqxx::connection_base &connection, const Backend &backend, const AuditFilter &filter)
{
    db::SqlParams params;
    const QStringList where = whereClauses(filter, params);
    const std::string sql
        = QStringLiteral("SELECT count(*) FROM %1%2")
              .arg(backend.object("audit_log"),
                  where.isEmpty() ? QString()
                                  : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")))
              .toStdString();
    pqxx::read_transaction tx(connection);
    return db::execParams(tx, sql, params)[0][0].as<qint64>();
}

QFuture<Result<AuditPage>> fetchPage(std::shared_ptr<db::Cluster> cluster, Backend backend,
    AuditFilter filter, std::optional<qint64> beforeId, int limit)
{
    auto f = cluster->read<AuditPage>(
        tr("read the audit log"), [backend, filter, beforeId, limit](db::Cluster::Connection &c) {
            return readPage(c, backend, filter, beforeId, limit);
        });
    keepUntilFinished(f, cluster);
    return f;
}

QFuture<Result<qint64>> fetchCount(
    std::shared_ptr<db::Cluster> cluster, Backend backend, AuditFilter filter)
{
    auto f = cluster->read<qint64>(tr("count audit log entries"),
        [backend, filter](db::Cluster::Connection &c) { return countRows(c, backend, filter); });
    keepUntilFinished(f, cluster);
    return f;
}

QFuture<Result<std::optional<qint64>>> fetchHeadId(
    std::shared_ptr<db::Cluster> cluster, Backend backend)
{
    const std::string sql = "SELECT id FROM " + backend.sqlObject("audit_head") + "()";
    auto f = cluster->read<std::optional<qint64>>(
        tr("read the audit chain's head"), [sql](db::Cluster::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r = tx.exec(sql);
            return r.empty() ? std::nullopt : optionalId(r[0][0]);
        });
    keepUntilFinished(f, cluster);
    return f;
}

QFuture<Result<ChainRange>> fetchChainRange(
    std::shared_ptr<db::Cluster> cluster, Backend backend, qint64 from, int limit)
{
    const std::string sql = "SELECT ok, checked, first_bad_id, last_id FROM "
        + backend.sqlObject("verify_audit_chain") + "($1::bigint, $2::integer)";
    auto f = cluster->read<ChainRange>(
        tr("verify the audit chain"), [sql, from, limit](db::Cluster::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::row r = tx.exec_params1(sql, from, limit);
            ChainRange range;
            range.ok = r[0].is_null() || r[0].as<bool>();
            range.checked = r[1].is_null() ? 0 : r[1].as<qint64>();
            range.firstBadId = optionalId(r[2]);
            range.lastId = optionalId(r[3]);
            return range;
        });
    keepUntilFinished(f, cluster);
    return f;
}

bool isPermissionError(const Error &error)
{
    return error.code == Error::Code::PermissionDenied || error.sqlState == QLatin1String("42501");
}

ChainVerifier::ChainVerifier(
    std::shared_ptr<db::Cluster> cluster, Backend backend, int chunk, QObject *parent)
    : QObject(parent)
    , m_cluster(std::move(cluster))
    , m_backend(std::move(backend))
    , m_chunk(qMax(1, chunk))
{ }

void ChainVerifier::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcome = {};
    m_from = 0;
    m_head = 0;
    const quint64 generation = ++m_generation;
    whenFinished(this, fetchHeadId(m_cluster, m_backend),
        [this, generation](const Result<std::optional<qint64>> &head) {
            if (generation != m_generation)
                return;
            if (!head) {
                Outcome o;
                o.error = head.error();
                finish(o);
                return;
            }
            if (!head.value()) { // an empty log is an intact chain
                Outcome o;
                o.ok = true;
                finish(o);
                return;
            }
            m_head = *head.value();
            next();
        });
}

void ChainVerifier::next()
{
    const quint64 generation = m_generation;
    whenFinished(this, fetchChainRange(m_cluster, m_backend, m_from, m_chunk),
        [this, generation](const Result<ChainRange> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                Outcome o;
                o.checked = m_outcome.checked;
                o.error = r.error();
                finish(o);
                return;
            }
            m_outcome.checked += r->checked;
            if (!r->ok) {
                Outcome o;
                o.checked = m_outcome.checked;
                o.firstBadId = r->firstBadId;
                finish(o);
                return;
            }
            if (!r->lastId || *r->lastId >= m_head) {
                if (r->lastId)
                    Q_EMIT progress(m_outcome.checked, *r->lastId, m_head);
                Outcome o;
                o.ok = true;
                o.checked = m_outcome.checked;
                finish(o);
                return;
            }
            m_from = *r->lastId + 1;
            Q_EMIT progress(m_outcome.checked, *r->lastId, m_head);
            next();
        });
}

void ChainVerifier::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // the range in flight finishes on its worker and is dropped
    Outcome o;
    o.cancelled = true;
    o.checked = m_outcome.checked;
    finish(o);
}

void ChainVerifier::finish(Outcome outcome)
{
    m_outcome = std::move(outcome);
    m_running = false;
    Q_EMIT finished();
}

} // namespace qm::audit
