#include "audit/checkpoint.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qm::audit {

namespace {

std::shared_ptr<evp_pkey_st> own(EVP_PKEY *key)
{
    return std::shared_ptr<evp_pkey_st>(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); });
}

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return {};
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

Error keyError(const QString &message, const QString &detail = {})
{
    return Error {
        Error::Code::InvalidInput, message, detail.isEmpty() ? opensslError() : detail, {}};
}

QByteArray fromBio(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, int(n)) : QByteArray();
}

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error {Error::Code::Io, Ed25519Key::tr("Cannot read the key file %1.").arg(path),
            f.errorString(), {}};
    if (f.size() > 64 * 1024)
        return Error {Error::Code::InvalidInput,
            Ed25519Key::tr("%1 is too large to be a key file.").arg(path), {}, {}};
    return f.readAll();
}

} // namespace

Result<Ed25519Key> Ed25519Key::generate()
{
    EVP_PKEY *k = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    if (!k)
        return keyError(tr("Could not generate an Ed25519 key."));
    Ed25519Key key;
    key.m_key = own(k);
    key.m_private = true;
    return key;
}

Result<Ed25519Key> Ed25519Key::fromPrivatePem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    EVP_PKEY *k = bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!k)
        return keyError(tr("This is not a PEM private key."));
    auto owned = own(k);
    if (EVP_PKEY_get_id(k) != EVP_PKEY_ED25519)
        return keyError(tr("This private key is not an Ed25519 key."), QString());
    Ed25519Key key;
    key.m_key = owned;
    key.m_private = true;
    return key;
}

Result<Ed25519Key> Ed25519Key::fromPublicPem(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    EVP_PKEY *k = bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr;
    if (!k)
        return keyError(tr("This is not a PEM public key."));
    auto owned = own(k);
    if (EVP_PKEY_get_id(k) != EVP_PKEY_ED25519)
        return keyError(tr("This public key is not an Ed25519 key."), QString());
    Ed25519Key key;
    key.m_key = owned;
    return key;
}

Result<Ed25519Key> Ed25519Key::loadPrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 && (st.st_mode & 077) != 0) {
        return Error {Error::Code::PermissionDenied,
            tr("The signing key %1 is readable by other users: run chmod 600 on it (and "
               "consider it known to them).")
                .arg(path),
            {}, {}};
    }
#endif
    const Result<QByteArray> pem = readSmallFile(path);
    if (!pem)
        return pem.error();
    Result<Ed25519Key> key = fromPrivatePem(*pem);
    if (!key)
        return Error {
            key.error().code, tr("%1: %2").arg(path, key.error().message), key.error().detail, {}};
    return key;
}

Result<Ed25519Key> Ed25519Key::loadPublic(const QString &path)
{
    const Result<QByteArray> pem = readSmallFile(path);
    if (!pem)
        return pem.error();
    Result<Ed25519Key> key = fromPublicPem(*pem);
    if (!key)
        return Error {
            key.error().code, tr("%1: %2").arg(path, key.error().message), key.error().detail, {}};
    return key;
}

QByteArray Ed25519Key::privatePem() const
{
    if (!m_key || !m_private)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1)
        return {};
    return fromBio(bio.get());
}

QByteArray Ed25519Key::publicPem() const
{
    if (!m_key)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), m_key.get()) != 1)
        return {};
    return fromBio(bio.get());
}

QByteArray Ed25519Key::rawPublic() const
{
    if (!m_key)
        return {};
    size_t len = 0;
    if (EVP_PKEY_get_raw_public_key(m_key.get(), nullptr, &len) != 1)
        return {};
    QByteArray raw(int(len), '\0');
    if (EVP_PKEY_get_raw_public_key(
            m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &len)
        != 1)
        return {};
    raw.resize(int(len));
    return raw;
}

QString Ed25519Key::fingerprint() const
{
    const QByteArray raw = rawPublic();
    if (raw.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().left(16));
}

Result<QByteArray> Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_key || !m_private)
        return keyError(tr("This key cannot sign: it is a public key."), QStringLiteral("-"));
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t len = 0;
    const auto *msg = reinterpret_cast<const unsigned char *>(message.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, msg, size_t(message.size())) != 1)
        return keyError(tr("Signing failed."));
    QByteArray sig(int(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len, msg,
            size_t(message.size()))
        != 1)
        return keyError(tr("Signing failed."));
    sig.resize(int(len));
    return sig;
}

