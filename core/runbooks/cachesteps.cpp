#include "runbooks/cachesteps.h"

#include "backend/backend.h"
#include "cache/purgekind.h"
#include "cache/topology.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <map>
#include <mutex>
#include <pqxx/pqxx>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::CacheSteps)
};

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

// A plan and an outcome as the journal keeps them (Plan::toJson, Outcome::toJson): what a purge's
// verify() reads after a resume.
safety::Plan planFromJson(const QJsonObject &o)
{
    safety::Plan p;
    p.action = o.value(QStringLiteral("action")).toString();
    p.title = o.value(QStringLiteral("title")).toString();
    p.target = o.value(QStringLiteral("target")).toString();
    p.count = qint64(o.value(QStringLiteral("count")).toDouble(-1));
    p.countExact = o.value(QStringLiteral("count_exact")).toBool(true);
    p.sample = stringsOf(o.value(QStringLiteral("sample")));
    p.details = stringsOf(o.value(QStringLiteral("details")));
    p.warnings = stringsOf(o.value(QStringLiteral("warnings")));
    p.refused = o.contains(QStringLiteral("refused"));
    p.refusal = o.value(QStringLiteral("refused")).toString();
    p.data = o.value(QStringLiteral("data")).toObject();
    return p;
}

safety::Outcome outcomeFromJson(const QJsonObject &o)
{
    safety::Outcome out;
    out.complete = o.value(QStringLiteral("complete")).toBool();
    out.done = qint64(o.value(QStringLiteral("done")).toDouble());
    out.elapsedMs = qint64(o.value(QStringLiteral("elapsed_ms")).toDouble());
    out.notes = stringsOf(o.value(QStringLiteral("notes")));
    out.data = o.value(QStringLiteral("data")).toObject();
    if (o.contains(QStringLiteral("error"))) {
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        out.error = Error {Error::Code::Unknown, e.value(QStringLiteral("message")).toString(),
            e.value(QStringLiteral("detail")).toString(), {}};
    }
    return out;
}

// A purge action as a step: the same action instance is planned, executed and verified within
// a run (a coordinated purge remembers its parts' plans); after a resume it is rebuilt from the
// journaled plan and outcome.
class PurgeStep : public StepType
{
public:
    virtual cache::PurgeRequest requestOf(const Fields &f) const = 0;

