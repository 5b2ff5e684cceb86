#include "safety/audit.h"

#include "common/logging.h"
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

DbAuditSink::DbAuditSink(db::Pool *pool, int timeoutMs)
    : m_pool(pool)
    , m_timeoutMs(timeoutMs)
{ }

Status DbAuditSink::record(const AuditEntry &entry)
{
    if (!m_pool)
        return Error {
            Error::Code::ConnectionFailed, tr("No database connection for the audit log."), {}, {}};
    const std::string id = entry.requestId.toString(QUuid::WithoutBraces).toStdString();
    const std::string action = entry.action.toStdString();
    const std::string target = entry.target.toStdString();
    const std::string plan = QJsonDocument(entry.plan).toJson(QJsonDocument::Compact).toStdString();
    const std::string outcome
        = QJsonDocument(entry.outcome).toJson(QJsonDocument::Compact).toStdString();
    QFuture<Result<bool>> f = m_pool->run<bool>(QStringLiteral("record audit entry"),
        [id, action, target, plan, outcome](db::Pool::Connection &c) {
            pqxx::work tx(c);
            tx.exec_params("select console.record_audit($1::uuid, $2, $3, $4::jsonb, $5::jsonb)",
                id, action, target, plan, outcome);
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
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile f(m_path);
    if (!f.open(QIODevice::Append | QIODevice::WriteOnly)) {
        return Error {Error::Code::Io, tr("Cannot write the audit spool %1.").arg(m_path),
            f.errorString(), {}};
    }
    const QJsonObject o {
        {QStringLiteral("request_id"), entry.requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("action"), entry.action}, {QStringLiteral("target"), entry.target},
        {QStringLiteral("plan"), entry.plan}, {QStringLiteral("outcome"), entry.outcome}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    return Done {};
}

} // namespace qm::safety
