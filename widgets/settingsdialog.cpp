#include "settingsdialog.h"

#include "appstyle.h"
#include "audit/checkpointkey.h"
#include "common/whenfinished.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"
#include "settings/languages.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace qm {

SettingsDialog::SettingsDialog(QWidget *parent, const QString &qmDir)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_idleMinutes(new QSpinBox(this))
    , m_idleStaging(new QCheckBox(tr("Also lock s&taging profiles"), this))
    , m_restartNote(new QLabel(this))
    , m_initial(Settings::language())
    , m_secrets(new SecretStore(this))
    , m_checkpointDir(new QLineEdit(this))
    , m_keySource(new QComboBox(this))
    , m_keyFile(new QLineEdit(this))
    , m_browseKey(new QPushButton(tr("Choose…"), this))
    , m_generateKey(new QPushButton(tr("&Generate key in keychain…"), this))
    , m_importKey(new QPushButton(tr("I&mport key file into keychain…"), this))
    , m_keyStatus(new QLabel(this))
    , m_checkpointMinutes(new QSpinBox(this))
{
    setWindowTitle(tr("Settings"));
    const QString dir = qmDir.isEmpty() ? QString::fromLatin1(languages::kEmbeddedDir) : qmDir;
    const QLocale system = QLocale::system();
    const QString systemName
        = system.language() == QLocale::C ? QStringLiteral("English") : system.nativeLanguageName();
    m_language->addItem(tr("System default (%1)").arg(systemName), QString());
    for (const languages::Language &l : languages::available(dir))
        m_language->addItem(l.name, l.code);
    int current = m_language->findData(m_initial);
    if (current < 0) // a language this build no longer has: show the system's
        current = 0;
    m_language->setCurrentIndex(current);
    m_language->setAccessibleName(tr("Language"));

    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("System default"), QString());
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Settings::theme())));
    m_theme->setAccessibleName(tr("Colours"));

    m_idleMinutes->setObjectName(QStringLiteral("idleLockMinutes"));
    m_idleMinutes->setRange(0, 24 * 60);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setSpecialValueText(tr("Never"));
    m_idleMinutes->setValue((Settings::idleLockSeconds() + 59) / 60);
    m_idleMinutes->setAccessibleName(tr("Idle lock after minutes"));
    m_idleMinutes->setToolTip(tr("After this long without input, a production profile's window "
                                 "is covered until the database password is typed again."));
    m_idleStaging->setObjectName(QStringLiteral("idleLockStaging"));
    m_idleStaging->setChecked(Settings::idleLockEnvironments().contains(
        Profile::environmentKey(Profile::Environment::Staging)));

    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("A new language applies the next time Quartermaster starts."));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *themeLabel = new QLabel(tr("&Colours:"), this);
    themeLabel->setBuddy(m_theme);
    form->addRow(themeLabel, m_theme);
    auto *idleLabel = new QLabel(tr("&Idle lock after:"), this);
    idleLabel->setBuddy(m_idleMinutes);
    form->addRow(idleLabel, m_idleMinutes);
    form->addRow(QString(), m_idleStaging);

    // Audit checkpoints: where they go and what signs them.
    auto *audit = new QGroupBox(tr("Audit checkpoints"), this);
    auto *auditForm = new QFormLayout(audit);
    m_checkpointDir->setObjectName(QStringLiteral("checkpointDir"));
    m_checkpointDir->setText(Settings::auditCheckpointDir());
    m_checkpointDir->setAccessibleName(tr("Checkpoint folder"));
    m_checkpointDir->setPlaceholderText(tr("No folder: no checkpoints"));
    auto *browseDir = new QPushButton(tr("Choose…"), audit);
    browseDir->setAccessibleName(tr("Choose the checkpoint folder"));
    connect(browseDir, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder for signed audit checkpoints"), m_checkpointDir->text());
        if (!dir.isEmpty())
            m_checkpointDir->setText(dir);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_checkpointDir, 1);
    dirRow->addWidget(browseDir);
    auto *dirLabel = new QLabel(tr("&Folder:"), audit);
    dirLabel->setBuddy(m_checkpointDir);
    auditForm->addRow(dirLabel, dirRow);

    m_keySource->setObjectName(QStringLiteral("checkpointKeySource"));
    m_keySource->addItem(tr("None"), int(KeySource::None));
    m_keySource->addItem(tr("Key file"), int(KeySource::File));
    m_keySource->addItem(tr("System keychain"), int(KeySource::Keychain));
    m_keySource->setAccessibleName(tr("Signing key"));
    const QString keyRef = Settings::auditCheckpointKey();
    const KeySource keyAt = keyRef.isEmpty()           ? KeySource::None
        : audit::CheckpointKeys::isKeychainRef(keyRef) ? KeySource::Keychain
                                                       : KeySource::File;
    m_keySource->setCurrentIndex(m_keySource->findData(int(keyAt)));
    auto *sourceLabel = new QLabel(tr("Signing &key:"), audit);
    sourceLabel->setBuddy(m_keySource);
    auditForm->addRow(sourceLabel, m_keySource);

    m_keyFile->setObjectName(QStringLiteral("checkpointKeyFile"));
    m_keyFile->setAccessibleName(tr("Key file"));
    m_keyFile->setPlaceholderText(tr("Ed25519 private key (PEM, mode 0600)"));
    if (keyAt == KeySource::File)
        m_keyFile->setText(keyRef);
    m_browseKey->setAccessibleName(tr("Choose the key file"));
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Ed25519 private key"),
            m_keyFile->text(), tr("PEM files (*.pem *.key);;All files (*)"));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_keyFile, 1);
    fileRow->addWidget(m_browseKey);
    auto *fileLabel = new QLabel(tr("Key &file:"), audit);
    fileLabel->setBuddy(m_keyFile);
    auditForm->addRow(fileLabel, fileRow);

    m_generateKey->setObjectName(QStringLiteral("generateCheckpointKey"));
    m_generateKey->setToolTip(tr("Makes a new Ed25519 key in the system keychain and saves its "
                                 "public half, which verifiers need, to a file you choose."));
    connect(m_generateKey, &QPushButton::clicked, this, [this] {
        const QString pub
            = QFileDialog::getSaveFileName(this, tr("Save the public key for verifiers"),
                QStringLiteral("audit-checkpoints.pub"), tr("Public keys (*.pub *.pem)"));
        if (!pub.isEmpty())
            generateKeychainKey(pub);
    });
    m_importKey->setObjectName(QStringLiteral("importCheckpointKey"));
    m_importKey->setToolTip(tr("Copies an Ed25519 private key (PEM) into the system keychain. "
                               "Delete the file afterwards if the keychain is to be its only "
                               "home."));
    connect(m_importKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Ed25519 private key"),
            QString(), tr("PEM files (*.pem *.key);;All files (*)"));
        if (!file.isEmpty())
            importKeychainKey(file);
    });
    auto *keychainRow = new QHBoxLayout;
    keychainRow->addWidget(m_generateKey);
    keychainRow->addWidget(m_importKey);
    keychainRow->addStretch();
    auditForm->addRow(QString(), keychainRow);
    m_keyStatus->setObjectName(QStringLiteral("checkpointKeyStatus"));
    m_keyStatus->setWordWrap(true);
    auditForm->addRow(QString(), m_keyStatus);

    m_checkpointMinutes->setObjectName(QStringLiteral("checkpointMinutes"));
    m_checkpointMinutes->setRange(0, 24 * 60);
    m_checkpointMinutes->setSuffix(tr(" min"));
    m_checkpointMinutes->setSpecialValueText(tr("Only after destructive actions"));
    m_checkpointMinutes->setValue(Settings::auditCheckpointMinutes());
    m_checkpointMinutes->setAccessibleName(tr("Minutes between checkpoints"));
    auto *minutesLabel = new QLabel(tr("Sign &every:"), audit);
    minutesLabel->setBuddy(m_checkpointMinutes);
    auditForm->addRow(minutesLabel, m_checkpointMinutes);
    connect(m_keySource, &QComboBox::currentIndexChanged, this, [this] {
        updateKeyWidgets();
        if (keySource() == KeySource::Keychain)
            showKeychainKey();
    });
    updateKeyWidgets();
    if (keyAt == KeySource::Keychain)
        showKeychainKey();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addWidget(audit);
    layout->addStretch();
    layout->addWidget(buttons);
}

