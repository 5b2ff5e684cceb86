#pragma once
// The capacity series every source knows by the same id, so that a chart preset asks for
// "pg.connections" whether the profile has Prometheus (PrometheusSource runs the PromQL below) or
// not (DirectSampler samples PostgreSQL and Redis itself; business and node series need
// Prometheus).
//
//   id                    unit   what
//   pg.connections        ""     client connections (pg_stat_activity); threshold max_connections
//   pg.tps                "/s"   commits + rollbacks per second (pg_stat_database)
//   pg.cache_hit          "%"    buffer cache hit ratio (blks_hit / (blks_hit + blks_read)); lower
//   threshold pg.replication_lag_s  "s"    replay lag of the replica(s) redis.ops             "/s"
//   commands per second redis.memory          "B"    used_memory; threshold maxmemory
//   redis.hit_ratio       "%"    keyspace hits / (hits + misses)
//   redis.evictions       "/s"   keys evicted per second
//   node.cpu              "%"    CPU busy (Prometheus only)
//   node.disk_used        "B"    bytes used on the root filesystem; threshold its size (Prometheus
//   only) biz.orders_per_min    "/min" orders placed in the last minute (Prometheus only, as all
//   biz.*) biz.revenue_per_min   "/min" paid order totals in the last minute biz.payment_failure
//   "%"    failed / attempted payment charges in the last minute biz.cart_abandonment  "%"
//   abandoned / ended carts started in the last 15 minutes biz.checkout_mean_s   "s"    mean time
//   of storefront.checkout in the database over a minute

#include "capacity/timeseries.h"

#include <QString>
#include <vector>

namespace qm::capacity {

struct KnownSeries
{
    QString id;
    QString unit;
    QString promql; // what PrometheusSource asks for this id
    bool prometheusOnly = false; // DirectSampler cannot produce it
};

const std::vector<KnownSeries> &knownSeries();
const KnownSeries *findKnownSeries(const QString &id);
// The series' info with its translated label ("DB connections"); empty for an unknown id.
SeriesInfo knownSeriesInfo(const QString &id);

} // namespace qm::capacity
