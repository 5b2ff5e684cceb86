// The health monitor against the real sandbox: primary, replica (with lag) and Redis shown up;
// a stopped replica (and Redis) shown down within 5 s, and up again after a restart; the node
// model fed by it stays consistent (QAbstractItemModelTester) and never takes late snapshots.
#include "db/cluster.h"
#include "health/healthmonitor.h"
#include "healthmodel.h"
#include "profiles/profilestore.h"
#include "redis/client.h"
#include "session/session.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace qm;

class TestHealth : public QObject
{
    Q_OBJECT

    std::unique_ptr<db::Cluster> m_cluster;
    std::unique_ptr<redis::Client> m_redis;
    std::unique_ptr<HealthMonitor> m_monitor;
    std::unique_ptr<HealthModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    HealthSnapshot m_last;
    int m_snapshots = 0;

    const db::NodeStatus *replica() const
    {
        for (const db::NodeStatus &n : m_last.nodes) {
            if (!n.primary && n.name.endsWith(u':' + QString::number(qmtest::replicaParams().port)))
                return &n;
        }
        return nullptr;
    }
    const db::NodeStatus *primary() const { return m_last.primary(); }

    // Spins the event loop until pred holds; returns the milliseconds it took, or -1.
    template <typename Pred> qint64 waitUntil(Pred pred, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (!pred()) {
            if (t.elapsed() > timeoutMs)
                return -1;
            QTest::qWait(20);
        }
        return t.elapsed();
    }

    static QString describe(const HealthSnapshot &s)
    {
        QStringList parts;
        for (const db::NodeStatus &n : s.nodes)
            parts << QStringLiteral("%1 %2 %3 lag=%4s/%5B err=%6")
                         .arg(n.name, n.primary ? "primary" : "replica", n.up ? "up" : "down")
                         .arg(n.lagSeconds)
                         .arg(n.lagBytes)
                         .arg(n.error);
        parts << QStringLiteral("redis %1 rtt=%2 err=%3")
                     .arg(s.redis.up ? "up" : "down")
                     .arg(s.redis.roundTripMs)
                     .arg(s.redis.error);
        return parts.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        // scripts/sandbox finds services by port: never let it fall back to its default base
        // (someone else's sandbox) when the caller did not export the base.
        if (qEnvironmentVariableIsEmpty("QM_SANDBOX_PORT_BASE"))
            qputenv("QM_SANDBOX_PORT_BASE", QByteArray::number(qmtest::primaryParams().port));
        db::ClusterConfig config = qmtest::clusterConfig(QStringLiteral("oncall"));
        config.probeTimeoutMs = 2500;
        m_cluster = std::make_unique<db::Cluster>(config);
        auto started = m_cluster->start();
        QVERIFY(qmtest::waitFor(started, 20000));
        QVERIFY2(started.result().ok(),
            qPrintable(started.result().ok() ? QString() : started.result().error().toString()));
        m_redis = std::make_unique<redis::Client>(qmtest::redisEndpoint());
        m_monitor = std::make_unique<HealthMonitor>(m_cluster.get(), m_redis.get());
        m_monitor->setIntervalMs(1000);
        m_monitor->setProbeTimeoutMs(3500); // as the Session sets them (Settings defaults)
        m_monitor->setRedisTimeoutMs(2500);
        m_model = std::make_unique<HealthModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const quint64 generation = m_model->reset();
        connect(m_monitor.get(), &HealthMonitor::snapshot, this,
            [this, generation](const HealthSnapshot &s) {
                QVERIFY(s.sequence > m_last.sequence);
                m_last = s;
                ++m_snapshots;
                QVERIFY(m_model->apply(generation, s));
            });
        m_monitor->start();
    }

    void cleanupTestCase()
    {
        if (m_monitor)
            m_monitor->stop();
        // Leave the sandbox as we found it, whatever failed above.
        if (qmtest::haveSandbox()) {
            qmtest::sandboxCtl({QStringLiteral("start"), QStringLiteral("replica")});
            qmtest::sandboxCtl({QStringLiteral("start"), QStringLiteral("redis")});
        }
    }

