// qm::redis::Client at the transport's edges: servers that say nothing, speak something else,
// wedge mid-use, or want TLS (a redis-server of the test's own, with a CA made for it).
#include "redis/client.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using qm::Error;
using qm::Result;
using qm::redis::Client;
using qm::redis::Endpoint;
using qm::redis::Reply;

using qmtest::closedPort;
using qmtest::errorOf;
using qmtest::run;

class TestRedisTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void silentServerTimesOut();
    void garbageIsAProtocolError();
    void commandTimeoutResetsAWedgedConnection();
    void tlsWithOwnCa();

private:
    Endpoint m_endpoint;
};

void TestRedisTransport::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    m_endpoint = qmtest::redisEndpoint();
}

// Something accepts the TCP connection but never answers AUTH: the connect timeout ends it.
void TestRedisTransport::silentServerTimesOut()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    Endpoint e;
    e.port = silent.serverPort();
    e.password = QStringLiteral("secret");
    e.connectTimeoutMs = 300;
    Client c(e);
    QElapsedTimer t;
    t.start();
    auto r = run(c, {"PING"});
    QCOMPARE(errorOf(r).code, Error::Code::ConnectionFailed);
    QVERIFY2(errorOf(r).message.contains(QStringLiteral("no answer within 300 ms")),
        qPrintable(errorOf(r).message));
    QVERIFY(t.elapsed() >= 290 && t.elapsed() < 3000);
}

void TestRedisTransport::garbageIsAProtocolError()
{
    QTcpServer liar;
    QVERIFY(liar.listen(QHostAddress::LocalHost, 0));
    connect(&liar, &QTcpServer::newConnection, this, [&liar] {
        QTcpSocket *s = liar.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
        });
    });
    Endpoint e;
    e.port = liar.serverPort();
    Client c(e);
    auto a = c.command({"PING"});
    auto b = c.command({"PING"});
    QVERIFY(qmtest::waitFor(a));
    QVERIFY(qmtest::waitFor(b));
    QCOMPARE(errorOf(a.result()).code, Error::Code::Protocol);
    QCOMPARE(errorOf(b.result()).code, Error::Code::Protocol);
    QVERIFY(!c.isConnected());
}

// A server that accepts and then says nothing (no AUTH: the connection is Ready at once).
void TestRedisTransport::commandTimeoutResetsAWedgedConnection()
{
    QTcpServer wedged;
    QVERIFY(wedged.listen(QHostAddress::LocalHost, 0));
    Endpoint e;
    e.port = wedged.serverPort();
    e.commandTimeoutMs = 300;
    Client c(e);
    QElapsedTimer t;
    t.start();
    auto a = c.command({"PING"});
    auto b = c.command({"PING"});
    QVERIFY(qmtest::waitFor(a, 5000));
    QVERIFY(qmtest::waitFor(b, 5000));
    QCOMPARE(errorOf(a.result()).code, Error::Code::Timeout);
    QCOMPARE(errorOf(b.result()).code, Error::Code::Timeout);
    QVERIFY2(t.elapsed() >= 290 && t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(!c.isConnected());

    // A long pipeline that keeps answering is not "wedged": the timer restarts on every reply.
    Endpoint real = m_endpoint;
    real.commandTimeoutMs = 200;
    Client ok(real);
    std::vector<QByteArrayList> commands(20000, QByteArrayList {"PING"});
    auto p = ok.pipeline(std::move(commands));
    QVERIFY(qmtest::waitFor(p, 30000));
    QVERIFY2(p.result().ok(), qPrintable(p.result() ? QString() : p.result().error().toString()));
    QTest::qWait(300); // idle with nothing in flight: no timeout either
    QVERIFY(ok.isConnected());
}

// The sandbox's Redis has no TLS: this test starts a TLS-only redis-server of its own (port
// from the kernel, state in a temporary folder) with a CA made for the occasion.
void TestRedisTransport::tlsWithOwnCa()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    const QString server = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
    if (openssl.isEmpty() || server.isEmpty())
        QSKIP("openssl or redis-server not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto sh = [&](const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    };
    QVERIFY(sh({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
        "/CN=qm test CA", "-keyout", "ca.key", "-out", "ca.crt"}));
    QVERIFY(sh({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
        "server.key", "-out", "server.csr"}));
    QFile ext(dir.filePath(QStringLiteral("ext.cnf")));
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    QVERIFY(sh({"x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key",
        "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "server.crt"}));

    const int port = closedPort();
    QProcess redis;
    redis.setWorkingDirectory(dir.path());
    redis.setProcessChannelMode(QProcess::MergedChannels);
    redis.start(server,
        {"--port", "0", "--tls-port", QString::number(port), "--bind", "127.0.0.1",
            "--tls-cert-file", "server.crt", "--tls-key-file", "server.key", "--tls-ca-cert-file",
            "ca.crt", "--tls-auth-clients", "no", "--save", "", "--appendonly", "no", "--dir",
            dir.path()});
    QVERIFY(redis.waitForStarted());
    const auto stop = qScopeGuard([&redis] {
        redis.terminate();
        redis.waitForFinished(5000);
    });
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     QTcpSocket probe;
                     probe.connectToHost(QHostAddress::LocalHost, quint16(port));
                     return probe.waitForConnected(100);
                 },
                 10000),
        redis.readAll().constData());

    Endpoint e;
    e.port = port;
    e.tls = true;
    e.tlsCaFile = dir.filePath(QStringLiteral("ca.crt"));
    Client c(e);
    QVERIFY(run(c, {"SET", "tls:k", QByteArray("v\0\r\n", 4)}).ok());
    auto got = run(c, {"GET", "tls:k"});
    QVERIFY2(got.ok(), qPrintable(got ? QString() : got.error().toString()));
    QCOMPARE(got->str, QByteArray("v\0\r\n", 4));

    // Without our CA the server's certificate is not trusted: refused, and said so.
    Endpoint untrusted = e;
    untrusted.tlsCaFile.clear();
    Client bad(untrusted);
    auto r = run(bad, {"PING"});
    QCOMPARE(errorOf(r).code, Error::Code::ConnectionFailed);
    // The refusal says why: a certificate no CA this computer (or the profile) trusts.
    QVERIFY2(errorOf(r).message.contains(QStringLiteral("not signed by a CA")),
        qPrintable(errorOf(r).toString()));
}

QTEST_GUILESS_MAIN(TestRedisTransport)
#include "tst_redistransport.moc"
