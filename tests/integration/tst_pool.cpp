// db::Pool against the sandbox's PostgreSQL: work runs on worker threads, errors come back as
// values with the right code, cancel reaches the server, broken connections are re-opened.

#include "common/threadguard.h"
#include "db/blocking.h"
#include "db/pool.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <fstream>
#include <pqxx/pqxx>

using qm::Error;
using qm::db::Pool;

Q_DECLARE_METATYPE(qm::Error::Code)

namespace {

std::function<QString(Pool::Connection &)> query(const std::string &sql)
{
    return [sql](Pool::Connection &c) {
        pqxx::work tx(c);
        const pqxx::result r = tx.exec(sql);
        tx.commit();
        return r.empty() || r[0].empty() ? QString() : QString::fromStdString(r[0][0].c_str());
    };
}

template <typename T> qm::Result<T> await(QFuture<qm::Result<T>> f, int timeoutMs = 10000)
{
    if (!qmtest::waitFor(f, timeoutMs))
        qFatal("a pool job did not finish within %d ms", timeoutMs);
    return f.result();
}

qm::db::ConnectionParams params(const QString &user = {}, const QString &app = {})
{
    qm::db::ConnectionParams p = qmtest::primaryParams(user);
    if (!app.isEmpty())
        p.applicationName = app;
    return p;
}

// Terminates every backend of an application name from a separate connection.
int terminateBackends(const QString &app)
{
    Pool admin(params(), 1);
    auto r = await(admin.run<QString>(QStringLiteral("terminate"),
        query("select count(pg_terminate_backend(pid)) from pg_stat_activity "
              "where application_name = '"
            + app.toStdString() + "'")));
    if (!r)
        qFatal("terminate failed: %s", qPrintable(r.error().toString()));
    // pg_terminate_backend only signals: wait until the backends are gone.
    for (int i = 0; i < 100; ++i) {
        auto left = await(admin.run<QString>(QStringLiteral("count"),
            query("select count(*) from pg_stat_activity where application_name = '"
                + app.toStdString() + "'")));
        if (left && left.value() == QLatin1String("0"))
            break;
        QThread::msleep(20);
    }
    return r.value().toInt();
}

} // namespace

class TestPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void runsInParallelOffTheGuiThread();
    void errorsAreValues_data();
    void errorsAreValues();
    void wrongPasswordIsAuthFailed();
    void closedPortFailsWithinTimeout();
    void cancelRunningQuery();
    void cancelBeforeTheQueryStarts();
    void cancelQueuedJob();
    void reconnectsAfterTerminate();
    void nonIdempotentJobFailsOnBrokenConnection();
    void destructorNeverWaits();
    void exitWaitsForDetachedWorkers_data();
    void exitWaitsForDetachedWorkers();
    void blockingHelperOnGuiThreadIsCounted();
};

void TestPool::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    qRegisterMetaType<qm::Error>();
}

void TestPool::cleanup()
{
    qm::enableGuiThreadGuard(false);
}

void TestPool::runsInParallelOffTheGuiThread()
{
    qm::enableGuiThreadGuard(true);
    const int violations = qm::guiThreadViolations();
    Pool pool(params(), 2);
    struct Seen
    {
        QString pid;
        Qt::HANDLE thread;
    };
    auto job = [](Pool::Connection &c) {
        pqxx::nontransaction tx(c);
        const pqxx::row r = tx.exec1("select pg_backend_pid()::text, pg_sleep(0.5)::text");
        return Seen {QString::fromStdString(r[0].c_str()), QThread::currentThreadId()};
    };
    QElapsedTimer t;
    t.start();
    auto a = pool.run<Seen>(QStringLiteral("sleep a"), job);
    auto b = pool.run<Seen>(QStringLiteral("sleep b"), job);
    QVERIFY2(t.elapsed() < 50, "run() must only enqueue");
    auto ra = await(a);
    auto rb = await(b);
    QVERIFY2(ra.ok(), qPrintable(ra.ok() ? QString() : ra.error().toString()));
    QVERIFY2(rb.ok(), qPrintable(rb.ok() ? QString() : rb.error().toString()));
    QVERIFY2(
        t.elapsed() < 950, qPrintable(QStringLiteral("took %1 ms: not parallel").arg(t.elapsed())));
    QVERIFY(ra->pid != rb->pid); // two connections
    QVERIFY(ra->thread != QThread::currentThreadId());
    QVERIFY(rb->thread != QThread::currentThreadId());
    QVERIFY(ra->thread != rb->thread);
    QCOMPARE(qm::guiThreadViolations(), violations);
}

