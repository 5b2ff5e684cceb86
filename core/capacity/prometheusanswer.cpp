// PrometheusSource::parseAnswer: a Prometheus HTTP API answer mapped to series. Pure (no network,
// no QObject): the fuzz target tests/fuzz/fuzz_prometheus.cpp links this file alone.
#include "capacity/prometheussource.h"
#include "capacity/seriesids.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>
#include <limits>

namespace qm::capacity {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::PrometheusSource)
};

using Series = std::vector<TimeSeries>;
Error protocolError(const QString &what)
{
    return Error {Error::Code::Protocol,
        Text::tr("Prometheus answered something that is not a query result: %1.").arg(what), {},
        {}};
}

// Prometheus writes sample values as strings: numbers, "NaN", "+Inf", "-Inf".
bool parseValue(const QJsonValue &v, double *out)
{
    const QString s = v.toString();
    if (s == u"NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (s == u"+Inf" || s == u"Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == u"-Inf") {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *out = s.toDouble(&ok);
    return ok;
}

// [ <unix seconds as a number>, "<value>" ]
bool parseSample(const QJsonValue &sample, qint64 *ms, double *value)
{
    const QJsonArray pair = sample.toArray();
    if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isString())
        return false;
    // A time beyond +-1e12 s (year 33658) is no sample: converted to ms it would not fit, and the
    // grid arithmetic would overflow.
    const double seconds = pair.at(0).toDouble();
    if (!(std::abs(seconds) <= 1e12))
        return false;
    *ms = qint64(std::llround(seconds * 1000.0));
    return parseValue(pair.at(1), value);
}

// {"status":"error","errorType":"bad_data","error":"..."} as an Error for people.
Error prometheusError(const QJsonObject &root)
{
    const QString type = root.value(QStringLiteral("errorType")).toString();
    const QString text = root.value(QStringLiteral("error")).toString();
    Error e;
    if (type == u"timeout")
        e.code = Error::Code::Timeout;
    else if (type == u"bad_data")
        e.code = Error::Code::InvalidInput;
    else if (type == u"canceled")
        e.code = Error::Code::Cancelled;
    else
        e.code = Error::Code::Unknown;
    e.message = Text::tr("Prometheus refused the query: %1 (%2).").arg(text, type);
    e.detail = QStringLiteral("errorType=%1").arg(type);
    return e;
}

QString guessUnit(const QString &name)
{
    if (name.endsWith(u"_bytes"))
        return QStringLiteral("B");
    if (name.endsWith(u"_seconds"))
        return QStringLiteral("s");
    return {};
}

SeriesInfo infoFor(const QJsonObject &metric, const QString &expr, bool single)
{
    SeriesInfo info;
    QStringList parts;
    const QStringList keys = metric.keys(); // sorted
    for (const QString &k : keys) {
        const QString v = metric.value(k).toString();
        info.labels << k + u'=' + v;
        if (k != u"__name__")
            parts << QStringLiteral("%1=\"%2\"").arg(k, v);
    }
    const QString name = metric.value(QStringLiteral("__name__")).toString();
    const QString selector = parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
    if (const KnownSeries *known = findKnownSeries(expr)) {
        info = SeriesInfo {known->id, knownSeriesInfo(expr).label, known->unit, info.labels};
        if (!single) {
            info.id += selector;
            info.label += u' ' + selector;
        }
        return info;
    }
    info.unit = guessUnit(name);
    if (single) {
        info.id = expr;
        info.label = name.isEmpty() ? expr : name + selector;
    } else {
        info.id = (name.isEmpty() ? expr : name) + selector;
        info.label = info.id;
    }
    return info;
}

} // namespace

Result<Series> PrometheusSource::parseAnswer(const QJsonDocument &doc, const QString &expr,
    const RangeQuery &grid, const PrometheusLimits &limits)
{
    const QJsonObject root = doc.object();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == u"error")
        return prometheusError(root);
    if (status != u"success")
        return protocolError(Text::tr("no \"status\": \"success\""));
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QString type = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue result = data.value(QStringLiteral("result"));

    Series out;
    if (type == u"scalar") {
        qint64 ms = 0;
        double v = 0;
        if (!parseSample(result, &ms, &v))
            return protocolError(Text::tr("a scalar that is not [time, \"value\"]"));
        TimeSeries s;
        s.info = infoFor({}, expr, true);
        s.append(ms, v);
        out.push_back(std::move(s));
        return out;
    }
    if (type != u"matrix" && type != u"vector")
        return protocolError(Text::tr("result type \"%1\"").arg(type));
    if (!result.isArray())
        return protocolError(Text::tr("a result that is not a list"));
    const QJsonArray list = result.toArray();
    if (list.size() > limits.maxSeries) {
        return Error {Error::Code::InvalidInput,
            Text::tr("The query returned %1 series; at most %2 are charted. Narrow it with label "
                     "matchers or aggregate it (sum by (...)).")
                .arg(list.size())
                .arg(limits.maxSeries),
            {}, {}};
    }
    const bool single = list.size() == 1;
    const bool onGrid = type == u"matrix" && grid.stepMs > 0;
    const qint64 gridPoints = onGrid ? (grid.endMs - grid.startMs) / grid.stepMs + 1 : 0;
    qint64 total = 0;
    for (const QJsonValue &item : list) {
        const QJsonObject o = item.toObject();
        const qint64 n = type == u"matrix" ? o.value(QStringLiteral("values")).toArray().size() : 1;
        total += onGrid ? gridPoints : n;
    }
    if (total > limits.maxPoints) {
        return Error {Error::Code::InvalidInput,
            Text::tr("The answer has %1 points; at most %2 are charted. Choose a shorter range, a "
                     "coarser step or fewer series.")
                .arg(total)
                .arg(limits.maxPoints),
            {}, {}};
    }
    out.reserve(std::size_t(list.size()));
    for (const QJsonValue &item : list) {
        const QJsonObject o = item.toObject();
        TimeSeries s;
        s.info = infoFor(o.value(QStringLiteral("metric")).toObject(), expr, single);
        qint64 ms = 0;
        double v = 0;
        if (type == u"vector") {
            if (!parseSample(o.value(QStringLiteral("value")), &ms, &v))
                return protocolError(Text::tr("a sample that is not [time, \"value\"]"));
            s.append(ms, v);
            out.push_back(std::move(s));
            continue;
        }
        const QJsonArray values = o.value(QStringLiteral("values")).toArray();
        if (!onGrid) {
            for (const QJsonValue &sample : values) {
                if (!parseSample(sample, &ms, &v))
                    return protocolError(Text::tr("a sample that is not [time, \"value\"]"));
                s.append(ms, v);
            }
            out.push_back(std::move(s));
            continue;
        }
        // Every step of the range gets a point; the steps Prometheus had nothing for are NaN.
        s.t.resize(std::size_t(gridPoints));
        s.v.assign(std::size_t(gridPoints), std::numeric_limits<double>::quiet_NaN());
        for (qint64 k = 0; k < gridPoints; ++k)
            s.t[std::size_t(k)] = grid.startMs + k * grid.stepMs;
        for (const QJsonValue &sample : values) {
            if (!parseSample(sample, &ms, &v))
                return protocolError(Text::tr("a sample that is not [time, \"value\"]"));
            const double pos = double(ms - grid.startMs) / double(grid.stepMs);
            const qint64 k = qint64(std::llround(pos));
            if (k >= 0 && k < gridPoints)
                s.v[std::size_t(k)] = v;
        }
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace qm::capacity
