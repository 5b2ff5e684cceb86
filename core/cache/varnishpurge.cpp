#include "cache/varnishpurge.h"

#include "cache/varnish.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace qm::cache {

VarnishPurgeSpec VarnishPurgeSpec::banUrl(QString regex)
{
    VarnishPurgeSpec s;
    s.urlRegex = std::move(regex);
    return s;
}

VarnishPurgeSpec VarnishPurgeSpec::banHost(QString regex)
{
    VarnishPurgeSpec s;
    s.hostRegex = std::move(regex);
    return s;
}

VarnishPurgeSpec VarnishPurgeSpec::purgeTags(QStringList tags)
{
    VarnishPurgeSpec s;
    s.kind = Kind::Tags;
    s.tags = std::move(tags);
    return s;
}

QString VarnishPurgeSpec::target() const
{
    if (kind == Kind::Tags)
        return tags.join(u' ');
    if (!urlRegex.isEmpty() && !hostRegex.isEmpty())
        return hostRegex + u' ' + urlRegex;
    return urlRegex.isEmpty() ? hostRegex : urlRegex;
}

QString VarnishPurgeSpec::actionName() const
{
    return kind == Kind::Tags ? QStringLiteral("varnish.purge.xkey")
                              : QStringLiteral("varnish.ban");
}

VarnishPurgeAction::VarnishPurgeAction(QStringList instances, VarnishPurgeSpec spec)
    : m_instances(std::move(instances))
    , m_spec(std::move(spec))
{ }

QString VarnishPurgeAction::describe() const
{
    if (m_spec.kind == VarnishPurgeSpec::Kind::Tags)
        return tr("Purge the Varnish pages tagged %1").arg(m_spec.tags.join(QStringLiteral(", ")));
    if (!m_spec.hostRegex.isEmpty() && !m_spec.urlRegex.isEmpty())
        return tr("Ban the Varnish pages of hosts %1 with URLs %2")
            .arg(m_spec.hostRegex, m_spec.urlRegex);
    if (!m_spec.hostRegex.isEmpty())
        return tr("Ban the Varnish pages of hosts matching %1").arg(m_spec.hostRegex);
    return tr("Ban the Varnish pages with URLs matching %1").arg(m_spec.urlRegex);
}

Result<safety::Plan> VarnishPurgeAction::plan(const safety::CancelToken &)
{
    if (m_instances.isEmpty())
        return Error {
            Error::Code::InvalidInput, tr("The profile names no Varnish instance."), {}, {}};
    if (m_spec.kind == VarnishPurgeSpec::Kind::Ban) {
        if (m_spec.urlRegex.isEmpty() && m_spec.hostRegex.isEmpty())
            return Error {
                Error::Code::InvalidInput, tr("A ban needs a URL or a host regex."), {}, {}};
        for (const QString &re : {m_spec.urlRegex, m_spec.hostRegex}) {
            if (const QString p = VarnishClient::regexProblem(re); !re.isEmpty() && !p.isEmpty())
                return Error {Error::Code::InvalidInput, p, re, {}};
        }
    } else if (m_spec.tags.isEmpty()) {
        return Error {Error::Code::InvalidInput, tr("No tag to purge."), {}, {}};
    }
    VarnishClient client;
    safety::Plan p;
    p.action = m_spec.actionName();
    p.title = describe();
    p.target = m_spec.target();
    p.unit = tr("objects");
    p.count = -1;
    p.countExact = false;
    qint64 cached = 0;
    QJsonArray instances;
    for (const QString &instance : m_instances) {
        auto s = client.stats(instance);
        if (!s) {
            // Invalidation itself may still work: say so instead of refusing.
            p.warnings << tr("%1: no ban list or counters (%2)").arg(instance, s.error().message);
            instances.append(QJsonObject {{QStringLiteral("instance"), instance},
                {QStringLiteral("error"), s.error().message}});
            continue;
        }
        cached += qMax<qint64>(0, s->objects);
        p.details << tr("%1: %2 objects cached, ban list length %3")
                         .arg(instance)
                         .arg(s->objects)
                         .arg(s->banListLength);
        instances.append(QJsonObject {{QStringLiteral("instance"), instance},
            {QStringLiteral("objects"), s->objects},
            {QStringLiteral("ban_list_length"), s->banListLength},
            {QStringLiteral("bans_added"), s->bansAdded}});
    }
    p.details.prepend(tr("Varnish cannot count in advance what this invalidates: at most the %1 "
                         "objects cached on %n instance(s).",
        nullptr, int(m_instances.size()))
                          .arg(cached));
    for (const QString &path : m_spec.verifyPaths.mid(0, 20))
        p.sample << path;
    // A regex that matches every URL empties the cache: origin load spikes afterwards.
    const bool everything = m_spec.kind == VarnishPurgeSpec::Kind::Ban && m_spec.hostRegex.isEmpty()
        && QRegularExpression(m_spec.urlRegex).match(QString()).hasMatch();
    if (everything)
        p.warnings << tr("This regex matches every URL: the whole cache is invalidated and the "
                         "origin serves every page again.");
    p.impact = everything                             ? safety::Impact::High
        : m_spec.kind == VarnishPurgeSpec::Kind::Tags ? safety::Impact::Low
                                                      : safety::Impact::Medium;
    p.data = QJsonObject {{QStringLiteral("instances"), instances},
        {QStringLiteral("url_regex"), m_spec.urlRegex},
        {QStringLiteral("host_regex"), m_spec.hostRegex},
        {QStringLiteral("tags"), QJsonArray::fromStringList(m_spec.tags)},
        {QStringLiteral("verify_paths"),
            QJsonArray::fromStringList(m_spec.verifyPaths.mid(0, 20))}};
    return p;
}