void TestPool::errorsAreValues_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad sql") << ""
                             << "selec 1" << Error::Code::Unknown << "42601"
                             << "42601";
    QTest::newRow("permission denied names the role")
        << "admin"
        << "select * from pg_authid" << Error::Code::PermissionDenied << "42501"
        << "admin";
    QTest::newRow("QM400 keeps the server's message")
        << ""
        << "do $$ begin raise exception 'price must be positive' using errcode = 'QM400'; end $$"
        << Error::Code::InvalidInput << "QM400"
        << "price must be positive";
    QTest::newRow("QM409")
        << ""
        << "do $$ begin raise exception 'changed by someone else' using errcode = 'QM409'; end $$"
        << Error::Code::Conflict << "QM409"
        << "changed by someone else";
    QTest::newRow("QM422")
        << ""
        << "do $$ begin raise exception 'below reserved' using errcode = 'QM422'; end $$"
        << Error::Code::Constraint << "QM422"
        << "below reserved";
    QTest::newRow("check constraint")
        << ""
        << "create temp table t (n int check (n > 0)); insert into t values (-1)"
        << Error::Code::Constraint << "23514"
        << "check constraint";
    QTest::newRow("unique")
        << ""
        << "create temp table u (n int primary key); insert into u values (1), (1)"
        << Error::Code::Constraint << "23505"
        << "duplicate key";
    QTest::newRow("missing console object")
        << ""
        << "select * from console.no_such_view" << Error::Code::SchemaMissing << "42P01"
        << "qmctl migrate";
    QTest::newRow("missing console function")
        << ""
        << "select console.no_such_function(1)" << Error::Code::SchemaMissing << "42883"
        << "qmctl migrate";
    QTest::newRow("division by zero") << ""
                                      << "select 1/0" << Error::Code::InvalidInput << "22012"
                                      << "division by zero";
}

void TestPool::errorsAreValues()
{
    QFETCH(QString, user);
    QFETCH(QString, sql);
    QFETCH(Error::Code, code);
    QFETCH(QString, sqlState);
    QFETCH(QString, mentions);
    Pool pool(params(user), 1);
    auto r = await(pool.run<QString>(QStringLiteral("test query"), query(sql.toStdString())));
    QVERIFY(!r.ok());
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(code));
    QCOMPARE(r.error().sqlState, sqlState);
    QVERIFY2(r.error().toString().contains(mentions), qPrintable(r.error().toString()));
    // The connection survives an SQL error.
    auto again = await(pool.run<QString>(QStringLiteral("after"), query("select 42")));
    QVERIFY(again.ok());
    QCOMPARE(again.value(), QStringLiteral("42"));
    QVERIFY(pool.isHealthy());
}

void TestPool::wrongPasswordIsAuthFailed()
{
    qm::db::ConnectionParams p = params(QStringLiteral("admin"));
    p.password = QStringLiteral("definitely-not-the-password");
    p.passfile.clear();
    Pool pool(p, 1);
    QSignalSpy lost(&pool, &Pool::connectionLost);
    auto r = await(pool.run<QString>(QStringLiteral("login"), query("select 1")));
    QVERIFY(!r.ok());
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(Error::Code::AuthFailed));
    QVERIFY2(r.error().message.contains(QLatin1String("admin")), qPrintable(r.error().message));
    QVERIFY(!r.error().toString().contains(p.password));
    QVERIFY(!pool.isHealthy());
    QTRY_COMPARE(lost.count(), 1);
}

