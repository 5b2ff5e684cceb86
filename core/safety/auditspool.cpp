#include "safety/auditspool.h"

#include "common/logging.h"
#include "db/cluster.h"
#include "db/pool.h"
#include "profiles/profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <pqxx/pqxx>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace qm::safety {

namespace {

const QString kIntent = QStringLiteral("intent");
const QString kOutcome = QStringLiteral("outcome");
const QString kEntry = QStringLiteral("entry");

// An exclusive lock on <spool>.lock for as long as it lives (flock: released when the process
// dies, so a killed console never leaves the spool locked).
class FileLock
{
public:
    explicit FileLock(const QString &spool)
    {
#ifndef Q_OS_WIN
        QDir().mkpath(QFileInfo(spool).absolutePath());
        m_fd = ::open(QFile::encodeName(spool + QStringLiteral(".lock")).constData(),
            O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (m_fd >= 0)
            while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) { }
#else
        Q_UNUSED(spool) // one console per machine there: this process's mutex is the lock
#endif
    }
    ~FileLock()
    {
#ifndef Q_OS_WIN
        if (m_fd >= 0)
            ::close(m_fd); // releases the lock
#endif
    }
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    int m_fd = -1;
};

void fsyncDir(const QString &dir)
{
#ifdef Q_OS_WIN
    Q_UNUSED(dir)
#else
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

// One readable spool line.
struct SpoolLine
{
    int number = 0; // 1-based, for people
    QString phase;
    AuditEntry entry;
    QJsonObject spooled; // {at, actor, host...}: added to what the chain gets
};

struct SpoolContent
{
    QList<SpoolLine> lines;
    QStringList skipped;
    bool exists = false;
};

SpoolContent readSpool(const QString &path)
{
    SpoolContent c;
    QFile f(path);
    if (!f.exists())
        return c;
    c.exists = true;
    if (!f.open(QIODevice::ReadOnly)) {
        c.skipped.append(SpoolingAuditSink::tr("cannot read %1: %2").arg(path, f.errorString()));
        return c;
    }
    const QByteArray data = f.readAll();
    const QList<QByteArray> parts = data.split('\n');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray &raw = parts.at(i);
        if (raw.trimmed().isEmpty())
            continue;
        const int number = int(i) + 1;
        // The last part has no newline after it: the writer stopped mid-line (a crash).
        if (i == parts.size() - 1) {
            c.skipped.append(
                SpoolingAuditSink::tr("line %1: cut off (the writer stopped mid-line), skipped")
                    .arg(number));
            continue;
        }
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &err);
        const QJsonObject o = doc.object();
        SpoolLine line;
        line.number = number;
        line.phase = o.value(QLatin1String("phase")).toString();
        line.entry.requestId = QUuid::fromString(o.value(QLatin1String("request_id")).toString());
        line.entry.action = o.value(QLatin1String("action")).toString();
        line.entry.target = o.value(QLatin1String("target")).toString();
        line.entry.plan = o.value(QLatin1String("plan")).toObject();
        line.entry.outcome = o.value(QLatin1String("outcome")).toObject();
        line.entry.spoolable = true;
        line.spooled = QJsonObject {{QStringLiteral("at"), o.value(QLatin1String("spooled_at"))},
            {QStringLiteral("actor"), o.value(QLatin1String("actor"))},
            {QStringLiteral("host"), o.value(QLatin1String("host"))}};
        if (err.error != QJsonParseError::NoError || !doc.isObject()) {
            c.skipped.append(SpoolingAuditSink::tr("line %1: not a JSON object (%2), skipped")
                                 .arg(number)
                                 .arg(err.errorString()));
            continue;
        }
        if (line.entry.requestId.isNull()
            || (line.phase != kIntent && line.phase != kOutcome && line.phase != kEntry)
            || line.entry.action.isEmpty()) {
            c.skipped.append(
                SpoolingAuditSink::tr("line %1: no request id, phase or action, skipped")
                    .arg(number));
            continue;
        }
        c.lines.append(line);
    }
    return c;
}

std::string compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

// Writes one spooled line into the chain unless the chain has it (same request id and phase),
// in one transaction on the current primary: 1 written, 0 already there. Blocking, bounded.
// <schema>.audit_replay_spooled (migration 0611) checks that the role may replay (on-call or an
// admin), looks the entry up under the chain's lock and records the replaying role beside the
// spool's account ("spooled").
Result<int> replayOne(
    db::Cluster *cluster, BackendKind backend, const SpoolLine &line, int timeoutMs)
{
    db::Pool *pool = cluster ? cluster->primaryPool() : nullptr;
    if (!pool)
        return Error {Error::Code::ConnectionFailed,
            SpoolingAuditSink::tr("No database connection for the audit log."), {}, {}};
    const std::string sql = "select written from " + std::string(readSchema(backend))
        + ".audit_replay_spooled($1::uuid, $2, $3, $4, $5::jsonb, $6::jsonb, $7::jsonb)";
    const AuditEntry e = line.entry;
    const QString phase = line.phase;
    const QJsonObject spooled = line.spooled;
    QFuture<Result<int>> f = pool->run<int>(QStringLiteral("replay spooled audit entry"),
        [sql, phase, e, spooled](db::Pool::Connection &c) {
            pqxx::work tx(c);
            const bool written
                = tx.exec_params1(sql, e.requestId.toString(QUuid::WithoutBraces).toStdString(),
                        phase.toStdString(), e.action.toStdString(), e.target.toStdString(),
                        compact(e.plan), compact(e.outcome), compact(spooled))[0]
                      .as<bool>();
            tx.commit();
            return written ? 1 : 0;
        });
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < timeoutMs)
        QThread::msleep(2); // a worker thread: the pool finishes the future on its own thread
    if (!f.isFinished())
        return Error {Error::Code::Timeout,
            SpoolingAuditSink::tr("The audit log did not answer in time."), {}, {}};
    return f.result();
}

} // namespace

