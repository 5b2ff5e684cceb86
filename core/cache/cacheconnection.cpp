#include "cache/cacheconnection.h"

#include "cache/redissync.h"
#include "cache/sentinelwatcher.h"
#include "common/logging.h"
#include "common/whenfinished.h"

#include <QtConcurrent>

namespace qm::cache {

CacheConnection::CacheConnection(RedisDeployment deployment, QObject *parent)
    : QObject(parent)
    , m_deployment(std::move(deployment))
{
    if (m_deployment.mode == RedisSettings::Mode::Sentinel) {
        m_watcher = new SentinelWatcher(this);
        connect(m_watcher, &SentinelWatcher::switchMaster, this,
            [this](const QString &name, const QString &host, int port) {
                if (name != m_deployment.masterName)
                    return;
                const QString to = host + u':' + QString::number(port);
                const QString from
                    = m_topology.masters.isEmpty() ? QString() : m_topology.masters.first().name();
                if (from != to)
                    Q_EMIT masterMoved(from, to);
                rediscover();
            });
    }
}

CacheConnection::~CacheConnection()
{
    const Error gone {Error::Code::Cancelled, tr("The cache connection was closed."), {}, {}};
    auto waiting = std::move(m_waiting);
    for (auto &w : waiting)
        w(&gone);
}

void CacheConnection::start()
{
    if (m_watcher) {
        std::vector<redis::Endpoint> sentinels;
        for (const QString &s : m_deployment.hosts)
            sentinels.push_back(m_deployment.sentinelEndpoint(s));
        m_watcher->watch(sentinels);
    }
    rediscover();
}

void CacheConnection::rediscover()
{
    if (m_discovering) {
        m_again = true;
        return;
    }
    m_discovering = true;
    const RedisDeployment d = m_deployment;
    auto resolved = QtConcurrent::run([d] {
        // A worker thread: its clients are created and closed inside resolve().
        return TopologyResolver::resolve(d);
    });
    whenFinished(this, resolved, [this](const Result<RedisTopology> &r) {
        m_discovering = false;
        applyTopology(r);
        if (m_again) {
            m_again = false;
            rediscover();
        }
    });
}

void CacheConnection::applyTopology(const Result<RedisTopology> &result)
{
    if (!result) {
        qCWarning(lcCache) << "Redis discovery failed:" << result.error().toString();
        Q_EMIT discoveryFailed(result.error());
        auto waiting = std::move(m_waiting);
        m_waiting.clear();
        for (auto &w : waiting)
            w(&result.error());
        return;
    }
    const RedisTopology &t = result.value();
    // Drop the clients of nodes that are gone or changed role, so no command lands on them.
    QSet<QString> keep;
    for (const RedisNode &n : t.allNodes())
        keep.insert(n.name());
    const bool changed = !m_ready || t.masterNames() != m_topology.masterNames();
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (!keep.contains(it.key()) || (changed && !t.masterNames().contains(it.key()))) {
            it.value()->deleteLater();
            it = m_clients.erase(it);
        } else {
            ++it;
        }
    }
    m_topology = t;
    m_ready = true;
    ++m_generation;
    qCInfo(lcCache) << "Redis topology:" << t.masterNames() << "masters via" << t.resolvedVia;
    Q_EMIT topologyChanged(m_topology);
    auto waiting = std::move(m_waiting);
    m_waiting.clear();
    for (auto &w : waiting)
        w(nullptr);
}

redis::Client *CacheConnection::client(const QString &nodeName)
{
    if (redis::Client *c = m_clients.value(nodeName))
        return c;
    for (const RedisNode &n : m_topology.allNodes()) {
        if (n.name() == nodeName) {
            auto *c = new redis::Client(n.endpoint, this);
            m_clients.insert(nodeName, c);
            return c;
        }
    }
    return nullptr;
}

QFuture<Result<redis::Reply>> CacheConnection::command(const QByteArray &key, QByteArrayList args)
{
    auto promise = std::make_shared<QPromise<Result<redis::Reply>>>();
    promise->start();
    QFuture<Result<redis::Reply>> f = promise->future();
    attempt(key, std::move(args), promise, 1);
    return f;
}

void CacheConnection::attempt(QByteArray key, QByteArrayList args,
    std::shared_ptr<QPromise<Result<redis::Reply>>> promise, int retries)
{
    auto finish = [promise](const Result<redis::Reply> &r) {
        promise->addResult(r);
        promise->finish();
    };
    if (!m_ready) {
        m_waiting.push_back([this, key, args, promise, retries, finish](const Error *e) {
            if (e)
                return finish(*e);
            attempt(key, args, promise, retries);
        });
        if (!m_discovering)
            rediscover();
        return;
    }
    const RedisNode *node = m_topology.masterForKey(key);
    redis::Client *c = node ? client(node->name()) : nullptr;
    if (!c) {
        return finish(
            Error {Error::Code::NotFound, tr("No Redis master serves this key."), {}, {}});
    }
    // If this connection goes first, the watcher drops the captured promise, which then ends
    // the caller's future without a result (a Cancelled error for whenFinished).
    whenFinished(this, c->command(args),
        [this, key, args, promise, retries, finish](const Result<redis::Reply> &r) {
            const bool moved = r ? needsRediscovery(r.value()) : needsRediscovery(r.error());
            if (moved && retries > 0) {
                qCInfo(lcCache) << "Redis topology may have changed; rediscovering";
                m_waiting.push_back([this, key, args, promise, retries, finish](const Error *e) {
                    if (e)
                        return finish(*e);
                    attempt(key, args, promise, retries - 1);
                });
                rediscover();
                return;
            }
            finish(r);
        });
}

QFuture<Result<redis::Reply>> CacheConnection::commandOn(
    const QString &nodeName, QByteArrayList args)
{
    if (redis::Client *c = client(nodeName))
        return c->command(std::move(args));
    return QtFuture::makeReadyFuture(Result<redis::Reply>(Error {
        Error::Code::NotFound, tr("%1 is not part of this deployment.").arg(nodeName), {}, {}}));
}

} // namespace qm::cache
