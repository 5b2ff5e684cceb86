// The order pipeline's queues when the profile's Redis is not one server (issue 10, "Queues"),
// against the sandbox's real Sentinel-monitored pair and three-master Cluster:
// - Sentinel: a replay of dead letters runs while Sentinel fails the master over. The replay
//   follows the new master and every dead letter is replayed exactly once, even the one whose
//   replay the old master acknowledged but the new one never received (the test takes that write
//   away from the new master, as asynchronous replication can); the panel's reader and qmctl
//   read the new master.
// - Cluster: every key of the pipeline lives in one slot ({orders}); list, claim (XAUTOCLAIM)
//   and replay go to the node serving it, and qmctl does the same through the cluster profile.
#include "db/blocking.h"
#include "queues/queueactions.h"
#include "redisfixture.h"
#include "safety/flow.h"

#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QtTest>

using qm::redis::Reply;
using namespace qm::queues;

namespace {

// The deployment as a console role signs in to it (the ACL users are on every data node).
qm::cache::RedisDeployment as(qm::cache::RedisDeployment d, const QString &user)
{
    d.auth.username = user;
    d.auth.password = qmtest::redisPassword(user);
    return d;
}

QString qmctlBinary()
{
    return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl"))
        .absoluteFilePath();
}

// qmctl --profile FILE --user USER queues ARGS... --json: its JSON object (empty on failure).
QJsonObject qmctlJson(const QString &profile, const QStringList &args, int *exitCode)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REDISCLI_AUTH"));
    p.setProcessEnvironment(env);
    p.start(qmctlBinary(),
        QStringList {QStringLiteral("--profile"), profile, QStringLiteral("--user"),
            QStringLiteral("oncall"), QStringLiteral("queues")}
            + args + QStringList {QStringLiteral("--json")});
    if (!p.waitForFinished(120000))
        p.kill();
    *exitCode = p.exitCode();
    const QByteArray out = p.readAllStandardOutput();
    if (*exitCode != 0)
        qWarning().noquote() << out << p.readAllStandardError();
    return QJsonDocument::fromJson(out).object();
}

// Dead letters of the erp task, as the simulator writes them (the payload as f.*).
QStringList addDeadLetters(StreamClient &c, int n, int firstOrder)
{
    QStringList ids;
    for (int i = 0; i < n; ++i) {
        const QByteArray order = QByteArray::number(firstOrder + i);
        const auto r = c.command(kDeadStream,
            {"XADD", kDeadStream, "*", "orig_id", "1-" + order, "group", "erp", "attempts", "3",
                "error", "erp timed out", "failed_at", "1700000000000", "f.order_id", order,
                "f.customer_id", "7", "f.channel", "web", "f.attempt", "3"});
        if (r && !r->isError() && !r->isNil())
            ids << r->toString();
    }
    return ids;
}

// How often each dead letter was replayed into the orders stream (replay_of), read on the
// master that serves the stream now.
QHash<QString, int> replaysByDeadId(StreamClient &c)
{
    QHash<QString, int> out;
    const auto all = c.command(kOrdersStream, {"XRANGE", kOrdersStream, "-", "+"});
    if (!all)
        return out;
    for (const Reply &e : all->elements) {
        const auto f = fieldMap(e.elements.at(1));
        if (f.contains("replay_of"))
            ++out[f.value("replay_of").toString()];
    }
    return out;
}

void dropStreams(StreamClient &c)
{
    c.command(kOrdersStream, {"DEL", kOrdersStream, kDeadStream});
}

void dropMarkers(StreamClient &c, const QStringList &deadIds)
{
    for (const QString &id : deadIds)
        c.command(kOrdersStream, {"DEL", replayMarkerKey(id.toUtf8())});
}

qm::safety::FlowReport runAs(const QString &user, qm::safety::DestructiveAction &action)
{
    auto cluster = std::make_shared<qm::db::Cluster>(qmtest::clusterConfig(user));
    const qm::Status started = qm::db::waitBlocking(cluster->start(), "test");
    if (!started)
        qWarning() << "cluster as" << user << started.error().toString();
    qm::safety::DbAuditSink audit(cluster);
    qm::safety::SyncFlowOptions o;
    o.confirm
        = [](const qm::safety::Plan &, const qm::safety::ConfirmRequirement &) { return true; };
    return qm::safety::runFlowSync(action, &audit, o);
}

} // namespace

class TestQueueTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pipelineKeysShareOneSlot();
    void replayExactlyOnceAcrossSentinelFailover();
    void clusterListClaimReplay();
};

