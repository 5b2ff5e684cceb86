#include "ordersfilter.h"

#include <QDateTime>
#include <QJsonArray>

namespace qm::orders {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QString param(std::vector<std::string> *params, const QString &value)
{
    params->push_back(value.toStdString());
    return u'$' + QString::number(params->size());
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

QString textArray(const QStringList &list)
{
    QStringList quoted;
    for (QString s : list) {
        s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        quoted << u'"' + s + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace

bool OrdersFilter::isEmpty() const
{
    return *this == OrdersFilter();
}

bool OrdersFilter::operator==(const OrdersFilter &o) const
{
    return statuses == o.statuses && channels == o.channels && minCents == o.minCents
        && maxCents == o.maxCents && customer == o.customer && fromUs == o.fromUs && toUs == o.toUs
        && lastHours == o.lastHours;
}

bool OrdersFilter::matches(const OrderRow &r, qint64 nowUs) const
{
    if (!statuses.isEmpty() && !statuses.contains(r.status))
        return false;
    if (!channels.isEmpty() && !channels.contains(r.channel))
        return false;
    if (minCents >= 0 && r.totalCents < minCents)
        return false;
    if (maxCents >= 0 && r.totalCents > maxCents)
        return false;
    const QString c = customer.trimmed();
    if (!c.isEmpty() && !r.customerEmail.contains(c, Qt::CaseInsensitive)
        && !r.customerName.contains(c, Qt::CaseInsensitive))
        return false;
    if (lastHours > 0)
        return r.createdAtUs >= nowUs - qint64(lastHours) * 3600 * 1000000;
    if (fromUs > 0 && r.createdAtUs < fromUs)
        return false;
    if (toUs > 0 && r.createdAtUs >= toUs)
        return false;
    return true;
}

QString OrdersFilter::sqlConditions(std::vector<std::string> *params) const
{
    QString sql;
    if (!statuses.isEmpty())
        sql += QStringLiteral(" AND o.status = ANY (%1::text[])")
                   .arg(param(params, textArray(statuses)));
    if (!channels.isEmpty())
        sql += QStringLiteral(" AND o.channel = ANY (%1::text[])")
                   .arg(param(params, textArray(channels)));
    if (minCents >= 0)
        sql += QStringLiteral(" AND o.total >= %1::numeric")
                   .arg(param(params, centsToText(minCents)));
    if (maxCents >= 0)
        sql += QStringLiteral(" AND o.total <= %1::numeric")
                   .arg(param(params, centsToText(maxCents)));
    const QString c = customer.trimmed();
    if (!c.isEmpty()) {
        const QString p = param(params, likePattern(c));
        sql += QStringLiteral(" AND (o.customer_email ILIKE %1 OR o.customer_name ILIKE %1)")
                   .arg(p);
    }
    auto ts = [params](qint64 us) {
        return QStringLiteral("(timestamptz 'epoch' + %1::bigint * interval '1 microsecond')")
            .arg(param(params, QString::number(us)));
    };
    if (lastHours > 0) {
        sql += QStringLiteral(" AND o.created_at >= now() - %1::int * interval '1 hour'")
                   .arg(param(params, QString::number(lastHours)));
    } else {
        if (fromUs > 0)
            sql += QStringLiteral(" AND o.created_at >= ") + ts(fromUs);
        if (toUs > 0)
            sql += QStringLiteral(" AND o.created_at < ") + ts(toUs);
    }
    return sql;
}

QJsonObject OrdersFilter::toJson() const
{
    QJsonObject o;
    if (!statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), toArray(statuses));
    if (!channels.isEmpty())
        o.insert(QStringLiteral("channels"), toArray(channels));
    if (minCents >= 0)
        o.insert(QStringLiteral("min"), centsToText(minCents));
    if (maxCents >= 0)
        o.insert(QStringLiteral("max"), centsToText(maxCents));
    if (!customer.isEmpty())
        o.insert(QStringLiteral("customer"), customer);
    if (fromUs > 0)
        o.insert(QStringLiteral("from_us"), QString::number(fromUs));
    if (toUs > 0)
        o.insert(QStringLiteral("to_us"), QString::number(toUs));
    if (lastHours > 0)
        o.insert(QStringLiteral("last_hours"), lastHours);
    return o;
}

OrdersFilter OrdersFilter::fromJson(const QJsonObject &o)
{
    OrdersFilter f;
    f.statuses = fromArray(o.value(QStringLiteral("statuses")));
    f.channels = fromArray(o.value(QStringLiteral("channels")));
    qint64 cents = 0;
    if (parseMoneyText(o.value(QStringLiteral("min")).toString(), &cents))
        f.minCents = cents;
    if (parseMoneyText(o.value(QStringLiteral("max")).toString(), &cents))
        f.maxCents = cents;
    f.customer = o.value(QStringLiteral("customer")).toString();
    f.fromUs = o.value(QStringLiteral("from_us")).toString().toLongLong();
    f.toUs = o.value(QStringLiteral("to_us")).toString().toLongLong();
    f.lastHours = o.value(QStringLiteral("last_hours")).toInt();
    return f;
}

QString OrdersFilter::describe() const
{
    QStringList parts;
    if (!statuses.isEmpty()) {
        QStringList labels;
        for (const QString &s : statuses)
            labels << statusLabel(s);
        parts << labels.join(QStringLiteral(", "));
    }
    if (!channels.isEmpty())
        parts << channels.join(QStringLiteral(", "));
    if (minCents >= 0)
        parts << tr("≥ %1").arg(centsToText(minCents));
    if (maxCents >= 0)
        parts << tr("≤ %1").arg(centsToText(maxCents));
    if (!customer.isEmpty())
        parts << tr("customer “%1”").arg(customer);
    if (lastHours > 0)
        parts << tr("last %n hour(s)", nullptr, lastHours);
    if (fromUs > 0)
        parts << tr("from %1").arg(
            QDateTime::fromMSecsSinceEpoch(fromUs / 1000).toString(Qt::ISODate));
    if (toUs > 0)
        parts << tr("until %1")
                     .arg(QDateTime::fromMSecsSinceEpoch(toUs / 1000).toString(Qt::ISODate));
    return parts.isEmpty() ? tr("All orders") : parts.join(QStringLiteral(" · "));
}

QStringList OrdersFilter::allStatuses()
{
    return {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("picking"),
        QStringLiteral("shipped"), QStringLiteral("delivered"), QStringLiteral("cancelled"),
        QStringLiteral("refunded")};
}

QStringList OrdersFilter::allChannels()
{
    return {QStringLiteral("web"), QStringLiteral("app"), QStringLiteral("marketplace")};
}

QString OrdersFilter::statusLabel(const QString &status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("picking"))
        return tr("Picking");
    if (status == QLatin1String("shipped"))
        return tr("Shipped");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

} // namespace qm::orders
