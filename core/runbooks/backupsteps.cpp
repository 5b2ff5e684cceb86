#include "runbooks/backupsteps.h"

#include "backend/backend.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "runbooks/backupsteps_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpServer>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <optional>
#include <pqxx/pqxx>

// pgBackRest and a scratch PostgreSQL started as PostgreSQL's account (setuid, chown, process
// groups): Unix only. Elsewhere the two step types are not registered, so a runbook that uses them
// is refused at parse time as naming an unknown step type.
#ifdef Q_OS_UNIX
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::BackupSteps)
};

Error invalid(const QString &message, const QString &detail = {})
{
    return Error {Error::Code::InvalidInput, message, detail, {}};
}

Error failed(const QString &message, const QString &detail = {})
{
    return Error {Error::Code::Unknown, message, detail, {}};
}

void stopGroup(QProcess &p)
{
    const qint64 pid = p.processId();
    if (pid <= 0)
        return;
    ::kill(-pid_t(pid), SIGTERM);
    if (!p.waitForFinished(10000)) {
        ::kill(-pid_t(pid), SIGKILL);
        p.waitForFinished(5000);
    }
}

} // namespace

namespace backup {

// ------------------------------------------------------------------------- where pgBackRest is

Result<BackRest> backRestOf(const Fields &f)
{
    BackRest b {f.string(QStringLiteral("config")), f.string(QStringLiteral("stanza")),
        f.string(QStringLiteral("run_as"))};
    const QString sandbox = qEnvironmentVariable("QM_SANDBOX_DIR");
    if ((b.config.isEmpty() || b.stanza.isEmpty()) && !sandbox.isEmpty()) {
        QFile ha(sandbox + QStringLiteral("/ha.json"));
        if (ha.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(ha.readAll())
                                      .object()
                                      .value(QStringLiteral("pgbackrest"))
                                      .toObject();
            if (b.config.isEmpty())
                b.config = o.value(QStringLiteral("config")).toString();
            if (b.stanza.isEmpty())
                b.stanza = o.value(QStringLiteral("stanza")).toString();
            if (b.runAs.isEmpty())
                b.runAs = o.value(QStringLiteral("run_as")).toString();
        }
    }
    if (b.stanza.isEmpty())
        return invalid(Tr::tr("no pgBackRest stanza: give the step a \"stanza\" (and \"config\"), "
                              "or run it against an HA sandbox (QM_SANDBOX_DIR with ha.json)"));
    // PostgreSQL refuses to run as root: its tools run as PostgreSQL's account.
    if (::geteuid() == 0 && (b.runAs.isEmpty() || b.runAs == QLatin1String("root")))
        b.runAs = QStringLiteral("postgres");
    return b;
}

Result<Account> accountOf(const QString &runAs)
{
    Account a;
    if (::geteuid() != 0 || runAs.isEmpty())
        return a;
    struct passwd pw;
    struct passwd *found = nullptr;
    QByteArray buf(16384, '\0');
    if (::getpwnam_r(runAs.toLocal8Bit().constData(), &pw, buf.data(), size_t(buf.size()), &found)
            != 0
        || !found)
        return invalid(Tr::tr("there is no user account \"%1\" to run pgBackRest and PostgreSQL as")
                           .arg(runAs));
    a.drop = pw.pw_uid != 0;
    a.uid = pw.pw_uid;
    a.gid = pw.pw_gid;
    a.home = QString::fromLocal8Bit(pw.pw_dir);
    return a;
}

// Runs a tool in a session of its own (so that a cancel stops it and its children), as the
// account. Lines go to onLine as they come. Blocks: worker thread only.
ToolRun runTool(const QStringList &command, const Account &account,
    const safety::CancelToken *cancel, qint64 timeoutMs,
    const std::function<void(const QString &)> &onLine)
{
    ToolRun r;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(QStringLiteral("/"));
    if (account.drop) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), account.home);
        p.setProcessEnvironment(env);
    }
    const bool drop = account.drop;
    const uid_t uid = account.uid;
    const gid_t gid = account.gid;
    p.setChildProcessModifier([drop, uid, gid] {
        ::setsid();
        if (drop && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
            ::_exit(126);
    });
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(15000)) {
        r.output = p.errorString();
        return r;
    }
    r.started = true;
    QDeadlineTimer deadline(timeoutMs);
    QByteArray pending;
    auto drain = [&](bool all) {
        pending += p.readAll();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(nl)).trimmed();
            pending.remove(0, nl + 1);
            r.output += line + u'\n';
            if (onLine && !line.isEmpty())
                onLine(line);
        }
        if (all && !pending.isEmpty()) {
            r.output += QString::fromUtf8(pending);
            pending.clear();
        }
    };
    while (p.state() != QProcess::NotRunning && !p.waitForFinished(200)) {
        drain(false);
        if (cancel && cancel->isCancelled()) {
            r.cancelled = true;
            break;
        }
        if (deadline.hasExpired()) {
            r.timedOut = true;
            break;
        }
    }
    if (r.cancelled || r.timedOut)
        stopGroup(p);
    drain(true);
    r.exitCode = p.exitCode();
    r.ok = !r.cancelled && !r.timedOut && p.exitStatus() == QProcess::NormalExit && r.exitCode == 0;
    return r;
}

