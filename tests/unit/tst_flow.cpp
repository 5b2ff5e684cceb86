// The shared safety flow without servers: a step that throws ends the flow with an error (never
// stuck on "Planning"), nothing runs when the intent cannot be recorded, and destroying a Flow
// while its verification runs neither blocks nor keeps the verification going.
#include "safety/flow.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <stdexcept>

using namespace qm;
using namespace qm::safety;

namespace {

// An action whose steps do what the test asks; execute counts its runs.
class ScriptedAction : public DestructiveAction
{
public:
    bool throwInPlan = false;
    std::atomic<int> executed {0};
    // verify waits on `release` (the test's latch), and says when it started and how it ended.
    QSemaphore *verifyStarted = nullptr;
    QSemaphore *release = nullptr;
    std::atomic<bool> verifyTimedOut {false};
    std::atomic<bool> verifySawCancel {false};
    std::atomic<bool> verifyEnded {false};

    QString kind() const override { return QStringLiteral("cache.purge.pattern"); }
    QString describe() const override { return QStringLiteral("scripted"); }
    Result<Plan> plan(const CancelToken &) override
    {
        if (throwInPlan)
            throw std::runtime_error("plan exploded");
        Plan p;
        p.action = kind();
        p.title = QStringLiteral("Purge test");
        p.target = QStringLiteral("qmtest:*");
        p.count = 1;
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
    Result<Verification> verify(const Plan &, const Outcome &, const CancelToken &cancel) override
    {
        if (verifyStarted)
            verifyStarted->release();
        if (release) {
            // Waits for the test's latch; a backstop ends the wait if the test never releases it
            // (a Flow destructor that waits for this step would leave the latch untouched).
            verifyTimedOut = !release->tryAcquire(1, 30000);
        }
        verifySawCancel = cancel.isCancelled();
        verifyEnded = true;
        Verification v;
        v.ok = true;
        return v;
    }
};

class RefusingSink : public AuditSink
{
public:
    std::atomic<int> outcomes {0};
    Status record(const AuditEntry &) override { return Done {}; }
    Status recordIntent(const AuditEntry &) override
    {
        return Error {Error::Code::PermissionDenied, QStringLiteral("intent refused"), {}, {}};
    }
    Status recordOutcome(const AuditEntry &) override
    {
        ++outcomes;
        return Done {};
    }
};

// Writes to a file like FileAuditSink; recordIntent first waits for the test's latch.
class LatchedIntentSink : public FileAuditSink
{
public:
    using FileAuditSink::FileAuditSink;
    QSemaphore intentStarted;
    QSemaphore release;
    Status recordIntent(const AuditEntry &entry) override
    {
        intentStarted.release();
        release.tryAcquire(1, 30000); // a backstop if the test never releases it
        return FileAuditSink::recordIntent(entry);
    }
};

QList<QJsonObject> auditLines(const QString &path)
{
    QFile f(path);
    QList<QJsonObject> lines;
    if (!f.open(QIODevice::ReadOnly))
        return lines;
    for (const QByteArray &line : f.readAll().trimmed().split('\n'))
        lines.append(QJsonDocument::fromJson(line).object());
    return lines;
}

} // namespace

class TestFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void planThatThrowsFinishesWithAnError();
    void syncPlanThatThrowsReportsAnError();
    void nothingRunsWhenTheIntentIsRefused();
    void syncNothingRunsWhenTheIntentIsRefused();
    void intentThenOutcomeWithOneRequestId();
    void destroyingMidVerifyDoesNotWait();
    void flowSignalsEveryStepAndAuditsBoth();
    void destroyedWhileTheIntentIsWrittenRunsNothingButAuditsIt();
    // Last on purpose: it leaves results queued for the application's shutdown.
    void shutdownWithResultsStillQueuedDoesNotHang();

private:
    QTemporaryDir m_dir;
};

void TestFlow::init()
{
    QVERIFY(m_dir.isValid());
    // The spool (where a refused outcome goes) stays in the test's folder.
    qputenv("XDG_DATA_HOME", m_dir.path().toUtf8());
}

void TestFlow::planThatThrowsFinishesWithAnError()
{
    auto action = std::make_shared<ScriptedAction>();
    action->throwInPlan = true;
    Flow flow(action, std::make_shared<FileAuditSink>(m_dir.filePath(QStringLiteral("a.jsonl"))),
        Profile::Environment::Development);
    QSignalSpy finished(&flow, &Flow::finished);
    QSignalSpy failed(&flow, &Flow::failed);
    flow.start();
    QVERIFY2(finished.wait(10000), "a plan that throws left the flow in Planning");
    QCOMPARE(flow.stage(), Flow::Stage::Finished);
    QVERIFY(flow.report().error);
    QVERIFY2(flow.report().error->message.contains(QStringLiteral("plan exploded")),
        qPrintable(flow.report().error->message));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(action->executed.load(), 0);
}