void TestPool::closedPortFailsWithinTimeout()
{
    qm::db::ConnectionParams p = params();
    p.port = 9; // discard: nothing listens there
    Pool pool(p, 1);
    QElapsedTimer t;
    t.start();
    auto r = await(pool.run<QString>(QStringLiteral("connect"), query("select 1")));
    QVERIFY(!r.ok());
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(Error::Code::ConnectionFailed));
    QVERIFY2(r.error().message.contains(QLatin1String("Is the server running")),
        qPrintable(r.error().message));
    QVERIFY2(
        r.error().message.contains(QLatin1String("127.0.0.1:9")), qPrintable(r.error().message));
    QVERIFY(t.elapsed() < p.connectTimeoutSec * 1000);
    // While backing off, the next job fails at once with the same explanation.
    t.restart();
    auto again = await(pool.run<QString>(QStringLiteral("connect again"), query("select 1")));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::ConnectionFailed);
    QVERIFY(t.elapsed() < 1000);
}

void TestPool::cancelRunningQuery()
{
    Pool pool(params(), 1);
    Pool::JobId id = 0;
    auto f = pool.run<QString>(QStringLiteral("long report"), query("select pg_sleep(30)"), &id);
    QVERIFY(id != 0);
    QTest::qWait(300); // connected and running
    QElapsedTimer t;
    t.start();
    pool.cancel(id);
    QVERIFY2(t.elapsed() < 20, "cancel() must not block the caller");
    auto r = await(f, 5000);
    QVERIFY(!r.ok());
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(Error::Code::Cancelled));
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    // The worker and its connection carry on.
    auto next = await(pool.run<QString>(QStringLiteral("next"), query("select 'still here'")));
    QVERIFY(next.ok());
    QCOMPARE(next.value(), QStringLiteral("still here"));
}

void TestPool::cancelBeforeTheQueryStarts()
{
    Pool pool(params(), 1);
    Pool::JobId id = 0;
    QElapsedTimer t;
    t.start();
    auto f = pool.run<QString>(QStringLiteral("long report"), query("select pg_sleep(30)"), &id);
    pool.cancel(id); // most likely while the worker is still connecting
    auto r = await(f, 5000);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::Cancelled);
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
}

void TestPool::cancelQueuedJob()
{
    Pool pool(params(), 1);
    auto first = pool.run<QString>(QStringLiteral("first"), query("select pg_sleep(0.7)::text"));
    Pool::JobId queued = 0;
    auto second = pool.run<QString>(QStringLiteral("second"), query("select 2"), &queued);
    pool.cancel(queued);
    auto r2 = await(second, 500);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().code, Error::Code::Cancelled);
    QVERIFY(!first.isFinished()); // dropped from the queue, not waited for
    QVERIFY(await(first).ok());
}

void TestPool::reconnectsAfterTerminate()
{
    const QString app = QStringLiteral("qm-test-reconnect");
    Pool pool(params({}, app), 1);
    QSignalSpy lost(&pool, &Pool::connectionLost);
    QSignalSpy restored(&pool, &Pool::connectionRestored);
    const auto pid1
        = await(pool.read<QString>(QStringLiteral("pid"), query("select pg_backend_pid()")));
    QVERIFY(pid1.ok());
    QCOMPARE(terminateBackends(app), 1);

    // A read is retried once on a fresh connection: the caller sees no error.
    const auto pid2
        = await(pool.read<QString>(QStringLiteral("pid"), query("select pg_backend_pid()")));
    QVERIFY2(pid2.ok(), qPrintable(pid2.ok() ? QString() : pid2.error().toString()));
    QVERIFY(pid2.value() != pid1.value());
    QTRY_COMPARE(lost.count(), 1);
    QTRY_COMPARE(restored.count(), 1);
    QVERIFY(pool.isHealthy());
}

