#pragma once

#include "capacity/annotations.h"
#include "capacity/forecast.h"
#include "capacity/minmaxindex.h"
#include "capacity/timeseries.h"
#include "common/result.h"

#include <QChartView>
#include <QColor>
#include <QFuture>
#include <QList>
#include <vector>

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace qm {

// One chart of the Capacity workspace. It keeps every series at full resolution and draws a
// min/max-per-pixel-column copy of the visible x-range (recomputed on zoom, pan and resize, handed
// to QLineSeries::replace in one go), NaN gaps as breaks (one line series per run between gaps),
// threshold lines, a forecast band, audit annotations as vertical markers and a crosshair that
// shows every series' value at the cursor. Wheel zooms around the cursor, dragging pans, keys:
// + - Left Right Home. Charts stacked in a workspace share the x-range and the cursor through
// rangeChangedByUser() / cursorMoved() and setRange() / setCursorTime().
class TimeChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr qint64 kMinSpanMs = 60'000; // the narrowest zoom: one minute
    static constexpr qint64 kMaxSpanMs = 30LL * 24 * 3600 * 1000; // the widest: 30 days

    explicit TimeChart(const QString &title, QWidget *parent = nullptr);

    // Adds a series slot (its info names it in the legend and the crosshair); returns its index.
    int addSeries(const capacity::SeriesInfo &info, bool dashed = false);
    int seriesCount() const { return int(m_series.size()); }
    int indexOf(const QString &seriesId) const;
    void setData(int index, capacity::TimeSeries data);
    void appendPoint(int index, qint64 ms, double value); // live samples, in time order
    const capacity::TimeSeries &data(int index) const { return m_series[std::size_t(index)].data; }
    void setThresholds(std::vector<capacity::Threshold> thresholds);
    const std::vector<capacity::Threshold> &thresholds() const { return m_thresholds; }
    // A forecast band per series (index as addSeries returned); an invalid one clears that band.
    void setForecast(int index, const capacity::Forecast &forecast);
    void setForecast(const capacity::Forecast &forecast) { setForecast(0, forecast); }
    void clearForecasts();
    bool hasForecast() const { return forecastCount() > 0; }
    int forecastCount() const; // series with a valid forecast band
    const capacity::Forecast &forecast(int index) const;
    // Threshold crossings to mark on the time axis (a red triangle at each time).
    void setCrossings(std::vector<qint64> crossingsMs);
    const std::vector<qint64> &crossings() const { return m_crossings; }
    void setAnnotations(std::vector<capacity::Annotation> annotations);
    const std::vector<capacity::Annotation> &annotations() const { return m_annotations; }

    void setRange(qint64 fromMs, qint64 toMs);
    qint64 rangeFrom() const { return m_from; }
    qint64 rangeTo() const { return m_to; }
    // User-style navigation (what the wheel, drag and keys do): changes the range and signals it.
    void zoomBy(double factor, qint64 anchorMs = -1);
    void panBy(double fraction);
    void setCursorTime(qint64 ms); // -1 hides the crosshair
    qint64 cursorTime() const { return m_cursor; }
    QString valuesAt(qint64 ms) const; // "14:32  Orders/min 41.2  Expected 43"

    // Off: every visible point is handed to the line series (the benchmark's comparison).
    void setDownsampling(bool on);
    // Recomputes the drawn points now (normally deferred to the event loop and coalesced).
    void refreshNow();
    int drawnPointCount() const; // points in all line series (the forecast band excluded)
    int plotColumns() const; // the plot area's width in pixels
    // How many min/max buckets a series is downsampled to: one per 2 pixels. Each bucket draws
    // its low and high, so the envelope and every spike stay; QtCharts strokes each series' whole
    // path into a hit-test shape on every update, which was 43 % of a live frame's CPU time at
    // one bucket per pixel (issue 13).
    int downsampleBuckets() const;
    // Where annotation i's marker is, in viewport coordinates (-1,-1 when off the plot).
    QPoint annotationPoint(int i) const;

    // Export: the rendered chart as PNG, its full-resolution visible data as CSV (one row per
    // time stamp, one column per series), written on a worker thread.
    QImage render();
    QFuture<Status> exportCsv(const QString &path) const;

Q_SIGNALS:
    void rangeChangedByUser(qint64 fromMs, qint64 toMs);
    void cursorMoved(qint64 ms); // -1: the cursor left the chart
    void annotationClicked(qint64 auditId);
    void homeRequested(); // Home: back to the live window (the workspace decides what that is)
    void activated(); // clicked: the workspace's "current chart" for export

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    struct Slot
    {
        capacity::SeriesInfo info;
        capacity::TimeSeries data;
        capacity::MinMaxIndex index; // of data.v: min/max per pixel column without a scan
        QColor color;
        bool dashed = false;
        QList<QLineSeries *> segments; // one per run between gaps; the first one is in the legend
    };
    void scheduleRefresh();
    QLineSeries *makeLine(const QString &name, const QPen &pen, bool inLegend);
    qint64 msAtViewportX(double x) const;
    double viewportXAt(qint64 ms) const;
    QRectF plotInViewport() const;
    int annotationAt(const QPoint &pos) const;
    void applyRange(qint64 fromMs, qint64 toMs, bool byUser);

    QChart *m_chart = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    std::vector<Slot> m_series;
    std::vector<capacity::Threshold> m_thresholds;
    QList<QLineSeries *> m_thresholdLines;
    struct Band
    {
        capacity::Forecast forecast;
        QAreaSeries *area = nullptr;
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        QLineSeries *mean = nullptr;
    };
    std::vector<Band> m_forecasts; // by series index
    std::vector<qint64> m_crossings;
    std::vector<capacity::Annotation> m_annotations;
    qint64 m_from = 0;
    qint64 m_to = 3'600'000;
    qint64 m_cursor = -1;
    bool m_downsampling = true;
    bool m_refreshPending = false;
    int m_drawnColumns = -1;
    bool m_dragging = false;
    QPoint m_dragStart;
    qint64 m_dragFrom = 0;
    qint64 m_dragTo = 0;
};

// A readable number with its unit: 1.2 k/s, 734 MiB, 98.1 %.
QString formatValue(double value, const QString &unit);

} // namespace qm