    Result<CheckResult> precheck(const Fields &, StepContext &ctx) const override
    {
        if (!ctx.cluster)
            return Error {
                Error::Code::InvalidInput, Tr::tr("no database connection for this run"), {}, {}};
        const std::string sql
            = "SELECT unnest(" + Backend(ctx.profile.backend).sqlObject("my_capabilities") + "())";
        auto caps = db::waitBlocking(
            ctx.cluster->primaryPool()->run<QStringList>(QStringLiteral("read my capabilities"),
                [sql](db::Pool::Connection &c) {
                    pqxx::read_transaction tx(c);
                    QStringList list;
                    for (const pqxx::row &r : tx.exec(sql))
                        list.append(QString::fromStdString(r[0].as<std::string>()));
                    return list;
                }),
            "read my capabilities");
        if (!caps)
            return caps.error();
        if (!caps->contains(cache::purgeCapability()))
            return CheckResult {false,
                Tr::tr("%1 may not purge caches: the role lacks the %2 right. Nothing was "
                       "purged.")
                    .arg(ctx.profile.user, cache::purgeCapability()),
                {}};
        if (ctx.profile.varnishUrls.isEmpty() && needsVarnish())
            return CheckResult {false, Tr::tr("the profile names no Varnish instance"), {}};
        return CheckResult {true, {}, {}};
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        auto action = makeAction(f, ctx);
        if (!action)
            return Error {Error::Code::InvalidInput, Tr::tr("no purge for these fields"), {}, {}};
        auto plan = action->plan(ctx.cancel);
        if (!plan)
            return plan.error();
        remember(ctx, f, Live {action, *plan, {}});
        StepPlan p;
        p.summary = plan->title;
        p.details = plan->details;
        if (plan->count >= 0)
            p.details.prepend(plan->countExact
                    ? Tr::tr("dry run: %1 %2").arg(plan->count).arg(plan->unit)
                    : Tr::tr("dry run: about %1 %2").arg(plan->count).arg(plan->unit));
        else
            p.details.prepend(Tr::tr("dry run: what it hits cannot be counted in advance"));
        p.sample = plan->sample;
        p.warnings = plan->warnings;
        p.refused = plan->refused;
        p.refusal = plan->refusal;
        p.impact = plan->impact;
        const qint64 max = qint64(f.value(QStringLiteral("max_keys")).toDouble(-1));
        if (max >= 0 && plan->count > max) {
            p.refused = true;
            p.refusal = Tr::tr("%1 %2 match, more than max_keys (%3)")
                            .arg(plan->count)
                            .arg(plan->unit)
                            .arg(max);
        }
        p.data = QJsonObject {{QStringLiteral("plan"), plan->toJson()}};
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &stepPlan, StepContext &ctx) const override
    {
        if (stepPlan.refused)
            return StepOutcome {false, stepPlan.refusal, {},
                Error {Error::Code::InvalidInput, stepPlan.refusal, {}, {}}};
        Live live = recall(ctx, f);
        if (!live.action) {
            live.action = makeAction(f, ctx);
            auto plan = live.action->plan(ctx.cancel);
            if (!plan)
                return StepOutcome {false, plan.error().toString(), {}, plan.error()};
            live.plan = *plan;
        }
        QString lastStage;
        const safety::Outcome out = live.action->execute(
            live.plan,
            [&](const safety::Progress &pr) {
                if (pr.stage != lastStage && ctx.log) {
                    lastStage = pr.stage;
                    ctx.log(pr.stage);
                }
            },
            ctx.cancel);
        live.outcome = out;
        remember(ctx, f, live);
        StepOutcome o;
        o.ok = out.complete && !out.error;
        o.summary = Tr::tr("%1: %2 done").arg(live.plan.title).arg(out.done);
        if (!out.notes.isEmpty())
            o.summary += QStringLiteral("; ") + out.notes.join(QStringLiteral("; "));
        o.error = out.error;
        if (out.error)
            o.summary += QStringLiteral(": ") + out.error->message;
        o.data = QJsonObject {{QStringLiteral("plan"), live.plan.toJson()},
            {QStringLiteral("outcome"), out.toJson()}, {QStringLiteral("done"), out.done}};
        return o;
    }

    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &outcome, StepContext &ctx) const override
    {
        Live live = recall(ctx, f);
        if (!live.action || !live.outcome) {
            // After a resume: rebuilt from the journal.
            live.action = makeAction(f, ctx);
            live.plan = planFromJson(outcome.data.value(QStringLiteral("plan")).toObject());
            live.outcome
                = outcomeFromJson(outcome.data.value(QStringLiteral("outcome")).toObject());
            if (requestOf(f).kind == cache::PurgeKind::Product) {
                // A coordinated purge verifies only the parts it ran itself: a fresh dry run
                // must find nothing left.
                auto now = live.action->plan(ctx.cancel);
                if (!now)
                    return now.error();
                return CheckResult {now->count == 0,
                    Tr::tr("a new dry run finds %1 %2").arg(now->count).arg(now->unit), {}};
            }
        }
        auto v = live.action->verify(live.plan, *live.outcome, ctx.cancel);
        if (!v)
            return v.error();
        return CheckResult {v->ok, v->summary, v->toJson()};
    }

protected:
    virtual bool needsVarnish() const { return false; }

private:
    struct Live
    {
        std::shared_ptr<safety::DestructiveAction> action;
        safety::Plan plan;
        std::optional<safety::Outcome> outcome;
    };

    std::shared_ptr<safety::DestructiveAction> makeAction(const Fields &f, StepContext &ctx) const
    {
        return cache::makePurgeAction(requestOf(f),
            cache::RedisDeployment::fromSettings(ctx.profile.redis, ctx.redisPassword),
            ctx.profile.varnishUrls);
    }

    QString keyOf(const StepContext &ctx, const Fields &f) const
    {
        return ctx.runId + u'/' + ctx.stepId + u'/'
            + QString::fromLatin1(QCryptographicHash::hash(
                QJsonDocument(f.values).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
                                      .toHex());
    }
    void remember(const StepContext &ctx, const Fields &f, Live live) const
    {
        std::lock_guard lock(m_mutex);
        if (m_live.size() > 64)
            m_live.clear();
        m_live[keyOf(ctx, f)] = std::move(live);
    }
    Live recall(const StepContext &ctx, const Fields &f) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_live.find(keyOf(ctx, f));
        return it == m_live.end() ? Live {} : it->second;
    }

    mutable std::mutex m_mutex;
    mutable std::map<QString, Live> m_live;
};

