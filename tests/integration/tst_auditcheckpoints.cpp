// Signed audit checkpoints against the sandbox's PostgreSQL (issue 11, "An audit log that cannot be
// rewritten unseen"). Each tampering is done as the database superuser (qm_owner, the sandbox's
// initdb user) in a database of its own: a base database is migrated once and given twelve audit
// rows, and every case clones it (CREATE DATABASE ... TEMPLATE), signs a checkpoint of the clone's
// head, tampers, verifies and drops the clone. The sandbox's own audit chain is never touched.

#include "audit/chain.h"
#include "audit/checkpoint.h"
#include "audit/checkpointkey.h"
#include "db/migrator.h"
#include "db/pool.h"
#include "profiles/secretstore.h"
#include "safety/audit.h"
#include "safety/flow.h"
#include "session/session.h"
#include "sessionenv.h"
#include "settings/settings.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using qm::db::Pool;
using namespace qm::audit;

namespace {

constexpr int kRows = 12;

template <typename T> T await(QFuture<qm::Result<T>> f)
{
    if (!qmtest::waitFor(f, 120000))
        qFatal("timed out");
    const qm::Result<T> r = f.result();
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

// A destructive action that changes nothing: the flow audits it (oncall's cache.* area).
class NoopAction : public qm::safety::DestructiveAction
{
public:
    QString kind() const override { return QStringLiteral("cache.purge.pattern"); }
    QString describe() const override { return QStringLiteral("no-op"); }
    qm::Result<qm::safety::Plan> plan(const qm::safety::CancelToken &) override
    {
        qm::safety::Plan p;
        p.action = kind();
        p.title = QStringLiteral("Checkpoint test");
        p.target = QStringLiteral("qmtest:audit:*");
        p.count = 1;
        p.impact = qm::safety::Impact::Low;
        return p;
    }
    qm::safety::Outcome execute(const qm::safety::Plan &, const qm::safety::ProgressFn &,
        const qm::safety::CancelToken &) override
    {
        qm::safety::Outcome o;
        o.complete = true;
        return o;
    }
    qm::Result<qm::safety::Verification> verify(const qm::safety::Plan &,
        const qm::safety::Outcome &, const qm::safety::CancelToken &) override
    {
        return qm::safety::Verification {};
    }
};

} // namespace

class TestAuditCheckpoints : public QObject
{
    Q_OBJECT

    QString m_base;
    std::unique_ptr<Pool> m_admin; // the "postgres" database: creates and drops databases
    QTemporaryDir m_tmp;
    std::optional<Ed25519Key> m_key;
    std::optional<Ed25519Key> m_public;
    std::optional<Ed25519Key> m_otherKey;
    QStringList m_clones;

    qm::db::ConnectionParams paramsFor(const QString &db, const QString &user = {}) const
    {
        qm::db::ConnectionParams p = qmtest::primaryParams(user);
        p.dbname = db;
        return p;
    }

    void exec(Pool &pool, const std::string &sql)
    {
        await(pool.run<bool>(QStringLiteral("test sql"), [sql](Pool::Connection &c) {
            pqxx::work tx(c);
            tx.exec(sql);
            tx.commit();
            return true;
        }));
    }

    // CREATE / DROP DATABASE: outside a transaction.
    void admin(const std::string &sql)
    {
        await(m_admin->run<bool>(QStringLiteral("test ddl"), [sql](Pool::Connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec(sql);
            return true;
        }));
    }

    // As the superuser, with the append-only trigger off for the statement (and on again after).
    void tamper(Pool &pool, const std::string &sql)
    {
        exec(pool,
            "ALTER TABLE qm.audit_log DISABLE TRIGGER audit_log_append_only; " + sql
                + "; ALTER TABLE qm.audit_log ENABLE TRIGGER audit_log_append_only;");
    }

    // A fresh copy of the base database (its own name, so its own identity).
    std::unique_ptr<Pool> clone(const QString &name)
    {
        const QString db = m_base + QStringLiteral("_") + name;
        admin("DROP DATABASE IF EXISTS " + db.toStdString() + " WITH (FORCE)");
        admin("CREATE DATABASE " + db.toStdString() + " TEMPLATE " + m_base.toStdString());
        m_clones << db;
        return std::make_unique<Pool>(paramsFor(db), 1);
    }

