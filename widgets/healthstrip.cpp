#include "healthstrip.h"

#include "healthmodel.h"
#include "statusdot.h"

#include <QHBoxLayout>

namespace qm {

HealthStrip::HealthStrip(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("healthStrip"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    clear();
}

void HealthStrip::setThresholds(const HealthThresholds &limits)
{
    m_limits = limits;
    show(itemsFor(m_snapshot));
}

void HealthStrip::clear()
{
    m_snapshot = {};
    show(itemsFor(m_snapshot));
}

void HealthStrip::setSnapshot(const HealthSnapshot &snapshot)
{
    m_snapshot = snapshot;
    show(itemsFor(snapshot));
}

QVector<HealthStrip::Item> HealthStrip::itemsFor(const HealthSnapshot &s) const
{
    QVector<Item> items;
    auto tip = [](const QString &role, const QString &name, bool up, const QString &error,
                   const QString &facts) {
        QString t
            = QStringLiteral("<b>%1</b> %2<br>").arg(role.toHtmlEscaped(), name.toHtmlEscaped());
        t += up ? facts.toHtmlEscaped()
                : (error.isEmpty() ? tr("Not checked yet") : error).toHtmlEscaped();
        return t;
    };
    const QVector<db::NodeStatus> replicas = s.replicas();
    if (const db::NodeStatus *p = s.primary()) {
        Item it;
        it.level = healthLevel(*p, m_limits);
        it.text = p->up ? tr("Primary %1").arg(formatMs(p->roundTripMs)) : tr("Primary down");
        it.toolTip = tip(tr("Primary"), p->name, p->up, p->error,
            tr("Round trip %1 · WAL %2").arg(formatMs(p->roundTripMs), p->walLsn));
        items.append(it);
    } else if (!s.nodes.isEmpty()) {
        Item it; // no node claims the primary role: it is down or not discovered yet
        it.level = HealthLevel::Down;
        it.text = tr("No primary");
        QStringList errors;
        for (const db::NodeStatus &n : s.nodes)
            errors << n.name + QStringLiteral(": ") + (n.error.isEmpty() ? tr("up") : n.error);
        it.toolTip = tr("No server answers as the primary.") + QStringLiteral("<br>")
            + errors.join(QStringLiteral("<br>")).toHtmlEscaped();
        items.append(it);
    }
    int n = 0;
    for (const db::NodeStatus &r : replicas) {
        if (r.primary)
            continue;
        ++n;
        const QString label = replicas.size() > 1 ? tr("Replica %1").arg(n) : tr("Replica");
        Item it;
        it.level = healthLevel(r, m_limits);
        it.text = r.up ? tr("%1 lag %2").arg(label, formatLag(r.lagSeconds, -1))
                       : tr("%1 down").arg(label);
        it.toolTip = tip(label, r.name, r.up, r.error,
            tr("Lag %1 · round trip %2")
                .arg(formatLag(r.lagSeconds, r.lagBytes), formatMs(r.roundTripMs)));
        items.append(it);
    }
    if (s.redis.configured) {
        Item it;
        it.level = healthLevel(s.redis, m_limits);
        it.text = s.redis.up ? tr("Redis %1").arg(formatMs(s.redis.roundTripMs)) : tr("Redis down");
        it.toolTip = tip(tr("Redis"), s.redis.name, s.redis.up, s.redis.error,
            tr("PING round trip %1").arg(formatMs(s.redis.roundTripMs)));
        items.append(it);
    }
    if (items.isEmpty()) {
        Item it;
        it.text = tr("Not connected");
        it.toolTip = tr("Open a connection profile to see the servers' health.");
        items.append(it);
    }
    return items;
}

void HealthStrip::show(const QVector<Item> &items)
{
    while (m_dots.size() < items.size()) {
        auto *dot = new StatusDot(this);
        m_layout->addWidget(dot);
        m_dots.append(dot);
    }
    while (m_dots.size() > items.size())
        delete m_dots.takeLast();
    for (int i = 0; i < items.size(); ++i) {
        m_dots[i]->setState(items[i].level, items[i].text);
        m_dots[i]->setToolTip(items[i].toolTip);
    }
    m_items = items;
    Q_EMIT changed();
}

bool HealthStrip::primaryUp() const
{
    return m_snapshot.primaryUp();
}

QString HealthStrip::itemText(int i) const
{
    return m_items.value(i).text;
}
QString HealthStrip::itemToolTip(int i) const
{
    return m_items.value(i).toolTip;
}
HealthLevel HealthStrip::itemLevel(int i) const
{
    return m_items.value(i).level;
}

} // namespace qm
