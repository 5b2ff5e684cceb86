#pragma once

#include "runbooks/steptype.h"

// Step types of the store's front door (migration 0502, core/payments):
//   maintenance.on   reason, until (a duration such as 30m, or an ISO time): the storefront stops
//                    taking orders and Varnish serves the maintenance page (503, Retry-After)
//                    until it is switched off or the scheduled end passes
//   maintenance.off  reason (optional)
//   payments.route   to: primary | secondary | auto, reason
// Each checks the signed-in role first (the server checks it again), plans without a side
// effect, acts through the console's audited SECURITY DEFINER function with a request id made
// from the run and step (a resumed step repeats nothing), and verifies what the storefront
// simulator and Varnish actually do: the simulator's heartbeat shows the state, the page is 503.
namespace qm::runbooks {

void addOpsSteps(StepRegistry &registry);

} // namespace qm::runbooks
