// capacity::DirectSampler against the sandbox's real PostgreSQL (primary + replica) and Redis,
// signed in as merch, the least-privileged console role: connections rise when the test opens 5
// more, max_connections and maxmemory are the servers' own, rates and ratios appear from the
// second sample, a Redis user without INFO is named in unavailable() with a gap in the Redis
// series (PostgreSQL's go on), the ring stays bounded, and unknown or Prometheus-only ids are
// refused with a reason.
#include "capacity/directsampler.h"
#include "db/connectionparams.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <memory>
#include <pqxx/pqxx>

using namespace qm;
using namespace qm::capacity;

namespace {

redis::Endpoint redisAs(const QString &user)
{
    redis::Endpoint e = qmtest::redisEndpoint();
    e.username = user;
    e.password = qmtest::redisPassword(user);
    e.commandTimeoutMs = 5000;
    return e;
}

} // namespace

class TestDirectSampler : public QObject
{
    Q_OBJECT

    std::shared_ptr<db::Cluster> m_cluster;

    // One round, waited for with the event loop running.
    static bool sampleOnce(DirectSampler &sampler)
    {
        QSignalSpy spy(&sampler, &DirectSampler::sampled);
        sampler.sampleNow();
        return spy.wait(30000);
    }

    static double last(DirectSampler &sampler, const QString &id)
    {
        RangeQuery q;
        q.expr = id;
        q.startMs = 0;
        q.endMs = std::numeric_limits<qint64>::max();
        auto f = sampler.queryRange(q);
        if (!qmtest::waitFor(f) || !f.result().ok() || f.result()->empty()
            || f.result()->front().empty())
            return std::nan("");
        return f.result()->front().v.back();
    }

    static double threshold(DirectSampler &sampler, const QString &id)
    {
        auto f = sampler.thresholds();
        if (!qmtest::waitFor(f) || !f.result().ok())
            return std::nan("");
        const auto result = f.result(); // (a range-for over a temporary's member dangles)
        for (const Threshold &t : result.value()) {
            if (t.seriesId == id)
                return t.value;
        }
        return std::nan("");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_cluster = std::make_shared<db::Cluster>(qmtest::clusterConfig(QStringLiteral("merch")));
        auto started = m_cluster->start();
        QVERIFY(qmtest::waitFor(started, 30000));
        QVERIFY2(started.result().ok(), qPrintable(qmtest::errorOf(started.result()).toString()));
    }

    void connectionsRiseWithFiveMore()
    {
        redis::Client redis(redisAs(QStringLiteral("merch")));
        DirectSampler sampler(m_cluster, &redis);
        QVERIFY(sampleOnce(sampler));
        const double before = last(sampler, QStringLiteral("pg.connections"));
        QVERIFY2(
            std::isfinite(before) && before >= 1, qPrintable(sampler.unavailable().join(u';')));

        // Five more sessions (the owner's, opened here: independent of the code under test).
        std::vector<std::unique_ptr<pqxx::connection>> extra;
        const std::string conninfo = qmtest::primaryParams().toConninfo();
        for (int i = 0; i < 5; ++i)
            extra.push_back(std::make_unique<pqxx::connection>(conninfo));
        // (others may come and go meanwhile: wait for a round that sees all five)
        double after = before;
        QElapsedTimer t;
        t.start();
        while (after < before + 5 && t.elapsed() < 60000) {
            QVERIFY(sampleOnce(sampler));
            after = last(sampler, QStringLiteral("pg.connections"));
        }
        QVERIFY2(after >= before + 5,
            qPrintable(
                QStringLiteral("connections %1 before, %2 with 5 more").arg(before).arg(after)));
        extra.clear();
    }

