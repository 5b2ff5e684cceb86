#include "safety/audit.h"

#include "common/logging.h"
#include "db/cluster.h"
#include "db/pool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>
#include <pqxx/pqxx>

namespace qm::safety {

QJsonObject auditContext()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return QJsonObject {{QStringLiteral("os_user"), user},
        {QStringLiteral("host"), QHostInfo::localHostName()},
        {QStringLiteral("program"), QCoreApplication::applicationName()},
        {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
}

DbAuditSink::DbAuditSink(std::shared_ptr<db::Cluster> cluster, int timeoutMs)
    : m_cluster(std::move(cluster))
    , m_timeoutMs(timeoutMs)
{ }

namespace {

std::string compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace

Status DbAuditSink::call(const char *what, const std::string &sql, const AuditEntry &entry)
{
    // The current primary at each call: after a failover the entry goes to the new one.
    db::Pool *pool = m_cluster ? m_cluster->primaryPool() : nullptr;
    if (!pool)
        return Error {
            Error::Code::ConnectionFailed, tr("No database connection for the audit log."), {}, {}};
    const std::string id = entry.requestId.toString(QUuid::WithoutBraces).toStdString();
    const std::string action = entry.action.toStdString();
    const std::string target = entry.target.toStdString();
    const std::string plan = compact(entry.plan);
    const std::string outcome = compact(entry.outcome);
    const std::string kind = what;
    QFuture<Result<bool>> f = pool->run<bool>(QString::fromLatin1(what),
        [sql, kind, id, action, target, plan, outcome](db::Pool::Connection &c) {
            pqxx::work tx(c);
            if (kind == "audit intent")
                tx.exec_params(sql, id, action, target, plan);
            else if (kind == "audit outcome")
                tx.exec_params(sql, id, outcome);
            else
                tx.exec_params(sql, id, action, target, plan, outcome);
            tx.commit();
            return true;
        });
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < m_timeoutMs)
        QThread::msleep(2); // a worker thread: the pool finishes the future on its own thread
    if (!f.isFinished())
        return Error {Error::Code::Timeout, tr("The audit log did not answer in time."), {}, {}};
    const Result<bool> r = f.result();
    if (!r)
        return r.error();
    return Done {};
}

Status DbAuditSink::record(const AuditEntry &entry)
{
    return call("record audit entry",
        "select console.record_audit($1::uuid, $2, $3, $4::jsonb, $5::jsonb)", entry);
}

Status DbAuditSink::recordIntent(const AuditEntry &entry)
{
    return call("audit intent", "select console.audit_intent($1::uuid, $2, $3, $4::jsonb)", entry);
}

Status DbAuditSink::recordOutcome(const AuditEntry &entry)
{
    return call("audit outcome", "select console.audit_outcome($1::uuid, $2::jsonb)", entry);
}

FileAuditSink::FileAuditSink(QString path)
    : m_path(std::move(path))
{ }

QString FileAuditSink::defaultSpoolPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/audit-spool.jsonl");
}

Status FileAuditSink::record(const AuditEntry &entry)
{
    return append(entry, QStringLiteral("entry"));
}

Status FileAuditSink::recordIntent(const AuditEntry &entry)
{
    return append(entry, QStringLiteral("intent"));
}

Status FileAuditSink::recordOutcome(const AuditEntry &entry)
{
    return append(entry, QStringLiteral("outcome"));
}

Status FileAuditSink::append(const AuditEntry &entry, const QString &phase)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly)) {
        return Error {Error::Code::Io, tr("Cannot write the audit spool %1.").arg(m_path),
            f.errorString(), {}};
    }
    const QJsonObject o {{QStringLiteral("phase"), phase},
        {QStringLiteral("request_id"), entry.requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("action"), entry.action}, {QStringLiteral("target"), entry.target},
        {QStringLiteral("plan"), entry.plan}, {QStringLiteral("outcome"), entry.outcome}};
    if (f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n') < 0 || !f.flush())
        return Error {Error::Code::Io, tr("Cannot write the audit spool %1.").arg(m_path),
            f.errorString(), {}};
    return Done {};
}

} // namespace qm::safety