    QString dirFor(const QString &name)
    {
        const QString d = m_tmp.filePath(QStringLiteral("cp-") + name);
        QDir().mkpath(d);
        return d;
    }

    QString sign(Pool &pool, const QString &dir, const Ed25519Key &key)
    {
        auto writer = std::make_shared<CheckpointWriter>(qm::Backend(), key, dir);
        const qm::Result<QString> path
            = await(pool.run<qm::Result<QString>>(QStringLiteral("checkpoint"),
                [writer](Pool::Connection &c) { return writer->writeOn(c); }));
        if (!path)
            qFatal("%s", qPrintable(path.error().toString()));
        return *path;
    }

    VerifyReport verify(Pool &pool, const QString &dir, int chunk = 5)
    {
        VerifyOptions o;
        o.chunk = chunk; // several chunks: the range function links each to the one before
        o.checkpointDir = dir;
        o.publicKey = *m_public;
        VerifyReport r = await(pool.run<VerifyReport>(QStringLiteral("verify"),
            [o](Pool::Connection &c) { return verifyChain(c, qm::Backend(), o); }));
        for (const Finding &f : r.findings)
            qInfo().noquote() << "finding:" << Finding::kindKey(f.kind) << f.message;
        return r;
    }

    QString qmctlPath() const
    {
        QString p = qEnvironmentVariable("QM_QMCTL");
        if (p.isEmpty())
            p = QStringLiteral(QM_QMCTL);
        return p;
    }

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    Run qmctl(const QString &db, const QStringList &args,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        // The sandbox's profile with the clone's database name, signed in as the superuser.
        QFile f(qmtest::profilePath());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("no profile");
        QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        QJsonObject pg = profile.value(QStringLiteral("postgres")).toObject();
        pg.insert(QStringLiteral("database"), db);
        profile.insert(QStringLiteral("postgres"), pg);
        const QString path
            = m_tmp.filePath(QStringLiteral("profile-") + db + QStringLiteral(".json"));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write the profile");
        out.write(QJsonDocument(profile).toJson());
        out.close();
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qmctlPath(),
            QStringList {QStringLiteral("--profile"), path, QStringLiteral("--user"),
                QStringLiteral("qm_owner")}
                + args);
        p.waitForFinished(120000);
        Run r {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
        qInfo().noquote() << "qmctl" << args.join(u' ') << "->" << r.code << "\n" << r.out << r.err;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_tmp.isValid());
        m_base = QStringLiteral("qm_test_audit_%1").arg(QCoreApplication::applicationPid());
        m_admin = std::make_unique<Pool>(paramsFor(QStringLiteral("postgres")), 1);
        admin("DROP DATABASE IF EXISTS " + m_base.toStdString() + " WITH (FORCE)");
        admin("CREATE DATABASE " + m_base.toStdString());
        {
            Pool base(paramsFor(m_base), 1);
            const qm::db::Migrator migrator;
            const auto status = await(migrator.migrate(base));
            QVERIFY(status.pending.isEmpty());
            exec(base,
                "SELECT console.record_audit(gen_random_uuid(), 'test.audit', 'row ' || g, '{}', "
                "jsonb_build_object('n', g)) FROM generate_series(1, "
                    + std::to_string(kRows) + ") g");
        } // closed: a template must have no connections
        auto key = Ed25519Key::generate();
        QVERIFY(key);
        m_key = *key;
        const QString keyPath = m_tmp.filePath(QStringLiteral("signing.pem"));
        QVERIFY(qm::audit::writeKeyPair(*m_key, keyPath));
        auto pub = Ed25519Key::loadPublic(keyPath + QStringLiteral(".pub"));
        QVERIFY(pub);
        m_public = *pub;
        auto other = Ed25519Key::generate();
        QVERIFY(other);
        m_otherKey = *other;
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        for (const QString &db : std::as_const(m_clones))
            admin("DROP DATABASE IF EXISTS " + db.toStdString() + " WITH (FORCE)");
        admin("DROP DATABASE IF EXISTS " + m_base.toStdString() + " WITH (FORCE)");
    }

