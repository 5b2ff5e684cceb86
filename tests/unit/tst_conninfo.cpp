// ConnectionParams::toConninfo must produce what libpq itself parses back to the same values,
// whatever the values contain; errors from libpq and SQLSTATEs map to codes a person can act on.

#include "db/connectionparams.h"
#include "db/pgerror.h"
#include "db/pool.h"
#include "profiles/profilefile.h"

#include <QtTest>
#include <libpq-fe.h>
#include <map>

using qm::Error;
using qm::db::ConnectionParams;

Q_DECLARE_METATYPE(qm::Error::Code)

namespace {

// What libpq's own parser makes of a conninfo string.
std::map<std::string, std::string> parseWithLibpq(const std::string &conninfo, QString *error)
{
    char *err = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &err);
    std::map<std::string, std::string> out;
    if (!options) {
        *error = QString::fromUtf8(err ? err : "unknown");
        PQfreemem(err);
        return out;
    }
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (o->val)
            out[o->keyword] = o->val;
    }
    PQconninfoFree(options);
    return out;
}

} // namespace

class TestConninfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void optionalKeysOmitted();
    void describeHasNoSecret();
    void statementTimeoutGoesToOptions();
    void connectFailures_data();
    void connectFailures();
    void sqlStates_data();
    void sqlStates();
    void primaryMessage();
    void profileHosts_data();
    void profileHosts();
    void profileJson();
};

void TestConninfo::roundTrip_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("dbname");
    QTest::addColumn<QString>("passfile");
    QTest::newRow("plain") << "admin"
                           << "secret"
                           << "quartermaster"
                           << "/tmp/pgpass";
    QTest::newRow("spaces") << "store admin"
                            << "correct horse battery"
                            << "my db"
                            << "/tmp/a folder/pgpass";
    QTest::newRow("single quotes") << "o'brien"
                                   << "it's'a'pw"
                                   << "x'y"
                                   << "/tmp/it's";
    QTest::newRow("backslashes") << "dom\\user"
                                 << "a\\b\\\\c\\"
                                 << "db\\"
                                 << "C:\\pg\\pass";
    QTest::newRow("equals and mixed") << "a=b"
                                      << "p=' \\ '=q"
                                      << "d b=c"
                                      << "/p =q";
    QTest::newRow("unicode") << "zoë"
                             << "пароль ü"
                             << "läden"
                             << "/tmp/ø";
    QTest::newRow("empty-looking") << "u"
                                   << "''"
                                   << "\"\""
                                   << "/x";
}

void TestConninfo::roundTrip()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, dbname);
    QFETCH(QString, passfile);
    ConnectionParams p;
    p.host = QStringLiteral("db.example.com");
    p.port = 6543;
    p.user = user;
    p.password = password;
    p.dbname = dbname;
    p.passfile = passfile;
    p.applicationName = QStringLiteral("quartermaster test");
    QString error;
    const auto parsed = parseWithLibpq(p.toConninfo(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QString::fromStdString(parsed.at("user")), user);
    QCOMPARE(QString::fromStdString(parsed.at("password")), password);
    QCOMPARE(QString::fromStdString(parsed.at("dbname")), dbname);
    QCOMPARE(QString::fromStdString(parsed.at("passfile")), passfile);
    QCOMPARE(QString::fromStdString(parsed.at("host")), p.host);
    QCOMPARE(QString::fromStdString(parsed.at("port")), QStringLiteral("6543"));
    QCOMPARE(QString::fromStdString(parsed.at("sslmode")), QStringLiteral("prefer"));
    QCOMPARE(QString::fromStdString(parsed.at("application_name")), p.applicationName);
    QCOMPARE(QString::fromStdString(parsed.at("connect_timeout")), QStringLiteral("3"));
}

