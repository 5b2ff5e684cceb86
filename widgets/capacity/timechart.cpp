#include "capacity/timechart.h"

#include "capacity/downsample.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace qm {

namespace {

const QColor kPalette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x7f, 0x7f, 0x7f),
    QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd), QColor(0xff, 0x7f, 0x0e)};

QColor annotationColor(capacity::Annotation::Kind kind)
{
    switch (kind) {
    case capacity::Annotation::Kind::Purge:
        return QColor(0xd6, 0x27, 0x28);
    case capacity::Annotation::Kind::BulkEdit:
        return QColor(0x94, 0x67, 0xbd);
    case capacity::Annotation::Kind::Switchover:
        return QColor(0xe3, 0x77, 0xc2);
    case capacity::Annotation::Kind::Maintenance:
        return QColor(0x8c, 0x56, 0x4b);
    case capacity::Annotation::Kind::LoadTest:
        return QColor(0x17, 0xbe, 0xcf);
    case capacity::Annotation::Kind::Other:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

QString annotationLetter(capacity::Annotation::Kind kind)
{
    // The marker's one-letter flag; the tooltip says the whole kind.
    return capacity::Annotations::kindName(kind).left(1);
}

} // namespace

QString formatValue(double value, const QString &unit)
{
    if (std::isnan(value))
        return TimeChart::tr("no data");
    const double a = std::abs(value);
    QString number;
    if (a >= 1e6)
        number = QString::number(value / 1e6, 'f', 1) + TimeChart::tr(" M");
    else if (a >= 1e4)
        number = QString::number(value / 1e3, 'f', 1) + TimeChart::tr(" k");
    else if (a >= 100)
        number = QString::number(value, 'f', 0);
    else if (a >= 1)
        number = QString::number(value, 'f', 1);
    else
        number = QString::number(value, 'g', 3);
    if (unit.isEmpty())
        return number;
    if (unit.startsWith(u'/'))
        return number + unit;
    return number + u' ' + unit;
}

TimeChart::TimeChart(const QString &title, QWidget *parent)
    : QChartView(parent)
{
    m_chart = new QChart;
    m_chart->setTitle(title);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    m_chart->setMargins(QMargins(4, 2, 4, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setBackgroundRoundness(0);
    m_x = new QDateTimeAxis;
    m_x->setTickCount(6);
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setTickCount(5);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(260, 170);
    // Only a new plot width changes what is drawn; the y-axis' labels move the plot area too, so
    // reacting to every change could loop (new labels, new area, new labels...).
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (int(plot.width()) != m_drawnColumns)
            QTimer::singleShot(10, this, [this] { scheduleRefresh(); });
    });
}

QLineSeries *TimeChart::makeLine(const QString &name, const QPen &pen, bool inLegend)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->setPen(pen);
    m_chart->addSeries(line);
    line->attachAxis(m_x);
    line->attachAxis(m_y);
    if (!inLegend)
        for (QLegendMarker *marker : m_chart->legend()->markers(line))
            marker->setVisible(false);
    return line;
}

int TimeChart::addSeries(const capacity::SeriesInfo &info, bool dashed)
{
    Slot slot;
    slot.info = info;
    slot.dashed = dashed;
    slot.color = kPalette[m_series.size() % std::size(kPalette)];
    m_series.push_back(std::move(slot));
    return int(m_series.size()) - 1;
}

int TimeChart::indexOf(const QString &seriesId) const
{
    for (std::size_t i = 0; i < m_series.size(); ++i)
        if (m_series[i].info.id == seriesId)
            return int(i);
    return -1;
}

void TimeChart::setData(int index, capacity::TimeSeries data)
{
    if (index < 0 || index >= seriesCount())
        return;
    Slot &slot = m_series[std::size_t(index)];
    slot.data = std::move(data);
    // Room for live samples: a full vector doubles on the next append, copying the whole series
    // inside one tick (8 series of 100,000 points: several ms on the GUI thread).
    const std::size_t room = slot.data.size() + std::max<std::size_t>(4096, slot.data.size() / 4);
    slot.data.t.reserve(room);
    slot.data.v.reserve(room);
    slot.index.build(slot.data.v);
    scheduleRefresh();
}

