#pragma once

#include "runbooks/steptype.h"

// The cache step types, through the purge actions of core/cache (cache::makePurgeAction, the same
// the Cache page and `qmctl cache purge` run):
//   cache.purge   a Redis purge: {pattern: GLOB} | {tag: NAME} | {product: ID} (the coordinated
//                 Redis + Varnish purge of one product); unlock_protected, max_keys
//   varnish.ban   a Varnish ban {url: REGEX[, host: REGEX]} | {host: REGEX}, or {xkey: TAG}
// The plan is the purge's dry run (its count and sample), the verification the purge's own
// (what still matches; the ban listed and known pages served fresh). Both need the cache.purge
// right of the signed-in role.
namespace qm::runbooks {

void addCacheSteps(StepRegistry &registry);

} // namespace qm::runbooks