void TestConninfo::optionalKeysOmitted()
{
    ConnectionParams p;
    p.user = QStringLiteral("admin");
    const std::string s = p.toConninfo();
    QVERIFY(s.find("password=") == std::string::npos); // empty: libpq uses the passfile
    QVERIFY(s.find("passfile=") == std::string::npos);
    QVERIFY(s.find("options=") == std::string::npos);
    QString error;
    const auto parsed = parseWithLibpq(s, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(parsed.count("password"), size_t(0));
}

void TestConninfo::describeHasNoSecret()
{
    ConnectionParams p;
    p.host = QStringLiteral("10.0.0.5");
    p.port = 5433;
    p.user = QStringLiteral("merch");
    p.password = QStringLiteral("hunter2");
    QCOMPARE(p.describe(), QStringLiteral("merch@10.0.0.5:5433/quartermaster"));
    QVERIFY(!p.describe().contains(QLatin1String("hunter2")));
    p.host = QStringLiteral("::1");
    QCOMPARE(p.endpoint(), QStringLiteral("[::1]:5433"));
}

void TestConninfo::statementTimeoutGoesToOptions()
{
    ConnectionParams p;
    p.statementTimeoutMs = 2000;
    p.tcpUserTimeoutMs = 3000;
    QString error;
    const auto parsed = parseWithLibpq(p.toConninfo(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(
        QString::fromStdString(parsed.at("options")), QStringLiteral("-c statement_timeout=2000"));
    QCOMPARE(QString::fromStdString(parsed.at("tcp_user_timeout")), QStringLiteral("3000"));
}

void TestConninfo::connectFailures_data()
{
    QTest::addColumn<QString>("libpq");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("refused")
        << "connection to server at \"127.0.0.1\", port 9 failed: Connection refused\n\tIs the "
           "server running on that host and accepting TCP/IP connections?"
        << Error::Code::ConnectionFailed << "Is the server running";
    QTest::newRow("password")
        << "connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password "
           "authentication failed for user \"admin\""
        << Error::Code::AuthFailed << "Wrong password for user admin";
    QTest::newRow("no password") << "fe_sendauth: no password supplied" << Error::Code::AuthFailed
                                 << "none was found";
    QTest::newRow("no role") << "FATAL:  role \"admin\" does not exist" << Error::Code::AuthFailed
                             << "no login role admin";
    QTest::newRow("hba") << "FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", user \"admin\""
                         << Error::Code::AuthFailed << "pg_hba.conf";
    QTest::newRow("no database") << "FATAL:  database \"shop\" does not exist"
                                 << Error::Code::ConnectionFailed << "does not exist";
    QTest::newRow("timeout") << "timeout expired" << Error::Code::Timeout << "did not answer";
    QTest::newRow("dns") << "could not translate host name \"db.invalid\" to address: Name or "
                            "service not known"
                         << Error::Code::ConnectionFailed << "resolve";
    QTest::newRow("slots") << "FATAL:  sorry, too many clients already"
                           << Error::Code::ConnectionFailed << "connection slots";
}

void TestConninfo::connectFailures()
{
    QFETCH(QString, libpq);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    ConnectionParams p;
    p.user = QStringLiteral("admin");
    p.password = QStringLiteral("s3cret");
    const Error e = qm::db::errorFromConnectFailure(libpq, p);
    QCOMPARE(Error::codeName(e.code), Error::codeName(code));
    QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
    QVERIFY(e.detail.contains(QLatin1String("127.0.0.1:5432")));
    QVERIFY(!e.toString().contains(QLatin1String("s3cret")));
}

void TestConninfo::sqlStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("QM400") << "QM400"
                           << "ERROR:  QM400: price must be positive" << Error::Code::InvalidInput
                           << "price must be positive";
    QTest::newRow("QM409") << "QM409"
                           << "ERROR:  QM409: product changed since you loaded it"
                           << Error::Code::Conflict << "product changed since you loaded it";
    QTest::newRow("QM422") << "QM422"
                           << "ERROR:  stock would drop below reserved" << Error::Code::Constraint
                           << "stock would drop below reserved";
    QTest::newRow("permission") << "42501"
                                << "ERROR:  permission denied for function x"
                                << Error::Code::PermissionDenied << "role merch";
    QTest::newRow("auth") << "28P01"
                          << "FATAL:  password authentication failed" << Error::Code::AuthFailed
                          << "merch";
    QTest::newRow("cancel") << "57014"
                            << "ERROR:  canceling statement due to user request"
                            << Error::Code::Cancelled << "cancelled";
    QTest::newRow("statement timeout") << "57014"
                                       << "ERROR:  canceling statement due to statement timeout"
                                       << Error::Code::Timeout << "statement timeout";
    QTest::newRow("no console schema") << "3F000"
                                       << "ERROR:  schema \"console\" does not exist"
                                       << Error::Code::SchemaMissing << "qmctl migrate";
    QTest::newRow("no console view") << "42P01"
                                     << "ERROR:  relation \"console.products\" does not exist"
                                     << Error::Code::SchemaMissing << "qmctl migrate";
    QTest::newRow("no console function")
        << "42883"
        << "ERROR:  function console.adjust_stock(bigint) does not exist"
        << Error::Code::SchemaMissing << "qmctl migrate";
    QTest::newRow("other missing table")
        << "42P01"
        << "ERROR:  relation \"widgets\" does not exist" << Error::Code::Unknown << "42P01";
    QTest::newRow("check") << "23514"
                           << "ERROR:  new row violates check constraint \"c\""
                           << Error::Code::Constraint << "check constraint";
    QTest::newRow("unique") << "23505"
                            << "ERROR:  duplicate key value violates unique "
                               "constraint \"k\"\nDETAIL:  Key (id)=(1) already exists."
                            << Error::Code::Constraint << "duplicate key";
    QTest::newRow("syntax") << "42601"
                            << "ERROR:  syntax error at or near \"selec\"" << Error::Code::Unknown
                            << "SQLSTATE 42601";
    QTest::newRow("admin shutdown") << "57P01"
                                    << "FATAL:  terminating connection due to administrator command"
                                    << Error::Code::ConnectionLost << "was lost";
}

void TestConninfo::sqlStates()
{
    QFETCH(QString, state);
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    ConnectionParams p;
    p.user = QStringLiteral("merch");
    const Error e = qm::db::errorFromSqlState(state, text, QStringLiteral("adjust stock"), p);
    QCOMPARE(Error::codeName(e.code), Error::codeName(code));
    QVERIFY2(e.message.contains(mentions, Qt::CaseInsensitive), qPrintable(e.message));
    if (code != Error::Code::ConnectionLost)
        QCOMPARE(e.sqlState, state);
    // The server's own message is not repeated with its SQLSTATE prefix.
    QVERIFY2(!e.message.contains(QStringLiteral("ERROR:")), qPrintable(e.message));
}

void TestConninfo::primaryMessage()
{
    QCOMPARE(qm::db::primaryServerMessage(
                 QStringLiteral("ERROR:  42P01: relation \"x\" does not exist\nLINE 1: select\n")),
        QStringLiteral("relation \"x\" does not exist"));
    QCOMPARE(qm::db::sqlStateFromText(QStringLiteral("ERROR:  QM409: stale\nLOCATION: x")),
        QStringLiteral("QM409"));
    QCOMPARE(qm::db::sqlStateFromText(QStringLiteral("ERROR:  stale")), QString());
}

void TestConninfo::profileHosts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("host:port") << "127.0.0.1:55432" << true << "127.0.0.1" << 55432;
    QTest::newRow("host only") << "db1" << true << "db1" << 5432;
    QTest::newRow("ipv6") << "[::1]:6000" << true << "::1" << 6000;
    QTest::newRow("bad port") << "db:x" << false << "" << 0;
    QTest::newRow("empty") << "" << false << "" << 0;
}

void TestConninfo::profileHosts()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString h;
    int p = 0;
    QCOMPARE(qm::Profile::splitHostPort(text, 5432, &h, &p), ok);
    if (ok) {
        QCOMPARE(h, host);
        QCOMPARE(p, port);
    }
}

