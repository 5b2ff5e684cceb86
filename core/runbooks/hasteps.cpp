#include "runbooks/hasteps.h"

#include "cache/purgespec.h"
#include "cache/redissync.h"
#include "cache/topology.h"
#include "common/awaitfuture.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "ha/patroniclient.h"
#include "http/jsonclient.h"
#include "redis/client.h"
#include "runbooks/hasteps_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <pqxx/pqxx>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::HaSteps)
};

using ha::PatroniClient;
using ha::PatroniCluster;
using ha::PatroniMember;
using ha::Preflight;
using ha::PreflightReason;
using hadetail::oncallRole;

Error invalid(const QString &message)
{
    return Error {Error::Code::InvalidInput, message, {}, {}};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Waits for a future of a client living on this (worker) thread, running this thread's events
// (common/awaitfuture.h). Never called on the GUI thread: the engine runs steps on its worker.
template <typename R> R awaitHere(QFuture<R> f, int timeoutMs = 30000)
{
    if (!awaitFuture(f, timeoutMs) || f.resultCount() == 0)
        return R(Error {Error::Code::Timeout, Tr::tr("Patroni did not answer in time"), {}, {}});
    return f.result();
}

QList<QUrl> patroniUrls(const StepContext &ctx)
{
    QList<QUrl> out;
    for (const QString &u : ctx.profile.patroniUrls)
        out.append(QUrl(u));
    return out;
}

Result<PatroniCluster> readCluster(const StepContext &ctx)
{
    const QList<QUrl> urls = patroniUrls(ctx);
    if (urls.isEmpty())
        return invalid(
            Tr::tr("the profile names no Patroni REST API (\"patroni\" in the profile)"));
    PatroniClient client(urls);
    client.setCaFile(ctx.profile.caFile);
    client.setTimeoutMs(3000);
    return awaitHere(client.cluster());
}

QString lagText(const PatroniMember &m)
{
    if (m.isLeader())
        return Tr::tr("leader");
    if (m.lagUnknown || !m.lagBytes)
        return Tr::tr("lag unknown");
    return Tr::tr("lag %1 bytes").arg(*m.lagBytes);
}

QString memberLine(const PatroniMember &m)
{
    return Tr::tr("%1: %2, %3, timeline %4, %5%6")
        .arg(m.name, m.role, m.state)
        .arg(m.timeline)
        .arg(lagText(m), m.noFailover ? Tr::tr(", tagged nofailover") : QString());
}

bool isRunning(const PatroniMember &m)
{
    return m.state == QLatin1String("running") || m.state == QLatin1String("streaming");
}

// The replica Patroni would pick itself: running, not tagged nofailover, the smallest known lag.
const PatroniMember *bestCandidate(const PatroniCluster &c)
{
    const PatroniMember *best = nullptr;
    for (const PatroniMember &m : c.members) {
        if (m.isLeader() || !isRunning(m) || m.noFailover)
            continue;
        const qint64 lag = m.lagBytes.value_or(LLONG_MAX);
        if (!best || lag < best->lagBytes.value_or(LLONG_MAX))
            best = &m;
    }
    return best;
}

QString reasonsText(const QList<PreflightReason> &reasons, bool blockingOnly)
{
    QStringList out;
    for (const PreflightReason &r : reasons)
        if (!blockingOnly || r.blocking)
            out.append(r.message);
    return out.join(u' ');
}

// The write that proves the new primary takes writes, through the console's own cluster (which
// must first learn where the primary now is): a transaction that gets a transaction id (only a
// primary can assign one) and commits. No table: it works on any schema.
struct WriteProof
{
    bool inRecovery = true;
    int port = 0;
    QString txid;
};

Result<WriteProof> writeThroughCluster(StepContext &ctx)
{
    if (!ctx.cluster)
        return invalid(Tr::tr("no database connection for this run"));
    (void)db::waitBlocking(ctx.cluster->probe(), "find the new primary");
    return db::waitBlocking(ctx.cluster->write<WriteProof>(QStringLiteral("runbook verify write"),
                                [](db::Pool::Connection &c) {
                                    pqxx::work tx(c);
                                    const pqxx::row row
                                        = tx.exec1("SELECT pg_is_in_recovery(), "
                                                   "coalesce(inet_server_port(), 0), "
                                                   "txid_current()::text");
                                    WriteProof p;
                                    p.inRecovery = row[0].as<bool>();
                                    p.port = row[1].as<int>();
                                    p.txid = QString::fromStdString(row[2].as<std::string>());
                                    tx.commit();
                                    return p;
                                }),
        "runbook verify write");
}

// ------------------------------------------------------------------------------ patroni.check

const QStringList &conditions()
{
    static const QStringList c = {QStringLiteral("leader_running"), QStringLiteral("has_leader"),
        QStringLiteral("members_streaming"), QStringLiteral("replicas_within_lag"),
        QStringLiteral("timelines_agree"), QStringLiteral("paused"),
        QStringLiteral("dcs_reachable"), QStringLiteral("leader_is")};
    return c;
}

class PatroniCheck : public StepType
{
public:
    QString name() const override { return QStringLiteral("patroni.check"); }
    QString summary() const override
    {
        return Tr::tr("a condition of the Patroni cluster (leader running, replicas streaming, "
                      "lag, timelines, paused, etcd reachable)");
    }
    bool isCheck() const override { return true; }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            {QStringLiteral("condition"), QStringLiteral("expect"), QStringLiteral("member"),
                QStringLiteral("max_lag")});
        fieldcheck::required(e, f, QStringLiteral("condition"));
        fieldcheck::oneOf(e, f, QStringLiteral("condition"), conditions());
        fieldcheck::number(e, f, QStringLiteral("max_lag"));
        if (f.has(QStringLiteral("expect")) && !f.value(QStringLiteral("expect")).isBool()
            && !isParameterRef(f.value(QStringLiteral("expect"))))
            e.append({QStringLiteral("expect"), Tr::tr("must be true or false")});
        if (f.string(QStringLiteral("condition")) == QLatin1String("leader_is"))
            fieldcheck::string(e, f, QStringLiteral("member"), true);
        return e;
    }

    static bool expected(const Fields &f)
    {
        const QJsonValue v = f.value(QStringLiteral("expect"));
        if (v.isString())
            return v.toString() != QLatin1String("false");
        return v.toBool(true);
    }

    Result<CheckResult> check(const Fields &f, StepContext &ctx) const override
    {
        const QString cond = f.string(QStringLiteral("condition"));
        bool value = false;
        QString seen;
        QJsonObject data;
        if (cond == QLatin1String("dcs_reachable")) {
            // The pre-flight knows whether the members reach etcd (the leader's dcs_last_seen).
            const QList<QUrl> urls = patroniUrls(ctx);
            if (urls.isEmpty())
                return invalid(Tr::tr("the profile names no Patroni REST API"));
            PatroniClient client(urls);
            client.setCaFile(ctx.profile.caFile);
            client.setTimeoutMs(3000);
            auto c = awaitHere(client.cluster());
            const PatroniMember *cand = c ? bestCandidate(*c) : nullptr;
            auto p = awaitHere(client.preflightSwitchover(cand ? cand->name : QString()));
            if (!p)
                return p.error();
            value = !p->has(PreflightReason::Kind::DcsUnreachable)
                && !p->has(PreflightReason::Kind::NoMemberAnswers);
            seen = value ? Tr::tr("the members reach etcd") : reasonsText(p->reasons, true);
        } else {
            const auto c = readCluster(ctx);
            if (!c)
                return c.error();
            const PatroniMember *leader = c->leader();
            data.insert(QStringLiteral("leader"), leader ? leader->name : QString());
            data.insert(QStringLiteral("timeline"), leader ? leader->timeline : 0);
            QStringList members;
            for (const PatroniMember &m : c->members)
                members.append(memberLine(m));
            if (cond == QLatin1String("leader_running")) {
                value = leader && leader->state == QLatin1String("running");
                seen = leader ? Tr::tr("leader %1 is %2").arg(leader->name, leader->state)
                              : Tr::tr("no leader");
            } else if (cond == QLatin1String("has_leader")) {
                value = leader != nullptr;
                seen = leader ? Tr::tr("leader %1").arg(leader->name) : Tr::tr("no leader");
            } else if (cond == QLatin1String("leader_is")) {
                const QString want = f.string(QStringLiteral("member"));
                value = leader && leader->name == want;
                seen = leader ? Tr::tr("leader %1").arg(leader->name) : Tr::tr("no leader");
            } else if (cond == QLatin1String("paused")) {
                value = c->paused;
                seen = c->paused ? Tr::tr("paused") : Tr::tr("not paused");
            } else {
                const auto cfg = [&]() -> ha::PatroniConfig {
                    PatroniClient client(patroniUrls(ctx));
                    client.setCaFile(ctx.profile.caFile);
                    client.setTimeoutMs(3000);
                    auto r = awaitHere(client.config());
                    return r ? r.value() : ha::PatroniConfig {};
                }();
                const qint64 maxLag = f.has(QStringLiteral("max_lag"))
                    ? qint64(f.value(QStringLiteral("max_lag")).toDouble())
                    : cfg.maximumLagOnFailover;
                int replicas = 0;
                value = leader != nullptr;
                for (const PatroniMember &m : c->members) {
                    if (m.isLeader())
                        continue;
                    ++replicas;
                    if (cond == QLatin1String("members_streaming"))
                        value = value && isRunning(m) && !m.lagUnknown;
                    else if (cond == QLatin1String("replicas_within_lag"))
                        value = value && m.lagBytes && *m.lagBytes <= maxLag;
                    else if (cond == QLatin1String("timelines_agree"))
                        value = value && m.timeline > 0 && m.timeline == leader->timeline;
                }
                value = value && replicas > 0;
                seen = members.join(QStringLiteral("; "));
                if (cond == QLatin1String("replicas_within_lag"))
                    seen += Tr::tr(" (at most %1 bytes)").arg(maxLag);
            }
            if (seen.isEmpty() || cond == QLatin1String("leader_running")
                || cond == QLatin1String("has_leader"))
                seen += QStringLiteral(" [") + members.join(QStringLiteral("; ")) + u']';
        }
        const bool want = expected(f);
        data.insert(QStringLiteral("value"), value);
        return CheckResult {value == want,
            Tr::tr("%1 is %2 (expected %3): %4")
                .arg(cond, value ? QStringLiteral("true") : QStringLiteral("false"),
                    want ? QStringLiteral("true") : QStringLiteral("false"), seen),
            data};
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        StepPlan p;
        p.summary = Tr::tr("Check that Patroni's %1 is %2")
                        .arg(f.string(QStringLiteral("condition")),
                            expected(f) ? QStringLiteral("true") : QStringLiteral("false"));
        const auto now = check(f, ctx);
        p.details.append(now
                ? Tr::tr("now: %1 (%2)")
                      .arg(now->summary, now->ok ? Tr::tr("would pass") : Tr::tr("would fail"))
                : Tr::tr("now: cannot run it: %1").arg(now.error().toString()));
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        const auto r = check(f, ctx);
        if (!r)
            return StepOutcome {false, r.error().toString(), {}, r.error()};
        return StepOutcome {r->ok, r->summary, r->data, {}};
    }

    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &, StepContext &ctx) const override
    {
        return check(f, ctx);
    }
};

