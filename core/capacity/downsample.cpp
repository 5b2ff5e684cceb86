#include "capacity/downsample.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace qm::capacity {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void pushPoint(QList<QPointF> &out, double x, double y)
{
    // Never two breaks in a row, and never a break first.
    if (std::isnan(y) && (out.isEmpty() || std::isnan(out.constLast().y())))
        return;
    out.append(QPointF(x, y));
}

} // namespace

std::pair<std::size_t, std::size_t> visibleRange(
    const std::vector<qint64> &t, qint64 fromMs, qint64 toMs, bool withNeighbours)
{
    if (t.empty() || toMs < fromMs)
        return {0, 0};
    std::size_t first = std::size_t(std::lower_bound(t.begin(), t.end(), fromMs) - t.begin());
    std::size_t last = std::size_t(std::upper_bound(t.begin(), t.end(), toMs) - t.begin());
    if (withNeighbours) {
        if (first > 0)
            --first;
        if (last < t.size())
            ++last;
    }
    return {first, last};
}

QList<QPointF> minMaxDownsample(
    const TimeSeries &s, qint64 fromMs, qint64 toMs, int columns, const MinMaxIndex *index)
{
    if (index && index->size() != s.size())
        index = nullptr; // not this series' (or not up to date): scan
    QList<QPointF> out;
    if (columns < 1 || s.empty() || toMs <= fromMs)
        return out;
    const auto [first, last] = visibleRange(s.t, fromMs, toMs, true);
    if (first >= last)
        return out;
    const std::size_t n = last - first;
    if (n <= std::size_t(columns) * 2) {
        out.reserve(qsizetype(n));
        for (std::size_t i = first; i < last; ++i)
            pushPoint(out, double(s.t[i]), s.v[i]);
        return out;
    }
    out.reserve(qsizetype(columns) * 3 + 2);
    std::size_t i = first;
    // The left neighbour, outside the range, as it is.
    if (s.t[i] < fromMs) {
        pushPoint(out, double(s.t[i]), s.v[i]);
        ++i;
    }
    const qint64 span = toMs - fromMs;
    std::size_t end = last;
    const bool rightNeighbour = s.t[end - 1] > toMs;
    if (rightNeighbour)
        --end;
    while (i < end) {
        // Integer arithmetic: a point on a column's edge belongs to exactly one column (with
        // doubles, rounding could put it in one column while that column's end says the next,
        // and the loop would never move on).
        const int col = int(std::min<qint64>(columns - 1, (s.t[i] - fromMs) * columns / span));
        // The first time after this column.
        const qint64 colEnd = fromMs + ((col + 1) * span + columns - 1) / columns;
        const std::size_t colStart = i;
        std::size_t minI = SIZE_MAX, maxI = SIZE_MAX, gapI = SIZE_MAX;
        if (index) {
            // The column's end: an exponential search from its start (it ends close by, and a
            // binary search over the whole rest of the series touches memory all over it).
            std::size_t below = i, above = i + 1;
            if (col == columns - 1) {
                above = end;
            } else {
                for (std::size_t step = 1; above < end && s.t[above] < colEnd; step *= 2) {
                    below = above;
                    above = i + 2 * step;
                }
                above = std::min(above, end);
            }
            i = col == columns - 1 ? end
                                   : std::size_t(std::lower_bound(s.t.begin() + qsizetype(below),
                                                     s.t.begin() + qsizetype(above), colEnd)
                                       - s.t.begin());
            const MinMaxIndex::Picks p = index->query(s.v, colStart, i);
            minI = p.min;
            maxI = p.max;
            gapI = p.gap;
        }
        for (; !index && i < end && (col == columns - 1 || s.t[i] < colEnd); ++i) {
            const double v = s.v[i];
            if (std::isnan(v)) {
                if (gapI == SIZE_MAX)
                    gapI = i;
                continue;
            }
            if (minI == SIZE_MAX || v < s.v[minI])
                minI = i;
            if (maxI == SIZE_MAX || v > s.v[maxI])
                maxI = i;
        }
        if (i == colStart)
            ++i; // never stall on a point (cannot happen with the arithmetic above)
        std::size_t picks[3] = {minI, maxI, gapI};
        std::sort(std::begin(picks), std::end(picks));
        std::size_t prev = SIZE_MAX;
        for (std::size_t p : picks) {
            if (p == SIZE_MAX || p == prev)
                continue;
            prev = p;
            pushPoint(out, double(s.t[p]), s.v[p]);
        }
    }
    if (rightNeighbour)
        pushPoint(out, double(s.t[last - 1]), s.v[last - 1]);
    return out;
}

