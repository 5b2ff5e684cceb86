// qm::http::JsonClient against a real HTTP exchange: a tiny server inside the test (QTcpServer
// answering canned responses), a closed port and a server that never answers.
#include "common/stallmeter.h"
#include "http/jsonclient.h"
#include "testenv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using qm::Error;
using qm::http::JsonClient;

using qmtest::errorOf;

namespace {

struct Request
{
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

// Answers by path; /slow never answers. Every request is recorded. One request per
// connection ("Connection: close"), which QNetworkAccessManager handles like any server.
class CannedServer : public QObject
{
public:
    CannedServer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QList<Request> requests;
    QByteArray bigBody;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(
                    lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length", "0").toLongLong();
        if (buf.size() < end + 4 + length)
            return; // the body is still coming
        r.body = buf.mid(end + 4, length);
        m_buffers.remove(s);
        requests.append(r);
        respond(s, r);
    }

    void respond(QTcpSocket *s, const Request &r)
    {
        int status = 200;
        QByteArray type = "application/json";
        QByteArray body;
        if (r.path == "/ok") {
            body = R"({"status":"success","data":[1,2,3],"name":"Größe ✓"})";
        } else if (r.path == "/big") {
            body = bigBody;
        } else if (r.path == "/missing") {
            status = 404;
            type = "text/plain";
            body = "no such thing here\n" + QByteArray(1000, '.');
        } else if (r.path == "/unavailable") {
            status = 503;
            body = R"({"state":"running","role":"replica"})";
        } else if (r.path == "/unauthorized") {
            status = 401;
        } else if (r.path == "/forbidden") {
            status = 403;
        } else if (r.path == "/conflict") {
            status = 409;
        } else if (r.path == "/badjson") {
            body = "{\"unterminated\": [1, 2";
        } else if (r.path == "/echo") {
            QJsonObject o {{"method", QString::fromLatin1(r.method)},
                {"body", QString::fromUtf8(r.body)},
                {"contentType", QString::fromLatin1(r.headers.value("content-type"))},
                {"xBan", QString::fromLatin1(r.headers.value("x-ban-url"))}};
            body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        } else if (r.path == "/slow") {
            return; // never answers
        } else {
            status = 404;
        }
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\n";
        head += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n";
        s->write(head + body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

template <typename T> qm::Result<T> wait(QFuture<qm::Result<T>> f, int timeoutMs = 10000)
{
    if (!qmtest::waitFor(f, timeoutMs))
        return Error {Error::Code::Timeout, QStringLiteral("test: no result in time"), {}, {}};
    return f.result();
}

} // namespace

class TestJsonClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void getSmallJson();
    void largeBodyIsParsedOffThread();
    void statusErrorsAreValues_data();
    void statusErrorsAreValues();
    void invalidJsonIsProtocolError();
    void postSendsJson();
    void sendCustomVerbWithHeaders();
    void sendNon2xxIsError();
    void exchangeKeepsAnyStatus();
    void closedPortFailsQuickly();
    void silentServerTimesOut();
    void destroyingCancels();

private:
    std::unique_ptr<CannedServer> m_server;
};

void TestJsonClient::initTestCase()
{
    m_server = std::make_unique<CannedServer>();
    QJsonArray series;
    for (int i = 0; i < 8000; ++i)
        series.append(QJsonArray {1700000000 + i, QString::number(i * 0.5)});
    m_server->bigBody = QJsonDocument(QJsonObject {{"status", "success"}, {"values", series}})
                            .toJson(QJsonDocument::Compact);
    QVERIFY(m_server->bigBody.size() > JsonClient::kOffThreadParseBytes);
}

void TestJsonClient::getSmallJson()
{
    JsonClient c;
    const int before = JsonClient::backgroundParses();
    auto r = wait(c.get(m_server->url(QStringLiteral("/ok"))));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r->object().value("status").toString(), QStringLiteral("success"));
    QCOMPARE(r->object().value("data").toArray().size(), 3);
    QCOMPARE(r->object().value("name").toString(), QStringLiteral("Größe ✓"));
    QCOMPARE(JsonClient::backgroundParses(), before); // small: parsed in place
    QCOMPARE(m_server->requests.last().method, QByteArray("GET"));
    QCOMPARE(m_server->requests.last().headers.value("accept"), QByteArray("application/json"));
}

void TestJsonClient::largeBodyIsParsedOffThread()
{
    JsonClient c;
    const int before = JsonClient::backgroundParses();
    qm::StallMeter meter;
    meter.start();
    auto r = wait(c.get(m_server->url(QStringLiteral("/big"))));
    meter.stop();
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
    const QJsonArray values = r->object().value("values").toArray();
    QCOMPARE(values.size(), 8000);
    QCOMPARE(values.at(7999).toArray().at(1).toString(), QStringLiteral("3999.5"));
    QCOMPARE(JsonClient::backgroundParses(), before + 1);
    QVERIFY2(meter.maxStallMs() < 50, qPrintable(QString::number(meter.maxStallMs())));
}

void TestJsonClient::statusErrorsAreValues_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("404") << "/missing" << Error::Code::NotFound << "HTTP 404: no such thing here";
    QTest::newRow("503") << "/unavailable" << Error::Code::Unknown
                         << R"(HTTP 503: {"state":"running","role":"replica"})";
    QTest::newRow("401") << "/unauthorized" << Error::Code::AuthFailed << "HTTP 401";
    QTest::newRow("403") << "/forbidden" << Error::Code::PermissionDenied << "HTTP 403";
    QTest::newRow("409") << "/conflict" << Error::Code::Conflict << "HTTP 409";
}

void TestJsonClient::statusErrorsAreValues()
{
    QFETCH(QString, path);
    QFETCH(Error::Code, code);
    QFETCH(QString, detail);
    JsonClient c;
    auto r = wait(c.get(m_server->url(path)));
    QVERIFY(!r.ok());
    QCOMPARE(errorOf(r).code, code);
    QVERIFY2(errorOf(r).detail.startsWith(detail), qPrintable(errorOf(r).detail));
    QVERIFY2(errorOf(r).detail.size() < 260, "the body excerpt is short");
    const QString status = detail.mid(5, 3);
    QVERIFY2(errorOf(r).message.contains(status), qPrintable(errorOf(r).message));
    QVERIFY(errorOf(r).message.contains(m_server->url(path).toString()));
}

void TestJsonClient::invalidJsonIsProtocolError()
{
    JsonClient c;
    auto r = wait(c.get(m_server->url(QStringLiteral("/badjson"))));
    QCOMPARE(errorOf(r).code, Error::Code::Protocol);
    QVERIFY(errorOf(r).detail.contains(QStringLiteral("unterminated")));
}

void TestJsonClient::postSendsJson()
{
    JsonClient c;
    const QJsonDocument body(QJsonObject {{"leader", "node-1"}, {"candidate", "node-2"}});
    auto r = wait(c.post(m_server->url(QStringLiteral("/echo")), body));
    QVERIFY(r.ok());
    QCOMPARE(r->object().value("method").toString(), QStringLiteral("POST"));
    QCOMPARE(r->object().value("contentType").toString(), QStringLiteral("application/json"));
    QCOMPARE(QJsonDocument::fromJson(r->object().value("body").toString().toUtf8()), body);
}

// Varnish purges are BAN/PURGE requests: any verb, extra headers, a non-JSON answer.
void TestJsonClient::sendCustomVerbWithHeaders()
{
    JsonClient c;
    auto r = wait(c.send(
        "BAN", m_server->url(QStringLiteral("/echo")), {}, {{"X-Ban-Url", "^/product/42$"}}));
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().toString()));
    const QJsonObject echoed = QJsonDocument::fromJson(r.value()).object();
    QCOMPARE(echoed.value("method").toString(), QStringLiteral("BAN"));
    QCOMPARE(echoed.value("xBan").toString(), QStringLiteral("^/product/42$"));
    auto purge = wait(c.send("PURGE", m_server->url(QStringLiteral("/echo")), "body bytes"));
    QVERIFY(purge.ok());
    QCOMPARE(m_server->requests.last().method, QByteArray("PURGE"));
    QCOMPARE(m_server->requests.last().body, QByteArray("body bytes"));
}

