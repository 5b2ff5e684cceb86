// Safety profiles against the sandbox: a production session refuses every write path until it is
// elevated, and again once the elevation's time is up (an injected clock moves past it; nothing
// sleeps): catalog edit and import, stock adjustment, order action, cache purge, queue trim and a
// runbook run. Each path is tried as the least-privileged role that may use it (merch for the
// catalog, manager for stock and orders, on-call for caches, queues and runbooks), and the
// elevation itself is written to the audit log as that role (intent, then its end as outcome).
#include "backends/writes.h"
#include "cache/redispurge.h"
#include "cache/topology.h"
#include "catalog/catalogwrites.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "inventory/stockwrites.h"
#include "orders/orderactions.h"
#include "profiles/credentials.h"
#include "queues/queueactions.h"
#include "redis/client.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "safety/elevation.h"
#include "safety/flow.h"
#include "session/session.h"
#include "sessionenv.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

namespace {

const QString kReadOnly = QStringLiteral("Production is read-only");

template <typename T> bool gateRefused(const Result<T> &r)
{
    return !r.ok() && r.error().message.contains(kReadOnly);
}

template <typename T> QByteArray describe(const Result<T> &r)
{
    return r.ok() ? QByteArrayLiteral("(it succeeded)") : r.error().toString().toUtf8();
}

bool gateRefused(const safety::FlowReport &r)
{
    return r.error && r.error->message.contains(kReadOnly) && !r.intentRecorded;
}

QByteArray describe(const safety::FlowReport &r)
{
    if (r.error)
        return r.error->toString().toUtf8();
    return r.plan && r.plan->refused ? ("plan refused: " + r.plan->refusal).toUtf8()
                                     : QByteArrayLiteral("(it ran)");
}

} // namespace

class TestElevationGate : public QObject
{
    Q_OBJECT
    std::unique_ptr<db::Pool> m_owner;
    QTemporaryDir m_tmp;
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    template <typename T>
    T owner(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::scalar<T>(*m_owner, sql, params);
    }

    // A production session of `user` whose elevation runs on this test's clock.
    std::unique_ptr<Session> production(const QString &user)
    {
        auto s = qmtest::openSession(user, Profile::Environment::Production);
        if (s)
            s->elevation()->setClock([this] { return m_now; });
        return s;
    }

    // Elevates through the session (audited as `user`); checks the audit log has the intent.
    bool elevate(Session &s)
    {
        QFuture<Status> f = s.elevate(QStringLiteral("INC-4711 test of the safety profile"), 5);
        if (!qmtest::waitFor(f, 30000) || !f.result()) {
            qWarning() << "elevation failed:"
                       << (f.isFinished() ? describe(f.result()) : "timeout");
            return false;
        }
        const std::string id
            = s.elevation()->requestId().toString(QUuid::WithoutBraces).toStdString();
        return owner<long long>("SELECT count(*) FROM qm.audit_log WHERE request_id = $1", {id})
            == 1;
    }

