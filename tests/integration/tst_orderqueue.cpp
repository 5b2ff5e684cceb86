// The order pipeline's queue against the sandbox's Redis and PostgreSQL (issue 10, "Queues"):
// the storefront simulator publishes placed orders to qm:{orders}:placed and its worker pool
// consumes them (groups fulfilment, email, erp); failures beyond the attempts go to
// qm:{orders}:dead. A worker killed mid-batch leaves pending entries that the console's claim
// (XAUTOCLAIM) hands to a live worker; dead letters are replayed by the console, and a console
// killed mid-replay followed by a second replay adds no letter twice and loses none. Through all
// of it each (order, task) is done exactly once (pipeline.order_tasks rows = published orders,
// "processed twice" = 0).
#include "db/blocking.h"
#include "queues/queueactions.h"
#include "safety/flow.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QFile>
#include <QtTest>
#include <csignal>

using namespace orderstest;
using qm::redis::Reply;

namespace {

QString qmctlBinary()
{
    return QFileInfo(QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl"))
        .absoluteFilePath();
}

// The endpoint of a console role's Redis ACL user.
qm::redis::Endpoint endpointAs(const QString &user)
{
    qm::redis::Endpoint e = qmtest::redisEndpoint();
    e.username = user;
    e.password = qmtest::redisPassword(user);
    return e;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *a : items)
        out << QString::fromLatin1(a);
    return out;
}

} // namespace

