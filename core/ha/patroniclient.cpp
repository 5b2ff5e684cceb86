#include "ha/patroniclient.h"

#include "common/whenfinished.h"
#include "http/jsonclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <memory>

namespace qm::ha {

namespace {

Error haError(Error::Code code, const QString &message, const QString &detail = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

// Transport failures move on to the next member; an HTTP answer does not.
bool tryNext(const Error &e)
{
    return e.code == Error::Code::ConnectionFailed || e.code == Error::Code::ConnectionLost
        || e.code == Error::Code::Timeout;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool PatroniMember::isLeader() const
{
    return role == QLatin1String("leader") || role == QLatin1String("master")
        || role == QLatin1String("standby_leader");
}

const PatroniMember *PatroniCluster::leader() const
{
    for (const PatroniMember &m : members) {
        if (m.isLeader())
            return &m;
    }
    return nullptr;
}

const PatroniMember *PatroniCluster::member(const QString &name) const
{
    for (const PatroniMember &m : members) {
        if (m.name == name)
            return &m;
    }
    return nullptr;
}

bool Preflight::ok() const
{
    for (const PreflightReason &r : reasons) {
        if (r.blocking)
            return false;
    }
    return true;
}

bool Preflight::has(PreflightReason::Kind kind) const
{
    for (const PreflightReason &r : reasons) {
        if (r.kind == kind)
            return true;
    }
    return false;
}

PatroniClient::PatroniClient(const QList<QUrl> &memberApis, QObject *parent)
    : QObject(parent)
    , m_apis(memberApis)
    , m_http(new http::JsonClient(this))
    , m_writeHttp(new http::JsonClient(this))
{
    m_writeHttp->setTimeoutMs(60000);
}

PatroniClient::~PatroniClient() = default;

void PatroniClient::setTimeoutMs(int ms)
{
    m_http->setTimeoutMs(ms);
}

Result<PatroniCluster> PatroniClient::parseCluster(const QJsonObject &o, const QUrl &answeredBy)
{
    if (!o.value(QLatin1String("members")).isArray()) {
        return haError(Error::Code::Protocol, tr("Patroni answered without a member list."),
            answeredBy.toString());
    }
    PatroniCluster c;
    c.answeredBy = answeredBy;
    c.paused = o.value(QLatin1String("pause")).toBool();
    c.scheduledSwitchover = o.value(QLatin1String("scheduled_switchover")).toObject();
    const QJsonArray members = o.value(QLatin1String("members")).toArray();
    for (const QJsonValue &v : members) {
        const QJsonObject j = v.toObject();
        PatroniMember m;
        m.name = j.value(QLatin1String("name")).toString();
        m.role = j.value(QLatin1String("role")).toString();
        m.state = j.value(QLatin1String("state")).toString();
        m.host = j.value(QLatin1String("host")).toString();
        m.port = j.value(QLatin1String("port")).toInt();
        m.apiUrl = QUrl(j.value(QLatin1String("api_url")).toString());
        m.timeline = j.value(QLatin1String("timeline")).toInt();
        const QJsonValue lag = j.value(QLatin1String("lag"));
        if (lag.isDouble())
            m.lagBytes = qint64(lag.toDouble());
        else if (lag.isString())
            m.lagUnknown = true; // "unknown"
        m.tags = j.value(QLatin1String("tags")).toObject();
        m.noFailover = m.tags.value(QLatin1String("nofailover")).toBool();
        c.members.append(m);
    }
    return c;
}

PatroniConfig PatroniClient::parseConfig(const QJsonObject &o)
{
    PatroniConfig c;
    c.raw = o;
    if (o.contains(QLatin1String("maximum_lag_on_failover")))
        c.maximumLagOnFailover
            = qint64(o.value(QLatin1String("maximum_lag_on_failover")).toDouble());
    c.ttl = o.value(QLatin1String("ttl")).toInt(c.ttl);
    c.loopWait = o.value(QLatin1String("loop_wait")).toInt(c.loopWait);
    c.retryTimeout = o.value(QLatin1String("retry_timeout")).toInt(c.retryTimeout);
    c.paused = o.value(QLatin1String("pause")).toBool();
    return c;
}

void PatroniClient::getFirst(const QString &path, int index,
    std::function<void(Result<QJsonObject>, QUrl)> done, const Error &last)
{
    if (index >= m_apis.size()) {
        done(haError(Error::Code::ConnectionFailed,
                 tr("No Patroni member answers (%n API(s) asked).", nullptr, int(m_apis.size())),
                 last.toString()),
            {});
        return;
    }
    QUrl url = m_apis.at(index);
    url.setPath(path);
    whenFinished(this, m_http->get(url),
        [this, path, index, done = std::move(done), url](Result<QJsonDocument> r) mutable {
            if (!r && tryNext(r.error())) {
                getFirst(path, index + 1, std::move(done), r.error());
                return;
            }
            if (!r)
                return done(r.error(), url);
            done(r->object(), url);
        });
}

void PatroniClient::postFirst(const QByteArray &verb, const QString &path, const QJsonObject &body,
    int index, std::function<void(Result<QByteArray>)> done, const Error &last)
{
    if (index >= m_apis.size()) {
        done(haError(Error::Code::ConnectionFailed,
            tr("No Patroni member answers (%n API(s) asked).", nullptr, int(m_apis.size())),
            last.toString()));
        return;
    }
    QUrl url = m_apis.at(index);
    url.setPath(path);
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const http::Headers headers {{"Content-Type", "application/json"}};
    whenFinished(this, m_writeHttp->exchange(verb, url, payload, headers),
        [this, verb, path, body, index, done = std::move(done), url](
            Result<http::Response> r) mutable {
            if (!r && tryNext(r.error())) {
                postFirst(verb, path, body, index + 1, std::move(done), r.error());
                return;
            }
            if (!r)
                return done(r.error());
            const QString text = QString::fromUtf8(r->body).trimmed();
            if (!r->isSuccess()) {
                // Patroni's refusal, in its own words, with the status for engineers.
                Error e = http::httpStatusError(url, r.value());
                e.message = text.isEmpty()
                    ? tr("Patroni refused the request (HTTP %1).").arg(r->status)
                    : tr("Patroni refused the request: %1").arg(text);
                return done(e);
            }
            done(r->body);
        });
}

QFuture<Result<PatroniCluster>> PatroniClient::cluster()
{
    auto promise = std::make_shared<QPromise<Result<PatroniCluster>>>();
    promise->start();
    getFirst(QStringLiteral("/cluster"), 0, [promise](Result<QJsonObject> r, QUrl from) {
        promise->addResult(r ? parseCluster(r.value(), from) : Result<PatroniCluster>(r.error()));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<PatroniConfig>> PatroniClient::config()
{
    auto promise = std::make_shared<QPromise<Result<PatroniConfig>>>();
    promise->start();
    getFirst(QStringLiteral("/config"), 0, [promise](Result<QJsonObject> r, QUrl) {
        promise->addResult(
            r ? Result<PatroniConfig>(parseConfig(r.value())) : Result<PatroniConfig>(r.error()));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<QString>> PatroniClient::switchover(const QString &leader, const QString &candidate)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QJsonObject body;
    if (!leader.isEmpty())
        body.insert(QLatin1String("leader"), leader);
    if (!candidate.isEmpty())
        body.insert(QLatin1String("candidate"), candidate);
    postFirst("POST", QStringLiteral("/switchover"), body, 0, [promise](Result<QByteArray> r) {
        promise->addResult(r ? Result<QString>(QString::fromUtf8(r.value()).trimmed())
                             : Result<QString>(r.error()));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<QString>> PatroniClient::failover(const QString &candidate)
{
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    promise->start();
    QJsonObject body {{QLatin1String("candidate"), candidate}};
    postFirst("POST", QStringLiteral("/failover"), body, 0, [promise](Result<QByteArray> r) {
        promise->addResult(r ? Result<QString>(QString::fromUtf8(r.value()).trimmed())
                             : Result<QString>(r.error()));
        promise->finish();
    });
    return promise->future();
}

QFuture<Status> PatroniClient::pause(bool paused)
{
    auto promise = std::make_shared<QPromise<Status>>();
    promise->start();
    QJsonObject body {{QLatin1String("pause"), paused}};
    postFirst("PATCH", QStringLiteral("/config"), body, 0, [promise](Result<QByteArray> r) {
        promise->addResult(r ? Status(Done {}) : Status(r.error()));
        promise->finish();
    });
    return promise->future();
}

QList<PreflightReason> PatroniClient::reasonsFor(const PatroniCluster &cluster,
    const PatroniConfig &config, const QString &candidate, qint64 dcsAgeSeconds)
{
    using K = PreflightReason::Kind;
    QList<PreflightReason> out;
    auto add = [&out](K kind, QString message, bool blocking = true) {
        out.append(PreflightReason {kind, blocking, std::move(message)});
    };
    if (dcsAgeSeconds >= 0 && dcsAgeSeconds > config.ttl) {
        add(K::DcsUnreachable,
            tr("The leader last reached etcd %1 s ago (more than the leader lock's ttl of %2 s): "
               "without etcd nothing can switch over. Check etcd first.")
                .arg(dcsAgeSeconds)
                .arg(config.ttl));
    }
    if (cluster.paused || config.paused) {
        add(K::Paused,
            tr("Patroni is paused (maintenance mode): someone is working on this cluster and "
               "automatic failover is off. Resume it (patronictl resume) before a planned "
               "switchover."));
    }
    const PatroniMember *leader = cluster.leader();
    if (!leader) {
        add(K::NoLeader,
            tr("The cluster has no leader: a switchover needs one. Use a failover to a chosen "
               "candidate instead."));
    }
    const PatroniMember *c = cluster.member(candidate);
    if (!c) {
        QStringList names;
        for (const PatroniMember &m : cluster.members)
            names << m.name;
        add(K::UnknownCandidate,
            tr("There is no member named \"%1\" (members: %2).")
                .arg(candidate, names.join(QLatin1String(", "))));
        return out;
    }
    if (c->isLeader()) {
        add(K::CandidateIsLeader, tr("%1 is already the leader.").arg(candidate));
        return out;
    }
    if (c->state != QLatin1String("running") && c->state != QLatin1String("streaming")) {
        add(K::CandidateNotRunning,
            tr("%1 is not running (state \"%2\"): only a running replica can take over.")
                .arg(candidate, c->state));
    }
    if (c->noFailover) {
        add(K::NoFailoverTag,
            tr("%1 has the tag nofailover: Patroni never promotes it. Remove the tag from its "
               "configuration (and reload) or choose another candidate.")
                .arg(candidate));
    }
    if (c->lagUnknown || (!c->lagBytes && !c->isLeader())) {
        add(K::LagUnknown,
            tr("%1's replication lag is unknown (it does not stream from the leader): Patroni "
               "cannot tell whether it has all the data.")
                .arg(candidate));
    } else if (c->lagBytes && *c->lagBytes > config.maximumLagOnFailover) {
        add(K::LagTooHigh,
            tr("%1 lags %2 MiB behind the leader, more than maximum_lag_on_failover (%3 MiB): "
               "wait until it catches up.")
                .arg(candidate, mib(*c->lagBytes), mib(config.maximumLagOnFailover)));
    }
    if (leader && c->timeline > 0 && leader->timeline > 0 && c->timeline != leader->timeline) {
        add(K::TimelineDiffers,
            tr("%1 is on timeline %2 but the leader %3 is on timeline %4: it follows an older "
               "history and must be rebuilt (patronictl reinit) before it can take over.")
                .arg(candidate)
                .arg(c->timeline)
                .arg(leader->name)
                .arg(leader->timeline));
    }
    return out;
}

QFuture<Result<Preflight>> PatroniClient::preflightSwitchover(const QString &candidate)
{
    using K = PreflightReason::Kind;
    auto promise = std::make_shared<QPromise<Result<Preflight>>>();
    promise->start();
    auto finish = [promise](Result<Preflight> r) {
        promise->addResult(std::move(r));
        promise->finish();
    };
    whenFinished(this, cluster(), [this, candidate, finish](Result<PatroniCluster> cr) mutable {
        Preflight p;
        p.candidate = candidate;
        if (!cr) {
            // /cluster reads etcd; /patroni does not. A member that answers the one but not the
            // other has lost etcd; no answer at all means Patroni itself is down.
            getFirst(QStringLiteral("/patroni"), 0,
                [p, finish, clusterError = cr.error()](Result<QJsonObject> r, QUrl from) mutable {
                    if (!r) {
                        p.reasons.append(PreflightReason {K::NoMemberAnswers, true,
                            tr("No Patroni member answers: check that Patroni runs (%1).")
                                .arg(clusterError.toString())});
                        return finish(p);
                    }
                    const QJsonValue seen = r->value(QLatin1String("dcs_last_seen"));
                    const QString when = seen.isDouble()
                        ? tr("it last reached etcd %1 s ago")
                              .arg(QDateTime::currentSecsSinceEpoch() - qint64(seen.toDouble()))
                        : tr("it has not reached etcd");
                    p.reasons.append(PreflightReason {K::DcsUnreachable, true,
                        tr("Patroni answers on %1 but cannot read the cluster from etcd (%2): "
                           "without etcd there is no leader lock to hand over. Bring etcd back "
                           "first.")
                            .arg(from.authority(), when)});
                    finish(p);
                });
            return;
        }
        p.cluster = cr.value();
        if (const PatroniMember *l = p.cluster.leader())
            p.leader = l->name;
        whenFinished(
            this, config(), [this, p, candidate, finish](Result<PatroniConfig> cfg) mutable {
                if (cfg)
                    p.config = cfg.value();
                const PatroniMember *l = p.cluster.leader();
                if (!l || !l->apiUrl.isValid()) {
                    p.reasons = reasonsFor(p.cluster, p.config, candidate);
                    return finish(p);
                }
                // The leader's own view: is its REST API up, and when did it last reach etcd?
                QUrl url = l->apiUrl;
                url.setPath(QStringLiteral("/patroni"));
                whenFinished(this, m_http->get(url),
                    [p, candidate, finish, leaderName = l->name](Result<QJsonDocument> r) mutable {
                        qint64 dcsAge = -1;
                        if (r) {
                            const QJsonValue seen
                                = r->object().value(QLatin1String("dcs_last_seen"));
                            if (seen.isDouble())
                                dcsAge
                                    = QDateTime::currentSecsSinceEpoch() - qint64(seen.toDouble());
                        }
                        p.reasons = reasonsFor(p.cluster, p.config, candidate, dcsAge);
                        if (!r) {
                            p.reasons.prepend(PreflightReason {K::LeaderUnreachable, true,
                                tr("The leader %1 does not answer on its REST API (%2): Patroni "
                                   "cannot hand over from it.")
                                    .arg(leaderName, r.error().toString())});
                        }
                        finish(p);
                    });
            });
    });
    return promise->future();
}

} // namespace qm::ha
