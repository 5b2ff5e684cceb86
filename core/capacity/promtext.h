#pragma once
// The Prometheus text exposition format (what an exporter's GET /metrics answers), read without
// Prometheus: the load tests read the storefront simulator's /metrics before and after each step
// and compute the step's own checkout quantiles from the difference of its histogram buckets,
// exactly as histogram_quantile() does over a rate.

#include <QByteArray>
#include <QString>
#include <map>
#include <vector>

namespace qm::capacity::promtext {

// One sample per line: `name{labels} value [timestamp]`; comments and malformed lines skipped.
// Keys are the name with its labels as written in sorted order, e.g.
// `qm_orders_failed_total{reason="error"}`.
using Samples = std::map<QString, double>;
Samples parse(const QByteArray &text);

// Sum of every sample whose name is `name` (any labels).
double sum(const Samples &samples, const QString &name);

struct Bucket
{
    double le = 0; // upper bound (+inf for the last)
    double count = 0; // cumulative
};

// The histogram `name`'s buckets (from `name_bucket{le=...}`, summed over other labels), sorted.
std::vector<Bucket> histogram(const Samples &samples, const QString &name);
// after - before, bucket by bucket (the observations between two scrapes).
std::vector<Bucket> difference(const std::vector<Bucket> &after, const std::vector<Bucket> &before);
// Prometheus' histogram_quantile: linear interpolation inside the bucket holding the rank; the
// highest finite bound when the rank falls into +Inf; NaN without observations.
double quantile(double q, const std::vector<Bucket> &buckets);

} // namespace qm::capacity::promtext
