#include "runbooks/signing.h"

#include "common/ed25519.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::Signing)
};

const char *kSigHeader = "quartermaster runbook signature v1";
const char *kPubHeader = "quartermaster runbook public key v1";
const char *kSecHeader = "quartermaster runbook secret key v1";

Error fail(const QString &message, const QString &detail = {})
{
    return Error {Error::Code::InvalidInput, message, detail, {}};
}

QString keyIdOf(const QByteArray &publicRaw)
{
    return ed25519::fingerprint(publicRaw); // 16 hex digits: the first 8 bytes of SHA-256
}

// "header\nkey: value\n..." -> values; empty map when the header differs.
QHash<QString, QString> readFields(const QByteArray &text, const char *header)
{
    QHash<QString, QString> out;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != header)
        return out;
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0)
            out.insert(QString::fromUtf8(lines[i].left(colon).trimmed()),
                QString::fromUtf8(lines[i].mid(colon + 1).trimmed()));
    }
    return out;
}

QByteArray message(const QString &keyId, const QByteArray &text)
{
    return QByteArray("quartermaster-runbook-v1\n") + keyId.toLatin1() + '\n' + text;
}

Status writeFile(const QString &path, const QByteArray &data, bool secret)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error {Error::Code::Io, Tr::tr("cannot write %1").arg(path), f.errorString(), {}};
    if (secret)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit())
        return Error {Error::Code::Io, Tr::tr("cannot write %1").arg(path), f.errorString(), {}};
    return Done {};
}

} // namespace

