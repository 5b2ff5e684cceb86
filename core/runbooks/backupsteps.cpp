#include "runbooks/backupsteps.h"

#include "backend/backend.h"
#include "db/blocking.h"
#include "db/cluster.h"

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

// ------------------------------------------------------------------------- where pgBackRest is

struct BackRest
{
    QString config;
    QString stanza;
    QString runAs;

    QStringList command() const
    {
        QStringList c {QStringLiteral("pgbackrest")};
        if (!config.isEmpty())
            c << QStringLiteral("--config=") + config;
        c << QStringLiteral("--stanza=") + stanza;
        return c;
    }
};

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

// The account the tools run as: the current one, or (when root) `runAs`.
struct Account
{
    bool drop = false;
    uid_t uid = 0;
    gid_t gid = 0;
    QString home;
};

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

struct ToolRun
{
    bool started = false;
    bool ok = false; // exit code 0, neither cancelled nor timed out
    bool cancelled = false;
    bool timedOut = false;
    int exitCode = -1;
    QString output;

    QString tail() const { return output.right(1500).trimmed(); }
};

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

// Runs a tool in a session of its own (so that a cancel stops it and its children), as the
// account. Lines go to onLine as they come. Blocks: worker thread only.
ToolRun runTool(const QStringList &command, const Account &account,
    const safety::CancelToken *cancel, qint64 timeoutMs,
    const std::function<void(const QString &)> &onLine = {})
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

struct BackupInfo
{
    QString label;
    QString type;
    qint64 startEpoch = 0;
    qint64 stopEpoch = 0;
    QString walStart; // the backup's own WAL range
    QString walStop;
    QString archiveMin; // what the archive holds
    QString archiveMax;
    qint64 size = 0;
    QString pgVersion;
    int backups = 0;

    qint64 ageSeconds() const { return QDateTime::currentSecsSinceEpoch() - stopEpoch; }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("label"), label}, {QStringLiteral("type"), type},
            {QStringLiteral("stop_epoch"), stopEpoch},
            {QStringLiteral("age_seconds"), ageSeconds()}, {QStringLiteral("wal_start"), walStart},
            {QStringLiteral("wal_stop"), walStop}, {QStringLiteral("archive_min"), archiveMin},
            {QStringLiteral("archive_max"), archiveMax}, {QStringLiteral("size_bytes"), size},
            {QStringLiteral("pg_version"), pgVersion}, {QStringLiteral("backups"), backups}};
    }
};

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

// ---------------------------------------------------------------------------------- restore.drill

// The orders a check counts: the count and the time of the last one, through the backend's read
// schema (console.orders / qm_vendure.orders).
QString defaultOrdersSql(const Profile &profile)
{
    return QStringLiteral("SELECT count(*), max(created_at) FROM %1")
        .arg(Backend(profile.backend).object("orders"));
}

struct Orders
{
    qint64 count = 0;
    std::optional<double> lastEpoch;
    QString lastText;

    QJsonValue lastJson() const
    {
        return lastEpoch ? QJsonValue(lastText) : QJsonValue(QJsonValue::Null);
    }
};

std::string wrapped(QString sql)
{
    sql = sql.trimmed();
    while (sql.endsWith(u';'))
        sql.chop(1);
    return QStringLiteral("SELECT q.n::bigint, extract(epoch FROM q.at)::float8, q.at::text "
                          "FROM (%1) AS q(n, at)")
        .arg(sql)
        .toStdString();
}

Orders readOrders(pqxx::connection_base &c, const std::string &sql)
{
    pqxx::read_transaction tx(c);
    const pqxx::row row = tx.exec1(sql);
    Orders o;
    o.count = row[0].is_null() ? 0 : row[0].as<qint64>();
    if (!row[1].is_null()) {
        o.lastEpoch = row[1].as<double>();
        o.lastText = QString::fromStdString(row[2].as<std::string>());
    }
    return o;
}

