#include "capacity/promtext.h"

#include <QList>
#include <algorithm>
#include <cmath>
#include <limits>

namespace qm::capacity::promtext {

namespace {

double number(const QByteArray &v, bool *ok)
{
    if (v == "+Inf" || v == "Inf") {
        *ok = true;
        return std::numeric_limits<double>::infinity();
    }
    if (v == "-Inf") {
        *ok = true;
        return -std::numeric_limits<double>::infinity();
    }
    if (v == "NaN") {
        *ok = true;
        return std::numeric_limits<double>::quiet_NaN();
    }
    return v.toDouble(ok);
}

// name{a="1",b="2"} -> ("name", {a:1, b:2}); false when malformed.
bool splitKey(const QString &key, QString *name, std::map<QString, QString> *labels)
{
    const qsizetype brace = key.indexOf(u'{');
    if (brace < 0) {
        *name = key;
        return !key.isEmpty();
    }
    if (!key.endsWith(u'}'))
        return false;
    *name = key.left(brace);
    const QString inner = key.mid(brace + 1, key.size() - brace - 2);
    qsizetype i = 0;
    while (i < inner.size()) {
        const qsizetype eq = inner.indexOf(u'=', i);
        if (eq < 0 || eq + 1 >= inner.size() || inner.at(eq + 1) != u'"')
            return false;
        const QString label = inner.mid(i, eq - i).trimmed();
        QString value;
        qsizetype j = eq + 2;
        for (; j < inner.size() && inner.at(j) != u'"'; ++j) {
            if (inner.at(j) == u'\\' && j + 1 < inner.size())
                ++j;
            value += inner.at(j);
        }
        if (j >= inner.size())
            return false;
        (*labels)[label] = value;
        i = j + 1;
        if (i < inner.size() && inner.at(i) == u',')
            ++i;
    }
    return !name->isEmpty();
}

} // namespace

Samples parse(const QByteArray &text)
{
    Samples out;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // The key ends at the first space outside the braces.
        qsizetype end = -1;
        bool inQuotes = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line.at(i);
            if (c == '\\' && inQuotes) {
                ++i;
                continue;
            }
            if (c == '"')
                inQuotes = !inQuotes;
            else if (c == ' ' && !inQuotes) {
                end = i;
                break;
            }
        }
        if (end <= 0)
            continue;
        QString name;
        std::map<QString, QString> labels;
        if (!splitKey(QString::fromUtf8(line.left(end)), &name, &labels))
            continue;
        const QList<QByteArray> rest = line.mid(end + 1).trimmed().split(' ');
        bool ok = false;
        const double v = number(rest.value(0), &ok);
        if (!ok)
            continue;
        QString key = name;
        if (!labels.empty()) {
            QStringList parts;
            for (const auto &[l, value] : labels)
                parts << l + QStringLiteral("=\"") + value + u'"';
            key += u'{' + parts.join(u',') + u'}';
        }
        out[key] = v;
    }
    return out;
}

double sum(const Samples &samples, const QString &name)
{
    double total = 0;
    for (const auto &[key, v] : samples) {
        if (key == name
            || (key.startsWith(name) && key.size() > name.size() && key.at(name.size()) == u'{'))
            total += v;
    }
    return total;
}

std::vector<Bucket> histogram(const Samples &samples, const QString &name)
{
    const QString bucketName = name + QStringLiteral("_bucket");
    std::map<double, double> byLe;
    for (const auto &[key, v] : samples) {
        QString n;
        std::map<QString, QString> labels;
        if (!splitKey(key, &n, &labels) || n != bucketName)
            continue;
        const auto le = labels.find(QStringLiteral("le"));
        if (le == labels.end())
            continue;
        bool ok = false;
        const double bound = number(le->second.toUtf8(), &ok);
        if (ok && !std::isnan(bound))
            byLe[bound] += v;
    }
    std::vector<Bucket> out;
    for (const auto &[le, count] : byLe)
        out.push_back({le, count});
    return out;
}

std::vector<Bucket> difference(const std::vector<Bucket> &after, const std::vector<Bucket> &before)
{
    std::vector<Bucket> out = after;
    for (Bucket &b : out) {
        for (const Bucket &old : before) {
            if (old.le == b.le) {
                // A restarted process resets its counters: then "after" alone is the step.
                if (old.count <= b.count)
                    b.count -= old.count;
                break;
            }
        }
    }
    return out;
}

double quantile(double q, const std::vector<Bucket> &buckets)
{
    if (buckets.empty() || std::isnan(q))
        return std::numeric_limits<double>::quiet_NaN();
    const double total = buckets.back().count;
    if (total <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double rank = std::clamp(q, 0.0, 1.0) * total;
    for (std::size_t i = 0; i < buckets.size(); ++i) {
        if (buckets[i].count < rank)
            continue;
        if (std::isinf(buckets[i].le))
            return i > 0 ? buckets[i - 1].le : std::numeric_limits<double>::quiet_NaN();
        const double lower = i > 0 ? buckets[i - 1].le : 0;
        const double below = i > 0 ? buckets[i - 1].count : 0;
        const double inBucket = buckets[i].count - below;
        if (inBucket <= 0)
            return buckets[i].le;
        return lower + (buckets[i].le - lower) * (rank - below) / inBucket;
    }
    return buckets.back().le;
}

} // namespace qm::capacity::promtext
