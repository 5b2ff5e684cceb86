// Profiles: the sandbox's profile.json format read and written unchanged, no secret ever written,
// the store's files, libpq's pgpass rules, and what a profile turns into for the connectors.
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "profiles/profilefile.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

class TestProfiles : public QObject
{
    Q_OBJECT

private:
    // Test JSON is written with single quotes (readable in C++ strings) and turned into JSON here.
    static QByteArray j(const char *text) { return QByteArray(text).replace('\'', '"'); }

    static QJsonObject json(const QByteArray &text)
    {
        QJsonParseError err;
        const QJsonObject o = QJsonDocument::fromJson(text, &err).object();
        if (err.error != QJsonParseError::NoError)
            qFatal("bad test JSON: %s", qPrintable(err.errorString()));
        return o;
    }

    static void writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(f.setPermissions(perms));
    }

private Q_SLOTS:
    void initTestCase() { qputenv("QM_NO_KEYCHAIN", "1"); }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        // Exactly what scripts/sandbox writes.
        QTest::newRow("sandbox") << j(
            "{'name':'Sandbox','environment':'development',"
            "'postgres':{'hosts':['127.0.0.1:57410','127.0.0.1:57411'],'database':'quartermaster',"
            "'user':'admin','sslmode':'prefer','passfile':'/tmp/sb/pgpass'},"
            "'redis':{'mode':'standalone','host':'127.0.0.1','port':57412},"
            "'patroni':[],'prometheus':{'url':'http://127.0.0.1:57432'},"
            "'varnish':['http://127.0.0.1:57415']}");
        QTest::newRow("production sentinel")
            << j("{'name':'Shop EU',"
                 "'environment':'production',"
                 "'postgres':{'hosts':['db1.eu:5432','db2.eu:5432','[2001:db8::7]:5433'],"
                 "'database':'shop','user':'oncall','sslmode':'verify-full'},"
                 "'redis':{'mode':'sentinel','master':'shop','sentinels':['s1:26379','s2:26379'],"
                 "'tls':true},"
                 "'patroni':['https://db1.eu:8008','https://db2.eu:8008'],'varnish':[],"
                 "'prometheus':{'url':'https://prom.eu:9090'}}");
        // Every field the format has (the Redis part has one shape per mode: sentinel here).
        QTest::newRow("every field")
            << j("{'name':'Every field','environment':'staging',"
                 "'postgres':{'hosts':['db1:5432','[2001:db8::7]:5433'],'database':'shop',"
                 "'user':'manager','sslmode':'verify-ca','passfile':'/etc/qm/pgpass',"
                 "'maxReplicaLagSeconds':2.5},"
                 "'redis':{'mode':'sentinel','master':'qm-master','sentinels':['s1:26379'],"
                 "'tls':true},"
                 "'patroni':['https://db1:8008'],'varnish':['http://cache:6081'],"
                 "'prometheus':{'url':'https://prom:9090'}}");
        QTest::newRow("staging cluster")
            << j("{'name':'Stage','environment':'staging',"
                 "'postgres':{'hosts':['10.0.0.5:5432'],'database':'shop','user':'merch',"
                 "'sslmode':'require'},"
                 "'redis':{'mode':'cluster','seeds':['10.0.1.1:7000','10.0.1.2:7000']},"
                 "'patroni':[],'varnish':[]}");
    }

    void roundTrip()
    {
        // Given a profile file, when it is read and written again, then nothing changed.
        QFETCH(QByteArray, text);
        const QJsonObject original = QJsonDocument::fromJson(text).object();
        QVERIFY(!original.isEmpty());
        const auto profile = Profile::fromJson(original);
        QVERIFY2(profile.ok(), profile.ok() ? "" : qPrintable(profile.error().toString()));
        QCOMPARE(profile->toJson(), original);
        const auto again = Profile::fromJson(profile->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), profile.value());
        QVERIFY2(profile->validate().isEmpty(), qPrintable(profile->validate().join(u';')));
    }

    void readsTheSandboxFields()
    {
        const auto p = Profile::fromJson(json(j(
            "{'name':'Sandbox','environment':'development',"
            "'postgres':{'hosts':['127.0.0.1:57410','127.0.0.1:57411'],'database':'quartermaster',"
            "'user':'admin','sslmode':'prefer','passfile':'/tmp/sb/pgpass'},"
            "'redis':{'mode':'standalone','host':'127.0.0.1','port':57412},"
            "'patroni':[],'varnish':[],'prometheus':''}")));
        QVERIFY(p.ok());
        QCOMPARE(p->name, QStringLiteral("Sandbox"));
        QCOMPARE(p->environment, Profile::Environment::Development);
        QCOMPARE(p->postgresHosts,
            QStringList({QStringLiteral("127.0.0.1:57410"), QStringLiteral("127.0.0.1:57411")}));
        QCOMPARE(p->user, QStringLiteral("admin"));
        QCOMPARE(p->passfile, QStringLiteral("/tmp/sb/pgpass"));
        QCOMPARE(p->redis.mode, RedisSettings::Mode::Standalone);
        QCOMPARE(p->redis.port, 57412);
    }

    void neverWritesASecret()
    {
        // Given a hand-written profile that carries passwords (a key and URLs with user:password@,
        // two of them URLs Qt misreads: found by fuzz_profile)
        const auto p = Profile::fromJson(json(
            j("{'name':'Leaky','environment':'production',"
              "'postgres':{'hosts':['db:5432'],'database':'shop','user':'u','sslmode':'require',"
              "'password':'hunter2-pg'},"
              "'redis':{'mode':'standalone','host':'r','port':6379,'password':'hunter2-redis'},"
              "'patroni':['https://admin:hunter2-patroni@db:8008'],"
              "'varnish':['http://ops:hunter2-varnish@cache:6082',"
              // a port typo makes the URL one Qt refuses: its secret must go all the same
              "'http://ops:hunter2-typo@cache:60(1',"
              // and one where Qt reads everything after the '#' as a fragment
              "'h##ps://ops:hunter2-fragment@cache:3041'],"
              "'prometheus':'https://me:hunter2-prom@prom:9090'}")));
        QVERIFY(p.ok());
        // when it is written (to the store and through export)
        const QByteArray written = QJsonDocument(p->toJson()).toJson();
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        QVERIFY(store.save(p.value()).ok());
        QFile stored(store.fileFor(p->name));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        const QByteArray onDisk = stored.readAll();
        const QString exportPath = dir.filePath(QStringLiteral("export.json"));
        QVERIFY(ProfileStore::exportFile(p.value(), exportPath).ok());
        QFile exported(exportPath);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        // then no secret and no "password" key reaches the bytes, but the endpoints do
        for (const QByteArray &bytes : {written, onDisk, exported.readAll()}) {
            QVERIFY2(!bytes.contains("hunter2"), bytes.constData());
            QVERIFY2(!bytes.contains("\"password\""), bytes.constData());
            QVERIFY(bytes.contains("https://admin@db:8008"));
            QVERIFY(bytes.contains("https://me@prom:9090"));
            QVERIFY(bytes.contains("http://ops@cache:60(1"));
            QVERIFY(bytes.contains("h##ps://ops@cache:3041"));
        }
    }

    void prometheusKey()
    {
        const QByteArray head = j("{'name':'P','environment':'staging',"
                                  "'postgres':{'hosts':['db:5432'],'database':'shop','user':'u'},"
                                  "'redis':{'mode':'standalone','host':'r','port':6379}");
        // The older bare string is read, and saved in the object form.
        const auto legacy = Profile::fromJsonBytes(head + j(",'prometheus':'http://prom:9090'}"));
        QVERIFY(legacy.ok());
        QCOMPARE(legacy->prometheusUrl, QStringLiteral("http://prom:9090"));
        QCOMPARE(legacy->toJson()
                     .value(QStringLiteral("prometheus"))
                     .toObject()
                     .value(QStringLiteral("url")),
            QJsonValue(QStringLiteral("http://prom:9090")));
        // No Prometheus: no key at all (the default).
        const auto none = Profile::fromJsonBytes(head + "}");
        QVERIFY(none.ok());
        QVERIFY(none->prometheusUrl.isEmpty());
        QVERIFY(!none->toJson().contains(QStringLiteral("prometheus")));
        // A URL that is not http(s) is a problem validate() names; a url that is no string is
        // refused.
        const auto ftp = Profile::fromJsonBytes(head + j(",'prometheus':{'url':'ftp://prom'}}"));
        QVERIFY(ftp.ok());
        QVERIFY2(ftp->validate().join(u' ').contains(QStringLiteral("Prometheus")),
            qPrintable(ftp->validate().join(u';')));
        const auto number = Profile::fromJsonBytes(head + j(",'prometheus':{'url':9090}}"));
        QVERIFY(!number.ok());
        QVERIFY(number.error().message.contains(QStringLiteral("prometheus.url")));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not json") << j("{nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("environment") << j("{'name':'x','environment':'prodution'}");
        QTest::newRow("redis mode") << j("{'name':'x','redis':{'mode':'ring'}}");
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, text);
        const auto p = Profile::fromJsonBytes(text);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, Error::Code::InvalidInput);
        QVERIFY(!p.error().message.isEmpty());
    }

    void validateNamesEachProblem()
    {
        Profile p;
        p.name = QStringLiteral("x");
        p.user = QStringLiteral("u");
        p.postgresHosts = {QStringLiteral("db:5432"), QStringLiteral("db:99999")};
        p.redis.mode = RedisSettings::Mode::Sentinel;
        const QStringList problems = p.validate();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.join(u' ').contains(QStringLiteral("db:99999")));
        QVERIFY(problems.join(u' ').contains(QStringLiteral("Sentinel")));
    }

    void splitHostPort_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host:port") << "db1:6432" << true << "db1" << 6432;
        QTest::newRow("host only") << "db1" << true << "db1" << 5432;
        QTest::newRow("ipv6") << "[::1]:5433" << true << "::1" << 5433;
        QTest::newRow("ipv6 bare") << "[::1]" << true << "::1" << 5432;
        QTest::newRow("port 0") << "db:0" << false << "" << 0;
        QTest::newRow("port text") << "db:abc" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
    }

    void splitHostPort()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, host);
        QFETCH(int, port);
        QString h;
        int p = 0;
        QCOMPARE(Profile::splitHostPort(text, 5432, &h, &p), ok);
        if (ok) {
            QCOMPARE(h, host);
            QCOMPARE(p, port);
        }
    }

    void storeSavesRenamesRemoves()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.path());
        Profile p;
        p.name = QStringLiteral("Shop / EU");
        p.postgresHosts = {QStringLiteral("db:5432")};
        p.user = QStringLiteral("u");
        QVERIFY(store.save(p).ok());
        QVERIFY(store.contains(p.name));
        QCOMPARE(store.load(p.name).value(), p);

        Profile renamed = p;
        renamed.name = QStringLiteral("Shop EU");
        QVERIFY(store.save(renamed, p.name).ok());
        QVERIFY(!store.contains(p.name));
        QCOMPARE(store.loadAll().size(), 1);
        QCOMPARE(store.loadAll().first().name, renamed.name);

        QVERIFY(store.remove(renamed.name).ok());
        QVERIFY(store.loadAll().isEmpty());
        QCOMPARE(store.load(renamed.name).error().code, Error::Code::NotFound);
    }

    void storeReportsBrokenFiles()
    {
        QTemporaryDir dir;
        writeFile(
            dir.filePath(QStringLiteral("broken.json")), "{", QFile::ReadOwner | QFile::WriteOwner);
        ProfileStore store(dir.path());
        QStringList problems;
        QVERIFY(store.loadAll(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("broken.json")));
    }

    void pgpass_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("strict"); // 0600
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("problem");
        const QByteArray both = "127.0.0.1:57410:*:admin:pw\n127.0.0.1:57411:*:admin:pw\n";
        QTest::newRow("both hosts") << both << true << true << "";
        QTest::newRow("wildcards")
            << QByteArray("# comment\n*:*:quartermaster:admin:p\\:w\n") << true << true << "";
        QTest::newRow("one host missing")
            << QByteArray("127.0.0.1:57410:*:admin:pw\n") << true << false << "127.0.0.1:57411";
        QTest::newRow("other user") << QByteArray("*:*:*:merch:pw\n") << true << false << "admin@";
        QTest::newRow("group readable") << both << false << false << "chmod 600";
    }

    void pgpass()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, strict);
        QFETCH(bool, found);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        writeFile(path, content,
            strict ? (QFile::ReadOwner | QFile::WriteOwner)
                   : (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        Profile p;
        p.postgresHosts = {QStringLiteral("127.0.0.1:57410"), QStringLiteral("127.0.0.1:57411")};
        p.database = QStringLiteral("quartermaster");
        p.user = QStringLiteral("admin");
        QString why;
        QCOMPARE(pgpassHasEntry(path, p, &why), found);
        QVERIFY2(why.contains(problem), qPrintable(why));
    }

    void withoutKeychainFallsBackToPgpassOrPrompt()
    {
        // Given no keychain (QM_NO_KEYCHAIN, as on a headless machine)
        SecretStore secrets;
        QCOMPARE(secrets.availability(), SecretStore::Availability::Unavailable);
        QVERIFY(secrets.unavailableReason().contains(QStringLiteral("QM_NO_KEYCHAIN")));
        // reads fail at once and say so
        auto read = secrets.read(QStringLiteral("x"));
        QVERIFY(read.isFinished());
        QCOMPARE(read.result().error().code, Error::Code::ConnectionFailed);
        QVERIFY(read.result().error().message.contains(QStringLiteral("No keychain")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pgpass"));
        writeFile(path, "*:*:*:admin:pw\n", QFile::ReadOwner | QFile::WriteOwner);
        Profile p;
        p.name = QStringLiteral("P");
        p.postgresHosts = {QStringLiteral("db:5432")};
        p.user = QStringLiteral("admin");
        p.passfile = path;

        // when the profile has a matching pgpass file, then libpq's file is used and named
        std::optional<Credentials> got;
        resolveCredentials(&secrets, p, this, [&](Credentials c) { got = c; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->source, Credentials::Source::Passfile);
        QCOMPARE(got->passfile, path);
        QVERIFY(got->postgresPassword.isEmpty());
        QVERIFY(got->explanation.contains(path));
        QVERIFY(got->explanation.contains(QStringLiteral("no keychain")));

        // when it has none, then the console must ask, and says why
        p.user = QStringLiteral("someone");
        got.reset();
        resolveCredentials(&secrets, p, this, [&](Credentials c) { got = c; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->source, Credentials::Source::Prompt);
        QVERIFY(got->explanation.contains(QStringLiteral("someone")));
    }

    // qmctl (and the other tools) read profile.json through the same parser as the GUI:
    // the same cluster from the same file, and the same refusals.
    void toolsReadWhatTheGuiReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        writeFile(path,
            j("{'name':'Shop','environment':'production',"
              "'postgres':{'hosts':[' db1:6432 ','','db2'],'database':'shop',"
              "'user':'oncall','sslmode':'require','passfile':'/x/pgpass',"
              "'maxReplicaLagSeconds':12},"
              "'redis':{'mode':'standalone','host':'r','port':6379}}"),
            QFile::ReadOwner | QFile::WriteOwner);
        // What the GUI's session connects to (the file read by ProfileStore, then
        // clusterConfigFor with the setting, 5 s).
        const auto gui = ProfileStore::importFile(path);
        QVERIFY(gui.ok());
        QCOMPARE(gui->maxReplicaLagSeconds, std::optional<double>(12));
        Credentials c;
        c.source = Credentials::Source::Passfile;
        const db::ClusterConfig guiConfig = clusterConfigFor(gui.value(), c, 5.0);
        // What qmctl connects to
        const auto tool = toolClusterConfig(path);
        QVERIFY2(tool.ok(), tool.ok() ? "" : qPrintable(tool.error().toString()));
        QCOMPARE(tool->nodes.size(), 2); // the blank host is skipped by both
        QCOMPARE(guiConfig.nodes.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(tool->nodes[i].toConninfo(), guiConfig.nodes[i].toConninfo());
        }
        QCOMPARE(tool->nodes[0].host, QStringLiteral("db1"));
        QCOMPARE(tool->nodes[0].port, 6432);
        QCOMPARE(tool->nodes[1].port, 5432);
        QCOMPARE(tool->nodes[1].sslmode, QStringLiteral("require"));
        QCOMPARE(tool->nodes[1].passfile, QStringLiteral("/x/pgpass"));
        // the replica lag limit from the file: honoured by both
        QCOMPARE(guiConfig.maxReplicaLagSeconds, 12.0);
        QCOMPARE(tool->maxReplicaLagSeconds, 12.0);
        // --user replaces the profile's user
        const auto asMerch = toolClusterConfig(path, QStringLiteral("merch"));
        QVERIFY(asMerch.ok());
        QCOMPARE(asMerch->nodes[0].user, QStringLiteral("merch"));
        // without the field: the GUI's setting, and qmctl the same default
        Profile noLag = gui.value();
        noLag.maxReplicaLagSeconds.reset();
        QCOMPARE(clusterConfigFor(noLag, c, 5.0).maxReplicaLagSeconds, 5.0);
        QCOMPARE(toolClusterConfig(noLag)->maxReplicaLagSeconds, 5.0);
    }

    void toolsRefuseWhatTheGuiRefuses_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("environment") << j("{'name':'x','environment':'prodution',"
                                          "'postgres':{'hosts':['db'],'user':'u'}}");
        QTest::newRow("sslmode") << j("{'name':'x','postgres':{'hosts':['db'],'user':'u',"
                                      "'sslmode':'always'}}");
        QTest::newRow("host") << j("{'name':'x','postgres':{'hosts':['db:port'],'user':'u'}}");
        QTest::newRow("no host") << j("{'name':'x','postgres':{'hosts':[],'user':'u'}}");
        QTest::newRow("lag not a number")
            << j("{'name':'x','postgres':{'hosts':['db'],'user':'u','maxReplicaLagSeconds':'5'}}");
        QTest::newRow("negative lag")
            << j("{'name':'x','postgres':{'hosts':['db'],'user':'u','maxReplicaLagSeconds':-1}}");
        QTest::newRow("redis mode") << j("{'name':'x','postgres':{'hosts':['db'],'user':'u'},"
                                         "'redis':{'mode':'ring'}}");
    }

    void toolsRefuseWhatTheGuiRefuses()
    {
        QFETCH(QByteArray, text);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        writeFile(path, text, QFile::ReadOwner | QFile::WriteOwner);
        const auto gui = Profile::fromJsonBytes(text);
        QVERIFY(!gui.ok() || !gui->validate().isEmpty());
        const auto tool = toolClusterConfig(path);
        QVERIFY(!tool.ok());
        QCOMPARE(tool.error().code, Error::Code::InvalidInput);
        QVERIFY(!tool.error().message.isEmpty());
    }

    void buildsConnectorConfigs()
    {
        Profile p;
        p.postgresHosts = {QStringLiteral("db1:6432"), QStringLiteral("db2")};
        p.database = QStringLiteral("shop");
        p.user = QStringLiteral("oncall");
        p.sslmode = QStringLiteral("verify-full");
        p.passfile = QStringLiteral("/x/pgpass");
        p.redis.host = QStringLiteral("cache");
        p.redis.port = 6380;
        p.redis.tls = true;
        Credentials c;
        c.source = Credentials::Source::Entered;
        c.postgresPassword = QStringLiteral("pw");
        c.redisPassword = QStringLiteral("rpw");

        const db::ClusterConfig cfg = clusterConfigFor(p, c, 7.5);
        QCOMPARE(cfg.nodes.size(), 2);
        QCOMPARE(cfg.nodes[0].host, QStringLiteral("db1"));
        QCOMPARE(cfg.nodes[0].port, 6432);
        QCOMPARE(cfg.nodes[1].port, 5432);
        QCOMPARE(cfg.nodes[1].dbname, QStringLiteral("shop"));
        QCOMPARE(cfg.nodes[1].user, QStringLiteral("oncall"));
        QCOMPARE(cfg.nodes[1].password, QStringLiteral("pw"));
        QCOMPARE(cfg.nodes[1].sslmode, QStringLiteral("verify-full"));
        QCOMPARE(cfg.nodes[1].passfile, QStringLiteral("/x/pgpass"));
        QCOMPARE(cfg.maxReplicaLagSeconds, 7.5);

        redis::Endpoint e = redisEndpointFor(p, c);
        QCOMPARE(e.host, QStringLiteral("cache"));
        QCOMPARE(e.port, 6380);
        QVERIFY(e.tls);
        QCOMPARE(e.password, QStringLiteral("rpw"));

        p.redis.mode = RedisSettings::Mode::Cluster;
        p.redis.clusterSeeds = {QStringLiteral("n1:7001"), QStringLiteral("n2:7002")};
        e = redisEndpointFor(p, c);
        QCOMPARE(e.name(), QStringLiteral("n1:7001"));
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
