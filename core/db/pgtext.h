#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <pqxx/pqxx>

// PostgreSQL text output -> Qt values (for rows read on workers).
namespace qm::db::pgtext {

inline QString str(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str(), qsizetype(f.size()));
}
inline qint64 i64(const pqxx::field &f)
{
    return f.is_null() ? 0 : f.as<long long>();
}
inline bool boolean(const pqxx::field &f)
{
    return !f.is_null() && f.c_str()[0] == 't';
}

// "2026-11-26 02:54:00.123+00" / "...+05:30" (ISO DateStyle) -> QDateTime (UTC).
QDateTime timestamp(const QString &text);
inline QDateTime timestamp(const pqxx::field &f)
{
    return timestamp(str(f));
}

// One-dimensional text[] output: {a,"b c","q\"x"} -> list.
QStringList textArray(const QString &text);
inline QStringList textArray(const pqxx::field &f)
{
    return textArray(str(f));
}

// A list as a text[] input literal (every element quoted).
QString arrayLiteral(const QStringList &items);

} // namespace qm::db::pgtext
