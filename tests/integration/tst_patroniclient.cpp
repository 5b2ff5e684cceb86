// qm::ha::PatroniClient against a real Patroni 3 + etcd cluster: an HA sandbox
// (QM_SANDBOX_HA=patroni) this test starts itself on port base QM_TEST_HA_BASE (default
// QM_SANDBOX_PORT_BASE + 400, the same as tests/scripts/test_sandbox_ha.sh: ctest never runs the
// two at once, RESOURCE_LOCK ha_sandbox), in a temporary folder it destroys at the end. With
// QM_TEST_HA_DIR naming the state folder of a running HA sandbox, it uses that one and leaves it
// running. QM_TEST_NO_HA=1 skips the test (a machine without patroni/etcd); nothing else does.
//
// The pre-flight's reasons are made for real: the cluster paused with patronictl, the candidate
// tagged nofailover in its Patroni configuration and reloaded; the switchover is a real one.
#include "common/whenfinished.h"
#include "ha/patroniclient.h"
#include "hasandbox.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>
#include <pqxx/pqxx>
#include <unistd.h>

using qm::ha::PatroniClient;
using qm::ha::PatroniCluster;
using qm::ha::Preflight;
using Kind = qm::ha::PreflightReason::Kind;

namespace {

template <typename T> qm::Result<T> await(QFuture<qm::Result<T>> f, int timeoutMs = 90000)
{
    if (!qmtest::waitFor(f, timeoutMs) || f.resultCount() == 0) {
        qm::Error e;
        e.code = qm::Error::Code::Timeout;
        e.message = QStringLiteral("the future did not finish in time");
        return e;
    }
    return f.result();
}

QString reasonsText(const Preflight &p)
{
    QStringList out;
    for (const auto &r : p.reasons)
        out << QStringLiteral("[%1%2] %3")
                   .arg(int(r.kind))
                   .arg(r.blocking ? QStringLiteral(" blocking") : QString())
                   .arg(r.message);
    return out.isEmpty() ? QStringLiteral("(no reasons)") : out.join(u'\n');
}

} // namespace

class TestPatroniClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsTheCluster();
    void healthyClusterHasNoReasons();
    void unknownCandidateIsExplained();
    void pausedClusterIsExplained();
    void noFailoverTagIsExplained();
    void switchoverMovesTheLeader();
    void etcdDownIsExplained();

private:
    int sandbox(const QStringList &args, int timeoutMs) const
    {
        return m_sandbox.sandbox(args, timeoutMs);
    }
    int run(const QStringList &command, QString *output = nullptr, int timeoutMs = 120000)
    {
        return qmtest::runCommand(command, output, timeoutMs, qmtest::RunLog::Always);
    }
    QStringList patronictl(const QStringList &args) const { return m_sandbox.patronictl(args); }
    bool takesWrites(int port) { return m_sandbox.takesWrites(port); }
    // Polls cluster() until pred holds (or about two minutes pass).
    template <typename P> bool waitCluster(P pred, PatroniCluster *last = nullptr);
    void setReplicaNoFailover(bool on);

    qmtest::HaSandbox m_sandbox;
    QString m_state;
    QJsonObject m_ha;
    std::unique_ptr<PatroniClient> m_client;
    QString m_replicaYml;
    QUrl m_replicaApi;
};

template <typename P> bool TestPatroniClient::waitCluster(P pred, PatroniCluster *last)
{
    for (int i = 0; i < 240; ++i) {
        auto c = await(m_client->cluster());
        if (c) {
            if (last)
                *last = c.value();
            if (pred(c.value()))
                return true;
        }
        QTest::qWait(500);
    }
    return false;
}

