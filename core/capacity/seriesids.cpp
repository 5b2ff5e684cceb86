#include "capacity/seriesids.h"

#include <QCoreApplication>

namespace qm::capacity {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::KnownSeries)
};

QString labelFor(const QString &id)
{
    if (id == u"pg.connections")
        return Text::tr("DB connections");
    if (id == u"pg.tps")
        return Text::tr("DB transactions/s");
    if (id == u"pg.cache_hit")
        return Text::tr("DB cache hit ratio");
    if (id == u"pg.replication_lag_s")
        return Text::tr("Replication lag");
    if (id == u"redis.ops")
        return Text::tr("Redis operations/s");
    if (id == u"redis.memory")
        return Text::tr("Redis memory");
    if (id == u"redis.hit_ratio")
        return Text::tr("Redis hit ratio");
    if (id == u"redis.evictions")
        return Text::tr("Redis evictions/s");
    if (id == u"node.cpu")
        return Text::tr("CPU busy");
    if (id == u"node.disk_used")
        return Text::tr("Disk used");
    if (id == u"biz.orders_per_min")
        return Text::tr("Orders/min");
    if (id == u"biz.revenue_per_min")
        return Text::tr("Revenue/min");
    if (id == u"biz.payment_failure")
        return Text::tr("Payment failure rate");
    if (id == u"biz.cart_abandonment")
        return Text::tr("Cart abandonment");
    if (id == u"biz.checkout_mean_s")
        return Text::tr("Checkout time (mean)");
    if (id == u"biz.checkout_p95_s")
        return Text::tr("Checkout time (p95)");
    if (id == u"biz.checkout_p50_s")
        return Text::tr("Checkout time (median)");
    if (id == u"biz.orders_expected")
        return Text::tr("Expected orders/min");
    if (id == u"biz.queue_backlog")
        return Text::tr("Order queue backlog");
    return {};
}

} // namespace

const std::vector<KnownSeries> &knownSeries()
{
    // PromQL over what server/sandbox/monitoring.sh runs: postgres_exporter (pg_*, qm_* from
    // server/sandbox/monitoring-queries.yaml), redis_exporter (redis_*), node_exporter (node_*).
    static const std::vector<KnownSeries> all = {
        {QStringLiteral("pg.connections"), QString(), QStringLiteral("sum(pg_stat_activity_count)"),
            false},
        {QStringLiteral("pg.tps"), QStringLiteral("/s"),
            QStringLiteral("sum(rate(pg_stat_database_xact_commit[15s]) + "
                           "rate(pg_stat_database_xact_rollback[15s]))"),
            false},
        {QStringLiteral("pg.cache_hit"), QStringLiteral("%"),
            QStringLiteral("100 * sum(rate(pg_stat_database_blks_hit[1m])) / "
                           "(sum(rate(pg_stat_database_blks_hit[1m])) + "
                           "sum(rate(pg_stat_database_blks_read[1m])))"),
            false},
        {QStringLiteral("pg.replication_lag_s"), QStringLiteral("s"),
            QStringLiteral("max(qm_replication_replay_lag_seconds)"), false},
        {QStringLiteral("redis.ops"), QStringLiteral("/s"),
            QStringLiteral("sum(rate(redis_commands_processed_total[15s]))"), false},
        {QStringLiteral("redis.memory"), QStringLiteral("B"),
            QStringLiteral("sum(redis_memory_used_bytes)"), false},
        {QStringLiteral("redis.hit_ratio"), QStringLiteral("%"),
            QStringLiteral("100 * sum(rate(redis_keyspace_hits_total[1m])) / "
                           "(sum(rate(redis_keyspace_hits_total[1m])) + "
                           "sum(rate(redis_keyspace_misses_total[1m])))"),
            false},
        {QStringLiteral("redis.evictions"), QStringLiteral("/s"),
            QStringLiteral("sum(rate(redis_evicted_keys_total[15s]))"), false},
        {QStringLiteral("node.cpu"), QStringLiteral("%"),
            QStringLiteral("100 * (1 - avg(rate(node_cpu_seconds_total{mode=\"idle\"}[15s])))"),
            true},
        {QStringLiteral("node.disk_used"), QStringLiteral("B"),
            QStringLiteral("max(node_filesystem_size_bytes{mountpoint=\"/\"} - "
                           "node_filesystem_avail_bytes{mountpoint=\"/\"})"),
            true},
        {QStringLiteral("biz.orders_per_min"), QStringLiteral("/min"),
            QStringLiteral("sum(qm_business_orders_per_minute)"), true},
        {QStringLiteral("biz.revenue_per_min"), QStringLiteral("/min"),
            QStringLiteral("sum(qm_business_revenue_per_minute)"), true},
        {QStringLiteral("biz.payment_failure"), QStringLiteral("%"),
            QStringLiteral("100 * sum(qm_business_payment_failures_per_minute) / "
                           "sum(qm_business_payment_attempts_per_minute)"),
            true},
        // "Expected": the last hour's average rate, the baseline the current rate is read against.
        {QStringLiteral("biz.orders_expected"), QStringLiteral("/min"),
            QStringLiteral("avg_over_time(sum(qm_business_orders_per_minute)[1h:1m])"), true},
        // The order pipeline's backlog (Redis Streams): entries not yet acknowledged by a group.
        {QStringLiteral("biz.queue_backlog"), QString(),
            QStringLiteral("sum(redis_stream_group_messages_pending)"), true},
        {QStringLiteral("biz.cart_abandonment"), QStringLiteral("%"),
            QStringLiteral("100 * max(qm_carts_abandonment_ratio)"), true},
        {QStringLiteral("biz.checkout_mean_s"), QStringLiteral("s"),
            QStringLiteral("sum(rate(qm_checkout_seconds_total[1m])) / "
                           "sum(rate(qm_checkout_calls_total[1m]))"),
            true},
        // The storefront simulator's histogram (qm-storefront --metrics-port, scraped as job
        // "storefront"): the distribution the database's mean cannot give.
        {QStringLiteral("biz.checkout_p95_s"), QStringLiteral("s"),
            QStringLiteral(
                "histogram_quantile(0.95, sum by (le) (rate(qm_checkout_seconds_bucket[1m])))"),
            true},
        {QStringLiteral("biz.checkout_p50_s"), QStringLiteral("s"),
            QStringLiteral(
                "histogram_quantile(0.5, sum by (le) (rate(qm_checkout_seconds_bucket[1m])))"),
            true},
    };
    return all;
}

const KnownSeries *findKnownSeries(const QString &id)
{
    for (const KnownSeries &s : knownSeries()) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

SeriesInfo knownSeriesInfo(const QString &id)
{
    const KnownSeries *s = findKnownSeries(id);
    if (!s)
        return {};
    return SeriesInfo {s->id, labelFor(id), s->unit, {}};
}

} // namespace qm::capacity