// ------------------------------------------------------- patroni.switchover, patroni.failover

class PatroniLeaderChange : public StepType
{
public:
    explicit PatroniLeaderChange(bool failover)
        : m_failover(failover)
    { }

    QString name() const override
    {
        return m_failover ? QStringLiteral("patroni.failover")
                          : QStringLiteral("patroni.switchover");
    }
    QString summary() const override
    {
        return m_failover
            ? Tr::tr("promote a chosen replica when the leader is gone (Patroni failover)")
            : Tr::tr("hand the leader role to a replica (Patroni planned switchover)");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        if (m_failover) {
            fieldcheck::onlyKeys(e, f, {QStringLiteral("candidate")});
            fieldcheck::string(e, f, QStringLiteral("candidate"), true);
        } else {
            fieldcheck::onlyKeys(e, f, {QStringLiteral("candidate"), QStringLiteral("scheduled")});
            fieldcheck::string(e, f, QStringLiteral("candidate"));
            fieldcheck::string(e, f, QStringLiteral("scheduled"));
            const QString s = f.string(QStringLiteral("scheduled"));
            if (!s.isEmpty() && !isParameterRef(f.value(QStringLiteral("scheduled")))
                && !QDateTime::fromString(s, Qt::ISODate).isValid())
                e.append({QStringLiteral("scheduled"),
                    Tr::tr("\"scheduled\" must be an ISO 8601 time with its offset, e.g. "
                           "2026-12-07T03:00:00+00:00")});
        }
        return e;
    }

