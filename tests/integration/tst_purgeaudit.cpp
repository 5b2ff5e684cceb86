// Who may purge, checked by every server that would act (issue 8, finding 2), against the
// sandbox: qmctl refuses a role without cache.purge before touching Redis; the flow records its
// intent in the audit log before it executes and executes nothing when that write is refused;
// the outcome row is linked to the intent row by the request id; and Redis' own ACL refuses
// UNLINK to a read-only role even when the console's checks are bypassed.
#include "cache/purgespec.h"
#include "cache/redispurge.h"
#include "cache/redissync.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "safety/flow.h"
#include "session/session.h"
#include "sessionenv.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

namespace {

// The sandbox profile as `user` signs in: the database user and the matching Redis ACL user.
Profile profileFor(const QString &user)
{
    QFile f(qmtest::profilePath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Profile p = Profile::fromJsonBytes(f.readAll()).valueOr(Profile {});
    p.user = user;
    p.resolveRedisUser();
    return p;
}

cache::RedisDeployment deploymentFor(const QString &user)
{
    const Profile p = profileFor(user);
    return cache::RedisDeployment::fromSettings(p.redis, redisPassfilePassword(p));
}

std::shared_ptr<db::Cluster> clusterFor(const QString &user)
{
    auto c = std::make_shared<db::Cluster>(qmtest::clusterConfig(user));
    const Status s = db::waitBlocking(c->start(), "test");
    if (!s) {
        qWarning() << "cluster as" << user << s.error().toString();
        return nullptr;
    }
    return c;
}

bool replyOk(const Result<redis::Reply> &r)
{
    return r.ok() && !r->isError();
}

QString replyText(const Result<redis::Reply> &r)
{
    return r.ok() ? r->toString() : r.error().toString();
}

safety::SyncFlowOptions yes()
{
    safety::SyncFlowOptions o;
    o.confirm = [](const safety::Plan &, const safety::ConfirmRequirement &) { return true; };
    return o;
}

} // namespace

class TestPurgeAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void qmctlRefusesARoleWithoutThePurgeRight();
    void qmctlRefusesABadLatencyBudget();
    void nothingRunsWhenTheIntentIsRefused();
    void outcomeIsLinkedToTheIntent();
    void onlyTheIntentsAuthorRecordsItsOutcome();
    void anotherRoleCannotBlockAnOutcome();
    void intentRequestIdWithOtherContentIsRefused();
    void outcomeAfterTheConnectionWasKilled();
    void redisRefusesUnlinkToReadOnlyRoles();
    void bypassingTheConsoleStillCannotPurge();
    void sinkOutlivesItsSession();

private:
    bool set(const QByteArray &key);
    bool exists(const QByteArray &key);

    std::unique_ptr<redis::Client> m_redis; // the sandbox's `default` user: the test's own view
    std::unique_ptr<db::Pool> m_owner;
    QTemporaryDir m_home;
};

void TestPurgeAudit::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.path().toUtf8()); // the audit spool stays here
    m_redis = std::make_unique<redis::Client>(qmtest::redisEndpoint());
    m_owner = std::make_unique<db::Pool>(qmtest::primaryParams(), 1);
}

bool TestPurgeAudit::set(const QByteArray &key)
{
    return replyOk(cache::callSync(*m_redis, {"SET", key, "v", "EX", "600"}));
}

bool TestPurgeAudit::exists(const QByteArray &key)
{
    auto r = cache::callSync(*m_redis, {"EXISTS", key});
    return r.ok() && r->integer == 1;
}

void TestPurgeAudit::qmctlRefusesARoleWithoutThePurgeRight()
{
    QVERIFY(set("qmtest:audit:roletest"));
    const QString qmctl
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl");
    QVERIFY2(QFile::exists(qmctl), qPrintable(qmctl));
    QProcess p;
    p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    p.start(qmctl,
        {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--user"),
            QStringLiteral("merch"), QStringLiteral("cache"), QStringLiteral("purge"),
            QStringLiteral("--pattern"), QStringLiteral("qmtest:audit:roletest"),
            QStringLiteral("--yes")});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(p.exitCode() != 0, qPrintable(QStringLiteral("qmctl exited 0; stderr: ") + err));
    QVERIFY2(err.contains(QStringLiteral("cache.purge")), qPrintable(err));
    QVERIFY2(exists("qmtest:audit:roletest"), "qmctl as merch deleted the key");
    // Refused before the plan: qmctl did not scan Redis for merch (the server's refusal of the
    // intent, which comes later, would stop the purge too, but only after planning).
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(!out.contains(QStringLiteral("qmtest:audit:roletest")),
        qPrintable(QStringLiteral("qmctl planned the purge for merch: ") + out));

    // The same command as oncall purges (and exits 0): the check is the role's, not qmctl's.
    p.start(qmctl,
        {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--user"),
            QStringLiteral("oncall"), QStringLiteral("cache"), QStringLiteral("purge"),
            QStringLiteral("--pattern"), QStringLiteral("qmtest:audit:roletest"),
            QStringLiteral("--yes")});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QVERIFY(!exists("qmtest:audit:roletest"));
}

