// Client certificates (issue 11) against real servers (tst_tls_fixture.h: its own CA, PostgreSQL
// and redis-server): the profile's client_cert / client_key reach libpq (sslcert/sslkey) and the
// Redis client (QSslSocket's local certificate), through the console's own code (profile ->
// connectionParamsFor / redisEndpointFor -> db::Pool, redis::Client).
//   - PostgreSQL signs qm_cert in by certificate only (`hostssl ... cert`, ssl_ca_file): with the
//     certificate it connects as qm_cert; without one it is refused with what to do; a
//     certificate from another CA, or one for another user, is refused and says so;
//   - Redis's TLS port with tls-auth-clients yes: the same three;
//   - a key others can read is refused before any connection, with the chmod to run;
//   - the profile: both files or neither, kept in its JSON, validated.
#include "db/pool.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "redis/client.h"
#include "testenv.h"
#include "tls/clientcert.h"
#include "tst_tls_fixture.h"

#include <QTemporaryDir>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;

class TstTlsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void profileKeepsThePair();
    void postgres_data();
    void postgres();
    void redis_data();
    void redis();

private:
    void cases();
    // The pair `name` copied to a folder of the test's own (libpq wants a key owned by the
    // user running it, or root) with the key's mode; "" for none.
    Profile profileWith(const QString &name, QFile::Permissions keyMode);

    TlsServers m_servers;
    QTemporaryDir m_tmp;
};

void TstTlsClient::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QString why;
    if (!m_servers.start(&why))
        QFAIL(qPrintable(why));
    QVERIFY2(m_servers.enablePgClientCertificates(&why), qPrintable(why));
}

void TstTlsClient::cleanupTestCase()
{
    m_servers.stop();
}

Profile TstTlsClient::profileWith(const QString &name, QFile::Permissions keyMode)
{
    Profile p;
    p.name = QStringLiteral("client certificate test");
    p.postgresHosts = {QStringLiteral("localhost:%1").arg(m_servers.pgPort())};
    p.database = QStringLiteral("postgres");
    p.user = QStringLiteral("qm_cert");
    p.redis.host = QStringLiteral("localhost");
    p.redis.port = m_servers.redisTlsPort();
    p.redis.tls = true;
    p.caFile = m_servers.caFile();
    if (!name.isEmpty()) {
        const QString crt = m_tmp.filePath(name + QStringLiteral(".crt"));
        const QString key = m_tmp.filePath(name + QStringLiteral(".key"));
        QFile::remove(crt);
        QFile::remove(key);
        if (!QFile::copy(m_servers.clientCert(name), crt)
            || !QFile::copy(m_servers.clientKey(name), key))
            qWarning() << "cannot copy the client pair" << name;
        QFile::setPermissions(key, keyMode);
        p.clientCert = crt;
        p.clientKey = key;
    }
    p.resolveTls();
    return p;
}

