#pragma once

#include "catalog/pendingedit.h"
#include "common/result.h"

#include <QFuture>
#include <QMutex>
#include <QString>
#include <QThreadPool>

namespace qm::catalog {

// Pending edits on disk, so that a crash or an outage loses nothing typed. One JSON file per
// connection profile under QStandardPaths::AppDataLocation/pending-edits/. Writes happen on a
// single background thread, coalesced (only the newest snapshot is written), atomically
// (QSaveFile: write + fsync + rename), so the GUI thread never touches the disk.
class EditJournal
{
public:
    explicit EditJournal(QString path);
    ~EditJournal(); // waits for the last write

    static QString defaultPath(const QString &profileName);
    const QString &path() const { return m_path; }

    void save(const QVector<PendingEdit> &edits); // returns at once
    void flush(); // waits for pending writes (tests, shutdown)
    QFuture<Result<QVector<PendingEdit>>> load() const;

    // Blocking forms for workers and qmctl.
    static Status write(const QString &path, const QVector<PendingEdit> &edits);
    static Result<QVector<PendingEdit>> read(const QString &path);

private:
    void drain();

    QString m_path;
    mutable QThreadPool m_thread;
    QMutex m_mutex;
    QVector<PendingEdit> m_next;
    bool m_dirty = false;
    bool m_scheduled = false;
};

} // namespace qm::catalog