void TestPurgeAudit::qmctlRefusesABadLatencyBudget()
{
    // A budget that is no positive number is a mistake to point out, not one to replace with
    // the default (it used to run with 2 ms and exit 0).
    QVERIFY(set("qmtest:audit:budget"));
    const QString qmctl
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl");
    for (const QString &budget :
        {QStringLiteral("0"), QStringLiteral("-5"), QStringLiteral("abc"), QString()}) {
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(qmctl,
            {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--user"),
                QStringLiteral("oncall"), QStringLiteral("cache"), QStringLiteral("purge"),
                QStringLiteral("--pattern"), QStringLiteral("qmtest:audit:budget"),
                QStringLiteral("--budget-ms"), budget, QStringLiteral("--yes")});
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() != 0,
            qPrintable(QStringLiteral("--budget-ms \"%1\": qmctl exited 0").arg(budget)));
        QVERIFY2(err.contains(QStringLiteral("--budget-ms")), qPrintable(err));
        QVERIFY2(exists("qmtest:audit:budget"), "qmctl purged with a bad budget");
    }
    cache::callSync(*m_redis, {"UNLINK", "qmtest:audit:budget"});
}

void TestPurgeAudit::nothingRunsWhenTheIntentIsRefused()
{
    QVERIFY(set("qmtest:audit:intent:1"));
    // The Redis side may purge (oncall's ACL user), but the audit log is written as merch, whom
    // console.audit_intent refuses a cache.* action: the purge must not run.
    cache::RedisPurgeAction action(deploymentFor(QStringLiteral("oncall")),
        cache::RedisPurgeSpec::byPattern("qmtest:audit:intent:*"));
    auto merch = clusterFor(QStringLiteral("merch"));
    QVERIFY(merch);
    safety::DbAuditSink sink(merch);
    const safety::FlowReport r = safety::runFlowSync(action, &sink, yes());
    QVERIFY(r.plan && r.plan->count == 1);
    QVERIFY2(r.error, "a purge ran although its intent was refused");
    QVERIFY(!r.intentRecorded);
    QVERIFY(!r.outcome);
    QVERIFY2(r.error->message.contains(QStringLiteral("intent")), qPrintable(r.error->toString()));
    QVERIFY2(exists("qmtest:audit:intent:1"), "the key was deleted without a recorded intent");
    // Nothing in the audit log under that request id.
    QCOMPARE(qmtest::scalar<long>(*m_owner,
                 "select count(*) from qm.audit_log where request_id = $1::uuid",
                 {r.requestId.toString(QUuid::WithoutBraces).toStdString()}),
        0L);
    cache::callSync(*m_redis, {"UNLINK", "qmtest:audit:intent:1"});
}

void TestPurgeAudit::outcomeIsLinkedToTheIntent()
{
    QVERIFY(set("qmtest:audit:linked:1"));
    QVERIFY(set("qmtest:audit:linked:2"));
    cache::RedisPurgeAction action(deploymentFor(QStringLiteral("oncall")),
        cache::RedisPurgeSpec::byPattern("qmtest:audit:linked:*"));
    auto oncall = clusterFor(QStringLiteral("oncall"));
    QVERIFY(oncall);
    safety::DbAuditSink sink(oncall);
    const safety::FlowReport r = safety::runFlowSync(action, &sink, yes());
    QVERIFY2(!r.error, qPrintable(r.error ? r.error->toString() : QString()));
    QVERIFY(r.intentRecorded);
    QVERIFY2(!r.auditError, qPrintable(r.auditError ? r.auditError->toString() : QString()));
    QVERIFY(r.outcome && r.outcome->done == 2);
    QVERIFY(!exists("qmtest:audit:linked:1"));
    const std::string id = r.requestId.toString(QUuid::WithoutBraces).toStdString();
    QCOMPARE(qmtest::scalar<long>(
                 *m_owner, "select count(*) from qm.audit_log where request_id = $1::uuid", {id}),
        2L);
    const long intentId = qmtest::scalar<long>(*m_owner,
        "select id from qm.audit_log where request_id = $1::uuid and outcome->>'phase' = 'intent'"
        " and actor = 'oncall' and action = 'cache.purge.pattern'",
        {id});
    QVERIFY(intentId > 0);
    const long outcomeId = qmtest::scalar<long>(*m_owner,
        "select id from qm.audit_log where request_id = $1::uuid and plan->>'phase' = 'outcome'"
        " and (plan->>'intent_id')::bigint = $2::bigint and actor = 'oncall'"
        " and (outcome->>'done')::int = 2",
        {id, std::to_string(intentId)});
    QVERIFY2(outcomeId > intentId, "no outcome row after the intent row, linked by request id");
    QCOMPARE(
        qmtest::scalar<std::string>(*m_owner, "select ok::text from console.verify_audit_chain()"),
        std::string("true"));
}