void TimeChart::appendPoint(int index, qint64 ms, double value)
{
    if (index < 0 || index >= seriesCount())
        return;
    Slot &slot = m_series[std::size_t(index)];
    slot.data.append(ms, value);
    slot.index.update(slot.data.v); // O(1) amortized
    scheduleRefresh();
}

void TimeChart::setThresholds(std::vector<capacity::Threshold> thresholds)
{
    m_thresholds = std::move(thresholds);
    while (m_thresholdLines.size() > qsizetype(m_thresholds.size())) {
        QLineSeries *line = m_thresholdLines.takeLast();
        m_chart->removeSeries(line);
        delete line;
    }
    for (std::size_t i = 0; i < m_thresholds.size(); ++i) {
        if (qsizetype(i) >= m_thresholdLines.size()) {
            QPen pen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine);
            m_thresholdLines.append(makeLine(m_thresholds[i].label, pen, true));
        }
        m_thresholdLines[qsizetype(i)]->setName(m_thresholds[i].label);
    }
    scheduleRefresh();
}

void TimeChart::setForecast(int index, const capacity::Forecast &forecast)
{
    if (index < 0)
        return;
    if (std::size_t(index) >= m_forecasts.size()) {
        if (!forecast.valid())
            return;
        m_forecasts.resize(std::size_t(index) + 1);
    }
    Band &b = m_forecasts[std::size_t(index)];
    b.forecast = forecast;
    const QColor seriesColor = std::size_t(index) < m_series.size()
        ? m_series[std::size_t(index)].color
        : QColor(0xff, 0x7f, 0x0e);
    if (!b.area && forecast.valid()) {
        b.upper = new QLineSeries(this);
        b.lower = new QLineSeries(this);
        b.area = new QAreaSeries(b.upper, b.lower);
        const QString of = std::size_t(index) < m_series.size()
            ? (m_series[std::size_t(index)].info.label.isEmpty()
                    ? m_series[std::size_t(index)].info.id
                    : m_series[std::size_t(index)].info.label)
            : QString();
        b.area->setName(of.isEmpty() ? tr("Forecast band") : tr("Forecast band: %1").arg(of));
        QColor fill = seriesColor;
        fill.setAlpha(55);
        b.area->setBrush(fill);
        b.area->setPen(Qt::NoPen);
        m_chart->addSeries(b.area);
        b.area->attachAxis(m_x);
        b.area->attachAxis(m_y);
        b.mean = makeLine(tr("Forecast"), QPen(seriesColor.darker(130), 1, Qt::DashLine), false);
    }
    if (!b.area)
        return;
    QList<QPointF> upper, lower, mean;
    if (forecast.valid()) {
        upper.reserve(qsizetype(forecast.t.size()));
        lower.reserve(qsizetype(forecast.t.size()));
        mean.reserve(qsizetype(forecast.t.size()));
        for (std::size_t i = 0; i < forecast.t.size(); ++i) {
            upper.append(QPointF(double(forecast.t[i]), forecast.upper[i]));
            lower.append(QPointF(double(forecast.t[i]), forecast.lower[i]));
            mean.append(QPointF(double(forecast.t[i]), forecast.mean[i]));
        }
    }
    b.upper->replace(upper);
    b.lower->replace(lower);
    b.mean->replace(mean);
    b.area->setVisible(forecast.valid());
    for (QLegendMarker *marker : m_chart->legend()->markers(b.area))
        marker->setVisible(forecast.valid());
    scheduleRefresh();
}

void TimeChart::clearForecasts()
{
    for (std::size_t i = 0; i < m_forecasts.size(); ++i)
        setForecast(int(i), capacity::Forecast());
}

int TimeChart::forecastCount() const
{
    return int(std::count_if(
        m_forecasts.begin(), m_forecasts.end(), [](const Band &b) { return b.forecast.valid(); }));
}

const capacity::Forecast &TimeChart::forecast(int index) const
{
    static const capacity::Forecast none;
    return index >= 0 && std::size_t(index) < m_forecasts.size()
        ? m_forecasts[std::size_t(index)].forecast
        : none;
}

void TimeChart::setCrossings(std::vector<qint64> crossingsMs)
{
    m_crossings = std::move(crossingsMs);
    viewport()->update();
}

