// Verified TLS against real servers (issue 11): PostgreSQL, Redis and HTTPS each refuse a
// certificate for the wrong host name, an expired one, one from another CA and a plain-text
// server, with a message that says which and what to do; the good certificate connects. The
// connections go through the console's own code (profile -> core/db Pool, core/redis Client,
// core/http JsonClient), with the profile's defaults (sslmode verify-full) and its CA file.
#include "common/whenfinished.h"
#include "db/pool.h"
#include "http/jsonclient.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "redis/client.h"
#include "testenv.h"
#include "tst_tls_fixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;

class TstTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void newProfilesVerifyFull();

    void postgres_data();
    void postgres();
    void redis_data();
    void redis();
    void https_data();
    void https();

private:
    // A profile as a person makes it in the dialog: defaults, plus host, user and the CA file.
    Profile profileFor(const QString &caFile) const;
    void cases();

    TlsServers m_servers;
    QTcpServer m_plainHttp; // answers plain HTTP to anything
};

void TstTls::initTestCase()
{
    QString why;
    if (!m_servers.start(&why))
        QFAIL(qPrintable(why));
    QVERIFY(m_plainHttp.listen(QHostAddress::LocalHost, quint16(m_servers.httpPlainPort())));
    connect(&m_plainHttp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *s = m_plainHttp.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 2\r\n\r\n{}");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

void TstTls::cleanupTestCase()
{
    m_servers.stop();
}

Profile TstTls::profileFor(const QString &caFile) const
{
    Profile p; // sslmode and everything else as new profiles have them
    p.name = QStringLiteral("tls test");
    p.postgresHosts = {QStringLiteral("localhost:%1").arg(m_servers.pgPort())};
    p.database = QStringLiteral("postgres");
    p.user = QStringLiteral("postgres");
    p.redis.host = QStringLiteral("localhost");
    p.redis.port = m_servers.redisTlsPort();
    p.redis.tls = true;
    p.caFile = caFile;
    p.resolveTls();
    return p;
}

void TstTls::newProfilesVerifyFull()
{
    QCOMPARE(Profile().sslmode, QStringLiteral("verify-full"));
    auto read = [](const char *json) {
        return Profile::fromJsonBytes(QByteArray(json).replace('\'', '"'));
    };
    // A profile file without sslmode verifies; one that names its mode keeps it.
    auto unnamed = read("{'name':'a','postgres':{'hosts':['db:5432'],'user':'u'}}");
    QVERIFY(unnamed.ok());
    QCOMPARE(unnamed->sslmode, QStringLiteral("verify-full"));
    auto named = read("{'name':'a','postgres':{'hosts':['db:5432'],'user':'u','sslmode':'prefer'},"
                      "'ca_file':'/etc/qm/ca.pem'}");
    QVERIFY(named.ok());
    QCOMPARE(named->sslmode, QStringLiteral("prefer"));
    QCOMPARE(named->caFile, QStringLiteral("/etc/qm/ca.pem"));
    QCOMPARE(named->redis.caFile, QStringLiteral("/etc/qm/ca.pem"));
    QCOMPARE(named->toJson().value(QStringLiteral("ca_file")).toString(),
        QStringLiteral("/etc/qm/ca.pem"));
    // The profile's CA reaches libpq and the Redis client.
    const Credentials none;
    QCOMPARE(connectionParamsFor(*named, none, QStringLiteral("db:5432")).sslrootcert,
        QStringLiteral("/etc/qm/ca.pem"));
    QVERIFY(QString::fromStdString(
        connectionParamsFor(*named, none, QStringLiteral("db:5432")).toConninfo())
                .contains(QStringLiteral("sslrootcert='/etc/qm/ca.pem'")));
    QCOMPARE(redisEndpointFor(*named, none).tlsCaFile, QStringLiteral("/etc/qm/ca.pem"));
}

// Each row: the server's certificate, the CA file the profile names, and what the person must
// read (empty: the connection succeeds).
void TstTls::cases()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("otherCa");
    QTest::addColumn<QString>("expected");
    QTest::newRow("good certificate") << QStringLiteral("good") << false << QString();
    QTest::newRow("wrong host name") << QStringLiteral("wronghost") << false
                                     << QStringLiteral("host name mismatch. The certificate is for "
                                                       "wrong.example.com, not for localhost");
    QTest::newRow("expired") << QStringLiteral("expired") << false
                             << QStringLiteral(
                                    "its certificate expired on 2021-01-01 00:00 UTC. Ask the "
                                    "server's administrator to renew it");
    QTest::newRow("another CA")
        << QStringLiteral("otherca-leaf") << false
        << QStringLiteral("its certificate is not signed by the CA you chose (ca.crt); "
                          "it was issued by \"Some other CA\"");
    // The good certificate, but the profile trusts another CA.
    QTest::newRow("profile trusts another CA")
        << QStringLiteral("good") << true
        << QStringLiteral("not signed by the CA you chose (otherca.crt); it was issued by "
                          "\"Quartermaster test "
                          "CA\"");
    QTest::newRow("plain-text server")
        << QStringLiteral("plain") << false
        << QStringLiteral("refused: the server does not speak TLS (a plain-text "
                          "server, or not its TLS port)");
}

void TstTls::postgres_data()
{
    cases();
}

void TstTls::postgres()
{
    QFETCH(QString, certificate);
    QFETCH(bool, otherCa);
    QFETCH(QString, expected);
    QString why;
    const bool plain = certificate == u"plain";
    QVERIFY2(m_servers.setPgSsl(!plain, &why), qPrintable(why));
    if (!plain)
        QVERIFY2(m_servers.usePgCertificate(certificate, &why), qPrintable(why));

    const Profile p = profileFor(otherCa ? m_servers.otherCaFile() : m_servers.caFile());
    db::Pool pool(connectionParamsFor(p, Credentials(), p.postgresHosts.first()), 1);
    auto f = pool.run<bool>(QStringLiteral("check TLS"), [](db::Pool::Connection &c) {
        pqxx::read_transaction tx(c);
        return tx.exec1("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")[0].as<bool>();
    });
    QVERIFY(qmtest::waitFor(f, 20000));
    const Result<bool> r = f.result();
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(qmtest::errorOf(r).toString()));
        QVERIFY2(r.value(), "connected without TLS");
        return;
    }
    const Error e = qmtest::errorOf(r);
    qInfo().noquote() << "PostgreSQL," << QTest::currentDataTag() << "->" << e.message;
    QCOMPARE(e.code, Error::Code::ConnectionFailed);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    QVERIFY2(e.message.startsWith(
                 QStringLiteral("PostgreSQL at localhost:%1 refused").arg(m_servers.pgPort())),
        qPrintable(e.message));
}