    // The candidate named in the step, else (switchover only) the best replica now.
    static QString candidateFor(const Fields &f, const PatroniCluster &c)
    {
        QString cand = f.string(QStringLiteral("candidate"));
        if (cand.isEmpty()) {
            if (const PatroniMember *b = bestCandidate(c))
                cand = b->name;
        }
        return cand;
    }

    // The pre-flight: Patroni's conditions, each explained. A failover does not need a leader
    // (that is its point), and works in maintenance mode with a named candidate.
    Result<Preflight> preflight(const Fields &f, StepContext &ctx) const
    {
        const QList<QUrl> urls = patroniUrls(ctx);
        if (urls.isEmpty())
            return invalid(Tr::tr("the profile names no Patroni REST API"));
        PatroniClient client(urls);
        client.setCaFile(ctx.profile.caFile);
        client.setTimeoutMs(3000);
        QString cand = f.string(QStringLiteral("candidate"));
        if (cand.isEmpty()) {
            auto c = awaitHere(client.cluster());
            if (c)
                cand = candidateFor(f, *c);
        }
        auto p = awaitHere(client.preflightSwitchover(cand), 20000);
        if (!p)
            return p.error();
        Preflight out = std::move(p.value());
        if (m_failover) {
            using K = PreflightReason::Kind;
            for (PreflightReason &r : out.reasons)
                if (r.kind == K::NoLeader || r.kind == K::LeaderUnreachable || r.kind == K::Paused
                    || r.kind == K::TimelineDiffers || r.kind == K::LagUnknown)
                    r.blocking = false; // the leader is gone: its timeline is no reference
        }
        return out;
    }