void TestConninfo::profileJson()
{
    const QByteArray json = R"({"name":"Sandbox","postgres":{"hosts":["127.0.0.1:7000",
        "127.0.0.1:7001"],"database":"shop","user":"admin","sslmode":"require",
        "passfile":"/s/pgpass"}})";
    const auto profile = qm::Profile::fromJsonBytes(json);
    QVERIFY(profile.ok());
    auto config = qm::toolClusterConfig(profile.value(), QStringLiteral("qm_owner"));
    QVERIFY(config.ok());
    QCOMPARE(config->nodes.size(), 2);
    QCOMPARE(config->nodes[1].port, 7001);
    QCOMPARE(config->nodes[0].user, QStringLiteral("qm_owner"));
    QCOMPARE(config->nodes[0].dbname, QStringLiteral("shop"));
    QCOMPARE(config->nodes[0].sslmode, QStringLiteral("require"));
    QCOMPARE(config->nodes[0].passfile, QStringLiteral("/s/pgpass"));
    QVERIFY(!qm::Profile::fromJsonBytes("{").ok());
    const auto noHosts = qm::Profile::fromJsonBytes(R"({"postgres":{"hosts":[],"user":"u"}})");
    QVERIFY(noHosts.ok());
    QVERIFY(!qm::toolClusterConfig(noHosts.value()).ok());
}

QTEST_GUILESS_MAIN(TestConninfo)
#include "tst_conninfo.moc"
