// The Capacity workspace's two presets: which charts and series each shows, and the grid of charts
// (each with its saturation line) that one preset is, wired to the page's shared range and cursor.
#include "capacity/capacitypage.h"
#include "capacity/timechart.h"

#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace qm {

std::vector<CapacityPage::ChartSpec> CapacityPage::presetCharts(Preset preset)
{
    const double mib = 1.0 / (1024.0 * 1024.0);
    if (preset == Preset::Business)
        return {
            {QStringLiteral("orders"), tr("Orders per minute"),
                {{QStringLiteral("biz.orders_per_min"), tr("Orders/min"), QStringLiteral("/min")},
                    {QStringLiteral("biz.orders_expected"), tr("Expected"), QStringLiteral("/min"),
                        1.0, true}}},
            {QStringLiteral("checkout"), tr("Checkout latency (p95 and mean)"),
                {{QStringLiteral("biz.checkout_p95_s"), tr("Checkout p95"), QStringLiteral("s")},
                    {QStringLiteral("biz.checkout_mean_s"), tr("Checkout mean"),
                        QStringLiteral("s")}}},
            {QStringLiteral("payments"), tr("Payment failure rate"),
                {{QStringLiteral("biz.payment_failure"), tr("Failed payments"),
                    QStringLiteral("%")}}},
            {QStringLiteral("backlog"), tr("Order queue backlog"),
                {{QStringLiteral("biz.queue_backlog"), tr("Messages waiting"), QString()}}},
        };
    return {
        {QStringLiteral("connections"), tr("DB connections"),
            {{QStringLiteral("pg.connections"), tr("Connections"), QString()}}},
        {QStringLiteral("tps"), tr("Transactions per second"),
            {{QStringLiteral("pg.tps"), tr("TPS"), QStringLiteral("/s")}}},
        {QStringLiteral("lag"), tr("Replication lag"),
            {{QStringLiteral("pg.replication_lag_s"), tr("Lag"), QStringLiteral("s")}}},
        {QStringLiteral("cpu"), tr("CPU"),
            {{QStringLiteral("node.cpu"), tr("CPU busy"), QStringLiteral("%")}}},
        {QStringLiteral("redis_memory"), tr("Redis memory"),
            {{QStringLiteral("redis.memory"), tr("Used memory"), QStringLiteral("MiB"), mib}}},
        {QStringLiteral("redis_hits"), tr("Redis hit ratio"),
            {{QStringLiteral("redis.hit_ratio"), tr("Hit ratio"), QStringLiteral("%")}}},
    };
}

QWidget *CapacityPage::buildPreset(Preset preset)
{
    auto *page = new QWidget(m_presets);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    std::vector<ChartView> &list = views(preset);
    const std::vector<ChartSpec> specs = presetCharts(preset);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        ChartView v;
        v.spec = specs[i];
        v.cell = new QWidget(page);
        auto *cellLayout = new QVBoxLayout(v.cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(0);
        v.chart = new TimeChart(v.spec.title, v.cell);
        v.chart->setObjectName(v.spec.key);
        for (const SeriesSpec &s : v.spec.series) {
            capacity::SeriesInfo info;
            info.id = s.id;
            info.label = s.label;
            info.unit = s.unit;
            v.chart->addSeries(info, s.dashed);
        }
        v.saturation = new QLabel(v.cell);
        v.saturation->setWordWrap(true);
        v.saturation->setTextFormat(Qt::PlainText);
        QFont small = v.saturation->font();
        small.setPointSizeF(std::max(7.0, small.pointSizeF() - 1));
        v.saturation->setFont(small);
        v.saturation->hide();
        cellLayout->addWidget(v.chart, 1);
        cellLayout->addWidget(v.saturation);
        grid->addWidget(v.cell, int(i / 2), int(i % 2));
        TimeChart *chart = v.chart;
        connect(chart, &TimeChart::rangeChangedByUser, this, [this](qint64 from, qint64 to) {
            setLive(false);
            setRangeAll(from, to);
            m_refetch.start();
        });
        connect(chart, &TimeChart::cursorMoved, this, &CapacityPage::setCursorAll);
        connect(chart, &TimeChart::annotationClicked, this, &CapacityPage::showAnnotation);
        connect(chart, &TimeChart::homeRequested, this, [this] {
            setLive(true);
            refresh();
        });
        connect(chart, &TimeChart::activated, this, [this, chart] { m_current = chart; });
        list.push_back(std::move(v));
    }
    for (int r = 0; r < (int(specs.size()) + 1) / 2; ++r)
        grid->setRowStretch(r, 1);
    return page;
}

} // namespace qm