// ------------------------------------------------------------------------------ pgbackrest info

QString ageText(qint64 seconds)
{
    if (seconds < 120)
        return Tr::tr("%1 s").arg(seconds);
    if (seconds < 7200)
        return Tr::tr("%1 min").arg(seconds / 60);
    return Tr::tr("%1 h").arg(double(seconds) / 3600.0, 0, 'f', 1);
}

Result<BackupInfo> readInfo(
    const BackRest &b, const Account &account, const safety::CancelToken *cancel)
{
    const QStringList cmd
        = b.command() + QStringList {QStringLiteral("--output=json"), QStringLiteral("info")};
    const ToolRun run = runTool(cmd, account, cancel, 120000);
    if (!run.started)
        return Error {Error::Code::ConnectionFailed,
            Tr::tr("pgBackRest could not be started (is it installed?)"), run.output, {}};
    if (!run.ok)
        return failed(
            Tr::tr("pgbackrest info failed (exit code %1)").arg(run.exitCode), run.tail());
    const QJsonArray stanzas = QJsonDocument::fromJson(run.output.toUtf8()).array();
    if (stanzas.isEmpty())
        return failed(Tr::tr("pgbackrest info gave no stanza"), run.tail());
    const QJsonObject s = stanzas.first().toObject();
    const QJsonObject status = s.value(QStringLiteral("status")).toObject();
    const QJsonArray backups = s.value(QStringLiteral("backup")).toArray();
    if (backups.isEmpty())
        return failed(Tr::tr("stanza %1 has no backup (%2)")
                          .arg(b.stanza, status.value(QStringLiteral("message")).toString()));
    BackupInfo i;
    i.backups = int(backups.size());
    const QJsonObject last = backups.last().toObject();
    i.label = last.value(QStringLiteral("label")).toString();
    i.type = last.value(QStringLiteral("type")).toString();
    const QJsonObject ts = last.value(QStringLiteral("timestamp")).toObject();
    i.startEpoch = qint64(ts.value(QStringLiteral("start")).toDouble());
    i.stopEpoch = qint64(ts.value(QStringLiteral("stop")).toDouble());
    const QJsonObject wal = last.value(QStringLiteral("archive")).toObject();
    i.walStart = wal.value(QStringLiteral("start")).toString();
    i.walStop = wal.value(QStringLiteral("stop")).toString();
    i.size = qint64(
        last.value(QStringLiteral("info")).toObject().value(QStringLiteral("size")).toDouble());
    for (const QJsonValue &a : s.value(QStringLiteral("archive")).toArray()) {
        i.archiveMin = a.toObject().value(QStringLiteral("min")).toString();
        i.archiveMax = a.toObject().value(QStringLiteral("max")).toString();
    }
    const QJsonArray dbs = s.value(QStringLiteral("db")).toArray();
    if (!dbs.isEmpty())
        i.pgVersion = dbs.last().toObject().value(QStringLiteral("version")).toString();
    return i;
}

