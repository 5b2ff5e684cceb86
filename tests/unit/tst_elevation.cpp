// Safety profiles without servers: production is read-only until elevated (a typed reason, a
// duration), the elevation ends by itself on an injected clock (no sleeping), the safety flow
// refuses a destructive action on production before anything is planned as runnable, at the
// confirmation and on the worker, and large actions ask for the typed confirmation on staging.
#include "safety/elevation.h"
#include "safety/flow.h"
#include "safety/friction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

using namespace qm;
using namespace qm::safety;

namespace {

class CountingAction : public DestructiveAction
{
public:
    std::atomic<int> executed {0};
    qint64 count = 1;
    QString action = QStringLiteral("cache.purge.pattern");
    QString kind() const override { return action; }
    QString describe() const override { return QStringLiteral("counting"); }
    Result<Plan> plan(const CancelToken &) override
    {
        Plan p;
        p.action = action;
        p.title = QStringLiteral("Purge test");
        p.target = QStringLiteral("qmtest:*");
        p.count = count;
        p.impact = Impact::Low;
        return p;
    }
    Outcome execute(const Plan &, const ProgressFn &, const CancelToken &) override
    {
        ++executed;
        Outcome o;
        o.complete = true;
        o.done = 1;
        return o;
    }
    Result<Verification> verify(const Plan &, const Outcome &, const CancelToken &) override
    {
        Verification v;
        v.ok = true;
        return v;
    }
};

class CountingSink : public AuditSink
{
public:
    std::atomic<int> intents {0};
    std::atomic<int> outcomes {0};
    AuditEntry lastIntent;
    Status record(const AuditEntry &) override { return Done {}; }
    Status recordIntent(const AuditEntry &e) override
    {
        lastIntent = e;
        ++intents;
        return Done {};
    }
    Status recordOutcome(const AuditEntry &) override
    {
        ++outcomes;
        return Done {};
    }
};

} // namespace

class TestElevation : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    Elevation::Clock clock()
    {
        return [this] { return m_now; };
    }