void TimeChart::setAnnotations(std::vector<capacity::Annotation> annotations)
{
    m_annotations = std::move(annotations);
    viewport()->update();
}

void TimeChart::setRange(qint64 fromMs, qint64 toMs)
{
    applyRange(fromMs, toMs, false);
}

void TimeChart::applyRange(qint64 fromMs, qint64 toMs, bool byUser)
{
    qint64 span = std::clamp(toMs - fromMs, kMinSpanMs, kMaxSpanMs);
    const qint64 mid = fromMs + (toMs - fromMs) / 2;
    if (toMs - fromMs != span) {
        fromMs = mid - span / 2;
        toMs = fromMs + span;
    }
    if (fromMs == m_from && toMs == m_to)
        return;
    m_from = fromMs;
    m_to = toMs;
    scheduleRefresh();
    if (byUser)
        Q_EMIT rangeChangedByUser(m_from, m_to);
}

void TimeChart::zoomBy(double factor, qint64 anchorMs)
{
    if (anchorMs < m_from || anchorMs > m_to)
        anchorMs = m_from + (m_to - m_from) / 2;
    const double left = double(anchorMs - m_from) * factor;
    const double right = double(m_to - anchorMs) * factor;
    applyRange(anchorMs - qint64(left), anchorMs + qint64(right), true);
}

void TimeChart::panBy(double fraction)
{
    const qint64 d = qint64(double(m_to - m_from) * fraction);
    applyRange(m_from + d, m_to + d, true);
}

void TimeChart::setCursorTime(qint64 ms)
{
    if (ms == m_cursor)
        return;
    m_cursor = ms;
    viewport()->update();
}

void TimeChart::setDownsampling(bool on)
{
    m_downsampling = on;
    scheduleRefresh();
}

void TimeChart::scheduleRefresh()
{
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_refreshPending)
            refreshNow();
    });
}

int TimeChart::plotColumns() const
{
    const int w = int(m_chart->plotArea().width());
    return w > 10 ? w : std::max(100, width() - 60);
}

int TimeChart::downsampleBuckets() const
{
    return std::max(50, plotColumns() / 2);
}

