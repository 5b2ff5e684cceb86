#include "capacity/crossings.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace qm::capacity {

std::vector<Crossing> findCrossings(const TimeSeries &s, const Threshold &t)
{
    std::vector<Crossing> out;
    if (std::isnan(t.value))
        return out;
    auto beyond = [&t](double x) { return t.upper ? x >= t.value : x <= t.value; };
    bool past = false;
    bool started = false;
    qint64 prevT = 0;
    double prevV = 0;
    std::ptrdiff_t open = -1; // the excursion still going on
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double v = s.v[i];
        if (std::isnan(v))
            continue;
        const bool now = beyond(v);
        if (!started) {
            started = true;
            if (now) {
                out.push_back({s.t[i], true, v, -1, v});
                open = std::ptrdiff_t(out.size()) - 1;
            }
        } else if (now != past) {
            // Linear interpolation between the last finite sample and this one.
            const double span = v - prevV;
            const double f = span != 0 ? std::clamp((t.value - prevV) / span, 0.0, 1.0) : 1.0;
            const qint64 at = prevT + qint64(std::llround(f * double(s.t[i] - prevT)));
            if (now) {
                out.push_back({at, true, v, -1, v});
                open = std::ptrdiff_t(out.size()) - 1;
            } else {
                if (open >= 0)
                    out[std::size_t(open)].untilMs = at;
                open = -1;
                out.push_back({at, false, v, -1, v});
            }
        } else if (now && open >= 0) {
            Crossing &c = out[std::size_t(open)];
            c.peak = t.upper ? std::max(c.peak, v) : std::min(c.peak, v);
        }
        past = now;
        prevT = s.t[i];
        prevV = v;
    }
    return out;
}

std::vector<Crossing> excursions(const TimeSeries &series, const Threshold &threshold)
{
    std::vector<Crossing> out;
    for (const Crossing &c : findCrossings(series, threshold))
        if (c.into)
            out.push_back(c);
    return out;
}

} // namespace qm::capacity
