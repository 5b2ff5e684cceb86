#pragma once

#include "safety/auditspool.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace qm {

class Session;

// The Audit workspace's notice for a waiting audit spool (issue 9): "N audit entries written
// while the database was down are waiting — Replay". A runbook for a dead primary spools its
// audit entries to the profile's spool file (core/safety/auditspool.h) while the database is
// down; they go into the chain before that console's next audit write, or here, on purpose.
// Replay is offered to roles with `audit.record` (on-call, admin: the roles migration 0611 lets
// replay); others are told who can. The file is read and the entries written on worker threads
// (QtConcurrent; the database work on the cluster's pool); the GUI thread only shows. Hidden
// when nothing waits.
class AuditSpoolNotice : public QWidget
{
    Q_OBJECT
public:
    explicit AuditSpoolNotice(QWidget *parent = nullptr);
    ~AuditSpoolNotice() override;

    // The session whose profile's spool is watched (nullptr: none; hides the notice).
    void setSession(Session *session);
    void setSpoolPath(const QString &path) { m_path = path; } // tests: instead of the profile's
    QString spoolPath() const { return m_path; }

    void recheck(); // reads the spool again (a worker thread)
    void replay(); // writes what waits into the chain (a worker thread)

    int waiting() const { return m_waiting; }
    QLabel *label() const { return m_label; }
    QPushButton *replayButton() const { return m_replay; }

Q_SIGNALS:
    void checked(int waiting);
    void replayed(const qm::safety::SpoolReplayReport &report);

private:
    void showListing(const safety::SpoolListing &listing);
    void showReport(const safety::SpoolReplayReport &report);

    QPointer<Session> m_session;
    QString m_path;
    QLabel *m_label;
    QPushButton *m_replay;
    int m_waiting = 0;
    quint64 m_generation = 0; // a result from before setSession() is dropped
    bool m_replaying = false;
};

} // namespace qm

Q_DECLARE_METATYPE(qm::safety::SpoolReplayReport)
