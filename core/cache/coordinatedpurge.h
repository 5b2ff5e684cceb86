#pragma once

#include "cache/purgespec.h"
#include "cache/topology.h"
#include "safety/compositeaction.h"

#include <memory>

namespace qm::cache {

// One action that clears a product everywhere: its Redis object cache and pages (a product purge:
// product:<id>, product:<id>:*, the members of tag:product:<id>), then its Varnish pages (an xkey
// purge of product-<id> on every instance). Pages found in Redis (page:<path>) become the URLs
// Varnish's verification fetches. Without Varnish instances it is the Redis purge alone.
std::shared_ptr<safety::DestructiveAction> makeProductPurge(const RedisDeployment &redis,
    const QStringList &varnishInstances, const QByteArray &productId,
    const PurgePolicy &policy = {}, bool unlockProtected = false);

// The xkey tag the page origin puts on a product's pages.
QString productXkey(const QByteArray &productId);

} // namespace qm::cache