safety::Outcome VarnishPurgeAction::execute(
    const safety::Plan &, const safety::ProgressFn &progress, const safety::CancelToken &cancel)
{
    safety::Outcome out;
    VarnishClient client;
    safety::Progress pr;
    pr.total = m_instances.size();
    QJsonArray done;
    qint64 purged = 0;
    for (const QString &instance : m_instances) {
        if (cancel.isCancelled()) {
            out.error = Error {Error::Code::Cancelled,
                tr("Stopped by you after %1 of %2 instances.").arg(pr.done).arg(m_instances.size()),
                {}, {}};
            break;
        }
        pr.stage = tr("Invalidating on %1").arg(instance);
        if (progress)
            progress(pr);
        if (m_spec.kind == VarnishPurgeSpec::Kind::Tags) {
            auto n = client.purgeTags(instance, m_spec.tags);
            if (!n) {
                out.error = n.error();
                break;
            }
            purged += n.value();
            out.notes << tr("%1: %2 objects purged").arg(instance).arg(n.value());
            done.append(QJsonObject {
                {QStringLiteral("instance"), instance}, {QStringLiteral("purged"), n.value()}});
        } else {
            auto expr = client.ban(instance, m_spec.urlRegex, m_spec.hostRegex);
            if (!expr) {
                out.error = expr.error();
                break;
            }
            out.notes << tr("%1: ban added (%2)").arg(instance, expr.value());
            done.append(QJsonObject {
                {QStringLiteral("instance"), instance}, {QStringLiteral("ban"), expr.value()}});
        }
        ++pr.done;
    }
    if (out.error && out.error->code != Error::Code::Cancelled) {
        out.error->message = tr("%1 (after %2 of %3 instances)")
                                 .arg(out.error->message)
                                 .arg(pr.done)
                                 .arg(m_instances.size());
    }
    pr.stage.clear();
    if (progress)
        progress(pr);
    out.complete = !out.error;
    out.done = m_spec.kind == VarnishPurgeSpec::Kind::Tags ? purged : pr.done;
    out.data = QJsonObject {
        {QStringLiteral("instances"), done}, {QStringLiteral("objects_purged"), purged}};
    return out;
}

Result<safety::Verification> VarnishPurgeAction::verify(
    const safety::Plan &plan, const safety::Outcome &outcome, const safety::CancelToken &)
{
    VarnishClient client;
    safety::Verification v;
    QStringList problems;
    int checked = 0;
    if (m_spec.kind == VarnishPurgeSpec::Kind::Ban) {
        // The ban must be listed on every instance it was sent to.
        for (const QJsonValue &d : outcome.data.value(QStringLiteral("instances")).toArray()) {
            const QString instance = d[QStringLiteral("instance")].toString();
            const QString expr = d[QStringLiteral("ban")].toString();
            auto s = client.stats(instance);
            if (!s) {
                problems
                    << tr("%1: cannot read the ban list (%2)").arg(instance, s.error().message);
                continue;
            }
            ++checked;
            qint64 addedBefore = -1;
            for (const QJsonValue &i : plan.data[QStringLiteral("instances")].toArray()) {
                if (i[QStringLiteral("instance")].toString() == instance)
                    addedBefore = i[QStringLiteral("bans_added")].toInteger(-1);
            }
            const bool listed = std::any_of(s->banList.begin(), s->banList.end(),
                                    [&](const QString &b) { return b.contains(expr); })
                || (addedBefore >= 0 && s->bansAdded > addedBefore);
            if (!listed)
                problems << tr("%1: the ban is not in the ban list").arg(instance);
        }
    }
    // Known URLs must come from the origin now, not from the cache.
    for (const QString &instance : m_instances) {
        for (const QString &path : m_spec.verifyPaths.mid(0, 20)) {
            auto r = client.get(instance, path);
            if (!r) {
                problems << tr("%1%2: %3").arg(instance, path, r.error().message);
                continue;
            }
            ++checked;
            if (r->header("X-Cache") == "HIT")
                problems << tr("%1%2 is still served from the cache").arg(instance, path);
        }
    }
    v.remaining = problems.size();
    v.ok = problems.isEmpty() && !outcome.error;
    v.summary = v.ok         ? tr("Verified on %n check(s).", nullptr, checked)
        : problems.isEmpty() ? tr("Not every instance was invalidated.")
                             : problems.join(QStringLiteral("; "));
    v.data = QJsonObject {{QStringLiteral("checked"), checked},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
    return v;
}

} // namespace qm::cache
