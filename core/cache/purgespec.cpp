#include "cache/purgespec.h"

#include <QJsonArray>

namespace qm::cache {

RedisPurgeSpec RedisPurgeSpec::byPattern(QByteArray pattern)
{
    RedisPurgeSpec s;
    s.kind = Kind::Pattern;
    s.pattern = std::move(pattern);
    return s;
}

RedisPurgeSpec RedisPurgeSpec::byTag(QByteArray tag)
{
    RedisPurgeSpec s;
    s.kind = Kind::Tag;
    s.tag = std::move(tag);
    return s;
}

RedisPurgeSpec RedisPurgeSpec::byProduct(QByteArray productId)
{
    RedisPurgeSpec s;
    s.kind = Kind::Product;
    s.productId = std::move(productId);
    return s;
}

QByteArray RedisPurgeSpec::tagKey() const
{
    switch (kind) {
    case Kind::Tag:
        return "tag:" + tag;
    case Kind::Product:
        return "tag:product:" + productId;
    case Kind::Pattern:
        break;
    }
    return {};
}

QString RedisPurgeSpec::target() const
{
    switch (kind) {
    case Kind::Pattern:
        return QString::fromUtf8(pattern);
    case Kind::Tag:
        return QString::fromUtf8(tag);
    case Kind::Product:
        break;
    }
    return QString::fromUtf8(productId);
}

QString RedisPurgeSpec::actionName() const
{
    switch (kind) {
    case Kind::Pattern:
        return QStringLiteral("cache.purge.pattern");
    case Kind::Tag:
        return QStringLiteral("cache.purge.tag");
    case Kind::Product:
        break;
    }
    return QStringLiteral("cache.purge.product");
}

QJsonObject RedisPurgeSpec::toJson() const
{
    QJsonObject o;
    switch (kind) {
    case Kind::Pattern:
        // Base64 too: a pattern may hold bytes that are not UTF-8.
        o.insert(QStringLiteral("pattern"), QString::fromUtf8(pattern));
        o.insert(QStringLiteral("pattern_base64"), QString::fromLatin1(pattern.toBase64()));
        break;
    case Kind::Tag:
        o.insert(QStringLiteral("tag"), QString::fromUtf8(tag));
        break;
    case Kind::Product:
        o.insert(QStringLiteral("product"), QString::fromUtf8(productId));
        break;
    }
    o.insert(QStringLiteral("unlock_protected"), unlockProtected);
    return o;
}

} // namespace qm::cache
