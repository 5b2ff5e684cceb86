#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace qm::db {
class Cluster;
}

// Two-person approval of runbook runs (`approval: two-person`), kept by the server (migration
// 0302): the requester asks for a run id bound to the runbook's content hash and the run's
// resolved parameters; a second signed-in role with qm_oncall approves it from its own console
// or `qmctl runbook approve RUN_ID`; the engine consumes the approval once, right before the run
// acts. The server refuses the requester's own approval, an expired or used one, and one for
// another file or other parameters. Every call blocks: call them on a worker thread.
namespace qm::runbooks {

struct ApprovalRequest
{
    QString runId;
    QString runbook;
    QString contentHash;
    QJsonObject parameters;
    QString requestedBy;
    QDateTime requestedAt;
    QDateTime expiresAt;
    QString approvedBy; // empty: not approved yet
    QDateTime approvedAt;
    QDateTime consumedAt;

    // pending | approved | used | expired
    QString state(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
};

constexpr int kApprovalValidSeconds = 15 * 60;

namespace approval {
// Asks for approval of run `runId` (a new uuid). Returns the audit id.
Result<qint64> request(db::Cluster &cluster, const QString &runId, const QString &runbook,
    const QString &contentHash, const QJsonObject &parameters,
    int validSeconds = kApprovalValidSeconds);
// Approves what the approver reviewed (its own copy's hash, the parameters it was shown).
Result<qint64> approve(db::Cluster &cluster, const QString &runId, const QString &contentHash,
    const QJsonObject &parameters);
// Uses the approval once (the engine, right before the run acts).
Result<qint64> consume(db::Cluster &cluster, const QString &runId, const QString &runbook,
    const QString &contentHash, const QJsonObject &parameters);
// One request (NotFound when there is none).
Result<ApprovalRequest> find(db::Cluster &cluster, const QString &runId);
// Requests of the last day, newest first.
Result<QList<ApprovalRequest>> recent(db::Cluster &cluster, int limit = 50);
} // namespace approval

} // namespace qm::runbooks
