#include "idlelock.h"

#include "common/whenfinished.h"
#include "db/cluster.h"
#include "session/reauthenticate.h"
#include "session/session.h"
#include "settings/settings.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace qm {

IdleLock::IdleLock(QMainWindow *window)
    : QWidget(window)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("idleLock"));
    // Opaque: nothing of the window below shows through.
    setAutoFillBackground(true);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    hide();
    qApp->installEventFilter(this);
}

// The lock's face is built when it first locks: most sessions never lock, and building it (a
// line edit, a button, a larger font) was about 4 ms of the GUI thread's start-up.
void IdleLock::buildUi()
{
    m_title = new QLabel(this);
    m_who = new QLabel(this);
    m_message = new QLabel(this);
    m_password = new QLineEdit(this);
    m_unlock = new QPushButton(tr("Un&lock"), this);
    m_title->setObjectName(QStringLiteral("idleLockTitle"));
    m_title->setText(tr("Quartermaster is locked"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("idleLockMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextFormat(Qt::PlainText);
    m_password->setObjectName(QStringLiteral("idleLockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Database password"));
    m_password->setMaximumWidth(360);
    auto *passwordLabel = new QLabel(tr("Database pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    m_unlock->setDefault(true);

    auto *box = new QVBoxLayout;
    box->addWidget(m_title);
    box->addWidget(m_who);
    box->addSpacing(12);
    box->addWidget(passwordLabel, 0, Qt::AlignHCenter);
    box->addWidget(m_password, 0, Qt::AlignHCenter);
    box->addWidget(m_unlock, 0, Qt::AlignHCenter);
    box->addWidget(m_message);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(box);
    outer->addStretch(2);

    connect(m_unlock, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(m_password->text()); });
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setSession(Session *session)
{
    if (m_locked)
        unlock(); // closing or replacing the profile ends the lock with the session
    ++m_generation; // a check in flight belongs to the old session
    m_checking = false;
    m_session = session;
    m_timer->stop();
    m_applies = false;
    if (!session)
        return;
    const int seconds = Settings::idleLockSeconds();
    const QString env = Profile::environmentKey(session->profile().environment);
    m_applies = seconds > 0 && Settings::idleLockEnvironments().contains(env);
    m_timeoutMs = seconds * 1000;
    if (m_applies) {
        m_timer->setInterval(m_timeoutMs);
        m_timer->start();
    }
}

int IdleLock::remainingMs() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void IdleLock::restartTimer()
{
    if (m_applies && !m_locked)
        m_timer->start();
}

bool IdleLock::isMine(QObject *o) const
{
    for (QObject *p = o; p; p = p->parent())
        if (p == this)
            return true;
    return false;
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        restartTimer();
        break;
    case QEvent::Shortcut:
        // Menus', buttons' and pages' shortcuts do nothing while locked; the lock's own work.
        if (m_locked && !isMine(watched))
            return true;
        break;
    case QEvent::Resize:
        if (watched == m_window && m_locked)
            setGeometry(m_window->rect());
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked || !m_session)
        return;
    m_locked = true;
    m_timer->stop();
    if (!m_password)
        buildUi();
    m_focus = QApplication::focusWidget();
    // The window's own dialogs (a flow, the user guide, a product editor) would show data too.
    m_hidden.clear();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows) {
        if (w == m_window || !w->isVisible())
            continue;
        bool ours = false;
        for (QWidget *p = w->parentWidget(); p && !ours; p = p->parentWidget())
            ours = p == m_window;
        if (ours) {
            m_hidden << w;
            w->hide();
        }
    }
    if (QWidget *c = m_window->centralWidget())
        c->setEnabled(false);
    m_window->menuBar()->setEnabled(false);
    m_window->statusBar()->setEnabled(false);
    const Profile &p = m_session->profile();
    m_who->setText(tr("The console locked itself after %n minute(s) without input on %1 (%2). "
                      "Type the database password of %3 to go on: nothing was closed, and "
                      "unsaved changes are kept.",
        nullptr, qMax(1, m_timeoutMs / 60000))
                       .arg(p.name, Profile::environmentName(p.environment), p.user));
    m_message->clear();
    m_password->clear();
    m_password->setEnabled(true);
    m_unlock->setEnabled(true);
    setGeometry(m_window->rect());
    show();
    raise();
    m_password->setFocus();
    Q_EMIT locked();
}

void IdleLock::tryUnlock(const QString &password)
{
    if (!m_locked || m_checking || !m_session)
        return;
    db::Cluster *cluster = m_session->cluster();
    if (!cluster)
        return;
    m_checking = true;
    m_unlock->setEnabled(false);
    m_message->setText(tr("Checking the password with the database…"));
    const quint64 generation = m_generation;
    const QString user = m_session->profile().user;
    whenFinished(this, checkDatabasePassword(cluster->primaryPool()->params(), password),
        [this, generation, user](const Status &s) {
            if (generation != m_generation)
                return;
            m_checking = false;
            m_unlock->setEnabled(true);
            if (s) {
                unlock();
                return;
            }
            QString why;
            if (s.error().code == Error::Code::AuthFailed)
                why = tr("Wrong password for %1. The console stays locked.").arg(user);
            else
                why = tr("Could not check the password: %1 The console stays locked.")
                          .arg(s.error().message);
            m_message->setText(why);
            m_password->selectAll();
            m_password->setFocus();
            Q_EMIT unlockRefused(why);
        });
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    hide();
    m_password->clear();
    m_message->clear();
    if (QWidget *c = m_window->centralWidget())
        c->setEnabled(true);
    m_window->menuBar()->setEnabled(true);
    m_window->statusBar()->setEnabled(true);
    for (const QPointer<QWidget> &w : std::as_const(m_hidden))
        if (w)
            w->show();
    m_hidden.clear();
    if (m_focus)
        m_focus->setFocus();
    restartTimer();
    Q_EMIT unlocked();
}

} // namespace qm
