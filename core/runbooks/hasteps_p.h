#pragma once
// What the HA step types share across their files (hasteps.cpp: Patroni; sentinelstep.cpp:
// Sentinel). Private to core/runbooks.

#include "runbooks/steptype.h"

#include <memory>

namespace qm::runbooks::hadetail {

// Has the signed-in role the on-call role (qm_oncall)? Asks each PostgreSQL server in turn (in an
// emergency the primary is down). ok=false with a sentence when it has not.
Result<CheckResult> oncallRole(StepContext &ctx, const QString &what);

// sentinel.failover (sentinelstep.cpp).
std::shared_ptr<StepType> makeSentinelFailover();

} // namespace qm::runbooks::hadetail
