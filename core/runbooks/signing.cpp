#include "runbooks/signing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <memory>
#include <openssl/evp.h>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::Signing)
};

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

const char *kSigHeader = "quartermaster runbook signature v1";
const char *kPubHeader = "quartermaster runbook public key v1";
const char *kSecHeader = "quartermaster runbook secret key v1";

Error fail(const QString &message, const QString &detail = {})
{
    return Error {Error::Code::InvalidInput, message, detail, {}};
}

QString keyIdOf(const QByteArray &publicRaw)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicRaw, QCryptographicHash::Sha256).left(8).toHex());
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
    PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free);
    if (!key)
        return fail(Tr::tr("OpenSSL could not make an Ed25519 key"));
    QByteArray priv(32, 0), pub(32, 0);
    size_t privLen = 32, pubLen = 32;
    if (EVP_PKEY_get_raw_private_key(
            key.get(), reinterpret_cast<unsigned char *>(priv.data()), &privLen)
            != 1
        || EVP_PKEY_get_raw_public_key(
               key.get(), reinterpret_cast<unsigned char *>(pub.data()), &pubLen)
            != 1)
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

Result<QString> signRunbook(const QString &runbookPath, const QString &secretKeyPath)
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
    PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                 reinterpret_cast<const unsigned char *>(priv.constData()), 32),
        &EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray sig(64, 0);
    size_t sigLen = 64;
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &sigLen,
               reinterpret_cast<const unsigned char *>(msg.constData()), size_t(msg.size()))
            != 1)
        return fail(Tr::tr("OpenSSL could not sign %1").arg(runbookPath));
    const QString sigPath = runbookPath + QStringLiteral(".sig");
    const QByteArray text = QByteArray(kSigHeader) + "\nkey_id: " + keyId.toLatin1()
        + "\nsignature: " + sig.left(int(sigLen)).toBase64() + '\n';
    if (auto s = writeFile(sigPath, text, false); !s)
        return s.error();
    return sigPath;
}

SignatureStatus verifyRunbook(
    const QString &runbookPath, const QByteArray &text, const QString &trustedKeysDir)
{
    SignatureStatus st;
    QFile sf(runbookPath + QStringLiteral(".sig"));
    if (!sf.exists()) {
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
    PKey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                 reinterpret_cast<const unsigned char *>(pub.constData()), 32),
        &EVP_PKEY_free);
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const int ok
        = (key && ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1)
        ? EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(sig.constData()), 64,
            reinterpret_cast<const unsigned char *>(msg.constData()), size_t(msg.size()))
        : -1;
    if (ok == 1) {
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
