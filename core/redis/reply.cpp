#include "redis/reply.h"

namespace qm::redis {

qint64 Reply::toInteger(qint64 fallback) const
{
    if (type == Type::Integer)
        return integer;
    if (type == Type::String || type == Type::Status) {
        bool ok = false;
        const qint64 v = str.trimmed().toLongLong(&ok);
        return ok ? v : fallback;
    }
    return fallback;
}

QByteArrayList Reply::toByteArrayList() const
{
    QByteArrayList out;
    out.reserve(qsizetype(elements.size()));
    for (const Reply &e : elements) {
        if (e.isText())
            out.append(e.str);
    }
    return out;
}

QByteArray Reply::errorPrefix() const
{
    if (type != Type::Error)
        return {};
    const qsizetype space = str.indexOf(' ');
    return space < 0 ? str : str.left(space);
}

namespace {

void render(const Reply &r, QString &out, int maxChars)
{
    if (out.size() > maxChars)
        return;
    switch (r.type) {
    case Reply::Type::Nil:
        out += QStringLiteral("(nil)");
        break;
    case Reply::Type::Status:
        out += QString::fromUtf8(r.str);
        break;
    case Reply::Type::Error:
        out += QStringLiteral("(error) ") + QString::fromUtf8(r.str);
        break;
    case Reply::Type::Integer:
        out += QStringLiteral("(integer) %1").arg(r.integer);
        break;
    case Reply::Type::String:
        out += u'"';
        for (char c : r.str) {
            const auto u = static_cast<unsigned char>(c);
            if (u == '"' || u == '\\') {
                out += u'\\';
                out += QChar(u);
            } else if (u >= 0x20 && u < 0x7f)
                out += QChar(u);
            else
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QChar(u'0'));
            if (out.size() > maxChars)
                break;
        }
        out += u'"';
        break;
    case Reply::Type::Array:
        out += u'[';
        for (size_t i = 0; i < r.elements.size() && out.size() <= maxChars; ++i) {
            if (i)
                out += QStringLiteral(", ");
            render(r.elements[i], out, maxChars);
        }
        out += u']';
        break;
    }
}

} // namespace

QString Reply::describe(int maxChars) const
{
    QString out;
    render(*this, out, maxChars);
    if (out.size() > maxChars) {
        out.truncate(maxChars);
        out += QStringLiteral("...");
    }
    return out;
}

} // namespace qm::redis
