#include "db/pgtext.h"

#include <QTimeZone>

namespace qm::db::pgtext {

QDateTime timestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QString s = text.trimmed();
    s.replace(u' ', u'T');
    // The zone suffix: +HH, +HH:MM or +HH:MM:SS; Qt wants +HH:MM.
    const qsizetype tz = qMax(s.lastIndexOf(u'+'), s.lastIndexOf(u'-'));
    if (tz > 10) {
        QString zone = s.mid(tz);
        if (zone.size() == 3)
            zone += QLatin1String(":00");
        else if (zone.size() > 6)
            zone.truncate(6);
        s = s.left(tz) + zone;
    }
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(s, Qt::ISODate);
    return dt.toUTC();
}

QStringList textArray(const QString &text)
{
    QStringList out;
    if (text.size() < 2 || text.front() != u'{' || text.back() != u'}')
        return out;
    const QString body = text.mid(1, text.size() - 2);
    if (body.isEmpty())
        return out;
    QString cur;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < body.size()) {
                cur += body.at(++i);
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            out << cur;
            cur.clear();
            wasQuoted = false;
        } else {
            cur += c;
        }
    }
    if (!cur.isEmpty() || wasQuoted || !out.isEmpty())
        out << cur;
    return out;
}

QString arrayLiteral(const QStringList &items)
{
    QStringList quoted;
    for (QString s : items) {
        s.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        quoted << u'"' + s + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace qm::db::pgtext