const QStringList &backRestKeys()
{
    static const QStringList k
        = {QStringLiteral("config"), QStringLiteral("stanza"), QStringLiteral("run_as")};
    return k;
}

} // namespace backup

namespace {

using namespace backup;

// ----------------------------------------------------------------------------------- backup.check

const QStringList &backRestKeys()
{
    static const QStringList k
        = {QStringLiteral("config"), QStringLiteral("stanza"), QStringLiteral("run_as")};
    return k;
}

} // namespace

Result<CheckResult> checkLatestBackup(const Fields &f, const safety::CancelToken *cancel)
{
    const auto b = backRestOf(f);
    if (!b)
        return b.error();
    const auto account = accountOf(b->runAs);
    if (!account)
        return account.error();
    const auto info = readInfo(*b, *account, cancel);
    if (!info)
        return info.error();
    QJsonObject data = info->toJson();
    QString summary = Tr::tr("latest backup %1 (%2), %3 old; WAL archive %4 … %5")
                          .arg(info->label, info->type, ageText(info->ageSeconds()),
                              info->archiveMin.isEmpty() ? QStringLiteral("-") : info->archiveMin,
                              info->archiveMax.isEmpty() ? QStringLiteral("-") : info->archiveMax);
    bool ok = true;
    if (f.has(QStringLiteral("max_age"))) {
        const qint64 maxMs = parseDuration(f.value(QStringLiteral("max_age")));
        data.insert(QStringLiteral("max_age_seconds"), double(maxMs) / 1000.0);
        ok = maxMs >= 0 && info->ageSeconds() * 1000 <= maxMs;
        summary += Tr::tr(" (at most %1 expected)").arg(ageText(maxMs / 1000));
    }
    if (info->archiveMax.isEmpty()) {
        ok = false;
        summary += Tr::tr("; no WAL is archived");
    }
    return CheckResult {ok, summary, data};
}

namespace {

class BackupCheck : public StepType
{
public:
    QString name() const override { return QStringLiteral("backup.check"); }
    QString summary() const override
    {
        return Tr::tr("the latest pgBackRest backup: its age, type and the WAL archive range");
    }
    bool isCheck() const override { return true; }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f, backRestKeys() + QStringList {QStringLiteral("max_age")});
        for (const QString &k : backRestKeys())
            fieldcheck::string(e, f, k);
        fieldcheck::duration(e, f, QStringLiteral("max_age"));
        return e;
    }

    Result<CheckResult> check(const Fields &f, StepContext &ctx) const override
    {
        return checkLatestBackup(f, &ctx.cancel);
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        StepPlan p;
        p.summary = f.has(QStringLiteral("max_age"))
            ? Tr::tr("Read pgBackRest's latest backup and expect it at most %1 old")
                  .arg(f.value(QStringLiteral("max_age")).toVariant().toString())
            : Tr::tr("Read pgBackRest's latest backup");
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

} // namespace

void addBackupSteps(StepRegistry &registry)
{
    registry.add(std::make_shared<BackupCheck>());
    registry.add(makeRestoreDrill());
}

} // namespace qm::runbooks
#else
namespace qm::runbooks {
void addBackupSteps(StepRegistry &) { }
Result<CheckResult> checkLatestBackup(const Fields &, const safety::CancelToken *)
{
    return Error {Error::Code::NotFound,
        QCoreApplication::translate(
            "qm::runbooks::BackupSteps", "pgBackRest backups are read on Unix only"),
        {}, {}};
}
} // namespace qm::runbooks
#endif