void TimeChart::refreshNow()
{
    m_refreshPending = false;
    const int columns = downsampleBuckets();
    m_drawnColumns = int(m_chart->plotArea().width());
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    auto widen = [&](double v) {
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    // First what to draw (each series' runs between gaps) and the axes' ranges, then QtCharts.
    std::vector<QList<QList<QPointF>>> drawn(m_series.size());
    for (std::size_t k = 0; k < m_series.size(); ++k) {
        const Slot &slot = m_series[k];
        QList<QPointF> points;
        if (m_downsampling) {
            points = capacity::minMaxDownsample(slot.data, m_from, m_to, columns, &slot.index);
        } else {
            const auto [a, b] = capacity::visibleRange(slot.data.t, m_from, m_to, true);
            points.reserve(qsizetype(b - a));
            for (std::size_t i = a; i < b; ++i)
                points.append(QPointF(double(slot.data.t[i]), slot.data.v[i]));
        }
        for (const QPointF &p : points)
            widen(p.y());
        drawn[k] = capacity::splitAtGaps(points);
        if (drawn[k].isEmpty())
            drawn[k].append(QList<QPointF>());
    }
    for (const Band &band : m_forecasts) {
        const capacity::Forecast &f = band.forecast;
        if (!f.valid())
            continue;
        const auto [a, b] = capacity::visibleRange(f.t, m_from, m_to, false);
        for (std::size_t i = a; i < b; ++i) {
            widen(f.lower[i]);
            widen(f.upper[i]);
        }
    }
    for (const capacity::Threshold &t : m_thresholds) {
        // A limit far above the data (10x) would flatten it: then it is only in the legend.
        const bool near = std::isfinite(hi)
            ? std::abs(t.value) <= std::max(std::abs(hi), std::abs(lo)) * 10
            : true;
        if (near)
            widen(t.value);
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    const double pad = std::max((hi - lo) * 0.06, std::max(std::abs(hi), 1.0) * 1e-3);
    lo = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
    hi += pad;
    // Round ticks (0, 20, 40 rather than 3.37, 21.3): a step of 1, 2, 2.5 or 5 times a power of 10.
    const double raw = (hi - lo) / 4;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / mag;
    const double step = (norm <= 1            ? 1
                                : norm <= 2   ? 2
                                : norm <= 2.5 ? 2.5
                                : norm <= 5   ? 5
                                              : 10)
        * mag;
    int ticks = m_y->tickCount();
    if (std::isfinite(step) && step > 0) {
        lo = std::floor(lo / step) * step;
        hi = std::ceil(hi / step) * step;
        ticks = std::clamp(int(std::lround((hi - lo) / step)) + 1, 3, 9);
    }
    // A new range makes QtCharts recompute the geometry of every series that has points (for a
    // line: its path and the stroke of its whole path, about 0.4 us a point), and the points
    // replaced below would recompute it once more. Empty series skip that: emptied first, a
    // series' geometry is computed once per refresh (in the live benchmark 7 of 20 ms a tick).
    const bool newRange = m_y->min() != lo || m_y->max() != hi
        || m_x->min().toMSecsSinceEpoch() != m_from || m_x->max().toMSecsSinceEpoch() != m_to;
    if (newRange)
        for (Slot &slot : m_series)
            for (QLineSeries *line : std::as_const(slot.segments))
                if (line->count() > 0)
                    line->clear();
    m_y->setTickCount(ticks);
    m_y->setRange(lo, hi);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    const qint64 span = m_to - m_from;
    m_x->setFormat(
        span <= 36LL * 3600 * 1000 ? QStringLiteral("HH:mm") : QStringLiteral("d MMM HH:mm"));
    for (qsizetype i = 0; i < m_thresholdLines.size(); ++i) {
        const double v = m_thresholds[std::size_t(i)].value;
        m_thresholdLines[i]->replace(
            QList<QPointF> {QPointF(double(m_from), v), QPointF(double(m_to), v)});
    }
    for (std::size_t k = 0; k < m_series.size(); ++k) {
        Slot &slot = m_series[k];
        const QList<QList<QPointF>> &runs = drawn[k];
        while (slot.segments.size() < runs.size()) {
            // A cosmetic one-pixel pen takes the painter's fast path (a wider one is stroked
            // with joins, several times slower for thousands of points).
            QPen pen(slot.color, 1, slot.dashed ? Qt::DashLine : Qt::SolidLine);
            pen.setCosmetic(true);
            slot.segments.append(
                makeLine(slot.info.label.isEmpty() ? slot.info.id : slot.info.label, pen,
                    slot.segments.isEmpty()));
        }
        for (qsizetype i = 0; i < slot.segments.size(); ++i) {
            if (i < runs.size())
                slot.segments[i]->replace(runs[i]);
            else if (slot.segments[i]->count() > 0)
                slot.segments[i]->clear();
        }
    }
    viewport()->update();
}

int TimeChart::drawnPointCount() const
{
    int n = 0;
    for (const Slot &slot : m_series)
        for (const QLineSeries *line : slot.segments)
            n += line->count();
    return n;
}

QRectF TimeChart::plotInViewport() const
{
    const QRectF plot = m_chart->plotArea();
    const QPolygon poly = mapFromScene(m_chart->mapToScene(plot));
    return QRectF(poly.boundingRect());
}

double TimeChart::viewportXAt(qint64 ms) const
{
    const QRectF plot = plotInViewport();
    if (m_to <= m_from)
        return plot.left();
    return plot.left() + double(ms - m_from) / double(m_to - m_from) * plot.width();
}

qint64 TimeChart::msAtViewportX(double x) const
{
    const QRectF plot = plotInViewport();
    if (plot.width() <= 0)
        return m_from;
    return m_from + qint64((x - plot.left()) / plot.width() * double(m_to - m_from));
}

QPoint TimeChart::annotationPoint(int i) const
{
    if (i < 0 || i >= int(m_annotations.size()))
        return QPoint(-1, -1);
    const qint64 at = m_annotations[std::size_t(i)].atMs;
    if (at < m_from || at > m_to)
        return QPoint(-1, -1);
    const QRectF plot = plotInViewport();
    return QPoint(int(std::lround(viewportXAt(at))), int(plot.top() + 8));
}

int TimeChart::annotationAt(const QPoint &pos) const
{
    const QRectF plot = plotInViewport();
    if (pos.y() < plot.top() - 2 || pos.y() > plot.bottom())
        return -1;
    int best = -1;
    double bestD = 5; // pixels either side of a marker
    for (std::size_t i = 0; i < m_annotations.size(); ++i) {
        const qint64 at = m_annotations[i].atMs;
        if (at < m_from || at > m_to)
            continue;
        const double d = std::abs(viewportXAt(at) - pos.x());
        if (d <= bestD) {
            bestD = d;
            best = int(i);
        }
    }
    return best;
}

QString TimeChart::valuesAt(qint64 ms) const
{
    QStringList parts;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms);
    parts << at.toString(m_to - m_from <= 36LL * 3600 * 1000 ? QStringLiteral("HH:mm:ss")
                                                             : QStringLiteral("d MMM HH:mm"));
    for (const Slot &slot : m_series) {
        const auto &t = slot.data.t;
        double v = std::numeric_limits<double>::quiet_NaN();
        if (!t.empty()) {
            auto it = std::lower_bound(t.begin(), t.end(), ms);
            std::size_t i = std::size_t(it - t.begin());
            if (i == t.size() || (i > 0 && ms - t[i - 1] < t[i] - ms))
                i = i == 0 ? 0 : i - 1;
            // Only a sample near the cursor counts (within 2 % of the visible span).
            if (std::abs(t[i] - ms) <= std::max<qint64>((m_to - m_from) / 50, 1000))
                v = slot.data.v[i];
        }
        parts << tr("%1 %2").arg(slot.info.label.isEmpty() ? slot.info.id : slot.info.label,
            formatValue(v, slot.info.unit));
    }
    for (const Band &band : m_forecasts) {
        const capacity::Forecast &f = band.forecast;
        if (!f.valid() || ms <= f.lastMs)
            continue;
        auto it = std::lower_bound(f.t.begin(), f.t.end(), ms);
        if (it != f.t.end()) {
            const std::size_t i = std::size_t(it - f.t.begin());
            parts << tr("forecast %1 (%2 to %3)")
                         .arg(QString::number(f.mean[i], 'g', 4),
                             QString::number(f.lower[i], 'g', 4),
                             QString::number(f.upper[i], 'g', 4));
        }
    }
    return parts.join(QStringLiteral("   "));
}

void TimeChart::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    const QRectF plot = m_chart->mapRectToScene(m_chart->plotArea());
    auto sceneX = [&](qint64 ms) {
        return plot.left()
            + double(ms - m_from) / double(std::max<qint64>(1, m_to - m_from)) * plot.width();
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Annotations: a dashed line and a flag with the kind's letter.
    for (const capacity::Annotation &a : m_annotations) {
        if (a.atMs < m_from || a.atMs > m_to)
            continue;
        const double x = sceneX(a.atMs);
        const QColor c = annotationColor(a.kind);
        painter->setPen(QPen(c, 1, Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QRectF flag(x - 7, plot.top(), 14, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(c);
        painter->drawRoundedRect(flag, 3, 3);
        painter->setPen(Qt::white);
        QFont f = painter->font();
        f.setPointSizeF(std::max(6.0, f.pointSizeF() - 2));
        f.setBold(true);
        painter->setFont(f);
        painter->drawText(flag, Qt::AlignCenter, annotationLetter(a.kind));
    }
    // Threshold crossings: a red triangle on the time axis at each.
    for (qint64 at : m_crossings) {
        if (at < m_from || at > m_to)
            continue;
        const double x = sceneX(at);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xd6, 0x27, 0x28));
        const QPointF tri[3] = {QPointF(x, plot.bottom() - 9), QPointF(x - 5, plot.bottom()),
            QPointF(x + 5, plot.bottom())};
        painter->drawPolygon(tri, 3);
    }
    // Where the history ends and the forecast begins.
    qint64 forecastFrom = -1;
    for (const Band &band : m_forecasts)
        if (band.forecast.valid())
            forecastFrom = std::max(forecastFrom, band.forecast.lastMs);
    if (forecastFrom >= 0 && forecastFrom >= m_from && forecastFrom <= m_to) {
        const double x = sceneX(forecastFrom);
        painter->setPen(QPen(QColor(0xd9, 0x5f, 0x02), 1, Qt::DotLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        QFont f = font();
        f.setPointSizeF(std::max(6.5, f.pointSizeF() - 2));
        painter->setFont(f);
        painter->setPen(QColor(0xd9, 0x5f, 0x02));
        painter->drawText(QPointF(x + 3, plot.bottom() - 4), tr("forecast →"));
    }
    // The crosshair and the values at the cursor.
    if (m_cursor >= m_from && m_cursor <= m_to) {
        const double x = sceneX(m_cursor);
        painter->setPen(QPen(QColor(60, 60, 60, 170), 1));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const QString text = valuesAt(m_cursor);
        QFont f = font();
        f.setPointSizeF(std::max(7.0, f.pointSizeF() - 1));
        painter->setFont(f);
        const QFontMetricsF fm(f);
        const double w = fm.horizontalAdvance(text) + 10;
        double left = x + 6;
        if (left + w > plot.right())
            left = std::max(plot.left(), x - 6 - w);
        const QRectF box(left, plot.top() + 16, w, fm.height() + 4);
        painter->setPen(QColor(120, 120, 120));
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRect(box);
        painter->setPen(Qt::black);
        painter->drawText(box.adjusted(5, 0, -5, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->restore();
}

void TimeChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    scheduleRefresh();
}

void TimeChart::wheelEvent(QWheelEvent *event)
{
    const int dy = event->angleDelta().y();
    if (dy == 0) {
        event->ignore();
        return;
    }
    const double factor = std::pow(0.8, double(dy) / 120.0);
    zoomBy(factor, msAtViewportX(event->position().x()));
    event->accept();
}

void TimeChart::mousePressEvent(QMouseEvent *event)
{
    Q_EMIT activated();
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    const int hit = annotationAt(event->position().toPoint());
    if (hit >= 0) {
        Q_EMIT annotationClicked(m_annotations[std::size_t(hit)].auditId);
        event->accept();
        return;
    }
    m_dragging = true;
    m_dragStart = event->position().toPoint();
    m_dragFrom = m_from;
    m_dragTo = m_to;
    viewport()->setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void TimeChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QRectF plot = plotInViewport();
    if (m_dragging) {
        const double dx = pos.x() - m_dragStart.x();
        const qint64 d
            = plot.width() > 0 ? qint64(-dx / plot.width() * double(m_dragTo - m_dragFrom)) : 0;
        applyRange(m_dragFrom + d, m_dragTo + d, true);
    }
    if (plot.contains(QPointF(pos.x(), plot.center().y()))) {
        const qint64 ms = msAtViewportX(pos.x());
        setCursorTime(ms);
        Q_EMIT cursorMoved(ms);
    } else {
        setCursorTime(-1);
        Q_EMIT cursorMoved(-1);
    }
    const int hit = annotationAt(pos);
    if (hit >= 0) {
        const capacity::Annotation &a = m_annotations[std::size_t(hit)];
        QToolTip::showText(event->globalPosition().toPoint(),
            tr("%1\n%2 · audit entry #%3 (click to open)")
                .arg(capacity::Annotations::summary(a),
                    QDateTime::fromMSecsSinceEpoch(a.atMs).toString(
                        QStringLiteral("d MMM HH:mm:ss")))
                .arg(a.auditId),
            this);
        viewport()->setCursor(Qt::PointingHandCursor);
    } else if (!m_dragging) {
        QToolTip::hideText();
        viewport()->setCursor(Qt::CrossCursor);
    }
    event->accept();
}

void TimeChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging && event->button() == Qt::LeftButton) {
        m_dragging = false;
        viewport()->setCursor(Qt::CrossCursor);
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void TimeChart::leaveEvent(QEvent *event)
{
    setCursorTime(-1);
    Q_EMIT cursorMoved(-1);
    QChartView::leaveEvent(event);
}

void TimeChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(0.5);
        break;
    case Qt::Key_Minus:
        zoomBy(2.0);
        break;
    case Qt::Key_Left:
        panBy(-0.1);
        break;
    case Qt::Key_Right:
        panBy(0.1);
        break;
    case Qt::Key_Home:
        Q_EMIT homeRequested();
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace qm
