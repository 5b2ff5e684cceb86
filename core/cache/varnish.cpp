#include "cache/varnish.h"

#include "common/awaitfuture.h"
#include "common/threadguard.h"
#include "common/whenfinished.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace qm::cache {

namespace {

QUrl join(const QString &instance, const QString &path)
{
    QString base = instance;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + path);
}

} // namespace

VarnishClient::VarnishClient(int timeoutMs)
    : m_http(std::make_unique<http::JsonClient>())
{
    m_http->setTimeoutMs(timeoutMs);
}

VarnishClient::~VarnishClient() = default;

QString VarnishClient::banRegex(const QString &regex)
{
    // Varnish splits a ban expression on whitespace: write blanks as escapes PCRE reads the same.
    QString out;
    for (QChar c : regex) {
        if (c == u' ')
            out += QStringLiteral("\\x20");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    return out;
}

QString VarnishClient::regexProblem(const QString &regex)
{
    if (regex.contains(u'"') || regex.contains(u'\n') || regex.contains(u'\r'))
        return tr("A Varnish ban regex may not contain quotes or line breaks.");
    const QRegularExpression re(regex);
    if (!re.isValid())
        return tr("Not a valid regular expression: %1").arg(re.errorString());
    return {};
}

VarnishStats VarnishClient::parseStats(const QString &instance, const QJsonObject &o)
{
    VarnishStats s;
    s.instance = instance;
    s.up = true;
    auto num = [&](const char *k) { return o.value(QLatin1String(k)).toInteger(-1); };
    s.banListLength = num("ban_list_length");
    if (s.banListLength < 0)
        s.banListLength = num("bans");
    s.bansAdded = num("bans_added");
    s.objects = num("n_object");
    s.hits = num("cache_hit");
    s.misses = num("cache_miss");
    s.purgedObjects = num("n_obj_purged");
    for (const QJsonValue &v : o.value(QStringLiteral("ban_list")).toArray())
        s.banList << v.toString();
    return s;
}

Result<http::Response> VarnishClient::exchange(const QByteArray &verb, const QString &instance,
    const QString &path, const http::Headers &headers)
{
    if (!assertMayBlock("qm::cache::VarnishClient"))
        return Error {Error::Code::InvalidInput,
            tr("A blocking Varnish call was refused on the GUI thread."), {}, {}};
    QFuture<Result<http::Response>> f = m_http->exchange(verb, join(instance, path), {}, headers);
    // The HTTP client's own timeout finishes the future; the bound here only matters when the
    // console shuts down under a running call.
    if (!awaitFuture(f, 10 * 60 * 1000) || f.resultCount() == 0)
        return Error {Error::Code::Cancelled, tr("The Varnish call was cancelled."), {}, {}};
    return f.result();
}

Result<VarnishStats> VarnishClient::stats(const QString &instance)
{
    auto r = exchange("GET", instance, QStringLiteral("/.qm/varnish"), {});
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return http::httpStatusError(join(instance, QStringLiteral("/.qm/varnish")), r.value());
    const QJsonDocument doc = QJsonDocument::fromJson(r->body);
    if (!doc.isObject())
        return Error {Error::Code::Protocol,
            tr("%1 did not answer /.qm/varnish with JSON.").arg(instance), {}, {}};
    return parseStats(instance, doc.object());
}

Result<QString> VarnishClient::ban(
    const QString &instance, const QString &urlRegex, const QString &hostRegex)
{
    for (const QString &re : {urlRegex, hostRegex}) {
        if (const QString p = regexProblem(re); !re.isEmpty() && !p.isEmpty())
            return Error {Error::Code::InvalidInput, p, re, {}};
    }
    if (urlRegex.isEmpty() && hostRegex.isEmpty())
        return Error {Error::Code::InvalidInput, tr("A ban needs a URL or a host regex."), {}, {}};
    http::Headers h;
    if (!urlRegex.isEmpty())
        h.append({"X-Ban-Url", banRegex(urlRegex).toUtf8()});
    if (!hostRegex.isEmpty())
        h.append({"X-Ban-Host", banRegex(hostRegex).toUtf8()});
    auto r = exchange("BAN", instance, QStringLiteral("/"), h);
    if (!r)
        return r.error();
    if (!r->isSuccess()) {
        Error e = http::httpStatusError(join(instance, QStringLiteral("/")), r.value());
        e.message = tr("Varnish at %1 refused the ban: %2 %3")
                        .arg(instance)
                        .arg(r->status)
                        .arg(QString::fromUtf8(r->reason));
        return e;
    }
    return QString::fromUtf8(r->header("X-Ban-Expr"));
}

Result<qint64> VarnishClient::purgeTags(const QString &instance, const QStringList &tags)
{
    if (tags.isEmpty())
        return Error {Error::Code::InvalidInput, tr("No tag to purge."), {}, {}};
    auto r = exchange("PURGE", instance, QStringLiteral("/"), {{"xkey", tags.join(u' ').toUtf8()}});
    if (!r)
        return r.error();
    if (!r->isSuccess()) {
        Error e = http::httpStatusError(join(instance, QStringLiteral("/")), r.value());
        e.message = tr("Varnish at %1 refused the purge: %2 %3")
                        .arg(instance)
                        .arg(r->status)
                        .arg(QString::fromUtf8(r->reason));
        return e;
    }
    bool ok = false;
    const qint64 n = r->header("X-Purged").toLongLong(&ok);
    if (!ok)
        return Error {Error::Code::Protocol,
            tr("Varnish at %1 did not say how many objects it purged (no X-Purged: is "
               "the xkey VCL installed?).")
                .arg(instance),
            {}, {}};
    return n;
}

Result<http::Response> VarnishClient::get(const QString &instance, const QString &path)
{
    return exchange("GET", instance, path, {});
}

VarnishMonitor::VarnishMonitor(QStringList instances, QObject *parent)
    : QObject(parent)
    , m_instances(std::move(instances))
    , m_http(new http::JsonClient(this))
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &VarnishMonitor::pollNow);
}

void VarnishMonitor::start()
{
    m_timer.start();
    pollNow();
}

void VarnishMonitor::pollNow()
{
    if (m_inFlight || m_instances.isEmpty())
        return;
    m_inFlight = true;
    auto results = std::make_shared<QVector<VarnishStats>>(m_instances.size());
    auto remaining = std::make_shared<int>(int(m_instances.size()));
    for (qsizetype i = 0; i < m_instances.size(); ++i) {
        const QString instance = m_instances[i];
        whenFinished(this, m_http->get(join(instance, QStringLiteral("/.qm/varnish"))),
            [this, i, instance, results, remaining](const Result<QJsonDocument> &r) {
                if (r && r->isObject()) {
                    (*results)[i] = VarnishClient::parseStats(instance, r->object());
                } else {
                    VarnishStats s;
                    s.instance = instance;
                    s.error = r ? tr("not JSON") : r.error().toString();
                    (*results)[i] = s;
                }
                if (--*remaining == 0) {
                    m_inFlight = false;
                    m_last = *results;
                    Q_EMIT sampled(m_last);
                }
            });
    }
}

} // namespace qm::cache
