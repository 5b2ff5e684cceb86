#pragma once

#include "common/result.h"
#include "http/jsonclient.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace qm::cache {

// One Varnish instance's invalidation state, from GET <instance>/.qm/varnish: the ban list and
// counters (varnishstat -j + varnishadm ban.list, served through Varnish from loopback; see
// server/sandbox/varnish.vcl). Any agent that serves that JSON works: the console never holds
// Varnish's CLI secret.
struct VarnishStats
{
    QString instance; // base URL
    bool up = false;
    QString error;
    qint64 banListLength = -1; // bans in the list (completed ones included until lurked away)
    qint64 bansAdded = -1;
    qint64 objects = -1; // MAIN.n_object
    qint64 hits = -1;
    qint64 misses = -1;
    qint64 purgedObjects = -1; // MAIN.n_obj_purged
    QStringList banList; // "time objects [C] spec"
};

// Blocking Varnish calls for worker threads (a purge step): the HTTP client lives on the calling
// thread for the object's lifetime, and each call spins a local event loop.
//   BAN   <instance>/  X-Ban-Url: <regex>, X-Ban-Host: <regex>  -> a lurker-friendly ban
//   PURGE <instance>/  xkey: <tags>                              -> X-Purged: <objects>
class VarnishClient
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::VarnishClient)
public:
    explicit VarnishClient(int timeoutMs = 5000);
    ~VarnishClient();

    Result<VarnishStats> stats(const QString &instance);
    // Adds one ban; returns the ban expression Varnish accepted.
    Result<QString> ban(const QString &instance, const QString &urlRegex, const QString &hostRegex);
    Result<qint64> purgeTags(const QString &instance, const QStringList &tags);
    Result<http::Response> get(const QString &instance, const QString &path);

    // Why a regex cannot be sent (empty when fine): invalid PCRE, or a quote/newline that would
    // break out of the ban expression.
    static QString regexProblem(const QString &regex);
    // The regex as sent: blanks as \x20 / \t (Varnish splits ban expressions on whitespace).
    static QString banRegex(const QString &regex);
    static VarnishStats parseStats(const QString &instance, const QJsonObject &json);

private:
    Result<http::Response> exchange(const QByteArray &verb, const QString &instance,
        const QString &path, const http::Headers &headers);
    std::unique_ptr<http::JsonClient> m_http;
};

// Polls every instance's stats for the GUI (asynchronous, never blocks).
class VarnishMonitor : public QObject
{
    Q_OBJECT
public:
    explicit VarnishMonitor(QStringList instances, QObject *parent = nullptr);
    void setInterval(int ms) { m_timer.setInterval(ms); }
    void start();
    void stop() { m_timer.stop(); }
    void pollNow();
    const QVector<VarnishStats> &last() const { return m_last; }
    const QStringList &instances() const { return m_instances; }

Q_SIGNALS:
    void sampled(const QVector<qm::cache::VarnishStats> &stats);

private:
    QStringList m_instances;
    http::JsonClient *m_http;
    QTimer m_timer;
    QVector<VarnishStats> m_last;
    bool m_inFlight = false;
};

} // namespace qm::cache

Q_DECLARE_METATYPE(qm::cache::VarnishStats)
