#include "profiledialog.h"

#include "healthmodel.h"
#include "profileform.h"
#include "profiles/connectiontester.h"
#include "profiles/secretstore.h"
#include "tls/clientcert.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace qm {

namespace {

QIcon dotIcon(HealthLevel level)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(healthColor(level));
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pm);
}

} // namespace

ProfileDialog::ProfileDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_form(new ProfileForm(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_results(new QLabel(this))
    , m_credentialNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Connection profiles"));
    setObjectName(QStringLiteral("profileDialog"));
    resize(980, 800);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Profiles"), this));
    m_list->setMinimumWidth(200);
    m_list->setAccessibleName(tr("Profiles"));
    left->addWidget(m_list, 1);
    auto *row1 = new QHBoxLayout;
    auto *add = new QPushButton(tr("Ne&w"), this);
    auto *dup = new QPushButton(tr("Dupl&icate"), this);
    auto *del = new QPushButton(tr("De&lete"), this);
    row1->addWidget(add);
    row1->addWidget(dup);
    row1->addWidget(del);
    left->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    auto *imp = new QPushButton(tr("Impo&rt…"), this);
    auto *exp = new QPushButton(tr("E&xport…"), this);
    row2->addWidget(imp);
    row2->addWidget(exp);
    left->addLayout(row2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    // One paragraph per server, wrapped: the specific error is the point, so all of it shows.
    m_results->setObjectName(QStringLiteral("testResults"));
    m_results->setWordWrap(true);
    m_results->setTextFormat(Qt::RichText);
    m_results->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setContentsMargins(8, 6, 8, 6);
    m_results->setBackgroundRole(QPalette::Base);
    m_results->setAutoFillBackground(true);
    auto *resultsScroll = new QScrollArea(this);
    resultsScroll->setWidgetResizable(true);
    resultsScroll->setWidget(m_results);
    resultsScroll->setMinimumHeight(130);
    m_credentialNote->setWordWrap(true);
    m_credentialNote->setObjectName(QStringLiteral("hintLabel"));

    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 3);
    auto *testRow = new QHBoxLayout;
    m_test->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_test->setText(tr("Testing…"));
    const int testingWidth = m_test->sizeHint().width();
    m_test->setText(tr("&Test connection"));
    m_test->setMinimumWidth(qMax(testingWidth, m_test->sizeHint().width()));
    testRow->addWidget(m_test);
    testRow->addWidget(m_credentialNote, 1);
    right->addLayout(testRow);
    right->addWidget(resultsScroll, 1);

    auto *main = new QHBoxLayout;
    main->addLayout(left);
    main->addLayout(right, 1);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(main, 1);
    outer->addWidget(m_buttons);

    // Every mnemonic visible at once in this dialog is unique (tst_accessibility's
    // profileDialogMnemonics checks every language and mode): Save keeps Alt+S, Close gives up
    // Qt's "&Close" to Connect (Escape closes), and rarely edited rows have none (Tab reaches
    // them).
    auto *save = m_buttons->addButton(QDialogButtonBox::Save);
    save->setText(tr("&Save"));
    auto *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close)->setText(tr("Close"));

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileDialog::showProfile);
    connect(add, &QPushButton::clicked, this, &ProfileDialog::newProfile);
    connect(dup, &QPushButton::clicked, this, &ProfileDialog::duplicateProfile);
    connect(del, &QPushButton::clicked, this, &ProfileDialog::deleteProfile);
    connect(imp, &QPushButton::clicked, this, &ProfileDialog::importProfile);
    connect(exp, &QPushButton::clicked, this, &ProfileDialog::exportProfile);
    connect(save, &QPushButton::clicked, this, [this] { saveCurrent(); });
    connect(m_test, &QPushButton::clicked, this, &ProfileDialog::startTest);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::connectProfile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    const bool keychain
        = m_secrets && m_secrets->availability() != SecretStore::Availability::Unavailable;
    m_form->setKeychainAvailable(keychain, m_secrets ? m_secrets->unavailableReason() : QString());
    m_credentialNote->setText(keychain
            ? tr("Passwords are kept in the system keychain.")
            : tr("No keychain here (%1): passwords come from the pgpass "
                 "file, or are asked for when connecting.")
                  .arg(m_secrets ? m_secrets->unavailableReason() : QString()));
    reload();
    if (m_profiles.isEmpty())
        newProfile();
}

