#include "safety/destructiveaction.h"

#include <QJsonArray>

namespace qm::safety {

QString impactKey(Impact impact)
{
    switch (impact) {
    case Impact::Low:
        return QStringLiteral("low");
    case Impact::Medium:
        return QStringLiteral("medium");
    case Impact::High:
        break;
    }
    return QStringLiteral("high");
}

Impact impactForCount(qint64 count)
{
    if (count < 0)
        return Impact::High; // unknown in advance: treat as large
    if (count <= 100)
        return Impact::Low;
    if (count <= 10000)
        return Impact::Medium;
    return Impact::High;
}

QJsonObject errorToJson(const Error &error)
{
    QJsonObject o {{QStringLiteral("code"), Error::codeName(error.code)},
        {QStringLiteral("message"), error.message}};
    if (!error.detail.isEmpty())
        o.insert(QStringLiteral("detail"), error.detail);
    return o;
}

QJsonObject Plan::toJson() const
{
    QJsonObject o {{QStringLiteral("action"), action}, {QStringLiteral("title"), title},
        {QStringLiteral("target"), target}, {QStringLiteral("count"), count},
        {QStringLiteral("count_exact"), countExact},
        {QStringLiteral("sample"), QJsonArray::fromStringList(sample)},
        {QStringLiteral("details"), QJsonArray::fromStringList(details)},
        {QStringLiteral("impact"), impactKey(impact)}};
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    if (refused)
        o.insert(QStringLiteral("refused"), refusal);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

QJsonObject Outcome::toJson() const
{
    QJsonObject o {{QStringLiteral("complete"), complete}, {QStringLiteral("done"), done},
        {QStringLiteral("elapsed_ms"), elapsedMs}};
    if (error)
        o.insert(QStringLiteral("error"), errorToJson(*error));
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

QJsonObject Verification::toJson() const
{
    QJsonObject o {{QStringLiteral("ok"), ok}, {QStringLiteral("summary"), summary},
        {QStringLiteral("remaining"), remaining}};
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

} // namespace qm::safety