void TestPurgeAudit::onlyTheIntentsAuthorRecordsItsOutcome()
{
    auto oncall = clusterFor(QStringLiteral("oncall"));
    auto admin = clusterFor(QStringLiteral("admin"));
    QVERIFY(oncall && admin);
    safety::AuditEntry e;
    e.action = QStringLiteral("cache.purge.pattern");
    e.target = QStringLiteral("qmtest:audit:author:*");
    QVERIFY(safety::DbAuditSink(oncall).recordIntent(e));
    QVERIFY(safety::DbAuditSink(oncall).recordIntent(e)); // a retry: idempotent
    const Status foreign = safety::DbAuditSink(admin).recordOutcome(e);
    QVERIFY2(!foreign, "admin wrote the outcome of oncall's intent");
    QCOMPARE(foreign.error().code, Error::Code::PermissionDenied);
    QVERIFY(safety::DbAuditSink(oncall).recordOutcome(e));
    QVERIFY(safety::DbAuditSink(oncall).recordOutcome(e)); // a retry: idempotent
    QCOMPARE(qmtest::scalar<long>(*m_owner,
                 "select count(*) from qm.audit_log where request_id = $1::uuid",
                 {e.requestId.toString(QUuid::WithoutBraces).toStdString()}),
        2L);
    // An outcome without an intent is refused; merch may not write a cache intent at all.
    safety::AuditEntry orphan;
    QVERIFY(!safety::DbAuditSink(oncall).recordOutcome(orphan));
    auto merch = clusterFor(QStringLiteral("merch"));
    QVERIFY(merch);
    const Status refused = safety::DbAuditSink(merch).recordIntent(e);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
}

void TestPurgeAudit::anotherRoleCannotBlockAnOutcome()
{
    // Every console role reads the intent's request id in console.audit_log, and may claim any
    // free request id through a function it may run. 0009 kept "once per intent" under a request
    // id derived from the intent's (md5('console.audit_outcome:' || id)): merch claimed it first,
    // and oncall's outcome was refused (QM409), leaving the intent open for good.
    auto oncall = clusterFor(QStringLiteral("oncall"));
    QVERIFY(oncall);
    safety::AuditEntry e;
    e.action = QStringLiteral("cache.purge.pattern");
    e.target = QStringLiteral("qmtest:audit:claimed:*");
    QVERIFY(safety::DbAuditSink(oncall).recordIntent(e));
    const std::string id = e.requestId.toString(QUuid::WithoutBraces).toStdString();
    db::Pool merch(qmtest::primaryParams(QStringLiteral("merch")), 1);
    QVERIFY2(qmtest::scalar<long>(merch,
                 "select console.audit_intent(md5('console.audit_outcome:' || $1)::uuid, "
                 "'catalog.claim', $1, '{}')",
                 {id})
            > 0,
        "merch could not claim the request id (the attempt proves nothing)");
    const Status s = safety::DbAuditSink(oncall).recordOutcome(e);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(qmtest::scalar<long>(*m_owner,
                 "select count(*) from qm.audit_log where request_id = $1::uuid"
                 " and plan->>'phase' = 'outcome' and actor = 'oncall'",
                 {id}),
        1L);
}

