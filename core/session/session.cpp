#include "session/session.h"

#include "audit/chain.h"
#include "audit/checkpointkey.h"
#include "cache/cacheconnection.h"
#include "common/logging.h"
#include "common/whenfinished.h"
#include "db/cluster.h"
#include "health/healthmonitor.h"
#include "profiles/secretstore.h"
#include "redis/client.h"
#include "safety/audit.h"
#include "safety/elevation.h"
#include "settings/settings.h"

#include <QThread>
#include <QTimer>
#include <QtConcurrent>
#include <pqxx/pqxx>

namespace qm {

namespace {
constexpr int kRetryMs = 3000;
}

Session::Session(Profile profile, Credentials credentials, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_backend(backendOf(m_profile))
    , m_credentials(std::move(credentials))
{
    db::ClusterConfig config
        = clusterConfigFor(m_profile, m_credentials, Settings::replicaLagLimitSeconds());
    config.probeTimeoutMs = Settings::probeTimeoutMs();
    m_cluster = std::shared_ptr<db::Cluster>(new db::Cluster(config), [](db::Cluster *c) {
        // The last holder may be a worker thread (a flow's step, a pool job finishing an
        // import): a QObject is deleted on the thread it lives on. Deleting never blocks (the
        // pools cancel and let their workers end on their own). Posted after the GUI event loop
        // has ended, the deletion does not happen: the process is exiting then.
        if (c->thread() == QThread::currentThread())
            delete c;
        else
            c->deleteLater();
    });
    if (m_profile.redis.mode == RedisSettings::Mode::Standalone) {
        m_redis = std::make_unique<redis::Client>(redisEndpointFor(m_profile, m_credentials));
        m_health = std::make_unique<HealthMonitor>(m_cluster.get(), m_redis.get());
    } else {
        m_cache = std::make_unique<cache::CacheConnection>(
            cache::RedisDeployment::fromSettings(m_profile.redis, m_credentials.redisPassword));
        m_health = std::make_unique<HealthMonitor>(m_cluster.get(), nullptr);
        cache::CacheConnection *c = m_cache.get();
        m_health->setRedisPing([c] { return c->command({}, {QByteArrayLiteral("PING")}); },
            [c] {
                return c->isReady() && !c->topology().masters.isEmpty()
                    ? c->topology().masters.first().name()
                    : c->deployment().describe();
            });
    }
    m_health->setIntervalMs(Settings::healthIntervalMs());
    // The cluster reports a silent node down itself at probeTimeoutMs; the monitor's own timeout
    // is the backstop for a probe round that does not come back at all.
    m_health->setProbeTimeoutMs(Settings::probeTimeoutMs() + 1000);
    m_health->setRedisTimeoutMs(Settings::probeTimeoutMs());

    connect(m_health.get(), &HealthMonitor::snapshot, this, &Session::onSnapshot);

    // Writers and flows on workers hold it too: deleted on its own thread, like the cluster.
    m_elevation = std::shared_ptr<safety::Elevation>(
        new safety::Elevation(m_profile.environment), [](safety::Elevation *e) {
            if (e->thread() == QThread::currentThread())
                delete e;
            else
                e->deleteLater();
        });
    m_audit = std::make_shared<safety::DbAuditSink>(m_cluster, m_backend.kind());
    connect(m_elevation.get(), &safety::Elevation::ended, this,
        [audit = m_audit](bool expired, const QUuid &id, const QString &reason) {
            safety::recordElevationEnd(audit, id, reason, expired);
        });
    const QString checkpointDir = Settings::auditCheckpointDir();
    const QString checkpointKey = Settings::auditCheckpointKey();
    if (!checkpointDir.isEmpty() && !checkpointKey.isEmpty()) {
        m_checkpoints
            = std::make_shared<audit::ConsoleCheckpoints>(m_backend, checkpointKey, checkpointDir);
        if (m_checkpoints->keyFromKeychain()) {
            // Read once per session from the keychain; held in memory only, by the writer.
            auto *secrets = new SecretStore(this);
            whenFinished(this, audit::CheckpointKeys::readFromKeychain(secrets),
                [secrets, checkpoints = m_checkpoints](Result<audit::Ed25519Key> key) {
                    if (!key)
                        qCWarning(lcSecurity).noquote()
                            << "audit checkpoint key:" << key.error().message;
                    checkpoints->provideKey(key);
                    secrets->deleteLater();
                });
        }
        std::weak_ptr<db::Cluster> weak = m_cluster;
        safety::setChainAnchor(m_cluster.get(), [checkpoints = m_checkpoints, weak] {
            const std::shared_ptr<db::Cluster> cluster = weak.lock();
            return cluster ? checkpoints->write(cluster.get(), false) : Result<QString>(QString());
        });
        if (const int minutes = Settings::auditCheckpointMinutes(); minutes > 0) {
            auto *timer = new QTimer(this);
            timer->setInterval(minutes * 60 * 1000);
            connect(timer, &QTimer::timeout, this, [this] {
                if (m_state == State::Connected && !m_checkpointRunning)
                    writeCheckpoint(true);
            });
            timer->start();
        }
    }
    if (m_elevation->required()) {
        auto *timer = new QTimer(this);
        timer->setInterval(1000);
        connect(timer, &QTimer::timeout, this, [e = m_elevation.get()] { e->expireIfDue(); });
        timer->start();
        m_expiry = timer;
    }
}

QFuture<Status> Session::elevate(const QString &reason, int minutes)
{
    // The audit log accepts an action only from the role of its area (qm.role_for_action):
    // the elevation is recorded under the signed-in role's own area.
    QString area = QStringLiteral("safety"); // qm_admin's
    if (!can(QStringLiteral("admin"))) {
        if (can(QStringLiteral("cache.purge")) || can(QStringLiteral("runbooks.run")))
            area = QStringLiteral("maintenance");
        else if (can(QStringLiteral("stock.adjust")) || can(QStringLiteral("orders.act")))
            area = QStringLiteral("stock");
        else if (can(QStringLiteral("catalog.edit")))
            area = QStringLiteral("catalog");
    }
    return safety::elevateAudited(
        m_elevation, m_audit, reason, minutes, area + QStringLiteral(".elevate"));
}

void Session::endElevation()
{
    m_elevation->end();
}

QFuture<Result<QString>> Session::writeCheckpoint(bool skipUnchanged)
{
    if (!m_checkpoints)
        return QtFuture::makeReadyFuture(Result<QString>(QString()));
    m_checkpointRunning = true;
    auto future = QtConcurrent::run(
        [checkpoints = m_checkpoints, cluster = m_cluster, skipUnchanged]() -> Result<QString> {
            return checkpoints->write(cluster.get(), skipUnchanged);
        });
    whenFinished(this, future, [this](const Result<QString> &r) {
        m_checkpointRunning = false;
        if (!r) {
            qCWarning(lcApp) << "audit checkpoint failed:" << r.error().toString();
            Q_EMIT checkpointFailed(r.error());
        } else if (!r->isEmpty()) {
            Q_EMIT checkpointWritten(*r);
        }
    });
    return future;
}

Session::~Session()
{
    if (m_checkpoints)
        safety::setChainAnchor(m_cluster.get(), {});
    // The monitor refers to the cluster without owning it: it goes first. The cluster itself goes
    // with its last holder: a bulk edit or an import started from this session runs to its end
    // (or its Stop) in its dialog; with no other holder, deleting it cancels what still runs.
    m_health->stop();
    m_health.reset();
}

void Session::open()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    qCInfo(lcApp) << "opening profile" << m_profile.name;
    if (m_cache)
        m_cache->start();
    startCluster();
}

void Session::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

// Role discovery (Cluster::start) and the monitor's probes share one probe connection per node, so
// they take turns: the monitor starts once discovery has answered, and a failed discovery is
// retried right after a health round that saw the primary answer (at most every kRetryMs).
void Session::startCluster()
{
    setState(State::Connecting);
    m_sinceStart.start();
    whenFinished(this, m_cluster->start(), [this](const Status &st) {
        if (!m_health->isRunning())
            m_health->start();
        if (!st) {
            m_lastError = st.error();
            qCWarning(lcApp) << "connecting" << m_profile.name
                             << "failed:" << st.error().toString();
            setState(State::Failed);
            Q_EMIT connectionFailed(st.error());
            return;
        }
        m_lastError = {};
        setState(State::Connected);
        Q_EMIT connected();
        loadCapabilities();
    });
}

void Session::onSnapshot(const HealthSnapshot &snapshot)
{
    if (m_state == State::Failed && snapshot.primaryUp() && m_sinceStart.elapsed() >= kRetryMs)
        startCluster();
}

void Session::loadCapabilities()
{
    const std::string sql = "SELECT unnest(" + m_backend.sqlObject("my_capabilities") + "())";
    auto future = m_cluster->read<QStringList>(
        QStringLiteral("read my capabilities"), [sql](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            QStringList caps;
            for (const pqxx::row &r : tx.exec(sql))
                caps.append(QString::fromStdString(r[0].as<std::string>()));
            return caps;
        });
    whenFinished(this, future, [this](const Result<QStringList> &caps) {
        if (!caps) {
            qCInfo(lcApp) << "capabilities unknown:" << caps.error().toString();
            return;
        }
        m_capabilities = caps.value();
        Q_EMIT capabilitiesChanged(m_capabilities);
    });
}

} // namespace qm
