// qmctl queues: the order pipeline's Redis Streams from a terminal (the Queues panel's data and
// actions, through the same safety flow as the console).
//
//   qmctl queues list [--json]                         streams, groups, consumers, dead letters
//   qmctl queues replay [--group G] [--id ID]... --yes  dead letters back to qm:{orders}:placed
//   qmctl queues claim --group G --min-idle MS [--to C] --yes
//   qmctl queues trim --maxlen N [--stream S] [--force] --yes
// Redis: the profile's ACL user, its password from $REDISCLI_AUTH (else the profile's passfile).
// The actions record their plan in the audit log before they run (queues.* needs on-call).

#include "command.h"
#include "profiles/credentials.h"
#include "queues/queueactions.h"
#include "safety/flow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <csignal>

namespace qmctl {

namespace {

QJsonObject snapshotJson(const qm::queues::QueueSnapshot &s)
{
    QJsonArray streams;
    for (const auto &st : s.streams) {
        QJsonArray groups;
        for (const auto &g : st.groups) {
            QJsonArray consumers;
            for (const auto &c : g.consumerList)
                consumers.append(QJsonObject {{QStringLiteral("name"), c.name},
                    {QStringLiteral("pending"), c.pending}, {QStringLiteral("idle_ms"), c.idleMs}});
            groups.append(QJsonObject {{QStringLiteral("name"), g.name},
                {QStringLiteral("consumers"), consumers}, {QStringLiteral("pending"), g.pending},
                {QStringLiteral("lag"), g.lag}, {QStringLiteral("entries_read"), g.entriesRead},
                {QStringLiteral("last_delivered_id"), g.lastDeliveredId},
                {QStringLiteral("oldest_pending_idle_ms"), g.oldestPendingIdleMs}});
        }
        streams.append(QJsonObject {{QStringLiteral("name"), st.name},
            {QStringLiteral("exists"), st.exists}, {QStringLiteral("length"), st.length},
            {QStringLiteral("entries_added"), st.entriesAdded},
            {QStringLiteral("last_id"), st.lastId}, {QStringLiteral("groups"), groups}});
    }
    QJsonArray dead;
    for (const auto &d : s.deadLetters)
        dead.append(QJsonObject {{QStringLiteral("id"), d.id},
            {QStringLiteral("orig_id"), d.origId}, {QStringLiteral("group"), d.group},
            {QStringLiteral("order_id"), d.orderId}, {QStringLiteral("attempts"), d.attempts},
            {QStringLiteral("error"), d.error}, {QStringLiteral("payload"), d.payloadText()}});
    return {{QStringLiteral("streams"), streams}, {QStringLiteral("dead_letters"), dead},
        {QStringLiteral("node"), s.node}};
}

class QueuesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::QueuesCommand)
public:
    QString name() const override { return QStringLiteral("queues"); }
    QString summary() const override
    {
        return tr("the order pipeline's streams: list, replay dead letters, claim, trim");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addPositionalArgument(
            QStringLiteral("what"), tr("list, replay, claim or trim"), QStringLiteral("what"));
        p.addOption({QStringLiteral("group"), tr("Consumer group (task)."), tr("name")});
        p.addOption({QStringLiteral("id"), tr("Dead letter id to replay (repeatable)."), tr("id")});
        p.addOption(
            {QStringLiteral("min-idle"), tr("claim: entries pending at least this long (ms)."),
                tr("ms"), QStringLiteral("60000")});
        p.addOption({QStringLiteral("to"), tr("claim: the consumer that gets them."), tr("name")});
        p.addOption({QStringLiteral("maxlen"), tr("trim: entries to keep."), tr("n")});
        p.addOption({QStringLiteral("stream"), tr("trim: the stream (default qm:{orders}:placed)."),
            tr("key"), QString::fromUtf8(qm::queues::kOrdersStream)});
        p.addOption({QStringLiteral("force"), tr("trim: even entries not yet acknowledged.")});
        p.addOption({QStringLiteral("dry-run"), tr("Show the plan; change nothing.")});
        addElevationOptions(p);
        p.addOption({QStringLiteral("yes"), tr("Do not ask (development and staging).")});
        p.addOption(
            {QStringLiteral("confirm"), tr("The target, typed (production)."), tr("target")});
        p.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QStringList pos = p.positionalArguments();
        const QString what = pos.value(pos.size() > 1 && pos.first() == name() ? 1 : 0);
        const auto profile = ctx.profile();
        if (!profile)
            return ctx.fail(profile.error());
        qm::Profile prof = profile.value();
        if (!ctx.user.isEmpty()) {
            prof.user = ctx.user;
            prof.resolveRedisUser();
        }
        qm::Credentials creds;
        creds.redisPassword = qEnvironmentVariableIsSet("REDISCLI_AUTH")
            ? qEnvironmentVariable("REDISCLI_AUTH")
            : qm::redisPassfilePassword(prof);
        // The master by Sentinel, or the Cluster node of the streams' slot (StreamClient).
        const qm::cache::RedisDeployment deployment
            = qm::cache::RedisDeployment::fromSettings(prof.redis, creds.redisPassword);
        const bool json = p.isSet(QStringLiteral("json"));

        if (what == QLatin1String("list")) {
            qm::queues::StreamClient client(deployment);
            const auto snap = qm::queues::QueueReader::readSnapshot(client, 1000);
            if (!snap)
                return ctx.fail(snap.error());
            if (json) {
                ctx.out() << QJsonDocument(snapshotJson(*snap)).toJson(QJsonDocument::Compact)
                          << Qt::endl;
                return ExitOk;
            }
            for (const auto &s : snap->streams) {
                ctx.out() << tr("%1: %2 entries").arg(s.name).arg(s.length) << Qt::endl;
                for (const auto &g : s.groups)
                    ctx.out() << tr("  %1: lag %2, pending %3 (oldest idle %4 ms), %5 consumers")
                                     .arg(g.name)
                                     .arg(g.lag)
                                     .arg(g.pending)
                                     .arg(g.oldestPendingIdleMs)
                                     .arg(g.consumers)
                              << Qt::endl;
            }
            for (const auto &d : snap->deadLetters)
                ctx.out() << tr("dead %1 %2 order %3: %4").arg(d.id, d.group, d.orderId, d.error)
                          << Qt::endl;
            return ExitOk;
        }

        std::shared_ptr<qm::safety::DestructiveAction> action;
        if (what == QLatin1String("replay")) {
            auto replay = std::make_shared<qm::queues::ReplayDeadLettersAction>(
                deployment, p.values(QStringLiteral("id")), p.value(QStringLiteral("group")));
            // Test hook (tst_orderqueue): die like a crashed console after N dead letters.
            const int killAfter = qEnvironmentVariableIntValue("QM_TEST_REPLAY_KILL_AFTER");
            if (killAfter > 0)
                replay->setAfterEach([killAfter](qint64 done) {
                    if (done >= killAfter)
                        std::raise(SIGKILL);
                });
            action = replay;
        } else if (what == QLatin1String("claim")) {
            if (!p.isSet(QStringLiteral("group"))) {
                ctx.err() << tr("qmctl queues claim: --group is required") << Qt::endl;
                return ExitUsage;
            }
            action = std::make_shared<qm::queues::ClaimPendingAction>(deployment,
                p.value(QStringLiteral("group")), p.value(QStringLiteral("min-idle")).toLongLong(),
                p.value(QStringLiteral("to")));
        } else if (what == QLatin1String("trim")) {
            bool ok = false;
            const qint64 maxLen = p.value(QStringLiteral("maxlen")).toLongLong(&ok);
            if (!ok || maxLen < 0) {
                ctx.err() << tr("qmctl queues trim: --maxlen N is required") << Qt::endl;
                return ExitUsage;
            }
            action = std::make_shared<qm::queues::TrimStreamAction>(deployment,
                p.value(QStringLiteral("stream")).toUtf8(), maxLen,
                p.isSet(QStringLiteral("force")));
        } else {
            ctx.err() << tr("qmctl queues: give list, replay, claim or trim") << Qt::endl;
            return ExitUsage;
        }

        int code = ExitOk;
        std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        auto audit = std::make_shared<qm::safety::DbAuditSink>(cluster);
        qm::safety::SyncFlowOptions o;
        o.environment = prof.environment;
        o.dryRun = p.isSet(QStringLiteral("dry-run"));
        o.elevation = elevationFor(
            ctx, p, prof.environment, audit, QStringLiteral("queues"), o.dryRun, &code);
        if (!o.elevation)
            return code;
        o.confirm = [&](const qm::safety::Plan &plan, const qm::safety::ConfirmRequirement &req) {
            if (!json) {
                ctx.out() << plan.title << Qt::endl;
                for (const QString &s : plan.sample)
                    ctx.out() << "  " << s << Qt::endl;
            }
            if (p.isSet(QStringLiteral("confirm")))
                return qm::safety::FrictionPolicy::satisfied(
                    req, true, p.value(QStringLiteral("confirm")));
            return p.isSet(QStringLiteral("yes"))
                && req.friction != qm::safety::Friction::TypeTarget;
        };
        const qm::safety::FlowReport r = qm::safety::runFlowSync(*action, audit.get(), o);
        QJsonObject out {{QStringLiteral("request_id"), r.requestId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("intent_recorded"), r.intentRecorded}};
        if (r.plan)
            out.insert(QStringLiteral("plan"), r.plan->toJson());
        if (r.outcome)
            out.insert(QStringLiteral("outcome"), r.outcome->toJson());
        if (r.verification)
            out.insert(QStringLiteral("verification"), r.verification->toJson());
        if (r.error)
            out.insert(QStringLiteral("error"), qm::safety::errorToJson(*r.error));
        if (json) {
            ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Compact) << Qt::endl;
        } else {
            if (r.plan && r.plan->refused)
                ctx.out() << tr("REFUSED: %1").arg(r.plan->refusal) << Qt::endl;
            if (r.outcome)
                for (const QString &n : r.outcome->notes)
                    ctx.out() << n << Qt::endl;
            if (r.verification)
                ctx.out() << (r.verification->ok ? tr("verify: ok  ") : tr("verify: NOT OK  "))
                          << r.verification->summary << Qt::endl;
        }
        if (r.plan && r.plan->refused)
            return ExitRefused;
        if (r.error)
            return r.error->code == qm::Error::Code::PermissionDenied ? ExitRefused
                                                                      : ctx.fail(*r.error);
        if (r.outcome && r.outcome->error)
            return r.outcome->error->code == qm::Error::Code::PermissionDenied ? ExitRefused
                                                                               : ExitFailed;
        if (r.auditError || (r.verification && !r.verification->ok))
            return ExitFailed;
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(QueuesCommand)

} // namespace qmctl
