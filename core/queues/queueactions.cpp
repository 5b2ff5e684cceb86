#include "queues/queueactions.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <climits>

namespace qm::queues {

namespace {

// KEYS[1] dead stream, KEYS[2] orders stream, KEYS[3] the marker; ARGV[1] the dead letter's id,
// ARGV[2] the orders stream's MAXLEN. One script: Redis runs it atomically.
const QByteArray kReplayScript = R"lua(
local prev = redis.call('GET', KEYS[3])
local e = redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1])
if prev then
  if #e > 0 then redis.call('XDEL', KEYS[1], ARGV[1]) end
  return {'already', prev}
end
if #e == 0 then return {'gone', ''} end
local f = e[1][2]
local args = {KEYS[2], 'MAXLEN', '~', ARGV[2], '*'}
local group = ''
for i = 1, #f, 2 do
  local k, v = f[i], f[i + 1]
  if k == 'group' then group = v end
  if string.sub(k, 1, 2) == 'f.' then
    local name = string.sub(k, 3)
    if name ~= 'attempt' and name ~= 'only_task' and name ~= 'retry_of' and name ~= 'last_error'
       and name ~= 'replay_of' then
      table.insert(args, name); table.insert(args, v)
    end
  end
end
table.insert(args, 'attempt'); table.insert(args, '1')
if group ~= '' then table.insert(args, 'only_task'); table.insert(args, group) end
table.insert(args, 'replay_of'); table.insert(args, ARGV[1])
local id = redis.call('XADD', unpack(args))
redis.call('SET', KEYS[3], id, 'EX', 604800)
redis.call('XDEL', KEYS[1], ARGV[1])
return {'replayed', id}
)lua";

safety::Outcome failedOutcome(const Error &e, qint64 done, const QElapsedTimer &t)
{
    safety::Outcome o;
    o.done = done;
    o.error = e;
    o.elapsedMs = t.elapsed();
    return o;
}

Error cancelledError()
{
    Error e;
    e.code = Error::Code::Cancelled;
    e.message = QCoreApplication::translate("qm::queues", "Stopped by the user.");
    return e;
}

} // namespace

int compareIds(const QString &a, const QString &b)
{
    const qint64 am = a.section(u'-', 0, 0).toLongLong();
    const qint64 bm = b.section(u'-', 0, 0).toLongLong();
    if (am != bm)
        return am < bm ? -1 : 1;
    const qint64 as = a.section(u'-', 1, 1).toLongLong();
    const qint64 bs = b.section(u'-', 1, 1).toLongLong();
    return as == bs ? 0 : (as < bs ? -1 : 1);
}

// ---- replay ----

ReplayDeadLettersAction::ReplayDeadLettersAction(
    cache::RedisDeployment deployment, QStringList ids, QString group, int limit)
    : m_deployment(std::move(deployment))
    , m_ids(std::move(ids))
    , m_group(std::move(group))
    , m_limit(limit)
{ }

QString ReplayDeadLettersAction::describe() const
{
    return m_ids.isEmpty()
        ? tr("Replay the dead letters of %1").arg(m_group.isEmpty() ? tr("every task") : m_group)
        : tr("Replay %n dead letter(s)", nullptr, int(m_ids.size()));
}

Result<safety::Plan> ReplayDeadLettersAction::plan(const safety::CancelToken &)
{
    StreamClient client(m_deployment);
    auto dead = QueueReader::readDeadLetters(client, kDeadStream, m_limit);
    if (!dead)
        return dead.error();
    safety::Plan p;
    p.action = kind();
    p.title = describe();
    p.target = m_group.isEmpty() ? QString::fromUtf8(kDeadStream) : m_group;
    p.unit = tr("dead letters");
    QJsonArray ids;
    for (const DeadLetter &d : *dead) {
        if (!m_group.isEmpty() && d.group != m_group)
            continue;
        if (!m_ids.isEmpty() && !m_ids.contains(d.id))
            continue;
        ids.append(d.id);
        if (p.sample.size() < 20)
            p.sample << tr("%1: order %2, %3 after %n attempt(s): %4", nullptr, int(d.attempts))
                            .arg(d.id, d.orderId, d.group, d.error);
    }
    p.count = ids.size();
    p.details << tr("Each dead letter goes back to %1 for its task only (attempt 1), once: a "
                    "marker records it, and the workers skip an order's task that is done.")
                     .arg(QString::fromUtf8(kOrdersStream));
    if (ids.isEmpty()) {
        p.refused = true;
        p.refusal = tr("There are no dead letters to replay.");
    }
    p.impact = safety::impactForCount(p.count);
    p.data.insert(QStringLiteral("ids"), ids);
    p.data.insert(QStringLiteral("stream"), QString::fromUtf8(kDeadStream));
    return p;
}