ProfileDialog::~ProfileDialog()
{
    if (m_tester)
        m_tester->abandon();
}

void ProfileDialog::reload(const QString &select)
{
    QStringList problems;
    m_profiles = m_store->loadAll(&problems);
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile &p = m_profiles[i];
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(Profile::environmentName(p.environment));
        item->setIcon(dotIcon(p.environment == Profile::Environment::Production ? HealthLevel::Down
                : p.environment == Profile::Environment::Staging ? HealthLevel::Warning
                                                                 : HealthLevel::Ok));
        if (p.name == select)
            row = i;
    }
    if (!problems.isEmpty())
        m_credentialNote->setText(tr("Some profile files could not be read: %1")
                                      .arg(problems.join(QStringLiteral("; "))));
    if (row < 0 && !m_profiles.isEmpty() && select.isEmpty())
        row = 0;
    if (row >= 0) {
        m_list->setCurrentRow(row);
        showProfile(row);
    }
}

void ProfileDialog::selectProfile(const QString &name)
{
    reload(name);
}

void ProfileDialog::editProfile(const Profile &profile)
{
    const QSignalBlocker block(m_list);
    m_list->clearSelection();
    m_list->setCurrentRow(-1);
    m_editingName = m_store->contains(profile.name) ? profile.name : QString();
    m_form->setProfile(profile);
    clearResults();
}

void ProfileDialog::showProfile(int row)
{
    if (row < 0 || row >= m_profiles.size())
        return;
    m_editingName = m_profiles[row].name;
    m_form->setProfile(m_profiles[row]);
    clearResults();
}

void ProfileDialog::newProfile()
{
    Profile p;
    p.name = tr("New profile");
    p.postgresHosts = {QStringLiteral("127.0.0.1:5432")};
    p.user = qEnvironmentVariable("USER");
    editProfile(p);
    m_editingName.clear();
}

void ProfileDialog::duplicateProfile()
{
    Profile p = m_form->profile();
    p.name = tr("%1 (copy)").arg(p.name);
    editProfile(p);
    m_editingName.clear();
}

bool ProfileDialog::validateOrExplain(const Profile &profile)
{
    QStringList problems = profile.validate();
    // A client key others can read is refused before it is used (core/tls/clientcert.h).
    if (const QString p = tls::keyPermissionProblem(profile.clientKey); !p.isEmpty())
        problems << p;
    if (problems.isEmpty())
        return true;
    QMessageBox::warning(this, tr("Profile incomplete"),
        tr("Please fix this first:\n\n• %1").arg(problems.join(QStringLiteral("\n• "))));
    return false;
}

bool ProfileDialog::saveCurrent()
{
    const Profile p = m_form->profile();
    if (!validateOrExplain(p))
        return false;
    if (p.name != m_editingName && m_store->contains(p.name)) {
        const auto answer = QMessageBox::question(this, tr("Replace profile?"),
            tr("A profile named \"%1\" exists already. Replace it?").arg(p.name));
        if (answer != QMessageBox::Yes)
            return false;
    }
    const Status st = m_store->save(p, m_editingName);
    if (!st) {
        QMessageBox::critical(this, tr("Could not save"), st.error().toString());
        return false;
    }
    storePasswords(p);
    reload(p.name);
    return true;
}

void ProfileDialog::storePasswords(const Profile &profile)
{
    if (!m_secrets || !m_form->rememberPasswords())
        return;
    if (!m_form->postgresPassword().isEmpty())
        m_secrets->write(SecretStore::postgresKey(profile), m_form->postgresPassword());
    if (!m_form->redisPassword().isEmpty())
        m_secrets->write(SecretStore::redisKey(profile), m_form->redisPassword());
}

