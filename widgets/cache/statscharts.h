#pragma once

#include "cache/serverstats.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;
class QDateTimeAxis;

namespace qm {

// Hit ratio, memory and ops/s per node over time. Each sample appends to a bounded history per
// node and hands the whole vector to QLineSeries::replace() (append() is quadratic in Qt 6.4).
class CacheStatsCharts : public QWidget
{
    Q_OBJECT
public:
    explicit CacheStatsCharts(QWidget *parent = nullptr);
    void addSample(const QVector<cache::NodeStats> &stats);
    void clear();
    int pointCount(const QString &node) const;
    static constexpr int kMaxPoints = 900; // 30 minutes at one sample every 2 s

private:
    struct Chart
    {
        QChart *chart = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        QHash<QString, QLineSeries *> series;
        QHash<QString, QList<QPointF>> history;
    };
    Chart makeChart(const QString &title, const QString &unit);
    void push(Chart &c, const QString &node, qint64 atMs, double value);

    Chart m_hit;
    Chart m_memory;
    Chart m_ops;
};

} // namespace qm
