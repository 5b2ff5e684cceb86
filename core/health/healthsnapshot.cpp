#include "healthsnapshot.h"

#include <algorithm>

namespace qm {

const db::NodeStatus *HealthSnapshot::primary() const
{
    const auto it = std::find_if(
        nodes.cbegin(), nodes.cend(), [](const db::NodeStatus &n) { return n.primary; });
    return it == nodes.cend() ? nullptr : &*it;
}

bool HealthSnapshot::primaryUp() const
{
    const db::NodeStatus *p = primary();
    return p && p->up;
}

QVector<db::NodeStatus> HealthSnapshot::replicas() const
{
    QVector<db::NodeStatus> out;
    std::copy_if(nodes.cbegin(), nodes.cend(), std::back_inserter(out),
        [](const db::NodeStatus &n) { return !n.primary; });
    return out;
}

double HealthSnapshot::worstRoundTripMs() const
{
    double worst = -1;
    for (const db::NodeStatus &n : nodes) {
        if (n.up)
            worst = std::max(worst, n.roundTripMs);
    }
    if (redis.up)
        worst = std::max(worst, redis.roundTripMs);
    return worst;
}

HealthLevel healthLevel(const db::NodeStatus &node, const HealthThresholds &limits)
{
    if (!node.up)
        return node.error.isEmpty() && node.roundTripMs < 0 ? HealthLevel::Unknown
                                                            : HealthLevel::Down;
    if (!node.primary && node.lagSeconds > limits.replicaLagSeconds)
        return HealthLevel::Warning;
    if (node.roundTripMs > limits.slowRoundTripMs)
        return HealthLevel::Warning;
    return HealthLevel::Ok;
}

HealthLevel healthLevel(const RedisHealth &redis, const HealthThresholds &limits)
{
    if (!redis.configured)
        return HealthLevel::Unknown;
    if (!redis.up)
        return redis.error.isEmpty() ? HealthLevel::Unknown : HealthLevel::Down;
    if (redis.roundTripMs > limits.slowRoundTripMs)
        return HealthLevel::Warning;
    return HealthLevel::Ok;
}

} // namespace qm