void TestPurgeAudit::intentRequestIdWithOtherContentIsRefused()
{
    // The intent names what is about to be done: its request id again with another target or
    // plan is another intent (the caller would act on what the log does not name), not a retry.
    auto oncall = clusterFor(QStringLiteral("oncall"));
    QVERIFY(oncall);
    safety::AuditEntry e;
    e.action = QStringLiteral("cache.purge.pattern");
    e.target = QStringLiteral("qmtest:audit:reused:*");
    e.plan.insert(QStringLiteral("count"), 3);
    QVERIFY(safety::DbAuditSink(oncall).recordIntent(e));
    QVERIFY(safety::DbAuditSink(oncall).recordIntent(e)); // the same content: a retry
    safety::AuditEntry otherTarget = e;
    otherTarget.target = QStringLiteral("*");
    safety::AuditEntry otherPlan = e;
    otherPlan.plan.insert(QStringLiteral("count"), 30000);
    safety::AuditEntry otherAction = e;
    otherAction.action = QStringLiteral("cache.purge.keys");
    for (const safety::AuditEntry &other : {otherTarget, otherPlan, otherAction}) {
        const Status s = safety::DbAuditSink(oncall).recordIntent(other);
        QVERIFY2(!s,
            qPrintable(QStringLiteral("intent accepted again with other content: ") + other.action
                + u' ' + other.target));
        QCOMPARE(s.error().code, Error::Code::Conflict);
    }
    QCOMPARE(qmtest::scalar<long>(*m_owner,
                 "select count(*) from qm.audit_log where request_id = $1::uuid",
                 {e.requestId.toString(QUuid::WithoutBraces).toStdString()}),
        1L);
}

void TestPurgeAudit::outcomeAfterTheConnectionWasKilled()
{
    // The console's connection dies between the intent and the outcome (here: terminated by the
    // owner). The intent stays, visibly without an outcome; the outcome can still be recorded
    // from a new connection, once; an outcome whose transaction died is not recorded at all.
    const char *open = "select count(*) from qm.audit_log i where i.request_id = $1::uuid"
                       " and i.outcome = '{\"phase\": \"intent\"}' and not exists ("
                       " select from qm.audit_log o where o.request_id = i.request_id"
                       " and o.plan = jsonb_build_object('phase', 'outcome', 'intent_id', i.id))";
    const std::string id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    db::Pool oncall(qmtest::primaryParams(QStringLiteral("oncall")), 1);
    const long pid = qmtest::scalar<long>(oncall,
        "select pg_backend_pid() from console.audit_intent($1::uuid, 'cache.purge.pattern', "
        "'qmtest:audit:killed:*', '{}')",
        {id});
    QVERIFY(pid > 0);
    QVERIFY(qmtest::scalar<bool>(
        *m_owner, "select pg_terminate_backend($1::int)", {std::to_string(pid)}));
    QCOMPARE(qmtest::scalar<long>(*m_owner, open, {id}), 1L);

    // An outcome that dies before it commits leaves nothing behind.
    db::Pool again(qmtest::primaryParams(QStringLiteral("oncall")), 1);
    const auto killed = db::waitBlocking(
        again.run<bool>(QStringLiteral("outcome"), [id](db::Pool::Connection &c) {
            pqxx::work tx(c);
            tx.exec_params("select console.audit_outcome($1::uuid, '{\"done\": 1}')", id);
            tx.exec("select pg_terminate_backend(pg_backend_pid())");
            tx.commit();
            return true;
        }));
    QVERIFY(!killed.ok());
    QCOMPARE(qmtest::scalar<long>(*m_owner, open, {id}), 1L);

    db::Pool fresh(qmtest::primaryParams(QStringLiteral("oncall")), 1);
    const char *outcome = "select console.audit_outcome($1::uuid, '{\"done\": 1}')";
    const long outcomeId = qmtest::scalar<long>(fresh, outcome, {id});
    QVERIFY(outcomeId > 0);
    QCOMPARE(qmtest::scalar<long>(fresh, outcome, {id}), outcomeId); // a retry
    QCOMPARE(qmtest::scalar<long>(*m_owner, open, {id}), 0L);
    QCOMPARE(qmtest::scalar<long>(
                 *m_owner, "select count(*) from qm.audit_log where request_id = $1::uuid", {id}),
        2L);
}