void TestPatroniClient::initTestCase()
{
    if (qmtest::HaSandbox::disabled())
        QSKIP("QM_TEST_NO_HA=1: no Patroni/etcd on this machine");
    qmtest::HaSandboxOptions options;
    options.folderTemplate = QStringLiteral("/var/tmp/qm-ha-qt.XXXXXX");
    options.log = qmtest::RunLog::Always;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_state = m_sandbox.state(); // QM_SANDBOX_DIR names it (for scripts/sandbox start: etcd)
    m_ha = m_sandbox.ha();
    QCOMPARE(m_ha.value(QLatin1String("mode")).toString(), QStringLiteral("patroni"));
    QList<QUrl> apis;
    for (const QJsonValue &m : m_ha.value(QLatin1String("members")).toArray()) {
        const QJsonObject o = m.toObject();
        apis << QUrl(o.value(QLatin1String("rest")).toString());
        if (o.value(QLatin1String("name")).toString() == QLatin1String("pg-replica")) {
            m_replicaYml = o.value(QLatin1String("config")).toString();
            m_replicaApi = QUrl(o.value(QLatin1String("rest")).toString());
        }
    }
    QCOMPARE(apis.size(), 2);
    m_client = std::make_unique<PatroniClient>(apis);
    // Start from the sandbox's shape: pg-primary leads, pg-replica streams, not paused.
    QVERIFY(waitCluster(
        [](const PatroniCluster &c) { return c.leader() && c.members.size() == 2 && !c.paused; }));
}

void TestPatroniClient::cleanupTestCase()
{
    if (m_client)
        (void)await(m_client->pause(false));
    if (!m_replicaYml.isEmpty())
        setReplicaNoFailover(false);
    m_client.reset();
    m_sandbox.destroy();
}

void TestPatroniClient::readsTheCluster()
{
    auto r = await(m_client->cluster());
    QVERIFY2(r, qPrintable(qmtest::errorOf(r).toString()));
    const PatroniCluster &c = r.value();
    QCOMPARE(c.members.size(), 2);
    const auto *leader = c.leader();
    QVERIFY(leader);
    QVERIFY(!c.paused);
    QStringList names;
    for (const auto &m : c.members) {
        names << m.name;
        QCOMPARE(m.host, QStringLiteral("127.0.0.1"));
        QVERIFY(m.port > 0);
        QVERIFY2(m.timeline > 0, qPrintable(m.name));
        QVERIFY(m.apiUrl.isValid());
        QVERIFY(!m.noFailover);
        if (!m.isLeader()) {
            QCOMPARE(m.role, QStringLiteral("replica"));
            QVERIFY2(m.lagBytes.has_value(), "a streaming replica has a lag in bytes");
            QCOMPARE(m.timeline, leader->timeline);
        }
    }
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("pg-primary"), QStringLiteral("pg-replica")}));
    // The leader Patroni names is the PostgreSQL that takes writes.
    QVERIFY(takesWrites(leader->port));

    auto cfg = await(m_client->config());
    QVERIFY2(cfg, qPrintable(qmtest::errorOf(cfg).toString()));
    QCOMPARE(cfg->maximumLagOnFailover,
        qint64(m_ha.value(QLatin1String("maximum_lag_on_failover")).toDouble()));
    QCOMPARE(cfg->ttl, m_ha.value(QLatin1String("ttl")).toInt());
}

void TestPatroniClient::healthyClusterHasNoReasons()
{
    auto c = await(m_client->cluster());
    QVERIFY(c);
    QString candidate;
    for (const auto &m : c->members)
        if (!m.isLeader())
            candidate = m.name;
    // Healthy includes caught up: right after `sandbox up` (its pgBackRest backup switches WAL)
    // Patroni can still report the replica a segment behind until its next loop.
    QVERIFY2(waitCluster([&](const PatroniCluster &now) {
        const auto *m = now.member(candidate);
        return m && m->lagBytes && *m->lagBytes == 0;
    }),
        "the replica did not catch up with the leader");
    auto p = await(m_client->preflightSwitchover(candidate));
    QVERIFY2(p, qPrintable(qmtest::errorOf(p).toString()));
    QVERIFY2(p->ok() && p->reasons.isEmpty(), qPrintable(reasonsText(p.value())));
    QCOMPARE(p->leader, c->leader()->name);
}

void TestPatroniClient::unknownCandidateIsExplained()
{
    auto p = await(m_client->preflightSwitchover(QStringLiteral("pg-nowhere")));
    QVERIFY(p);
    QVERIFY(!p->ok());
    QVERIFY2(p->has(Kind::UnknownCandidate), qPrintable(reasonsText(p.value())));
    auto c = await(m_client->cluster());
    QVERIFY(c);
    auto self = await(m_client->preflightSwitchover(c->leader()->name));
    QVERIFY(self);
    QVERIFY2(self->has(Kind::CandidateIsLeader), qPrintable(reasonsText(self.value())));
}

