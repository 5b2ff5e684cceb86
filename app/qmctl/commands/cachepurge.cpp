// qmctl cache purge: the console's cache purge from a terminal, through the same safety flow
// (plan -> confirm -> execute -> verify -> audit).
//
//   qmctl cache purge --pattern 'page:1*'      Redis keys matching a glob, on every master
//   qmctl cache purge --tag red-friday         the keys of tag set tag:<name>, then the set
//   qmctl cache purge --product 42             product:42[:*] + tag:product:42 members (Redis),
//                                              then xkey product-42 on every Varnish of the profile
//   qmctl cache purge --ban-url '^/p/42$'      a Varnish ban (also --ban-host REGEX)
//   qmctl cache purge --varnish-tag product-42 an xkey purge on every Varnish
//   qmctl cache purge --reap-tags              tag-set members whose keys expired
// --dry-run prints the plan only. Without --yes it asks on the terminal; a production profile
// (or a large change on staging) needs the target typed, or --confirm TARGET.
// The signed-in role must hold cache.purge (console.my_capabilities()): checked before the plan.
// Redis: the profile's ACL user (redis.user, or the database user with user_from_database), its
// password from $REDISCLI_AUTH, as redis-cli (else the profile's Redis passfile). The plan is
// recorded in the audit log before anything runs (console.audit_intent; refused: nothing runs), the
// outcome afterwards (console.audit_outcome; refused: kept in the local spool, and qmctl exits
// non-zero).

#include "cache/purgekind.h"
#include "command.h"
#include "db/cluster.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "safety/flow.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <pqxx/pqxx>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h> // isatty
#endif