    void limitsAreTheServersOwn()
    {
        redis::Client redis(redisAs(QStringLiteral("merch")));
        DirectSampler sampler(m_cluster, &redis);
        QVERIFY(sampleOnce(sampler));
        // The servers' settings, read as the owner / Redis' default user.
        pqxx::connection owner(qmtest::primaryParams().toConninfo());
        pqxx::nontransaction tx(owner);
        const double maxConnections = tx.exec1("show max_connections")[0].as<double>();
        redis::Client admin(qmtest::redisEndpoint());
        const auto maxmemory = qmtest::run(admin, {"CONFIG", "GET", "maxmemory"});
        QVERIFY(maxmemory.ok() && maxmemory->isArray());
        QCOMPARE(threshold(sampler, QStringLiteral("pg.connections")), maxConnections);
        QCOMPARE(threshold(sampler, QStringLiteral("redis.memory")),
            maxmemory->toByteArrayList().value(1).toDouble());
        const double used = last(sampler, QStringLiteral("redis.memory"));
        QVERIFY2(std::isfinite(used) && used > 0, qPrintable(sampler.unavailable().join(u';')));
    }

    void everySeriesAsMerch()
    {
        redis::Client redis(redisAs(QStringLiteral("merch")));
        DirectSampler sampler(m_cluster, &redis);
        // Rates and ratios need two samples; give the counters something to count.
        QVERIFY(sampleOnce(sampler));
        redis::Client admin(qmtest::redisEndpoint());
        QVERIFY(qmtest::run(admin, {"SET", "qm:test:directsampler", "1"}).ok());
        QVERIFY(qmtest::run(admin, {"GET", "qm:test:directsampler"}).ok());
        QVERIFY(qmtest::run(admin, {"GET", "qm:test:directsampler:missing"}).ok());
        QTest::qWait(1100);
        QVERIFY(sampleOnce(sampler));
        QVERIFY2(sampler.unavailable().isEmpty(), qPrintable(sampler.unavailable().join(u';')));
        for (const QString &id : {QStringLiteral("pg.connections"), QStringLiteral("pg.tps"),
                 QStringLiteral("pg.cache_hit"), QStringLiteral("pg.replication_lag_s"),
                 QStringLiteral("redis.ops"), QStringLiteral("redis.memory"),
                 QStringLiteral("redis.hit_ratio"), QStringLiteral("redis.evictions")}) {
            QVERIFY2(std::isfinite(last(sampler, id)),
                qPrintable(id + QStringLiteral(": no value as merch")));
        }
        QVERIFY(last(sampler, QStringLiteral("pg.tps")) > 0); // the sampler's own reads commit
        QVERIFY(qmtest::run(admin, {"DEL", "qm:test:directsampler"}).ok());
    }

    void aRedisUserWithoutInfoIsNamed()
    {
        // qm-replication may only PSYNC/REPLCONF/PING: INFO is refused by Redis' ACL.
        redis::Client redis(redisAs(QStringLiteral("qm-replication")));
        DirectSampler sampler(m_cluster, &redis);
        QVERIFY(sampleOnce(sampler));
        const QString problems = sampler.unavailable().join(u';');
        QVERIFY2(
            problems.contains(QStringLiteral("redis.*: Redis refused INFO")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("NOPERM")), qPrintable(problems));
        QVERIFY(std::isnan(last(sampler, QStringLiteral("redis.memory")))); // a gap, not a zero
        QVERIFY(std::isfinite(last(sampler, QStringLiteral("pg.connections"))));
    }

    void ringIsBounded()
    {
        DirectSampler sampler(m_cluster, nullptr);
        sampler.setCapacity(3);
        for (int i = 0; i < 5; ++i)
            QVERIFY(sampleOnce(sampler));
        QCOMPARE(sampler.sampleCount(), std::size_t(3));
    }

    void unknownAndPrometheusOnlyIdsAreRefused()
    {
        DirectSampler sampler(m_cluster, nullptr);
        RangeQuery q;
        q.endMs = QDateTime::currentMSecsSinceEpoch();
        q.expr = QStringLiteral("biz.orders_per_min");
        auto f = sampler.queryRange(q);
        QVERIFY(qmtest::waitFor(f));
        QVERIFY2(qmtest::errorOf(f.result()).message.contains(QStringLiteral("needs Prometheus")),
            qPrintable(qmtest::errorOf(f.result()).message));
        q.expr = QStringLiteral("rate(up[1m])");
        f = sampler.queryRange(q);
        QVERIFY(qmtest::waitFor(f));
        QCOMPARE(qmtest::errorOf(f.result()).code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestDirectSampler)
#include "tst_directsampler.moc"
