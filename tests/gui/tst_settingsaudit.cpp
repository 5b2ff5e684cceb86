// File ▸ Settings ▸ Audit checkpoints (issue 11, anchored checkpoints): the operator chooses the
// folder and the signing key there; a key generated or imported into the keychain lands in the
// keychain (here the SecretStore's in-memory test backend) and its public half in the file they
// chose, and the settings file then says only "keychain" and the folder: no key material (the PEM
// markers, the key's base64 body, its raw bytes) is in it. The dialog shows the keychain key's
// fingerprint, never the key. The GUI-thread guard is on: the dialog never waits on the keychain
// or the disk.
#include "audit/checkpoint.h"
#include "audit/checkpointkey.h"
#include "common/threadguard.h"
#include "guiguard.h"
#include "profiles/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "testenv.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;
using qm::audit::CheckpointKeys;
using qm::audit::Ed25519Key;

class TestSettingsAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_settings;

    static Result<Ed25519Key> keychainKey()
    {
        SecretStore secrets;
        auto f = CheckpointKeys::readFromKeychain(&secrets);
        if (!qmtest::waitFor(f, 10000))
            return Error {Error::Code::Timeout, QStringLiteral("keychain read timed out"), {}, {}};
        return f.result();
    }

    // Everything in the settings file that would give the private key away.
    void assertNoKeyMaterial(const Ed25519Key &key)
    {
        Settings::sync();
        QFile f(m_settings);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        qInfo().noquote() << "settings file:\n" << text;
        QVERIFY2(!text.contains("PRIVATE KEY"), "a PEM private key is in the settings file");
        for (const QByteArray &line : key.privatePem().split('\n')) {
            if (line.isEmpty() || line.startsWith("-----"))
                continue;
            QVERIFY2(!text.contains(line), "the key's PEM body is in the settings file");
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SecretStore::useMemoryBackendForTesting();
        m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
        Settings::setBackingFile(m_settings);
        enableGuiThreadGuard(true);
    }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        Settings::setBackingFile(QString());
        SecretStore::useMemoryBackendForTesting(false);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void generatesAKeyIntoTheKeychain()
    {
        const QString folder = m_dir.filePath(QStringLiteral("checkpoints"));
        const QString pub = m_dir.filePath(QStringLiteral("verifiers.pub"));
        SettingsDialog dialog;
        dialog.show();
        auto *source = dialog.checkpointKeySourceBox();
        source->setCurrentIndex(source->findData(int(SettingsDialog::KeySource::Keychain)));
        // Nothing in the keychain yet: the dialog says what to do.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.checkpointKeyStatus()->text().contains(
                                     QStringLiteral("has no audit checkpoint key")),
            10000);
        QVERIFY(dialog.generateKeyButton()->isEnabled());
        QVERIFY(!dialog.checkpointKeyFileEdit()->isEnabled());

        dialog.checkpointDirEdit()->setText(folder);
        dialog.checkpointMinutesBox()->setValue(5);
        auto done = dialog.generateKeychainKey(pub);
        QVERIFY(qmtest::waitFor(done, 20000));
        QVERIFY2(done.result(), qPrintable(qmtest::errorOf(done.result()).toString()));

        const Result<Ed25519Key> stored = keychainKey();
        QVERIFY2(stored, qPrintable(qmtest::errorOf(stored).toString()));
        QVERIFY(stored->hasPrivate());
        const auto published = Ed25519Key::loadPublic(pub);
        QVERIFY2(published, qPrintable(qmtest::errorOf(published).toString()));
        QCOMPARE(published->fingerprint(), stored->fingerprint());
        // The status names the fingerprint and the public key's file, never the key.
        const QString status = dialog.checkpointKeyStatus()->text();
        QVERIFY2(status.contains(stored->fingerprint()), qPrintable(status));
        QVERIFY2(status.contains(pub), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("PRIVATE")));

        dialog.accept();
        QCOMPARE(Settings::auditCheckpointDir(), folder);
        QCOMPARE(Settings::auditCheckpointKey(), QString::fromLatin1(CheckpointKeys::kKeychainRef));
        QCOMPARE(Settings::auditCheckpointMinutes(), 5);
        assertNoKeyMaterial(*stored);

        // Opened again: the keychain's key is shown by its fingerprint.
        SettingsDialog again;
        QCOMPARE(again.keySource(), SettingsDialog::KeySource::Keychain);
        QCOMPARE(again.checkpointDirEdit()->text(), folder);
        QTRY_VERIFY_WITH_TIMEOUT(
            again.checkpointKeyStatus()->text().contains(stored->fingerprint()), 10000);
    }

    void importsAKeyFileIntoTheKeychain()
    {
        auto key = Ed25519Key::generate();
        QVERIFY(key);
        const QString file = m_dir.filePath(QStringLiteral("operator.pem"));
        QVERIFY(audit::writeKeyPair(*key, file));
        SettingsDialog dialog;
        auto *source = dialog.checkpointKeySourceBox();
        source->setCurrentIndex(source->findData(int(SettingsDialog::KeySource::Keychain)));
        auto done = dialog.importKeychainKey(file);
        QVERIFY(qmtest::waitFor(done, 20000));
        QVERIFY2(done.result(), qPrintable(qmtest::errorOf(done.result()).toString()));
        const Result<Ed25519Key> stored = keychainKey();
        QVERIFY(stored);
        QCOMPARE(stored->fingerprint(), key->fingerprint());
        QVERIFY(dialog.checkpointKeyStatus()->text().contains(key->fingerprint()));
        dialog.accept();
        assertNoKeyMaterial(*key);

        // A file that is not a private key is refused, and the keychain keeps its key.
        const QString junk = m_dir.filePath(QStringLiteral("junk.pem"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN NOTHING-----\n");
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        }
        auto refused = dialog.importKeychainKey(junk);
        QVERIFY(qmtest::waitFor(refused, 20000));
        QVERIFY(!refused.result());
        QVERIFY2(dialog.checkpointKeyStatus()->text().contains(QStringLiteral("private key")),
            qPrintable(dialog.checkpointKeyStatus()->text()));
        QCOMPARE(keychainKey()->fingerprint(), key->fingerprint());
    }

    void keyFileAndNone()
    {
        SettingsDialog dialog;
        auto *source = dialog.checkpointKeySourceBox();
        source->setCurrentIndex(source->findData(int(SettingsDialog::KeySource::File)));
        QVERIFY(dialog.checkpointKeyFileEdit()->isEnabled());
        QVERIFY(!dialog.generateKeyButton()->isEnabled());
        dialog.checkpointKeyFileEdit()->setText(QStringLiteral("/srv/keys/audit.pem"));
        dialog.accept();
        QCOMPARE(Settings::auditCheckpointKey(), QStringLiteral("/srv/keys/audit.pem"));

        SettingsDialog none;
        QCOMPARE(none.keySource(), SettingsDialog::KeySource::File);
        QCOMPARE(none.checkpointKeyFileEdit()->text(), QStringLiteral("/srv/keys/audit.pem"));
        none.checkpointKeySourceBox()->setCurrentIndex(
            none.checkpointKeySourceBox()->findData(int(SettingsDialog::KeySource::None)));
        none.accept();
        QCOMPARE(Settings::auditCheckpointKey(), QString());
    }
};

QTEST_MAIN(TestSettingsAudit)
#include "tst_settingsaudit.moc"