Result<QPair<QByteArray, QString>> ReplayDeadLettersAction::replayOne(
    StreamClient &client, const QByteArray &id)
{
    bool retried = false;
    const auto r = client.command(kDeadStream,
        {"EVAL", kReplayScript, "3", kDeadStream, kOrdersStream, replayMarkerKey(id), id, "100000"},
        &retried);
    if (!r || r->isError() || r->elements.size() != 2)
        return QueueReader::replyError(r, tr("replay a dead letter"));
    QByteArray what = r->elements[0].toByteArray();
    // The reply of a first send was lost (the master went away) and the second send found the
    // marker: that marker is this run's own (the plan listed the letter as not replayed).
    if (what == "already" && retried)
        what = "replayed";
    return qMakePair(what, r->elements[1].toString());
}

safety::Outcome ReplayDeadLettersAction::execute(
    const safety::Plan &plan, const safety::ProgressFn &progress, const safety::CancelToken &cancel)
{
    QElapsedTimer t;
    t.start();
    StreamClient client(m_deployment);
    client.setFailoverWaitMs(m_failoverWaitMs);
    const QJsonArray ids = plan.data.value(QStringLiteral("ids")).toArray();
    qint64 replayed = 0, already = 0, gone = 0, handled = 0, redone = 0;
    QMap<QString, QString> added; // dead id -> the id of the entry its replay added
    auto addedJson = [&added] {
        QJsonArray out;
        for (auto it = added.cbegin(); it != added.cend(); ++it)
            out.append(QJsonArray {it.key(), it.value()});
        return out;
    };
    for (const QJsonValue &v : ids) {
        if (cancel.isCancelled())
            return failedOutcome(cancelledError(), replayed, t);
        const QByteArray id = v.toString().toUtf8();
        const auto one = replayOne(client, id);
        if (!one) {
            auto o = failedOutcome(one.error(), replayed, t);
            o.data.insert(QStringLiteral("added"), addedJson());
            return o;
        }
        if (one->first == "replayed") {
            ++replayed;
            added.insert(v.toString(), one->second);
        } else if (one->first == "already") {
            ++already;
        } else {
            ++gone;
        }
        ++handled;
        if (m_afterEach)
            m_afterEach(handled);
        safety::Progress pr;
        pr.done = handled;
        pr.total = ids.size();
        pr.stage = tr("Replaying dead letters");
        progress(pr);
    }
    // Every replay on a replica before the outcome says done (a later failover keeps them).
    qint64 acked = replayed > 0 ? client.waitForReplicas(kDeadStream) : -1;
    // After a failover during the run, or when no replica acknowledged (the master that took the
    // replays may have been replaced while it still answered): replication is asynchronous, so a
    // replay an old master acknowledged may never have reached the new one (its letter is back,
    // with no marker). Ask Sentinel for the master again, look at every replayed letter there
    // and replay those again: the script and its marker make that once, whatever happened.
    const int followed = std::max(0, client.rediscoveries()); // failovers met during the run
    if (followed > 0 || acked == 0) {
        const Status fresh = client.refresh();
        if (!fresh)
            return failedOutcome(fresh.error(), replayed, t);
        for (auto it = added.begin(); it != added.end(); ++it) {
            const QByteArray id = it.key().toUtf8();
            const auto marker = client.command(kDeadStream, {"GET", replayMarkerKey(id)});
            if (!marker || marker->isError())
                return failedOutcome(
                    QueueReader::replyError(marker, tr("read a replay marker")), replayed, t);
            if (!marker->isNil())
                continue;
            const auto again = replayOne(client, id);
            if (!again)
                return failedOutcome(again.error(), replayed, t);
            if (again->first == "replayed") {
                ++redone;
                it.value() = again->second;
            }
        }
        if (redone > 0)
            acked = client.waitForReplicas(kDeadStream);
    }
    safety::Outcome o;
    o.complete = true;
    o.done = replayed;
    o.elapsedMs = t.elapsed();
    o.notes << tr("%n dead letter(s) replayed", nullptr, int(replayed));
    if (already)
        o.notes << tr("%n had been replayed before (not added again)", nullptr, int(already));
    if (gone)
        o.notes << tr("%n were gone already", nullptr, int(gone));
    if (followed > 0)
        o.notes << tr("The Redis master changed during the replay; followed it to %1.")
                       .arg(client.nodeFor(kDeadStream));
    if (redone)
        o.notes << tr("%n replay(s) lost in the failover were done again", nullptr, int(redone));
    if (acked == 0)
        o.notes << tr("No replica has acknowledged the replays yet.");
    o.data.insert(QStringLiteral("replayed"), replayed);
    o.data.insert(QStringLiteral("already"), already);
    o.data.insert(QStringLiteral("gone"), gone);
    o.data.insert(QStringLiteral("redone"), redone);
    o.data.insert(QStringLiteral("rediscoveries"), followed);
    o.data.insert(QStringLiteral("node"), client.nodeFor(kDeadStream));
    o.data.insert(QStringLiteral("added"), addedJson());
    return o;
}

