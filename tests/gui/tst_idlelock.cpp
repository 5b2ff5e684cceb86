// The idle lock (issue 11, "Secrets"), offscreen, against the sandbox: a production profile's
// window locks after the (here shortened) idle time and then shows nothing but the lock (the
// window's picture is the lock's, the pages and menus take no input, shortcuts do nothing); a
// wrong password is refused by a real connection attempt and the window stays locked; the right
// one unlocks it with the same session and the catalog's pending edit still pending. Input
// restarts the idle time; a staging profile never locks. The GUI-thread guard is on.
#include "catalog/catalogpage.h"
#include "catalog/pendingchanges.h"
#include "common/threadguard.h"
#include "guiguard.h"
#include "idlelock.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "session/session.h"
#include "settings/settings.h"
#include "testenv.h"
#include "workspacehost.h"

#include <QFile>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

class TestIdleLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Profile m_profile;
    QString m_password; // the profile user's, from the sandbox's pgpass file

    static bool connected(MainWindow &w)
    {
        return w.session() && w.session()->state() == Session::State::Connected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        qputenv("QM_NO_KEYCHAIN", "1");
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        auto p = ProfileStore::importFile(qmtest::profilePath());
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        m_profile = p.value();
        QFile pgpass(m_profile.passfile);
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        for (const QByteArray &line : pgpass.readAll().split('\n')) {
            const QList<QByteArray> f = line.split(':');
            if (f.size() == 5 && QString::fromUtf8(f.at(3)) == m_profile.user)
                m_password = QString::fromUtf8(f.at(4));
        }
        QVERIFY2(!m_password.isEmpty(), "no pgpass line for the profile's user");
        enableGuiThreadGuard(true);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        Settings::setBackingFile({});
    }

    void productionLocksAndTheRightPasswordUnlocks()
    {
        Settings::setIdleLockSeconds(1);
        Settings::setIdleLockEnvironments({QStringLiteral("production")});
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.setOfferMigration(false);
        w.resize(1100, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Profile production = m_profile;
        production.environment = Profile::Environment::Production;
        w.openProfile(production);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 30000);
        Session *session = w.session();
        IdleLock *lock = w.idleLock();
        QVERIFY(lock->appliesToSession());

        // An unsaved catalog edit: the lock must not lose it.
        auto *catalog
            = qobject_cast<CatalogPage *>(w.workspaces()->workspace(QStringLiteral("catalog")));
        QVERIFY(catalog);
        catalog->pending()->setField(1, QStringLiteral("SKU-LOCK"), 1, QStringLiteral("name"),
            QJsonValue(QStringLiteral("before")), QJsonValue(QStringLiteral("pending edit")));
        QCOMPARE(catalog->pending()->productCount(), 1);

        // Idle: it locks, and nothing but the lock is to be seen or used.
        QSignalSpy lockedSpy(lock, &IdleLock::locked);
        QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 20000);
        QCOMPARE(lockedSpy.size(), 1);
        QVERIFY(lock->isVisible());
        QCOMPARE(lock->geometry(), w.rect());
        QVERIFY(!w.centralWidget()->isEnabled());
        QVERIFY(!w.menuBar()->isEnabled());
        QCOMPARE(w.grab().toImage(), lock->grab().toImage());
        for (const QPoint &pt : {QPoint(5, 5), QPoint(w.width() / 2, w.height() / 2),
                 QPoint(w.width() - 5, w.height() - 5)}) {
            QWidget *at = w.childAt(pt);
            QVERIFY(at == lock || lock->isAncestorOf(at));
        }
        QVERIFY(lock->passwordEdit()->hasFocus() || !QApplication::focusWidget()
            || lock->isAncestorOf(QApplication::focusWidget()));
        const int page = w.workspaces()->currentIndex();
        QTest::keyClick(&w, page == 1 ? Qt::Key_3 : Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.workspaces()->currentIndex(), page); // the switcher's shortcut did nothing

        // A wrong password: refused by the server, still locked.
        QSignalSpy refused(lock, &IdleLock::unlockRefused);
        lock->tryUnlock(m_password + QStringLiteral("-wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, 20000);
        QVERIFY(lock->isLocked());
        QVERIFY2(lock->messageLabel()->text().contains(QStringLiteral("Wrong password")),
            qPrintable(lock->messageLabel()->text()));
        // An empty one (libpq would take the pgpass file's): refused as well.
        lock->tryUnlock(QString());
        QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 20000);
        QVERIFY(lock->isLocked());

        // The right one, typed: unlocked, same session, the edit still pending.
        QSignalSpy unlocked(lock, &IdleLock::unlocked);
        QTest::keyClicks(lock->passwordEdit(), m_password);
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.size(), 1, 20000);
        QVERIFY(!lock->isLocked());
        QVERIFY(!lock->isVisible());
        QVERIFY(w.centralWidget()->isEnabled());
        QCOMPARE(w.session(), session);
        QCOMPARE(catalog->pending()->productCount(), 1);
        QCOMPARE(catalog->pending()->value(1, QStringLiteral("name"))->toString(),
            QStringLiteral("pending edit"));
        catalog->pending()->clear();
    }

    void inputRestartsTheIdleTime()
    {
        Settings::setIdleLockSeconds(60);
        Settings::setIdleLockEnvironments({QStringLiteral("production")});
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.setOfferMigration(false);
        w.show();
        Profile production = m_profile;
        production.environment = Profile::Environment::Production;
        w.openProfile(production);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 30000);
        IdleLock *lock = w.idleLock();
        QVERIFY(lock->appliesToSession());
        QTRY_VERIFY_WITH_TIMEOUT(lock->remainingMs() >= 0 && lock->remainingMs() < 58500, 20000);
        QKeyEvent key(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(w.windowHandle() ? static_cast<QObject *>(w.windowHandle())
                                                     : static_cast<QObject *>(&w),
            &key);
        QVERIFY2(lock->remainingMs() > 59000, qPrintable(QString::number(lock->remainingMs())));
        QVERIFY(!lock->isLocked());
    }

    void stagingDoesNotLock()
    {
        Settings::setIdleLockSeconds(1);
        Settings::setIdleLockEnvironments({QStringLiteral("production")});
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.setOfferMigration(false);
        w.show();
        Profile staging = m_profile;
        staging.environment = Profile::Environment::Staging;
        w.openProfile(staging);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 30000);
        IdleLock *lock = w.idleLock();
        QVERIFY(!lock->appliesToSession());
        QCOMPARE(lock->remainingMs(), -1); // no idle timer runs for staging
        QVERIFY(!lock->isLocked());
        // Off altogether: 0 seconds, even on production.
        Settings::setIdleLockSeconds(0);
        Profile production = m_profile;
        production.environment = Profile::Environment::Production;
        w.openProfile(production);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 30000);
        QVERIFY(!w.idleLock()->appliesToSession());
        QCOMPARE(w.idleLock()->remainingMs(), -1);
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
