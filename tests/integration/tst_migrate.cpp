// db::Migrator against the sandbox's PostgreSQL, in throw-away databases with migrations written
// by the test; and the embedded contract against the sandbox's own database.

#include "db/migrator.h"
#include "db/seeder.h"
#include "testenv.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using qm::Error;
using qm::db::MigrationStatus;
using qm::db::Migrator;
using qm::db::Pool;

namespace {

template <typename T> T await(QFuture<T> f, int timeoutMs = 30000)
{
    if (!qmtest::waitFor(f, timeoutMs))
        qFatal("a job did not finish within %d ms", timeoutMs);
    return f.result();
}

std::function<QString(Pool::Connection &)> query(const std::string &sql)
{
    return [sql](Pool::Connection &c) {
        pqxx::work tx(c);
        const pqxx::result r = tx.exec(sql);
        tx.commit();
        return r.empty() || r[0].empty() || r[0][0].is_null()
            ? QString()
            : QString::fromStdString(r[0][0].c_str());
    };
}

QString scalar(Pool &pool, const std::string &sql)
{
    auto r = await(pool.run<QString>(QStringLiteral("check"), query(sql)));
    if (!r.ok())
        qFatal("%s", qPrintable(r.error().toString()));
    return r.value();
}

void writeFile(const QString &dir, const QString &name, const QByteArray &sql)
{
    QFile f(dir + u'/' + name);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(sql);
}

QString errorText(const qm::Result<MigrationStatus> &r)
{
    return r.ok() ? QString() : r.error().toString();
}

} // namespace

class TestMigrate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusOfAnEmptyDatabase();
    void migrateTwiceIsIdempotent();
    void newFileIsPendingThenApplied();
    void changedFileIsRefused();
    void failingMigrationRollsBackAndStops();
    void concurrentMigratorsApplyEachFileOnce();
    void roleWithoutRightsGetsPermissionDenied();
    void embeddedContractIsCurrentOnTheSandbox();
    void nothingBelowALastFileReplacesItsFunctions();
    void seederRefusesAStoreThatIsNotEmpty();

private:
    qm::db::ConnectionParams testDb(const QString &user = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Pool> m_admin; // on the sandbox's postgres database, creates/drops test dbs
    std::unique_ptr<Pool> m_pool; // owner, on the test database
    QString m_dbName;
};

void TestMigrate::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    qm::db::ConnectionParams p = qmtest::primaryParams();
    p.dbname = QStringLiteral("postgres");
    m_admin = std::make_unique<Pool>(p, 1);
}

qm::db::ConnectionParams TestMigrate::testDb(const QString &user) const
{
    qm::db::ConnectionParams p = qmtest::primaryParams(user);
    p.dbname = m_dbName;
    return p;
}

void TestMigrate::init()
{
    m_dbName = QStringLiteral("qm_test_migrate_%1").arg(QCoreApplication::applicationPid());
    const std::string db = m_dbName.toStdString();
    QVERIFY(await(m_admin->run<QString>(QStringLiteral("drop"), [db](Pool::Connection &c) {
        pqxx::nontransaction tx(c);
        tx.exec("drop database if exists " + db + " with (force)");
        tx.exec("create database " + db);
        return QString();
    })).ok());
    m_pool = std::make_unique<Pool>(testDb(), 1);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    writeFile(m_dir->path(), QStringLiteral("0001_first.sql"),
        "create table public.t1 (id int primary key);\n"
        "insert into public.t1 values (1);\n");
    writeFile(m_dir->path(), QStringLiteral("0002_second.sql"),
        "create table public.t2 (id int references public.t1);\n");
    writeFile(m_dir->path(), QStringLiteral("README.txt"), "not a migration");
}

void TestMigrate::cleanup()
{
    m_pool.reset();
    const std::string db = m_dbName.toStdString();
    await(m_admin->run<QString>(QStringLiteral("drop"), [db](Pool::Connection &c) {
        pqxx::nontransaction tx(c);
        tx.exec("drop database if exists " + db + " with (force)");
        return QString();
    }));
}

void TestMigrate::statusOfAnEmptyDatabase()
{
    const Migrator migrator(m_dir->path());
    const auto files = migrator.loadFiles();
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 2);
    QCOMPARE(files->at(0).name, QStringLiteral("0001_first"));
    QCOMPARE(files->at(0).checksum.size(), 64);

    const auto s = await(migrator.status(*m_pool));
    QVERIFY2(s.ok(), qPrintable(errorText(s)));
    QCOMPARE(s->current, 0);
    QCOMPARE(s->required, 2);
    QCOMPARE(s->pending.size(), 2);
    QVERIFY(!s->upToDate());
    // Looking changes nothing: no bookkeeping table yet.
    QCOMPARE(scalar(*m_pool, "select to_regclass('public.qm_schema_migrations')::text"), QString());
}

