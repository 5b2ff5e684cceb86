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

// Transport failures move on to the next member; an HTTP answer does not.
bool tryNext(const Error &e)
{
    return e.code == Error::Code::ConnectionFailed || e.code == Error::Code::ConnectionLost
        || e.code == Error::Code::Timeout;
}

} // namespace

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

void PatroniClient::setCaFile(const QString &path)
{
    m_http->setCaFile(path);
    m_writeHttp->setCaFile(path);
}

Error PatroniClient::noMemberAnswers(const Error &last) const
{
    // The last member's reason in the message itself: a refused certificate (wrong CA, wrong
    // host name) says what to fix, where "no answer" alone would send people to Patroni.
    const QString asked
        = tr("No Patroni member answers (%n API(s) asked).", nullptr, int(m_apis.size()));
    return Error {Error::Code::ConnectionFailed,
        last.message.isEmpty() ? asked : tr("%1 The last one: %2").arg(asked, last.message),
        last.toString(), {}};
}

void PatroniClient::getFirst(const QString &path, int index,
    std::function<void(Result<QJsonObject>, QUrl)> done, const Error &last)
{
    if (index >= m_apis.size()) {
        done(noMemberAnswers(last), {});
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
        done(noMemberAnswers(last));
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
                              .arg(QDateTime::currentSecsSinceEpoch() - clampedInt64(seen))
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
                                dcsAge = QDateTime::currentSecsSinceEpoch() - clampedInt64(seen);
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
