#pragma once

#include "queues/queuemodel.h"
#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <functional>

// The Queues panel's actions through the safety flow (plan -> confirm -> intent -> execute ->
// verify -> outcome). Each step opens its own Redis client on the flow's worker thread.
namespace qm::queues {

// Replays dead letters into the orders stream, exactly once. Each dead letter moves in ONE Lua
// script (atomic on the server: a console crash cannot split it): if the marker
// qm:{orders}:replayed:<dead id> exists the letter was replayed before (only removed, never added
// again); otherwise XADD to qm:{orders}:placed with the payload, attempt 1, only_task = its group
// and replay_of = its id, SET the marker to the new id, and XDEL the dead letter. A second replay
// after a crash finds the replayed letters gone (and their markers): it adds nothing for them.
// The workers record (order, task) once in the database, so a replay cannot do a task twice.
class ReplayDeadLettersAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::queues::ReplayDeadLettersAction)
public:
    // ids empty: every dead letter (of `group` when given), up to `limit`.
    ReplayDeadLettersAction(cache::RedisDeployment deployment, QStringList ids = {},
        QString group = {}, int limit = 10000);
    ReplayDeadLettersAction(const redis::Endpoint &endpoint, QStringList ids = {},
        QString group = {}, int limit = 10000)
        : ReplayDeadLettersAction(
            standaloneDeployment(endpoint), std::move(ids), std::move(group), limit)
    { }

    QString kind() const override { return QStringLiteral("queues.replay"); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

    // Test hook: called after each dead letter's script returned (the test kills the process,
    // or fails the Sentinel master over).
    void setAfterEach(std::function<void(qint64 done)> fn) { m_afterEach = std::move(fn); }
    // How long a command waits for a new master after a failover (default 30 s).
    void setFailoverWaitMs(int ms) { m_failoverWaitMs = ms; }

private:
    // One dead letter through the script: "replayed", "already" or "gone", and the new id.
    Result<QPair<QByteArray, QString>> replayOne(StreamClient &client, const QByteArray &id);

    cache::RedisDeployment m_deployment;
    int m_failoverWaitMs = 30000;
    QStringList m_ids;
    QString m_group;
    int m_limit;
    std::function<void(qint64)> m_afterEach;
};

// Claims the pending entries of a group that have been idle for at least minIdleMs (a dead
// consumer's) for a live consumer, with XAUTOCLAIM until its cursor is 0-0. The consumer that
// gets them reads its pending entries and processes them (idempotent per order and task).
class ClaimPendingAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::queues::ClaimPendingAction)
public:
    // toConsumer empty: the group's consumer seen most recently (smallest idle) whose own
    // entries are not that stale.
    ClaimPendingAction(cache::RedisDeployment deployment, QString group, qint64 minIdleMs,
        QString toConsumer = {}, QByteArray stream = kOrdersStream);
    ClaimPendingAction(const redis::Endpoint &endpoint, QString group, qint64 minIdleMs,
        QString toConsumer = {}, QByteArray stream = kOrdersStream)
        : ClaimPendingAction(standaloneDeployment(endpoint), std::move(group), minIdleMs,
            std::move(toConsumer), std::move(stream))
    { }

    QString kind() const override { return QStringLiteral("queues.claim"); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

private:
    cache::RedisDeployment m_deployment;
    QString m_group;
    qint64 m_minIdleMs;
    QString m_to;
    QByteArray m_stream;
};

// XTRIM MAXLEN = n with a preview: how many entries go, and whether any of them is still
// pending in a group or not yet delivered to one (refused unless forced).
class TrimStreamAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::queues::TrimStreamAction)
public:
    TrimStreamAction(
        cache::RedisDeployment deployment, QByteArray stream, qint64 maxLen, bool force);
    TrimStreamAction(const redis::Endpoint &endpoint, QByteArray stream, qint64 maxLen, bool force)
        : TrimStreamAction(standaloneDeployment(endpoint), std::move(stream), maxLen, force)
    { }

    QString kind() const override { return QStringLiteral("queues.trim"); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

private:
    cache::RedisDeployment m_deployment;
    QByteArray m_stream;
    qint64 m_maxLen;
    bool m_force;
};

// Compares two stream ids ("ms-seq"): <0, 0, >0.
int compareIds(const QString &a, const QString &b);

} // namespace qm::queues
