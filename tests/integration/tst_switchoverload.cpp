// Issue 9's switchover under load, against a real HA sandbox (Patroni 3 + etcd, made like
// tst_harunbooks' with qmtest::HaSandbox on QM_TEST_HA_BASE; RESOURCE_LOCK ha_sandbox):
//   - the storefront simulator (qm-storefront, multi-host with target_session_attrs=read-write)
//     places orders at 100 orders/s;
//   - a merchandiser's console applies a catalog bulk edit (catalog::BulkEditAction, what the
//     Catalog workspace runs) of +10 % on 5,000 products; one of the rows of its second chunk
//     is held locked by another session, so that the edit is certainly in flight (its
//     transaction open, its first chunk applied and audited, waiting for that row) when the
//     switchover happens - no race with the clock. The first chunk's audit row is staged and
//     chained only at the edit's commit (migration 0601), so it holds no audit chain lock: the
//     runbook's own write-ahead audit intent (and so the switchover) does not wait for the edit;
//   - an on-call engineer's console runs the built-in planned-switchover runbook through the
//     runbook engine (the code `qmctl runbook run` runs).
// Then: every order the simulator reported as placed is in the database exactly once (its count
// against the orders table, one order per checkout request id and one request per order); the
// bulk edit, retried by the merchandiser after the lost connection with the same request id (the
// workspace's "Apply again is safe") and once more after it succeeded, changed each price once,
// with one price_history row per product and one audit row per chunk; the merchandiser's console
// (its Session: db::Cluster followed by the HealthMonitor, nothing told about the switchover)
// writes on the new primary within Patroni's ttl + 5 s of the switchover step's start. The
// sandbox is left with its original leader.
#include "catalog/bulkeditaction.h"
#include "db/cluster.h"
#include "hasandbox.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "safety/audit.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <memory>
#include <pqxx/pqxx>

using namespace qm::runbooks;
using qmtest::HaTopology;

namespace {

constexpr int kProducts = 5000; // the bulk edit's products: three chunks of BulkEditAction's 2,000
constexpr int kChunk = 2000; // BulkEditAction::execute's chunk size
constexpr double kRate = 100; // orders per second asked of the simulator

// Notes when the switchover step starts (engine thread), in ms of the test's clock.
class SwitchoverClock : public RunObserver
{
public:
    explicit SwitchoverClock(const QElapsedTimer &clock)
        : m_clock(clock)
    { }
    void stepStarted(const QString &, const QString &stepId, int) override
    {
        if (stepId == QLatin1String("switchover"))
            startedMs = m_clock.elapsed();
    }
    void stepVerified(const QString &, const QString &stepId, qint64) override
    {
        if (stepId == QLatin1String("switchover"))
            verifiedMs = m_clock.elapsed();
    }
    void stepFailed(const QString &, const QString &, const QString &, qint64) override { }
    void logLine(const QString &, const QString &) override { }

    std::atomic<qint64> startedMs {-1};
    std::atomic<qint64> verifiedMs {-1};

private:
    const QElapsedTimer &m_clock;
};

struct WriteProbe
{
    int port = 0;
    QString at; // the server's clock: orders after it were placed on the new primary
};

QString storefrontBinary()
{
    const QString env = qEnvironmentVariable("QM_STOREFRONT");
    return env.isEmpty() ? QCoreApplication::applicationDirPath()
            + QStringLiteral("/../server/storefront/qm-storefront")
                         : env;
}

} // namespace

class TestSwitchoverLoad : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void switchoverUnderOrdersAndBulkEdit();

private:
    QString owner(int port, const std::string &sql, const std::vector<std::string> &p = {})
    {
        return m_sandbox.ownerScalar(port, sql, p);
    }
    template <typename F> auto inThread(F fn, int timeoutMs) -> std::optional<decltype(fn())>;
    bool stopSimulator(QJsonObject *summary);
    void switchBack(const QString &leader);

    qmtest::HaSandbox m_sandbox;
    QTemporaryDir m_work;
    std::unique_ptr<qm::Session> m_merch; // the Catalog workspace's console
    std::unique_ptr<qm::Session> m_oncall; // the Runbooks workspace's console
    QProcess m_sim;
    QString m_originalLeader;
};

