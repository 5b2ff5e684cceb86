// sentinel.failover: the Redis Sentinels promote a replica of the profile's master
// (hasteps.h). The Patroni step types are in hasteps.cpp.

#include "cache/purgespec.h"
#include "cache/redissync.h"
#include "cache/topology.h"
#include "redis/client.h"
#include "runbooks/hasteps_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::HaSteps)
};

using hadetail::oncallRole;

Error invalid(const QString &message)
{
    return Error {Error::Code::InvalidInput, message, {}, {}};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// -------------------------------------------------------------------------- sentinel.failover

class SentinelFailover : public StepType
{
public:
    QString name() const override { return QStringLiteral("sentinel.failover"); }
    QString summary() const override
    {
        return Tr::tr("have the Redis Sentinels promote a replica of the profile's master");
    }
    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f, {QStringLiteral("scratch_key")});
        fieldcheck::string(e, f, QStringLiteral("scratch_key"));
        return e;
    }

    static cache::RedisDeployment deployment(const StepContext &ctx)
    {
        return cache::RedisDeployment::fromSettings(ctx.profile.redis, ctx.redisPassword);
    }

    // One command to the Sentinels in turn: the first answer (an error reply is an answer).
    static Result<redis::Reply> askSentinels(const StepContext &ctx, const QByteArrayList &args)
    {
        const auto d = deployment(ctx);
        Error last = invalid(Tr::tr("the profile names no Sentinel"));
        for (const QString &hp : d.hosts) {
            redis::Endpoint se = d.sentinelEndpoint(hp);
            redis::Client s(se);
            auto r = cache::callSync(s, args, 5000);
            s.disconnectFromServer();
            if (r)
                return r;
            last = r.error();
        }
        return last;
    }

    static QByteArray master(const StepContext &ctx)
    {
        return ctx.profile.redis.masterName.toUtf8();
    }

    Result<CheckResult> precheck(const Fields &, StepContext &ctx) const override
    {
        if (ctx.profile.redis.mode != RedisSettings::Mode::Sentinel)
            return CheckResult {false,
                Tr::tr("the profile's Redis is not managed by Sentinel: there is nothing to fail "
                       "over"),
                {}};
        const auto role = oncallRole(ctx, Tr::tr("fail Redis over"));
        if (!role || !role->ok)
            return role;
        const auto q = askSentinels(ctx, {"SENTINEL", "CKQUORUM", master(ctx)});
        if (!q)
            return CheckResult {
                false, Tr::tr("no Sentinel answers: %1").arg(q.error().toString()), {}};
        if (q->isError())
            return CheckResult {false,
                Tr::tr("the Sentinels cannot fail over %1: %2")
                    .arg(ctx.profile.redis.masterName, q->toString()),
                {}};
        return CheckResult {true, q->toString(), {}};
    }

    Result<StepPlan> describePlan(const Fields &, StepContext &ctx) const override
    {
        const auto topo = cache::TopologyResolver::resolveSentinel(deployment(ctx), 3000);
        if (!topo)
            return topo.error();
        StepPlan p;
        const QString old = topo->masters.isEmpty() ? QString() : topo->masters.first().name();
        QStringList replicas;
        for (const cache::RedisNode &n : topo->replicas)
            replicas.append(n.name());
        p.summary
            = Tr::tr("Ask the Sentinels to fail %1 over from %2 to one of its replicas (%3)")
                  .arg(ctx.profile.redis.masterName, old,
                      replicas.isEmpty() ? Tr::tr("none") : replicas.join(QStringLiteral(", ")));
        const auto q = askSentinels(ctx, {"SENTINEL", "CKQUORUM", master(ctx)});
        p.details.append(q ? q->toString() : q.error().toString());
        if (replicas.isEmpty()) {
            p.refused = true;
            p.refusal = Tr::tr("%1 has no replica to promote").arg(ctx.profile.redis.masterName);
        }
        p.details.append(
            Tr::tr("protected namespaces checked after: %1")
                .arg(QString::fromUtf8(cache::PurgePolicy {}.protectedGlobs.join(", "))));
        p.impact = safety::Impact::High;
        p.sample = replicas;
        p.data = QJsonObject {{QStringLiteral("master"), old}};
        return p;
    }

    // Up to 200 keys of the protected namespaces that will not expire soon: they must still be
    // on the new master.
    static QJsonArray protectedSample(const redis::Endpoint &master)
    {
        QJsonArray out;
        redis::Client c(master);
        for (const QByteArray &glob : cache::PurgePolicy {}.protectedGlobs) {
            QByteArray cursor = "0";
            int rounds = 0;
            do {
                auto r = cache::callSync(c, {"SCAN", cursor, "MATCH", glob, "COUNT", "1000"});
                if (!r || !r->isArray() || r->elements.size() != 2)
                    break;
                cursor = r->elements[0].toString().toUtf8();
                std::vector<QByteArrayList> ttls;
                QByteArrayList keys;
                for (const redis::Reply &k : r->elements[1].elements) {
                    keys.append(k.str);
                    ttls.push_back({"TTL", k.str});
                }
                if (keys.isEmpty())
                    continue;
                auto t = cache::pipelineSync(c, ttls);
                if (!t)
                    break;
                for (size_t i = 0; i < t->size() && out.size() < 200; ++i) {
                    const qint64 ttl = (*t)[i].integer;
                    if (ttl == -1 || ttl > 600)
                        out.append(QString::fromUtf8(keys[qsizetype(i)]));
                }
            } while (cursor != "0" && out.size() < 200 && ++rounds < 50);
        }
        c.disconnectFromServer();
        return out;
    }

    StepOutcome execute(const Fields &, const StepPlan &plan, StepContext &ctx) const override
    {
        QJsonObject data = plan.data;
        const auto topo = cache::TopologyResolver::resolveSentinel(deployment(ctx), 3000);
        if (topo && !topo->masters.isEmpty()) {
            data.insert(QStringLiteral("master"), topo->masters.first().name());
            data.insert(
                QStringLiteral("protected"), protectedSample(topo->masters.first().endpoint));
        }
        data.insert(QStringLiteral("started_at_ms"), double(nowMs()));
        const auto r = askSentinels(ctx, {"SENTINEL", "FAILOVER", master(ctx)});
        if (!r)
            return StepOutcome {false, r.error().toString(), data, r.error()};
        if (r->isError())
            return StepOutcome {false, r->toString(), data,
                Error {Error::Code::Conflict,
                    Tr::tr("the Sentinel refused the failover: %1").arg(r->toString()), {}, {}}};
        if (ctx.log)
            ctx.log(Tr::tr("Sentinel: %1").arg(r->toString()));
        return StepOutcome {true,
            Tr::tr("Sentinel started a failover of %1 (from %2)")
                .arg(ctx.profile.redis.masterName, data.value(QStringLiteral("master")).toString()),
            data, {}};
    }

    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &outcome, StepContext &ctx) const override
    {
        const QString old = outcome.data.value(QStringLiteral("master")).toString();
        const auto topo = cache::TopologyResolver::resolveSentinel(deployment(ctx), 3000);
        if (!topo)
            return CheckResult {false, topo.error().toString(), {}};
        if (topo->masters.isEmpty())
            return CheckResult {false, Tr::tr("no master yet"), {}};
        const cache::RedisNode &now = topo->masters.first();
        if (now.name() == old)
            return CheckResult {false, Tr::tr("%1 is still the master").arg(old), {}};
        redis::Client c(now.endpoint);
        const QByteArray key = f.string(QStringLiteral("scratch_key"),
                                    QStringLiteral("qm:runbook:scratch:%1").arg(ctx.runId))
                                   .toUtf8();
        const QByteArray value = QByteArray::number(nowMs());
        auto set = cache::callSync(c, {"SET", key, value, "EX", "600"});
        if (!set || set->isError()) {
            c.disconnectFromServer();
            return CheckResult {false,
                Tr::tr("the new master %1 refused a write: %2")
                    .arg(now.name(), set ? set->toString() : set.error().toString()),
                {}};
        }
        auto get = cache::callSync(c, {"GET", key});
        const QJsonArray sample = outcome.data.value(QStringLiteral("protected")).toArray();
        QStringList missing;
        for (const QJsonValue &k : sample) {
            auto e = cache::callSync(c, {"EXISTS", k.toString().toUtf8()});
            if (!e || e->integer != 1)
                missing.append(k.toString());
        }
        c.disconnectFromServer();
        if (!get || get->str != value)
            return CheckResult {false,
                Tr::tr("the write to %1 on %2 did not read back")
                    .arg(QString::fromUtf8(key), now.name()),
                {}};
        if (!missing.isEmpty())
            return CheckResult {false,
                Tr::tr("%n protected key(s) missing on the new master, e.g. %1", nullptr,
                    int(missing.size()))
                    .arg(missing.first()),
                {}};
        return CheckResult {true,
            Tr::tr("%1 is the master now (was %2), took a write to %3; %n protected key(s) intact",
                nullptr, int(sample.size()))
                .arg(now.name(), old, QString::fromUtf8(key)),
            QJsonObject {{QStringLiteral("master"), now.name()},
                {QStringLiteral("write_at_ms"), double(nowMs())}}};
    }
};

} // namespace

std::shared_ptr<StepType> hadetail::makeSentinelFailover()
{
    return std::make_shared<SentinelFailover>();
}

} // namespace qm::runbooks
