// capacity::PrometheusSource against the test sandbox's real Prometheus (scripts/sandbox starts it
// with postgres_exporter, redis_exporter and node_exporter: server/sandbox/monitoring.sh), and its
// failure modes against a small HTTP server inside the test (failure injection): a Prometheus
// that answers after 10 s, malformed JSON, a 50 MB answer, too many series or points, an error
// status, a closed port. Each ends in an Error a person can read, never a hang or a crash.
// QM_TEST_NO_MONITORING=1 (a sandbox made with QM_SANDBOX_MONITORING=0) skips the real-server part.
#include "capacity/prometheussource.h"
#include "capacity/seriesids.h"
#include "testenv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>
#include <cmath>

using namespace qm;
using namespace qm::capacity;

namespace {

using Answer = Result<std::vector<TimeSeries>>;

// Answers every request the way its mode says; one request per connection.
class FakePrometheus : public QObject
{
public:
    enum class Mode { Slow, Malformed, Huge, ManySeries, Error400, Values };

    explicit FakePrometheus(Mode mode)
        : m_mode(mode)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int requests = 0;
    qint64 valuesStartMs = 0;

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        if (!buf.contains("\r\n\r\n"))
            return;
        m_buffers.remove(s);
        ++requests;
        switch (m_mode) {
        case Mode::Slow: {
            // A Prometheus busy for 10 s: the answer comes, but long after the client's timeout.
            QPointer<QTcpSocket> later(s);
            QTimer::singleShot(10000, this, [later] {
                if (later)
                    reply(later, 200,
                        R"({"status":"success","data":{"resultType":"matrix","result":[]}})");
            });
            return;
        }
        case Mode::Malformed:
            return reply(
                s, 200, R"({"status":"success","data":{"resultType":"matrix","result":[{"metric")");
        case Mode::Huge: {
            // 50 MB of one matrix, without a Content-Length: the client must stop reading.
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\n\r\n";
            head
                += R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[)";
            s->write(head);
            const QByteArray chunk = QByteArray(R"([1700000000,"1"],)").repeated(60000);
            for (qint64 sent = 0; sent < 50LL * 1024 * 1024; sent += chunk.size())
                s->write(chunk);
            s->write(R"([1700000000,"1"]]}]}})");
            s->disconnectFromHost();
            return;
        }
        case Mode::ManySeries: {
            QByteArray result;
            for (int i = 0; i < 50; ++i)
                result += (i ? "," : "") + QByteArray(R"({"metric":{"__name__":"up","i":")")
                    + QByteArray::number(i) + R"("},"values":[[1700000000,"1"]]})";
            return reply(s, 200,
                R"({"status":"success","data":{"resultType":"matrix","result":[)" + result + "]}}");
        }
        case Mode::Error400:
            return reply(s, 400,
                R"({"status":"error","errorType":"bad_data","error":"1:4: parse error: unexpected <op:*>"})");
        case Mode::Values: {
            // Samples at start, start+2s ("NaN"), start+6s ("+Inf"); start+4s is missing (a gap).
            const double t0 = valuesStartMs / 1000.0;
            const QByteArray body
                = QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[)"
                             R"({"metric":{"__name__":"x_bytes","job":"j"},"values":[)")
                + "[" + QByteArray::number(t0, 'f', 3) + R"(,"1.5"],)" + "["
                + QByteArray::number(t0 + 2, 'f', 3) + R"(,"NaN"],)" + "["
                + QByteArray::number(t0 + 6, 'f', 3) + R"(,"+Inf"]]}]}})";
            return reply(s, 200, body);
        }
        }
    }

    static void reply(QTcpSocket *s, int status, const QByteArray &body)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Fake\r\n";
        head += "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        s->write(head + body);
        s->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

Answer runQuery(PrometheusSource &source, const RangeQuery &q, int waitMs = 30000)
{
    auto f = source.queryRange(q);
    if (!qmtest::waitFor(f, waitMs))
        return Error {Error::Code::Unknown, QStringLiteral("(the future did not finish)"), {}, {}};
    return f.result();
}

