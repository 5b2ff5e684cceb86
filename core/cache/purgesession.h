#pragma once

// Internals of RedisPurgeAction (redispurge.cpp, purgeexecute.cpp): one worker step's view of the
// deployment. Created on the worker thread, with its clients; gone when the step returns.

#include "cache/pacer.h"
#include "cache/purgespec.h"
#include "cache/topology.h"
#include "common/result.h"
#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <map>
#include <memory>
#include <vector>

namespace qm::cache {

// One source of candidate keys: a SCAN over every master, or the members of one tag set.
struct PurgePhase
{
    enum class Source { Scan, TagSet };
    Source source = Source::Scan;
    QByteArray serverMatch; // Scan: SCAN's MATCH
    QByteArrayList localGlobs; // a key must match one of them (empty: serverMatch itself)
    QByteArray tagKey; // TagSet: the set; deleted after its members
};

std::vector<PurgePhase> phasesFor(const RedisPurgeSpec &spec);

class PurgeSession
{
    Q_DECLARE_TR_FUNCTIONS(qm::cache::RedisPurgeAction)
public:
    PurgeSession(RedisDeployment deployment, PurgePolicy policy);
    ~PurgeSession();

    Status connect(); // resolves the topology
    const RedisTopology &topology() const { return m_topology; }
    const PurgePolicy &policy() const { return m_policy; }
    redis::Client &client(const RedisNode &node);
    const RedisNode &nodeForKey(const QByteArray &key) const;

    enum class Verdict { Skip, Protected, Hit };
    Verdict classify(const PurgePhase &phase, const QByteArray &key, bool unlock) const;
    bool isProtected(const QByteArray &key) const;

    // Calls onBatch(keys, owner) for each SCAN/SSCAN batch of the phase (keys not yet filtered).
    // Stops early, returning Cancelled, when cancelled. No pacing: reads are light.
    using BatchFn = std::function<void(const QByteArrayList &keys)>;
    Status walk(const PurgePhase &phase, const BatchFn &onBatch, const safety::CancelToken &cancel,
        int count = 1000);

    // EXISTS for each key (routed, pipelined per node): true where it exists.
    Result<std::vector<bool>> exists(const QByteArrayList &keys);
    // MEMORY USAGE for each key (routed); -1 where unknown.
    Result<std::vector<qint64>> memoryUsage(const QByteArrayList &keys);
    // UNLINK grouped by node; one command per key on a Cluster (keys of one UNLINK must share a
    // slot). Returns how many existed.
    Result<qint64> unlink(const QByteArrayList &keys);

    Error lostError(const RedisNode &node, const Error &cause, qint64 deleted) const;

private:
    Result<std::vector<redis::Reply>> perKey(const QByteArrayList &keys,
        const std::function<QByteArrayList(const QByteArray &)> &command);

    RedisDeployment m_deployment;
    PurgePolicy m_policy;
    RedisTopology m_topology;
    std::map<QString, std::unique_ptr<redis::Client>> m_clients;
};

// A SCAN of one master that keeps the next call in flight while the caller works on the last
// batch: Redis looks for the next keys while we classify, count or delete these, so a walk costs
// about what Redis spends on it rather than that plus our share plus a round trip per batch.
// COUNT follows the pacer; what one batch kept Redis busy for is fed back to it.
class ScanStream
{
public:
    ScanStream(redis::Client &client, QByteArray match, Pacer &pacer, int maxCount = 1000);

    bool atEnd() const { return m_atEnd; }
    // The next batch (keys not yet filtered). Sends the following SCAN before it returns, so it
    // runs while the caller works. After an error (the server's refusal or the connection's) the
    // stream is at its end.
    Result<QByteArrayList> next();
    // The last batch's round trip in ms. When its reply was already waiting when we looked, it
    // took at most that long (lastBatchAtMost()): the time we spent elsewhere meanwhile.
    double lastBatchMs() const { return m_lastBatchMs; }
    bool lastBatchAtMost() const { return m_lastBatchAtMost; }

private:
    void send();

    redis::Client &m_client;
    QByteArray m_match;
    Pacer &m_pacer;
    int m_maxCount;
    QByteArray m_cursor = "0";
    QFuture<Result<redis::Reply>> m_inflight;
    QElapsedTimer m_sent;
    bool m_atEnd = false;
    double m_lastBatchMs = -1;
    bool m_lastBatchAtMost = false;
};

// Exact counting of distinct keys with 8 bytes per key: SCAN returns a key twice when the table
// rehashes mid-scan, so counts are made over distinct 64-bit hashes of the names.
class DistinctCounter
{
public:
    void insert(const QByteArray &key);
    qint64 count();
    void clear()
    {
        m_hashes.clear();
        m_sorted = 0;
    }

private:
    void compact();
    std::vector<quint64> m_hashes;
    size_t m_sorted = 0; // m_hashes[0, m_sorted) is sorted and unique
};

} // namespace qm::cache
