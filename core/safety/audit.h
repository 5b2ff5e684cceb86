#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <memory>

namespace qm::db {
class Pool;
}

namespace qm::safety {

// One audited action: the request id makes a retried record a no-op on the server.
struct AuditEntry
{
    QUuid requestId = QUuid::createUuid();
    QString action; // Plan::action
    QString target; // Plan::target
    QJsonObject plan; // Plan::toJson() (+ who asked, from where)
    QJsonObject outcome; // Outcome::toJson() + the verification
};

// Where audit entries go. record() blocks: call it on a worker thread.
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual Status record(const AuditEntry &entry) = 0;
};

// console.record_audit(request_id, action, target, plan jsonb, outcome jsonb) in the store's
// database (hash-chained by the server). Who did it is the database role of the pool.
class DbAuditSink : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::DbAuditSink)
public:
    explicit DbAuditSink(db::Pool *pool, int timeoutMs = 15000);
    Status record(const AuditEntry &entry) override;

private:
    db::Pool *m_pool;
    int m_timeoutMs;
};

// Appends JSON lines to a file: a fallback when the database cannot be reached (the entry is
// kept, and the person is told), and the sink for tests without a database.
class FileAuditSink : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::FileAuditSink)
public:
    explicit FileAuditSink(QString path);
    Status record(const AuditEntry &entry) override;
    QString path() const { return m_path; }
    static QString defaultSpoolPath(); // <app data>/audit-spool.jsonl

private:
    QString m_path;
};

// Who asked, from where: added to every plan that is audited.
QJsonObject auditContext();

} // namespace qm::safety
