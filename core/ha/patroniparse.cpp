// The pure part of the Patroni client: reading /cluster and /config answers, and the reasons a
// switchover would be refused. No network and no QObject: tests/fuzz/fuzz_patroni.cpp links this
// file alone. (Texts keep the PatroniClient translation context.)
#include "ha/patroniclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

namespace qm::ha {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::ha::PatroniClient)
};

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

qint64 clampedInt64(const QJsonValue &value, qint64 fallback)
{
    if (!value.isDouble())
        return fallback;
    constexpr double limit = 9007199254740992.0; // 2^53: every integer below it is exact
    return qint64(std::clamp(value.toDouble(), -limit, limit));
}

bool PatroniMember::isLeader() const
{
    return role == QLatin1String("leader") || role == QLatin1String("master")
        || role == QLatin1String("standby_leader");
}

const PatroniMember *PatroniCluster::leader() const
{
    for (const PatroniMember &m : members) {
        if (m.isLeader())
            return &m;
    }
    return nullptr;
}

const PatroniMember *PatroniCluster::member(const QString &name) const
{
    for (const PatroniMember &m : members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

bool Preflight::ok() const
{
    for (const PreflightReason &r : reasons) {
        if (r.blocking)
            return false;
    }
    return true;
}

bool Preflight::has(PreflightReason::Kind kind) const
{
    for (const PreflightReason &r : reasons) {
        if (r.kind == kind)
            return true;
    }
    return false;
}

Result<PatroniCluster> PatroniClient::parseCluster(const QJsonObject &o, const QUrl &answeredBy)
{
    if (!o.value(QLatin1String("members")).isArray()) {
        return Error {Error::Code::Protocol, Text::tr("Patroni answered without a member list."),
            answeredBy.toString(), {}};
    }
    PatroniCluster c;
    c.answeredBy = answeredBy;
    c.paused = o.value(QLatin1String("pause")).toBool();
    c.scheduledSwitchover = o.value(QLatin1String("scheduled_switchover")).toObject();
    const QJsonArray members = o.value(QLatin1String("members")).toArray();
    for (const QJsonValue &v : members) {
        const QJsonObject j = v.toObject();
        PatroniMember m;
        m.name = j.value(QLatin1String("name")).toString();
        m.role = j.value(QLatin1String("role")).toString();
        m.state = j.value(QLatin1String("state")).toString();
        m.host = j.value(QLatin1String("host")).toString();
        m.port = j.value(QLatin1String("port")).toInt();
        m.apiUrl = QUrl(j.value(QLatin1String("api_url")).toString());
        m.timeline = j.value(QLatin1String("timeline")).toInt();
        const QJsonValue lag = j.value(QLatin1String("lag"));
        if (lag.isDouble())
            m.lagBytes = clampedInt64(lag);
        else if (lag.isString())
            m.lagUnknown = true; // "unknown"
        m.tags = j.value(QLatin1String("tags")).toObject();
        m.noFailover = m.tags.value(QLatin1String("nofailover")).toBool();
        c.members.append(m);
    }
    return c;
}

PatroniConfig PatroniClient::parseConfig(const QJsonObject &o)
{
    PatroniConfig c;
    c.raw = o;
    if (o.contains(QLatin1String("maximum_lag_on_failover")))
        c.maximumLagOnFailover = clampedInt64(o.value(QLatin1String("maximum_lag_on_failover")));
    c.ttl = o.value(QLatin1String("ttl")).toInt(c.ttl);
    c.loopWait = o.value(QLatin1String("loop_wait")).toInt(c.loopWait);
    c.retryTimeout = o.value(QLatin1String("retry_timeout")).toInt(c.retryTimeout);
    c.paused = o.value(QLatin1String("pause")).toBool();
    return c;
}

QList<PreflightReason> PatroniClient::reasonsFor(const PatroniCluster &cluster,
    const PatroniConfig &config, const QString &candidate, qint64 dcsAgeSeconds)
{
    using K = PreflightReason::Kind;
    QList<PreflightReason> out;
    auto add = [&out](K kind, QString message, bool blocking = true) {
        out.append(PreflightReason {kind, blocking, std::move(message)});
    };
    if (dcsAgeSeconds >= 0 && dcsAgeSeconds > config.ttl) {
        add(K::DcsUnreachable,
            Text::tr(
                "The leader last reached etcd %1 s ago (more than the leader lock's ttl of %2 s): "
                "without etcd nothing can switch over. Check etcd first.")
                .arg(dcsAgeSeconds)
                .arg(config.ttl));
    }
    if (cluster.paused || config.paused) {
        add(K::Paused,
            Text::tr("Patroni is paused (maintenance mode): someone is working on this cluster and "
                     "automatic failover is off. Resume it (patronictl resume) before a planned "
                     "switchover."));
    }
    const PatroniMember *leader = cluster.leader();
    if (!leader) {
        add(K::NoLeader,
            Text::tr(
                "The cluster has no leader: a switchover needs one. Use a failover to a chosen "
                "candidate instead."));
    }
    const PatroniMember *c = cluster.member(candidate);
    if (!c) {
        QStringList names;
        for (const PatroniMember &m : cluster.members)
            names << m.name;
        add(K::UnknownCandidate,
            Text::tr("There is no member named \"%1\" (members: %2).")
                .arg(candidate, names.join(QLatin1String(", "))));
        return out;
    }
    if (c->isLeader()) {
        add(K::CandidateIsLeader, Text::tr("%1 is already the leader.").arg(candidate));
        return out;
    }
    if (c->state != QLatin1String("running") && c->state != QLatin1String("streaming")) {
        add(K::CandidateNotRunning,
            Text::tr("%1 is not running (state \"%2\"): only a running replica can take over.")
                .arg(candidate, c->state));
    }
    if (c->noFailover) {
        add(K::NoFailoverTag,
            Text::tr(
                "%1 has the tag nofailover: Patroni never promotes it. Remove the tag from its "
                "configuration (and reload) or choose another candidate.")
                .arg(candidate));
    }
    if (c->lagUnknown || (!c->lagBytes && !c->isLeader())) {
        add(K::LagUnknown,
            Text::tr(
                "%1's replication lag is unknown (it does not stream from the leader): Patroni "
                "cannot tell whether it has all the data.")
                .arg(candidate));
    } else if (c->lagBytes && *c->lagBytes > config.maximumLagOnFailover) {
        add(K::LagTooHigh,
            Text::tr(
                "%1 lags %2 MiB behind the leader, more than maximum_lag_on_failover (%3 MiB): "
                "wait until it catches up.")
                .arg(candidate, mib(*c->lagBytes), mib(config.maximumLagOnFailover)));
    }
    if (leader && c->timeline > 0 && leader->timeline > 0 && c->timeline != leader->timeline) {
        add(K::TimelineDiffers,
            Text::tr(
                "%1 is on timeline %2 but the leader %3 is on timeline %4: it follows an older "
                "history and must be rebuilt (patronictl reinit) before it can take over.")
                .arg(candidate)
                .arg(c->timeline)
                .arg(leader->name)
                .arg(leader->timeline));
    }
    return out;
}

} // namespace qm::ha