void TstTls::redis_data()
{
    cases();
}

void TstTls::redis()
{
    QFETCH(QString, certificate);
    QFETCH(bool, otherCa);
    QFETCH(QString, expected);
    QString why;
    const bool plain = certificate == u"plain";
    if (!plain)
        QVERIFY2(m_servers.useRedisCertificate(certificate, &why), qPrintable(why));

    Profile p = profileFor(otherCa ? m_servers.otherCaFile() : m_servers.caFile());
    if (plain)
        p.redis.port = m_servers.redisPlainPort();
    redis::Client client(redisEndpointFor(p, Credentials()));
    const Result<redis::Reply> r = qmtest::run(client, {QByteArrayLiteral("PING")}, 15000);
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(qmtest::errorOf(r).toString()));
        QCOMPARE(r->toString(), QStringLiteral("PONG"));
        return;
    }
    const Error e = qmtest::errorOf(r);
    qInfo().noquote() << "Redis," << QTest::currentDataTag() << "->" << e.message;
    QCOMPARE(e.code, Error::Code::ConnectionFailed);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    QVERIFY2(
        e.message.startsWith(QStringLiteral("Redis at localhost:%1 refused").arg(p.redis.port)),
        qPrintable(e.message));
}

void TstTls::https_data()
{
    cases();
}

void TstTls::https()
{
    QFETCH(QString, certificate);
    QFETCH(bool, otherCa);
    QFETCH(QString, expected);
    QString why;
    const bool plain = certificate == u"plain";
    if (!plain)
        QVERIFY2(m_servers.useHttpsCertificate(certificate, &why), qPrintable(why));

    const Profile p = profileFor(otherCa ? m_servers.otherCaFile() : m_servers.caFile());
    http::JsonClient client;
    client.setCaFile(p.caFile);
    const QUrl url(QStringLiteral("https://localhost:%1/")
                       .arg(plain ? m_servers.httpPlainPort() : m_servers.httpsPort()));
    auto f = client.exchange("GET", url);
    QVERIFY(qmtest::waitFor(f, 15000));
    const Result<http::Response> r = f.result();
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(qmtest::errorOf(r).toString()));
        QCOMPARE(r->status, 200);
        return;
    }
    const Error e = qmtest::errorOf(r);
    qInfo().noquote() << "HTTPS," << QTest::currentDataTag() << "->" << e.message;
    QCOMPARE(e.code, Error::Code::ConnectionFailed);
    QVERIFY2(e.message.contains(expected), qPrintable(e.message));
    QVERIFY2(
        e.message.startsWith(url.toString() + QStringLiteral(" refused")), qPrintable(e.message));
}

QTEST_MAIN(TstTls)
#include "tst_tls.moc"
