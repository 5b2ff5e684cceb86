#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QMetaType>
#include <QString>
#include <vector>

namespace qm::redis {

// One RESP reply, as a plain value (crosses threads freely).
struct Reply
{
    enum class Type { Nil, Status, Error, Integer, String, Array };
    Type type = Type::Nil;
    qint64 integer = 0;
    QByteArray str; // Status, Error, String
    std::vector<Reply> elements; // Array

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    bool isArray() const { return type == Type::Array; }
    bool isInteger() const { return type == Type::Integer; }
    // String or Status ("OK", "PONG"...): the kinds that carry text for the caller.
    bool isText() const { return type == Type::String || type == Type::Status; }
    QByteArray toByteArray() const { return str; }
    QString toString() const { return QString::fromUtf8(str); }
    // Integer replies, and strings holding a number (INFO fields, GET of a counter); else fallback.
    qint64 toInteger(qint64 fallback = 0) const;
    // The strings of an array reply (KEYS, SCAN's keys, MGET without nils).
    QByteArrayList toByteArrayList() const;
    // For an Error reply: its first word ("WRONGTYPE", "NOAUTH", "ERR").
    QByteArray errorPrefix() const;

    // A short, readable rendering for logs and test failures (redis-cli style, truncated).
    QString describe(int maxChars = 200) const;

    static Reply nil() { return {}; }
    static Reply status(QByteArray s) { return make(Type::Status, std::move(s)); }
    static Reply error(QByteArray s) { return make(Type::Error, std::move(s)); }
    static Reply string(QByteArray s) { return make(Type::String, std::move(s)); }
    static Reply fromInteger(qint64 v)
    {
        Reply r;
        r.type = Type::Integer;
        r.integer = v;
        return r;
    }
    static Reply array(std::vector<Reply> items)
    {
        Reply r;
        r.type = Type::Array;
        r.elements = std::move(items);
        return r;
    }

    friend bool operator==(const Reply &a, const Reply &b)
    {
        return a.type == b.type && a.integer == b.integer && a.str == b.str
            && a.elements == b.elements;
    }

private:
    static Reply make(Type t, QByteArray s)
    {
        Reply r;
        r.type = t;
        r.str = std::move(s);
        return r;
    }
};

} // namespace qm::redis

Q_DECLARE_METATYPE(qm::redis::Reply)