QString SignatureStatus::stateKey() const
{
    switch (state) {
    case State::Unsigned:
        return QStringLiteral("unsigned");
    case State::Valid:
        return QStringLiteral("valid");
    case State::Invalid:
        return QStringLiteral("invalid");
    case State::UnknownKey:
        return QStringLiteral("unknown-key");
    case State::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

Result<KeyFiles> generateSigningKey(const QString &dir, const QString &name)
{
    QString why;
    const ed25519::KeyPtr key = ed25519::generate(&why);
    if (!key)
        return fail(Tr::tr("OpenSSL could not make an Ed25519 key"), why);
    const QByteArray priv = ed25519::rawPrivate(key);
    const QByteArray pub = ed25519::rawPublic(key);
    if (priv.size() != ed25519::kKeyBytes || pub.size() != ed25519::kKeyBytes)
        return fail(Tr::tr("OpenSSL could not export the Ed25519 key"));
    QDir().mkpath(dir);
    KeyFiles k;
    k.keyId = keyIdOf(pub);
    k.secretPath = QDir(dir).filePath(name + QStringLiteral(".key"));
    k.publicPath = QDir(dir).filePath(k.keyId + QStringLiteral(".pub"));
    if (QFileInfo::exists(k.secretPath))
        return fail(Tr::tr("%1 exists already: choose another name; a key is never overwritten")
                        .arg(k.secretPath));
    const QByteArray secret = QByteArray(kSecHeader) + "\nkey_id: " + k.keyId.toLatin1()
        + "\nsecret: " + priv.toBase64() + "\npublic: " + pub.toBase64() + '\n';
    const QByteArray pubText = QByteArray(kPubHeader) + "\nkey_id: " + k.keyId.toLatin1()
        + "\npublic: " + pub.toBase64() + "\ncomment: " + name.toUtf8() + '\n';
    if (auto s = writeFile(k.secretPath, secret, true); !s)
        return s.error();
    if (auto s = writeFile(k.publicPath, pubText, false); !s)
        return s.error();
    return k;
}

QString signaturePath(const QString &runbookPath, const QString &trustedKeysDir)
{
    if (!runbookPath.startsWith(QStringLiteral(":/")))
        return runbookPath + QStringLiteral(".sig");
    return QDir(trustedKeysDir)
        .filePath(QStringLiteral("builtin/") + QFileInfo(runbookPath).fileName()
            + QStringLiteral(".sig"));
}

Result<QString> signRunbook(
    const QString &runbookPath, const QString &secretKeyPath, const QString &trustedKeysDir)
{
    QFile kf(secretKeyPath);
    if (!kf.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read the secret key %1").arg(secretKeyPath), kf.errorString());
    const auto fields = readFields(kf.readAll(), kSecHeader);
    const QByteArray priv
        = QByteArray::fromBase64(fields.value(QStringLiteral("secret")).toLatin1());
    const QString keyId = fields.value(QStringLiteral("key_id"));
    if (priv.size() != 32 || keyId.size() != 16)
        return fail(Tr::tr("%1 is not a runbook secret key (qmctl runbook keygen makes one)")
                        .arg(secretKeyPath));
    QFile rf(runbookPath);
    if (!rf.open(QIODevice::ReadOnly))
        return fail(Tr::tr("cannot read %1").arg(runbookPath), rf.errorString());
    const QByteArray msg = message(keyId, rf.readAll());
    QString why;
    const ed25519::KeyPtr key = ed25519::fromRawPrivate(priv, &why);
    const QByteArray sig = key ? ed25519::sign(key, msg, &why) : QByteArray();
    if (sig.size() != ed25519::kSignatureBytes)
        return fail(Tr::tr("OpenSSL could not sign %1").arg(runbookPath), why);
    const bool builtin = runbookPath.startsWith(QStringLiteral(":/"));
    if (builtin && trustedKeysDir.isEmpty())
        return fail(Tr::tr("a built-in runbook's signature goes into the trusted keys folder: "
                           "give that folder"));
    const QString sigPath = signaturePath(runbookPath, trustedKeysDir);
    if (builtin && !QDir().mkpath(QFileInfo(sigPath).path()))
        return Error {Error::Code::Io,
            Tr::tr("cannot make the folder %1").arg(QFileInfo(sigPath).path()), {}, {}};
    const QByteArray text = QByteArray(kSigHeader) + "\nkey_id: " + keyId.toLatin1()
        + "\nsignature: " + sig.toBase64() + '\n';
    if (auto s = writeFile(sigPath, text, false); !s)
        return s.error();
    return sigPath;
}

SignatureStatus verifyRunbook(
    const QString &runbookPath, const QByteArray &text, const QString &trustedKeysDir)
{
    SignatureStatus st;
    QFile sf(signaturePath(runbookPath, trustedKeysDir));
    if (!sf.exists()) {
        if (runbookPath.startsWith(QStringLiteral(":/")))
            st.message = Tr::tr("built-in, not signed by a key trusted here (no %1): sign it with "
                                "qmctl runbook sign %2 --key FILE")
                             .arg(sf.fileName(), QFileInfo(runbookPath).completeBaseName());
        else
            st.message = Tr::tr("not signed (no %1.sig)").arg(QFileInfo(runbookPath).fileName());
        return st;
    }
    if (!sf.open(QIODevice::ReadOnly) || sf.size() > 4096) {
        st.state = SignatureStatus::State::Malformed;
        st.message = Tr::tr("cannot read the signature file %1").arg(sf.fileName());
        return st;
    }
    const auto fields = readFields(sf.readAll(), kSigHeader);
    st.keyId = fields.value(QStringLiteral("key_id"));
    const QByteArray sig
        = QByteArray::fromBase64(fields.value(QStringLiteral("signature")).toLatin1());
    static const QRegularExpression hex16(QStringLiteral("^[0-9a-f]{16}$"));
    if (sig.size() != 64 || !hex16.match(st.keyId).hasMatch()) {
        st.state = SignatureStatus::State::Malformed;
        st.message
            = Tr::tr("%1 is not a runbook signature: sign the runbook again (qmctl runbook sign)")
                  .arg(sf.fileName());
        return st;
    }
    QFile pf(QDir(trustedKeysDir).filePath(st.keyId + QStringLiteral(".pub")));
    QByteArray pub;
    if (pf.open(QIODevice::ReadOnly))
        pub = QByteArray::fromBase64(
            readFields(pf.readAll(), kPubHeader).value(QStringLiteral("public")).toLatin1());
    if (pub.size() != 32 || keyIdOf(pub) != st.keyId) {
        st.state = SignatureStatus::State::UnknownKey;
        st.message
            = Tr::tr("signed with key %1, which is not among the trusted keys in %2: add its "
                     "public key there if you trust it")
                  .arg(st.keyId, trustedKeysDir);
        return st;
    }
    const QByteArray msg = message(st.keyId, text);
    if (ed25519::verify(ed25519::fromRawPublic(pub), msg, sig)) {
        st.state = SignatureStatus::State::Valid;
        st.message = Tr::tr("signed by trusted key %1").arg(st.keyId);
    } else {
        st.state = SignatureStatus::State::Invalid;
        st.message = Tr::tr("the runbook's text changed after it was signed by key %1 (the "
                            "signature does not match): refused. Restore the signed text, or have "
                            "the change reviewed and signed again (qmctl runbook sign)")
                         .arg(st.keyId);
    }
    return st;
}

QString defaultTrustedKeysDir()
{
    if (qEnvironmentVariableIsSet("QM_RUNBOOK_TRUSTED_KEYS"))
        return qEnvironmentVariable("QM_RUNBOOK_TRUSTED_KEYS");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QStringLiteral("/quartermaster/runbook-keys");
}

bool signatureAllows(
    const SignatureStatus &s, Profile::Environment env, QString *refusal, QString *warning)
{
    using S = SignatureStatus::State;
    if (s.state == S::Valid)
        return true;
    if (s.state == S::Invalid || s.state == S::Malformed) {
        *refusal = s.message;
        return false;
    }
    if (env == Profile::Environment::Production) {
        *refusal = Tr::tr("production runs only signed runbooks from trusted keys; this one is %1")
                       .arg(s.message);
        return false;
    }
    *warning = Tr::tr("UNSIGNED: %1. Production would refuse it.").arg(s.message);
    return true;
}

} // namespace qm::runbooks