    void reportsEverythingUp()
    {
        const qint64 ms = waitUntil(
            [this] {
                return primary() && primary()->up && replica() && replica()->up
                    && replica()->lagSeconds >= 0 && replica()->lagBytes >= 0 && m_last.redis.up;
            },
            15000);
        QVERIFY2(ms >= 0, qPrintable(describe(m_last)));
        QVERIFY(primary()->roundTripMs >= 0);
        QVERIFY(replica()->roundTripMs >= 0);
        QVERIFY(m_last.redis.roundTripMs > 0);
        QVERIFY(m_last.worstRoundTripMs() >= m_last.redis.roundTripMs);
        QVERIFY(!primary()->walLsn.isEmpty());
        QCOMPARE(m_last.nodes.first().primary, true); // primary listed first

        // The model shows the same: primary, replica, Redis; all up.
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0, HealthModel::RoleColumn).data().toString(),
            QStringLiteral("Primary"));
        QCOMPARE(m_model->index(2, 0).data(HealthModel::IsRedisRole).toBool(), true);
        for (int r = 0; r < 3; ++r)
            QCOMPARE(
                m_model->index(r, 0).data(HealthModel::LevelRole).toInt(), int(HealthLevel::Ok));
        QVERIFY(!m_model->index(1, HealthModel::LagColumn).data().toString().isEmpty());
    }

    void stoppedReplicaShownDownThenUp()
    {
        QVERIFY(replica() && replica()->up);
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("stop"), QStringLiteral("replica")}), 0);
        // The replica is down from here on: it must be shown down within 5 s.
        const qint64 down = waitUntil([this] { return replica() && !replica()->up; }, 5000);
        QVERIFY2(down >= 0, qPrintable(describe(m_last)));
        qInfo() << "replica shown down after" << down << "ms:" << replica()->error;
        QVERIFY(!replica()->error.isEmpty());
        QVERIFY(primary() && primary()->up); // the primary is unaffected
        QCOMPARE(m_model->index(1, 0).data(HealthModel::LevelRole).toInt(), int(HealthLevel::Down));
        QCOMPARE(m_model->index(1, 0).data(Qt::ToolTipRole).toString(), replica()->error);

        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("start"), QStringLiteral("replica")}), 0);
        const qint64 up = waitUntil([this] { return replica() && replica()->up; }, 10000);
        QVERIFY2(up >= 0, qPrintable(describe(m_last)));
        qInfo() << "replica shown up again after" << up << "ms";
        QVERIFY(replica()->error.isEmpty());
    }

    void stoppedRedisShownDownThenUp()
    {
        QVERIFY(waitUntil([this] { return m_last.redis.up; }, 5000) >= 0);
        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("stop"), QStringLiteral("redis")}), 0);
        const qint64 down = waitUntil([this] { return !m_last.redis.up; }, 5000);
        QVERIFY2(down >= 0, qPrintable(describe(m_last)));
        qInfo() << "Redis shown down after" << down << "ms:" << m_last.redis.error;
        QVERIFY(!m_last.redis.error.isEmpty());

        QCOMPARE(qmtest::sandboxCtl({QStringLiteral("start"), QStringLiteral("redis")}), 0);
        const qint64 up = waitUntil([this] { return m_last.redis.up; }, 15000);
        QVERIFY2(up >= 0, qPrintable(describe(m_last)));
        qInfo() << "Redis shown up again after" << up << "ms";
    }

    void sentinelProfileWatchesTheMaster()
    {
        // Given the sandbox's Sentinel profile (Redis found through Sentinel, not named directly)
        auto p = ProfileStore::importFile(
            qmtest::sandboxDir() + QStringLiteral("/profile-sentinel.json"));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        QCOMPARE(p->redis.mode, RedisSettings::Mode::Sentinel);
        Credentials c;
        c.source = Credentials::Source::Passfile;
        c.passfile = p->passfile;
        // when a session opens it, then the strip pings the master Sentinel names, not Sentinel
        Session session(p.value(), c);
        HealthSnapshot last;
        connect(session.health(), &HealthMonitor::snapshot, this,
            [&last](const HealthSnapshot &s) { last = s; });
        session.open();
        // Who is master right now, asked of Sentinel itself (a failover may have moved it).
        redis::Endpoint sentinel;
        Profile::splitHostPort(p->redis.sentinels.first(), 26379, &sentinel.host, &sentinel.port);
        redis::Client ask(sentinel);
        auto addr = ask.command({QByteArrayLiteral("SENTINEL"),
            QByteArrayLiteral("get-master-addr-by-name"), p->redis.masterName.toUtf8()});
        QVERIFY(qmtest::waitFor(addr, 5000));
        QVERIFY(addr.result().ok() && addr.result()->elements.size() == 2);
        const QString master
            = addr.result()->elements[0].toString() + u':' + addr.result()->elements[1].toString();
        QVERIFY(master != sentinel.name());
        const qint64 ms
            = waitUntil([&] { return last.redis.up && last.redis.name == master; }, 15000);
        QVERIFY2(ms >= 0,
            qPrintable(describe(last) + QStringLiteral(" name=") + last.redis.name
                + QStringLiteral(" master=") + master));
        QVERIFY(session.redis() == nullptr);
        QVERIFY(session.cacheConnection() != nullptr);
    }

    void lateSnapshotsAreDropped()
    {
        const HealthSnapshot current = m_model->snapshot();
        HealthSnapshot stale = current;
        stale.sequence = current.sequence - 1;
        QVERIFY(!m_model->apply(m_model->generation(), stale)); // older than shown
        QVERIFY(!m_model->apply(m_model->generation() - 1, current)); // from before a reset
        QCOMPARE(m_model->snapshot().sequence, current.sequence);
    }
};

QTEST_MAIN(TestHealth)
#include "tst_health.moc"