Result<safety::Verification> ReplayDeadLettersAction::verify(
    const safety::Plan &plan, const safety::Outcome &, const safety::CancelToken &)
{
    StreamClient client(m_deployment);
    const QJsonArray ids = plan.data.value(QStringLiteral("ids")).toArray();
    qint64 remaining = 0, unmarked = 0;
    for (const QJsonValue &v : ids) {
        const QByteArray id = v.toString().toUtf8();
        const auto r = client.command(kDeadStream, {"XRANGE", kDeadStream, id, id});
        if (!r || r->isError())
            return QueueReader::replyError(r, tr("read the dead letters"));
        if (!r->elements.empty())
            ++remaining;
        const auto m = client.command(kDeadStream, {"EXISTS", replayMarkerKey(id)});
        if (m && m->toInteger() == 0)
            ++unmarked;
    }
    safety::Verification ver;
    ver.ok = remaining == 0 && unmarked == 0;
    ver.remaining = remaining;
    ver.summary = tr("%1 of %2 planned dead letters are still there; %3 have no replay marker")
                      .arg(remaining)
                      .arg(ids.size())
                      .arg(unmarked);
    return ver;
}

// ---- claim ----

ClaimPendingAction::ClaimPendingAction(cache::RedisDeployment deployment, QString group,
    qint64 minIdleMs, QString toConsumer, QByteArray stream)
    : m_deployment(std::move(deployment))
    , m_group(std::move(group))
    , m_minIdleMs(minIdleMs)
    , m_to(std::move(toConsumer))
    , m_stream(std::move(stream))
{ }

QString ClaimPendingAction::describe() const
{
    return tr("Claim the entries of %1 pending for over %2 s")
        .arg(m_group)
        .arg(m_minIdleMs / 1000.0);
}

Result<safety::Plan> ClaimPendingAction::plan(const safety::CancelToken &)
{
    StreamClient client(m_deployment);
    const QByteArray group = m_group.toUtf8();
    const auto p = client.command(m_stream,
        {"XPENDING", m_stream, group, "IDLE", QByteArray::number(m_minIdleMs), "-", "+", "10000"});
    if (!p || p->isError())
        return QueueReader::replyError(p, tr("read the pending entries of %1").arg(m_group));
    QMap<QString, qint64> byConsumer;
    safety::Plan plan;
    plan.action = kind();
    plan.title = describe();
    plan.target = m_group;
    plan.unit = tr("entries");
    for (const redis::Reply &e : p->elements) {
        if (e.elements.size() < 4)
            continue;
        byConsumer[e.elements[1].toString()] += 1;
        if (plan.sample.size() < 20)
            plan.sample << tr("%1 of %2, idle %3 s, delivered %n time(s)", nullptr,
                int(qMin<qint64>(e.elements[3].toInteger(), INT_MAX)))
                               .arg(e.elements[0].toString(), e.elements[1].toString())
                               .arg(e.elements[2].toInteger() / 1000);
    }
    plan.count = qint64(p->elements.size());
    QString to = m_to;
    if (to.isEmpty()) {
        const auto c = client.command(m_stream, {"XINFO", "CONSUMERS", m_stream, group});
        if (!c || c->isError())
            return QueueReader::replyError(c, tr("read the consumers of %1").arg(m_group));
        qint64 best = -1;
        for (const redis::Reply &consumer : c->elements) {
            const auto cm = fieldMap(consumer);
            const QString name = cm.value("name").toString();
            const qint64 idle = cm.value("idle").toInteger();
            if (idle >= m_minIdleMs || byConsumer.contains(name))
                continue; // as stale as what it would take over
            if (best < 0 || idle < best) {
                best = idle;
                to = name;
            }
        }
    }
    for (auto it = byConsumer.cbegin(); it != byConsumer.cend(); ++it)
        plan.details << tr("%1 holds %n of them", nullptr, int(it.value())).arg(it.key());
    if (plan.count == 0) {
        plan.refused = true;
        plan.refusal = tr("No entry of %1 has been pending that long.").arg(m_group);
    } else if (to.isEmpty()) {
        plan.refused = true;
        plan.refusal = tr("No live consumer in %1 to take the entries over: start a worker first.")
                           .arg(m_group);
    } else {
        plan.details << tr("They go to %1, which processes them on its next pending read.").arg(to);
    }
    plan.impact = safety::impactForCount(plan.count);
    plan.data.insert(QStringLiteral("to"), to);
    plan.data.insert(QStringLiteral("min_idle_ms"), m_minIdleMs);
    plan.data.insert(QStringLiteral("stream"), QString::fromUtf8(m_stream));
    return plan;
}