QJsonObject SpoolEntry::toJson() const
{
    return QJsonObject {{QStringLiteral("line"), line}, {QStringLiteral("phase"), phase},
        {QStringLiteral("request_id"), requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("action"), action}, {QStringLiteral("target"), target},
        {QStringLiteral("actor"), actor}, {QStringLiteral("host"), host},
        {QStringLiteral("spooled_at"), spooledAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("run_id"), runId}};
}

QJsonObject SpoolReplayReport::toJson() const
{
    return QJsonObject {{QStringLiteral("replayed"), replayed},
        {QStringLiteral("already_in_chain"), alreadyInChain},
        {QStringLiteral("remaining"), remaining},
        {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)},
        {QStringLiteral("error"), error},
        {QStringLiteral("error_code"), error.isEmpty() ? QString() : Error::codeName(errorCode)},
        {QStringLiteral("archived_as"), archivedAs}, {QStringLiteral("complete"), complete()}};
}

SpoolListing SpoolingAuditSink::list(const QString &path)
{
    const SpoolContent c = readSpool(path);
    SpoolListing out;
    out.exists = c.exists;
    out.skipped = c.skipped;
    for (const SpoolLine &l : c.lines) {
        SpoolEntry e;
        e.line = l.number;
        e.phase = l.phase;
        e.requestId = l.entry.requestId;
        e.action = l.entry.action;
        e.target = l.entry.target;
        e.actor = l.spooled.value(QLatin1String("actor")).toString();
        e.host = l.spooled.value(QLatin1String("host")).toString();
        e.spooledAt = QDateTime::fromString(
            l.spooled.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        e.runId = l.entry.plan.value(QLatin1String("run_id")).toString();
        if (e.runId.isEmpty())
            e.runId = l.entry.outcome.value(QLatin1String("run_id")).toString();
        out.entries.append(e);
    }
    return out;
}

QString SpoolReplayReport::summary() const
{
    QString s = SpoolingAuditSink::tr("audit spool: %1 written to the audit log, %2 already there, "
                                      "%3 still spooled")
                    .arg(replayed)
                    .arg(alreadyInChain)
                    .arg(remaining);
    if (!skipped.isEmpty())
        s += QStringLiteral("; ") + skipped.join(QStringLiteral("; "));
    if (!error.isEmpty())
        s += QStringLiteral("; ") + error;
    return s;
}

SpoolingAuditSink::SpoolingAuditSink(std::shared_ptr<db::Cluster> cluster, BackendKind backend,
    QString spoolPath, QString actor, int timeoutMs)
    : m_cluster(cluster)
    , m_backend(backend)
    , m_db(std::move(cluster), backend, timeoutMs)
    , m_path(std::move(spoolPath))
    , m_actor(std::move(actor))
    , m_timeoutMs(timeoutMs)
{ }

QString SpoolingAuditSink::defaultPath(const Profile &profile)
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    QString name = profile.name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("profile"));
    return base + QStringLiteral("/quartermaster/audit-spool/") + name + QStringLiteral(".jsonl");
}

bool SpoolingAuditSink::unreachable(const Error &e)
{
    using C = Error::Code;
    if (e.code == C::ConnectionFailed || e.code == C::ConnectionLost || e.code == C::Timeout)
        return true;
    // 08xxx connection exceptions; 57P01..57P03 the server is shutting down or not yet up;
    // 25006 a read-only transaction: what had been the primary is a replica now, or in recovery.
    return e.sqlState.startsWith(QLatin1String("08")) || e.sqlState == QLatin1String("57P01")
        || e.sqlState == QLatin1String("57P02") || e.sqlState == QLatin1String("57P03")
        || e.sqlState == QLatin1String("25006");
}

Status SpoolingAuditSink::record(const AuditEntry &entry)
{
    return write(entry, kEntry);
}

Status SpoolingAuditSink::recordIntent(const AuditEntry &entry)
{
    return write(entry, kIntent);
}

Status SpoolingAuditSink::recordOutcome(const AuditEntry &entry)
{
    return write(entry, kOutcome);
}

Result<QString> SpoolingAuditSink::anchor()
{
    return m_db.anchor();
}