class TestOrderQueue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<qm::redis::Client> m_redis; // the sandbox's own (default) user: fixtures
    std::unique_ptr<pqxx::connection> m_db;

    Reply cmd(QByteArrayList args)
    {
        const auto r = qmtest::run(*m_redis, std::move(args));
        return r ? *r : Reply::error("ERR transport: " + r.error().message.toUtf8());
    }

    // Order ids of the original publications (attempt 1, not a retry or a replay).
    QSet<qint64> publishedOrders()
    {
        QSet<qint64> ids;
        const Reply r = cmd({"XRANGE", qm::queues::kOrdersStream, "-", "+"});
        for (const Reply &e : r.elements) {
            const auto f = qm::queues::fieldMap(e.elements.at(1));
            if (f.contains("retry_of") || f.contains("replay_of"))
                continue;
            ids.insert(f.value("order_id").toInteger());
        }
        return ids;
    }

    QSet<qint64> doneOrders(const char *task)
    {
        QSet<qint64> ids;
        pqxx::nontransaction tx(*m_db);
        for (const auto &row :
            tx.exec_params("SELECT order_id FROM pipeline.order_tasks WHERE task = $1", task))
            ids.insert(row[0].as<qint64>());
        return ids;
    }

    qint64 processedTwice()
    {
        return scalar(*m_db,
            "SELECT count(*) FROM (SELECT 1 FROM pipeline.task_runs GROUP BY order_id, task "
            "HAVING count(*) > 1) x");
    }

    // Every group has nothing pending and nothing undelivered.
    bool drained()
    {
        const Reply s = cmd({"XINFO", "STREAM", qm::queues::kOrdersStream});
        const QByteArray last = qm::queues::fieldMap(s).value("last-generated-id").toByteArray();
        const Reply g = cmd({"XINFO", "GROUPS", qm::queues::kOrdersStream});
        if (g.elements.size() < 3)
            return false;
        for (const Reply &group : g.elements) {
            const auto m = qm::queues::fieldMap(group);
            if (m.value("pending").toInteger() != 0
                || m.value("last-delivered-id").toByteArray() != last)
                return false;
        }
        return true;
    }

    // Runs a worker-only simulator until every group is drained.
    void drain(const QStringList &extra = {})
    {
        Simulator workers;
        QVERIFY(workers.start(
            list({"--queue-only", "--queue-consumer", "drain", "--task-latency", "all=1ms"})
            + extra));
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 120000);
        workers.terminate();
        QVERIFY(workers.wait(30000));
        qInfo() << "drain:" << workers.summary();
    }

    qint64 pendingOf(const QByteArray &group, const QByteArray &consumer)
    {
        const Reply r
            = cmd({"XPENDING", qm::queues::kOrdersStream, group, "-", "+", "100000", consumer});
        return r.isArray() ? qint64(r.elements.size()) : 0;
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

    struct Ctl
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };
    Ctl qmctl(const QStringList &args, const QByteArray &killAfter = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!killAfter.isEmpty())
            env.insert(QStringLiteral("QM_TEST_REPLAY_KILL_AFTER"), QString::fromLatin1(killAfter));
        p.setProcessEnvironment(env);
        p.start(qmctlBinary(),
            list({"--profile"}) + QStringList {qmtest::profilePath()} + list({"--user", "oncall"})
                + args);
        Ctl c;
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        c.crashed = p.exitStatus() == QProcess::CrashExit;
        c.exitCode = p.exitCode();
        c.out = p.readAllStandardOutput();
        c.err = p.readAllStandardError();
        return c;
    }

    qint64 deadCount() { return cmd({"XLEN", qm::queues::kDeadStream}).toInteger(); }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY2(QFileInfo::exists(storefrontBinary()), qPrintable(storefrontBinary()));
        m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
        m_db = ownerConnection();
    }

    void init()
    {
        // A clean pipeline: no streams, no markers, no processed tasks.
        cmd({"DEL", qm::queues::kOrdersStream, qm::queues::kDeadStream});
        const Reply keys = cmd({"KEYS", "qm:{orders}:replayed:*"});
        for (const Reply &k : keys.elements)
            cmd({"DEL", k.str});
        pqxx::nontransaction tx(*m_db);
        tx.exec("TRUNCATE pipeline.order_tasks, pipeline.task_runs");
    }

    void eachOrderTaskOnceWithRetriesAndDeadLetters()
    {
        Simulator sim;
        QVERIFY(sim.start(list({"--queue", "--rate", "25", "--duration", "4", "--task-fail",
            "erp=0.5,email=0.2", "--queue-attempts", "2", "--queue-consumer", "first"})));
        QVERIFY(sim.wait(60000));
        const QJsonObject s = sim.summary();
        qInfo() << s;
        QVERIFY(s.value(QStringLiteral("queue_published")).toInt() > 10);
        drain({QStringLiteral("--task-fail"), QStringLiteral("erp=0.5,email=0.2"),
            QStringLiteral("--queue-attempts"), QStringLiteral("2")});
        const QSet<qint64> published = publishedOrders();
        QCOMPARE(doneOrders("fulfilment"), published);
        // email and erp: done, or dead after the last attempt: never both, never neither.
        qm::queues::StreamClient reader(qmtest::redisEndpoint());
        const auto dead
            = qm::queues::QueueReader::readDeadLetters(reader, qm::queues::kDeadStream, 100000);
        QVERIFY(dead.ok());
        QVERIFY2(
            !dead->isEmpty(), "no dead letter: the failure rate did not reach the dead stream");
        for (const char *task : {"email", "erp"}) {
            QSet<qint64> deadOrders;
            for (const auto &d : *dead)
                if (d.group == QLatin1String(task))
                    deadOrders.insert(d.orderId.toLongLong());
            const QSet<qint64> done = doneOrders(task);
            QVERIFY2(!done.intersects(deadOrders), task);
            QCOMPARE(done + deadOrders, published);
        }
        QCOMPARE(processedTwice(), 0);

        // At least once means sometimes twice: the same orders delivered again (as after a
        // crash between the task and its XACK) are acknowledged without doing a task again.
        const QList<qint64> again = QList<qint64>(published.cbegin(), published.cend()).mid(0, 5);
        for (qint64 order : again)
            cmd({"XADD", qm::queues::kOrdersStream, "*", "order_id", QByteArray::number(order),
                "attempt", "1", "redelivered", "1"});
        Simulator workers;
        QVERIFY(workers.start(list({"--queue-only", "--queue-consumer", "again"})));
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 120000);
        workers.terminate();
        QVERIFY(workers.wait(30000));
        const QJsonObject w = workers.summary();
        qInfo() << "redelivered:" << w;
        QCOMPARE(w.value(QStringLiteral("queue_processed")).toInt()
                + w.value(QStringLiteral("queue_duplicates")).toInt(),
            15); // 5 orders x 3 tasks, each entry handled once per group
        QCOMPARE(processedTwice(), 0);
        QCOMPARE(doneOrders("fulfilment"), published);
    }

    void killedWorkersEntriesAreClaimedAndDoneOnce()
    {
        // Slow tasks and big batches: a SIGKILL lands in the middle of a batch.
        qint64 stranded = 0;
        for (int round = 0; round < 5 && stranded == 0; ++round) {
            Simulator sim;
            QVERIFY(sim.start(list({"--queue", "--rate", "30", "--task-latency", "all=150ms",
                "--queue-batch", "20", "--queue-consumer", "killed"})));
            QTRY_VERIFY_WITH_TIMEOUT(pendingOf("erp", "killed-erp-0") > 2, 60000);
            sim.kill();
            sim.wait(10000);
            stranded = pendingOf("fulfilment", "killed-fulfilment-0")
                + pendingOf("email", "killed-email-0") + pendingOf("erp", "killed-erp-0");
        }
        QVERIFY2(stranded > 0, "the killed worker left nothing pending");
        qInfo() << "pending entries of the killed consumers:" << stranded;

        // A live worker pool, then the console's claim of what the dead one held.
        Simulator live;
        QVERIFY(live.start(
            list({"--queue-only", "--queue-consumer", "live", "--task-latency", "all=1ms"})));
        QTRY_VERIFY_WITH_TIMEOUT(
            cmd({"XINFO", "CONSUMERS", qm::queues::kOrdersStream, "erp"}).elements.size() >= 2,
            30000);
        QTest::qWait(3000); // the dead consumer's entries must be idle longer than min-idle
        for (const char *name : {"fulfilment", "email", "erp"}) {
            const QByteArray group(name);
            qm::queues::ClaimPendingAction claim(
                endpointAs(QStringLiteral("oncall")), QString::fromUtf8(group), 2500);
            const auto report = runAs(QStringLiteral("oncall"), claim);
            QVERIFY(report.plan);
            if (pendingOf(group, "killed-" + group + "-0") == 0 && report.plan->refused)
                continue; // nothing of this group was stranded
            QVERIFY2(!report.plan->refused, qPrintable(report.plan->refusal));
            QVERIFY2(report.plan->data.value(QStringLiteral("to"))
                         .toString()
                         .startsWith(QStringLiteral("live-")),
                qPrintable(report.plan->data.value(QStringLiteral("to")).toString()));
            QVERIFY(report.intentRecorded);
            QVERIFY(report.outcome && !report.outcome->error);
            QVERIFY(report.outcome->done > 0);
            QCOMPARE(pendingOf(group, "killed-" + group + "-0"), 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(drained(), 120000);
        live.terminate();
        QVERIFY(live.wait(30000));
        qInfo() << "live:" << live.summary();
        const QSet<qint64> published = publishedOrders();
        QVERIFY(!published.isEmpty());
        for (const char *task : {"fulfilment", "email", "erp"})
            QCOMPARE(doneOrders(task), published);
        QCOMPARE(processedTwice(), 0);
    }

    void replayExactlyOnceAcrossConsoleKill()
    {
        // Every erp task fails: every order ends as an erp dead letter.
        Simulator sim;
        QVERIFY(sim.start(list({"--queue", "--rate", "25", "--duration", "3", "--task-fail",
            "erp=1", "--queue-attempts", "2", "--queue-consumer", "failing"})));
        QVERIFY(sim.wait(60000));
        drain({QStringLiteral("--task-fail"), QStringLiteral("erp=1"),
            QStringLiteral("--queue-attempts"), QStringLiteral("2")});
        const QSet<qint64> published = publishedOrders();
        const qint64 dead = deadCount();
        QCOMPARE(dead, qint64(published.size()));
        QVERIFY(dead >= 6);
        QVERIFY(doneOrders("erp").isEmpty());

        // qmctl queues list shows them to a read-only role (merch's ACL user may read).
        {
            QProcess list;
            list.start(qmctlBinary(),
                QStringList {QStringLiteral("--profile"), qmtest::profilePath(),
                    QStringLiteral("--user"), QStringLiteral("merch"), QStringLiteral("queues"),
                    QStringLiteral("list"), QStringLiteral("--json")});
            QVERIFY(list.waitForFinished(60000));
            QCOMPARE(list.exitCode(), 0);
            const QJsonObject o = QJsonDocument::fromJson(list.readAllStandardOutput()).object();
            QCOMPARE(qint64(o.value(QStringLiteral("dead_letters")).toArray().size()), dead);
        }
        // The console dies (SIGKILL) after replaying 3 of them.
        const Ctl crashed = qmctl(list({"queues", "replay", "--yes", "--json"}), "3");
        QVERIFY2(crashed.crashed, crashed.out + crashed.err);
        QCOMPARE(deadCount(), dead - 3);
        // Replayed again: the rest, and none of the first three a second time.
        const Ctl again = qmctl(list({"queues", "replay", "--yes", "--json"}));
        QVERIFY2(again.exitCode == 0 && !again.crashed, again.out + again.err);
        QCOMPARE(deadCount(), 0);
        // A third replay of the first plan's letters (a stale screen): nothing is added.
        qm::queues::ReplayDeadLettersAction stale(endpointAs(QStringLiteral("oncall")));
        qm::safety::Plan plan;
        plan.action = stale.kind();
        QJsonArray ids;
        const Reply markers = cmd({"KEYS", "qm:{orders}:replayed:*"});
        for (const Reply &k : markers.elements)
            ids.append(QString::fromUtf8(k.str.mid(int(qm::queues::kReplayMarkerPrefix.size()))));
        QCOMPARE(qint64(ids.size()), dead);
        plan.data.insert(QStringLiteral("ids"), ids);
        const auto outcome = stale.execute(plan, [](const qm::safety::Progress &) {}, {});
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.done, 0);

        // Each dead letter is in the orders stream exactly once as a replay.
        QHash<QString, int> replays;
        const Reply all = cmd({"XRANGE", qm::queues::kOrdersStream, "-", "+"});
        for (const Reply &e : all.elements) {
            const auto f = qm::queues::fieldMap(e.elements.at(1));
            if (f.contains("replay_of")) {
                ++replays[f.value("replay_of").toString()];
                QCOMPARE(f.value("only_task").toString(), QStringLiteral("erp"));
            }
        }
        QCOMPARE(qint64(replays.size()), dead);
        for (auto it = replays.cbegin(); it != replays.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" replayed twice")));

        // The workers do them, once each.
        drain();
        QCOMPARE(doneOrders("erp"), published);
        QCOMPARE(doneOrders("fulfilment"), published);
        QCOMPARE(processedTwice(), 0);
        QCOMPARE(scalar(*m_db,
                     "SELECT count(*) FROM pipeline.order_tasks WHERE task = 'erp' "
                     "AND replay_of IS NOT NULL"),
            dead);
    }

    void merchCannotReplayOrClaim()
    {
        cmd({"XADD", qm::queues::kDeadStream, "*", "orig_id", "1-1", "group", "erp", "attempts",
            "2", "error", "test", "f.order_id", "1"});
        qm::queues::ReplayDeadLettersAction replay(endpointAs(QStringLiteral("merch")));
        const auto plan = replay.plan({});
        QVERIFY2(plan.ok(), qPrintable(qmtest::errorOf(plan).toString())); // merch may look
        QCOMPARE(plan->count, 1);
        const auto outcome = replay.execute(*plan, [](const qm::safety::Progress &) {}, {});
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, qm::Error::Code::PermissionDenied);
        QCOMPARE(deadCount(), 1);
        // Redis' ACL, not only the console: XAUTOCLAIM and XADD are refused to merch.
        qm::redis::Client merch(endpointAs(QStringLiteral("merch")));
        const auto claim = qmtest::run(
            merch, {"XAUTOCLAIM", qm::queues::kOrdersStream, "erp", "merch", "0", "0-0"});
        QVERIFY(claim.ok());
        QCOMPARE(claim->errorPrefix(), QByteArray("NOPERM"));
        // And the audit log refuses a queues.* intent from merch.
        qm::queues::ReplayDeadLettersAction viaFlow(endpointAs(QStringLiteral("merch")));
        const auto report = runAs(QStringLiteral("merch"), viaFlow);
        QVERIFY(!report.intentRecorded);
        QCOMPARE(deadCount(), 1);
    }

    void trimPreviewRefusesUnackedEntries()
    {
        for (int i = 0; i < 20; ++i)
            cmd({"XADD", qm::queues::kOrdersStream, "*", "order_id", QByteArray::number(i)});
        cmd({"XGROUP", "CREATE", qm::queues::kOrdersStream, "erp", "0"});
        // erp reads 5 and acknowledges none.
        cmd({"XREADGROUP", "GROUP", "erp", "t", "COUNT", "5", "STREAMS", qm::queues::kOrdersStream,
            ">"});
        qm::queues::TrimStreamAction trim(
            endpointAs(QStringLiteral("oncall")), qm::queues::kOrdersStream, 10, false);
        const auto plan = trim.plan({});
        QVERIFY(plan.ok());
        QCOMPARE(plan->count, 10);
        QVERIFY(plan->refused);
        qm::queues::TrimStreamAction forced(
            endpointAs(QStringLiteral("oncall")), qm::queues::kOrdersStream, 10, true);
        const auto report = runAs(QStringLiteral("oncall"), forced);
        QVERIFY(report.plan && !report.plan->refused);
        QVERIFY(report.outcome && !report.outcome->error);
        QCOMPARE(report.outcome->done, 10);
        QCOMPARE(cmd({"XLEN", qm::queues::kOrdersStream}).toInteger(), 10);
    }

    void cleanupTestCase()
    {
        if (m_redis)
            cmd({"DEL", qm::queues::kOrdersStream, qm::queues::kDeadStream});
    }
};

QTEST_GUILESS_MAIN(TestOrderQueue)
#include "tst_orderqueue.moc"
