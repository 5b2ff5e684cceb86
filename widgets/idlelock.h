#pragma once

#include "profiles/profile.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMainWindow;
class QPushButton;
class QTimer;

namespace qm {

class Session;

// The idle lock (issue 11, "Secrets"): on a profile whose environment is in
// Settings::idleLockEnvironments() (production by default), after Settings::idleLockSeconds()
// without keyboard, mouse, wheel or touch input anywhere in the application (an application
// event filter restarts the timer), an opaque screen covers the whole main window and the
// window's other windows (dialogs) are hidden: no data stays visible, and the menus, shortcuts
// and pages take no input. Typing the profile user's database password removes it once a real
// connection with that password (on a pool thread, reauthenticate.h) succeeded; a wrong one is
// said so and the console stays locked. The lock is only a cover: the session, its pages and
// their unsaved work (the catalog's pending edits...) stay as they were.
class IdleLock : public QWidget
{
    Q_OBJECT
public:
    explicit IdleLock(QMainWindow *window);
    ~IdleLock() override;

    // The open session (nullptr: none). Reads the settings; locks only the environments listed.
    void setSession(Session *session);
    bool appliesToSession() const { return m_applies; }
    int timeoutMs() const { return m_timeoutMs; }
    int remainingMs() const; // until it locks; -1 when its timer is not running

    bool isLocked() const { return m_locked; }
    void lock();
    void tryUnlock(const QString &password);

    // The lock's widgets exist from its first lock() on (nullptr before).
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void locked();
    void unlocked();
    void unlockRefused(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void unlock();
    void restartTimer();
    bool isMine(QObject *o) const;

    QMainWindow *m_window;
    QPointer<Session> m_session;
    QTimer *m_timer;
    QLabel *m_title = nullptr;
    QLabel *m_who = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QList<QPointer<QWidget>> m_hidden; // the window's dialogs hidden while locked
    QPointer<QWidget> m_focus; // where the focus was
    int m_timeoutMs = 0;
    bool m_applies = false;
    bool m_locked = false;
    bool m_checking = false;
    quint64 m_generation = 0;
};

} // namespace qm