// A free loopback port: the first of `ports` ("23440-23449") that can be bound, or one the system
// chooses.
Result<int> freePort(const QString &ports)
{
    int lo = 0;
    int hi = 0;
    if (!ports.isEmpty()) {
        const QStringList parts = ports.split(u'-');
        lo = parts.value(0).trimmed().toInt();
        hi = parts.size() > 1 ? parts.value(1).trimmed().toInt() : lo;
        if (lo <= 0 || hi < lo || hi > 65535)
            return invalid(Tr::tr("\"ports\" must be a port or a range such as 23440-23449, not %1")
                               .arg(ports));
    }
    for (int port = lo; port <= hi; ++port) {
        QTcpServer s;
        if (s.listen(QHostAddress::LocalHost, quint16(port))) {
            const int got = s.serverPort();
            s.close();
            return got;
        }
    }
    return Error {Error::Code::ConnectionFailed,
        Tr::tr("no free loopback port in %1 for the scratch server").arg(ports), {}, {}};
}

// The scratch server: its folder (socket, configuration, data) and how to stop it.
struct Scratch
{
    QString dir;
    QString data;
    int port = 0;
    QString pgBin;
    Account account;
    bool started = false; // pg_ctl start was run (without waiting): a postmaster may be coming up

    qint64 postmasterPid() const
    {
        QFile f(data + QStringLiteral("/postmaster.pid"));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        return QString::fromLatin1(f.readLine()).trimmed().toLongLong();
    }
};

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

// Stops the scratch server (immediate: it is thrown away) and removes its folder. Not cancellable.
bool tearDown(const Scratch &s, StepContext &ctx, QString *why)
{
    if (s.dir.isEmpty())
        return true;
    // Right after `pg_ctl start -W` the postmaster may not have written its pid yet: removing the
    // folder under it would leave it running. Wait for the pid (a postmaster that fails at start
    // never writes one).
    QDeadlineTimer pidDeadline(15000);
    while (s.started && s.postmasterPid() <= 0 && !pidDeadline.hasExpired())
        QThread::msleep(50);
    const qint64 pid = s.postmasterPid();
    if (pid > 0 && processAlive(pid)) {
        const ToolRun stop
            = runTool({s.pgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), s.data,
                          QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
                          QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
                s.account, nullptr, 45000);
        if (!stop.ok && ctx.log)
            ctx.log(Tr::tr("pg_ctl stop: %1").arg(stop.tail()));
        if (processAlive(pid))
            ::kill(pid_t(pid), SIGKILL);
        QDeadlineTimer gone(10000);
        while (processAlive(pid) && !gone.hasExpired())
            QThread::msleep(100);
        if (processAlive(pid)) {
            *why = Tr::tr("the scratch server (pid %1) did not stop").arg(pid);
            return false;
        }
    }
    QDir(s.dir).removeRecursively();
    if (QFileInfo::exists(s.dir)) {
        *why = Tr::tr("%1 could not be removed").arg(s.dir);
        return false;
    }
    if (ctx.log)
        ctx.log(Tr::tr("scratch server stopped and %1 removed").arg(s.dir));
    return true;
}

bool writeOwned(const QString &path, const QByteArray &text, const Account &account)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    ::chmod(QFile::encodeName(path).constData(), 0600);
    return !account.drop
        || ::chown(QFile::encodeName(path).constData(), account.uid, account.gid) == 0;
}