QString SettingsDialog::chosenLanguage() const
{
    return m_language->currentData().toString();
}

QString SettingsDialog::chosenTheme() const
{
    return m_theme->currentData().toString();
}

SettingsDialog::KeySource SettingsDialog::keySource() const
{
    return KeySource(m_keySource->currentData().toInt());
}

void SettingsDialog::updateKeyWidgets()
{
    const KeySource source = keySource();
    m_keyFile->setEnabled(source == KeySource::File);
    m_browseKey->setEnabled(source == KeySource::File);
    m_generateKey->setEnabled(source == KeySource::Keychain);
    m_importKey->setEnabled(source == KeySource::Keychain);
    if (source != KeySource::Keychain)
        m_keyStatus->clear();
}

void SettingsDialog::showKeychainKey()
{
    m_keyStatus->setText(tr("Reading the keychain…"));
    whenFinished(this, audit::CheckpointKeys::readFromKeychain(m_secrets),
        [this](Result<audit::Ed25519Key> key) {
            if (keySource() != KeySource::Keychain)
                return;
            m_keyStatus->setText(key ? tr("The keychain holds the signing key (fingerprint %1).")
                                           .arg(key->fingerprint())
                                     : key.error().message);
        });
}

QFuture<Status> SettingsDialog::storeKey(
    QFuture<Result<audit::Ed25519Key>> keyFuture, const QString &publicKeyPath)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    m_generateKey->setEnabled(false);
    m_importKey->setEnabled(false);
    auto done = [this, promise](const Status &s, const QString &text) {
        m_keyStatus->setText(text);
        updateKeyWidgets();
        promise->addResult(s);
        promise->finish();
    };
    whenFinished(this, keyFuture, [this, done, publicKeyPath](Result<audit::Ed25519Key> key) {
        if (!key)
            return done(key.error(), key.error().message);
        const audit::Ed25519Key k = *key;
        whenFinished(this, audit::CheckpointKeys::storeInKeychain(m_secrets, k),
            [this, done, k, publicKeyPath](Status stored) {
                if (!stored)
                    return done(stored, stored.error().message);
                if (publicKeyPath.isEmpty())
                    return done(stored,
                        tr("The keychain holds the signing key (fingerprint %1).")
                            .arg(k.fingerprint()));
                whenFinished(this, QtConcurrent::run([k, publicKeyPath] {
                    return audit::CheckpointKeys::writePublicKey(k, publicKeyPath);
                }),
                    [done, k, publicKeyPath](Status written) {
                        if (!written)
                            return done(written, written.error().message);
                        done(written,
                            tr("A new signing key is in the keychain (fingerprint %1); "
                               "its public key is in %2.")
                                .arg(k.fingerprint(), publicKeyPath));
                    });
            });
    });
    return promise->future();
}