void TstTlsClient::profileKeepsThePair()
{
    Profile p = profileWith(QStringLiteral("client"), QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(p.validate().isEmpty());
    const auto back = Profile::fromJson(p.toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->clientCert, p.clientCert);
    QCOMPARE(back->clientKey, p.clientKey);
    QCOMPARE(back->redis.clientCert, p.clientCert);
    const db::ConnectionParams params
        = connectionParamsFor(p, Credentials(), p.postgresHosts.first());
    QVERIFY(QString::fromStdString(params.toConninfo())
                .contains(QStringLiteral("sslcert='%1'").arg(p.clientCert)));
    QCOMPARE(redisEndpointFor(p, Credentials()).tlsKeyFile, p.clientKey);
    // A lone half is a problem to fix.
    p.clientKey.clear();
    QVERIFY2(p.validate().join(u' ').contains(QStringLiteral("without its key")),
        qPrintable(p.validate().join(u' ')));
}

// Each row: the client pair (none: ""), the key's mode, what the person must read (empty: it
// connects) and the error code.
void TstTlsClient::cases()
{
    QTest::addColumn<QString>("pair");
    QTest::addColumn<bool>("groupReadable");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("code");
    const int auth = int(Error::Code::AuthFailed);
    QTest::newRow("with the client certificate")
        << QStringLiteral("client") << false << QString() << 0;
    QTest::newRow("without one") << QString() << false
                                 << QStringLiteral("asks for a client certificate and the profile "
                                                   "names none. Add the certificate and key")
                                 << auth;
    QTest::newRow("from another CA") << QStringLiteral("otherclient") << false
                                     << QStringLiteral("refused the client certificate") << auth;
    QTest::newRow("key readable by others")
        << QStringLiteral("client") << true << QStringLiteral("can be read by other users")
        << int(Error::Code::InvalidInput);
}

void TstTlsClient::postgres_data()
{
    cases();
    QTest::newRow("for another user")
        << QStringLiteral("client-someone") << false
        << QStringLiteral("the certificate's name (CN) must be the database user")
        << int(Error::Code::AuthFailed);
}

void TstTlsClient::postgres()
{
    QFETCH(QString, pair);
    QFETCH(bool, groupReadable);
    QFETCH(QString, expected);
    QFETCH(int, code);
    const Profile p = profileWith(pair,
        QFile::ReadOwner | QFile::WriteOwner
            | (groupReadable ? QFile::Permissions(QFile::ReadGroup) : QFile::Permissions()));
    db::Pool pool(connectionParamsFor(p, Credentials(), p.postgresHosts.first()), 1);
    auto f = pool.run<QString>(QStringLiteral("who am I"), [](db::Pool::Connection &c) {
        pqxx::read_transaction tx(c);
        return QString::fromStdString(tx.exec1("SELECT current_user")[0].as<std::string>());
    });
    QVERIFY(qmtest::waitFor(f, 20000));
    const Result<QString> r = f.result();
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(qmtest::errorOf(r).toString()));
        QCOMPARE(r.value(), QStringLiteral("qm_cert"));
        return;
    }
    const Error e = qmtest::errorOf(r);
    qInfo().noquote() << "PostgreSQL," << QTest::currentDataTag() << "->" << e.message;
    QVERIFY2(e.message.contains(expected), qPrintable(e.toString()));
    QCOMPARE(int(e.code), code);
    if (groupReadable)
        QVERIFY2(
            e.message.contains(QStringLiteral("chmod 600 ") + p.clientKey), qPrintable(e.message));
}

void TstTlsClient::redis_data()
{
    cases();
}

void TstTlsClient::redis()
{
    QFETCH(QString, pair);
    QFETCH(bool, groupReadable);
    QFETCH(QString, expected);
    QFETCH(int, code);
    QString why;
    QVERIFY2(m_servers.setRedisClientAuth(true, &why), qPrintable(why));
    const Profile p = profileWith(pair,
        QFile::ReadOwner | QFile::WriteOwner
            | (groupReadable ? QFile::Permissions(QFile::ReadGroup) : QFile::Permissions()));
    redis::Client client(redisEndpointFor(p, Credentials()));
    const Result<redis::Reply> r = qmtest::run(client, {QByteArrayLiteral("PING")}, 15000);
    QVERIFY2(m_servers.setRedisClientAuth(false, &why), qPrintable(why));
    if (expected.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(qmtest::errorOf(r).toString()));
        QCOMPARE(r->toString(), QStringLiteral("PONG"));
        return;
    }
    const Error e = qmtest::errorOf(r);
    qInfo().noquote() << "Redis," << QTest::currentDataTag() << "->" << e.message;
    QVERIFY2(e.message.contains(expected), qPrintable(e.toString()));
    QCOMPARE(int(e.code), code);
    QVERIFY2(e.message.contains(QStringLiteral("Redis at localhost:%1").arg(p.redis.port))
            || groupReadable,
        qPrintable(e.message));
}

QTEST_MAIN(TstTlsClient)
#include "tst_tlsclient.moc"