void TestJsonClient::sendNon2xxIsError()
{
    JsonClient c;
    auto r = wait(c.send("PURGE", m_server->url(QStringLiteral("/forbidden"))));
    QCOMPARE(errorOf(r).code, Error::Code::PermissionDenied);
}

// Patroni answers GET /replica with 503 and a useful body: exchange() keeps it as a value.
void TestJsonClient::exchangeKeepsAnyStatus()
{
    JsonClient c;
    auto r = wait(c.exchange("GET", m_server->url(QStringLiteral("/unavailable"))));
    QVERIFY(r.ok());
    QCOMPARE(r->status, 503);
    QVERIFY(!r->isSuccess());
    QCOMPARE(r->header("content-type"), QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(r->body).object().value("role").toString(),
        QStringLiteral("replica"));
}

void TestJsonClient::closedPortFailsQuickly()
{
    const QUrl url(QStringLiteral("http://user:secret@127.0.0.1:%1/api/v1/query?query=up")
                       .arg(qmtest::closedPort()));
    JsonClient c;
    QElapsedTimer t;
    t.start();
    auto r = wait(c.get(url));
    QCOMPARE(errorOf(r).code, Error::Code::ConnectionFailed);
    QVERIFY(t.elapsed() < 2000);
    QVERIFY2(errorOf(r).message.contains(QStringLiteral("connection refused")),
        qPrintable(errorOf(r).message));
    QVERIFY(!errorOf(r).toString().contains(QStringLiteral("secret"))); // no credentials shown
}

void TestJsonClient::silentServerTimesOut()
{
    JsonClient c;
    c.setTimeoutMs(300);
    QElapsedTimer t;
    t.start();
    auto r = wait(c.get(m_server->url(QStringLiteral("/slow"))));
    QCOMPARE(errorOf(r).code, Error::Code::Timeout);
    QVERIFY2(t.elapsed() >= 250 && t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(errorOf(r).message.contains(QStringLiteral("300 ms")));
}

void TestJsonClient::destroyingCancels()
{
    auto *c = new JsonClient;
    auto f = c->get(m_server->url(QStringLiteral("/slow")));
    QTest::qWait(50);
    QVERIFY(!f.isFinished());
    delete c;
    QVERIFY(f.isFinished());
    QCOMPARE(errorOf(f.result()).code, Error::Code::Cancelled);
}

QTEST_GUILESS_MAIN(TestJsonClient)
#include "tst_jsonclient.moc"