private Q_SLOTS:
    void productionIsReadOnlyUntilElevated()
    {
        Elevation e(Profile::Environment::Production, clock());
        QVERIFY(e.required());
        QVERIFY(!e.mayWrite());
        const auto no = e.refusal(QStringLiteral("the stock adjustment"));
        QVERIFY(no);
        QCOMPARE(no->code, Error::Code::PermissionDenied);
        QVERIFY2(no->message.contains(QStringLiteral("Elevate")), qPrintable(no->message));
        // A reason too short, an empty one, a duration out of range: refused, still read-only.
        QVERIFY(!e.elevate(QString(), 30));
        QVERIFY(!e.elevate(QStringLiteral("   short  "), 30));
        QVERIFY(!e.elevate(QStringLiteral("INC-1234 restock after recount"), 0));
        QVERIFY(!e.elevate(QStringLiteral("INC-1234 restock after recount"), 9999));
        QVERIFY(!e.mayWrite());
        QSignalSpy changed(&e, &Elevation::changed);
        QVERIFY(e.elevate(QStringLiteral("INC-1234 restock after recount"), 30));
        QCOMPARE(changed.count(), 1);
        QVERIFY(e.mayWrite());
        QVERIFY(!e.refusal(QStringLiteral("x")));
        QCOMPARE(e.secondsLeft(), 30 * 60);
        QCOMPARE(e.reason(), QStringLiteral("INC-1234 restock after recount"));
    }

    void elevationEndsByItself()
    {
        Elevation e(Profile::Environment::Production, clock());
        QSignalSpy ended(&e, &Elevation::ended);
        QVERIFY(e.elevate(QStringLiteral("INC-1234 price fix"), 5));
        m_now = m_now.addSecs(5 * 60 - 1);
        QVERIFY(e.mayWrite());
        QCOMPARE(e.secondsLeft(), 1);
        QVERIFY(!e.expireIfDue());
        m_now = m_now.addSecs(1);
        // The time is up: no write passes even before the timer noticed it...
        QVERIFY(!e.mayWrite());
        QVERIFY(e.refusal(QStringLiteral("x")));
        // ...and the timer's check ends it once, as expired.
        QVERIFY(e.expireIfDue());
        QVERIFY(!e.expireIfDue());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(0).toBool(), true);
        QVERIFY(!e.until().isValid());
    }

    void elevationCanEndEarly()
    {
        Elevation e(Profile::Environment::Production, clock());
        QSignalSpy ended(&e, &Elevation::ended);
        QVERIFY(e.elevate(QStringLiteral("INC-1234 price fix"), 30));
        QVERIFY(e.end());
        QVERIFY(!e.mayWrite());
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(0).toBool(), false);
        QVERIFY(!e.end());
    }

    void stagingAndDevelopmentNeedNone()
    {
        for (auto env : {Profile::Environment::Staging, Profile::Environment::Development}) {
            Elevation e(env, clock());
            QVERIFY(!e.required());
            QVERIFY(e.mayWrite());
            QVERIFY(!writeRefusal(env, &e, QStringLiteral("x")));
            QVERIFY(!writeRefusal(env, nullptr, QStringLiteral("x")));
            QVERIFY(!e.elevate(QStringLiteral("nothing to elevate here"), 30));
        }
        // Fail closed: production without an Elevation refuses.
        QVERIFY(writeRefusal(Profile::Environment::Production, nullptr, QStringLiteral("x")));
    }

    void elevateAuditedWritesAheadAndEndIsAudited()
    {
        auto e = std::make_shared<Elevation>(Profile::Environment::Production, clock());
        auto sink = std::make_shared<CountingSink>();
        QFuture<Status> f = elevateAudited(e, sink, QStringLiteral("INC-77 refund batch"), 15);
        f.waitForFinished();
        QVERIFY(f.result());
        QCOMPARE(sink->intents.load(), 1);
        QCOMPARE(sink->lastIntent.action, QStringLiteral("safety.elevate"));
        QCOMPARE(sink->lastIntent.plan.value(QStringLiteral("reason")).toString(),
            QStringLiteral("INC-77 refund batch"));
        QCOMPARE(sink->lastIntent.plan.value(QStringLiteral("minutes")).toInt(), 15);
        QCOMPARE(e->requestId(), sink->lastIntent.requestId);
        QVERIFY(e->mayWrite());
        QFuture<Status> end = recordElevationEnd(sink, e->requestId(), e->reason(), true);
        end.waitForFinished();
        QVERIFY(end.result());
        QCOMPARE(sink->outcomes.load(), 1);
        // No audit log: no elevation.
        auto e2 = std::make_shared<Elevation>(Profile::Environment::Production, clock());
        QFuture<Status> none
            = elevateAudited(e2, nullptr, QStringLiteral("INC-77 refund batch"), 15);
        none.waitForFinished();
        QVERIFY(!none.result());
        QVERIFY(!e2->mayWrite());
    }

    void flowRefusesOnProductionUntilElevated()
    {
        auto action = std::make_shared<CountingAction>();
        auto sink = std::make_shared<CountingSink>();
        auto e = std::make_shared<Elevation>(Profile::Environment::Production, clock());
        {
            Flow flow(action, sink, Profile::Environment::Production);
            flow.setElevation(e);
            QSignalSpy planned(&flow, &Flow::planned);
            flow.start();
            QVERIFY(planned.wait(10000));
            QVERIFY(flow.report().plan->refused);
            QVERIFY2(flow.report().plan->refusal.contains(QStringLiteral("read-only")),
                qPrintable(flow.report().plan->refusal));
            QVERIFY(!flow.confirm(true, QStringLiteral("qmtest:*")));
        }
        // Elevated: it plans as runnable; the elevation ends before the click: refused.
        QVERIFY(e->elevate(QStringLiteral("INC-9 purge stale pages"), 10));
        {
            Flow flow(action, sink, Profile::Environment::Production);
            flow.setElevation(e);
            QSignalSpy planned(&flow, &Flow::planned);
            QSignalSpy finished(&flow, &Flow::finished);
            flow.start();
            QVERIFY(planned.wait(10000));
            QVERIFY(!flow.report().plan->refused);
            m_now = m_now.addSecs(10 * 60);
            QVERIFY(!flow.confirm(true, QStringLiteral("qmtest:*")));
            QCOMPARE(finished.count(), 1);
            QVERIFY(flow.report().error);
        }
        QCOMPARE(action->executed.load(), 0);
        QCOMPARE(sink->intents.load(), 0);
        // Elevated again: it runs.
        QVERIFY(e->elevate(QStringLiteral("INC-9 purge stale pages"), 10));
        {
            Flow flow(action, sink, Profile::Environment::Production);
            flow.setElevation(e);
            QSignalSpy planned(&flow, &Flow::planned);
            QSignalSpy finished(&flow, &Flow::finished);
            flow.start();
            QVERIFY(planned.wait(10000));
            QVERIFY(flow.confirm(true, QStringLiteral("qmtest:*")));
            QVERIFY(finished.wait(10000));
        }
        QCOMPARE(action->executed.load(), 1);
        // No Elevation handed on: production refuses (fail closed).
        {
            Flow flow(action, sink, Profile::Environment::Production);
            QSignalSpy planned(&flow, &Flow::planned);
            flow.start();
            QVERIFY(planned.wait(10000));
            QVERIFY(flow.report().plan->refused);
        }
    }

    void syncFlowRefusesOnProductionUntilElevated()
    {
        CountingAction action;
        CountingSink sink;
        auto e = std::make_shared<Elevation>(Profile::Environment::Production, clock());
        SyncFlowOptions o;
        o.environment = Profile::Environment::Production;
        o.elevation = e;
        o.confirm = [](const Plan &, const ConfirmRequirement &) { return true; };
        FlowReport r = runFlowSync(action, &sink, o);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, Error::Code::PermissionDenied);
        QCOMPARE(action.executed.load(), 0);
        QCOMPARE(sink.intents.load(), 0);
        QVERIFY(e->elevate(QStringLiteral("INC-9 purge stale pages"), 1));
        r = runFlowSync(action, &sink, o);
        QVERIFY(!r.error);
        QCOMPARE(action.executed.load(), 1);
        m_now = m_now.addSecs(60);
        r = runFlowSync(action, &sink, o);
        QVERIFY(r.error);
        QCOMPARE(action.executed.load(), 1);
    }

    void largeActionsAskToTypeOnStaging()
    {
        const SizeLimits limits {100000, 10000};
        Plan purge;
        purge.action = QStringLiteral("cache.purge.pattern");
        purge.target = QStringLiteral("page:*");
        purge.impact = Impact::Medium;
        purge.count = 100000;
        QCOMPARE(
            FrictionPolicy::requirementFor(Profile::Environment::Staging, purge, limits).friction,
            Friction::Acknowledge);
        purge.count = 100001;
        QCOMPARE(
            FrictionPolicy::requirementFor(Profile::Environment::Staging, purge, limits).friction,
            Friction::TypeTarget);
        Plan bulk;
        bulk.action = QStringLiteral("catalog.bulk_edit");
        bulk.target = QStringLiteral("category:shoes");
        bulk.impact = Impact::Medium;
        bulk.count = 10000;
        QCOMPARE(
            FrictionPolicy::requirementFor(Profile::Environment::Staging, bulk, limits).friction,
            Friction::Acknowledge);
        bulk.count = 10001;
        const ConfirmRequirement r
            = FrictionPolicy::requirementFor(Profile::Environment::Staging, bulk, limits);
        QCOMPARE(r.friction, Friction::TypeTarget);
        QCOMPARE(r.phrase, QStringLiteral("category:shoes"));
        // The limits are configurable.
        QCOMPARE(FrictionPolicy::requirementFor(
                     Profile::Environment::Staging, bulk, SizeLimits {100000, 20000})
                     .friction,
            Friction::Acknowledge);
    }
};

QTEST_GUILESS_MAIN(TestElevation)
#include "tst_elevation.moc"