void TestMigrate::migrateTwiceIsIdempotent()
{
    const Migrator migrator(m_dir->path());
    const auto first = await(migrator.migrate(*m_pool));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    QCOMPARE(first->current, 2);
    QCOMPARE(first->appliedNow, QStringList({"0001_first", "0002_second"}));
    QVERIFY(first->upToDate());
    QCOMPARE(scalar(*m_pool, "select count(*) from public.t1"), QStringLiteral("1"));
    QCOMPARE(scalar(*m_pool,
                 "select string_agg(version || ':' || name, ',' order by version) "
                 "from public.qm_schema_migrations"),
        QStringLiteral("1:0001_first,2:0002_second"));
    QCOMPARE(scalar(*m_pool, "select checksum from public.qm_schema_migrations where version = 1"),
        migrator.loadFiles()->at(0).checksum);

    const auto second = await(migrator.migrate(*m_pool));
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(second->current, 2);
    QVERIFY(second->appliedNow.isEmpty());
    QCOMPARE(scalar(*m_pool, "select count(*) from public.t1"), QStringLiteral("1"));

    const auto status = await(migrator.status(*m_pool));
    QVERIFY(status.ok());
    QCOMPARE(status->current, 2);
    QCOMPARE(status->applied.size(), 2);
    QVERIFY(status->applied.at(0).appliedAt.isValid());
    QVERIFY(status->upToDate());
}

void TestMigrate::newFileIsPendingThenApplied()
{
    const Migrator migrator(m_dir->path());
    QVERIFY(await(migrator.migrate(*m_pool)).ok());
    writeFile(m_dir->path(), QStringLiteral("0010_third.sql"),
        "alter table public.t1 add column name text;");
    const auto s = await(migrator.status(*m_pool));
    QVERIFY(s.ok());
    QCOMPARE(s->current, 2);
    QCOMPARE(s->required, 10);
    QCOMPARE(s->pending.size(), 1);
    QCOMPARE(s->pending.first().name, QStringLiteral("0010_third"));
    const auto m = await(migrator.migrate(*m_pool));
    QVERIFY2(m.ok(), qPrintable(errorText(m)));
    QCOMPARE(m->appliedNow, QStringList {QStringLiteral("0010_third")});
    QCOMPARE(m->current, 10);
}

void TestMigrate::changedFileIsRefused()
{
    const Migrator migrator(m_dir->path());
    QVERIFY(await(migrator.migrate(*m_pool)).ok());
    writeFile(m_dir->path(), QStringLiteral("0001_first.sql"),
        "create table public.t1 (id bigint primary key);\n");
    writeFile(m_dir->path(), QStringLiteral("0003_after.sql"), "create table public.t3 ();");
    const auto m = await(migrator.migrate(*m_pool));
    QVERIFY(!m.ok());
    QCOMPARE(Error::codeName(m.error().code), Error::codeName(Error::Code::Conflict));
    QVERIFY2(
        m.error().message.contains(QLatin1String("0001_first")), qPrintable(m.error().message));
    QVERIFY2(
        m.error().message.contains(QLatin1String("append-only")), qPrintable(m.error().message));
    // Nothing after the refusal ran.
    QCOMPARE(scalar(*m_pool, "select to_regclass('public.t3')::text"), QString());
    const auto s = await(migrator.status(*m_pool));
    QVERIFY(!s.ok()); // status refuses the same way
    QCOMPARE(s.error().code, Error::Code::Conflict);
}

void TestMigrate::failingMigrationRollsBackAndStops()
{
    writeFile(m_dir->path(), QStringLiteral("0003_broken.sql"),
        "create table public.t3 (id int);\nselec 1;\n");
    writeFile(m_dir->path(), QStringLiteral("0004_later.sql"), "create table public.t4 ();");
    const Migrator migrator(m_dir->path());
    const auto m = await(migrator.migrate(*m_pool));
    QVERIFY(!m.ok());
    QVERIFY2(
        m.error().message.contains(QLatin1String("0003_broken")), qPrintable(m.error().message));
    QCOMPARE(m.error().sqlState, QStringLiteral("42601"));
    QCOMPARE(scalar(*m_pool, "select to_regclass('public.t3')::text"), QString());
    QCOMPARE(scalar(*m_pool, "select to_regclass('public.t4')::text"), QString());
    QCOMPARE(scalar(*m_pool, "select max(version) from public.qm_schema_migrations"),
        QStringLiteral("2")); // the good ones before it stay applied
}