QFuture<Status> SettingsDialog::generateKeychainKey(const QString &publicKeyPath)
{
    return storeKey(QtConcurrent::run([] { return audit::Ed25519Key::generate(); }), publicKeyPath);
}

QFuture<Status> SettingsDialog::importKeychainKey(const QString &privateKeyPath)
{
    return storeKey(QtConcurrent::run([privateKeyPath] {
        return audit::Ed25519Key::loadPrivate(privateKeyPath);
    }),
        QString());
}

void SettingsDialog::accept()
{
    // Colours apply at once (the language needs a restart: see the note).
    if (chosenTheme() != Settings::theme()) {
        Settings::setTheme(chosenTheme());
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            applyAppStyle(*app, resolveTheme(chosenTheme()));
    }
    Settings::setLanguage(chosenLanguage());
    if (m_idleMinutes->value() * 60 != (Settings::idleLockSeconds() + 59) / 60 * 60)
        Settings::setIdleLockSeconds(m_idleMinutes->value() * 60);
    QStringList lockEnvs {Profile::environmentKey(Profile::Environment::Production)};
    if (m_idleStaging->isChecked())
        lockEnvs << Profile::environmentKey(Profile::Environment::Staging);
    Settings::setIdleLockEnvironments(lockEnvs);
    // Only a reference to the key: "keychain" or the file's path.
    Settings::setAuditCheckpointDir(m_checkpointDir->text().trimmed());
    switch (keySource()) {
    case KeySource::None:
        Settings::setAuditCheckpointKey(QString());
        break;
    case KeySource::File:
        Settings::setAuditCheckpointKey(m_keyFile->text().trimmed());
        break;
    case KeySource::Keychain:
        Settings::setAuditCheckpointKey(QString::fromLatin1(audit::CheckpointKeys::kKeychainRef));
        break;
    }
    Settings::setAuditCheckpointMinutes(m_checkpointMinutes->value());
    Settings::sync();
    QDialog::accept();
}

} // namespace qm