safety::Outcome ClaimPendingAction::execute(
    const safety::Plan &plan, const safety::ProgressFn &progress, const safety::CancelToken &cancel)
{
    QElapsedTimer t;
    t.start();
    StreamClient client(m_deployment);
    const QByteArray to = plan.data.value(QStringLiteral("to")).toString().toUtf8();
    QByteArray cursor = "0-0";
    qint64 claimed = 0, deleted = 0;
    for (int round = 0; round < 100000; ++round) {
        if (cancel.isCancelled())
            return failedOutcome(cancelledError(), claimed, t);
        const auto r = client.command(m_stream,
            {"XAUTOCLAIM", m_stream, m_group.toUtf8(), to, QByteArray::number(m_minIdleMs), cursor,
                "COUNT", "100", "JUSTID"});
        if (!r || r->isError() || r->elements.size() < 2)
            return failedOutcome(QueueReader::replyError(r, tr("claim entries")), claimed, t);
        cursor = r->elements[0].toByteArray();
        claimed += qint64(r->elements[1].elements.size());
        if (r->elements.size() >= 3) // Redis 7: ids deleted from the stream while pending
            deleted += qint64(r->elements[2].elements.size());
        safety::Progress pr;
        pr.done = claimed;
        pr.total = plan.count;
        pr.stage = tr("Claiming for %1").arg(QString::fromUtf8(to));
        progress(pr);
        if (cursor == "0-0")
            break;
    }
    safety::Outcome o;
    o.complete = true;
    o.done = claimed;
    o.elapsedMs = t.elapsed();
    o.notes << tr("%n entries claimed for %1", nullptr, int(claimed)).arg(QString::fromUtf8(to));
    if (deleted)
        o.notes << tr(
            "%n pending entries no longer existed (removed from the group)", nullptr, int(deleted));
    o.data.insert(QStringLiteral("claimed"), claimed);
    o.data.insert(QStringLiteral("deleted"), deleted);
    return o;
}

Result<safety::Verification> ClaimPendingAction::verify(
    const safety::Plan &, const safety::Outcome &, const safety::CancelToken &)
{
    StreamClient client(m_deployment);
    const auto p = client.command(m_stream,
        {"XPENDING", m_stream, m_group.toUtf8(), "IDLE", QByteArray::number(m_minIdleMs), "-", "+",
            "10000"});
    if (!p || p->isError())
        return QueueReader::replyError(p, tr("read the pending entries of %1").arg(m_group));
    safety::Verification v;
    v.remaining = qint64(p->elements.size());
    v.ok = v.remaining == 0;
    v.summary = tr("%n entries of %1 are still pending that long", nullptr, int(v.remaining))
                    .arg(m_group);
    return v;
}

// ---- trim ----

TrimStreamAction::TrimStreamAction(
    cache::RedisDeployment deployment, QByteArray stream, qint64 maxLen, bool force)
    : m_deployment(std::move(deployment))
    , m_stream(std::move(stream))
    , m_maxLen(std::max<qint64>(0, maxLen))
    , m_force(force)
{ }

