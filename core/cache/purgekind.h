#pragma once

#include "cache/purgespec.h"
#include "cache/topology.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace qm::safety {
class DestructiveAction;
}

namespace qm::cache {

// The purges a person can ask for, by the Cache page or by `qmctl cache purge`.
enum class PurgeKind {
    RedisPattern, // a Redis glob on every master
    RedisTag, // the keys of tag:<name>, then the set
    Product, // product:<id>[:*] + tag:product:<id> members, then xkey product-<id> on Varnish
    VarnishUrl, // a Varnish ban by URL regex (with banHost: and by Host regex)
    VarnishHost, // a Varnish ban by Host regex
    VarnishTag, // an xkey purge on every Varnish
    ReapTags, // tag-set members whose keys expired (argument: a glob of tag sets, default tag:*)
};

struct PurgeRequest
{
    PurgeKind kind = PurgeKind::RedisPattern;
    QString argument;
    QString banHost; // VarnishUrl only: the ban also requires the Host to match
    bool unlockProtected = false; // Redis kinds: sessions and carts may be purged this once
    PurgePolicy policy; // the shoppers' latency budget and the pacing
};

// The one place that turns a request into the action the safety flow runs (GUI and qmctl).
std::shared_ptr<safety::DestructiveAction> makePurgeAction(
    const PurgeRequest &request, const RedisDeployment &redis, const QStringList &varnishInstances);

// The right (console.my_capabilities()) every purge needs.
inline QString purgeCapability()
{
    return QStringLiteral("cache.purge");
}

} // namespace qm::cache
