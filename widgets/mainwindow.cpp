#include "mainwindow.h"

#include "appicons.h"
#include "environmentbanner.h"
#include "health/healthmonitor.h"
#include "healthstrip.h"
#include "idlelock.h"
#include "overviewpage.h"
#include "profiledialog.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "schemacheck.h"
#include "session/session.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "storesummarymodel.h"
#include "userguidedialog.h"
#include "viewstate.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QVBoxLayout>

namespace qm {

MainWindow::MainWindow(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_banner(new EnvironmentBanner(this))
    , m_host(new WorkspaceHost(this))
    , m_strip(new HealthStrip(this))
    , m_message(new QLabel(this))
    , m_idleLock(new IdleLock(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_host, 1);
    setCentralWidget(central);

    for (WorkspaceEntry &entry : workspaceEntries())
        m_host->addWorkspace(std::move(entry));
    m_host->setCurrentIndex(qBound(0, Settings::lastWorkspace(), m_host->count() - 1));
    connect(m_host, &WorkspaceHost::currentChanged, this, &Settings::setLastWorkspace);

    m_message->setObjectName(QStringLiteral("statusMessage"));
    m_message->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_message, 1);
    statusBar()->addPermanentWidget(m_strip);
    statusBar()->setSizeGripEnabled(false);
    connect(m_strip, &HealthStrip::changed, this, &MainWindow::updateLive);
    if (OverviewPage *o = overview())
        connect(o, &OverviewPage::summaryLoaded, this, &MainWindow::updateLive);

    buildMenus();
    m_message->setText(tr("Not connected. Open a profile with File ▸ Profiles…"));
    updateTitle();
    if (!restoreGeometry(Settings::mainWindowGeometry()))
        resize(1280, 800);
}

MainWindow::~MainWindow()
{
    closeProfile();
}

OverviewPage *MainWindow::overview() const
{
    return qobject_cast<OverviewPage *>(m_host->workspace(QStringLiteral("overview")));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *profiles = file->addAction(tr("&Profiles…"), this, [this] { showProfileDialog(); });
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *reconnect = file->addAction(tr("&Reconnect"), this, [this] {
        if (m_session)
            openProfile(m_session->profile());
    });
    reconnect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addAction(tr("&Disconnect"), this, [this] { closeProfile(); });
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] {
        auto *dialog = new SettingsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A new idle time or environment list applies to the open profile at once.
        connect(dialog, &QDialog::accepted, this, [this] { m_idleLock->setSession(m_session); });
        dialog->open();
    });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_host->switchActions());
    view->addSeparator();
    // Production is read-only: lift it for a while, with a reason (the banner shows the countdown).
    QAction *elevate
        = view->addAction(tr("&Elevate…"), m_banner, &EnvironmentBanner::requestElevation);
    elevate->setObjectName(QStringLiteral("elevateAction"));
    elevate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    view->addAction(tr("E&nd elevation"), this, [this] {
        if (m_session)
            m_session->endElevation();
    });
    QAction *columns = view->addAction(tr("Choose &columns…"), this, [this] {
        if (!ViewState::chooseColumns(m_host->current()))
            m_message->setText(tr("This workspace has no table whose columns can be chosen."));
    });
    columns->setObjectName(QStringLiteral("chooseColumns"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide…"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents); // F1
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *about = help->addAction(tr("&About Quartermaster"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

QList<ShortcutEntry> MainWindow::shortcutEntries() const
{
    QList<ShortcutEntry> entries = collectShortcuts(menuBar(), tr("Main window"));
    for (int i = 0; i < m_host->count(); ++i) {
        if (Workspace *w = m_host->workspace(i))
            entries += collectShortcuts(w, w->title());
    }
    entries += collectShortcuts(m_idleLock, tr("Idle lock"));
    return entries;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(shortcutEntries(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showUserGuide()
{
    // One window, non-modal: F1 again brings it to the front instead of opening another.
    auto *dialog = findChild<UserGuideDialog *>();
    if (!dialog) {
        dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Quartermaster"),
        tr("<h3>Quartermaster %1</h3><p>An operations console for online stores: "
           "catalog, stock, orders, caches and runbooks over PostgreSQL, Redis, "
           "Varnish and Prometheus.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(QM_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::showProfileDialog(const Profile *unsaved)
{
    auto *dialog = new ProfileDialog(m_store, m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (unsaved)
        dialog->editProfile(*unsaved);
    else if (m_session && m_store->contains(m_session->profile().name))
        dialog->selectProfile(m_session->profile().name);
    else if (m_session) // opened from a file (--profile): offer to keep it
        dialog->editProfile(m_session->profile());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        openProfile(dialog->selectedProfile(), dialog->typedPostgresPassword(),
            dialog->typedRedisPassword());
    });
    dialog->open();
}

void MainWindow::closeProfile()
{
    ++m_openGeneration;
    m_idleLock->setSession(nullptr);
    m_host->setSession(nullptr);
    m_strip->clear();
    m_banner->clear();
    if (m_session) {
        m_session->disconnect(this);
        delete m_session; // never waits: running flows keep the cluster until they end
    }
    m_schemaChecked = false;
    updateTitle();
    updateLive();
}

void MainWindow::announceProfile(const Profile &profile)
{
    m_banner->setProfile(profile);
    m_message->setText(tr("Opening %1…").arg(profile.name));
    updateTitle();
}

void MainWindow::openProfile(
    const Profile &profile, const QString &postgresPassword, const QString &redisPassword)
{
    closeProfile();
    const quint64 generation = m_openGeneration;
    m_banner->setProfile(profile);
    if (m_store->contains(profile.name)) // a --profile file outside the store is not remembered
        Settings::setLastProfile(profile.name);
    m_message->setText(tr("Looking up the credentials for %1…").arg(profile.name));
    updateTitle();
    if (!postgresPassword.isEmpty()) {
        Credentials c;
        c.source = Credentials::Source::Entered;
        c.postgresPassword = postgresPassword;
        c.redisPassword = redisPassword;
        c.explanation = tr("Password typed for this session.");
        startSession(profile, c);
        return;
    }
    resolveCredentials(m_secrets, profile, this, [this, profile, generation](Credentials c) {
        if (generation != m_openGeneration)
            return; // another profile was opened meanwhile
        if (c.source == Credentials::Source::Prompt)
            askPasswordThenStart(profile, c);
        else
            startSession(profile, c);
    });
}

void MainWindow::askPasswordThenStart(const Profile &profile, Credentials credentials)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Password for %1").arg(profile.name));
    dialog->setLabelText(tr("%1\n\nPassword for %2 on %3:")
                             .arg(credentials.explanation, profile.user, profile.database));
    dialog->setTextEchoMode(QLineEdit::Password);
    m_message->setText(
        tr("Waiting for the password of %1 (%2)").arg(profile.user, credentials.explanation));
    const quint64 generation = m_openGeneration;
    connect(dialog, &QInputDialog::textValueSelected, this,
        [this, profile, credentials, generation](const QString &password) mutable {
            if (generation != m_openGeneration)
                return;
            credentials.source = Credentials::Source::Entered;
            credentials.postgresPassword = password;
            credentials.explanation
                = tr("Password typed for this session (%1)").arg(credentials.explanation);
            startSession(profile, credentials);
        });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_message->setText(tr("Not connected: no password given. Set up a pgpass file or the "
                              "keychain in File ▸ Profiles…, or reconnect and type it."));
    });
    dialog->open();
}

void MainWindow::startSession(const Profile &profile, const Credentials &credentials)
{
    m_session = new Session(profile, credentials, this);
    Session *s = m_session;
    // Who is signed in and where the password came from; the tooltip adds what this role may do
    // (PostgreSQL enforces it; the console only mirrors it).
    const QString who
        = tr("%1@%2 · password: %3").arg(profile.user, profile.database, credentials.sourceName());
    m_banner->setDetail(who, credentials.explanation);
    m_banner->setSession(s);
    connect(s, &Session::capabilitiesChanged, this,
        [this, who, profile, credentials](const QStringList &caps) {
            m_banner->setDetail(who,
                credentials.explanation + u'\n'
                    + tr("%1 may: %2").arg(profile.user, caps.join(QStringLiteral(", "))));
        });
    HealthThresholds limits;
    limits.replicaLagSeconds = Settings::replicaLagLimitSeconds();
    limits.slowRoundTripMs = Settings::slowRoundTripMs();
    m_strip->setThresholds(limits);
    connect(s->health(), &HealthMonitor::snapshot, m_strip, &HealthStrip::setSnapshot);
    connect(s, &Session::connected, this, &MainWindow::onConnected);
    connect(s, &Session::connectionFailed, this, &MainWindow::onConnectionFailed);
    m_message->setText(tr("Connecting to %1…").arg(profile.name));
    m_message->setToolTip(credentials.explanation);
    m_host->setSession(s);
    m_idleLock->setSession(s); // production: locks after the idle time (Settings)
    s->open();
    Q_EMIT profileOpened(profile.name);
}

void MainWindow::onConnected()
{
    m_message->setText(
        tr("Connected to %1 as %2.").arg(m_session->profile().name, m_session->profile().user));
    m_message->setToolTip(m_session->credentials().explanation);
    if (m_offerMigration && !m_schemaChecked) {
        m_schemaChecked = true;
        checkSchema();
    }
}

void MainWindow::onConnectionFailed(const Error &error)
{
    m_message->setText(
        tr("Not connected: %1 The console retries when the primary answers.").arg(error.message));
    m_message->setToolTip(error.toString());
}

void MainWindow::checkSchema()
{
    offerMigrationIfNeeded(this, m_session, [this](const QString &note) {
        if (!note.isEmpty())
            m_message->setText(note);
    });
}

void MainWindow::updateTitle()
{
    if (!m_banner->hasProfile()) {
        setWindowTitle(tr("Quartermaster"));
        return;
    }
    setWindowTitle(
        tr("%1 (%2) — Quartermaster")
            .arg(m_banner->profileName(), Profile::environmentName(m_banner->environment())));
}

QString MainWindow::statusMessage() const
{
    return m_message->text();
}

bool MainWindow::showsLiveData() const
{
    return m_live;
}

void MainWindow::updateLive()
{
    const OverviewPage *o = overview();
    const bool live = m_session && m_strip->primaryUp() && o && o->summaryModel()->hasData()
        && o->summaryModel()->lastError().isEmpty();
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveDataChanged(live);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Settings::setMainWindowGeometry(saveGeometry());
    ViewState::flush();
    event->accept();
}

} // namespace qm
