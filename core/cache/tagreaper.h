#pragma once

#include "cache/purgespec.h"
#include "cache/topology.h"
#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QVector>

namespace qm::cache {

// Tag sets (tag:<name> -> the keys that show it) have no TTL of their own: when a tagged key
// expires, its member stays. TagReaper surveys the tag sets and reaps those members (SREM of the
// members whose key no longer exists), so tag sets stay bounded.
struct TagSetInfo
{
    QByteArray key;
    qint64 members = 0;
    qint64 dead = 0; // members whose key is gone
};

class TagReapAction : public safety::DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::TagReapAction)
public:
    TagReapAction(RedisDeployment deployment, QByteArray match = "tag:*", PurgePolicy policy = {});

    // Every tag set matching `match` with its member and dead-member counts (blocking).
    static Result<QVector<TagSetInfo>> survey(const RedisDeployment &deployment,
        const QByteArray &match = "tag:*", const safety::CancelToken &cancel = {});

    QString kind() const override { return QStringLiteral("cache.reap.tags"); }
    QString describe() const override;
    Result<safety::Plan> plan(const safety::CancelToken &cancel) override;
    safety::Outcome execute(const safety::Plan &plan, const safety::ProgressFn &progress,
        const safety::CancelToken &cancel) override;
    Result<safety::Verification> verify(const safety::Plan &plan, const safety::Outcome &outcome,
        const safety::CancelToken &cancel) override;

private:
    RedisDeployment m_deployment;
    QByteArray m_match;
    PurgePolicy m_policy;
    QVector<TagSetInfo> m_survey;
};

} // namespace qm::cache

Q_DECLARE_METATYPE(qm::cache::TagSetInfo)
