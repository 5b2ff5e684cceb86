#pragma once

#include <QByteArray>
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
    QByteArray str;              // Status, Error, String
    std::vector<Reply> elements; // Array

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    QByteArray toByteArray() const { return str; }
    QString toString() const { return QString::fromUtf8(str); }
};

} // namespace qm::redis

Q_DECLARE_METATYPE(qm::redis::Reply)