void TestPatroniClient::pausedClusterIsExplained()
{
    // Given a cluster an operator paused with patronictl
    QCOMPARE(run(patronictl({QStringLiteral("pause"), QStringLiteral("--wait")})), 0);
    QVERIFY(waitCluster([](const PatroniCluster &c) { return c.paused; }));
    // then the pre-flight says so, and blocks
    auto p = await(m_client->preflightSwitchover(QStringLiteral("pg-replica")));
    QVERIFY(p);
    QVERIFY2(p->has(Kind::Paused) && !p->ok(), qPrintable(reasonsText(p.value())));
    // and pause(false) through the client resumes it: the reason is gone.
    auto resumed = await(m_client->pause(false));
    QVERIFY2(resumed, qPrintable(qmtest::errorOf(resumed).toString()));
    QVERIFY(waitCluster([](const PatroniCluster &c) { return !c.paused; }));
    auto again = await(m_client->preflightSwitchover(QStringLiteral("pg-replica")));
    QVERIFY(again);
    QVERIFY2(!again->has(Kind::Paused), qPrintable(reasonsText(again.value())));
    // pause(true) through the client is seen by Patroni itself (patronictl list says so).
    QVERIFY(await(m_client->pause(true)));
    QString out;
    QCOMPARE(run(patronictl({QStringLiteral("list")}), &out), 0);
    QVERIFY2(out.contains(QStringLiteral("Maintenance mode: on")), qPrintable(out));
    QVERIFY(await(m_client->pause(false)));
    QVERIFY(waitCluster([](const PatroniCluster &c) { return !c.paused; }));
}

void TestPatroniClient::setReplicaNoFailover(bool on)
{
    QFile f(m_replicaYml);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray yml = f.readAll();
    f.close();
    const QByteArray from = on ? "nofailover: false" : "nofailover: true";
    const QByteArray to = on ? "nofailover: true" : "nofailover: false";
    if (yml.contains(from)) {
        yml.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(yml);
        f.close();
    }
    // Patroni rereads its configuration on POST /reload (what patronictl reload does for it).
    QUrl reload = m_replicaApi;
    reload.setPath(QStringLiteral("/reload"));
    QCOMPARE(run({QStringLiteral("curl"), QStringLiteral("-s"), QStringLiteral("-XPOST"),
                 reload.toString()}),
        0);
    QVERIFY(waitCluster([on](const PatroniCluster &c) {
        const auto *m = c.member(QStringLiteral("pg-replica"));
        return m && m->noFailover == on;
    }));
}

void TestPatroniClient::noFailoverTagIsExplained()
{
    auto c = await(m_client->cluster());
    QVERIFY(c);
    QCOMPARE(c->leader()->name, QStringLiteral("pg-primary"));
    // Given the replica tagged nofailover in its Patroni configuration
    setReplicaNoFailover(true);
    // then the pre-flight explains why it cannot take over
    auto p = await(m_client->preflightSwitchover(QStringLiteral("pg-replica")));
    QVERIFY(p);
    QVERIFY2(p->has(Kind::NoFailoverTag) && !p->ok(), qPrintable(reasonsText(p.value())));
    // where Patroni itself only refuses (HTTP 412), and nothing changed.
    auto refused
        = await(m_client->switchover(QStringLiteral("pg-primary"), QStringLiteral("pg-replica")));
    QVERIFY2(!refused, "Patroni switched over to a nofailover member");
    qInfo() << "Patroni's own answer:" << refused.error().toString();
    c = await(m_client->cluster());
    QVERIFY(c);
    QCOMPARE(c->leader()->name, QStringLiteral("pg-primary"));
    setReplicaNoFailover(false);
    auto ok = await(m_client->preflightSwitchover(QStringLiteral("pg-replica")));
    QVERIFY(ok);
    QVERIFY2(ok->ok(), qPrintable(reasonsText(ok.value())));
}