bool Ed25519Key::verify(const QByteArray &message, const QByteArray &signature) const
{
    if (!m_key || signature.isEmpty())
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, m_key.get()) != 1)
        return false;
    const int ok = EVP_DigestVerify(ctx.get(),
        reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()));
    ERR_clear_error();
    return ok == 1;
}

Status writeKeyPair(const Ed25519Key &key, const QString &path)
{
    const QByteArray priv = key.privatePem();
    const QByteArray pub = key.publicPem();
    if (priv.isEmpty() || pub.isEmpty())
        return Error {
            Error::Code::InvalidInput, Ed25519Key::tr("There is no private key to write."), {}, {}};
    const QString pubPath = path + QStringLiteral(".pub");
    if (QFileInfo::exists(path) || QFileInfo::exists(pubPath))
        return Error {Error::Code::InvalidInput,
            Ed25519Key::tr("%1 or %2 exists already: nothing was written (a key is never "
                           "overwritten).")
                .arg(path, pubPath),
            {}, {}};
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return Error {Error::Code::Io, Ed25519Key::tr("Cannot create %1.").arg(path),
            QString::fromLocal8Bit(std::strerror(errno)), {}};
    qint64 written = 0;
    while (written < priv.size()) {
        const ssize_t n = ::write(fd, priv.constData() + written, size_t(priv.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != priv.size() || !synced) {
        QFile::remove(path);
        return Error {Error::Code::Io, Ed25519Key::tr("Cannot write %1.").arg(path), {}, {}};
    }
#else
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || f.write(priv) != priv.size())
        return Error {
            Error::Code::Io, Ed25519Key::tr("Cannot write %1.").arg(path), f.errorString(), {}};
    f.close();
#endif
    QFile p(pubPath);
    if (!p.open(QIODevice::WriteOnly | QIODevice::NewOnly) || p.write(pub) != pub.size())
        return Error {
            Error::Code::Io, Ed25519Key::tr("Cannot write %1.").arg(pubPath), p.errorString(), {}};
    return Done {};
}

bool DatabaseIdentity::sameAs(const DatabaseIdentity &other) const
{
    // A side without the system identifier (qm_contract may not read it) compares the rest.
    const bool system = systemIdentifier.isEmpty() || other.systemIdentifier.isEmpty()
        || systemIdentifier == other.systemIdentifier;
    return system && database == other.database && schema == other.schema;
}

QString DatabaseIdentity::describe() const
{
    return systemIdentifier.isEmpty()
        ? QStringLiteral("%1 (schema %2)").arg(database, schema)
        : QStringLiteral("%1 (system %2, schema %3)").arg(database, systemIdentifier, schema);
}

namespace {
const QString kFormatKey = QStringLiteral("format");
const QString kSystem = QStringLiteral("system_identifier");
const QString kDatabase = QStringLiteral("database");
const QString kSchema = QStringLiteral("schema");
const QString kId = QStringLiteral("id");
const QString kHash = QStringLiteral("hash");
const QString kAt = QStringLiteral("at");
const QString kSignedAt = QStringLiteral("signed_at");
const QString kKey = QStringLiteral("key");
const QString kSignature = QStringLiteral("signature");
} // namespace

QByteArray Checkpoint::signedMessage() const
{
    // Line-based and explicit: the JSON's formatting (key order, spacing, number form) is not
    // signed, so any tool can rebuild these bytes from the fields.
    QByteArray m;
    const auto line = [&m](const char *name, const QString &value) {
        m += name;
        m += ':';
        m += value.toUtf8();
        m += '\n';
    };
    line("format", QString::fromLatin1(kFormat));
    line("system_identifier", identity.systemIdentifier);
    line("database", identity.database);
    line("schema", identity.schema);
    line("id", QString::number(head.id));
    line("hash", QString::fromLatin1(head.hash.toHex()));
    line("at", head.at);
    line("signed_at", signedAt);
    line("key", keyId);
    return m;
}

bool Checkpoint::signatureValid(const Ed25519Key &publicKey) const
{
    return publicKey.verify(signedMessage(), signature);
}

QJsonObject Checkpoint::toJson() const
{
    return QJsonObject {{kFormatKey, QString::fromLatin1(kFormat)},
        {kSystem, identity.systemIdentifier}, {kDatabase, identity.database},
        {kSchema, identity.schema}, {kId, QString::number(head.id)},
        {kHash, QString::fromLatin1(head.hash.toHex())}, {kAt, head.at}, {kSignedAt, signedAt},
        {kKey, keyId}, {kSignature, QString::fromLatin1(signature.toBase64())}};
}

Result<Checkpoint> Checkpoint::fromJson(const QJsonObject &json)
{
    const auto bad = [](const QString &why) {
        return Error {Error::Code::Protocol, tr("Not an audit checkpoint: %1").arg(why), {}, {}};
    };
    if (json.value(kFormatKey).toString() != QLatin1String(kFormat))
        return bad(tr("the format is not %1").arg(QString::fromLatin1(kFormat)));
    for (const QString &k :
        {kSystem, kDatabase, kSchema, kId, kHash, kAt, kSignedAt, kKey, kSignature}) {
        if (!json.value(k).isString())
            return bad(tr("\"%1\" is missing or not a string").arg(k));
    }
    Checkpoint c;
    c.identity.systemIdentifier = json.value(kSystem).toString();
    c.identity.database = json.value(kDatabase).toString();
    c.identity.schema = json.value(kSchema).toString();
    bool ok = false;
    c.head.id = json.value(kId).toString().toLongLong(&ok);
    if (!ok || c.head.id <= 0)
        return bad(tr("\"id\" is not a positive number"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString hash = json.value(kHash).toString();
    if (!hex.match(hash).hasMatch())
        return bad(tr("\"hash\" is not 64 hex digits"));
    c.head.hash = QByteArray::fromHex(hash.toLatin1());
    c.head.at = json.value(kAt).toString();
    c.signedAt = json.value(kSignedAt).toString();
    c.keyId = json.value(kKey).toString();
    const QByteArray sig = json.value(kSignature).toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(sig, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 64)
        return bad(tr("\"signature\" is not a base64 Ed25519 signature"));
    c.signature = decoded.decoded;
    return c;
}

Result<Checkpoint> Checkpoint::make(
    const DatabaseIdentity &identity, const ChainHead &head, const Ed25519Key &key)
{
    Checkpoint c;
    c.identity = identity;
    c.head = head;
    c.signedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    c.keyId = key.fingerprint();
    Result<QByteArray> sig = key.sign(c.signedMessage());
    if (!sig)
        return sig.error();
    c.signature = *sig;
    return c;
}

QString Checkpoint::fileName() const
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    QString db = identity.database;
    db.replace(unsafe, QStringLiteral("_"));
    QString when = signedAt;
    when.remove(u'-').remove(u':').remove(u'.');
    return QStringLiteral("checkpoint-%1-%2-%3.json")
        .arg(db)
        .arg(head.id, 12, 10, QLatin1Char('0'))
        .arg(when);
}

Result<QString> writeCheckpoint(Checkpoint checkpoint, const QString &dir)
{
    if (dir.isEmpty())
        return Error {
            Error::Code::InvalidInput, Checkpoint::tr("No checkpoint folder given."), {}, {}};
    if (!QDir().mkpath(dir))
        return Error {Error::Code::Io,
            Checkpoint::tr("Cannot create the checkpoint folder %1.").arg(dir), {}, {}};
    const QString path = QDir(dir).filePath(checkpoint.fileName());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error {Error::Code::Io, Checkpoint::tr("Cannot write the checkpoint %1.").arg(path),
            f.errorString(), {}};
    f.write(QJsonDocument(checkpoint.toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error {Error::Code::Io, Checkpoint::tr("Cannot write the checkpoint %1.").arg(path),
            f.errorString(), {}};
    return path;
}

Result<QVector<CheckpointFile>> readCheckpoints(const QString &dir)
{
    QDir d(dir);
    if (dir.isEmpty() || !d.exists())
        return Error {Error::Code::NotFound,
            Checkpoint::tr("The checkpoint folder %1 does not exist.").arg(dir), {}, {}};
    QVector<CheckpointFile> out;
    const QStringList names
        = d.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        CheckpointFile cf;
        cf.path = d.filePath(name);
        QFile f(cf.path);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024) {
            cf.error = Error {Error::Code::Io,
                Checkpoint::tr("Cannot read %1 (or it is too large to be a checkpoint).")
                    .arg(cf.path),
                f.errorString(), {}};
            out.append(cf);
            continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (!doc.isObject()) {
            cf.error = Error {Error::Code::Protocol,
                Checkpoint::tr("Not an audit checkpoint: not a JSON object"), pe.errorString(), {}};
            out.append(cf);
            continue;
        }
        Result<Checkpoint> c = Checkpoint::fromJson(doc.object());
        if (c) {
            cf.checkpoint = *c;
            cf.checkpoint->file = cf.path;
        } else {
            cf.error = c.error();
        }
        out.append(cf);
    }
    return out;
}

} // namespace qm::audit
