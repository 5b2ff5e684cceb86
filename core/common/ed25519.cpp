#include "common/ed25519.h"

#include <QCryptographicHash>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace qm::ed25519 {

namespace {

using Bio = std::unique_ptr<BIO, decltype(&BIO_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

KeyPtr own(EVP_PKEY *key)
{
    return key ? KeyPtr(key, [](EVP_PKEY *k) { EVP_PKEY_free(k); }) : KeyPtr();
}

// OpenSSL's error queue as text (and emptied: a later call must not see this failure).
QString takeError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (e == 0)
        return {};
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

KeyPtr failed(QString *why)
{
    const QString text = takeError();
    if (why)
        *why = text;
    return {};
}

KeyPtr checked(EVP_PKEY *key, QString *why)
{
    if (!key)
        return failed(why);
    if (why)
        why->clear();
    return own(key);
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

QByteArray fromBio(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, qsizetype(n)) : QByteArray();
}

QByteArray raw(const KeyPtr &key, bool privatePart)
{
    if (!key)
        return {};
    const auto get = privatePart ? EVP_PKEY_get_raw_private_key : EVP_PKEY_get_raw_public_key;
    size_t len = 0;
    if (get(key.get(), nullptr, &len) != 1) {
        ERR_clear_error();
        return {};
    }
    QByteArray out(qsizetype(len), '\0');
    if (get(key.get(), reinterpret_cast<unsigned char *>(out.data()), &len) != 1) {
        ERR_clear_error();
        return {};
    }
    out.resize(qsizetype(len));
    return out;
}

} // namespace

KeyPtr generate(QString *why)
{
    return checked(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), why);
}

KeyPtr fromRawPrivate(const QByteArray &raw, QString *why)
{
    if (raw.size() != kKeyBytes) {
        if (why)
            *why = QStringLiteral("an Ed25519 private key has 32 bytes, not %1").arg(raw.size());
        return {};
    }
    return checked(
        EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(raw), kKeyBytes), why);
}

KeyPtr fromRawPublic(const QByteArray &raw, QString *why)
{
    if (raw.size() != kKeyBytes) {
        if (why)
            *why = QStringLiteral("an Ed25519 public key has 32 bytes, not %1").arg(raw.size());
        return {};
    }
    return checked(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), kKeyBytes), why);
}

KeyPtr fromPrivatePem(const QByteArray &pem, QString *why)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    if (!bio)
        return failed(why);
    return checked(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), why);
}

KeyPtr fromPublicPem(const QByteArray &pem, QString *why)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())), &BIO_free);
    if (!bio)
        return failed(why);
    return checked(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr), why);
}

bool isEd25519(const KeyPtr &key)
{
    return key && EVP_PKEY_get_id(key.get()) == EVP_PKEY_ED25519;
}

QByteArray rawPrivate(const KeyPtr &key)
{
    return raw(key, true);
}

QByteArray rawPublic(const KeyPtr &key)
{
    return raw(key, false);
}

QByteArray privatePem(const KeyPtr &key)
{
    if (!key || rawPrivate(key).isEmpty())
        return {};
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
            != 1) {
        ERR_clear_error();
        return {};
    }
    return fromBio(bio.get());
}

QByteArray publicPem(const KeyPtr &key)
{
    if (!key)
        return {};
    Bio bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.get()) != 1) {
        ERR_clear_error();
        return {};
    }
    return fromBio(bio.get());
}

QString fingerprint(const QByteArray &rawPublicKey)
{
    if (rawPublicKey.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(rawPublicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray sign(const KeyPtr &key, const QByteArray &message, QString *why)
{
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    QByteArray sig(kSignatureBytes, '\0');
    size_t len = size_t(sig.size());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
               bytes(message), size_t(message.size()))
            != 1) {
        failed(why);
        return {};
    }
    sig.resize(qsizetype(len));
    return sig;
}

bool verify(const KeyPtr &key, const QByteArray &message, const QByteArray &signature)
{
    if (!key || signature.isEmpty())
        return false;
    MdCtx ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    const bool ok = ctx
        && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(ctx.get(), bytes(signature), size_t(signature.size()), bytes(message),
               size_t(message.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

} // namespace qm::ed25519