void TestPool::nonIdempotentJobFailsOnBrokenConnection()
{
    const QString app = QStringLiteral("qm-test-write-broken");
    Pool pool(params({}, app), 1);
    QVERIFY(await(pool.run<QString>(QStringLiteral("warm up"), query("select 1"))).ok());
    QCOMPARE(terminateBackends(app), 1);
    auto write = await(pool.run<QString>(QStringLiteral("adjust stock"), query("select 1")));
    QVERIFY(!write.ok());
    QCOMPARE(Error::codeName(write.error().code), Error::codeName(Error::Code::ConnectionLost));
    QVERIFY2(write.error().message.contains(QLatin1String("adjust stock")),
        qPrintable(write.error().message));
    // The pool reconnects (in the background, after 100 ms): the caller's retry succeeds.
    auto retry = await(pool.run<QString>(QStringLiteral("adjust stock"), query("select 'ok'")));
    QVERIFY2(retry.ok(), qPrintable(retry.ok() ? QString() : retry.error().toString()));
}

namespace {
QString backendsOf(Pool &check, const QString &app, const std::string &extra = {})
{
    return await(check.run<QString>(QStringLiteral("left"),
                     query("select count(*) from pg_stat_activity where application_name = '"
                         + app.toStdString() + "'" + extra)))
        .valueOr(QStringLiteral("?"));
}
} // namespace

// A session closing destroys its pools on the GUI thread: the destructor fails the queued jobs,
// cancels the running ones and returns without waiting for the workers, even one that cannot
// stop at once (here: held after its query was cancelled, as if libpq were stuck on a silent
// host). The worker finishes on its own afterwards and closes its connection.
void TestPool::destructorNeverWaits()
{
#ifndef QM_THREAD_GUARD_ASSERT
    qm::enableGuiThreadGuard(true);
#endif
    const int violations = qm::guiThreadViolations();
    // The old destructor waited for the workers and gave up with this warning.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("did not stop")));
    const QString app = QStringLiteral("qm-test-destructor");
    Pool check(params(), 1);
    auto gate = std::make_shared<QSemaphore>();
    auto *pool = new Pool(params({}, app), 2);
    auto running = pool->run<QString>(QStringLiteral("long"), [gate](Pool::Connection &c) {
        try {
            pqxx::work tx(c);
            tx.exec("select pg_sleep(30)");
        } catch (...) {
            gate->acquire(); // the worker stays busy until the test lets it go
            throw;
        }
        return QString();
    });
    auto other = pool->run<QString>(QStringLiteral("other"), query("select pg_sleep(30)"));
    auto queued = pool->run<QString>(QStringLiteral("queued"), query("select 1"));
    QTRY_COMPARE(backendsOf(check, app, " and query like 'select pg_sleep%' and state = 'active'"),
        QStringLiteral("2"));

    delete pool;

    // Returned while the workers were still busy: the held one still has its backend.
    QVERIFY(queued.isFinished());
    QCOMPARE(queued.result().error().code, Error::Code::Cancelled);
    QVERIFY(!running.isFinished());
    QVERIFY(backendsOf(check, app).toInt() >= 1);
    QCOMPARE(qm::guiThreadViolations(), violations);

    gate->release();
    for (auto *f : {&running, &other}) {
        QVERIFY(qmtest::waitFor(*f));
        QVERIFY(!f->result().ok());
        QCOMPARE(f->result().error().code, Error::Code::Cancelled);
    }
    // The workers closed their connections on their own: nothing is left on the server.
    QTRY_COMPARE(backendsOf(check, app), QStringLiteral("0"));
}