    Result<CheckResult> precheck(const Fields &f, StepContext &ctx) const override
    {
        const auto role = oncallRole(
            ctx, m_failover ? Tr::tr("fail over PostgreSQL") : Tr::tr("switch PostgreSQL over"));
        if (!role || !role->ok)
            return role;
        const auto p = preflight(f, ctx);
        if (!p)
            return p.error();
        if (!p->ok())
            return CheckResult {false,
                (m_failover ? Tr::tr("Patroni would refuse a failover to %1: %2")
                            : Tr::tr("Patroni would refuse a switchover to %1: %2"))
                    .arg(p->candidate.isEmpty() ? Tr::tr("(no candidate)") : p->candidate,
                        reasonsText(p->reasons, true)),
                {}};
        return CheckResult {true,
            Tr::tr("pre-flight passed for %1%2")
                .arg(p->candidate,
                    p->reasons.isEmpty()
                        ? QString()
                        : QStringLiteral(" (") + reasonsText(p->reasons, false) + u')'),
            {}};
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        const auto p = preflight(f, ctx);
        if (!p)
            return p.error();
        const PatroniCluster &c = p->cluster;
        const PatroniMember *leader = c.leader();
        const PatroniMember *cand = c.member(p->candidate);
        StepPlan plan;
        const QString scheduled = f.string(QStringLiteral("scheduled"));
        if (m_failover)
            plan.summary = Tr::tr("Fail over to %1 (now leading: %2)")
                               .arg(p->candidate, leader ? leader->name : Tr::tr("nobody"));
        else
            plan.summary = scheduled.isEmpty()
                ? Tr::tr("Switch over from %1 to %2")
                      .arg(leader ? leader->name : Tr::tr("nobody"), p->candidate)
                : Tr::tr("Schedule a switchover from %1 to %2 at %3")
                      .arg(leader ? leader->name : Tr::tr("nobody"), p->candidate, scheduled);
        for (const PatroniMember &m : c.members)
            plan.details.append(memberLine(m));
        if (cand)
            plan.details.append(Tr::tr("candidate %1: %2, timeline %3")
                                    .arg(cand->name, lagText(*cand))
                                    .arg(cand->timeline));
        plan.details.append(Tr::tr("maximum_lag_on_failover %1 bytes, ttl %2 s, loop_wait %3 s")
                                .arg(p->config.maximumLagOnFailover)
                                .arg(p->config.ttl)
                                .arg(p->config.loopWait));
        for (const PreflightReason &r : p->reasons)
            plan.warnings.append(r.message);
        if (!p->ok()) {
            plan.refused = true;
            plan.refusal = reasonsText(p->reasons, true);
        }
        plan.sample.append(leader ? leader->name : QString());
        plan.sample.append(p->candidate);
        plan.impact = safety::Impact::High;
        plan.data = QJsonObject {{QStringLiteral("leader"), leader ? leader->name : QString()},
            {QStringLiteral("candidate"), p->candidate},
            {QStringLiteral("timeline"), leader ? leader->timeline : (cand ? cand->timeline : 0)},
            {QStringLiteral("candidate_lag"),
                cand && cand->lagBytes ? double(*cand->lagBytes) : -1.0},
            {QStringLiteral("scheduled"), scheduled}};
        return plan;
    }