namespace {

// LTTB on one run without gaps, [first, last), to `buckets` points (>= 3, < run length).
void lttbRun(
    const TimeSeries &s, std::size_t first, std::size_t last, int target, QList<QPointF> &out)
{
    const std::size_t n = last - first;
    if (n <= std::size_t(std::max(target, 2))) {
        for (std::size_t i = first; i < last; ++i)
            out.append(QPointF(double(s.t[i]), s.v[i]));
        return;
    }
    if (target < 3) {
        out.append(QPointF(double(s.t[first]), s.v[first]));
        if (target == 2)
            out.append(QPointF(double(s.t[last - 1]), s.v[last - 1]));
        return;
    }
    const double every = double(n - 2) / double(target - 2);
    std::size_t a = first;
    out.append(QPointF(double(s.t[a]), s.v[a]));
    for (int b = 0; b < target - 2; ++b) {
        // The next bucket's average is the third corner.
        const std::size_t nextStart = first + 1 + std::size_t(std::floor((b + 1) * every));
        std::size_t nextEnd = first + 1 + std::size_t(std::floor((b + 2) * every));
        nextEnd = std::min(nextEnd, last);
        double avgX = 0, avgY = 0;
        std::size_t count = 0;
        for (std::size_t j = nextStart; j < nextEnd; ++j, ++count) {
            avgX += double(s.t[j]);
            avgY += s.v[j];
        }
        if (count == 0) {
            avgX = double(s.t[last - 1]);
            avgY = s.v[last - 1];
        } else {
            avgX /= double(count);
            avgY /= double(count);
        }
        const std::size_t start = first + 1 + std::size_t(std::floor(b * every));
        const std::size_t stop = std::min(nextStart, last - 1);
        const double ax = double(s.t[a]), ay = s.v[a];
        double best = -1;
        std::size_t pick = start;
        for (std::size_t j = start; j < stop; ++j) {
            const double area
                = std::abs((ax - avgX) * (s.v[j] - ay) - (ax - double(s.t[j])) * (avgY - ay));
            if (area > best) {
                best = area;
                pick = j;
            }
        }
        out.append(QPointF(double(s.t[pick]), s.v[pick]));
        a = pick;
    }
    out.append(QPointF(double(s.t[last - 1]), s.v[last - 1]));
}

} // namespace

QList<QPointF> lttbDownsample(const TimeSeries &s, qint64 fromMs, qint64 toMs, int threshold)
{
    QList<QPointF> out;
    if (threshold < 1 || s.empty() || toMs <= fromMs)
        return out;
    const auto [first, last] = visibleRange(s.t, fromMs, toMs, true);
    if (first >= last)
        return out;
    // Runs between gaps.
    std::vector<std::pair<std::size_t, std::size_t>> runs;
    std::size_t valid = 0;
    for (std::size_t i = first; i < last;) {
        while (i < last && std::isnan(s.v[i]))
            ++i;
        const std::size_t runStart = i;
        while (i < last && !std::isnan(s.v[i]))
            ++i;
        if (i > runStart) {
            runs.emplace_back(runStart, i);
            valid += i - runStart;
        }
    }
    if (runs.empty())
        return out;
    // Each break costs one point of the budget.
    const int budget = std::max(1, threshold - int(runs.size() - 1));
    out.reserve(threshold);
    int left = budget;
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const auto [a, b] = runs[r];
        int share = int(std::floor(double(budget) * double(b - a) / double(valid)));
        share = std::clamp(share, 1, std::max(1, left - int(runs.size() - 1 - r)));
        if (r == runs.size() - 1)
            share = std::max(1, left);
        if (r > 0 && int(out.size()) < threshold) {
            // The break sits at the first gap sample after the previous run.
            const std::size_t gap = runs[r - 1].second;
            out.append(QPointF(double(s.t[gap]), kNaN));
        }
        const qsizetype before = out.size();
        lttbRun(s, a, b, share, out);
        left -= int(out.size() - before);
        if (left <= 0 && r + 1 < runs.size())
            break;
    }
    return out;
}

QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points)
{
    QList<QList<QPointF>> segments;
    qsizetype start = 0;
    const qsizetype n = points.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i == n || std::isnan(points[i].y())) {
            if (i > start)
                segments.append(points.mid(start, i - start));
            start = i + 1;
        }
    }
    return segments;
}

} // namespace qm::capacity