Status SpoolingAuditSink::write(const AuditEntry &entry, const QString &phase)
{
    std::lock_guard guard(m_mutex);
    // What the spool holds goes first, so that the chain keeps the order of events (an outcome
    // after its intent). While it cannot, an entry that may be spooled joins the queue.
    if (QFileInfo::exists(m_path)) {
        FileLock lock(m_path);
        const SpoolReplayReport r = replayLocked();
        if (!r.complete()) {
            qCWarning(lcApp).noquote() << r.summary();
            if (entry.spoolable)
                return append(entry, phase);
        } else if (r.replayed > 0 || !r.skipped.isEmpty()) {
            qCInfo(lcApp).noquote() << r.summary();
        }
    }
    const Status s = phase == kIntent ? m_db.recordIntent(entry)
        : phase == kOutcome           ? m_db.recordOutcome(entry)
                                      : m_db.record(entry);
    if (s || !entry.spoolable || !unreachable(s.error()))
        return s;
    qCWarning(lcApp).noquote() << "audit log unreachable, spooling" << phase << entry.action
                               << entry.requestId.toString(QUuid::WithoutBraces) << "to" << m_path
                               << ":" << s.error().toString();
    FileLock lock(m_path);
    return append(entry, phase);
}

Status SpoolingAuditSink::append(const AuditEntry &entry, const QString &phase)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error {
            Error::Code::Io, tr("Cannot create the audit spool's folder %1.").arg(dir), dir, {}};
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QFile::setPermissions(dir, ownerOnly | QFileDevice::ExeOwner);
    const bool existed = QFileInfo::exists(m_path);
    QFile f(m_path);
    // Created 0600 (never readable by others, not even for a moment); an older file too.
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append, ownerOnly))
        return Error {Error::Code::Io, tr("Cannot write the audit spool %1.").arg(m_path),
            f.errorString(), {}};
    f.setPermissions(ownerOnly);
    const QJsonObject o {{QStringLiteral("v"), 1}, {QStringLiteral("phase"), phase},
        {QStringLiteral("request_id"), entry.requestId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("action"), entry.action}, {QStringLiteral("target"), entry.target},
        {QStringLiteral("plan"), entry.plan}, {QStringLiteral("outcome"), entry.outcome},
        {QStringLiteral("actor"), m_actor},
        {QStringLiteral("host"), auditContext().value(QLatin1String("host"))},
        {QStringLiteral("spooled_at"),
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    // A torn last line (a crash mid-write) must not swallow this one: start on a new line.
    if (f.size() > 0) {
        char last = '\n';
        if (f.seek(f.size() - 1) && f.getChar(&last) && last != '\n')
            line.prepend('\n');
        f.seek(f.size());
    }
    // One write of the whole line, then to the disk before the action may run.
    bool ok = f.write(line) == line.size() && f.flush();
#ifdef Q_OS_WIN
    ok = ok && ::_commit(f.handle()) == 0;
#else
    ok = ok && ::fsync(f.handle()) == 0;
#endif
    if (!ok)
        return Error {Error::Code::Io, tr("Cannot write the audit spool %1.").arg(m_path),
            f.errorString(), {}};
    f.close();
    if (!existed)
        fsyncDir(dir); // the new file's name is durable too
    return Done {};
}

SpoolReplayReport SpoolingAuditSink::replay()
{
    std::lock_guard guard(m_mutex);
    FileLock lock(m_path);
    return replayLocked();
}

SpoolReplayReport SpoolingAuditSink::replayLocked()
{
    SpoolReplayReport report;
    const SpoolContent content = readSpool(m_path);
    report.skipped = content.skipped;
    if (!content.exists)
        return report;
    for (qsizetype i = 0; i < content.lines.size(); ++i) {
        const SpoolLine &line = content.lines.at(i);
        const Result<int> r = replayOne(m_cluster.get(), m_backend, line, m_timeoutMs);
        if (!r) {
            report.remaining = int(content.lines.size() - i);
            report.errorCode = r.error().code;
            report.error = unreachable(r.error())
                ? tr("the audit log is not reachable yet: %1").arg(r.error().toString())
                : tr("the audit log refused spooled line %1 (%2 %3): %4")
                      .arg(line.number)
                      .arg(line.phase, line.entry.action, r.error().toString());
            return report;
        }
        if (r.value() > 0)
            ++report.replayed;
        else
            ++report.alreadyInChain;
    }
    // Everything readable is in the chain: keep the file as evidence under another name.
    const QString archived = m_path + QStringLiteral(".replayed-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
    QFile spool(m_path);
    if (spool.rename(archived)) {
        report.archivedAs = archived;
        fsyncDir(QFileInfo(m_path).absolutePath());
    } else {
        report.errorCode = Error::Code::Io;
        report.error
            = tr("the spool was replayed but could not be renamed: %1").arg(spool.errorString());
    }
    return report;
}

int SpoolingAuditSink::pending() const
{
    return int(readSpool(m_path).lines.size());
}

} // namespace qm::safety