RangeQuery lastMinutes(const QString &expr, int minutes = 1, qint64 stepMs = 2000)
{
    RangeQuery q;
    q.expr = expr;
    q.endMs = QDateTime::currentMSecsSinceEpoch();
    q.startMs = q.endMs - minutes * 60000LL;
    q.stepMs = stepMs;
    return q;
}

// The value at the range's last step: what the series says now. (An older finite value is not
// enough: a check must fail as soon as an exporter loses its server.)
double latest(const TimeSeries &s)
{
    return s.empty() ? std::nan("") : s.v.back();
}

} // namespace

class TestPrometheusSource : public QObject
{
    Q_OBJECT

    QUrl m_url;

    bool needMonitoring()
    {
        if (qEnvironmentVariable("QM_TEST_NO_MONITORING") == u"1")
            return false;
        return true;
    }

    // Repeats the query until check() holds on an answer (Prometheus scrapes every 2 s: a fresh
    // sandbox needs a few scrapes). Generous deadline, no timing assertion.
    template <typename Check>
    Answer waitForAnswer(PrometheusSource &source, const QString &expr, Check check)
    {
        QElapsedTimer t;
        t.start();
        Answer last = Error {Error::Code::Unknown, QStringLiteral("(no answer yet)"), {}, {}};
        while (t.elapsed() < 90000) {
            last = runQuery(source, lastMinutes(expr));
            if (last.ok() && check(last.value()))
                return last;
            QTest::qWait(1000);
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QFile f(qmtest::profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject profile = QJsonDocument::fromJson(f.readAll()).object();
        m_url = QUrl(profile.value(QStringLiteral("prometheus"))
                         .toObject()
                         .value(QStringLiteral("url"))
                         .toString());
    }

    void realPrometheusScrapesEveryExporter()
    {
        if (!needMonitoring())
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        QVERIFY2(m_url.isValid() && !m_url.isEmpty(),
            "profile.json has no \"prometheus\": {\"url\": ...}: scripts/sandbox up should write "
            "it");
        PrometheusSource source(m_url);
        // `up` of every job is 1: Prometheus itself, postgres, redis and node exporters (the
        // storefront job is up only while a simulator runs: tst_simmetrics covers it).
        const Answer up = waitForAnswer(
            source, QStringLiteral("up{job!=\"storefront\"}"), [](const auto &series) {
                int upCount = 0;
                for (const TimeSeries &s : series)
                    upCount += latest(s) == 1.0 ? 1 : 0;
                return series.size() >= 4 && upCount == int(series.size());
            });
        QVERIFY2(up.ok(), qPrintable(qmtest::errorOf(up).toString()));
        QStringList states;
        for (const TimeSeries &s : up.value())
            states << s.info.id + QStringLiteral("=") + QString::number(latest(s));
        QVERIFY2(up.value().size() >= 4, qPrintable(states.join(u' ')));
        for (const TimeSeries &s : up.value()) {
            QVERIFY2(latest(s) == 1.0, qPrintable(states.join(u' ')));
            // Every step of the range has a point; the steps before the first scrape are NaN.
            QCOMPARE(qint64(s.size()), qint64(60000 / 2000 + 1));
        }
    }

    void exportersReachTheirServers_data()
    {
        // `up` only says the exporter answered; these say it signed in to its server (the
        // qm_monitor login, the qm-exporter ACL user) and read what it needs.
        QTest::addColumn<QString>("expr");
        QTest::newRow("postgres") << QStringLiteral("pg_up");
        QTest::newRow("redis") << QStringLiteral("redis_up");
        QTest::newRow("pg settings") << QStringLiteral("pg_settings_max_connections");
        QTest::newRow("redis maxmemory") << QStringLiteral("redis_memory_max_bytes");
    }

    void exportersReachTheirServers()
    {
        if (!needMonitoring())
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        QFETCH(QString, expr);
        PrometheusSource source(m_url);
        const QString check = QStringLiteral("min(%1) > 0").arg(expr);
        const Answer a = waitForAnswer(source, check, [](const auto &series) {
            return series.size() == 1 && std::isfinite(latest(series.front()));
        });
        QVERIFY2(a.ok(), qPrintable(qmtest::errorOf(a).toString()));
        QVERIFY2(a->size() == 1 && latest(a->front()) > 0,
            qPrintable(expr
                + QStringLiteral(": not above 0 within the deadline (see the exporter's log)")));
    }

    void realPrometheusHasPostgresRedisAndBusinessSeries_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("pg connections") << QStringLiteral("pg.connections");
        QTest::newRow("redis memory") << QStringLiteral("redis.memory");
        QTest::newRow("orders per minute") << QStringLiteral("biz.orders_per_min");
        QTest::newRow("replication lag") << QStringLiteral("pg.replication_lag_s");
        QTest::newRow("cpu") << QStringLiteral("node.cpu");
    }

    void realPrometheusHasPostgresRedisAndBusinessSeries()
    {
        if (!needMonitoring())
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        QFETCH(QString, id);
        PrometheusSource source(m_url);
        const Answer a = waitForAnswer(source, id, [](const auto &series) {
            return series.size() == 1 && std::isfinite(latest(series.front()));
        });
        QVERIFY2(a.ok(), qPrintable(qmtest::errorOf(a).toString()));
        QVERIFY2(a->size() == 1 && std::isfinite(latest(a->front())),
            qPrintable(QStringLiteral("%1 (%2): no value within the deadline")
                           .arg(id, PrometheusSource::promqlFor(id))));
        QCOMPARE(a->front().info.id, id);
        QCOMPARE(a->front().info.label, knownSeriesInfo(id).label);
        if (id == u"pg.connections")
            QVERIFY(latest(a->front()) >= 1); // the exporter's own connection at least
    }

    void realThresholdsAreTheServersLimits()
    {
        if (!needMonitoring())
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        PrometheusSource source(m_url);
        // The servers' own settings, read without Prometheus.
        redis::Client redis(qmtest::redisEndpoint());
        const auto maxmemory = qmtest::run(redis, {"CONFIG", "GET", "maxmemory"});
        QVERIFY(maxmemory.ok() && maxmemory->isArray());
        const double expectedMaxMemory = maxmemory->toByteArrayList().value(1).toDouble();
        std::vector<Threshold> got;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            auto f = source.thresholds();
            QVERIFY(qmtest::waitFor(f, 30000));
            QVERIFY2(f.result().ok(), qPrintable(qmtest::errorOf(f.result()).toString()));
            got = f.result().value();
            if (got.size() >= 3)
                break;
            QTest::qWait(1000);
        }
        QHash<QString, double> byId;
        for (const Threshold &th : got)
            byId.insert(th.seriesId, th.value);
        QVERIFY2(byId.contains(QStringLiteral("pg.connections")), "no max_connections threshold");
        QVERIFY2(byId.contains(QStringLiteral("redis.memory")), "no maxmemory threshold");
        QVERIFY2(byId.contains(QStringLiteral("node.disk_used")), "no disk size threshold");
        QCOMPARE(byId.value(QStringLiteral("redis.memory")), expectedMaxMemory);
        QVERIFY(byId.value(QStringLiteral("node.disk_used")) > 0);
        // max_connections as the sandbox's primary has it (scripts/sandbox: 200)
        QCOMPARE(byId.value(QStringLiteral("pg.connections")), 200.0);
    }

