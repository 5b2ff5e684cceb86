#include "statscharts.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace qm {

CacheStatsCharts::CacheStatsCharts(QWidget *parent)
    : QWidget(parent)
{
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_hit = makeChart(tr("Hit ratio"), QStringLiteral("%"));
    m_memory = makeChart(tr("Memory"), QStringLiteral("MB"));
    m_ops = makeChart(tr("Operations"), tr("ops/s"));
    for (QChart *c : {m_hit.chart, m_memory.chart, m_ops.chart}) {
        auto *view = new QChartView(c, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
        l->addWidget(view);
    }
}

CacheStatsCharts::Chart CacheStatsCharts::makeChart(const QString &title, const QString &unit)
{
    Chart c;
    c.chart = new QChart;
    c.chart->setTitle(title);
    c.chart->legend()->setAlignment(Qt::AlignBottom);
    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("HH:mm:ss"));
    c.x->setTickCount(3);
    c.y = new QValueAxis;
    c.y->setTitleText(unit);
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    return c;
}

void CacheStatsCharts::push(Chart &c, const QString &node, qint64 atMs, double value)
{
    QLineSeries *s = c.series.value(node);
    if (!s) {
        s = new QLineSeries;
        s->setName(node);
        c.chart->addSeries(s);
        s->attachAxis(c.x);
        s->attachAxis(c.y);
        c.series.insert(node, s);
    }
    QList<QPointF> &h = c.history[node];
    h.append(QPointF(double(atMs), value));
    if (h.size() > kMaxPoints)
        h.remove(0, h.size() - kMaxPoints);
    s->replace(h); // one call, the whole vector: linear, unlike append()

    double lo = 0;
    double hi = 1;
    qint64 from = atMs;
    for (const auto &hist : std::as_const(c.history)) {
        if (hist.isEmpty())
            continue;
        from = std::min<qint64>(from, qint64(hist.first().x()));
        for (const QPointF &p : hist)
            hi = std::max(hi, p.y());
    }
    c.x->setRange(QDateTime::fromMSecsSinceEpoch(from),
        QDateTime::fromMSecsSinceEpoch(std::max(atMs, from + 1000)));
    c.y->setRange(lo, hi * 1.1);
}

void CacheStatsCharts::addSample(const QVector<cache::NodeStats> &stats)
{
    for (const cache::NodeStats &s : stats) {
        if (!s.up)
            continue;
        if (s.hitRatio >= 0)
            push(m_hit, s.node, s.atMs, s.hitRatio * 100);
        push(m_memory, s.node, s.atMs, double(s.usedMemory) / (1024.0 * 1024.0));
        push(m_ops, s.node, s.atMs, s.opsPerSec);
    }
}

void CacheStatsCharts::clear()
{
    for (Chart *c : {&m_hit, &m_memory, &m_ops}) {
        for (QLineSeries *s : std::as_const(c->series)) {
            c->chart->removeSeries(s);
            delete s;
        }
        c->series.clear();
        c->history.clear();
    }
}

int CacheStatsCharts::pointCount(const QString &node) const
{
    return int(m_memory.history.value(node).size());
}

} // namespace qm
