#include "profileform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace qm {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part :
        text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

QString joinList(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    auto *general = new QFormLayout;
    general->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = lineEdit(tr("e.g. Shop EU production"));
    m_environment = new QComboBox(this);
    for (auto env : {Profile::Environment::Production, Profile::Environment::Staging,
             Profile::Environment::Development})
        m_environment->addItem(Profile::environmentName(env), int(env));
    m_backend = new QComboBox(this);
    m_backend->setObjectName(QStringLiteral("backend"));
    for (auto kind : {BackendKind::Reference, BackendKind::Vendure})
        m_backend->addItem(Backend::displayName(kind), int(kind));
    m_backend->setToolTip(tr("Which store's data the console works on: the console's reference "
                             "store, or a Vendure store's database (reads through the console's "
                             "views beside it, writes through Vendure's Admin API)."));
    general->addRow(tr("&Name:"), m_name);
    general->addRow(tr("En&vironment:"), m_environment);
    general->addRow(tr("&Backend:"), m_backend);
    layout->addLayout(general);

    // One CA file for every TLS connection of the profile: PostgreSQL (sslrootcert), Redis
    // and https endpoints.
    auto *tlsBox = new QGroupBox(tr("TLS"), this);
    auto *tlsForm = new QFormLayout(tlsBox);
    tlsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_caFile = lineEdit(tr("the system's CAs (PostgreSQL: ~/.postgresql/root.crt)"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setToolTip(tr("The PEM file of the CA that signed the servers' certificates. "
                            "PostgreSQL, Redis (with TLS) and https endpoints trust only it, and "
                            "the console checks that each certificate names the host it "
                            "connects to."));
    auto *caBrowse = new QPushButton(tr("Choose…"), this);
    caBrowse->setObjectName(QStringLiteral("chooseCaFile"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(caBrowse);
    // No mnemonic: every letter of it is taken in the dialog (tst_accessibility), and the row is
    // rarely edited (Tab reaches it).
    auto *caLabel = new QLabel(tr("CA certificate:"), this);
    caLabel->setBuddy(m_caFile);
    tlsForm->addRow(caLabel, caRow);
    // A client certificate and key, for servers that sign users in by certificate (PostgreSQL
    // `cert` in pg_hba.conf, Redis tls-auth-clients). The key must be readable by its owner only.
    auto fileRow = [this, tlsForm](QLineEdit *edit, const QString &name, const QString &label,
                       const QString &title, const QString &filter) {
        edit->setObjectName(name);
        auto *browse = new QPushButton(tr("Choose…"), this);
        browse->setObjectName(QStringLiteral("choose_") + name);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(browse);
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        tlsForm->addRow(l, row);
        connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
            const QString f = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
            if (!f.isEmpty()) {
                edit->setText(f);
                Q_EMIT edited();
            }
        });
    };
    m_clientCert = lineEdit(tr("none"));
    m_clientCert->setToolTip(tr("A client certificate (PEM) for servers that sign you in by "
                                "certificate: PostgreSQL (its name must be your database user) "
                                "and Redis's TLS port. Name its key below."));
    fileRow(m_clientCert, QStringLiteral("clientCert"), tr("Client certificate:"),
        tr("Choose the client certificate"),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    m_clientKey = lineEdit(tr("none"));
    m_clientKey->setToolTip(tr("The client certificate's private key (PEM, not encrypted). Only "
                               "its owner may read it (chmod 600)."));
    fileRow(m_clientKey, QStringLiteral("clientKey"), tr("Client key:"),
        tr("Choose the client key"), tr("PEM keys (*.pem *.key);;All files (*)"));
    m_tlsWarning = new QLabel(this);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_tlsWarning->setVisible(false);
    tlsForm->addRow(m_tlsWarning);
    layout->addWidget(tlsBox);
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Choose the CA certificate"),
            m_caFile->text(), tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty()) {
            m_caFile->setText(f);
            Q_EMIT edited();
        }
    });

    auto *vendureBox = new QGroupBox(tr("Vendure"), this);
    m_vendureBox = vendureBox;
    auto *vendure = new QFormLayout(vendureBox);
    vendure->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_vendureAdmin = lineEdit(QStringLiteral("http://127.0.0.1:3000/admin-api"));
    m_vendureShop = lineEdit(QStringLiteral("http://127.0.0.1:3000/shop-api"));
    m_vendureUser = lineEdit(QStringLiteral("superadmin"));
    m_vendurePassfile = lineEdit(tr("a file with one line: user password (mode 0600)"));
    vendure->addRow(tr("Admin API:"), m_vendureAdmin);
    vendure->addRow(tr("Shop API:"), m_vendureShop);
    vendure->addRow(tr("Admin user:"), m_vendureUser);
    vendure->addRow(tr("Password file:"), m_vendurePassfile);
    layout->addWidget(vendureBox);

    auto *pgBox = new QGroupBox(tr("PostgreSQL"), this);
    auto *pg = new QFormLayout(pgBox);
    pg->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_hosts = lineEdit(tr("primary:5432, replica:5432"));
    m_hosts->setToolTip(tr("Every server as host:port, separated by commas, in any order: the "
                           "console finds the primary itself."));
    m_database = lineEdit();
    m_user = lineEdit();
    m_password = lineEdit(tr("from the keychain or pgpass file"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_sslmode = new QComboBox(this);
    m_sslmode->addItems(
        {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    m_passfile = lineEdit(tr("~/.pgpass"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *passfileRow = new QHBoxLayout;
    passfileRow->addWidget(m_passfile, 1);
    passfileRow->addWidget(browse);
    pg->addRow(tr("S&ervers:"), m_hosts);
    pg->addRow(tr("&Database:"), m_database);
    pg->addRow(tr("&User:"), m_user);
    pg->addRow(tr("&Password:"), m_password);
    pg->addRow(QString(), m_remember);
    pg->addRow(tr("SSL &mode:"), m_sslmode);
    auto *passfileLabel = new QLabel(tr("pgpass &file:"), this);
    passfileLabel->setBuddy(m_passfile);
    pg->addRow(passfileLabel, passfileRow);
    layout->addWidget(pgBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f
            = QFileDialog::getOpenFileName(this, tr("Choose a pgpass file"), m_passfile->text());
        if (!f.isEmpty()) {
            m_passfile->setText(f);
            Q_EMIT edited();
        }
    });

    auto *redisBox = new QGroupBox(tr("Redis"), this);
    auto *redis = new QFormLayout(redisBox);
    redis->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_redisMode = new QComboBox(this);
    m_redisMode->setObjectName(QStringLiteral("redisMode"));
    m_redisMode->addItem(tr("Standalone"), int(RedisSettings::Mode::Standalone));
    m_redisMode->addItem(tr("Sentinel"), int(RedisSettings::Mode::Sentinel));
    m_redisMode->addItem(tr("Cluster"), int(RedisSettings::Mode::Cluster));
    m_redisHost = lineEdit(QStringLiteral("127.0.0.1"));
    m_redisPort = new QSpinBox(this);
    m_redisPort->setRange(1, 65535);
    m_redisHost->setAccessibleName(tr("Redis host"));
    m_redisPort->setAccessibleName(tr("Redis port"));
    m_redisHostRow = new QWidget(this);
    auto *hostRow = new QHBoxLayout(m_redisHostRow);
    hostRow->setContentsMargins(0, 0, 0, 0);
    hostRow->addWidget(m_redisHost, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), m_redisHostRow));
    hostRow->addWidget(m_redisPort);
    m_redisMaster = lineEdit(QStringLiteral("mymaster"));
    m_redisNodes = lineEdit(QStringLiteral("host:26379, host2:26379"));
    m_redisPassword = lineEdit(tr("none"));
    m_redisPassword->setEchoMode(QLineEdit::Password);
    m_redisTls = new QCheckBox(tr("Use TLS"), this);
    m_redisHostLabel = new QLabel(tr("&Host:"), this);
    m_redisHostLabel->setBuddy(m_redisHost);
    m_redisMasterLabel = new QLabel(tr("M&aster name:"), this);
    m_redisMasterLabel->setBuddy(m_redisMaster);
    m_redisNodesLabel = new QLabel(this);
    m_redisNodesLabel->setBuddy(m_redisNodes);
    redis->addRow(tr("M&ode:"), m_redisMode);
    redis->addRow(m_redisHostLabel, m_redisHostRow);
    redis->addRow(m_redisMasterLabel, m_redisMaster);
    redis->addRow(m_redisNodesLabel, m_redisNodes);
    redis->addRow(tr("Password:"), m_redisPassword);
    redis->addRow(QString(), m_redisTls);
    layout->addWidget(redisBox);

    auto *moreBox = new QGroupBox(tr("Optional endpoints"), this);
    auto *more = new QFormLayout(moreBox);
    more->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_patroni = lineEdit(QStringLiteral("http://db1:8008, http://db2:8008"));
    m_varnish = lineEdit(QStringLiteral("http://cache1:6081"));
    m_prometheus = lineEdit(QStringLiteral("http://prometheus:9090"));
    more->addRow(tr("Patroni REST:"), m_patroni);
    more->addRow(tr("Varnish:"), m_varnish);
    more->addRow(tr("Prometheus:"), m_prometheus);
    layout->addWidget(moreBox);
    layout->addStretch(1);

    connect(m_redisMode, &QComboBox::currentIndexChanged, this, &ProfileForm::updateRedisMode);
    connect(m_backend, &QComboBox::currentIndexChanged, this, &ProfileForm::updateBackend);
    for (QComboBox *c : {m_environment, m_backend, m_redisMode, m_sslmode})
        connect(c, &QComboBox::currentIndexChanged, this, &ProfileForm::edited);
    for (QCheckBox *c : {m_remember, m_redisTls})
        connect(c, &QCheckBox::toggled, this, &ProfileForm::edited);
    connect(m_redisPort, &QSpinBox::valueChanged, this, &ProfileForm::edited);
    connect(this, &ProfileForm::edited, this, &ProfileForm::updateTlsWarning);
    setProfile(Profile());
}

QLineEdit *ProfileForm::lineEdit(const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(false);
    connect(e, &QLineEdit::textEdited, this, &ProfileForm::edited);
    return e;
}

void ProfileForm::updateRedisMode()
{
    const auto mode = RedisSettings::Mode(m_redisMode->currentData().toInt());
    const bool standalone = mode == RedisSettings::Mode::Standalone;
    m_redisHostLabel->setVisible(standalone);
    m_redisHostRow->setVisible(standalone);
    m_redisMasterLabel->setVisible(mode == RedisSettings::Mode::Sentinel);
    m_redisMaster->setVisible(mode == RedisSettings::Mode::Sentinel);
    m_redisNodesLabel->setVisible(!standalone);
    m_redisNodes->setVisible(!standalone);
    // Alt+H: the Host row it replaces is hidden (tst_accessibility checks the mnemonics).
    m_redisNodesLabel->setText(
        mode == RedisSettings::Mode::Sentinel ? tr("Sentinel &hosts:") : tr("Seed &hosts:"));
}

void ProfileForm::updateBackend()
{
    m_vendureBox->setVisible(BackendKind(m_backend->currentData().toInt()) == BackendKind::Vendure);
}

void ProfileForm::updateTlsWarning()
{
    const Profile p = profile();
    const QStringList warnings = p.tlsWarnings();
    const bool show = p.environment == Profile::Environment::Production && !warnings.isEmpty();
    m_tlsWarning->setText(
        show ? tr("⚠ Production without verified TLS: %1").arg(warnings.join(u' ')) : QString());
    m_tlsWarning->setVisible(show);
}

void ProfileForm::setProfile(const Profile &p)
{
    m_redisAuth = p.redis;
    m_name->setText(p.name);
    m_environment->setCurrentIndex(m_environment->findData(int(p.environment)));
    m_hosts->setText(joinList(p.postgresHosts));
    m_database->setText(p.database);
    m_user->setText(p.user);
    m_sslmode->setCurrentText(p.sslmode);
    m_passfile->setText(p.passfile);
    m_caFile->setText(p.caFile);
    m_clientCert->setText(p.clientCert);
    m_clientKey->setText(p.clientKey);
    m_redisMode->setCurrentIndex(m_redisMode->findData(int(p.redis.mode)));
    m_redisHost->setText(p.redis.host);
    m_redisPort->setValue(p.redis.port);
    m_redisMaster->setText(p.redis.masterName);
    m_redisNodes->setText(joinList(
        p.redis.mode == RedisSettings::Mode::Sentinel ? p.redis.sentinels : p.redis.clusterSeeds));
    m_redisTls->setChecked(p.redis.tls);
    m_patroni->setText(joinList(p.patroniUrls));
    m_varnish->setText(joinList(p.varnishUrls));
    m_prometheus->setText(p.prometheusUrl);
    m_backend->setCurrentIndex(m_backend->findData(int(p.backend)));
    m_vendureAdmin->setText(p.vendure.adminApi);
    m_vendureShop->setText(p.vendure.shopApi);
    m_vendureUser->setText(p.vendure.user);
    m_vendurePassfile->setText(p.vendure.passfile);
    clearPasswords();
    updateRedisMode();
    updateBackend();
    updateTlsWarning();
}

Profile ProfileForm::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.environment = Profile::Environment(m_environment->currentData().toInt());
    p.postgresHosts = splitList(m_hosts->text());
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslmode = m_sslmode->currentText();
    p.passfile = m_passfile->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.clientCert = m_clientCert->text().trimmed();
    p.clientKey = m_clientKey->text().trimmed();
    p.redis.mode = RedisSettings::Mode(m_redisMode->currentData().toInt());
    p.redis.host = m_redisHost->text().trimmed();
    p.redis.port = m_redisPort->value();
    p.redis.tls = m_redisTls->isChecked();
    if (p.redis.mode == RedisSettings::Mode::Sentinel) {
        p.redis.masterName = m_redisMaster->text().trimmed();
        p.redis.sentinels = splitList(m_redisNodes->text());
    } else if (p.redis.mode == RedisSettings::Mode::Cluster) {
        p.redis.clusterSeeds = splitList(m_redisNodes->text());
    }
    p.patroniUrls = splitList(m_patroni->text());
    p.varnishUrls = splitList(m_varnish->text());
    p.prometheusUrl = m_prometheus->text().trimmed();
    p.backend = BackendKind(m_backend->currentData().toInt());
    p.vendure.adminApi = m_vendureAdmin->text().trimmed();
    p.vendure.shopApi = m_vendureShop->text().trimmed();
    p.vendure.user = m_vendureUser->text().trimmed();
    p.vendure.passfile = m_vendurePassfile->text().trimmed();
    p.redis.user = m_redisAuth.user;
    p.redis.userFromDatabase = m_redisAuth.userFromDatabase;
    p.redis.passfile = m_redisAuth.passfile;
    p.resolveRedisUser();
    p.resolveTls();
    return p;
}

QString ProfileForm::postgresPassword() const
{
    return m_password->text();
}
void ProfileForm::setPostgresPassword(const QString &password)
{
    m_password->setText(password);
}

QString ProfileForm::redisPassword() const
{
    return m_redisPassword->text();
}
bool ProfileForm::rememberPasswords() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ProfileForm::clearPasswords()
{
    m_password->clear();
    m_redisPassword->clear();
}

void ProfileForm::setKeychainAvailable(bool available, const QString &reason)
{
    m_remember->setEnabled(available);
    if (!available)
        m_remember->setChecked(false);
    m_remember->setToolTip(available ? tr("Store the passwords in the system keychain, never in "
                                          "the profile file.")
                                     : tr("No keychain is reachable: %1. Use a pgpass file "
                                          "(mode 0600) or type the password when connecting.")
                                           .arg(reason));
}

} // namespace qm
