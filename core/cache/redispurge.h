#pragma once

#include "cache/purgespec.h"
#include "cache/topology.h"
#include "safety/destructiveaction.h"

#include <QCoreApplication>

namespace qm::cache {

// A Redis purge through the shared safety flow:
//   plan     exact count of distinct keys, a sample of 20, the memory it frees (MEMORY USAGE of a
//            sample, extrapolated, and said so); protected namespaces refuse the plan unless
//            the spec unlocks them for this purge
//   execute  SCAN (or SSCAN of a tag set) + pipelined UNLINK on every master, with progress and
//            cancel, paced by a LatencyProbe so that shoppers' round trips stay under the budget
//   verify   rescan: what still matches
// Steps block: the safety::Flow runs them on a worker thread.
class RedisPurgeAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::RedisPurgeAction)
public:
    RedisPurgeAction(RedisDeployment deployment, RedisPurgeSpec spec, PurgePolicy policy = {});

    QString kind() const override { return m_spec.actionName(); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

    const RedisPurgeSpec &spec() const { return m_spec; }
    const PurgePolicy &policy() const { return m_policy; }

    // Why a pattern may not run without unlocking (it reaches into a protected namespace), or
    // empty. Checked before any key is read.
    static QString protectedReach(const RedisPurgeSpec &spec, const PurgePolicy &policy);

private:
    RedisDeployment m_deployment;
    RedisPurgeSpec m_spec;
    PurgePolicy m_policy;
};

QString formatBytes(qint64 bytes);

} // namespace qm::cache