void ProfileDialog::deleteProfile()
{
    if (m_editingName.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete profile?"),
        tr("Delete the profile \"%1\" and its saved passwords? The servers are not touched.")
            .arg(m_editingName));
    if (answer != QMessageBox::Yes)
        return;
    if (auto loaded = m_store->load(m_editingName); loaded && m_secrets) {
        m_secrets->remove(SecretStore::postgresKey(loaded.value()));
        m_secrets->remove(SecretStore::redisKey(loaded.value()));
    }
    const Status st = m_store->remove(m_editingName);
    if (!st)
        QMessageBox::critical(this, tr("Could not delete"), st.error().toString());
    m_editingName.clear();
    reload();
    if (m_profiles.isEmpty())
        newProfile();
}

void ProfileDialog::importProfile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a profile"), QString(), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    auto p = ProfileStore::importFile(path);
    if (!p) {
        QMessageBox::critical(this, tr("Could not import"), p.error().toString());
        return;
    }
    editProfile(p.value());
    m_editingName.clear();
}

void ProfileDialog::exportProfile()
{
    const Profile p = m_form->profile();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the profile"), p.name + QStringLiteral(".json"), tr("Profiles (*.json)"));
    if (path.isEmpty())
        return;
    const Status st = ProfileStore::exportFile(p, path);
    if (!st)
        QMessageBox::critical(this, tr("Could not export"), st.error().toString());
}

void ProfileDialog::connectProfile()
{
    if (!saveCurrent())
        return;
    m_chosen = m_form->profile();
    m_chosenPassword = m_form->postgresPassword();
    m_chosenRedisPassword = m_form->redisPassword();
    accept();
}

void ProfileDialog::startTest()
{
    const Profile p = m_form->profile();
    if (!validateOrExplain(p))
        return;
    clearResults();
    m_test->setEnabled(false);
    m_test->setText(tr("Testing…"));
    if (!m_form->postgresPassword().isEmpty()) {
        Credentials c;
        c.source = Credentials::Source::Entered;
        c.postgresPassword = m_form->postgresPassword();
        c.redisPassword = m_form->redisPassword();
        c.explanation = tr("Using the password typed above.");
        runTestWith(p, c);
        return;
    }
    resolveCredentials(m_secrets, p, this, [this, p](Credentials c) {
        if (!m_form->redisPassword().isEmpty())
            c.redisPassword = m_form->redisPassword();
        runTestWith(p, c);
    });
}

void ProfileDialog::runTestWith(const Profile &profile, const Credentials &credentials)
{
    m_credentialNote->setText(credentials.explanation);
    if (m_tester)
        m_tester->abandon();
    m_tester = ConnectionTester::start(profile, credentials);
    connect(m_tester, &ConnectionTester::outcome, this, &ProfileDialog::addOutcome);
    connect(m_tester, &ConnectionTester::finished, this, [this](int failures) {
        m_tester = nullptr;
        m_test->setEnabled(true);
        m_test->setText(tr("&Test connection"));
        Q_EMIT testFinished(failures);
    });
}

void ProfileDialog::clearResults()
{
    m_outcomes.clear();
    m_outcomeHtml.clear();
    m_results->clear();
}

void ProfileDialog::addOutcome(const TestOutcome &o)
{
    const QString kind = o.kind == TestOutcome::Kind::Redis ? tr("Redis") : tr("PostgreSQL");
    const QString target = kind + u' ' + o.target;
    const QString text = o.ok ? o.summary : o.error.message;
    m_outcomes.append(target + QStringLiteral(": ") + text);
    m_outcomeHtml.append(QStringLiteral(
        "<p style='margin:0 0 6px 0'><span style='color:%1'>●</span> <b>%2</b><br>%3</p>")
                             .arg(healthColor(o.ok ? HealthLevel::Ok : HealthLevel::Down).name(),
                                 target.toHtmlEscaped(), text.toHtmlEscaped()));
    m_results->setText(m_outcomeHtml.join(QString()));
    m_results->setToolTip(o.ok ? QString() : o.error.toString());
}

int ProfileDialog::testResultCount() const
{
    return int(m_outcomes.size());
}

QString ProfileDialog::testResultText(int i) const
{
    return m_outcomes.value(i);
}

} // namespace qm
