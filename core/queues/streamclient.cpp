#include "queues/streamclient.h"

#include "cache/redissync.h"

#include <QThread>
#include <algorithm>

namespace qm::queues {

cache::RedisDeployment standaloneDeployment(const redis::Endpoint &endpoint)
{
    cache::RedisDeployment d;
    d.mode = RedisSettings::Mode::Standalone;
    d.hosts = {endpoint.name()};
    d.auth = endpoint;
    return d;
}

namespace {

// A failure after which the command may have run on the server (its reply was lost).
bool mayHaveRun(const Error &e)
{
    return e.code == Error::Code::ConnectionLost || e.code == Error::Code::Timeout;
}

} // namespace

StreamClient::StreamClient(cache::RedisDeployment deployment)
    : m_deployment(std::move(deployment))
{ }

StreamClient::StreamClient(const redis::Endpoint &endpoint)
    : m_deployment(standaloneDeployment(endpoint))
{ }

StreamClient::~StreamClient()
{
    disconnect();
}

void StreamClient::disconnect()
{
    for (auto &[name, client] : m_clients)
        client->disconnectFromServer();
    m_clients.clear();
}

Status StreamClient::refresh()
{
    ++m_rediscoveries;
    auto t = cache::TopologyResolver::resolve(m_deployment);
    if (!t)
        return t.error();
    m_topology = *t;
    return Done {};
}

Result<const cache::RedisNode *> StreamClient::masterFor(const QByteArray &key)
{
    if (!m_topology) {
        const Status s = refresh();
        if (!s)
            return s.error();
    }
    const cache::RedisNode *n = m_topology->masterForKey(key);
    if (!n)
        return Error {Error::Code::ConnectionFailed,
            tr("No Redis master serves the key %1 (the cluster is missing slots).")
                .arg(QString::fromUtf8(key)),
            m_deployment.describe(), {}};
    return n;
}

redis::Client &StreamClient::clientFor(const redis::Endpoint &endpoint)
{
    auto &slot = m_clients[endpoint.name()];
    if (!slot)
        slot = std::make_unique<redis::Client>(endpoint);
    return *slot;
}

QString StreamClient::nodeFor(const QByteArray &key)
{
    if (!m_topology)
        return {};
    const cache::RedisNode *n = m_topology->masterForKey(key);
    return n ? n->name() : QString();
}

Result<redis::Reply> StreamClient::command(
    const QByteArray &key, QByteArrayList args, bool *retried, int timeoutMs)
{
    if (retried)
        *retried = false;
    QElapsedTimer clock;
    clock.start();
    int backoffMs = 100;
    std::optional<Error> last;
    for (int attempt = 0;; ++attempt) {
        if (attempt > 0) {
            // The topology moved (or is moving): look it up again until a master answers.
            if (clock.elapsed() > m_failoverWaitMs
                || m_deployment.mode == RedisSettings::Mode::Standalone)
                break; // one server: nothing to follow
            QThread::msleep(ulong(backoffMs));
            backoffMs = std::min(backoffMs * 2, 1000);
            const Status s = refresh();
            if (!s) {
                last = s.error(); // Sentinel may name no master mid-failover: try again
                continue;
            }
        }
        const auto node = masterFor(key);
        if (!node) {
            if (attempt == 0)
                return node.error(); // a profile that cannot work: say so at once
            last = node.error();
            continue;
        }
        redis::Client &client = clientFor(node.value()->endpoint);
        const Result<redis::Reply> r = client.commandSync(args, timeoutMs);
        if (!r) {
            if (!cache::needsRediscovery(r.error()))
                return r;
            if (retried && mayHaveRun(r.error()))
                *retried = true;
            last = r.error();
            client.disconnectFromServer();
            continue;
        }
        // READONLY (a demoted master: the first write of a script refuses it, before any
        // effect), MOVED/ASK (another node serves the slot), CLUSTERDOWN, LOADING: not run.
        if (cache::needsRediscovery(*r)) {
            last = cache::replyError(node.value()->endpoint, QString::fromUtf8(args.value(0)), *r);
            continue;
        }
        return r;
    }
    Error e = last.value_or(Error {});
    e.message = tr("The Redis master for %1 did not answer within %2 s: %3")
                    .arg(QString::fromUtf8(key))
                    .arg(m_failoverWaitMs / 1000)
                    .arg(e.message);
    return e;
}

qint64 StreamClient::waitForReplicas(const QByteArray &key, int timeoutMs)
{
    if (!m_topology || m_topology->isCluster())
        return -1;
    const bool any = std::any_of(m_topology->replicas.cbegin(), m_topology->replicas.cend(),
        [](const cache::RedisNode &n) { return n.healthy; });
    if (!any)
        return -1;
    const auto node = masterFor(key);
    if (!node)
        return 0;
    const auto r = clientFor(node.value()->endpoint)
                       .commandSync({"WAIT", "1", QByteArray::number(timeoutMs)}, timeoutMs + 5000);
    return r && r->isInteger() ? r->integer : 0;
}

} // namespace qm::queues
