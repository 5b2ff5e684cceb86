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
#include <map>
#include <mutex>
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

DbAuditSink::DbAuditSink(std::shared_ptr<db::Cluster> cluster, BackendKind backend, int timeoutMs)
    : m_cluster(std::move(cluster))
    , m_backend(backend)
    , m_timeoutMs(timeoutMs)
{ }

namespace {

std::string compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::string uuid(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces).toStdString();
}

// Runs exec(tx) in one transaction on the cluster's current primary (after a failover, the new
// one), waiting at most timeoutMs: the caller is a worker thread.
template <typename Exec>
Status callAudit(db::Cluster *cluster, int timeoutMs, const char *what, Exec exec)
{
    db::Pool *pool = cluster ? cluster->primaryPool() : nullptr;
    if (!pool)
        return Error {Error::Code::ConnectionFailed,
            DbAuditSink::tr("No database connection for the audit log."), {}, {}};
    QFuture<Result<bool>> f = pool->run<bool>(
        QString::fromLatin1(what), [exec = std::move(exec)](db::Pool::Connection &c) {
            pqxx::work tx(c);
            exec(tx);
            tx.commit();
            return true;
        });
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < timeoutMs)
        QThread::msleep(2); // a worker thread: the pool finishes the future on its own thread
    if (!f.isFinished())
        return Error {
            Error::Code::Timeout, DbAuditSink::tr("The audit log did not answer in time."), {}, {}};
    const Result<bool> r = f.result();
    if (!r)
        return r.error();
    return Done {};
}

} // namespace

namespace {

// "<schema>.<function>": the schema is an identifier chosen from the enum (readSchema()).
std::string fn(BackendKind backend, const char *name)
{
    return std::string(readSchema(backend)) + '.' + name;
}

} // namespace

qint64 DbAuditSink::intentIn(
    pqxx::transaction_base &tx, BackendKind backend, const AuditEntry &entry)
{
    return tx
        .exec_params1("select " + fn(backend, "audit_intent") + "($1::uuid, $2, $3, $4::jsonb)",
            uuid(entry.requestId), entry.action.toStdString(), entry.target.toStdString(),
            compact(entry.plan))[0]
        .as<qint64>();
}

qint64 DbAuditSink::outcomeIn(
    pqxx::transaction_base &tx, BackendKind backend, const AuditEntry &entry)
{
    return tx
        .exec_params1("select " + fn(backend, "audit_outcome") + "($1::uuid, $2::jsonb)",
            uuid(entry.requestId), compact(entry.outcome))[0]
        .as<qint64>();
}

Status DbAuditSink::record(const AuditEntry &entry)
{
    return callAudit(m_cluster.get(), m_timeoutMs, "record audit entry",
        [sql = "select " + fn(m_backend, "record_audit")
                + "($1::uuid, $2, $3, $4::jsonb, $5::jsonb)",
            id = uuid(entry.requestId), action = entry.action.toStdString(),
            target = entry.target.toStdString(), plan = compact(entry.plan),
            outcome = compact(entry.outcome)](
            pqxx::work &tx) { tx.exec_params(sql, id, action, target, plan, outcome); });
}

Status DbAuditSink::recordIntent(const AuditEntry &entry)
{
    return callAudit(m_cluster.get(), m_timeoutMs, "audit intent",
        [backend = m_backend, entry](pqxx::work &tx) { intentIn(tx, backend, entry); });
}

Status DbAuditSink::recordOutcome(const AuditEntry &entry)
{
    return callAudit(m_cluster.get(), m_timeoutMs, "audit outcome",
        [backend = m_backend, entry](pqxx::work &tx) { outcomeIn(tx, backend, entry); });
}

namespace {

std::mutex &anchorMutex()
{
    static std::mutex m;
    return m;
}

std::map<const db::Cluster *, ChainAnchor> &anchors()
{
    static std::map<const db::Cluster *, ChainAnchor> a;
    return a;
}

} // namespace

void setChainAnchor(const db::Cluster *cluster, ChainAnchor anchor)
{
    std::lock_guard lock(anchorMutex());
    if (anchor)
        anchors()[cluster] = std::move(anchor);
    else
        anchors().erase(cluster);
}

ChainAnchor chainAnchorFor(const db::Cluster *cluster)
{
    std::lock_guard lock(anchorMutex());
    const auto it = anchors().find(cluster);
    return it == anchors().end() ? ChainAnchor() : it->second;
}

Result<QString> DbAuditSink::anchor()
{
    const ChainAnchor a = chainAnchorFor(m_cluster.get());
    return a ? a() : Result<QString>(QString());
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
