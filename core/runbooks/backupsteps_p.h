#pragma once
// What the backup step types share across their files (backupsteps.cpp: pgBackRest and
// backup.check; restoredrillstep.cpp: restore.drill). Private to core/runbooks; Unix only.

#include "runbooks/steptype.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/types.h>

namespace qm::runbooks::backup {

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

// The step's config/stanza/run_as, else ha.json's "pgbackrest" of $QM_SANDBOX_DIR.
Result<BackRest> backRestOf(const Fields &f);

// The account the tools run as: the current one, or (when root) `runAs`.
struct Account
{
    bool drop = false;
    uid_t uid = 0;
    gid_t gid = 0;
    QString home;
};

Result<Account> accountOf(const QString &runAs);

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

// Runs a tool in a session of its own (so that a cancel stops it and its children), as the
// account. Lines go to onLine as they come. Blocks: worker thread only.
ToolRun runTool(const QStringList &command, const Account &account,
    const safety::CancelToken *cancel, qint64 timeoutMs,
    const std::function<void(const QString &)> &onLine = {});

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

QString ageText(qint64 seconds);
// `pgbackrest info --output=json`: the latest backup of the stanza.
Result<BackupInfo> readInfo(
    const BackRest &b, const Account &account, const safety::CancelToken *cancel);

// The fields that say where pgBackRest is: config, stanza, run_as.
const QStringList &backRestKeys();

// restore.drill (restoredrillstep.cpp).
std::shared_ptr<StepType> makeRestoreDrill();

} // namespace qm::runbooks::backup
#endif