    StepOutcome execute(const Fields &f, const StepPlan &plan, StepContext &ctx) const override
    {
        const QString leader = plan.data.value(QStringLiteral("leader")).toString();
        const QString cand = plan.data.value(QStringLiteral("candidate")).toString();
        const QString scheduled = f.string(QStringLiteral("scheduled"));
        QJsonObject data = plan.data;
        data.insert(QStringLiteral("started_at_ms"), double(nowMs()));
        if (cand.isEmpty())
            return StepOutcome {
                false, Tr::tr("no candidate"), data, invalid(Tr::tr("no replica can take over"))};
        PatroniClient client(patroniUrls(ctx));
        client.setCaFile(ctx.profile.caFile);
        Result<QString> r = QString();
        if (ctx.log)
            ctx.log(m_failover
                    ? Tr::tr("asking Patroni to fail over to %1").arg(cand)
                    : Tr::tr("asking Patroni to switch over from %1 to %2").arg(leader, cand));
        if (m_failover) {
            r = awaitHere(client.failover(cand), 90000);
        } else if (scheduled.isEmpty()) {
            r = awaitHere(client.switchover(leader, cand), 90000);
        } else {
            // PatroniClient has no scheduled form: the same POST with scheduled_at, to the first
            // member that answers.
            http::JsonClient http;
            http.setTimeoutMs(30000);
            http.setCaFile(ctx.profile.caFile);
            const QByteArray body = QJsonDocument(
                QJsonObject {{QStringLiteral("leader"), leader},
                    {QStringLiteral("candidate"), cand},
                    {QStringLiteral("scheduled_at"),
                        scheduled}}).toJson(QJsonDocument::Compact);
            r = invalid(Tr::tr("no Patroni member answered"));
            for (QUrl url : patroniUrls(ctx)) {
                url.setPath(QStringLiteral("/switchover"));
                auto s = awaitHere(
                    http.send("POST", url, body, {{"Content-Type", "application/json"}}), 35000);
                if (s) {
                    r = QString::fromUtf8(s.value()).trimmed();
                    break;
                }
                r = s.error();
                if (s.error().code != Error::Code::ConnectionFailed
                    && s.error().code != Error::Code::Timeout)
                    break; // Patroni answered: its refusal is the answer
            }
            data.insert(QStringLiteral("scheduled"), scheduled);
        }
        if (!r)
            return StepOutcome {false, r.error().toString(), data, r.error()};
        data.insert(QStringLiteral("patroni_said"), r.value());
        if (ctx.log)
            ctx.log(Tr::tr("Patroni: %1").arg(r.value()));
        return StepOutcome {true, r.value(), data, {}};
    }