void TestMigrate::concurrentMigratorsApplyEachFileOnce()
{
    // Each migration appends to a log: a file applied twice would show up there.
    writeFile(m_dir->path(), QStringLiteral("0001_first.sql"),
        "create table public.log (file text);\n"
        "select pg_sleep(0.3);\n"
        "insert into public.log values ('0001');\n");
    writeFile(m_dir->path(), QStringLiteral("0002_second.sql"),
        "select pg_sleep(0.3);\ninsert into public.log values ('0002');\n");
    Pool other(testDb(), 1);
    const Migrator migrator(m_dir->path());
    auto a = migrator.migrate(*m_pool);
    auto b = migrator.migrate(other);
    const auto ra = await(a);
    const auto rb = await(b);
    QVERIFY2(ra.ok(), qPrintable(errorText(ra)));
    QVERIFY2(rb.ok(), qPrintable(errorText(rb)));
    QCOMPARE(ra->current, 2);
    QCOMPARE(rb->current, 2);
    QCOMPARE(ra->appliedNow.size() + rb->appliedNow.size(), 2);
    QCOMPARE(scalar(*m_pool, "select string_agg(file, ',' order by file) from public.log"),
        QStringLiteral("0001,0002"));
}

void TestMigrate::roleWithoutRightsGetsPermissionDenied()
{
    Pool admin(testDb(QStringLiteral("admin")), 1);
    const auto m = await(Migrator(m_dir->path()).migrate(admin));
    QVERIFY(!m.ok());
    QCOMPARE(Error::codeName(m.error().code), Error::codeName(Error::Code::PermissionDenied));
    QVERIFY2(m.error().message.contains(QLatin1String("admin")), qPrintable(m.error().message));
}

void TestMigrate::embeddedContractIsCurrentOnTheSandbox()
{
    const Migrator embedded;
    const auto files = embedded.loadFiles();
    QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().toString()));
    // The contract is embedded at build time (core/CMakeLists.txt): none means a broken resource
    // build, which must fail here rather than pass as a skip.
    QVERIFY2(!files->isEmpty(), "no migrations embedded in qm_core's resources");
    for (int i = 1; i < files->size(); ++i)
        QVERIFY(files->at(i - 1).version < files->at(i).version);

    // scripts/sandbox up ran `qmctl migrate`; files added since (a long-lived sandbox) are
    // applied by the first run here. The second run applies nothing.
    Pool owner(qmtest::primaryParams(), 1);
    const auto first = await(embedded.migrate(owner));
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    const auto m = await(embedded.migrate(owner));
    QVERIFY2(m.ok(), qPrintable(errorText(m)));
    QVERIFY(m->appliedNow.isEmpty());
    QCOMPARE(m->current, files->last().version);
    QCOMPARE(m->required, files->last().version);
    QVERIFY(m->upToDate());
    // Any console role may read the version (the console checks it as the signed-in user).
    Pool admin(qmtest::primaryParams(QStringLiteral("admin")), 1);
    const auto s = await(embedded.status(admin));
    QVERIFY2(s.ok(), qPrintable(errorText(s)));
    QCOMPARE(s->current, m->current);
    QCOMPARE(s->required, m->required);
}

void TestMigrate::nothingBelowALastFileReplacesItsFunctions()
{
    // A file kept last in its hundred (0299) re-creates functions of earlier files whole. A file
    // numbered below it that replaces one of them again runs after it on a database that has it
    // already, but before it on a new database, where the last file silently puts its own body
    // back: the two would differ. Such a change is numbered above it (server/README.md).
    const auto files = Migrator().loadFiles();
    QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : files.error().toString()));
    const QRegularExpression re(
        QStringLiteral(
            "create\\s+or\\s+replace\\s+function\\s+([a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto replacedIn = [&re](const qm::db::MigrationFile &f) {
        QSet<QString> names;
        for (auto it = re.globalMatch(QString::fromUtf8(f.sql)); it.hasNext();)
            names.insert(it.next().captured(1).toLower());
        return names;
    };
    int lastFiles = 0;
    for (const qm::db::MigrationFile &last : *files) {
        if (last.version % 100 != 99)
            continue;
        ++lastFiles;
        const QSet<QString> its = replacedIn(last);
        for (const qm::db::MigrationFile &f : *files) {
            if (f.version >= last.version)
                continue;
            const QSet<QString> both = replacedIn(f) & its;
            QVERIFY2(both.isEmpty(),
                qPrintable(QStringLiteral("%1 replaces %2, which %3 (kept last) re-creates: number "
                                          "the change above %3")
                               .arg(f.name, QStringList(both.values()).join(QStringLiteral(", ")),
                                   last.name)));
        }
    }
    QVERIFY2(lastFiles > 0, "no migration numbered NN99 is embedded: this test checks nothing");
}

void TestMigrate::seederRefusesAStoreThatIsNotEmpty()
{
    QVERIFY2(QFile::exists(qm::db::Seeder::defaultFile()),
        qPrintable(qm::db::Seeder::defaultFile() + QStringLiteral(" is not embedded")));
    Pool owner(qmtest::primaryParams(), 1);
    qm::db::SeedOptions options;
    options.products = 10;
    const auto r = await(qm::db::Seeder().run(owner, options));
    QVERIFY(!r.ok());
    QCOMPARE(Error::codeName(r.error().code), Error::codeName(Error::Code::Conflict));
    QVERIFY2(r.error().message.contains(QLatin1String("not empty")), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