void TestPatroniClient::switchoverMovesTheLeader()
{
    auto before = await(m_client->cluster());
    QVERIFY(before);
    const QString oldLeader = before->leader()->name;
    const int oldTimeline = before->leader()->timeline;
    QString candidate;
    int candidatePort = 0, oldPort = before->leader()->port;
    for (const auto &m : before->members)
        if (!m.isLeader()) {
            candidate = m.name;
            candidatePort = m.port;
        }
    // The replica must have caught up before Patroni lets it take over.
    PatroniCluster seen;
    QVERIFY(waitCluster(
        [&](const PatroniCluster &c) {
            const auto *m = c.member(candidate);
            return m && m->lagBytes && *m->lagBytes == 0;
        },
        &seen));

    QElapsedTimer t;
    t.start();
    auto r = await(m_client->switchover(oldLeader, candidate));
    QVERIFY2(r, qPrintable(qmtest::errorOf(r).toString()));
    qInfo() << "Patroni:" << r.value();
    bool wrote = false;
    for (int i = 0; i < 600 && !(wrote = takesWrites(candidatePort)); ++i)
        QTest::qWait(100);
    QVERIFY2(wrote, "the new leader takes no writes");
    qInfo() << "switchover through PatroniClient: first write on the new leader after"
            << t.elapsed() << "ms";

    PatroniCluster after;
    QVERIFY2(waitCluster(
                 [&](const PatroniCluster &c) {
                     const auto *l = c.leader();
                     const auto *o = c.member(oldLeader);
                     return l && l->name == candidate && o && o->role == QLatin1String("replica")
                         && o->state == QLatin1String("running") && o->lagBytes.has_value();
                 },
                 &after),
        "the new leader and the old one as a running replica are not seen in cluster()");
    QCOMPARE(after.leader()->timeline, oldTimeline + 1);
    QVERIFY2(!takesWrites(oldPort), "the old leader still takes writes");

    // Leave the sandbox as it was: pg-primary leads again.
    QVERIFY(waitCluster([&](const PatroniCluster &c) {
        const auto *m = c.member(oldLeader);
        return m && m->lagBytes && *m->lagBytes == 0 && m->timeline == oldTimeline + 1;
    }));
    auto back = await(m_client->switchover(candidate, oldLeader));
    QVERIFY2(back, qPrintable(qmtest::errorOf(back).toString()));
    QVERIFY(waitCluster(
        [&](const PatroniCluster &c) { return c.leader() && c.leader()->name == oldLeader; }));
}

void TestPatroniClient::etcdDownIsExplained()
{
    // Given etcd stopped (the sandbox's etcd, by its pid file)
    QFile pidFile(m_state + QStringLiteral("/etcd.pid"));
    QVERIFY(pidFile.open(QIODevice::ReadOnly));
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    QVERIFY(pid > 1);
    QCOMPARE(run({QStringLiteral("kill"), QString::number(pid)}), 0);
    // then the pre-flight says etcd is the problem, not "no good candidates"
    bool explained = false;
    Preflight last;
    for (int i = 0; i < 120 && !explained; ++i) {
        auto p = await(m_client->preflightSwitchover(QStringLiteral("pg-replica")));
        QVERIFY(p);
        last = p.value();
        explained = p->has(Kind::DcsUnreachable) && !p->ok();
        if (!explained)
            QTest::qWait(500);
    }
    // (etcd back first, whatever the outcome: scripts/sandbox start starts it with a member)
    const int started = sandbox({QStringLiteral("start"), QStringLiteral("primary")}, 120000);
    QVERIFY2(explained, qPrintable(reasonsText(last)));
    QCOMPARE(started, 0);
    QVERIFY(
        waitCluster([](const PatroniCluster &c) { return c.leader() && c.members.size() == 2; }));
    // Leave pg-primary leading, as the sandbox was.
    auto c = await(m_client->cluster());
    QVERIFY(c);
    if (c->leader()->name != QLatin1String("pg-primary")) {
        QVERIFY(waitCluster([](const PatroniCluster &c) {
            const auto *m = c.member(QStringLiteral("pg-primary"));
            return m && m->lagBytes && *m->lagBytes == 0;
        }));
        QVERIFY(await(m_client->switchover(c->leader()->name, QStringLiteral("pg-primary"))));
    }
}

QTEST_MAIN(TestPatroniClient)
#include "tst_patroniclient.moc"
