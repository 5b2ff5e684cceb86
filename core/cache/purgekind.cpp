#include "cache/purgekind.h"

#include "cache/coordinatedpurge.h"
#include "cache/redispurge.h"
#include "cache/tagreaper.h"
#include "cache/varnishpurge.h"

namespace qm::cache {

std::shared_ptr<safety::DestructiveAction> makePurgeAction(
    const PurgeRequest &r, const RedisDeployment &redis, const QStringList &varnish)
{
    auto redisPurge = [&](RedisPurgeSpec spec) {
        spec.unlockProtected = r.unlockProtected;
        return std::make_shared<RedisPurgeAction>(redis, spec, r.policy);
    };
    switch (r.kind) {
    case PurgeKind::RedisPattern:
        return redisPurge(RedisPurgeSpec::byPattern(r.argument.toUtf8()));
    case PurgeKind::RedisTag:
        return redisPurge(RedisPurgeSpec::byTag(r.argument.toUtf8()));
    case PurgeKind::Product:
        return makeProductPurge(redis, varnish, r.argument.toUtf8(), r.policy, r.unlockProtected);
    case PurgeKind::VarnishUrl: {
        VarnishPurgeSpec v = VarnishPurgeSpec::banUrl(r.argument);
        v.hostRegex = r.banHost;
        return std::make_shared<VarnishPurgeAction>(varnish, v);
    }
    case PurgeKind::VarnishHost:
        return std::make_shared<VarnishPurgeAction>(varnish, VarnishPurgeSpec::banHost(r.argument));
    case PurgeKind::VarnishTag:
        return std::make_shared<VarnishPurgeAction>(
            varnish, VarnishPurgeSpec::purgeTags({r.argument}));
    case PurgeKind::ReapTags:
        return std::make_shared<TagReapAction>(
            redis, r.argument.isEmpty() ? QByteArray("tag:*") : r.argument.toUtf8(), r.policy);
    }
    return {};
}

} // namespace qm::cache
