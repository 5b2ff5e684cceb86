#pragma once

// Shared state of db::Cluster, split across cluster.cpp (routing) and clusterprobe.cpp (health).

#include "db/cluster.h"

#include <QTimer>
#include <atomic>
#include <chrono>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace qm::db {

using ClusterClock = std::chrono::steady_clock;

struct ClusterNode
{
    ConnectionParams params;
    std::unique_ptr<Pool> pool; // user work
    std::unique_ptr<Pool> probePool; // one connection, short timeouts: health only
    NodeStatus status;
    qint64 replayLsn = 0; // replicas: replay LSN at the last probe
    ClusterClock::time_point probedAt {};
    bool probed = false;
    bool failedSinceProbe = false; // a read could not reach it after the last probe
    Pool::JobId probeJob = 0; // a probe still running (a hung host): do not stack more
    std::optional<Error> probeError; // why the last probe failed
};

class ClusterPrivate
{
public:
    ClusterConfig config;

    mutable std::mutex m;
    std::mutex probeMutex; // guards ClusterNode::probeJob; taken inside m, never the reverse
    std::vector<ClusterNode> nodes;
    int primary = 0;
    bool closing = false;
    qint64 lastWriteLsn = 0;
    ClusterClock::time_point lastWriteAt {};
    ClusterClock::time_point forcePrimaryUntil {};
    unsigned roundRobin = 0;
    std::deque<Pool::JobId> cancelled; // recent cancels: a job moving to the primary stops

    std::mutex qMutex;
    Cluster *q = nullptr;
    QTimer *probeTimer = nullptr; // the Cluster's child: used on its thread only
    std::atomic<bool> probeInFlight {false}; // a timer-driven round is out

    struct Route
    {
        Pool *pool = nullptr;
        int node = -1;
        bool replica = false;
        qint64 verifyLsn = 0; // > 0: check pg_last_wal_replay_lsn() in the job first
    };
    Route routeRead(); // under m
    bool wasCancelled(Pool::JobId id) const; // under m
    void noteWrite(Cluster::Connection &c);
    struct ProbeSample
    {
        NodeStatus status;
        qint64 replayLsn = 0; // replicas
        bool caughtUp = false; // replicas: replayed everything received so far
        double replayAgeSec = -1; // replicas: now() - pg_last_xact_replay_timestamp()
        ClusterClock::time_point at {};
        std::optional<Error> error;
        bool finished = false;
    };
    // Learns roles and lag from one probe round; fills in the samples' lag fields.
    void applyProbe(std::vector<ProbeSample> &samples);
    void emitStatus(const QVector<NodeStatus> &statuses);
};

} // namespace qm::db