void TestQueueTopology::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    if (qmtest::cacheStack().isEmpty())
        QFAIL("the sandbox has no cache stack (cache.json): run scripts/sandbox up without "
              "QM_SANDBOX_CACHE=0");
}

void TestQueueTopology::pipelineKeysShareOneSlot()
{
    // The replay script names the dead stream, the orders stream and the marker: on a Cluster
    // they must hash to one slot (else CROSSSLOT), which the server itself confirms.
    qm::redis::Client seed(qmtest::endpointOf(qmtest::clusterDeployment().hosts.first()));
    QSet<qint64> slotSet;
    for (const QByteArray &key : {kOrdersStream, kDeadStream, replayMarkerKey("1-1")}) {
        const auto r = qm::cache::callSync(seed, {"CLUSTER", "KEYSLOT", key});
        QVERIFY(r && r->isInteger());
        QCOMPARE(qm::cache::keyHashSlot(key), int(r->integer));
        slotSet << r->integer;
    }
    QCOMPARE(slotSet.size(), 1);
}

void TestQueueTopology::replayExactlyOnceAcrossSentinelFailover()
{
    const qm::cache::RedisDeployment sentinel = qmtest::sentinelDeployment();
    const QString original = qmtest::currentMaster(sentinel);
    QVERIFY2(!original.isEmpty(), "Sentinel names no master");
    // Whatever happens below, the sandbox's master is the original again afterwards.
    auto failBack = qScopeGuard([&] {
        if (!qmtest::sentinelFailBack(sentinel, original))
            qWarning() << "could not fail back to" << original;
    });
    StreamClient fixture(sentinel); // the default user: fixtures only
    dropStreams(fixture);
    const QStringList ids = addDeadLetters(fixture, 12, 5000);
    QCOMPARE(ids.size(), 12);
    dropMarkers(fixture, ids); // none of an earlier run

    ReplayDeadLettersAction replay(as(sentinel, QStringLiteral("oncall")));
    const auto plan = replay.plan({});
    QVERIFY2(plan.ok(), qPrintable(qmtest::errorOf(plan).toString()));
    QCOMPARE(plan->count, 12);

    // After the 4th letter, remember both streams as they are; after the 5th, Sentinel fails the
    // master over and the new master is put back to that state without the 5th's marker: the
    // replay the old master acknowledged never reached the new one (asynchronous replication
    // loses exactly such a write). The 6th letter is sent to the old, demoted master.
    QByteArray deadDump, ordersDump;
    QString promoted;
    bool injected = false;
    // The state put back below must be one the replica really had: every replay up to the 4th
    // (5th) on it, else the injection makes markers vanish that replication would have kept
    // together with their letters (a replica still resyncing after an earlier failover answers
    // WAIT with 0 for a while).
    bool replicaHad4 = false, replicaHad5 = false;
    auto replicaCaughtUp = [&fixture] {
        for (int i = 0; i < 30; ++i)
            if (fixture.waitForReplicas(kDeadStream) >= 1)
                return true;
        return false;
    };
    replay.setAfterEach([&](qint64 done) {
        if (done == 4) {
            replicaHad4 = replicaCaughtUp();
            deadDump = fixture.command(kDeadStream, {"DUMP", kDeadStream})->str;
            ordersDump = fixture.command(kOrdersStream, {"DUMP", kOrdersStream})->str;
        } else if (done == 5) {
            replicaHad5 = replicaCaughtUp(); // the 5th is on the replica: take it back below
            if (!qmtest::sentinelFailover(sentinel))
                return;
            promoted = qmtest::currentMaster(sentinel);
            // The old master demoted (so that the 6th letter meets READONLY there).
            QElapsedTimer t;
            t.start();
            while (
                (!qmtest::isMaster(promoted) || qmtest::isMaster(original)) && t.elapsed() < 30000)
                QTest::qWait(100);
            qm::redis::Client m(qmtest::endpointOf(promoted));
            const auto a
                = qm::cache::callSync(m, {"RESTORE", kDeadStream, "0", deadDump, "REPLACE"});
            const auto b
                = qm::cache::callSync(m, {"RESTORE", kOrdersStream, "0", ordersDump, "REPLACE"});
            const auto c = qm::cache::callSync(m, {"DEL", replayMarkerKey(ids.at(4).toUtf8())});
            // 1: the marker had reached the replica and is taken away here; 0: it never reached
            // it (the replica was still catching up) - the new master lacks it either way.
            injected = a && b && c && !a->isError() && !b->isError() && c->isInteger()
                && (c->toInteger() == 0 || c->toInteger() == 1);
            if (!injected)
                qWarning() << "could not take the 5th replay away:" << (a ? a->toString() : "")
                           << (b ? b->toString() : "") << (c ? c->toInteger(-1) : -1);
        }
    });
    const auto outcome = replay.execute(*plan, [](const qm::safety::Progress &) {}, {});
    QVERIFY2(replicaHad4 && replicaHad5, "the replica never acknowledged the replays (WAIT 1)");
    QVERIFY2(!promoted.isEmpty() && promoted != original, "Sentinel did not fail over");
    QVERIFY(injected);
    QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->toString() : QString()));
    QVERIFY(outcome.complete);
    qInfo() << "replay across" << original << "->" << promoted << outcome.notes;
    // On the new master: no dead letter left, every one replayed exactly once, each marked.
    StreamClient after(sentinel);
    const QHash<QString, int> replays = replaysByDeadId(after);
    for (const QString &id : ids) {
        QVERIFY2(replays.value(id) == 1,
            qPrintable(QStringLiteral("%1 replayed %2 times").arg(id).arg(replays.value(id))));
        QVERIFY2(
            after.command(kDeadStream, {"EXISTS", replayMarkerKey(id.toUtf8())})->toInteger() == 1,
            qPrintable(QStringLiteral("no replay marker for %1 on the new master").arg(id)));
    }
    QCOMPARE(replays.size(), 12);
    QCOMPARE(after.command(kDeadStream, {"XLEN", kDeadStream})->toInteger(), 0);
    QCOMPARE(outcome.done, 12);
    QVERIFY(outcome.data.value(QStringLiteral("rediscoveries")).toInt() >= 1);
    QCOMPARE(outcome.data.value(QStringLiteral("node")).toString(), promoted);
    QCOMPARE(outcome.data.value(QStringLiteral("redone")).toInt(), 1); // the 5th, lost, done again
    const auto verified = replay.verify(*plan, outcome, {});
    QVERIFY(verified.ok() && verified->ok);
    // The same plan again (a stale screen after the failover): nothing is added.
    ReplayDeadLettersAction stale(as(sentinel, QStringLiteral("oncall")));
    const auto again = stale.execute(*plan, [](const qm::safety::Progress &) {}, {});
    QVERIFY(!again.error);
    QCOMPARE(again.done, 0);
    QCOMPARE(replaysByDeadId(after).size(), 12);

    // The panel's reader and qmctl read the new master.
    auto fetched = QueueReader::fetch(as(sentinel, QStringLiteral("merch")));
    QVERIFY(qmtest::waitFor(fetched, 30000));
    QVERIFY2(fetched.result().ok(), qPrintable(qmtest::errorOf(fetched.result()).toString()));
    QCOMPARE(fetched.result()->node, promoted);
    QCOMPARE(fetched.result()->streams.value(0).length, 12);
    QVERIFY(fetched.result()->deadLetters.isEmpty());
    int code = -1;
    const QJsonObject listed
        = qmctlJson(qmtest::sandboxDir() + QStringLiteral("/profile-sentinel.json"),
            {QStringLiteral("list")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(listed.value(QStringLiteral("node")).toString(), promoted);

    dropStreams(after);
    dropMarkers(after, ids);
    failBack.dismiss();
    QVERIFY2(qmtest::sentinelFailBack(sentinel, original), "could not fail back");
}

void TestQueueTopology::clusterListClaimReplay()
{
    const qm::cache::RedisDeployment cluster = qmtest::clusterDeployment();
    StreamClient fixture(cluster);
    dropStreams(fixture);
    auto topology = qm::cache::TopologyResolver::resolve(cluster);
    QVERIFY(topology.ok());
    const QString owner = topology->masterForKey(kOrdersStream)->name();
    // A node that does not serve the slot redirects: routing per key is what makes it work.
    for (const qm::cache::RedisNode &n : topology->masters) {
        if (n.name() == owner)
            continue;
        qm::redis::Client other(n.endpoint);
        const auto r = qm::cache::callSync(other, {"XLEN", kOrdersStream});
        QVERIFY(r.ok());
        QCOMPARE(r->errorPrefix(), QByteArray("MOVED"));
        break;
    }

    for (int i = 0; i < 10; ++i)
        fixture.command(kOrdersStream,
            {"XADD", kOrdersStream, "*", "order_id", QByteArray::number(7000 + i), "attempt", "1"});
    QVERIFY(!fixture.command(kOrdersStream, {"XGROUP", "CREATE", kOrdersStream, "erp", "0"})
                 ->isError());
    // A consumer that dies holding 4 entries.
    QCOMPARE(fixture
                 .command(kOrdersStream,
                     {"XREADGROUP", "GROUP", "erp", "dead-worker", "COUNT", "4", "STREAMS",
                         kOrdersStream, ">"})
                 ->elements.size(),
        size_t(1));
    const QStringList ids = addDeadLetters(fixture, 3, 7100);
    QCOMPARE(ids.size(), 3);
    dropMarkers(fixture, ids); // none of an earlier run
    // A live consumer takes the other 6 and acknowledges them (it holds nothing).
    const auto live = fixture.command(kOrdersStream,
        {"XREADGROUP", "GROUP", "erp", "live-worker", "COUNT", "100", "STREAMS", kOrdersStream,
            ">"});
    QVERIFY(live.ok() && live->elements.size() == 1);
    for (const Reply &e : live->elements.front().elements.at(1).elements)
        fixture.command(kOrdersStream, {"XACK", kOrdersStream, "erp", e.elements.at(0).str});
    QTest::qWait(600); // the dead consumer's entries are older than the claim's minimum idle

    // list: as merch, through the cluster's routing.
    StreamClient merch(as(cluster, QStringLiteral("merch")));
    const auto snap = QueueReader::readSnapshot(merch);
    QVERIFY2(snap.ok(), qPrintable(qmtest::errorOf(snap).toString()));
    QCOMPARE(snap->node, owner);
    QCOMPARE(snap->streams.value(0).length, 10);
    QCOMPARE(snap->streams.value(0).groups.size(), 1);
    QCOMPARE(snap->streams.value(0).groups.first().pending, 4);
    QCOMPARE(snap->streams.value(0).groups.first().consumerList.size(), 2);
    QVERIFY(snap->streams.value(0).groups.first().oldestPendingIdleMs >= 500);
    QCOMPARE(snap->deadLetters.size(), 3);

    // claim: the dead consumer's 4 entries go to the live one (XAUTOCLAIM on the slot's node).
    ClaimPendingAction claim(as(cluster, QStringLiteral("oncall")), QStringLiteral("erp"), 500,
        QStringLiteral("live-worker"));
    const auto claimed = runAs(QStringLiteral("oncall"), claim);
    QVERIFY(claimed.plan && !claimed.plan->refused);
    QCOMPARE(claimed.plan->count, 4);
    QVERIFY2(claimed.outcome && !claimed.outcome->error,
        qPrintable(claimed.outcome && claimed.outcome->error ? claimed.outcome->error->toString()
                                                             : QString()));
    QCOMPARE(claimed.outcome->done, 4);
    QVERIFY(claimed.verification && claimed.verification->ok);
    const auto pending = fixture.command(
        kOrdersStream, {"XPENDING", kOrdersStream, "erp", "-", "+", "100", "live-worker"});
    QCOMPARE(pending->elements.size(), size_t(4));

    // replay: one script on the slot's node (CROSSSLOT if the keys were spread).
    ReplayDeadLettersAction replay(as(cluster, QStringLiteral("oncall")));
    const auto replayed = runAs(QStringLiteral("oncall"), replay);
    QVERIFY2(replayed.outcome && !replayed.outcome->error,
        qPrintable(replayed.outcome && replayed.outcome->error ? replayed.outcome->error->toString()
                                                               : QString()));
    QCOMPARE(replayed.outcome->done, 3);
    QVERIFY(replayed.verification && replayed.verification->ok);
    const QHash<QString, int> replays = replaysByDeadId(fixture);
    QCOMPARE(replays.size(), 3);
    for (const QString &id : ids)
        QCOMPARE(replays.value(id), 1);

    // qmctl through the cluster profile: list, and a second replay that finds nothing.
    int code = -1;
    const QString profile = qmtest::sandboxDir() + QStringLiteral("/profile-cluster.json");
    const QJsonObject listed = qmctlJson(profile, {QStringLiteral("list")}, &code);
    QCOMPARE(code, 0);
    QCOMPARE(listed.value(QStringLiteral("node")).toString(), owner);
    QCOMPARE(listed.value(QStringLiteral("dead_letters")).toArray().size(), 0);
    qmctlJson(profile, {QStringLiteral("replay"), QStringLiteral("--yes")}, &code);
    QVERIFY(code != 0); // refused: nothing to replay
    QCOMPARE(replaysByDeadId(fixture).size(), 3);

    dropStreams(fixture);
    dropMarkers(fixture, ids);
}

QTEST_GUILESS_MAIN(TestQueueTopology)
#include "tst_queuetopology.moc"
