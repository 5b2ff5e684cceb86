#include "runbooks/journal.h"

#include "db/blocking.h"
#include "db/cluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <algorithm>
#include <pqxx/pqxx>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace qm::runbooks {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::Journal)
};

QString fileFor(const QString &dir, const QString &runId)
{
    return QDir(dir).filePath(runId + QStringLiteral(".jsonl"));
}
} // namespace

QJsonObject JournalRecord::toJson() const
{
    QJsonObject o {{QStringLiteral("seq"), seq}, {QStringLiteral("run_id"), runId},
        {QStringLiteral("state"), state},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("detail"), detail}};
    if (!stepId.isEmpty())
        o.insert(QStringLiteral("step"), stepId);
    return o;
}

JournalRecord JournalRecord::fromJson(const QJsonObject &o)
{
    JournalRecord r;
    r.seq = o.value(QStringLiteral("seq")).toInt();
    r.runId = o.value(QStringLiteral("run_id")).toString();
    r.state = o.value(QStringLiteral("state")).toString();
    r.stepId = o.value(QStringLiteral("step")).toString();
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r.detail = o.value(QStringLiteral("detail")).toObject();
    return r;
}

QString Journal::defaultDir()
{
#ifdef Q_OS_WIN
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/runbooks");
#else
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QStringLiteral("/.local/state");
    return base + QStringLiteral("/quartermaster/runbooks");
#endif
}

Result<std::unique_ptr<Journal>> Journal::create(const QString &dir, const QString &runId,
    const Runbook &runbook, std::shared_ptr<db::Cluster> cluster)
{
    if (!QDir().mkpath(dir))
        return Error {
            Error::Code::Io, Tr::tr("cannot create the journal folder %1").arg(dir), {}, {}};
    std::unique_ptr<Journal> j(new Journal);
    j->m_path = fileFor(dir, runId);
    if (QFile::exists(j->m_path))
        return Error {Error::Code::Conflict,
            Tr::tr("a journal for run %1 exists already").arg(runId), j->m_path, {}};
    j->m_runId = runId;
    j->m_runbook = runbook.name;
    j->m_hash = QString::fromLatin1(runbook.contentHash);
    j->m_cluster = std::move(cluster);
    return j;
}

Result<std::unique_ptr<Journal>> Journal::reopen(const QString &dir, const QString &runId,
    const Runbook &runbook, std::shared_ptr<db::Cluster> cluster)
{
    const auto records = read(dir, runId);
    if (!records)
        return records.error();
    std::unique_ptr<Journal> j(new Journal);
    j->m_path = fileFor(dir, runId);
    j->m_runId = runId;
    j->m_runbook = runbook.name;
    j->m_hash = QString::fromLatin1(runbook.contentHash);
    j->m_cluster = std::move(cluster);
    j->m_seq = records->isEmpty() ? 0 : records->last().seq + 1;
    return j;
}

Result<QList<JournalRecord>> Journal::read(const QString &dir, const QString &runId)
{
    QFile f(fileFor(dir, runId));
    if (!f.open(QIODevice::ReadOnly))
        return Error {Error::Code::NotFound, Tr::tr("no journal for run %1 in %2").arg(runId, dir),
            f.errorString(), {}};
    QList<JournalRecord> out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError e;
        const QJsonDocument d = QJsonDocument::fromJson(line, &e);
        if (!d.isObject())
            break; // a torn last line (killed mid-write): what came before is the journal
        out.append(JournalRecord::fromJson(d.object()));
    }
    return out;
}

QList<RunSummary> Journal::runs(const QString &dir)
{
    QList<RunSummary> out;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        const auto recs = read(dir, fi.completeBaseName());
        if (!recs || recs->isEmpty())
            continue;
        RunSummary s;
        s.runId = fi.completeBaseName();
        const JournalRecord &h = recs->first();
        s.runbook = h.detail.value(QStringLiteral("runbook")).toString();
        s.path = h.detail.value(QStringLiteral("path")).toString();
        s.contentHash = h.detail.value(QStringLiteral("content_hash")).toString();
        s.startedAt = h.at;
        s.lastState = recs->last().state;
        if (recs->last().state == QLatin1String("finished"))
            s.result = recs->last().detail.value(QStringLiteral("result")).toString();
        out.append(s);
    }
    std::sort(out.begin(), out.end(),
        [](const RunSummary &a, const RunSummary &b) { return a.startedAt > b.startedAt; });
    return out;
}

Status Journal::append(const QString &state, const QString &stepId, const QJsonObject &detail)
{
    JournalRecord r;
    r.seq = m_seq;
    r.runId = m_runId;
    r.state = state;
    r.stepId = stepId;
    r.at = QDateTime::currentDateTimeUtc();
    r.detail = detail;
    QFile f(m_path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error {Error::Code::Io, Tr::tr("cannot write the run journal %1").arg(m_path),
            f.errorString(), {}};
    const QByteArray line = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    bool ok = f.write(line) == line.size() && f.flush();
#ifdef Q_OS_WIN
    ok = ok && _commit(f.handle()) == 0;
#else
    ok = ok && ::fsync(f.handle()) == 0;
#endif
    if (!ok)
        return Error {Error::Code::Io, Tr::tr("cannot write the run journal %1").arg(m_path),
            f.errorString(), {}};
    f.close();
    ++m_seq;
    m_pending.append(r);
    flushToDatabase();
    return Done {};
}

void Journal::flushToDatabase()
{
    if (!m_cluster) {
        m_pending.clear();
        return;
    }
    while (!m_pending.isEmpty()) {
        const JournalRecord r = m_pending.first();
        const std::string run = m_runId.toStdString(), runbook = m_runbook.toStdString(),
                          hash = m_hash.toStdString(), state = r.state.toStdString(),
                          at = r.at.toUTC().toString(Qt::ISODateWithMs).toStdString(),
                          detail
            = QJsonDocument(r.detail).toJson(QJsonDocument::Compact).toStdString();
        const std::string step = r.stepId.toStdString();
        const int seq = r.seq;
        auto w = db::waitBlocking(
            m_cluster->write<bool>(QStringLiteral("runbook journal"),
                [=](db::Pool::Connection &c) {
                    pqxx::work tx(c);
                    const bool fresh
                        = tx.exec_params1("SELECT console.runbook_journal_append($1::uuid, $2, "
                                          "$3, $4, NULLIF($5, ''), $6, $7::timestamptz, $8::jsonb)",
                                run, seq, runbook, hash, step, state, at, detail)[0]
                              .as<bool>();
                    tx.commit();
                    return fresh;
                }),
            "runbook journal");
        if (!w) {
            m_dbWarnings.append(Tr::tr("journal record %1 (%2) not yet in the database: %3")
                                    .arg(r.seq)
                                    .arg(r.state, w.error().toString()));
            return; // kept; retried with the next record
        }
        m_pending.removeFirst();
    }
}

} // namespace qm::runbooks