    void realPrometheusErrorIsShown()
    {
        if (!needMonitoring())
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        PrometheusSource source(m_url);
        const Answer a = runQuery(source, lastMinutes(QStringLiteral("sum(up")));
        const Error e = qmtest::errorOf(a);
        QCOMPARE(e.code, Error::Code::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("bad_data")), qPrintable(e.toString()));
    }

    void slowPrometheusTimesOut()
    {
        FakePrometheus fake(FakePrometheus::Mode::Slow);
        PrometheusSource source(fake.url());
        PrometheusLimits limits;
        limits.timeoutMs = 1500;
        source.setLimits(limits);
        const Answer a = runQuery(source, lastMinutes(QStringLiteral("up")));
        const Error e = qmtest::errorOf(a);
        QCOMPARE(e.code, Error::Code::Timeout);
        QVERIFY2(e.message.contains(QStringLiteral("did not answer within 1500 ms")),
            qPrintable(e.toString()));
        QCOMPARE(fake.requests, 1);
    }

    void malformedJsonIsAProtocolError()
    {
        FakePrometheus fake(FakePrometheus::Mode::Malformed);
        PrometheusSource source(fake.url());
        const Error e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("up"))));
        QCOMPARE(e.code, Error::Code::Protocol);
        QVERIFY2(e.message.contains(QStringLiteral("invalid JSON")), qPrintable(e.toString()));
    }

    void hugeAnswerIsRefused()
    {
        FakePrometheus fake(FakePrometheus::Mode::Huge);
        PrometheusSource source(fake.url());
        PrometheusLimits limits;
        limits.maxBodyBytes = 8 * 1024 * 1024;
        source.setLimits(limits);
        const Error e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("up"))));
        QCOMPARE(e.code, Error::Code::Protocol);
        QVERIFY2(e.message.contains(QStringLiteral("more than 8.0 MB: refused")),
            qPrintable(e.toString()));
    }

    void tooManySeriesOrPointsAreRefused()
    {
        FakePrometheus fake(FakePrometheus::Mode::ManySeries);
        PrometheusSource source(fake.url());
        PrometheusLimits limits;
        limits.maxSeries = 10;
        source.setLimits(limits);
        Error e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("up"))));
        QCOMPARE(e.code, Error::Code::InvalidInput);
        QVERIFY2(
            e.message.contains(QStringLiteral("50 series; at most 10")), qPrintable(e.toString()));

        // 50 series of 31 grid points each: 1,550 points where 1,000 are allowed.
        limits.maxSeries = 100;
        limits.maxPoints = 1000;
        source.setLimits(limits);
        e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("up"))));
        QCOMPARE(e.code, Error::Code::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("1550 points; at most 1000")),
            qPrintable(e.toString()));

        // A range at a step finer than Prometheus answers is refused before asking.
        const int before = fake.requests;
        e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("up"), 60 * 24, 1000)));
        QCOMPARE(e.code, Error::Code::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("86401 points per series")),
            qPrintable(e.toString()));
        QCOMPARE(fake.requests, before);
    }

    void prometheusErrorStatusIsReadable()
    {
        FakePrometheus fake(FakePrometheus::Mode::Error400);
        PrometheusSource source(fake.url());
        const Error e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("1 +* 2"))));
        QCOMPARE(e.code, Error::Code::InvalidInput);
        QVERIFY2(e.message.contains(QStringLiteral("parse error: unexpected <op:*> (bad_data)")),
            qPrintable(e.toString()));
    }

    void gapsAndSpecialValues()
    {
        FakePrometheus fake(FakePrometheus::Mode::Values);
        PrometheusSource source(fake.url());
        RangeQuery q;
        q.expr = QStringLiteral("x_bytes");
        q.startMs = 1700000000000;
        q.endMs = q.startMs + 6000;
        q.stepMs = 2000;
        fake.valuesStartMs = q.startMs;
        const Answer a = runQuery(source, q);
        QVERIFY2(a.ok(), qPrintable(qmtest::errorOf(a).toString()));
        QCOMPARE(a->size(), std::size_t(1));
        const TimeSeries &s = a->front();
        QCOMPARE(s.t,
            (std::vector<qint64> {
                q.startMs, q.startMs + 2000, q.startMs + 4000, q.startMs + 6000}));
        QCOMPARE(s.v[0], 1.5);
        QVERIFY(std::isnan(s.v[1])); // "NaN"
        QVERIFY(std::isnan(s.v[2])); // no sample: a gap
        QVERIFY(std::isinf(s.v[3]) && s.v[3] > 0); // "+Inf"
        QCOMPARE(s.info.unit, QStringLiteral("B"));
        QVERIFY(s.info.labels.contains(QStringLiteral("job=j")));
    }

    void prometheusDownIsConnectionFailed()
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(qmtest::closedPort());
        PrometheusSource source(url);
        const Error e = qmtest::errorOf(runQuery(source, lastMinutes(QStringLiteral("up"))));
        QCOMPARE(e.code, Error::Code::ConnectionFailed);
        QVERIFY2(
            e.message.contains(QStringLiteral("connection refused")), qPrintable(e.toString()));
        auto th = source.thresholds();
        QVERIFY(qmtest::waitFor(th, 30000));
        QCOMPARE(qmtest::errorOf(th.result()).code, Error::Code::ConnectionFailed);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusSource)
#include "tst_prometheussource.moc"
