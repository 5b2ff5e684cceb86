#pragma once
// Threshold crossings inside a fetched range: every time a series went past a limit (upwards for
// upper limits, downwards for lower ones) and every time it came back, with the interpolated time
// of the crossing. The Capacity workspace lists and marks each one, not only the latest value's
// state: a spike that ended before the last sample is still an alert.

#include "capacity/timeseries.h"

#include <QString>
#include <vector>

namespace qm::capacity {

struct Crossing
{
    qint64 atMs = 0; // when the series reached the limit (linear between the two samples)
    bool into = true; // true: went past the limit; false: came back
    double value = 0; // the first sample past (into) or back (not into)
    qint64 untilMs = -1; // into: when it came back; -1 while still past at the range's end
    double peak = 0; // into: the worst value of this excursion
};

// Every crossing of `threshold` by `series`, in time order. A series that is already past the
// limit at its first sample starts with a crossing at that sample (it went past before the range).
// NaN samples (gaps) are skipped: a gap does not end an excursion.
std::vector<Crossing> findCrossings(const TimeSeries &series, const Threshold &threshold);

// Only the excursions (into == true).
std::vector<Crossing> excursions(const TimeSeries &series, const Threshold &threshold);

} // namespace qm::capacity