namespace qmctl {

namespace {

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

class CachePurgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::CachePurgeCommand)
public:
    QString name() const override { return QStringLiteral("cache purge"); }
    QString summary() const override
    {
        return tr("purge Redis keys / Varnish pages by pattern, tag or product, safely");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption(
            {QStringLiteral("pattern"), tr("Redis glob (Redis' own MATCH syntax)."), tr("glob")});
        p.addOption(
            {QStringLiteral("tag"), tr("Tag set name (the keys of tag:<name>)."), tr("name")});
        p.addOption({QStringLiteral("product"),
            tr("Product id: its Redis objects and pages, and its Varnish pages."), tr("id")});
        p.addOption({QStringLiteral("ban-url"), tr("Varnish ban by URL regex."), tr("regex")});
        p.addOption({QStringLiteral("ban-host"), tr("Varnish ban by Host regex."), tr("regex")});
        p.addOption({QStringLiteral("varnish-tag"), tr("Varnish xkey purge of a tag."), tr("tag")});
        p.addOption(
            {QStringLiteral("reap-tags"), tr("Remove tag-set members whose keys expired.")});
        p.addOption({QStringLiteral("dry-run"), tr("Show the plan; change nothing.")});
        addElevationOptions(p);
        p.addOption({QStringLiteral("yes"), tr("Do not ask (development and staging).")});
        p.addOption({QStringLiteral("confirm"),
            tr("The target, typed: required for production without a terminal."), tr("target")});
        p.addOption({QStringLiteral("unlock-protected"),
            tr("Allow this one purge to delete sessions and carts (session:*, cart:*).")});
        p.addOption({QStringLiteral("budget-ms"),
            tr("Latency budget for shoppers while deleting (default 2 ms)."), tr("ms"),
            QStringLiteral("2")});
        p.addOption({QStringLiteral("json"), tr("Print the report as one JSON object.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QStringList kinds = {QStringLiteral("pattern"), QStringLiteral("tag"),
            QStringLiteral("product"), QStringLiteral("ban-url"), QStringLiteral("ban-host"),
            QStringLiteral("varnish-tag"), QStringLiteral("reap-tags")};
        int chosen = 0;
        for (const QString &k : kinds)
            chosen += p.isSet(k) ? 1 : 0;
        if (chosen != 1
            && !(chosen == 2 && p.isSet(QStringLiteral("ban-url"))
                && p.isSet(QStringLiteral("ban-host")))) {
            ctx.err() << tr("qmctl cache purge: give exactly one of --pattern, --tag, --product, "
                            "--ban-url/--ban-host, --varnish-tag, --reap-tags")
                      << Qt::endl;
            return ExitUsage;
        }
        bool budgetIsNumber = false;
        const double budget = p.value(QStringLiteral("budget-ms")).toDouble(&budgetIsNumber);
        if (!budgetIsNumber || !(budget > 0)) {
            ctx.err() << tr("qmctl cache purge: --budget-ms takes a number of milliseconds above "
                            "0, not \"%1\"")
                             .arg(p.value(QStringLiteral("budget-ms")))
                      << Qt::endl;
            return ExitUsage;
        }
        const auto profile = ctx.profile();
        if (!profile)
            return ctx.fail(profile.error());
        qm::Profile prof = profile.value();
        if (!ctx.user.isEmpty()) {
            prof.user = ctx.user;
            prof.resolveRedisUser();
        }

        // The right to purge, before anything is planned, and the audit log: the profile's
        // database. Nothing is planned without it.
        int code = ExitOk;
        std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const auto caps = ctx.wait(cluster->read<QStringList>(
            QStringLiteral("read my capabilities"), [](qm::db::Pool::Connection &c) {
                pqxx::read_transaction tx(c);
                QStringList list;
                for (const pqxx::row &r : tx.exec("SELECT unnest(console.my_capabilities())"))
                    list.append(QString::fromStdString(r[0].as<std::string>()));
                return list;
            }));
        if (!caps)
            return ctx.fail(caps.error());
        if (!caps->contains(qm::cache::purgeCapability())) {
            return ctx.fail(qm::Error {qm::Error::Code::PermissionDenied,
                tr("%1 may not purge caches: the role lacks the %2 right. Nothing was planned "
                   "or changed.")
                    .arg(prof.user, qm::cache::purgeCapability()),
                tr("this role may: %1").arg(caps->join(QStringLiteral(", "))), {}});
        }
        auto action = makeAction(p, prof);
        if (!action)
            return ExitUsage;
        auto audit = std::make_shared<qm::safety::DbAuditSink>(cluster, qm::backendOf(prof).kind());

        qm::safety::SyncFlowOptions o;
        o.environment = profile->environment;
        o.dryRun = p.isSet(QStringLiteral("dry-run"));
        o.elevation = elevationFor(
            ctx, p, profile->environment, audit, QStringLiteral("cache"), o.dryRun, &code);
        if (!o.elevation)
            return code;
        const bool json = p.isSet(QStringLiteral("json"));
        o.confirm = [&](const qm::safety::Plan &plan, const qm::safety::ConfirmRequirement &req) {
            if (!json)
                printPlan(ctx, plan);
            return confirm(ctx, p, req);
        };
        const bool tty = isTerminal(stderr);
        o.progress = [&](const qm::safety::Progress &pr) {
            if (!tty || json)
                return;
            QString line = tr("%1: %2").arg(pr.stage).arg(pr.done);
            if (pr.total >= 0)
                line += QStringLiteral("/%1").arg(pr.total);
            if (pr.probeLatencyMs >= 0)
                line += tr("  shopper p90 %1 ms").arg(pr.probeLatencyMs, 0, 'f', 2);
            if (pr.pauseMs > 0)
                line += tr("  pacing %1 ms").arg(pr.pauseMs, 0, 'f', 1);
            ctx.err() << '\r' << line.leftJustified(100) << Qt::flush;
        };
        const qm::safety::FlowReport r = qm::safety::runFlowSync(*action, audit.get(), o);
        if (tty && !json && r.outcome)
            ctx.err() << Qt::endl;
        if (json) {
            ctx.out() << QJsonDocument(reportJson(r)).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            if (r.plan && (o.dryRun || r.plan->refused))
                printPlan(ctx, *r.plan);
            printReport(ctx, r);
        }
        if (r.auditError)
            return ExitFailed; // it ran, but the audit log does not have its outcome
        if (r.plan && r.plan->refused)
            return ExitRefused;
        if (r.error)
            return r.error->code == qm::Error::Code::Cancelled ? ExitFailed : ctx.fail(*r.error);
        if (r.outcome && r.outcome->error)
            return ExitFailed;
        if (r.verification && !r.verification->ok)
            return ExitFailed;
        return ExitOk;
    }

private:
    std::shared_ptr<qm::safety::DestructiveAction> makeAction(
        const QCommandLineParser &p, const qm::Profile &profile) const
    {
        using namespace qm::cache;
        // As redis-cli: $REDISCLI_AUTH; else the profile's Redis passfile (the sandbox's).
        const QString password = qEnvironmentVariableIsSet("REDISCLI_AUTH")
            ? qEnvironmentVariable("REDISCLI_AUTH")
            : qm::redisPassfilePassword(profile);
        const RedisDeployment redis = RedisDeployment::fromSettings(profile.redis, password);
        PurgeRequest r;
        r.policy.latencyBudgetMs
            = p.value(QStringLiteral("budget-ms")).toDouble(); // checked in run()
        r.unlockProtected = p.isSet(QStringLiteral("unlock-protected"));
        const auto pick = [&](const char *option, PurgeKind kind) {
            if (!p.isSet(QLatin1String(option)))
                return false;
            r.kind = kind;
            r.argument = p.value(QLatin1String(option));
            return true;
        };
        if (pick("pattern", PurgeKind::RedisPattern) || pick("tag", PurgeKind::RedisTag)
            || pick("product", PurgeKind::Product) || pick("varnish-tag", PurgeKind::VarnishTag)) {
        } else if (p.isSet(QStringLiteral("reap-tags"))) {
            r.kind = PurgeKind::ReapTags;
        } else if (p.isSet(QStringLiteral("ban-url"))) {
            r.kind = PurgeKind::VarnishUrl;
            r.argument = p.value(QStringLiteral("ban-url"));
            r.banHost = p.value(QStringLiteral("ban-host"));
        } else {
            pick("ban-host", PurgeKind::VarnishHost);
        }
        return makePurgeAction(r, redis, profile.varnishUrls);
    }

    static void printPlan(Context &ctx, const qm::safety::Plan &plan)
    {
        QTextStream &o = ctx.out();
        o << plan.title << Qt::endl;
        if (plan.count >= 0)
            o << tr("  hits: %1 %2%3")
                     .arg(plan.count)
                     .arg(plan.unit)
                     .arg(plan.countExact ? tr(" (exact)") : tr(" (estimate)"))
              << Qt::endl;
        for (const QString &d : plan.details)
            o << "  " << d << Qt::endl;
        if (!plan.sample.isEmpty()) {
            o << tr("  sample:") << Qt::endl;
            for (const QString &s : plan.sample)
                o << "    " << s << Qt::endl;
        }
        for (const QString &w : plan.warnings)
            o << tr("  warning: %1").arg(w) << Qt::endl;
        if (plan.refused)
            o << tr("  REFUSED: %1").arg(plan.refusal) << Qt::endl;
    }

    static bool confirm(
        Context &ctx, const QCommandLineParser &p, const qm::safety::ConfirmRequirement &req)
    {
        using qm::safety::Friction;
        if (p.isSet(QStringLiteral("confirm")))
            return qm::safety::FrictionPolicy::satisfied(
                req, true, p.value(QStringLiteral("confirm")));
        if (p.isSet(QStringLiteral("yes")) && req.friction != Friction::TypeTarget)
            return true;
        if (!isTerminal(stdin)) {
            ctx.err() << tr("qmctl: not confirmed (%1 Use --yes, or --confirm TARGET for a "
                            "production profile.)")
                             .arg(req.reason)
                      << Qt::endl;
            return false;
        }
        QTextStream in(stdin);
        switch (req.friction) {
        case Friction::Click:
        case Friction::Acknowledge:
            ctx.err() << req.reason << ' ' << tr("Proceed? [y/N] ") << Qt::flush;
            return in.readLine().trimmed().toLower() == QStringLiteral("y");
        case Friction::TypeTarget:
            ctx.err() << req.reason << '\n'
                      << tr("Type %1 to confirm: ").arg(req.phrase) << Qt::flush;
            return qm::safety::FrictionPolicy::satisfied(req, true, in.readLine());
        }
        return false;
    }

    static void printReport(Context &ctx, const qm::safety::FlowReport &r)
    {
        QTextStream &o = ctx.out();
        if (r.outcome) {
            for (const QString &n : r.outcome->notes)
                o << n << Qt::endl;
            if (r.outcome->error)
                ctx.err() << tr("qmctl: %1").arg(r.outcome->error->message) << Qt::endl;
        }
        if (r.verification)
            o << (r.verification->ok ? tr("verify: ok  ") : tr("verify: NOT OK  "))
              << r.verification->summary << Qt::endl;
        if (r.outcome && !r.auditError)
            o << tr("audit: recorded (request %1)").arg(r.requestId.toString(QUuid::WithoutBraces))
              << Qt::endl;
        if (r.auditError)
            ctx.err() << tr("qmctl: the purge ran, but the audit log refused its outcome (%1); it "
                            "was kept in %2")
                             .arg(r.auditError->toString(), r.auditSpool)
                      << Qt::endl;
    }

    static QJsonObject reportJson(const qm::safety::FlowReport &r)
    {
        QJsonObject o {{QStringLiteral("request_id"), r.requestId.toString(QUuid::WithoutBraces)}};
        if (r.plan)
            o.insert(QStringLiteral("plan"), r.plan->toJson());
        if (r.outcome)
            o.insert(QStringLiteral("outcome"), r.outcome->toJson());
        if (r.verification)
            o.insert(QStringLiteral("verification"), r.verification->toJson());
        if (r.error)
            o.insert(QStringLiteral("error"), qm::safety::errorToJson(*r.error));
        if (r.auditError)
            o.insert(QStringLiteral("audit_error"), qm::safety::errorToJson(*r.auditError));
        o.insert(QStringLiteral("intent_recorded"), r.intentRecorded);
        return o;
    }
};

} // namespace

QMCTL_COMMAND(CachePurgeCommand)

} // namespace qmctl