    // The new leader is the candidate (a failover/switchover without one: anyone but the old
    // leader), it runs, its timeline is past the old one, and the console's cluster commits a
    // write on it.
    Result<CheckResult> verify(
        const Fields &, const StepOutcome &outcome, StepContext &ctx) const override
    {
        const QJsonObject d = outcome.data;
        const QString oldLeader = d.value(QStringLiteral("leader")).toString();
        const QString cand = d.value(QStringLiteral("candidate")).toString();
        const int oldTimeline = d.value(QStringLiteral("timeline")).toInt();
        const QString scheduled = d.value(QStringLiteral("scheduled")).toString();
        const auto c = readCluster(ctx);
        if (!c)
            return c.error();
        const PatroniMember *leader = c->leader();
        if (!scheduled.isEmpty()
            && QDateTime::fromString(scheduled, Qt::ISODate) > QDateTime::currentDateTimeUtc()
            && !c->scheduledSwitchover.isEmpty())
            return CheckResult {
                true, Tr::tr("Patroni has the switchover scheduled for %1").arg(scheduled), {}};
        if (!leader)
            return CheckResult {false, Tr::tr("no leader yet"), {}};
        if (leader->name == oldLeader)
            return CheckResult {false, Tr::tr("%1 still leads").arg(oldLeader), {}};
        if (!cand.isEmpty() && leader->name != cand)
            return CheckResult {
                false, Tr::tr("%1 leads, not the candidate %2").arg(leader->name, cand), {}};
        if (leader->state != QLatin1String("running"))
            return CheckResult {
                false, Tr::tr("the new leader %1 is %2").arg(leader->name, leader->state), {}};
        if (oldTimeline > 0 && leader->timeline <= oldTimeline)
            return CheckResult {false,
                Tr::tr("the new leader %1 is still on timeline %2")
                    .arg(leader->name)
                    .arg(leader->timeline),
                {}};
        const auto w = writeThroughCluster(ctx);
        if (!w)
            return CheckResult {false,
                Tr::tr("%1 leads on timeline %2 but no write was accepted yet: %3")
                    .arg(leader->name)
                    .arg(leader->timeline)
                    .arg(w.error().toString()),
                {}};
        if (w->inRecovery || (leader->port > 0 && w->port != leader->port))
            return CheckResult {false,
                Tr::tr("the console's write went to port %1, not to the new leader %2 (port %3)")
                    .arg(w->port)
                    .arg(leader->name)
                    .arg(leader->port),
                {}};
        return CheckResult {true,
            Tr::tr("%1 leads on timeline %2 (was %3 on %4) and committed transaction %5")
                .arg(leader->name)
                .arg(leader->timeline)
                .arg(oldLeader.isEmpty() ? Tr::tr("nobody") : oldLeader)
                .arg(oldTimeline)
                .arg(w->txid),
            QJsonObject {{QStringLiteral("leader"), leader->name},
                {QStringLiteral("timeline"), leader->timeline},
                {QStringLiteral("write_port"), w->port}, {QStringLiteral("txid"), w->txid},
                {QStringLiteral("write_at_ms"), double(nowMs())}}};
    }

private:
    bool m_failover;
};

// ------------------------------------------------------------- patroni.pause, patroni.resume

