// The signed checkpoint format (core/audit/checkpoint.h) without a server: keys, the signed bytes,
// every field covered by the signature, the JSON form, the key files' modes, the folder.

#include "audit/checkpoint.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::audit;

namespace {

Checkpoint sample(const Ed25519Key &key)
{
    DatabaseIdentity id {QStringLiteral("7716364004041494964"), QStringLiteral("quartermaster"),
        QStringLiteral("console")};
    ChainHead head {42, QByteArray(32, '\x5a'), QStringLiteral("2026-12-07T01:13:34.099277Z")};
    auto c = Checkpoint::make(id, head, key);
    if (!c)
        qFatal("%s", qPrintable(c.error().toString()));
    return *c;
}

} // namespace

class TestAuditSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signedMessageIsFixed()
    {
        Checkpoint c;
        c.identity = {QStringLiteral("1"), QStringLiteral("db"), QStringLiteral("console")};
        c.head = {7, QByteArray::fromHex("00ff"), QStringLiteral("T")};
        c.signedAt = QStringLiteral("S");
        c.keyId = QStringLiteral("K");
        QCOMPARE(c.signedMessage(),
            QByteArray("format:qm-audit-checkpoint/1\nsystem_identifier:1\ndatabase:db\n"
                       "schema:console\nid:7\nhash:00ff\nat:T\nsigned_at:S\nkey:K\n"));
    }

    void signatureCoversEveryField()
    {
        const auto key = Ed25519Key::generate();
        QVERIFY(key);
        const Checkpoint c = sample(*key);
        QVERIFY(c.signatureValid(*key));
        QCOMPARE(c.keyId, key->fingerprint());
        QCOMPARE(c.keyId.size(), 16);

        QList<std::function<void(Checkpoint &)>> edits {
            [](Checkpoint &x) { x.identity.systemIdentifier += u'1'; },
            [](Checkpoint &x) { x.identity.database = QStringLiteral("other"); },
            [](Checkpoint &x) { x.identity.schema = QStringLiteral("qm_vendure"); },
            [](Checkpoint &x) { x.head.id += 1; },
            [](Checkpoint &x) { x.head.hash[0] = 'x'; },
            [](Checkpoint &x) { x.head.at = QStringLiteral("2026-12-07T01:13:35.000000Z"); },
            [](Checkpoint &x) { x.signedAt = QStringLiteral("2030-01-01T00:00:00.000Z"); },
            [](Checkpoint &x) { x.keyId = QStringLiteral("0000000000000000"); },
            [](Checkpoint &x) { x.signature[3] = char(x.signature[3] ^ 1); },
        };
        for (int i = 0; i < edits.size(); ++i) {
            Checkpoint x = c;
            edits[i](x);
            QVERIFY2(!x.signatureValid(*key), qPrintable(QString::number(i)));
        }
        const auto other = Ed25519Key::generate();
        QVERIFY(other);
        QVERIFY(!c.signatureValid(*other));
    }

    void jsonRoundTrip()
    {
        const auto key = Ed25519Key::generate();
        QVERIFY(key);
        const Checkpoint c = sample(*key);
        const QJsonObject json = c.toJson();
        QCOMPARE(json.value(QStringLiteral("format")).toString(),
            QStringLiteral("qm-audit-checkpoint/1"));
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("42"));
        QCOMPARE(json.value(QStringLiteral("hash")).toString(),
            QString::fromLatin1(QByteArray(32, '\x5a').toHex()));
        const auto back = Checkpoint::fromJson(json);
        QVERIFY(back);
        QVERIFY(back->signatureValid(*key));
        QCOMPARE(back->signedMessage(), c.signedMessage());

        QJsonObject bad = json;
        bad.insert(QStringLiteral("format"), QStringLiteral("qm-audit-checkpoint/2"));
        QVERIFY(!Checkpoint::fromJson(bad));
        bad = json;
        bad.insert(QStringLiteral("hash"), QStringLiteral("abc"));
        QVERIFY(!Checkpoint::fromJson(bad));
        bad = json;
        bad.remove(QStringLiteral("signature"));
        QVERIFY(!Checkpoint::fromJson(bad));
        bad = json;
        bad.insert(QStringLiteral("id"), QStringLiteral("-3"));
        QVERIFY(!Checkpoint::fromJson(bad));
    }

    void keyFiles()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("k.pem"));
        const auto key = Ed25519Key::generate();
        QVERIFY(key);
        QVERIFY(writeKeyPair(*key, path));
        QCOMPARE(QFile::permissions(path)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ReadOwner
                    | QFileDevice::WriteOwner),
            QFileDevice::Permissions());
        QVERIFY(!writeKeyPair(*key, path)); // never overwritten
        const auto priv = Ed25519Key::loadPrivate(path);
        QVERIFY2(priv, qPrintable(priv ? QString() : priv.error().toString()));
        const auto pub = Ed25519Key::loadPublic(path + QStringLiteral(".pub"));
        QVERIFY(pub);
        QVERIFY(!pub->hasPrivate());
        QCOMPARE(pub->fingerprint(), key->fingerprint());
        const Checkpoint c = sample(*priv);
        QVERIFY(c.signatureValid(*pub));
        QVERIFY(!pub->sign("x")); // a public key cannot sign

        // A private key readable by others is refused (like ssh).
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
        const auto open = Ed25519Key::loadPrivate(path);
        QVERIFY(!open);
        QVERIFY2(open.error().message.contains(QStringLiteral("chmod 600")),
            qPrintable(open.error().message));
        // Not a key / not Ed25519.
        QFile junk(tmp.filePath(QStringLiteral("junk.pub")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        junk.close();
        QVERIFY(!Ed25519Key::loadPublic(junk.fileName()));
    }

    void folderRoundTrip()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("checkpoints/store"));
        const auto key = Ed25519Key::generate();
        QVERIFY(key);
        const Checkpoint c = sample(*key);
        const auto path = writeCheckpoint(c, dir);
        QVERIFY2(path, qPrintable(path ? QString() : path.error().toString()));
        QVERIFY(QFileInfo(*path).fileName().startsWith(
            QStringLiteral("checkpoint-quartermaster-000000000042-")));
        QFile junk(QDir(dir).filePath(QStringLiteral("notes.json")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("[1,2]");
        junk.close();
        const auto files = readCheckpoints(dir);
        QVERIFY(files);
        QCOMPARE(files->size(), 2);
        int good = 0, bad = 0;
        for (const CheckpointFile &f : *files) {
            if (f.checkpoint) {
                ++good;
                QVERIFY(f.checkpoint->signatureValid(*key));
                QCOMPARE(f.checkpoint->file, *path);
            } else {
                ++bad;
                QVERIFY(f.error);
            }
        }
        QCOMPARE(good, 1);
        QCOMPARE(bad, 1);
        // No temporary file is left next to it (written atomically).
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditSigning)
#include "tst_auditsigning.moc"
