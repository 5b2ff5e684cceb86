#include "audit/checkpoint.h"

#include "common/ed25519.h"

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

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace qm::audit {

namespace {

Error keyError(const QString &message, const QString &detail = {})
{
    return Error {Error::Code::InvalidInput, message, detail, {}};
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
    QString why;
    ed25519::KeyPtr k = ed25519::generate(&why);
    if (!k)
        return keyError(tr("Could not generate an Ed25519 key."), why);
    Ed25519Key key;
    key.m_key = k;
    key.m_private = true;
    return key;
}

Result<Ed25519Key> Ed25519Key::fromPrivatePem(const QByteArray &pem)
{
    QString why;
    ed25519::KeyPtr k = ed25519::fromPrivatePem(pem, &why);
    if (!k)
        return keyError(tr("This is not a PEM private key."), why);
    if (!ed25519::isEd25519(k))
        return keyError(tr("This private key is not an Ed25519 key."));
    Ed25519Key key;
    key.m_key = k;
    key.m_private = true;
    return key;
}

Result<Ed25519Key> Ed25519Key::fromPublicPem(const QByteArray &pem)
{
    QString why;
    ed25519::KeyPtr k = ed25519::fromPublicPem(pem, &why);
    if (!k)
        return keyError(tr("This is not a PEM public key."), why);
    if (!ed25519::isEd25519(k))
        return keyError(tr("This public key is not an Ed25519 key."));
    Ed25519Key key;
    key.m_key = k;
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
    return ed25519::privatePem(m_key);
}

QByteArray Ed25519Key::publicPem() const
{
    return ed25519::publicPem(m_key);
}

QByteArray Ed25519Key::rawPublic() const
{
    return ed25519::rawPublic(m_key);
}

QString Ed25519Key::fingerprint() const
{
    return ed25519::fingerprint(rawPublic());
}

Result<QByteArray> Ed25519Key::sign(const QByteArray &message) const
{
    if (!m_key || !m_private)
        return keyError(tr("This key cannot sign: it is a public key."), QStringLiteral("-"));
    QString why;
    const QByteArray sig = ed25519::sign(m_key, message, &why);
    if (sig.isEmpty())
        return keyError(tr("Signing failed."), why);
    return sig;
}

bool Ed25519Key::verify(const QByteArray &message, const QByteArray &signature) const
{
    return ed25519::verify(m_key, message, signature);
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
