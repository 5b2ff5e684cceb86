#include "cache/tagreaper.h"

#include "cache/keybrowser.h"
#include "cache/pacer.h"
#include "cache/purgesession.h"
#include "cache/redissync.h"

#include <QJsonArray>
#include <algorithm>

namespace qm::cache {

namespace {

// The tag sets matching `match` on every master (SCAN ... TYPE set).
Result<QByteArrayList> tagSets(
    PurgeSession &s, const QByteArray &match, const safety::CancelToken &cancel)
{
    QByteArrayList out;
    for (const RedisNode &node : s.topology().masters) {
        QByteArray cursor = "0";
        do {
            if (cancel.isCancelled())
                return Error {Error::Code::Cancelled, QStringLiteral("Cancelled."), {}, {}};
            auto r = callSync(
                s.client(node), {"SCAN", cursor, "MATCH", match, "COUNT", "1000", "TYPE", "set"});
            if (!r)
                return r.error();
            if (r->isError())
                return replyError(node.endpoint, QStringLiteral("SCAN"), r.value());
            cursor = r->elements.at(0).str;
            for (const QByteArray &k : r->elements.at(1).toByteArrayList()) {
                if (!out.contains(k))
                    out << k;
            }
        } while (cursor != "0");
    }
    return out;
}

// Calls onDead(tagKey, deadMembers) per SSCAN batch of one tag set; returns (members, dead).
Result<std::pair<qint64, qint64>> walkMembers(PurgeSession &s, const QByteArray &tagKey,
    const safety::CancelToken &cancel,
    const std::function<Status(const QByteArrayList &)> &onDead = {})
{
    PurgePhase phase;
    phase.source = PurgePhase::Source::TagSet;
    phase.tagKey = tagKey;
    qint64 members = 0;
    qint64 dead = 0;
    std::optional<Error> failure;
    Status w = s.walk(
        phase,
        [&](const QByteArrayList &keys) {
            if (failure)
                return;
            members += keys.size();
            auto ex = s.exists(keys);
            if (!ex) {
                failure = ex.error();
                return;
            }
            QByteArrayList gone;
            for (qsizetype i = 0; i < keys.size(); ++i) {
                if (!ex.value()[size_t(i)])
                    gone << keys[i];
            }
            dead += gone.size();
            if (onDead && !gone.isEmpty()) {
                if (Status st = onDead(gone); !st)
                    failure = st.error();
            }
        },
        cancel);
    if (failure)
        return *failure;
    if (!w)
        return w.error();
    return std::make_pair(members, dead);
}

} // namespace

TagReapAction::TagReapAction(RedisDeployment deployment, QByteArray match, PurgePolicy policy)
    : m_deployment(std::move(deployment))
    , m_match(std::move(match))
    , m_policy(std::move(policy))
{ }

QString TagReapAction::describe() const
{
    return tr("Reap the members of tag sets %1 whose keys have expired")
        .arg(KeyInspector::printable(m_match));
}

Result<QVector<TagSetInfo>> TagReapAction::survey(
    const RedisDeployment &deployment, const QByteArray &match, const safety::CancelToken &cancel)
{
    PurgeSession s(deployment, {});
    if (Status c = s.connect(); !c)
        return c.error();
    auto sets = tagSets(s, match, cancel);
    if (!sets)
        return sets.error();
    QVector<TagSetInfo> out;
    for (const QByteArray &key : sets.value()) {
        auto counts = walkMembers(s, key, cancel);
        if (!counts)
            return counts.error();
        out.append(TagSetInfo {key, counts->first, counts->second});
    }
    std::sort(out.begin(), out.end(),
        [](const TagSetInfo &a, const TagSetInfo &b) { return a.dead > b.dead; });
    return out;
}

Result<safety::Plan> TagReapAction::plan(const safety::CancelToken &cancel)
{
    auto sv = survey(m_deployment, m_match, cancel);
    if (!sv)
        return sv.error();
    m_survey = sv.value();
    safety::Plan p;
    p.action = kind();
    p.title = describe();
    p.target = QString::fromUtf8(m_match);
    p.unit = tr("members");
    qint64 dead = 0;
    qint64 members = 0;
    QJsonArray sets;
    for (const TagSetInfo &t : m_survey) {
        dead += t.dead;
        members += t.members;
        if (t.dead > 0 && p.sample.size() < 20)
            p.sample << tr("%1: %2 of %3 members expired")
                            .arg(KeyInspector::printable(t.key, 80))
                            .arg(t.dead)
                            .arg(t.members);
        if (t.dead > 0 && sets.size() < 1000)
            sets.append(QJsonObject {{QStringLiteral("key"), QString::fromUtf8(t.key)},
                {QStringLiteral("members"), t.members}, {QStringLiteral("dead"), t.dead}});
    }
    p.count = dead;
    p.details << tr("%1 tag sets, %2 members, %3 of them point to expired keys")
                     .arg(m_survey.size())
                     .arg(members)
                     .arg(dead);
    p.details << tr("Only set members are removed: no cached key is deleted.");
    p.impact = safety::Impact::Low; // removes references to keys that no longer exist
    p.data = QJsonObject {{QStringLiteral("match"), QString::fromUtf8(m_match)},
        {QStringLiteral("tag_sets"), qint64(m_survey.size())}, {QStringLiteral("members"), members},
        {QStringLiteral("sets_with_dead"), sets}};
    return p;
}

safety::Outcome TagReapAction::execute(
    const safety::Plan &plan, const safety::ProgressFn &progress, const safety::CancelToken &cancel)
{
    safety::Outcome out;
    PurgeSession s(m_deployment, m_policy);
    if (Status c = s.connect(); !c) {
        out.error = c.error();
        return out;
    }
    safety::Progress pr;
    pr.total = plan.count;
    qint64 removed = 0;
    for (const TagSetInfo &t : m_survey) {
        if (t.dead == 0)
            continue;
        if (cancel.isCancelled()) {
            out.error = Error {Error::Code::Cancelled, tr("Stopped by you."), {}, {}};
            break;
        }
        const RedisNode &owner = s.nodeForKey(t.key);
        pr.stage = tr("Reaping %1").arg(KeyInspector::printable(t.key, 80));
        // Members are checked again right before SREM: a key cached again since the plan keeps
        // its member. SREM of members that are gone is what keeps the set bounded.
        auto r = walkMembers(s, t.key, cancel, [&](const QByteArrayList &gone) -> Status {
            QByteArrayList cmd {"SREM", t.key};
            cmd.append(gone);
            auto n = callSync(s.client(owner), cmd);
            if (!n)
                return n.error();
            if (n->isError())
                return replyError(owner.endpoint, QStringLiteral("SREM"), n.value());
            removed += n->integer;
            pr.done = removed;
            if (progress)
                progress(pr);
            return Done {};
        });
        if (!r) {
            out.error = r.error();
            break;
        }
    }
    out.done = removed;
    out.complete = !out.error;
    out.notes << tr("%1 expired members removed").arg(removed);
    out.data = QJsonObject {{QStringLiteral("removed"), removed}};
    return out;
}

Result<safety::Verification> TagReapAction::verify(
    const safety::Plan &, const safety::Outcome &, const safety::CancelToken &cancel)
{
    PurgeSession s(m_deployment, m_policy);
    if (Status c = s.connect(); !c)
        return c.error();
    safety::Verification v;
    v.remaining = 0;
    for (const TagSetInfo &t : m_survey) {
        if (t.dead == 0)
            continue;
        auto r = walkMembers(s, t.key, cancel);
        if (!r)
            return r.error();
        v.remaining += r->second;
    }
    v.ok = v.remaining == 0;
    v.summary = v.ok ? tr("Verified: the reaped tag sets hold no expired member.")
                     : tr("%1 members expired since (keys expire all the time).").arg(v.remaining);
    v.data = QJsonObject {{QStringLiteral("remaining"), v.remaining}};
    return v;
}

} // namespace qm::cache
