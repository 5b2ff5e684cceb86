#pragma once

#include "profiles/profile.h"
#include "runbooks/runbook.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTreeWidget>

namespace qm {

// What the topology panel draws (read on workers, never on the GUI thread).
struct TopologySnapshot
{
    QList<QStringList> members; // name, role, state, lag, timeline
    QString patroniError;
    QList<QStringList> redis; // node, role, state
    QString redisError;
    // The latest pgBackRest backup as backup.check reads it (runbooks/backupsteps.h): data has
    // label, type, age_seconds and, with a threshold, max_age_seconds; ok false when it is older
    // than the threshold or no WAL is archived. backupError: why it could not be read.
    bool backupRead = false;
    bool backupOk = false;
    QString backupSummary;
    QJsonObject backupData;
    QString backupError;
};

// The Runbooks workspace's topology: Patroni members (role, state, lag, timeline), Redis master,
// replicas and Sentinels, and the backups' age with a warning colour when the latest backup is
// older than the backup.check threshold of the runbooks (backupCheckFields()). Everything is read
// on workers; the backups at most once a minute (pgbackrest info starts a process).
class TopologyView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TopologyView(QWidget *parent = nullptr);

    // Reads everything once more unless a read is under way. `backup`: where pgBackRest is and
    // the threshold (the fields of a backup.check step); empty: the HA sandbox's, no threshold.
    void refresh(
        const Profile &profile, const QString &redisPassword, const runbooks::Fields &backup);
    // Forgets the last backup reading, so that the next refresh() reads the backups again.
    void forgetBackups() { m_backupAt = {}; }

    // The backup.check step of the runbooks (the first one; one from the folder before a built-in),
    // its ${...} parameters replaced by their defaults and empty values left out.
    static runbooks::Fields backupCheckFields(const QList<runbooks::Runbook> &runbooks);

Q_SIGNALS:
    void loaded();

private:
    void draw(const TopologySnapshot &s);

    bool m_busy = false;
    bool m_hasPatroni = false;
    QDateTime m_backupAt; // when the backups were last read
    TopologySnapshot m_lastBackup; // its backup fields
};

} // namespace qm