void TestPool::blockingHelperOnGuiThreadIsCounted()
{
#ifdef QM_THREAD_GUARD_ASSERT
    QSKIP("this build aborts on a violation instead of counting it");
#endif
    Pool pool(params(), 1);
    qm::enableGuiThreadGuard(true);
    const int before = qm::guiThreadViolations();
    // Non-blocking use is fine...
    auto f = pool.run<QString>(QStringLiteral("fine"), query("select 1"));
    QVERIFY(await(f).ok());
    QCOMPARE(qm::guiThreadViolations(), before);
    // ...waiting on the GUI thread is what the guard is for.
    auto r = qm::db::waitBlocking(pool.run<QString>(QStringLiteral("blocking"), query("select 1")));
    QVERIFY(r.ok());
    QCOMPARE(qm::guiThreadViolations(), before + 1);
    qm::enableGuiThreadGuard(false);
    qm::db::waitBlocking(pool.run<QString>(QStringLiteral("unguarded"), query("select 1")));
    QCOMPARE(qm::guiThreadViolations(), before + 1);
}

namespace {

// This binary run by exitWaitsForDetachedWorkers: a pool is destroyed while its worker still
// runs a job (sleeping sleepMs, then writing `marker`) and main() returns right after; the pool
// goes before the QCoreApplication, or (afterApp) once it is gone.
int exitAfterDestroyingAPool(
    int argc, char *argv[], const QString &marker, int sleepMs, bool afterApp)
{
    std::unique_ptr<Pool> pool;
    QFuture<qm::Result<int>> job;
    {
        QCoreApplication app(argc, argv);
        pool = std::make_unique<Pool>(params(), 1);
        auto started = std::make_shared<QSemaphore>();
        job = pool->run<int>(
            QStringLiteral("ends after its pool"), [started, marker, sleepMs](Pool::Connection &) {
                started->release();
                QThread::msleep(sleepMs);
                std::ofstream(marker.toStdString()) << "ended\n";
                return 0;
            });
        started->acquire();
        if (!afterApp)
            pool.reset();
    }
    pool.reset();
    return 0;
}

} // namespace

// Workers of a destroyed pool end on their own; the process must not tear down its statics
// under them: QCoreApplication's destruction waits for them, but never for ever.
void TestPool::exitWaitsForDetachedWorkers_data()
{
    QTest::addColumn<int>("sleepMs");
    QTest::addColumn<bool>("afterApp");
    QTest::addColumn<bool>("ended");
    QTest::newRow("a worker that ends soon is waited for") << 500 << false << true;
    QTest::newRow("a worker that never ends does not hold the exit") << 600000 << false << false;
    QTest::newRow("a pool destroyed after the application is waited for too")
        << 500 << true << true;
}

void TestPool::exitWaitsForDetachedWorkers()
{
    QFETCH(int, sleepMs);
    QFETCH(bool, afterApp);
    QFETCH(bool, ended);
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("ended"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QM_TST_POOL_EXIT_MARKER"), marker);
    env.insert(QStringLiteral("QM_TST_POOL_EXIT_SLEEP_MS"), QString::number(sleepMs));
    if (afterApp)
        env.insert(QStringLiteral("QM_TST_POOL_EXIT_AFTER_APP"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray err = child.readAllStandardError();
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, err.constData());
    QCOMPARE(QFile::exists(marker), ended);
    QCOMPARE(err.contains("still ending at exit"), !ended);
}

int main(int argc, char *argv[])
{
    const QString marker = qEnvironmentVariable("QM_TST_POOL_EXIT_MARKER");
    if (!marker.isEmpty())
        return exitAfterDestroyingAPool(argc, argv, marker,
            qEnvironmentVariableIntValue("QM_TST_POOL_EXIT_SLEEP_MS"),
            qEnvironmentVariableIsSet("QM_TST_POOL_EXIT_AFTER_APP"));
    QCoreApplication app(argc, argv);
    TestPool test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_pool.moc"