class PatroniPause : public StepType
{
public:
    explicit PatroniPause(bool pause)
        : m_pause(pause)
    { }
    QString name() const override
    {
        return m_pause ? QStringLiteral("patroni.pause") : QStringLiteral("patroni.resume");
    }
    QString summary() const override
    {
        return m_pause ? Tr::tr("put Patroni in maintenance mode (no automatic failover)")
                       : Tr::tr("take Patroni out of maintenance mode (automatic failover on)");
    }
    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f, {});
        return e;
    }
    Result<CheckResult> precheck(const Fields &, StepContext &ctx) const override
    {
        const auto role
            = oncallRole(ctx, m_pause ? Tr::tr("pause Patroni") : Tr::tr("resume Patroni"));
        if (!role || !role->ok)
            return role;
        const auto c = readCluster(ctx);
        if (!c)
            return CheckResult {
                false, Tr::tr("no Patroni member answers: %1").arg(c.error().toString()), {}};
        return CheckResult {true, {}, {}};
    }
    Result<StepPlan> describePlan(const Fields &, StepContext &ctx) const override
    {
        const auto c = readCluster(ctx);
        if (!c)
            return c.error();
        StepPlan p;
        p.summary = m_pause ? Tr::tr("Pause Patroni: it stops failing over and restarting "
                                     "PostgreSQL until resumed")
                            : Tr::tr("Resume Patroni: automatic failover on again");
        p.details.append(c->paused ? Tr::tr("now: paused") : Tr::tr("now: not paused"));
        for (const PatroniMember &m : c->members)
            p.details.append(memberLine(m));
        if (c->paused == m_pause)
            p.warnings.append(
                m_pause ? Tr::tr("Patroni is already paused") : Tr::tr("Patroni is not paused"));
        p.impact = safety::Impact::Medium;
        p.data = QJsonObject {{QStringLiteral("was_paused"), c->paused}};
        return p;
    }
    StepOutcome execute(const Fields &, const StepPlan &plan, StepContext &ctx) const override
    {
        PatroniClient client(patroniUrls(ctx));
        client.setCaFile(ctx.profile.caFile);
        const Status s = awaitHere(client.pause(m_pause), 60000);
        if (!s)
            return StepOutcome {false, s.error().toString(), plan.data, s.error()};
        return StepOutcome {
            true, m_pause ? Tr::tr("pause requested") : Tr::tr("resume requested"), plan.data, {}};
    }
    Result<CheckResult> verify(const Fields &, const StepOutcome &, StepContext &ctx) const override
    {
        const auto c = readCluster(ctx);
        if (!c)
            return c.error();
        return CheckResult {c->paused == m_pause,
            c->paused ? Tr::tr("Patroni is paused") : Tr::tr("Patroni is not paused"), {}};
    }

private:
    bool m_pause;
};

} // namespace

namespace hadetail {

// The signed-in role must be an on-call engineer: the same rule as the server's journal
// functions (pg_has_role(..., 'qm_oncall', 'MEMBER')). A read: it works while the primary is
// down (the emergency) through a replica.
Result<CheckResult> oncallRole(StepContext &ctx, const QString &what)
{
    if (!ctx.cluster)
        return invalid(Tr::tr("no database connection for this run"));
    // Any server that answers: in an emergency the primary is down, and the cluster's read
    // routing may still prefer it (read-your-writes), so ask each node in turn.
    QVector<db::Pool *> pools = ctx.cluster->replicaPools();
    pools.prepend(ctx.cluster->primaryPool());
    Error last = invalid(Tr::tr("no PostgreSQL server answers"));
    for (db::Pool *pool : pools) {
        auto r = db::waitBlocking(
            pool->run<std::pair<bool, QString>>(QStringLiteral("may run HA steps"),
                [](db::Pool::Connection &c) {
                    pqxx::read_transaction tx(c);
                    const pqxx::row row = tx.exec1("SELECT pg_has_role(current_user, 'qm_oncall', "
                                                   "'MEMBER'), current_user::text");
                    return std::make_pair(
                        row[0].as<bool>(), QString::fromStdString(row[1].as<std::string>()));
                }),
            "may run HA steps");
        if (!r) {
            last = r.error();
            continue;
        }
        if (!r->first)
            return CheckResult {false,
                Tr::tr("%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an "
                       "on-call engineer; nothing was changed.")
                    .arg(r->second, what),
                {}};
        return CheckResult {true, Tr::tr("%1 has the on-call role").arg(r->second), {}};
    }
    return last;
}

} // namespace hadetail

void addHaSteps(StepRegistry &registry)
{
    registry.add(std::make_shared<PatroniLeaderChange>(false));
    registry.add(std::make_shared<PatroniLeaderChange>(true));
    registry.add(std::make_shared<PatroniPause>(true));
    registry.add(std::make_shared<PatroniPause>(false));
    registry.add(std::make_shared<PatroniCheck>());
    registry.add(hadetail::makeSentinelFailover());
}

} // namespace qm::runbooks
