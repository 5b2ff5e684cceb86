#pragma once
// One metric over time, the value every capacity source produces (Prometheus query_range, direct
// sampling of PostgreSQL and Redis, the simulator's metrics) and every capacity consumer reads
// (charts, downsampling, forecasts, alerts). Plain data: no Qt object, cheap to move across threads.

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <limits>
#include <vector>

namespace qm::capacity {

// What a series measures, so that charts group, label and threshold it without knowing its source.
struct SeriesInfo {
  QString id;      // stable key, e.g. "pg.connections" or a PromQL expression
  QString label;   // translated, for legends: "DB connections"
  QString unit;    // "", "%", "B", "s", "/s", "/min"
  QStringList labels; // Prometheus labels as "name=value", for tooltips and CSV export
};

// Points in time order; t is milliseconds since the epoch (UTC). A gap (no sample, a scrape
// that failed) is a NaN value, never a missing point, so that charts can break the line there.
struct TimeSeries {
  SeriesInfo info;
  std::vector<qint64> t;
  std::vector<double> v;

  std::size_t size() const { return t.size(); }
  bool empty() const { return t.empty(); }
  void append(qint64 ms, double value) {
    t.push_back(ms);
    v.push_back(value);
  }
};

// A limit drawn as a line and checked for alerts: max_connections, maxmemory, disk size.
struct Threshold {
  QString seriesId;
  QString label;   // translated: "max_connections (100)"
  double value = std::numeric_limits<double>::quiet_NaN();
  bool upper = true; // crossing upwards is the problem (false: falling below is, e.g. hit ratio)
};

} // namespace qm::capacity