template <typename F>
auto TestSwitchoverLoad::inThread(F fn, int timeoutMs) -> std::optional<decltype(fn())>
{
    // Blocking core calls run on a worker thread, as in the console; this thread keeps its event
    // loop going (the sessions' health monitors probe from it).
    QFuture<decltype(fn())> f = QtConcurrent::run(std::move(fn));
    if (!qmtest::waitFor(f, timeoutMs))
        return std::nullopt;
    return f.result();
}

void TestSwitchoverLoad::initTestCase()
{
    if (qmtest::HaSandbox::disabled())
        QSKIP("QM_TEST_NO_HA=1: no Patroni/etcd on this machine");
    QVERIFY(m_work.isValid());
    qmtest::HaSandboxOptions options;
    options.folderTemplate = QStringLiteral("/var/tmp/qm-swload-qt.XXXXXX");
    options.log = qmtest::RunLog::OnFailure;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QCOMPARE(m_sandbox.ha().value(QLatin1String("mode")).toString(), QStringLiteral("patroni"));
    QVERIFY2(m_sandbox.ttl() > 0, "ha.json names no Patroni ttl");
    HaTopology t;
    QVERIFY2(m_sandbox.waitTopology([](const HaTopology &t) { return t.healthy(); }, &t),
        qPrintable(QJsonDocument(t.members).toJson()));
    m_originalLeader = t.leader;
    m_merch = qmtest::openSession(QStringLiteral("merch"));
    m_oncall = qmtest::openSession(QStringLiteral("oncall"));
    QVERIFY(m_merch && m_oncall);
    QCOMPARE(m_oncall->profile().patroniUrls.size(), 2);
}

void TestSwitchoverLoad::cleanupTestCase()
{
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.kill();
        m_sim.waitForFinished(10000);
    }
    m_merch.reset();
    m_oncall.reset();
    if (!m_originalLeader.isEmpty() && !m_sandbox.ha().isEmpty())
        switchBack(m_originalLeader);
    m_sandbox.destroy();
}

void TestSwitchoverLoad::switchBack(const QString &leader)
{
    // Leave the sandbox as it was: the original leader leads, the other member streams.
    HaTopology t;
    if (!m_sandbox.waitTopology([](const HaTopology &t) { return t.healthy(); }, &t)) {
        qWarning() << "the cluster did not settle:" << QJsonDocument(t.members).toJson();
        return;
    }
    if (t.leader == leader)
        return;
    for (int attempt = 0; attempt < 10 && t.leader != leader; ++attempt) {
        QString out;
        const int rc = qmtest::runCommand(
            m_sandbox.patronictl({QStringLiteral("switchover"), QStringLiteral("--leader"),
                t.leader, QStringLiteral("--candidate"), leader, QStringLiteral("--force")}),
            &out, 120000);
        if (rc != 0)
            qInfo().noquote() << "patronictl switchover back:" << out;
        m_sandbox.waitTopology(
            [&](const HaTopology &t) { return t.healthy() && t.leader == leader; }, &t, 60);
    }
    QVERIFY2(t.leader == leader, qPrintable(QJsonDocument(t.members).toJson()));
}

bool TestSwitchoverLoad::stopSimulator(QJsonObject *summary)
{
    ::kill(pid_t(m_sim.processId()), SIGINT);
    if (!m_sim.waitForFinished(60000)) {
        m_sim.kill();
        m_sim.waitForFinished();
        return false;
    }
    // The simulator's own report: its last line, {"event": "summary", "orders": N, ...}.
    const QList<QByteArray> lines = m_sim.readAllStandardOutput().trimmed().split('\n');
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const QJsonObject o = QJsonDocument::fromJson(*it).object();
        if (o.value(QLatin1String("event")).toString() == QLatin1String("summary")) {
            *summary = o;
            return true;
        }
    }
    return false;
}