void TestPurgeAudit::redisRefusesUnlinkToReadOnlyRoles()
{
    QVERIFY(set("qmtest:audit:acl:1"));
    const cache::RedisDeployment merch = deploymentFor(QStringLiteral("merch"));
    QCOMPARE(merch.auth.username, QStringLiteral("merch"));
    QVERIFY2(!merch.auth.password.isEmpty(), "no Redis password for merch in the sandbox");
    const QStringList host = merch.hosts.first().split(u':');
    redis::Client ro(merch.endpoint(host[0], host[1].toInt()));
    // Reading works: the Cache page browses as merch.
    const auto get = cache::callSync(ro, {"GET", "qmtest:audit:acl:1"});
    QVERIFY2(replyOk(get), qPrintable(replyText(get)));
    QVERIFY(replyOk(cache::callSync(ro, {"SCAN", "0", "MATCH", "qmtest:audit:*"})));
    QVERIFY(replyOk(cache::callSync(ro, {"TTL", "qmtest:audit:acl:1"})));
    QVERIFY(replyOk(cache::callSync(ro, {"MEMORY", "USAGE", "qmtest:audit:acl:1"})));
    // Changing does not, whatever the client believes.
    for (const QByteArrayList &cmd : {QByteArrayList {"UNLINK", "qmtest:audit:acl:1"},
             QByteArrayList {"DEL", "qmtest:audit:acl:1"},
             QByteArrayList {"GETDEL", "qmtest:audit:acl:1"},
             QByteArrayList {"EXPIRE", "qmtest:audit:acl:1", "1"},
             QByteArrayList {"SET", "qmtest:audit:acl:1", "x"}, QByteArrayList {"FLUSHALL"}}) {
        const auto r = cache::callSync(ro, cmd);
        QVERIFY2(!replyOk(r),
            qPrintable(QString::fromUtf8(cmd.first()) + QStringLiteral(" was allowed")));
        QVERIFY2(replyText(r).contains(QStringLiteral("NOPERM"), Qt::CaseInsensitive)
                || replyText(r).contains(QStringLiteral("permission"), Qt::CaseInsensitive),
            qPrintable(replyText(r)));
    }
    QVERIFY(exists("qmtest:audit:acl:1"));
    // oncall may purge.
    const cache::RedisDeployment oncall = deploymentFor(QStringLiteral("oncall"));
    redis::Client rw(oncall.endpoint(host[0], host[1].toInt()));
    const auto unlink = cache::callSync(rw, {"UNLINK", "qmtest:audit:acl:1"});
    QVERIFY2(replyOk(unlink), qPrintable(replyText(unlink)));
    QVERIFY(!exists("qmtest:audit:acl:1"));
}

void TestPurgeAudit::bypassingTheConsoleStillCannotPurge()
{
    QVERIFY(set("qmtest:audit:bypass:1"));
    // The flow itself, as merch on the Redis side, with an audit sink that accepts anything:
    // no client-side check stands in the way, and Redis refuses the UNLINKs.
    cache::RedisPurgeAction action(deploymentFor(QStringLiteral("merch")),
        cache::RedisPurgeSpec::byPattern("qmtest:audit:bypass:*"));
    safety::FileAuditSink sink(m_home.filePath(QStringLiteral("bypass.jsonl")));
    const safety::FlowReport r = safety::runFlowSync(action, &sink, yes());
    QVERIFY(r.plan && r.plan->count == 1); // reading is allowed
    QVERIFY(r.outcome);
    QVERIFY2(r.outcome->error, "merch's Redis user deleted keys");
    QCOMPARE(r.outcome->done, 0);
    QVERIFY(exists("qmtest:audit:bypass:1"));
    cache::callSync(*m_redis, {"UNLINK", "qmtest:audit:bypass:1"});
}

void TestPurgeAudit::sinkOutlivesItsSession()
{
    // A flow's audit sink holds the session's cluster: closing the profile mid-flow leaves the
    // sink able to write the outcome (it used to hold the session's raw pool pointer).
    auto session = qmtest::openSession(QStringLiteral("oncall"));
    QVERIFY(session);
    safety::DbAuditSink sink(session->sharedCluster());
    safety::AuditEntry e;
    e.action = QStringLiteral("cache.purge.pattern");
    e.target = QStringLiteral("qmtest:audit:closed:*");
    QVERIFY(sink.recordIntent(e));
    session.reset(); // the profile is closed while the action runs
    const Status s = sink.recordOutcome(e);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().toString()));
    QCOMPARE(qmtest::scalar<long>(*m_owner,
                 "select count(*) from qm.audit_log where request_id = $1::uuid",
                 {e.requestId.toString(QUuid::WithoutBraces).toStdString()}),
        2L);
}

QTEST_GUILESS_MAIN(TestPurgeAudit)
#include "tst_purgeaudit.moc"
