#pragma once

#include "runbooks/steptype.h"

// The step types that drive high availability, registered by addBuiltinSteps():
//   patroni.switchover  planned: hand the leader lock to a candidate (given, or the best replica);
//                       optional `scheduled` (ISO 8601) lets Patroni do it later
//   patroni.failover    the leader is gone: promote `candidate` (works without a leader)
//   patroni.pause       maintenance mode: Patroni stops failing over and restarting PostgreSQL
//   patroni.resume      back to automatic failover
//   patroni.check       a condition of the Patroni cluster (check): leader_running, has_leader,
//                       members_streaming, replicas_within_lag, timelines_agree, paused,
//                       dcs_reachable, leader_is (with `member`); `expect` true (default) or false
//   sentinel.failover   Redis: ask the Sentinels to promote a replica of the profile's master
// Each one refuses a signed-in role without qm_oncall, and refuses with the explained pre-flight
// (ha::PatroniClient::preflightSwitchover) instead of Patroni's "412 no good candidates". Their
// verify() proves the effect from the servers: the new leader is the candidate, its timeline
// moved on, and a write committed through the console's own cluster on the new primary; for
// Sentinel a new master that takes a write to a scratch key, with the protected keys still there.
namespace qm::runbooks {

void addHaSteps(StepRegistry &registry);

} // namespace qm::runbooks
