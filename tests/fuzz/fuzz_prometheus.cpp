// libFuzzer harness for Prometheus HTTP API answers (PrometheusSource::parseAnswer, what a
// capacity chart reads from /api/v1/query_range and /api/v1/query). The input is the body.
// Oracles, beyond "no crash, no sanitizer report": a refusal says why; an accepted answer keeps
// the limits (series, points), every series has as many times as values, and a range answer on
// a grid has exactly one point per step at the step's time.
//
//   scripts/fuzz prometheus [seconds]
#include "capacity/prometheussource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace qm::capacity;

namespace {

void check(const QJsonDocument &doc, const QString &expr, const RangeQuery &grid)
{
    PrometheusLimits limits;
    limits.maxSeries = 50;
    limits.maxPoints = 200000;
    const auto r = PrometheusSource::parseAnswer(doc, expr, grid, limits);
    if (!r) {
        if (r.error().message.isEmpty())
            abort(); // a refusal says why
        return;
    }
    const qint64 gridPoints = grid.stepMs > 0 ? (grid.endMs - grid.startMs) / grid.stepMs + 1 : 0;
    if (qint64(r->size()) > limits.maxSeries) {
        std::fprintf(stderr, "%zu series accepted, limit %d\n", r->size(), limits.maxSeries);
        abort();
    }
    qint64 total = 0;
    for (const TimeSeries &s : r.value()) {
        if (s.t.size() != s.v.size() || s.info.id.isEmpty()) {
            std::fprintf(stderr, "series '%s': %zu times, %zu values\n", qPrintable(s.info.id),
                s.t.size(), s.v.size());
            abort();
        }
        total += qint64(s.size());
        const bool matrix = doc.object()
                                .value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("resultType"))
            == QStringLiteral("matrix");
        if (matrix && gridPoints > 0) {
            if (qint64(s.size()) != gridPoints)
                abort();
            for (qint64 k = 0; k < gridPoints; ++k) {
                if (s.t[std::size_t(k)] != grid.startMs + k * grid.stepMs)
                    abort();
            }
        }
    }
    if (total > limits.maxPoints) {
        std::fprintf(stderr, "%lld points accepted, limit %lld\n", static_cast<long long>(total),
            static_cast<long long>(limits.maxPoints));
        abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return 0; // the source refuses anything but an object before parsing (fetch)
    // As the source asks: an instant query, and a range query whose grid passed queryRange's
    // checks (the seeds' times are around 1700000000 s), for raw PromQL and a known series id.
    RangeQuery instant;
    instant.stepMs = 0;
    RangeQuery range;
    range.startMs = 1700000000000;
    range.endMs = range.startMs + 60000;
    range.stepMs = 2000;
    for (const QString &expr : {QStringLiteral("up"), QStringLiteral("pg.connections")}) {
        instant.expr = range.expr = expr;
        check(doc, expr, instant);
        check(doc, expr, range);
    }
    return 0;
}
