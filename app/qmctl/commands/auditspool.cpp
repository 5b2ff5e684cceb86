// qmctl audit spool list | replay: the audit spool of a runbook for a dead primary (issue 9).
//   qmctl audit spool list [--json]
//       the entries waiting in the profile's spool ($XDG_STATE_HOME/quartermaster/audit-spool/
//       <profile>.jsonl): when, who, what, which run; unreadable lines named. Reads no server.
//   qmctl audit spool replay [--json]
//       writes them into the audit chain, each exactly once (a second replay adds nothing), and
//       reports the counts. On-call or an admin may replay whatever role spooled them
//       (migration 0611); a role without the right is refused (exit 5) and nothing changes.
// --profile and --user are qmctl's global options; the spool is the profile's
// (core/safety/auditspool.h, SpoolingAuditSink::defaultPath).

#include "safety/auditspool.h"

#include "backend/backend.h"
#include "command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace qmctl {

namespace {

class AuditSpoolListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::AuditSpoolListCommand)
public:
    QString name() const override { return QStringLiteral("audit spool list"); }
    QString summary() const override
    {
        return tr("show the audit entries spooled while the database was down");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const qm::Result<qm::Profile> profile = ctx.profile();
        if (!profile)
            return ctx.fail(profile.error());
        const QString path = qm::safety::SpoolingAuditSink::defaultPath(*profile);
        const qm::safety::SpoolListing l = qm::safety::SpoolingAuditSink::list(path);
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray entries;
            for (const qm::safety::SpoolEntry &e : l.entries)
                entries.append(e.toJson());
            const QJsonObject o {{QStringLiteral("path"), path},
                {QStringLiteral("exists"), l.exists}, {QStringLiteral("waiting"), entries.size()},
                {QStringLiteral("entries"), entries},
                {QStringLiteral("skipped"), QJsonArray::fromStringList(l.skipped)}};
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
            return ExitOk;
        }
        ctx.out() << tr("Spool: %1").arg(path) << Qt::endl;
        if (!l.exists) {
            ctx.out() << tr("Nothing is waiting.") << Qt::endl;
            return ExitOk;
        }
        ctx.out() << tr("%n entries waiting", nullptr, int(l.entries.size())) << Qt::endl;
        for (const qm::safety::SpoolEntry &e : l.entries)
            ctx.out() << QStringLiteral("  %1  %2  %3 (%4) %5  run %6")
                             .arg(e.spooledAt.toString(Qt::ISODate), e.actor, e.action, e.phase,
                                 e.target, e.runId.isEmpty() ? QStringLiteral("-") : e.runId)
                      << Qt::endl;
        for (const QString &s : l.skipped)
            ctx.out() << tr("unreadable: %1").arg(s) << Qt::endl;
        if (!l.entries.isEmpty())
            ctx.out() << tr("Write them into the audit log with: qmctl audit spool replay")
                      << Qt::endl;
        return ExitOk;
    }
};

class AuditSpoolReplayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::AuditSpoolReplayCommand)
public:
    QString name() const override { return QStringLiteral("audit spool replay"); }
    QString summary() const override
    {
        return tr("write the spooled audit entries into the audit log, each once");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("json"), tr("Print one JSON object.")});
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const qm::Result<qm::Profile> profile = ctx.profile();
        if (!profile)
            return ctx.fail(profile.error());
        const QString path = qm::safety::SpoolingAuditSink::defaultPath(*profile);
        const bool json = p.isSet(QStringLiteral("json"));
        if (!QFile::exists(path)) {
            if (json)
                ctx.out() << QJsonDocument(qm::safety::SpoolReplayReport().toJson())
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
            else
                ctx.out() << tr("Nothing is waiting in %1.").arg(path) << Qt::endl;
            return ExitOk;
        }
        int code = ExitOk;
        std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const QString user = ctx.user.isEmpty() ? profile->user : ctx.user;
        qm::safety::SpoolingAuditSink sink(cluster, qm::backendOf(*profile).kind(), path, user);
        const qm::safety::SpoolReplayReport r = sink.replay();
        using C = qm::Error::Code;
        const int rc = r.complete()                                              ? ExitOk
            : r.errorCode == C::PermissionDenied || r.errorCode == C::AuthFailed ? ExitRefused
            : qm::safety::SpoolingAuditSink::unreachable(qm::Error {r.errorCode, {}, {}, {}})
            ? ExitUnreachable
            : ExitFailed;
        if (json) {
            ctx.out() << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
            return rc;
        }
        ctx.out() << tr("Written to the audit log: %1; already there: %2; still waiting: %3")
                         .arg(r.replayed)
                         .arg(r.alreadyInChain)
                         .arg(r.remaining)
                  << Qt::endl;
        for (const QString &s : r.skipped)
            ctx.out() << tr("unreadable: %1").arg(s) << Qt::endl;
        if (!r.archivedAs.isEmpty())
            ctx.out() << tr("The spool is kept as %1").arg(r.archivedAs) << Qt::endl;
        if (!r.error.isEmpty()) {
            ctx.err() << tr("qmctl: %1").arg(r.error) << Qt::endl;
            if (rc == ExitRefused)
                ctx.err() << tr("qmctl: %n entries stay in the spool. Replay as the on-call or "
                                "an admin role (--user NAME), or ask one to.",
                    nullptr, r.remaining)
                          << Qt::endl;
        }
        return rc;
    }
};

} // namespace

QMCTL_COMMAND(AuditSpoolListCommand)
QMCTL_COMMAND(AuditSpoolReplayCommand)

} // namespace qmctl