QString TrimStreamAction::describe() const
{
    return tr("Trim %1 to its newest %2 entries").arg(QString::fromUtf8(m_stream)).arg(m_maxLen);
}

Result<safety::Plan> TrimStreamAction::plan(const safety::CancelToken &)
{
    StreamClient client(m_deployment);
    auto info = QueueReader::readStream(client, m_stream);
    if (!info)
        return info.error();
    safety::Plan p;
    p.action = kind();
    p.title = describe();
    p.target = QString::fromUtf8(m_stream);
    p.unit = tr("entries");
    p.count = std::max<qint64>(0, info->length - m_maxLen);
    // The first entry kept: everything older goes.
    QString firstKept;
    if (m_maxLen > 0 && p.count > 0) {
        const auto r = client.command(
            m_stream, {"XREVRANGE", m_stream, "+", "-", "COUNT", QByteArray::number(m_maxLen)});
        if (!r || r->isError())
            return QueueReader::replyError(r, tr("read %1").arg(p.target));
        if (!r->elements.empty())
            firstKept = r->elements.back().elements.empty()
                ? QString()
                : r->elements.back().elements[0].toString();
    }
    qint64 unsafe = 0;
    for (const GroupInfo &g : info->groups) {
        // Pending (unacknowledged) entries among those that go, and entries the group has not
        // been given yet (its last delivered id is older than the cut).
        const bool pendingCut = !g.oldestPendingId.isEmpty()
            && (firstKept.isEmpty() || compareIds(g.oldestPendingId, firstKept) < 0);
        const bool undeliveredCut = p.count > 0
            && (firstKept.isEmpty() || compareIds(g.lastDeliveredId, firstKept) < 0)
            && compareIds(g.lastDeliveredId, info->lastId) < 0;
        if (pendingCut || undeliveredCut) {
            ++unsafe;
            p.warnings << tr("Group %1 has entries that would go before it acknowledged them "
                             "(oldest pending %2, last delivered %3).")
                              .arg(g.name, g.oldestPendingId, g.lastDeliveredId);
        }
    }
    p.details << tr("%1 has %2 entries; %3 would go.").arg(p.target).arg(info->length).arg(p.count);
    if (p.count == 0) {
        p.refused = true;
        p.refusal = tr("Nothing to trim: the stream has %1 entries.").arg(info->length);
    } else if (unsafe > 0 && !m_force) {
        p.refused = true;
        p.refusal = tr("Trimming would drop entries that a group has not acknowledged. Claim or "
                       "process them first, or force the trim.");
    }
    p.impact = m_force && unsafe ? safety::Impact::High : safety::impactForCount(p.count);
    p.data.insert(QStringLiteral("max_len"), m_maxLen);
    p.data.insert(QStringLiteral("unacked_groups"), unsafe);
    p.data.insert(QStringLiteral("first_kept"), firstKept);
    return p;
}

safety::Outcome TrimStreamAction::execute(
    const safety::Plan &, const safety::ProgressFn &, const safety::CancelToken &)
{
    QElapsedTimer t;
    t.start();
    StreamClient client(m_deployment);
    const auto r = client.command(
        m_stream, {"XTRIM", m_stream, "MAXLEN", "=", QByteArray::number(m_maxLen)});
    if (!r || r->isError())
        return failedOutcome(QueueReader::replyError(r, tr("trim the stream")), 0, t);
    safety::Outcome o;
    o.complete = true;
    o.done = r->toInteger();
    o.elapsedMs = t.elapsed();
    o.notes << tr("%n entries trimmed", nullptr, int(o.done));
    return o;
}

Result<safety::Verification> TrimStreamAction::verify(
    const safety::Plan &, const safety::Outcome &, const safety::CancelToken &)
{
    StreamClient client(m_deployment);
    const auto r = client.command(m_stream, {"XLEN", m_stream});
    if (!r || r->isError())
        return QueueReader::replyError(r, tr("read the stream's length"));
    safety::Verification v;
    // New orders may arrive meanwhile: at most the kept entries plus those.
    v.remaining = r->toInteger();
    v.ok = true;
    v.summary = tr("%1 has %2 entries now").arg(QString::fromUtf8(m_stream)).arg(v.remaining);
    return v;
}

} // namespace qm::queues
