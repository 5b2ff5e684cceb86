#pragma once

#include "common/result.h"
#include "redis/client.h"

#include <QCoreApplication>
#include <vector>

// Blocking helpers for the cache service's worker threads (purge, plan, topology discovery):
// the Client lives on the calling worker thread, and these spin its event loop until the
// replies arrive. Refused on the guarded GUI thread (qm::assertMayBlock).
namespace qm::cache {

Result<redis::Reply> callSync(redis::Client &client, QByteArrayList args, int timeoutMs = 10000);
Result<std::vector<redis::Reply>> pipelineSync(
    redis::Client &client, std::vector<QByteArrayList> commands, int timeoutMs = 30000);

// Waits (as above) for a call sent with Client::command, for workers that keep a call in flight
// while they work: a Timeout error after timeoutMs.
Result<redis::Reply> awaitReply(
    redis::Client &client, const QFuture<Result<redis::Reply>> &future, int timeoutMs = 10000);

// An Error for a Redis error reply to `what` ("SCAN", "UNLINK"...) from `endpoint`.
Error replyError(const redis::Endpoint &endpoint, const QString &what, const redis::Reply &reply);

// True for failures after which the topology must be looked up again (a Sentinel failover or a
// Cluster reshard): connection refused/lost, READONLY, MOVED, ASK, CLUSTERDOWN, LOADING.
bool needsRediscovery(const Error &error);
bool needsRediscovery(const redis::Reply &reply);

} // namespace qm::cache
