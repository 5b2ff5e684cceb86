#include "cache/coordinatedpurge.h"

#include "cache/redispurge.h"
#include "cache/varnishpurge.h"

#include <QJsonArray>

namespace qm::cache {

QString productXkey(const QByteArray &productId)
{
    return QStringLiteral("product-") + QString::fromUtf8(productId);
}

std::shared_ptr<safety::DestructiveAction> makeProductPurge(const RedisDeployment &redis,
    const QStringList &varnishInstances, const QByteArray &productId, const PurgePolicy &policy,
    bool unlockProtected)
{
    RedisPurgeSpec spec = RedisPurgeSpec::byProduct(productId);
    spec.unlockProtected = unlockProtected;
    auto redisPart = std::make_shared<RedisPurgeAction>(redis, spec, policy);
    if (varnishInstances.isEmpty())
        return redisPart;
    auto varnishPart = std::make_shared<VarnishPurgeAction>(
        varnishInstances, VarnishPurgeSpec::purgeTags({productXkey(productId)}));
    auto all = std::make_shared<safety::CompositeAction>(QStringLiteral("cache.purge.product"),
        QCoreApplication::translate(
            "qm::cache::RedisPurgeAction", "Purge product %1 from Redis and Varnish")
            .arg(QString::fromUtf8(productId)),
        QString::fromUtf8(productId));
    all->add(redisPart);
    all->add(varnishPart);
    all->beforeNextPlan = [varnishPart](const std::vector<safety::Plan> &plans) {
        QStringList paths;
        for (const QJsonValue &v :
            plans.front().data.value(QStringLiteral("sample_base64")).toArray()) {
            const QByteArray key = QByteArray::fromBase64(v.toString().toLatin1());
            if (key.startsWith("page:/"))
                paths << QString::fromUtf8(key.mid(5));
        }
        varnishPart->setVerifyPaths(paths);
    };
    return all;
}

} // namespace qm::cache
