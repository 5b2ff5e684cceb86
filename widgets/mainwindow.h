#pragma once

#include "profiles/profile.h"
#include "session/session.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QLabel;

namespace qm {

class EnvironmentBanner;
class HealthStrip;
class IdleLock;
class OverviewPage;
class ProfileStore;
class SecretStore;
class Session;
class WorkspaceHost;
struct Credentials;
struct Error;

// The console's window: the environment banner on top, the workspace switcher, the health strip in
// the status bar. Opening a profile never blocks: credentials are looked up asynchronously, the
// session connects on the pools' workers, and the schema check offers MigrateDialog when the
// database lacks the console schema or has an older one.
struct ShortcutEntry;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a profile (typed passwords, if any, are used for this session only).
    void openProfile(const Profile &profile, const QString &postgresPassword = {},
        const QString &redisPassword = {});
    void showProfileDialog(const Profile *unsaved = nullptr);
    void closeProfile();
    // Start-up: shows which profile is about to open (banner, title, status line) without opening
    // it, so the first frame already names the environment; openProfile() follows after that
    // frame (firstpaint.h).
    void announceProfile(const Profile &profile);

    Session *session() const { return m_session; }
    WorkspaceHost *workspaces() const { return m_host; }
    HealthStrip *healthStrip() const { return m_strip; }
    EnvironmentBanner *banner() const { return m_banner; }
    IdleLock *idleLock() const { return m_idleLock; }
    OverviewPage *overview() const;

    QString statusMessage() const; // what the status bar says now (state, next step)

    // Live data on screen: the store summary loaded and the strip shows the primary up.
    bool showsLiveData() const;

    // Every keyboard shortcut: the menus' first, then each workspace's (building the ones not
    // opened yet, as a click in the switcher would). Help ▸ Keyboard shortcuts shows them.
    QList<ShortcutEntry> shortcutEntries() const;
    void showShortcuts();
    // Help ▸ User guide (F1): docs/guide in a non-modal window (UserGuideDialog).
    void showUserGuide();

    // Schema check / MigrateDialog: off for tests that bring their own migrated database.
    void setOfferMigration(bool on) { m_offerMigration = on; }

Q_SIGNALS:
    void liveDataChanged(bool live);
    void profileOpened(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void startSession(const Profile &profile, const Credentials &credentials);
    void askPasswordThenStart(const Profile &profile, Credentials credentials);
    void onConnected();
    void onConnectionFailed(const Error &error);
    void checkSchema();
    void updateTitle();
    void updateLive();
    void about();

    ProfileStore *m_store;
    SecretStore *m_secrets;
    EnvironmentBanner *m_banner;
    WorkspaceHost *m_host;
    HealthStrip *m_strip;
    QLabel *m_message;
    IdleLock *m_idleLock;
    QPointer<Session> m_session;
    bool m_offerMigration = true;
    bool m_schemaChecked = false;
    bool m_live = false;
    quint64 m_openGeneration = 0; // a profile opened later wins over a slow credential lookup
};

} // namespace qm