void TestFlow::syncPlanThatThrowsReportsAnError()
{
    ScriptedAction action;
    action.throwInPlan = true;
    FileAuditSink sink(m_dir.filePath(QStringLiteral("b.jsonl")));
    SyncFlowOptions o;
    o.confirm = [](const Plan &, const ConfirmRequirement &) { return true; };
    const FlowReport r = runFlowSync(action, &sink, o);
    QVERIFY(r.error);
    QVERIFY(r.error->message.contains(QStringLiteral("plan exploded")));
    QVERIFY(!r.outcome);
}

void TestFlow::nothingRunsWhenTheIntentIsRefused()
{
    auto action = std::make_shared<ScriptedAction>();
    auto sink = std::make_shared<RefusingSink>();
    Flow flow(action, sink, Profile::Environment::Development);
    QSignalSpy planned(&flow, &Flow::planned);
    QSignalSpy finished(&flow, &Flow::finished);
    flow.start();
    QVERIFY(planned.wait(10000));
    QVERIFY(flow.confirm(true, QStringLiteral("qmtest:*")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(action->executed.load(), 0);
    QVERIFY(!flow.report().intentRecorded);
    QVERIFY(!flow.report().outcome);
    QVERIFY(flow.report().error);
    QVERIFY2(flow.report().error->message.contains(QStringLiteral("intent refused")),
        qPrintable(flow.report().error->message));
    QCOMPARE(sink->outcomes.load(), 0);
}

void TestFlow::syncNothingRunsWhenTheIntentIsRefused()
{
    ScriptedAction action;
    RefusingSink sink;
    SyncFlowOptions o;
    o.confirm = [](const Plan &, const ConfirmRequirement &) { return true; };
    const FlowReport r = runFlowSync(action, &sink, o);
    QCOMPARE(action.executed.load(), 0);
    QVERIFY(r.error);
    QVERIFY(!r.outcome);
    // No sink at all: nothing runs either.
    const FlowReport none = runFlowSync(action, nullptr, o);
    QCOMPARE(action.executed.load(), 0);
    QVERIFY(none.error);
}

void TestFlow::intentThenOutcomeWithOneRequestId()
{
    const QString path = m_dir.filePath(QStringLiteral("c.jsonl"));
    ScriptedAction action;
    FileAuditSink sink(path);
    SyncFlowOptions o;
    o.confirm = [](const Plan &, const ConfirmRequirement &) { return true; };
    const FlowReport r = runFlowSync(action, &sink, o);
    QVERIFY(r.intentRecorded);
    QCOMPARE(action.executed.load(), 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject intent = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject outcome = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(intent.value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
    QCOMPARE(outcome.value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    const QString id = r.requestId.toString(QUuid::WithoutBraces);
    QCOMPARE(intent.value(QStringLiteral("request_id")).toString(), id);
    QCOMPARE(outcome.value(QStringLiteral("request_id")).toString(), id);
}

void TestFlow::destroyingMidVerifyDoesNotWait()
{
    auto action = std::make_shared<ScriptedAction>();
    QSemaphore started;
    QSemaphore release;
    action->verifyStarted = &started;
    action->release = &release;
    auto *flow = new Flow(action,
        std::make_shared<FileAuditSink>(m_dir.filePath(QStringLiteral("d.jsonl"))),
        Profile::Environment::Development);
    QSignalSpy planned(flow, &Flow::planned);
    flow->start();
    QVERIFY(planned.wait(10000));
    QVERIFY(flow->confirm(true, QStringLiteral("qmtest:*")));
    QTRY_VERIFY_WITH_TIMEOUT(started.available() > 0, 10000); // verification is running
    delete flow; // must return while verify still waits for the latch
    release.release(); // only now: a destructor that waited would have hit the backstop
    QTRY_VERIFY_WITH_TIMEOUT(action->verifyEnded.load(), 40000);
    QVERIFY2(!action->verifyTimedOut.load(),
        "~Flow waited for the running verification (the latch was released only after it)");
    QVERIFY2(action->verifySawCancel.load(), "the verification was not told that its Flow is gone");
    QCoreApplication::processEvents(); // a result posted to the gone Flow is dropped, no crash
    // The Flow is gone, but its intent still gets its outcome (with the verification).
    const QString path = m_dir.filePath(QStringLiteral("d.jsonl"));
    QTRY_COMPARE_WITH_TIMEOUT(auditLines(path).size(), 2, 10000);
    const QList<QJsonObject> lines = auditLines(path);
    QCOMPARE(lines[0].value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
    QCOMPARE(lines[1].value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    QCOMPARE(
        lines[1].value(QStringLiteral("request_id")), lines[0].value(QStringLiteral("request_id")));
    QVERIFY(lines[1]
                .value(QStringLiteral("outcome"))
                .toObject()
                .contains(QStringLiteral("verification")));
}

void TestFlow::flowSignalsEveryStepAndAuditsBoth()
{
    const QString path = m_dir.filePath(QStringLiteral("e.jsonl"));
    auto action = std::make_shared<ScriptedAction>();
    Flow flow(action, std::make_shared<FileAuditSink>(path), Profile::Environment::Development);
    QSignalSpy stages(&flow, &Flow::stageChanged);
    QSignalSpy executed(&flow, &Flow::executed);
    QSignalSpy verified(&flow, &Flow::verified);
    QSignalSpy failed(&flow, &Flow::failed);
    QSignalSpy finished(&flow, &Flow::finished);
    QSignalSpy planned(&flow, &Flow::planned);
    flow.start();
    QVERIFY(planned.wait(10000));
    QVERIFY(flow.confirm(true, QStringLiteral("qmtest:*")));
    QVERIFY(finished.wait(10000));
    QList<Flow::Stage> seen;
    for (const QList<QVariant> &args : stages)
        seen.append(args.at(0).value<Flow::Stage>());
    const QList<Flow::Stage> expected {Flow::Stage::Planning, Flow::Stage::AwaitingConfirmation,
        Flow::Stage::RecordingIntent, Flow::Stage::Executing, Flow::Stage::Verifying,
        Flow::Stage::Auditing, Flow::Stage::Finished};
    QCOMPARE(seen, expected);
    QCOMPARE(executed.count(), 1);
    QCOMPARE(verified.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(action->executed.load(), 1);
    const FlowReport &r = flow.report();
    QVERIFY(r.intentRecorded);
    QVERIFY(r.outcome && r.outcome->complete);
    QVERIFY(r.verification && r.verification->ok);
    QVERIFY(!r.auditError);
    const QList<QJsonObject> lines = auditLines(path);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0].value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
    QCOMPARE(lines[1].value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    const QString id = r.requestId.toString(QUuid::WithoutBraces);
    QCOMPARE(lines[0].value(QStringLiteral("request_id")).toString(), id);
    QCOMPARE(lines[1].value(QStringLiteral("request_id")).toString(), id);
}

void TestFlow::destroyedWhileTheIntentIsWrittenRunsNothingButAuditsIt()
{
    const QString path = m_dir.filePath(QStringLiteral("f.jsonl"));
    auto action = std::make_shared<ScriptedAction>();
    auto sink = std::make_shared<LatchedIntentSink>(path);
    auto *flow = new Flow(action, sink, Profile::Environment::Development);
    QSignalSpy planned(flow, &Flow::planned);
    flow->start();
    QVERIFY(planned.wait(10000));
    QVERIFY(flow->confirm(true, QStringLiteral("qmtest:*")));
    QVERIFY(sink->intentStarted.tryAcquire(1, 10000)); // the intent is being written
    delete flow; // the dialog closed
    sink->release.release();
    // The intent that was written gets an outcome saying nothing ran; nothing ran.
    QTRY_COMPARE_WITH_TIMEOUT(auditLines(path).size(), 2, 10000);
    const QList<QJsonObject> lines = auditLines(path);
    QCOMPARE(lines[0].value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
    QCOMPARE(lines[1].value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
    const QJsonObject outcome = lines[1].value(QStringLiteral("outcome")).toObject();
    QVERIFY2(QJsonDocument(outcome).toJson().contains("Cancelled before it started"),
        QJsonDocument(outcome).toJson().constData());
    QCOMPARE(action->executed.load(), 0);
}

void TestFlow::shutdownWithResultsStillQueuedDoesNotHang()
{
    // The flow runs to its end while this thread processes no events, so every result stays
    // queued; the Flow goes, then the worker. At exit QCoreApplication deletes the queued results
    // under its posted-event lock, and the last of them releases the relay: that must not post
    // (deleteLater) and wait for the lock it is under (the test binary then hangs after "Totals").
    const QString path = m_dir.filePath(QStringLiteral("g.jsonl"));
    auto action = std::make_shared<ScriptedAction>();
    auto *flow = new Flow(
        action, std::make_shared<FileAuditSink>(path), Profile::Environment::Development);
    QSignalSpy planned(flow, &Flow::planned);
    flow->start();
    QVERIFY(planned.wait(10000));
    QVERIFY(flow->confirm(true, QStringLiteral("qmtest:*")));
    for (int i = 0; i < 10000 && auditLines(path).size() < 2; ++i)
        QThread::msleep(5); // no event processing here: the results stay queued
    QCOMPARE(auditLines(path).size(), 2);
    delete flow;
    // The worker's job holds the action too; once only this test holds it, the job is gone.
    for (int i = 0; i < 10000 && action.use_count() > 1; ++i)
        QThread::msleep(5);
    QCOMPARE(action.use_count(), 1L);
}

QTEST_GUILESS_MAIN(TestFlow)
#include "tst_flow.moc"