    // Moves the clock past the elevation's end; the session's timer (or this call) ends it and
    // writes its outcome.
    void expire(Session &s)
    {
        const std::string id
            = s.elevation()->requestId().toString(QUuid::WithoutBraces).toStdString();
        m_now = m_now.addSecs(5 * 60);
        QVERIFY(!s.elevation()->mayWrite());
        s.elevation()->expireIfDue();
        QVERIFY2(qmtest::waitUntil([&] {
            return owner<long long>("SELECT count(*) FROM qm.audit_log WHERE request_id = $1", {id})
                == 2;
        }),
            "the elevation's end is not in the audit log");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_tmp.isValid());
        m_owner = std::make_unique<db::Pool>(qmtest::primaryParams(), 1);
    }

    void catalogAsMerch()
    {
        auto s = production(QStringLiteral("merch"));
        QVERIFY(s);
        auto writes = backends::catalogWrites(s->backend(), s->sharedCluster(), s->elevation());
        const qint64 id = owner<long long>("SELECT min(id) FROM shop.products");
        const QString name = QString::fromStdString(owner<std::string>(
            "SELECT name FROM shop.products WHERE id = $1", {std::to_string(id)}));
        catalog::PendingEdit edit;
        edit.productId = id;
        edit.requestId = QUuid::createUuid();
        edit.changes = QJsonObject {{QStringLiteral("name"), name}}; // changes nothing if it ran
        const QString csv = m_tmp.filePath(QStringLiteral("import.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("sku,name\n"); // no rows: nothing to change if it ran
        }
        auto tryAll = [&](bool expectRefused) {
            auto applied = db::waitBlocking(writes->applyEdits({edit}));
            QVERIFY2(gateRefused(applied) == expectRefused, describe(applied));
            auto imported = db::waitBlocking(writes->importCsv(csv, catalog::ImportOptions {}));
            QVERIFY2(gateRefused(imported) == expectRefused, describe(imported));
            // A dry run changes nothing: it is never refused.
            catalog::ImportOptions dry;
            dry.dryRun = true;
            QVERIFY(!gateRefused(db::waitBlocking(writes->importCsv(csv, dry))));
        };
        tryAll(true);
        QCOMPARE(QString::fromStdString(owner<std::string>(
                     "SELECT name FROM shop.products WHERE id = $1", {std::to_string(id)})),
            name);
        QVERIFY(elevate(*s));
        tryAll(false);
        expire(*s);
        tryAll(true);
    }

    void stockAndOrdersAsManager()
    {
        auto s = production(QStringLiteral("manager"));
        QVERIFY(s);
        auto stock = backends::stockWrites(s->backend(), s->sharedCluster(), s->elevation());
        auto orders = backends::orderActions(s->backend(), s->sharedCluster(), s->elevation());
        const qint64 product = owner<long long>(
            "SELECT min(product_id) FROM shop.stock_levels WHERE warehouse_id = 1");
        const qint64 order = owner<long long>("SELECT max(id) FROM shop.orders");
        QVERIFY(product > 0 && order > 0);
        auto onHand = [&] {
            return owner<long long>(
                "SELECT on_hand FROM shop.stock_levels WHERE product_id = $1 AND warehouse_id = 1",
                {std::to_string(product)});
        };
        auto tryAll = [&](bool expectRefused) {
            const qint64 before = onHand();
            auto adjusted = db::waitBlocking(stock->adjust(QUuid::createUuid(), product, 1, 1,
                QStringLiteral("received"), QStringLiteral("elevation test")));
            QVERIFY2(gateRefused(adjusted) == expectRefused, describe(adjusted));
            if (expectRefused)
                QCOMPARE(onHand(), before);
            auto counted = db::waitBlocking(
                stock->count(QUuid::createUuid(), product, 1, onHand(), onHand(), QString()));
            QVERIFY2(gateRefused(counted) == expectRefused, describe(counted));
            auto released = db::waitBlocking(stock->releaseExpired(QUuid::createUuid()));
            QVERIFY2(gateRefused(released) == expectRefused, describe(released));
            orders::OrderAction note;
            note.kind = orders::OrderAction::Kind::AddNote;
            note.orderId = order;
            note.text = QStringLiteral("elevation test");
            auto noted = db::waitBlocking(orders->perform(note));
            QVERIFY2(gateRefused(noted) == expectRefused, describe(noted));
        };
        tryAll(true);
        QVERIFY(elevate(*s));
        tryAll(false);
        expire(*s);
        tryAll(true);
        // Ended early: read-only at once.
        QVERIFY(elevate(*s));
        s->endElevation();
        tryAll(true);
    }

    void cacheQueuesAndRunbooksAsOncall()
    {
        auto s = production(QStringLiteral("oncall"));
        QVERIFY(s);
        redis::Client admin(qmtest::redisEndpoint());
        const QByteArray stream = "qmtest:elevation:stream";
        auto audit = std::make_shared<safety::DbAuditSink>(s->sharedCluster());
        safety::SyncFlowOptions o;
        o.environment = Profile::Environment::Production;
        o.elevation = s->elevation();
        o.confirm = [](const safety::Plan &, const safety::ConfirmRequirement &) { return true; };
        const QString runbookPath = m_tmp.filePath(QStringLiteral("note.yaml"));
        {
            QFile f(runbookPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("name: elevation-note\ntitle: A note\nsteps:\n  - id: n\n    type: note\n"
                    "    title: A note\n    action: {text: elevated}\n");
        }
        const runbooks::ParseResult parsed
            = runbooks::parseRunbookFile(runbookPath, runbooks::StepRegistry::withBuiltins());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        auto tryAll = [&](bool expectRefused) {
            QVERIFY(qmtest::run(admin, {"SET", "qmtest:elevation:key", "1"}).ok());
            for (int i = 0; i < 3; ++i)
                QVERIFY(qmtest::run(admin, {"XADD", stream, "*", "f", "v"}).ok());
            cache::RedisPurgeAction purge(cache::RedisDeployment::fromSettings(
                                              s->profile().redis, s->credentials().redisPassword),
                cache::RedisPurgeSpec::byPattern("qmtest:elevation:key*"));
            const safety::FlowReport purged = runFlowSync(purge, audit.get(), o);
            QVERIFY2(gateRefused(purged) == expectRefused, describe(purged));
            const auto exists = qmtest::run(admin, {"EXISTS", "qmtest:elevation:key"});
            QVERIFY(exists.ok());
            QCOMPARE(exists->integer, expectRefused ? 1 : 0);
            queues::TrimStreamAction trim(
                redisEndpointFor(s->profile(), s->credentials()), stream, 1, true);
            const safety::FlowReport trimmed = runFlowSync(trim, audit.get(), o);
            QVERIFY2(gateRefused(trimmed) == expectRefused, describe(trimmed));
            runbooks::EngineConfig c;
            c.cluster = s->sharedCluster();
            c.profile = s->profile();
            c.redisPassword = s->credentials().redisPassword;
            c.audit = audit;
            c.journalDir = m_tmp.filePath(QStringLiteral("journal"));
            c.trustedKeysDir = m_tmp.filePath(QStringLiteral("trusted"));
            c.elevation = s->elevation();
            c.confirm = [](const runbooks::RunPlan &, const safety::ConfirmRequirement &) {
                return true;
            };
            runbooks::Engine engine(c);
            const runbooks::RunReport run = engine.run(*parsed.runbook, {});
            QVERIFY2(run.error.contains(kReadOnly) == expectRefused, qPrintable(run.error));
            if (expectRefused)
                QVERIFY(!run.intentRecorded);
        };
        tryAll(true);
        QVERIFY(elevate(*s));
        tryAll(false);
        expire(*s);
        tryAll(true);
    }

    void cleanupTestCase()
    {
        if (!qmtest::haveSandbox())
            return;
        redis::Client admin(qmtest::redisEndpoint());
        qmtest::run(admin, {"DEL", "qmtest:elevation:key", "qmtest:elevation:stream"});
    }
};

QTEST_MAIN(TestElevationGate)
#include "tst_elevationgate.moc"
