#pragma once
// Reducing a time series to what a chart of a given pixel width can show. Both reducers work on the
// visible range only (found by binary search) and keep NaN gaps as breaks: a NaN point in the
// output means "lift the pen here".

#include "capacity/minmaxindex.h"
#include "capacity/timeseries.h"

#include <QList>
#include <QPointF>
#include <cstddef>
#include <utility>

namespace qm::capacity {

// The index range [first, last) of the points with fromMs <= t <= toMs, widened by one point on
// each side (when there is one) so that a line runs to the chart's edges. O(log n).
std::pair<std::size_t, std::size_t> visibleRange(
    const std::vector<qint64> &t, qint64 fromMs, qint64 toMs, bool withNeighbours = true);

// Min/max per pixel column: the visible range is cut into `columns` equal time slices and each
// slice contributes its smallest and largest value in time order (one point when they coincide),
// plus one NaN point at its first gap when it has one. Every spike survives. Output: at most
// 3 * columns + 2 points (the two edge neighbours); a range with no more points than 2 * columns
// is returned as it is. O(visible points). x is ms since the epoch, as double.
// With an index of the series' values (index->size() == series.size()), the same points in
// O(columns * log(visible points)): each column's end by binary search, its extremes from the
// index.
QList<QPointF> minMaxDownsample(const TimeSeries &series, qint64 fromMs, qint64 toMs, int columns,
    const MinMaxIndex *index = nullptr);

// Largest-Triangle-Three-Buckets (Steinarsson 2013) to at most `threshold` points per
// NaN-separated run (buckets shared out by run length), runs joined by NaN points. Keeps the
// shape for the eye better than min/max at the same count but may drop a single-sample spike.
QList<QPointF> lttbDownsample(const TimeSeries &series, qint64 fromMs, qint64 toMs, int threshold);

// Splits at NaN points: the line segments a chart draws (a run of one point is kept: a dot).
QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points);

} // namespace qm::capacity
