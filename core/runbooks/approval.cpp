#include "runbooks/approval.h"

#include "db/blocking.h"
#include "db/cluster.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <pqxx/pqxx>

namespace qm::runbooks {

QString ApprovalRequest::state(const QDateTime &now) const
{
    if (consumedAt.isValid())
        return QStringLiteral("used");
    if (expiresAt.isValid() && expiresAt <= now)
        return QStringLiteral("expired");
    return approvedBy.isEmpty() ? QStringLiteral("pending") : QStringLiteral("approved");
}

namespace approval {

namespace {

std::string jsonText(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QDateTime timeOf(const pqxx::field &f)
{
    return f.is_null()
        ? QDateTime()
        : QDateTime::fromString(QString::fromStdString(f.as<std::string>()), Qt::ISODateWithMs);
}

// Columns as the server gives them; times as ISO 8601 in UTC.
const char *kColumns
    = "run_id::text, runbook, content_hash, parameters::text, requested_by, "
      "to_char(requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
      "to_char(expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
      "coalesce(approved_by, ''), "
      "to_char(approved_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
      "to_char(consumed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
      "FROM console.runbook_approvals ";

ApprovalRequest rowToRequest(const pqxx::row &r)
{
    ApprovalRequest a;
    a.runId = QString::fromStdString(r[0].as<std::string>());
    a.runbook = QString::fromStdString(r[1].as<std::string>());
    a.contentHash = QString::fromStdString(r[2].as<std::string>());
    a.parameters
        = QJsonDocument::fromJson(QByteArray::fromStdString(r[3].as<std::string>())).object();
    a.requestedBy = QString::fromStdString(r[4].as<std::string>());
    a.requestedAt = timeOf(r[5]);
    a.expiresAt = timeOf(r[6]);
    a.approvedBy = QString::fromStdString(r[7].as<std::string>());
    a.approvedAt = timeOf(r[8]);
    a.consumedAt = timeOf(r[9]);
    return a;
}

} // namespace

Result<qint64> request(db::Cluster &cluster, const QString &runId, const QString &runbook,
    const QString &contentHash, const QJsonObject &parameters, int validSeconds)
{
    const std::string run = runId.toStdString(), name = runbook.toStdString(),
                      hash = contentHash.toStdString(), params = jsonText(parameters);
    return db::waitBlocking(
        cluster.write<qint64>(QStringLiteral("ask for runbook approval"),
            [=](db::Pool::Connection &c) {
                pqxx::work tx(c);
                const auto id
                    = tx.exec_params1("SELECT console.runbook_approval_request($1::uuid, $2, "
                                      "$3, $4::jsonb, $5)",
                            run, name, hash, params, validSeconds)[0]
                          .as<qint64>();
                tx.commit();
                return id;
            }),
        "runbook approval");
}

Result<qint64> approve(db::Cluster &cluster, const QString &runId, const QString &contentHash,
    const QJsonObject &parameters)
{
    const std::string run = runId.toStdString(), hash = contentHash.toStdString(),
                      params = jsonText(parameters);
    return db::waitBlocking(
        cluster.write<qint64>(QStringLiteral("approve a runbook run"),
            [=](db::Pool::Connection &c) {
                pqxx::work tx(c);
                const auto id
                    = tx.exec_params1("SELECT console.runbook_approval_approve($1::uuid, $2, "
                                      "$3::jsonb)",
                            run, hash, params)[0]
                          .as<qint64>();
                tx.commit();
                return id;
            }),
        "runbook approval");
}

Result<qint64> consume(db::Cluster &cluster, const QString &runId, const QString &runbook,
    const QString &contentHash, const QJsonObject &parameters)
{
    const std::string run = runId.toStdString(), name = runbook.toStdString(),
                      hash = contentHash.toStdString(), params = jsonText(parameters);
    return db::waitBlocking(
        cluster.write<qint64>(QStringLiteral("use the runbook approval"),
            [=](db::Pool::Connection &c) {
                pqxx::work tx(c);
                const auto id
                    = tx.exec_params1("SELECT console.runbook_approval_consume($1::uuid, $2, "
                                      "$3, $4::jsonb)",
                            run, name, hash, params)[0]
                          .as<qint64>();
                tx.commit();
                return id;
            }),
        "runbook approval");
}

Result<ApprovalRequest> find(db::Cluster &cluster, const QString &runId)
{
    const std::string run = runId.toStdString();
    // From the primary: another console's approval must be seen at once.
    auto r = db::waitBlocking(
        cluster.write<std::optional<ApprovalRequest>>(QStringLiteral("read a runbook approval"),
            [=](db::Pool::Connection &c) -> std::optional<ApprovalRequest> {
                pqxx::work tx(c);
                const pqxx::result rows = tx.exec_params(
                    std::string("SELECT ") + kColumns + "WHERE run_id = $1::uuid", run);
                tx.commit();
                if (rows.empty())
                    return std::nullopt;
                return rowToRequest(rows[0]);
            }),
        "runbook approval");
    if (!r)
        return r.error();
    if (!r.value())
        return Error {Error::Code::NotFound,
            QCoreApplication::translate("qm::runbooks::approval", "no approval request for run %1")
                .arg(runId),
            {}, {}};
    return *r.value();
}

Result<QList<ApprovalRequest>> recent(db::Cluster &cluster, int limit)
{
    return db::waitBlocking(
        cluster.write<QList<ApprovalRequest>>(QStringLiteral("read runbook approvals"),
            [=](db::Pool::Connection &c) {
                pqxx::work tx(c);
                const pqxx::result rows = tx.exec_params(std::string("SELECT ") + kColumns
                        + "WHERE requested_at > now() - interval '1 day' "
                          "ORDER BY requested_at DESC LIMIT $1",
                    limit);
                tx.commit();
                QList<ApprovalRequest> out;
                for (const auto &row : rows)
                    out.append(rowToRequest(row));
                return out;
            }),
        "runbook approval");
}

} // namespace approval

} // namespace qm::runbooks
