#pragma once

#include "audit/checkpoint.h"
#include "common/result.h"

#include <QDialog>
#include <QFuture>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace qm {

class SecretStore;

// File ▸ Settings…: the console's preferences. Language: the system's (default) or one of the
// translations embedded in the application; it applies at the next start. Colours. The idle
// lock of production (and, if chosen, staging) profiles. Audit checkpoints (issue 11): the folder
// the signed checkpoints go to, the signing key (a file, or the OS keychain: generated or imported
// here; the settings only ever hold "keychain" or the file's path, never key material) and how
// often an open profile signs.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // qmDir: where the translations are (tests pass a folder of compiled .qm files).
    explicit SettingsDialog(QWidget *parent = nullptr, const QString &qmDir = QString());

    QComboBox *languageBox() const { return m_language; }
    // The language setting the dialog stores on OK: "" for the system's, else a code.
    QString chosenLanguage() const;
    QComboBox *themeBox() const { return m_theme; }
    // "light", "dark" or "" (the system's); applied to the running application on OK.
    QString chosenTheme() const;

    // The idle lock: minutes without input before a production profile locks (0: never), and
    // whether staging profiles lock too.
    QSpinBox *idleLockBox() const { return m_idleMinutes; }
    QCheckBox *idleLockStagingBox() const { return m_idleStaging; }

    // Audit checkpoints.
    enum class KeySource { None, File, Keychain };
    QLineEdit *checkpointDirEdit() const { return m_checkpointDir; }
    QComboBox *checkpointKeySourceBox() const { return m_keySource; }
    QLineEdit *checkpointKeyFileEdit() const { return m_keyFile; }
    QSpinBox *checkpointMinutesBox() const { return m_checkpointMinutes; }
    QLabel *checkpointKeyStatus() const { return m_keyStatus; }
    QPushButton *generateKeyButton() const { return m_generateKey; }
    QPushButton *importKeyButton() const { return m_importKey; }
    KeySource keySource() const;
    // What the buttons do after their file dialog: a new key into the keychain with its public
    // half written to publicKeyPath; or the private key of a PEM file (0600) into the keychain.
    // The work runs off the GUI thread and in the keychain; the status label says the outcome.
    QFuture<Status> generateKeychainKey(const QString &publicKeyPath);
    QFuture<Status> importKeychainKey(const QString &privateKeyPath);

    void accept() override;

private:
    void updateKeyWidgets();
    void showKeychainKey(); // reads the keychain's key and shows its fingerprint
    QFuture<Status> storeKey(QFuture<Result<audit::Ed25519Key>> key, const QString &publicKeyPath);

    QComboBox *m_language;
    QComboBox *m_theme;
    QSpinBox *m_idleMinutes;
    QCheckBox *m_idleStaging;
    QLabel *m_restartNote; // the language applies at the next start: says so
    QString m_initial;
    SecretStore *m_secrets;
    QLineEdit *m_checkpointDir;
    QComboBox *m_keySource;
    QLineEdit *m_keyFile;
    QPushButton *m_browseKey;
    QPushButton *m_generateKey;
    QPushButton *m_importKey;
    QLabel *m_keyStatus;
    QSpinBox *m_checkpointMinutes;
};

} // namespace qm
