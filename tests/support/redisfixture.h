#pragma once

// The sandbox's Redis deployments as the tests reach them (cache.json, written by
// server/sandbox/cache.sh): the Sentinel-monitored pair and the three-master Cluster, and a
// Sentinel failover that waits until the new master is named. Header-only: only the tests that
// include it need qm_core's cache topology.
#include "cache/redissync.h"
#include "cache/topology.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace qmtest {

inline QJsonObject cacheStack()
{
    QFile f(sandboxDir() + QStringLiteral("/cache.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject {};
}

inline QStringList jsonStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

inline qm::cache::RedisDeployment sentinelDeployment()
{
    qm::cache::RedisDeployment d;
    d.mode = qm::RedisSettings::Mode::Sentinel;
    const QJsonObject s = cacheStack().value(QStringLiteral("sentinel")).toObject();
    d.hosts = jsonStrings(s.value(QStringLiteral("sentinels")));
    d.masterName = s.value(QStringLiteral("master")).toString();
    return d;
}

inline qm::cache::RedisDeployment clusterDeployment()
{
    qm::cache::RedisDeployment d;
    d.mode = qm::RedisSettings::Mode::Cluster;
    d.hosts = jsonStrings(
        cacheStack().value(QStringLiteral("cluster")).toObject().value(QStringLiteral("seeds")));
    return d;
}

inline qm::redis::Endpoint endpointOf(const QString &hostPort)
{
    qm::redis::Endpoint e;
    qm::Profile::splitHostPort(hostPort, 6379, &e.host, &e.port);
    return e;
}

// "host:port" of the master Sentinel names now.
inline QString currentMaster(const qm::cache::RedisDeployment &d)
{
    qm::redis::Client s(d.sentinelEndpoint(d.hosts.first()));
    auto r = qm::cache::callSync(s, {"SENTINEL", "get-master-addr-by-name", d.masterName.toUtf8()});
    if (!r || !r->isArray() || r->elements.size() != 2)
        return {};
    return r->elements[0].toString() + u':' + r->elements[1].toString();
}

inline bool isMaster(const QString &hostPort)
{
    qm::redis::Client m(endpointOf(hostPort));
    auto role = qm::cache::callSync(m, {"ROLE"});
    return role && role->isArray() && !role->elements.empty() && role->elements[0].str == "master";
}

// Asks Sentinel for a failover until it accepts one (it refuses while the demoted master is not
// yet a replica in sync: NOGOODSLAVE), then waits until Sentinel names a new master.
inline bool sentinelFailover(const qm::cache::RedisDeployment &d, int timeoutMs = 40000)
{
    const QString before = currentMaster(d);
    qm::redis::Client s(d.sentinelEndpoint(d.hosts.first()));
    QElapsedTimer t;
    t.start();
    bool asked = false;
    while (t.elapsed() < timeoutMs) {
        if (!asked) {
            auto r = qm::cache::callSync(s, {"SENTINEL", "FAILOVER", d.masterName.toUtf8()});
            asked = r && !r->isError();
            if (r && r->isError())
                qInfo() << "SENTINEL FAILOVER:" << r->toString();
        }
        if (asked && currentMaster(d) != before)
            return true;
        QTest::qWait(250);
    }
    return false;
}

// Fails over until `original` is the master again and accepts writes (leave the sandbox as found).
inline bool sentinelFailBack(const qm::cache::RedisDeployment &d, const QString &original)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 90000) {
        if (currentMaster(d) == original && isMaster(original))
            return true;
        if (currentMaster(d) != original)
            sentinelFailover(d);
        QTest::qWait(250);
    }
    return false;
}

} // namespace qmtest
