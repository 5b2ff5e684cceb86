#pragma once

#include "backend/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>
#include <functional>
#include <memory>

namespace pqxx {
class transaction_base;
}
namespace qm::db {
class Cluster;
}

namespace qm::safety {

// One audited action: the request id makes a retried record a no-op on the server, and links the
// outcome to the intent written before the action ran.
struct AuditEntry
{
    QUuid requestId = QUuid::createUuid();
    QString action; // Plan::action
    QString target; // Plan::target
    QJsonObject plan; // Plan::toJson() (+ who asked, from where)
    QJsonObject outcome; // Outcome::toJson() + the verification
    // May go to the local audit spool (auditspool.h) when the database is unreachable: only for
    // actions declared to run while the primary is dead (a runbook's `for_dead_primary: true`).
    // Every other entry that cannot be written fails, and its action does not run.
    bool spoolable = false;
};

// Where audit entries go. Every call blocks: call it on a worker thread.
// The flow writes ahead: recordIntent() (the plan) before the action runs — the action does not
// run when it fails — then recordOutcome() (the same request id) once it ran. record() writes
// one entry with both, for callers that audit after the fact.
class AuditSink
{
public:
    virtual ~AuditSink() = default;
    virtual Status record(const AuditEntry &entry) = 0;
    // The defaults suit a sink whose action's own server function writes the audit row in the
    // same transaction as the change (nothing to write ahead; the outcome is that row).
    virtual Status recordIntent(const AuditEntry &) { return Done {}; }
    virtual Status recordOutcome(const AuditEntry &entry) { return record(entry); }
    // After an outcome is in: anchors the chain (a signed checkpoint of its head, core/audit) when
    // one is configured for this log. The path written; empty when nothing is configured.
    virtual Result<QString> anchor() { return QString(); }
};

// What anchors an audit log: a signed checkpoint of the chain's head (core/audit/chain.h), set per
// cluster by whoever knows the key and the folder (the Session, from the settings). Every
// DbAuditSink on that cluster then anchors after each outcome, whoever made the sink (one hook, in
// the flow). Blocking: called on the flow's worker. An empty function removes the anchor.
using ChainAnchor = std::function<Result<QString>()>;
void setChainAnchor(const db::Cluster *cluster, ChainAnchor anchor);
ChainAnchor chainAnchorFor(const db::Cluster *cluster);

// The store's database: <schema>.audit_intent / <schema>.audit_outcome (write-ahead, migration
// 0009) and <schema>.record_audit, hash-chained by the server, where <schema> is the backend's
// (readSchema(): console.* on the reference store, qm_vendure.* beside a Vendure store, whose
// migration 0004 installs the same functions). Who did it is the database role of the session.
// Holds the cluster (it may outlive the Session that opened it) and writes to its current primary
// at each call, so it follows a failover.
class DbAuditSink : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::DbAuditSink)
public:
    explicit DbAuditSink(std::shared_ptr<db::Cluster> cluster, int timeoutMs = 15000);
    DbAuditSink(std::shared_ptr<db::Cluster> cluster, BackendKind backend, int timeoutMs = 15000);
    Status record(const AuditEntry &entry) override;
    Status recordIntent(const AuditEntry &entry) override;
    Status recordOutcome(const AuditEntry &entry) override;
    Result<QString> anchor() override; // chainAnchorFor(cluster), if any
    BackendKind backend() const { return m_backend; }

    // The same calls inside a transaction of the caller's (a writer that checks its rights and
    // writes the intent in one transaction, without blocking a thread): the audit row's id.
    // They throw what the server raised.
    static qint64 intentIn(
        pqxx::transaction_base &tx, BackendKind backend, const AuditEntry &entry);
    static qint64 outcomeIn(
        pqxx::transaction_base &tx, BackendKind backend, const AuditEntry &entry);

private:
    std::shared_ptr<db::Cluster> m_cluster;
    BackendKind m_backend = BackendKind::Reference;
    int m_timeoutMs;
};

// Appends JSON lines to a file: where an outcome goes that the database refused after the action
// ran (the person is told), and the sink for tests without a database.
class FileAuditSink : public AuditSink
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::FileAuditSink)
public:
    explicit FileAuditSink(QString path);
    Status record(const AuditEntry &entry) override;
    Status recordIntent(const AuditEntry &entry) override;
    Status recordOutcome(const AuditEntry &entry) override;
    QString path() const { return m_path; }
    static QString defaultSpoolPath(); // <app data>/audit-spool.jsonl

private:
    Status append(const AuditEntry &entry, const QString &phase);

    QString m_path;
};

// Who asked, from where: added to every plan that is audited.
QJsonObject auditContext();

} // namespace qm::safety