class CachePurge : public PurgeStep
{
public:
    QString name() const override { return QStringLiteral("cache.purge"); }
    QString summary() const override
    {
        return Tr::tr("a Redis purge by pattern, tag or product (with its Varnish pages)");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            {QStringLiteral("pattern"), QStringLiteral("tag"), QStringLiteral("product"),
                QStringLiteral("unlock_protected"), QStringLiteral("max_keys")});
        int given = 0;
        for (const QString &k :
            {QStringLiteral("pattern"), QStringLiteral("tag"), QStringLiteral("product")}) {
            fieldcheck::string(e, f, k);
            given += f.has(k) ? 1 : 0;
        }
        if (given != 1)
            e.append({QString(), Tr::tr("cache.purge takes one of pattern, tag or product")});
        fieldcheck::number(e, f, QStringLiteral("max_keys"));
        if (f.has(QStringLiteral("unlock_protected"))
            && !f.value(QStringLiteral("unlock_protected")).isBool()
            && !isParameterRef(f.value(QStringLiteral("unlock_protected"))))
            e.append({QStringLiteral("unlock_protected"), Tr::tr("must be true or false")});
        return e;
    }

    cache::PurgeRequest requestOf(const Fields &f) const override
    {
        cache::PurgeRequest r;
        if (f.has(QStringLiteral("tag"))) {
            r.kind = cache::PurgeKind::RedisTag;
            r.argument = f.string(QStringLiteral("tag"));
        } else if (f.has(QStringLiteral("product"))) {
            r.kind = cache::PurgeKind::Product;
            r.argument = f.string(QStringLiteral("product"));
        } else {
            r.kind = cache::PurgeKind::RedisPattern;
            r.argument = f.string(QStringLiteral("pattern"));
        }
        r.unlockProtected = f.value(QStringLiteral("unlock_protected")).toBool(false);
        return r;
    }
};

class VarnishBan : public PurgeStep
{
public:
    QString name() const override { return QStringLiteral("varnish.ban"); }
    QString summary() const override
    {
        return Tr::tr(
            "a Varnish ban by URL and/or Host regex, or an xkey purge, on every instance");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(
            e, f, {QStringLiteral("url"), QStringLiteral("host"), QStringLiteral("xkey")});
        for (const QString &k :
            {QStringLiteral("url"), QStringLiteral("host"), QStringLiteral("xkey")})
            fieldcheck::string(e, f, k);
        const bool ban = f.has(QStringLiteral("url")) || f.has(QStringLiteral("host"));
        if (ban == f.has(QStringLiteral("xkey")))
            e.append({QString(),
                Tr::tr("varnish.ban takes url and/or host (a ban), or xkey (a tag purge)")});
        return e;
    }

    cache::PurgeRequest requestOf(const Fields &f) const override
    {
        cache::PurgeRequest r;
        if (f.has(QStringLiteral("xkey"))) {
            r.kind = cache::PurgeKind::VarnishTag;
            r.argument = f.string(QStringLiteral("xkey"));
        } else if (f.has(QStringLiteral("url"))) {
            r.kind = cache::PurgeKind::VarnishUrl;
            r.argument = f.string(QStringLiteral("url"));
            r.banHost = f.string(QStringLiteral("host"));
        } else {
            r.kind = cache::PurgeKind::VarnishHost;
            r.argument = f.string(QStringLiteral("host"));
        }
        return r;
    }

protected:
    bool needsVarnish() const override { return true; }
};

} // namespace

void addCacheSteps(StepRegistry &registry)
{
    registry.add(std::make_shared<CachePurge>());
    registry.add(std::make_shared<VarnishBan>());
}

} // namespace qm::runbooks
