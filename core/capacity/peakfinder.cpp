// The recorded peak order rate a percentage ramp is based on (loadtest.h): the busiest minute in
// the backend's orders view and in Prometheus' business metrics; the higher wins.
#include "capacity/loadtest.h"
#include "capacity/prometheussource.h"
#include "common/whenfinished.h"
#include "db/cluster.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <pqxx/pqxx>

namespace qm::capacity {

QJsonObject RecordedPeak::toJson() const
{
    // perSecond is always finite: a count over a minute, or 0 when Prometheus had no value.
    return QJsonObject {{QStringLiteral("ordersPerSecond"), perSecond},
        {QStringLiteral("ordersPerMinute"), perSecond * 60},
        {QStringLiteral("atMs"), atMs > 0 ? QJsonValue(double(atMs)) : QJsonValue()},
        {QStringLiteral("days"), days}, {QStringLiteral("source"), source},
        {QStringLiteral("detail"), detail}};
}

QFuture<Result<RecordedPeak>> PeakFinder::fromOrders(
    db::Cluster &cluster, BackendKind backend, int days)
{
    // The schema is chosen from the enum (readSchema), never typed by a person.
    const std::string orders = std::string(readSchema(backend)) + ".orders";
    return cluster.read<RecordedPeak>(QStringLiteral("find the recorded peak order rate"),
        [orders, days](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            const pqxx::result r = tx.exec_params(
                "SELECT count(*), (extract(epoch from date_trunc('minute', created_at)) * "
                "1000)::bigint FROM "
                    + orders
                    + " WHERE created_at > now() - $1::int * interval '1 day' GROUP BY 2 "
                      "ORDER BY 1 DESC, 2 DESC LIMIT 1",
                days);
            RecordedPeak p;
            p.days = days;
            p.source = QStringLiteral("orders");
            if (!r.empty()) {
                p.perSecond = double(r[0][0].as<long long>()) / 60.0;
                p.atMs = r[0][1].as<long long>();
            }
            p.detail = tr("the busiest minute in %1 over the last %n day(s)", nullptr, days)
                           .arg(QString::fromStdString(orders));
            return p;
        });
}

QFuture<Result<RecordedPeak>> PeakFinder::fromPrometheus(PrometheusSource &prometheus, int days)
{
    const QString expr
        = QStringLiteral("max_over_time(sum(qm_business_orders_per_minute)[%1d:1m])").arg(days);
    const QString where = prometheus.describe();
    return prometheus.queryInstant(expr).then(
        [days, where](const Result<std::vector<TimeSeries>> &r) -> Result<RecordedPeak> {
            if (!r.ok())
                return r.error();
            RecordedPeak p;
            p.days = days;
            p.source = QStringLiteral("prometheus");
            double perMinute = 0; // the highest finite value of the answer
            for (const TimeSeries &s : r.value())
                for (double v : s.v)
                    if (std::isfinite(v))
                        perMinute = std::max(perMinute, v);
            p.perSecond = perMinute / 60.0;
            p.detail = tr("the highest qm_business_orders_per_minute in %1 over the last %n "
                          "day(s)",
                nullptr, days)
                           .arg(where);
            return p;
        });
}

void PeakFinder::find(QObject *context, std::shared_ptr<db::Cluster> cluster, BackendKind backend,
    const QUrl &prometheusUrl, const QString &caFile, int days,
    std::function<void(const Result<RecordedPeak> &)> done)
{
    struct State
    {
        std::optional<Result<RecordedPeak>> orders, prometheus;
        int left = 0;
        std::unique_ptr<PrometheusSource> source;
        std::shared_ptr<db::Cluster> cluster;
    };
    auto state = std::make_shared<State>();
    state->cluster = cluster;
    const bool withPrometheus = prometheusUrl.isValid() && !prometheusUrl.isEmpty();
    state->left = (cluster ? 1 : 0) + (withPrometheus ? 1 : 0);
    auto settle = [state, done] {
        if (--state->left > 0)
            return;
        const RecordedPeak *best = nullptr;
        QStringList problems;
        for (const auto *r : {&state->prometheus, &state->orders}) {
            if (!r->has_value())
                continue;
            if (!(*r)->ok()) {
                problems << (*r)->error().message;
                continue;
            }
            if (!best || (*r)->value().perSecond > best->perSecond)
                best = &(*r)->value();
        }
        if (best && best->valid()) {
            done(*best);
        } else {
            problems.prepend(tr("No order was recorded in the history the console can read: pass "
                                "a peak by hand."));
            done(Error {Error::Code::NotFound, problems.join(u' '), {}, {}});
        }
        if (state->source)
            state->source.release()->deleteLater();
        state->cluster.reset();
    };
    if (state->left == 0) {
        state->left = 1;
        settle();
        return;
    }
    if (withPrometheus) {
        state->source = std::make_unique<PrometheusSource>(prometheusUrl);
        if (!caFile.isEmpty())
            state->source->setCaFile(caFile);
        whenFinished(context, fromPrometheus(*state->source, days),
            [state, settle](const Result<RecordedPeak> &r) {
                state->prometheus = r;
                settle();
            });
    }
    if (cluster)
        whenFinished(context, fromOrders(*cluster, backend, days),
            [state, settle](const Result<RecordedPeak> &r) {
                state->orders = r;
                settle();
            });
}

} // namespace qm::capacity