    void intactChainMatchesItsCheckpoint()
    {
        auto pool = clone(QStringLiteral("intact"));
        const QString dir = dirFor(QStringLiteral("intact"));
        sign(*pool, dir, *m_key);
        const VerifyReport r = verify(*pool, dir);
        QVERIFY(r.chainOk);
        QCOMPARE(r.checked, qint64(kRows));
        QVERIFY2(r.findings.isEmpty(), qPrintable(r.findings.value(0).message));
        QCOMPARE(r.checkpointsMatched, 1);
        QCOMPARE(r.newestAnchoredId.value_or(0), qint64(kRows));
    }

    // The range function alone: chunks link to the row before them, and a chunk that starts after
    // a deleted row still finds the break.
    void rangeFunctionLinksChunks()
    {
        auto pool = clone(QStringLiteral("range"));
        const auto ranges = [&](qint64 from, int limit) {
            return await(
                pool->run<RangeCheck>(QStringLiteral("range"), [from, limit](Pool::Connection &c) {
                    return verifyRange(c, qm::Backend(), from, limit);
                }));
        };
        RangeCheck r = ranges(4, 3);
        QVERIFY(r.ok);
        QCOMPARE(r.checked, qint64(3));
        QCOMPARE(r.lastId.value_or(0), qint64(6));
        tamper(*pool, "DELETE FROM qm.audit_log WHERE id = 6");
        r = ranges(7, 3); // starts right after the deleted row: linked to row 5
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId.value_or(0), qint64(7));
        r = ranges(1, 4); // before the deletion
        QVERIFY(r.ok);
    }

    void editedRowIsNamed()
    {
        auto pool = clone(QStringLiteral("edited"));
        const QString dir = dirFor(QStringLiteral("edited"));
        sign(*pool, dir, *m_key);
        tamper(*pool, "UPDATE qm.audit_log SET outcome = '{\"n\": 999}' WHERE id = 5");
        const VerifyReport r = verify(*pool, dir);
        QVERIFY(!r.chainOk);
        QCOMPARE(r.firstBadId.value_or(0), qint64(5));
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings[0].kind, Finding::Kind::EditedRow);
        QCOMPARE(r.findings[0].id.value_or(0), qint64(5));
        QVERIFY2(r.findings[0].message.contains(QStringLiteral("Row 5 was changed")),
            qPrintable(r.findings[0].message));
    }

    void deletedRowIsNamedBySuccessor()
    {
        auto pool = clone(QStringLiteral("deleted"));
        const QString dir = dirFor(QStringLiteral("deleted"));
        sign(*pool, dir, *m_key);
        tamper(*pool, "DELETE FROM qm.audit_log WHERE id = 7");
        const VerifyReport r = verify(*pool, dir);
        QVERIFY(!r.chainOk);
        QCOMPARE(r.firstBadId.value_or(0), qint64(8));
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings[0].kind, Finding::Kind::BrokenLink);
        QVERIFY2(r.findings[0].message.contains(QStringLiteral("between row 6 and row 8")),
            qPrintable(r.findings[0].message));
    }

    void truncatedTailIsNamedByTheCheckpoint()
    {
        auto pool = clone(QStringLiteral("tail"));
        const QString dir = dirFor(QStringLiteral("tail"));
        const QString file = sign(*pool, dir, *m_key);
        tamper(*pool, "DELETE FROM qm.audit_log WHERE id > 9");
        const VerifyReport r = verify(*pool, dir);
        QVERIFY(r.chainOk); // what is left is a valid chain: only the checkpoint knows
        QCOMPARE(r.tableEnd.value_or(0), qint64(9));
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings[0].kind, Finding::Kind::TruncatedTail);
        QCOMPARE(r.findings[0].checkpoint, file);
        QVERIFY2(r.findings[0].message.startsWith(
                     QStringLiteral("Rows 10..12 are gone; checkpoint %1 signed at ").arg(file)),
            qPrintable(r.findings[0].message));
    }

    void recomputedChainIsCaughtByTheCheckpoint()
    {
        auto pool = clone(QStringLiteral("recomputed"));
        const QString dir = dirFor(QStringLiteral("recomputed"));
        const QString file = sign(*pool, dir, *m_key);
        // What a superuser can do: edit a row, then recompute every hash with the key in the
        // database, exactly as qm.audit does.
        tamper(*pool,
            "UPDATE qm.audit_log SET outcome = '{\"n\": 999}' WHERE id = 5; "
            "DO $$ DECLARE r record; prev bytea := '\\x'; k bytea; BEGIN "
            "  SELECT key INTO k FROM qm.audit_key WHERE id = 1; "
            "  FOR r IN SELECT * FROM qm.audit_log ORDER BY id LOOP "
            "    UPDATE qm.audit_log SET prev_hash = prev, hash = qm.audit_hash(k, prev, r.id, "
            "      r.at, r.actor, r.action, r.target, r.request_id, r.plan, r.outcome) "
            "    WHERE id = r.id RETURNING hash INTO prev; "
            "  END LOOP; END $$");
        const VerifyReport r = verify(*pool, dir);
        QVERIFY(r.chainOk); // the HMAC chain alone cannot tell
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings[0].kind, Finding::Kind::RewrittenChain);
        QCOMPARE(r.findings[0].id.value_or(0), qint64(kRows));
        QVERIFY2(r.findings[0].message.startsWith(
                     QStringLiteral("The chain verifies but checkpoint %1's hash for id %2 no "
                                    "longer matches")
                         .arg(file)
                         .arg(kRows)),
            qPrintable(r.findings[0].message));
    }

    void forgedCheckpointsAreRefused()
    {
        auto pool = clone(QStringLiteral("forged"));
        const QString dir = dirFor(QStringLiteral("forged"));
        const QString genuine = sign(*pool, dir, *m_key);
        // Signed by another key (someone who rewrote the chain and signs his own checkpoint).
        const QString otherDir = dirFor(QStringLiteral("forged-other"));
        const QString foreign = sign(*pool, otherDir, *m_otherKey);
        const QString foreignCopy = QDir(dir).filePath(QStringLiteral("z-foreign.json"));
        QVERIFY(QFile::copy(foreign, foreignCopy));
        // The genuine one with another hash in its JSON.
        QFile g(genuine);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(g.readAll()).object();
        o.insert(QStringLiteral("hash"), QString(64, u'0'));
        const QString changed = QDir(dir).filePath(QStringLiteral("z-changed.json"));
        QFile c(changed);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write(QJsonDocument(o).toJson());
        c.close();

        const VerifyReport r = verify(*pool, dir);
        QVERIFY(r.chainOk);
        QCOMPARE(r.checkpointsRead, 3);
        QCOMPARE(r.checkpointsMatched, 1); // only the genuine one counts
        QStringList forged;
        for (const Finding &f : r.findings) {
            QCOMPARE(f.kind, Finding::Kind::ForgedCheckpoint);
            forged << f.checkpoint;
        }
        forged.sort();
        QCOMPARE(forged, (QStringList {changed, foreignCopy}));
    }

    // qmctl audit keygen / checkpoint / verify end to end: exit codes, text and JSON.
    void qmctlNamesTheTruncationAndExitsNonZero()
    {
        auto pool = clone(QStringLiteral("cli"));
        const QString db = m_base + QStringLiteral("_cli");
        const QString key = m_tmp.filePath(QStringLiteral("cli.pem"));
        const QString dir = dirFor(QStringLiteral("cli"));
        Run r = qmctl(db, {QStringLiteral("audit"), QStringLiteral("keygen"), key});
        QCOMPARE(r.code, 0);
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        r = qmctl(db,
            {QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key,
                QStringLiteral("--dir"), dir});
        QCOMPARE(r.code, 0);
        const QString file = r.out.trimmed();
        QVERIFY2(QFile::exists(file), qPrintable(file));
        const QStringList verifyArgs {QStringLiteral("audit"), QStringLiteral("verify"),
            QStringLiteral("--chunk"), QStringLiteral("4"), QStringLiteral("--checkpoints"), dir,
            QStringLiteral("--pubkey"), key + QStringLiteral(".pub")};
        r = qmctl(db, verifyArgs);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("No findings.")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("12 rows checked, up to id 12 of 12")),
            qPrintable(r.err)); // the progress, on stderr

        tamper(*pool, "DELETE FROM qm.audit_log WHERE id > 10");
        r = qmctl(db, verifyArgs);
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.out.contains(QStringLiteral("FINDING: Rows 11..12 are gone; checkpoint %1 signed at ")
                               .arg(file)),
            qPrintable(r.out));
        r = qmctl(db, verifyArgs + QStringList {QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings[0].toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("truncated_tail"));
        QCOMPARE(findings[0].toObject().value(QStringLiteral("id")).toInt(), 12);
    }

    // The console: with a folder and a key in the settings, a destructive action run through the
    // shared flow ends with a checkpoint of the chain's head (its own outcome row), and the
    // session writes one on demand (its timer's round) only when the head moved.
    // qmctl reads the console's settings: a runbook run it makes is followed by a signed
    // checkpoint of the chain's head, which covers the run's own rows.
    void qmctlAnchorsAfterARunbookRun()
    {
        clone(QStringLiteral("qmctlrun")).reset();
        const QString db = m_base + QStringLiteral("_qmctlrun");
        const QString dir = dirFor(QStringLiteral("qmctlrun"));
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("Quartermaster"))));
        QFile ini(config.filePath(QStringLiteral("Quartermaster/Quartermaster.conf")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write(QStringLiteral("[audit]\ncheckpointDir=%1\ncheckpointKey=%2\n")
                      .arg(dir, m_tmp.filePath(QStringLiteral("signing.pem")))
                      .toUtf8());
        ini.close();
        QFile yaml(m_tmp.filePath(QStringLiteral("anchored.yaml")));
        QVERIFY(yaml.open(QIODevice::WriteOnly));
        yaml.write("name: anchored\n"
                   "title: Anchored\n"
                   "description: one note\n"
                   "steps:\n"
                   "  - id: hello\n"
                   "    type: note\n"
                   "    title: Say hello\n"
                   "    action:\n"
                   "      text: hello\n");
        yaml.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        const Run r = qmctl(db,
            {QStringLiteral("runbook"), QStringLiteral("run"), yaml.fileName(),
                QStringLiteral("--yes"), QStringLiteral("--json"), QStringLiteral("--journal-dir"),
                m_tmp.filePath(QStringLiteral("qmctlrun-journal"))},
            env);
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY2(!report.value(QStringLiteral("checkpoint")).toString().isEmpty(),
            "qmctl's run named no checkpoint");
        auto files = readCheckpoints(dir);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        const Checkpoint cp = *files->first().checkpoint;
        QVERIFY(cp.signatureValid(*m_public));
        // The run's intent and outcome and its step's: 4 rows after the seeded ones.
        QCOMPARE(cp.head.id, qint64(kRows + 4));
    }

    void consoleAnchorsAfterEveryDestructiveAction()
    {
        auto pool = clone(QStringLiteral("console"));
        pool.reset();
        const QString db = m_base + QStringLiteral("_console");
        const QString dir = dirFor(QStringLiteral("console"));
        qm::Settings::setBackingFile(m_tmp.filePath(QStringLiteral("settings.ini")));
        qm::Settings::setAuditCheckpointDir(dir);
        qm::Settings::setAuditCheckpointKey(m_tmp.filePath(QStringLiteral("signing.pem")));
        qm::Settings::setAuditCheckpointMinutes(0);
        auto session = qmtest::openSession(
            QStringLiteral("oncall"), std::nullopt, [db](qm::Profile &p) { p.database = db; });
        QVERIFY(session);
        QVERIFY(session->checkpointsEnabled());

        auto sink = std::make_shared<qm::safety::DbAuditSink>(session->sharedCluster());
        NoopAction action;
        qm::safety::SyncFlowOptions options;
        qm::safety::FlowReport report;
        QThread *worker
            = QThread::create([&] { report = runFlowSync(action, sink.get(), options); });
        worker->start();
        QVERIFY(qmtest::waitUntil([&] { return worker->isFinished(); }, 60000));
        delete worker;
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
        QVERIFY2(!report.checkpointError,
            qPrintable(report.checkpointError ? report.checkpointError->toString() : QString()));
        QVERIFY2(!report.checkpoint.isEmpty(), "no checkpoint after the destructive action");
        auto files = readCheckpoints(dir);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        const Checkpoint cp = *files->first().checkpoint;
        QVERIFY(cp.signatureValid(*m_public));
        QCOMPARE(cp.head.id, qint64(kRows + 2)); // the intent and the outcome rows

        // The periodic round: nothing new to sign, nothing written.
        auto f = session->writeCheckpoint(true);
        QVERIFY(qmtest::waitFor(f, 30000));
        QVERIFY(f.result());
        QCOMPARE(f.result().value(), QString());
        QCOMPARE(readCheckpoints(dir)->size(), 1);

        session.reset();
        qm::Settings::setAuditCheckpointDir(QString());
        qm::Settings::setAuditCheckpointKey(QString());
        qm::Settings::setBackingFile(QString());
    }

    // The signing key in the keychain (the SecretStore's in-memory test backend): the settings name
    // "keychain" and the folder only; the session reads the key from the keychain, the destructive
    // action's anchor signs with it, `qmctl audit verify --checkpoints DIR --pubkey` accepts the
    // checkpoint, and neither the settings file nor anything printed holds key material.
    void consoleSignsWithTheKeychainKey()
    {
        qm::SecretStore::useMemoryBackendForTesting();
        auto pool = clone(QStringLiteral("keychain"));
        pool.reset();
        const QString db = m_base + QStringLiteral("_keychain");
        const QString dir = dirFor(QStringLiteral("keychain"));
        auto key = Ed25519Key::generate();
        QVERIFY(key);
        {
            qm::SecretStore secrets;
            auto stored = qm::audit::CheckpointKeys::storeInKeychain(&secrets, *key);
            QVERIFY(qmtest::waitFor(stored, 10000));
            QVERIFY2(stored.result(), qPrintable(qmtest::errorOf(stored.result()).toString()));
        }
        const QString pub = m_tmp.filePath(QStringLiteral("keychain-verifiers.pub"));
        QVERIFY(qm::audit::CheckpointKeys::writePublicKey(*key, pub));
        const QString settingsFile = m_tmp.filePath(QStringLiteral("keychain-settings.ini"));
        qm::Settings::setBackingFile(settingsFile);
        qm::Settings::setAuditCheckpointDir(dir);
        qm::Settings::setAuditCheckpointKey(
            QString::fromLatin1(qm::audit::CheckpointKeys::kKeychainRef));
        qm::Settings::setAuditCheckpointMinutes(0);
        qm::Settings::sync();

        auto session = qmtest::openSession(
            QStringLiteral("oncall"), std::nullopt, [db](qm::Profile &p) { p.database = db; });
        QVERIFY(session);
        QVERIFY(session->checkpointsEnabled());
        auto sink = std::make_shared<qm::safety::DbAuditSink>(session->sharedCluster());
        NoopAction action;
        qm::safety::SyncFlowOptions options;
        qm::safety::FlowReport report;
        QThread *worker
            = QThread::create([&] { report = runFlowSync(action, sink.get(), options); });
        worker->start();
        QVERIFY(qmtest::waitUntil([&] { return worker->isFinished(); }, 60000));
        delete worker;
        QVERIFY2(!report.error, qPrintable(report.error ? report.error->toString() : QString()));
        QVERIFY2(!report.checkpointError,
            qPrintable(report.checkpointError ? report.checkpointError->toString() : QString()));
        QVERIFY2(!report.checkpoint.isEmpty(), "no checkpoint after the destructive action");
        auto files = readCheckpoints(dir);
        QVERIFY(files);
        QCOMPARE(files->size(), 1);
        const Checkpoint cp = *files->first().checkpoint;
        QCOMPARE(cp.keyId, key->fingerprint());
        session.reset();

        const Run r = qmctl(db,
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoints"),
                dir, QStringLiteral("--pubkey"), pub});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Checkpoints: 1 read, 1 match")), qPrintable(r.out));

        // No key material where the operator's files are: the settings, qmctl's output.
        QFile ini(settingsFile);
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY2(text.contains("checkpointKey=keychain"), text.constData());
        QByteArrayList secrets {"PRIVATE KEY"};
        for (const QByteArray &line : key->privatePem().split('\n'))
            if (!line.isEmpty() && !line.startsWith("-----"))
                secrets << line;
        for (const QByteArray &s : std::as_const(secrets)) {
            QVERIFY2(!text.contains(s), "key material in the settings file");
            QVERIFY2(!(r.out + r.err).toUtf8().contains(s), "key material in qmctl's output");
        }

        qm::Settings::setAuditCheckpointDir(QString());
        qm::Settings::setAuditCheckpointKey(QString());
        qm::Settings::setBackingFile(QString());
        qm::SecretStore::useMemoryBackendForTesting(false);
    }
};

QTEST_GUILESS_MAIN(TestAuditCheckpoints)
#include "tst_auditcheckpoints.moc"