class RestoreDrill : public StepType
{
public:
    QString name() const override { return QStringLiteral("restore.drill"); }
    QString summary() const override
    {
        return Tr::tr("restore the latest backup into a scratch PostgreSQL, check it, measure RTO "
                      "and RPO, remove it");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            backRestKeys()
                + QStringList {QStringLiteral("scratch_dir"), QStringLiteral("ports"),
                    QStringLiteral("sql"), QStringLiteral("pg_bin"), QStringLiteral("timeout"),
                    QStringLiteral("max_rto"), QStringLiteral("max_rpo")});
        for (const QString &k : backRestKeys()
                + QStringList {
                    QStringLiteral("scratch_dir"), QStringLiteral("sql"), QStringLiteral("pg_bin")})
            fieldcheck::string(e, f, k);
        if (f.has(QStringLiteral("ports")) && !f.value(QStringLiteral("ports")).isString()
            && !f.value(QStringLiteral("ports")).isDouble()
            && !isParameterRef(f.value(QStringLiteral("ports"))))
            e.append({QStringLiteral("ports"),
                Tr::tr("\"ports\" is a port or a range such as 23440-23449")});
        fieldcheck::duration(e, f, QStringLiteral("timeout"));
        fieldcheck::duration(e, f, QStringLiteral("max_rto"));
        fieldcheck::duration(e, f, QStringLiteral("max_rpo"));
        return e;
    }

    static QString pgBinOf(const Fields &f, const BackupInfo &info)
    {
        const QString given = f.string(QStringLiteral("pg_bin"));
        if (!given.isEmpty())
            return given;
        return QStringLiteral("/usr/lib/postgresql/%1/bin")
            .arg(info.pgVersion.isEmpty() ? QStringLiteral("15") : info.pgVersion);
    }
    static QString portsOf(const Fields &f)
    {
        const QJsonValue v = f.value(QStringLiteral("ports"));
        return v.isDouble() ? QString::number(v.toInt()) : v.toString();
    }
    static QString scratchParentOf(const Fields &f)
    {
        const QString dir = f.string(QStringLiteral("scratch_dir"));
        return dir.isEmpty() ? QDir::tempPath() : dir;
    }

    Result<CheckResult> precheck(const Fields &f, StepContext &ctx) const override
    {
        const auto b = backRestOf(f);
        if (!b)
            return CheckResult {false, b.error().message, {}};
        const auto account = accountOf(b->runAs);
        if (!account)
            return CheckResult {false, account.error().message, {}};
        const auto info = readInfo(*b, *account, &ctx.cancel);
        if (!info)
            return CheckResult {false, info.error().toString(), {}};
        const QString pgCtl = pgBinOf(f, *info) + QStringLiteral("/pg_ctl");
        if (!QFileInfo(pgCtl).isExecutable())
            return CheckResult {false,
                Tr::tr("%1 is missing: PostgreSQL %2's server is needed for the scratch copy")
                    .arg(pgCtl, info->pgVersion),
                {}};
        if (!QFileInfo(scratchParentOf(f)).isDir())
            return CheckResult {
                false, Tr::tr("the scratch folder %1 does not exist").arg(scratchParentOf(f)), {}};
        return CheckResult {true, {}, info->toJson()};
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        StepPlan p;
        const auto b = backRestOf(f);
        if (!b)
            return b.error();
        const auto account = accountOf(b->runAs);
        if (!account)
            return account.error();
        const auto info = readInfo(*b, *account, &ctx.cancel);
        if (!info) {
            p.refused = true;
            p.refusal = info.error().toString();
            p.summary = Tr::tr("Restore drill of stanza %1: no backup to restore").arg(b->stanza);
            return p;
        }
        p.summary = Tr::tr("Restore backup %1 (%2, %3 old) with recovery to the end of the WAL "
                           "archive into a scratch PostgreSQL, check it, measure RTO and RPO, "
                           "remove it")
                        .arg(info->label, info->type, ageText(info->ageSeconds()));
        p.details << Tr::tr("scratch folder under %1, a free loopback port%2, WAL archiving off")
                         .arg(scratchParentOf(f),
                             portsOf(f).isEmpty() ? QString() : Tr::tr(" in %1").arg(portsOf(f)));
        p.details << Tr::tr("WAL archive %1 … %2").arg(info->archiveMin, info->archiveMax);
        p.details << Tr::tr("checks: %1")
                         .arg(f.string(QStringLiteral("sql"), defaultOrdersSql(ctx.profile)));
        p.details << Tr::tr("nothing on the store's servers changes; the restored copy is removed "
                            "afterwards, also when the drill fails or is cancelled");
        p.impact = safety::Impact::Low;
        p.data = QJsonObject {{QStringLiteral("backup"), info->toJson()}};
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        auto log = [&ctx](const QString &line) {
            if (ctx.log)
                ctx.log(line);
        };
        auto fail = [](const Error &e) { return StepOutcome {false, e.toString(), {}, e}; };
        const auto b = backRestOf(f);
        if (!b)
            return fail(b.error());
        const auto account = accountOf(b->runAs);
        if (!account)
            return fail(account.error());
        const auto info = readInfo(*b, *account, &ctx.cancel);
        if (!info)
            return fail(info.error());
        const auto port = freePort(portsOf(f));
        if (!port)
            return fail(port.error());

        Scratch s;
        s.port = *port;
        s.pgBin = pgBinOf(f, *info);
        s.account = *account;
        QByteArray pattern
            = QFile::encodeName(scratchParentOf(f) + QStringLiteral("/qm-restore-drill-XXXXXX"));
        if (!::mkdtemp(pattern.data()))
            return fail(
                failed(Tr::tr("cannot make a scratch folder under %1: %2")
                           .arg(scratchParentOf(f), QString::fromLocal8Bit(strerror(errno)))));
        s.dir = QFile::decodeName(pattern);
        s.data = s.dir + QStringLiteral("/data");

        QJsonObject data {{QStringLiteral("backup_label"), info->label},
            {QStringLiteral("backup_type"), info->type},
            {QStringLiteral("backup_age_seconds"), info->ageSeconds()},
            {QStringLiteral("scratch_dir"), s.dir}, {QStringLiteral("port"), s.port}};
        // Every way out tears the scratch server down and says whether that worked.
        auto finish = [&](StepOutcome o) {
            QString why;
            const qint64 pid = s.postmasterPid();
            if (pid > 0)
                data.insert(QStringLiteral("postmaster_pid"), pid);
            const bool gone = tearDown(s, ctx, &why);
            data.insert(QStringLiteral("torn_down"), gone);
            o.data = data;
            if (!gone) {
                o.ok = false;
                o.summary += u' ' + why;
                if (!o.error)
                    o.error = failed(why);
            }
            return o;
        };
        auto failAndClean = [&](const Error &e) { return finish(fail(e)); };
        auto cancelled = [&]() {
            return finish(StepOutcome {false, Tr::tr("cancelled; the scratch copy is removed"), {},
                Error {Error::Code::Cancelled, Tr::tr("cancelled"), {}, {}}});
        };

        if (::mkdir(QFile::encodeName(s.data).constData(), 0700) != 0
            || (account->drop
                && (::chown(QFile::encodeName(s.dir).constData(), account->uid, account->gid) != 0
                    || ::chown(QFile::encodeName(s.data).constData(), account->uid, account->gid)
                        != 0)))
            return failAndClean(
                failed(Tr::tr("cannot prepare %1 for PostgreSQL's account").arg(s.dir)));
        // Only the local socket in the scratch folder, and no one else's configuration.
        if (!writeOwned(s.dir + QStringLiteral("/pg_hba.conf"), "local all all trust\n", *account)
            || !writeOwned(s.dir + QStringLiteral("/pg_ident.conf"), "", *account))
            return failAndClean(failed(Tr::tr("cannot write the scratch server's configuration")));

        const qint64 timeoutMs = f.has(QStringLiteral("timeout"))
            ? parseDuration(f.value(QStringLiteral("timeout")))
            : 30 * 60 * 1000;
        QDeadlineTimer deadline(timeoutMs);
        log(Tr::tr("restoring backup %1 (%2) of stanza %3 into %4, port %5")
                .arg(info->label, info->type, b->stanza, s.dir)
                .arg(s.port));
        QElapsedTimer rto;
        rto.start();
        // The latest backup, recovered to the end of the WAL archive; archive_mode=off in the
        // recovery configuration: the copy never pushes WAL into the store's repository.
        const ToolRun restore = runTool(b->command()
                + QStringList {QStringLiteral("--pg1-path=") + s.data,
                    QStringLiteral("--type=default"), QStringLiteral("--archive-mode=off"),
                    QStringLiteral("--log-level-console=info"), QStringLiteral("restore")},
            *account, &ctx.cancel, deadline.remainingTime(), [&](const QString &line) {
                if (line.contains(QLatin1String("INFO:")) || line.contains(QLatin1String("WARN:"))
                    || line.contains(QLatin1String("ERROR:")))
                    log(QStringLiteral("pgbackrest: ") + line.section(QStringLiteral(": "), 1));
            });
        if (restore.cancelled)
            return cancelled();
        if (!restore.ok)
            return failAndClean(failed(restore.timedOut
                    ? Tr::tr("pgbackrest restore did not finish before the deadline")
                    : Tr::tr("pgbackrest restore failed (exit code %1)").arg(restore.exitCode),
                restore.tail()));
        const double restoreSeconds = double(rto.elapsed()) / 1000.0;
        data.insert(QStringLiteral("restore_seconds"), restoreSeconds);
        log(Tr::tr("files restored in %1 s; starting PostgreSQL to replay the archived WAL")
                .arg(restoreSeconds, 0, 'f', 1));

        // Command-line settings win over the restored postgresql.conf (Patroni's, with the
        // primary's port, folders and archive_command).
        const QString opts
            = QStringLiteral("-c port=%1 -c listen_addresses=127.0.0.1 "
                             "-c unix_socket_directories='%2' -c data_directory='%3' "
                             "-c hba_file='%2/pg_hba.conf' -c ident_file='%2/pg_ident.conf' "
                             "-c archive_mode=off -c archive_command='' -c logging_collector=off "
                             "-c cluster_name=qm-restore-drill -c synchronous_standby_names='' "
                             "-c primary_conninfo='' -c primary_slot_name='' -c hot_standby=on")
                  .arg(s.port)
                  .arg(s.dir, s.data);
        const ToolRun start = runTool(
            {s.pgBin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), s.data,
                QStringLiteral("-l"), s.dir + QStringLiteral("/server.log"), QStringLiteral("-W"),
                QStringLiteral("-o"), opts, QStringLiteral("start")},
            *account, nullptr, 60000);
        s.started = start.started;
        if (!start.ok)
            return failAndClean(
                failed(Tr::tr("the scratch PostgreSQL did not start"), start.tail()));

        // Queryable: a connection answers and recovery has ended (the copy was promoted at the
        // end of the archive), so what it holds is all the backup and the WAL can give.
        const std::string conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 "
                                                    "connect_timeout=5 application_name=qm-drill")
                                         .arg(s.dir)
                                         .arg(s.port)
                                         .arg(ctx.profile.database, ctx.profile.user)
                                         .toStdString();
        bool consistentSeen = false;
        bool pidSeen = false;
        QString lastError;
        std::unique_ptr<pqxx::connection> conn;
        for (;;) {
            if (ctx.cancel.isCancelled())
                return cancelled();
            if (deadline.hasExpired())
                return failAndClean(Error {Error::Code::Timeout,
                    Tr::tr("the restored copy did not become queryable before the deadline"),
                    lastError, {}});
            const qint64 pid = s.postmasterPid();
            pidSeen = pidSeen || pid > 0;
            if ((pidSeen && !processAlive(pid))
                || (!pidSeen && rto.elapsed() > 60000 + restoreSeconds * 1000)) {
                QFile logFile(s.dir + QStringLiteral("/server.log"));
                logFile.open(QIODevice::ReadOnly);
                return failAndClean(failed(Tr::tr("the scratch PostgreSQL stopped during recovery"),
                    QString::fromUtf8(logFile.readAll().right(1500))));
            }
            try {
                if (!conn)
                    conn = std::make_unique<pqxx::connection>(conninfo);
                pqxx::nontransaction tx(*conn);
                const bool inRecovery = tx.exec1("SELECT pg_is_in_recovery()")[0].as<bool>();
                if (!consistentSeen) {
                    consistentSeen = true;
                    log(Tr::tr("the copy answers read-only queries after %1 s; replaying WAL")
                            .arg(double(rto.elapsed()) / 1000.0, 0, 'f', 1));
                }
                if (!inRecovery)
                    break;
            } catch (const std::exception &e) {
                lastError = QString::fromUtf8(e.what()).trimmed();
                conn.reset();
            }
            QThread::msleep(100);
        }
        const double rtoSeconds = double(rto.elapsed()) / 1000.0;
        data.insert(QStringLiteral("rto_seconds"), rtoSeconds);
        log(Tr::tr("recovery ended; the restored copy is queryable: RTO %1 s")
                .arg(rtoSeconds, 0, 'f', 1));

        const std::string sql
            = wrapped(f.string(QStringLiteral("sql"), defaultOrdersSql(ctx.profile)));
        Orders restored;
        try {
            // A copy that archives would push its new timeline into the store's repository.
            pqxx::nontransaction tx(*conn);
            const QString archiveMode = QString::fromStdString(
                tx.exec1("SELECT current_setting('archive_mode')")[0].as<std::string>());
            tx.commit();
            data.insert(QStringLiteral("archive_mode"), archiveMode);
            if (archiveMode != QLatin1String("off"))
                return failAndClean(failed(
                    Tr::tr("the restored copy runs with archive_mode=%1: it could write into "
                           "the backup repository; stopped")
                        .arg(archiveMode)));
            restored = readOrders(*conn, sql);
        } catch (const std::exception &e) {
            return failAndClean(failed(Tr::tr("the check query failed on the restored copy"),
                QString::fromUtf8(e.what()).trimmed()));
        }
        conn.reset();
        if (!ctx.cluster)
            return failAndClean(invalid(Tr::tr("no database connection for this run")));
        auto primary
            = db::waitBlocking(ctx.cluster->primaryPool()->run<Orders>(
                                   QStringLiteral("restore drill: the primary's orders"),
                                   [sql](db::Pool::Connection &c) { return readOrders(c, sql); }),
                "restore drill: the primary's orders");
        if (!primary)
            return failAndClean(primary.error());
        data.insert(QStringLiteral("restored_orders"), restored.count);
        data.insert(QStringLiteral("restored_last_order"), restored.lastJson());
        data.insert(QStringLiteral("primary_orders"), primary->count);
        data.insert(QStringLiteral("primary_last_order"), primary->lastJson());
        std::optional<double> rpo;
        if (restored.lastEpoch && primary->lastEpoch)
            rpo = qMax(0.0, *primary->lastEpoch - *restored.lastEpoch);
        else if (!primary->lastEpoch)
            rpo = 0.0; // no order anywhere: nothing was lost
        data.insert(
            QStringLiteral("rpo_seconds"), rpo ? QJsonValue(*rpo) : QJsonValue(QJsonValue::Null));
        const QString rpoText
            = rpo ? Tr::tr("%1 s").arg(*rpo, 0, 'f', 1) : Tr::tr("unknown (no order in the copy)");
        log(Tr::tr("orders: %1 in the copy (last %2), %3 on the primary (last %4): RPO %5")
                .arg(restored.count)
                .arg(restored.lastText.isEmpty() ? QStringLiteral("-") : restored.lastText)
                .arg(primary->count)
                .arg(primary->lastText.isEmpty() ? QStringLiteral("-") : primary->lastText,
                    rpoText));

        StepOutcome o;
        o.ok = true;
        o.summary = Tr::tr("restored %1 and recovered it in %2 s (RTO); last order %3 behind the "
                           "primary (RPO); %4 of %5 orders")
                        .arg(info->label)
                        .arg(rtoSeconds, 0, 'f', 1)
                        .arg(rpoText)
                        .arg(restored.count)
                        .arg(primary->count);
        QStringList over;
        if (f.has(QStringLiteral("max_rto"))
            && rtoSeconds * 1000 > double(parseDuration(f.value(QStringLiteral("max_rto")))))
            over << Tr::tr("RTO above %1")
                        .arg(f.value(QStringLiteral("max_rto")).toVariant().toString());
        if (f.has(QStringLiteral("max_rpo"))
            && (!rpo || *rpo * 1000 > double(parseDuration(f.value(QStringLiteral("max_rpo"))))))
            over << Tr::tr("RPO above %1")
                        .arg(f.value(QStringLiteral("max_rpo")).toVariant().toString());
        if (!over.isEmpty()) {
            o.ok = false;
            o.summary += QStringLiteral(": ") + over.join(QStringLiteral(", "));
            o.error = failed(over.join(QStringLiteral(", ")));
        }
        return finish(o);
    }

    // The drill measured RTO and RPO and left nothing behind.
    Result<CheckResult> verify(
        const Fields &, const StepOutcome &outcome, StepContext &) const override
    {
        const QJsonObject d = outcome.data;
        QStringList problems;
        if (!d.contains(QStringLiteral("rto_seconds")))
            problems << Tr::tr("no RTO was measured");
        const QString dir = d.value(QStringLiteral("scratch_dir")).toString();
        if (!dir.isEmpty() && QFileInfo::exists(dir))
            problems << Tr::tr("%1 is still there").arg(dir);
        const qint64 pid = qint64(d.value(QStringLiteral("postmaster_pid")).toDouble());
        if (processAlive(pid))
            problems << Tr::tr("the scratch server (pid %1) still runs").arg(pid);
        if (!outcome.ok)
            problems << outcome.summary;
        if (!problems.isEmpty())
            return CheckResult {false, problems.join(QStringLiteral("; ")), d};
        return CheckResult {true,
            Tr::tr("RTO %1 s, RPO %2 s; the scratch server and its folder are gone")
                .arg(d.value(QStringLiteral("rto_seconds")).toDouble(), 0, 'f', 1)
                .arg(d.value(QStringLiteral("rpo_seconds")).toDouble(), 0, 'f', 1),
            d};
    }
};

} // namespace

void addBackupSteps(StepRegistry &registry)
{
    registry.add(std::make_shared<BackupCheck>());
    registry.add(std::make_shared<RestoreDrill>());
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