void TestSwitchoverLoad::switchoverUnderOrdersAndBulkEdit()
{
    HaTopology before;
    QVERIFY(m_sandbox.waitTopology([](const HaTopology &t) { return t.healthy(); }, &before));
    QString candidate;
    for (const QJsonValue &m : before.members)
        if (m.toObject().value(QLatin1String("Member")).toString() != before.leader)
            candidate = m.toObject().value(QLatin1String("Member")).toString();
    const int oldPort = m_sandbox.member(before.leader).port;
    const int newPort = m_sandbox.member(candidate).port;
    QVERIFY(oldPort > 0 && newPort > 0 && oldPort != newPort);
    const int boundMs = (m_sandbox.ttl() + 5) * 1000;

    // The bulk edit's products: drafts (the simulator only buys active products, so the edit's
    // row locks never stall a checkout), their prices before the edit kept in a table.
    const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString idsText = owner(oldPort,
        "WITH ins AS (INSERT INTO shop.products (sku, name, status, price) "
        "SELECT 'SWLOAD-' || $1 || '-' || g, 'Switchover load ' || g, 'draft', "
        "(5 + g % 97) + 0.49 FROM generate_series(1, $2::int) g RETURNING id) "
        "SELECT array_agg(id ORDER BY id)::text FROM ins",
        {tag.toStdString(), std::to_string(kProducts)});
    QVector<qint64> ids;
    for (const QString &s : idsText.mid(1, idsText.size() - 2).split(u','))
        ids << s.toLongLong();
    QCOMPARE(ids.size(), kProducts);
    owner(oldPort, "DROP TABLE IF EXISTS public.swload_before");
    owner(oldPort,
        "CREATE TABLE public.swload_before AS SELECT id, price FROM shop.products "
        "WHERE sku LIKE 'SWLOAD-' || $1 || '-%'",
        {tag.toStdString()});
    const qint64 lastOrderBefore
        = owner(oldPort, "SELECT coalesce(max(id), 0) FROM shop.orders").toLongLong();

    // The storefront simulator at 100 orders/s, through every host of the profile.
    m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sim.start(storefrontBinary(),
        {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--rate"),
            QString::number(kRate), QStringLiteral("--workers"), QStringLiteral("8"),
            QStringLiteral("--report-every"), QStringLiteral("0"), QStringLiteral("--redis"),
            QStringLiteral("none"), QStringLiteral("--seed"), QStringLiteral("21")});
    QVERIFY2(m_sim.waitForStarted(10000), qPrintable(m_sim.errorString()));
    QVERIFY2(qmtest::waitUntil(
                 [&] {
                     return owner(oldPort, "SELECT count(*) FROM shop.orders WHERE id > $1",
                                {std::to_string(lastOrderBefore)})
                                .toLongLong()
                         >= 100;
                 },
                 60000),
        "the simulator placed no orders");

    // Another session holds a row of the second chunk (FOR NO KEY UPDATE: foreign keys of order
    // lines still pass), so the bulk edit waits there, past its first audited chunk, until the
    // switchover ends it.
    pqxx::connection gateConn(
        QStringLiteral("host=127.0.0.1 port=%1 dbname=quartermaster user=qm_owner passfile=%2")
            .arg(oldPort)
            .arg(m_sandbox.state() + QStringLiteral("/pgpass"))
            .toStdString());
    auto gate = std::make_unique<pqxx::work>(gateConn);
    gate->exec_params(
        "SELECT 1 FROM shop.products WHERE id = $1 FOR NO KEY UPDATE", ids.at(kChunk + kChunk / 2));
    const int gatePid = gateConn.backendpid();

    // The merchandiser's bulk edit, through the action the Catalog workspace's flow runs.
    qm::catalog::BulkChange change;
    change.kind = qm::catalog::BulkChange::Kind::PricePercent;
    change.value = QStringLiteral("10");
    change.rounding = QStringLiteral("cents");
    qm::catalog::BulkTarget target;
    target.ids = ids;
    qm::catalog::BulkEditAction action(m_merch->sharedCluster(), change, target);
    const qm::safety::CancelToken cancel;
    const auto planned
        = inThread([&] { return action.plan(cancel); }, 60000).value_or(qm::Error {});
    QVERIFY2(planned, qPrintable(qmtest::errorOf(planned).toString()));
    const qm::safety::Plan plan = planned.value();
    QCOMPARE(plan.count, qint64(kProducts));
    auto done = std::make_shared<std::atomic<qint64>>(0);
    QFuture<qm::safety::Outcome> firstAttempt = QtConcurrent::run([&action, plan, cancel, done] {
        return action.execute(
            plan, [done](const qm::safety::Progress &p) { *done = p.done; }, cancel);
    });
    QFuture<RunReport> run;
    // Whatever fails below, no worker is left running on this frame's objects.
    auto joinWorkers = qScopeGuard([&] {
        gate.reset();
        cancel.cancel();
        firstAttempt.waitForFinished();
        run.waitForFinished();
    });
    // In flight: its transaction waits for the held row.
    QVERIFY2(qmtest::waitUntil(
                 [&] {
                     return owner(oldPort,
                                "SELECT count(*) FROM pg_stat_activity WHERE $1::int = ANY "
                                "(pg_blocking_pids(pid))",
                                {std::to_string(gatePid)})
                         == QLatin1String("1");
                 },
                 60000),
        "the bulk edit is not waiting for the held row");
    // Its first chunk is applied and audited (staged until the commit) in the open transaction.
    QVERIFY2(qmtest::waitUntil([&] { return done->load() == kChunk; }, 60000),
        "the bulk edit did not report its first chunk");
    QVERIFY(!firstAttempt.isFinished());

    // The on-call engineer's planned switchover, through the runbook engine.
    const ParseResult parsed = parseRunbookFile(
        QStringLiteral(":/runbooks/postgres-switchover.yaml"), StepRegistry::withBuiltins());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    const Runbook rb = *parsed.runbook;
    QElapsedTimer clock;
    clock.start();
    SwitchoverClock observer(clock);
    EngineConfig cfg;
    cfg.cluster = m_oncall->sharedCluster();
    cfg.profile = m_oncall->profile();
    cfg.audit = std::make_shared<qm::safety::DbAuditSink>(m_oncall->sharedCluster());
    cfg.journalDir = m_work.filePath(QStringLiteral("journal"));
    cfg.trustedKeysDir = m_work.filePath(QStringLiteral("trusted"));
    cfg.confirm = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return true; };
    cfg.observer = &observer;
    Engine engine(cfg);
    run = QtConcurrent::run([&engine, &rb, candidate] {
        return engine.run(rb, QJsonObject {{QStringLiteral("candidate"), candidate}});
    });

    // The merchandiser's console, told nothing: how soon does it write on the new primary?
    std::shared_ptr<qm::db::Cluster> merch = m_merch->sharedCluster();
    qint64 reconnectMs = -1;
    QString newPrimarySince;
    QElapsedTimer deadline;
    deadline.start();
    // Until it does, or the switchover started twice the bound ago.
    while (reconnectMs < 0 && deadline.elapsed() < 300000
        && (observer.startedMs < 0 || clock.elapsed() - observer.startedMs < 2 * boundMs)) {
        auto probe = merch->write<WriteProbe>(
            QStringLiteral("switchover probe"), [](qm::db::Pool::Connection &c) {
                pqxx::work tx(c);
                const pqxx::row r = tx.exec1("SELECT inet_server_port(), txid_current(), "
                                             "clock_timestamp()::text");
                tx.commit();
                return WriteProbe {r[0].as<int>(), QString::fromStdString(r[2].as<std::string>())};
            });
        if (qmtest::waitFor(probe, 15000) && probe.result() && probe.result()->port == newPort
            && observer.startedMs >= 0) {
            reconnectMs = clock.elapsed() - observer.startedMs;
            newPrimarySince = probe.result()->at;
            break;
        }
        QTest::qWait(100);
    }
    QVERIFY2(qmtest::waitFor(run, 300000), "the runbook did not finish");
    const RunReport report = run.result();
    QVERIFY2(
        report.ok(), qPrintable(report.error + u' ' + QJsonDocument(report.toJson()).toJson()));
    const StepReport &sw = report.steps.at(rb.indexOf(QStringLiteral("switchover")));
    QVERIFY(sw.verification);
    QCOMPARE(sw.verification->data.value(QStringLiteral("write_port")).toInt(), newPort);
    HaTopology after;
    QVERIFY(
        m_sandbox.waitTopology([](const HaTopology &t) { return !t.leader.isEmpty(); }, &after));
    QCOMPARE(after.leader, candidate);
    QCOMPARE(after.timeline, before.timeline + 1);

    // The bulk edit's first attempt lost its connection with the old primary: nothing of it
    // committed (one transaction). The merchandiser applies again - the same action, the same
    // request id - until the new primary answers; then once more, as a second click would.
    QVERIFY(qmtest::waitFor(firstAttempt, 120000));
    const qm::safety::Outcome first = firstAttempt.result();
    gate.reset();
    QVERIFY2(!first.complete, "the bulk edit committed before the switchover: not in flight");

    // The merchandiser's console followed the switchover in time.
    qInfo() << "the merchandiser's console wrote on the new primary" << reconnectMs
            << "ms after the switchover step started (bound: ttl" << m_sandbox.ttl()
            << "s + 5 s); the runbook verified the switchover after"
            << observer.verifiedMs - observer.startedMs << "ms";
    QVERIFY2(reconnectMs >= 0, "the merchandiser's console never wrote on the new primary");
    QVERIFY2(reconnectMs <= boundMs,
        qPrintable(QStringLiteral("%1 ms > %2 ms").arg(reconnectMs).arg(boundMs)));
    qInfo().noquote() << "bulk edit, first attempt:"
                      << (first.error ? first.error->toString() : QStringLiteral("no error"));
    qm::safety::Outcome applied;
    int attempts = 1;
    for (QElapsedTimer t; !applied.complete && (!t.isValid() || t.elapsed() < 120000);) {
        if (!t.isValid())
            t.start();
        ++attempts;
        applied = inThread([&] { return action.execute(plan, {}, cancel); }, 120000)
                      .value_or(qm::safety::Outcome {});
        if (!applied.complete) {
            qInfo().noquote() << "bulk edit, attempt" << attempts << ":"
                              << (applied.error ? applied.error->toString() : QString());
            QTest::qWait(500);
        }
    }
    QVERIFY2(applied.complete,
        qPrintable(applied.error ? applied.error->toString() : QStringLiteral("not applied")));
    QCOMPARE(applied.data.value(QStringLiteral("products")).toInteger(), qint64(kProducts));
    QVERIFY(!applied.data.value(QStringLiteral("already_applied")).toBool());
    const auto verified = inThread([&] { return action.verify(plan, applied, cancel); }, 60000)
                              .value_or(qm::Error {});
    QVERIFY2(verified && verified->ok,
        qPrintable(verified ? verified->summary : qmtest::errorOf(verified).toString()));
    const qm::safety::Outcome again
        = inThread([&] { return action.execute(plan, {}, cancel); }, 120000)
              .value_or(qm::safety::Outcome {});
    QVERIFY2(again.complete, qPrintable(again.error ? again.error->toString() : QString()));

    // Orders go on on the new primary for a few seconds, then the simulator stops and reports.
    QTest::qWait(3000);
    QJsonObject summary;
    QVERIFY2(stopSimulator(&summary), "the simulator printed no summary");
    qInfo().noquote() << "simulator:" << QJsonDocument(summary).toJson(QJsonDocument::Compact);
    const qint64 reported = summary.value(QStringLiteral("orders")).toInteger();
    QVERIFY(reported > 0);

    // Every order the simulator reported is in the orders table, once.
    const std::string since = std::to_string(lastOrderBefore);
    const qint64 stored
        = owner(newPort, "SELECT count(*) FROM shop.orders WHERE id > $1", {since}).toLongLong();
    const qint64 afterSwitch = owner(newPort,
        "SELECT count(*) FROM shop.orders WHERE id > $1 AND created_at > $2::timestamptz",
        {since, newPrimarySince.toStdString()})
                                   .toLongLong();
    qInfo() << "orders: reported by the simulator" << reported << "- in the database" << stored
            << "- placed on the new primary" << afterSwitch << "- simulator retries"
            << summary.value(QStringLiteral("retries")).toInteger() << "reconnects"
            << summary.value(QStringLiteral("reconnects")).toInteger() << "errors"
            << summary.value(QStringLiteral("errors")).toInteger();
    QCOMPARE(stored, reported);
    QVERIFY2(afterSwitch > 0, "the simulator placed no order on the new primary");
    // By the idempotency key: one checkout request per order, one order per request.
    QCOMPARE(owner(newPort,
                 "SELECT count(*) FROM shop.orders o WHERE o.id > $1 AND (SELECT count(*) FROM "
                 "qm.requests r WHERE r.fn = 'storefront.checkout' AND (r.result ->> "
                 "'order_id')::bigint = o.id) <> 1",
                 {since}),
        QStringLiteral("0"));
    QCOMPARE(owner(newPort,
                 "SELECT count(*) FROM (SELECT request_id FROM shop.stock_movements WHERE "
                 "reason = 'sale' AND order_id > $1 GROUP BY request_id HAVING count(DISTINCT "
                 "order_id) > 1) d",
                 {since}),
        QStringLiteral("0"));

    // The bulk edit, exactly once: each price is 110 % of what it was (not 121 %), one
    // price_history row per product, one audit row per chunk of the request.
    QCOMPARE(owner(newPort,
                 "SELECT count(*) FROM public.swload_before b JOIN shop.products p USING (id) "
                 "WHERE p.price <> qm.round_price(b.price * 1.10, 'cents')"),
        QStringLiteral("0"));
    QCOMPARE(owner(newPort,
                 "SELECT count(*) FROM (SELECT b.id, count(h.id) AS n FROM public.swload_before "
                 "b LEFT JOIN shop.price_history h ON h.product_id = b.id GROUP BY b.id) x "
                 "WHERE n <> 1"),
        QStringLiteral("0"));
    QStringList chunks;
    for (int k = 0; k * kChunk < kProducts; ++k)
        chunks << qm::catalog::BulkEditor::chunkRequestId(action.requestId(), k)
                      .toString(QUuid::WithoutBraces);
    const QString chunkArray = u'{' + chunks.join(u',') + u'}';
    QCOMPARE(owner(newPort,
                 "SELECT count(*) || '/' || count(DISTINCT request_id) || '/' || "
                 "sum((plan ->> 'product_count')::int) FROM qm.audit_log WHERE action = "
                 "'catalog.bulk_price_change' AND request_id = ANY ($1::uuid[])",
                 {chunkArray.toStdString()}),
        QStringLiteral("%1/%1/%2").arg(chunks.size()).arg(kProducts));
    QCOMPARE(owner(newPort,
                 "SELECT count(*) FROM qm.audit_log a JOIN public.swload_before b ON "
                 "a.plan -> 'sample' @> to_jsonb(b.id) WHERE a.action = "
                 "'catalog.bulk_price_change' AND NOT (a.request_id = ANY ($1::uuid[]))",
                 {chunkArray.toStdString()}),
        QStringLiteral("0"));

    // The second click changed nothing (the checks above) and said so.
    QVERIFY2(again.data.value(QStringLiteral("already_applied")).toBool(),
        "the bulk edit applied again was not recognised as already applied");

    qInfo() << "bulk edit attempts:" << attempts;
}

QTEST_MAIN(TestSwitchoverLoad)
#include "tst_switchoverload.moc"
