#pragma once

#include "common/result.h"

#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace qm::http {
class JsonClient;
}

namespace qm::ha {

// A JSON number as a qint64, clamped to +-2^53 (Patroni's lag, maximum_lag_on_failover and
// dcs_last_seen: a value beyond qint64 must not wrap into a negative lag, and an age computed
// from it must not overflow). Not a number: fallback.
qint64 clampedInt64(const QJsonValue &value, qint64 fallback = 0);

// One member of a Patroni cluster as GET /cluster reports it.
struct PatroniMember
{
    QString name;
    QString role; // "leader", "replica", "sync_standby", "standby_leader"
    QString state; // "running", "streaming", "stopped", "starting", ...
    QString host;
    int port = 0;
    QUrl apiUrl; // its REST API
    std::optional<qint64> lagBytes; // replicas; nullopt for the leader and for "unknown"
    bool lagUnknown = false; // Patroni said "unknown" (not streaming, no position)
    int timeline = 0; // 0: not reported
    bool noFailover = false; // tags.nofailover
    QJsonObject tags;

    bool isLeader() const;
};

struct PatroniCluster
{
    QList<PatroniMember> members;
    bool paused = false;
    QUrl answeredBy; // the member API that answered
    // Scheduled switchover, if any ("scheduled_switchover" in /cluster).
    QJsonObject scheduledSwitchover;

    const PatroniMember *leader() const; // nullptr: no leader
    const PatroniMember *member(const QString &name) const;
};

// The dynamic configuration (GET /config): what failover and switchover decisions use.
struct PatroniConfig
{
    qint64 maximumLagOnFailover = 1048576; // Patroni's default
    int ttl = 30;
    int loopWait = 10;
    int retryTimeout = 10;
    bool paused = false;
    QJsonObject raw;
};

// Why a switchover to a candidate would be refused (or is risky), said for people.
struct PreflightReason
{
    enum class Kind {
        NoMemberAnswers, // no Patroni REST API answered
        DcsUnreachable, // the members have not reached etcd (the DCS) recently
        NoLeader, // the cluster has no leader
        LeaderUnreachable, // the leader's REST API does not answer
        UnknownCandidate,
        CandidateIsLeader,
        CandidateNotRunning,
        NoFailoverTag,
        LagUnknown,
        LagTooHigh,
        TimelineDiffers,
        Paused,
    };
    Kind kind;
    bool blocking = true; // false: the switchover would go ahead, but read this first
    QString message; // translated
};

struct Preflight
{
    QString leader;
    QString candidate;
    QList<PreflightReason> reasons;
    PatroniCluster cluster;
    PatroniConfig config;

    bool ok() const; // no blocking reason
    bool has(PreflightReason::Kind kind) const;
};

// Patroni's REST API through qm::http::JsonClient. Every call asks the member APIs in the order
// given until one answers (a member that is down is skipped); writes (switchover, failover,
// pause) go to the first that answers, as patronictl does. Futures finish on the client's thread.
class PatroniClient : public QObject
{
    Q_OBJECT
public:
    explicit PatroniClient(const QList<QUrl> &memberApis, QObject *parent = nullptr);
    ~PatroniClient() override;

    void setTimeoutMs(int ms); // reads; writes wait up to 60 s for Patroni's answer
    // https member APIs (Patroni's restapi certfile): trust only this PEM file's CAs (the
    // profile's CA file; empty: the system's). A refused certificate is a ConnectionFailed error
    // whose message names the cause (http/jsonclient.h); the next member is asked.
    void setCaFile(const QString &path);
    QList<QUrl> memberApis() const { return m_apis; }

    QFuture<Result<PatroniCluster>> cluster();
    QFuture<Result<PatroniConfig>> config();
    // POST /switchover {leader, candidate}: Patroni's answer text on success ("Successfully
    // switched over to ..."); its refusal (412 and the text) as an Error otherwise.
    QFuture<Result<QString>> switchover(const QString &leader, const QString &candidate);
    // POST /failover {candidate}: works without a leader.
    QFuture<Result<QString>> failover(const QString &candidate);
    // PATCH /config {"pause": paused}; finishes once the change is accepted.
    QFuture<Status> pause(bool paused);
    // Every reason a switchover from the current leader to candidate would fail or is risky,
    // checked against /cluster, /config and the leader's /patroni: the explained form of
    // Patroni's "412 no good candidates". Never changes anything.
    QFuture<Result<Preflight>> preflightSwitchover(const QString &candidate);

    // The reasons for a cluster and config already read (the pure part of the pre-flight;
    // dcsAgeSeconds: how long since the leader last reached the DCS, or -1 if unknown).
    static QList<PreflightReason> reasonsFor(const PatroniCluster &cluster,
        const PatroniConfig &config, const QString &candidate, qint64 dcsAgeSeconds = -1);
    static Result<PatroniCluster> parseCluster(const QJsonObject &o, const QUrl &answeredBy);
    static PatroniConfig parseConfig(const QJsonObject &o);

private:
    Error noMemberAnswers(const Error &last) const;
    // GET path on the first member API that answers (any HTTP status but 5xx counts as an answer
    // for /cluster; a connection failure or timeout moves on to the next).
    void getFirst(const QString &path, int index,
        std::function<void(Result<QJsonObject>, QUrl)> done, const Error &last = {});
    void postFirst(const QByteArray &verb, const QString &path, const QJsonObject &body, int index,
        std::function<void(Result<QByteArray>)> done, const Error &last = {});

    QList<QUrl> m_apis;
    http::JsonClient *m_http;
    // Writes wait for Patroni's answer, which comes when the switchover is done: a long timeout.
    http::JsonClient *m_writeHttp;
};

} // namespace qm::ha

Q_DECLARE_METATYPE(qm::ha::PatroniCluster)
