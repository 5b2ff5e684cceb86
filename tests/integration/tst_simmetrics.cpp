// The storefront simulator's metrics endpoint (qm-storefront --metrics-port, the sandbox's base+26,
// server/storefront/metrics.h) against the test sandbox's real Prometheus (job "storefront" in
// server/sandbox/monitoring.sh): after the simulator places orders, its /metrics has a checkout
// histogram whose count is every checkout call, and Prometheus answers the Business preset's
// checkout p95 (biz.checkout_p95_s = histogram_quantile(0.95, ... qm_checkout_seconds_bucket ...)).
#include "capacity/prometheussource.h"
#include "capacity/promtext.h"
#include "capacity/seriesids.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QtTest>
#include <cmath>

using namespace qm;
using namespace qm::capacity;

namespace {

QByteArray httpGet(int port, const QByteArray &path)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!s.waitForConnected(3000))
        return {};
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (s.waitForReadyRead(3000) || s.bytesAvailable())
        all += s.readAll();
    all += s.readAll();
    return all;
}

QByteArray body(const QByteArray &response)
{
    const qsizetype i = response.indexOf("\r\n\r\n");
    return i < 0 ? QByteArray() : response.mid(i + 4);
}

} // namespace

class TestSimMetrics : public QObject
{
    Q_OBJECT

    int m_port = 0;
    QUrl m_prometheus;

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        // The port plan: the simulator's metrics at base+26, the base being the primary's port.
        m_port = qmtest::primaryParams().port + 26;
        QFile f(qmtest::profilePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_prometheus = QUrl(QJsonDocument::fromJson(f.readAll())
                                .object()
                                .value(QStringLiteral("prometheus"))
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString());
    }

    void metricsEndpointAndPrometheusP95()
    {
        orderstest::Simulator sim;
        QVERIFY(sim.start({QStringLiteral("--rate"), QStringLiteral("20"),
            QStringLiteral("--metrics-port"), QString::number(m_port)}));
        // The endpoint answers while the simulator runs; orders arrive.
        promtext::Samples samples;
        for (int i = 0;
             i < 60 && promtext::sum(samples, QStringLiteral("qm_orders_placed_total")) < 40; ++i) {
            QTest::qWait(500);
            samples = promtext::parse(body(httpGet(m_port, "/metrics")));
        }
        const double placed = promtext::sum(samples, QStringLiteral("qm_orders_placed_total"));
        QVERIFY2(placed >= 40,
            qPrintable(QStringLiteral("the simulator's /metrics on %1 shows %2 orders placed; "
                                      "stderr: %3")
                           .arg(m_port)
                           .arg(placed)
                           .arg(QString::fromUtf8(sim.errors()))));
        // The histogram: cumulative buckets up to +Inf, whose count is every checkout call.
        const auto buckets = promtext::histogram(samples, QStringLiteral("qm_checkout_seconds"));
        QVERIFY2(buckets.size() >= 5, "no qm_checkout_seconds histogram");
        QVERIFY(std::isinf(buckets.back().le));
        for (std::size_t i = 1; i < buckets.size(); ++i)
            QVERIFY(buckets[i].count >= buckets[i - 1].count);
        const double failed = promtext::sum(samples, QStringLiteral("qm_orders_failed_total"));
        QCOMPARE(buckets.back().count, placed + failed);
        QCOMPARE(samples.at(QStringLiteral("qm_checkout_seconds_count")), placed + failed);
        QVERIFY(samples.at(QStringLiteral("qm_checkout_seconds_sum")) > 0);
        const double p95 = promtext::quantile(0.95, buckets);
        const double p50 = promtext::quantile(0.5, buckets);
        QVERIFY2(
            p95 > 0 && p95 >= p50, qPrintable(QStringLiteral("p50 %1 p95 %2").arg(p50).arg(p95)));
        qInfo("simulator at 20 orders/s: checkout p50 %.1f ms, p95 %.1f ms (from /metrics)",
            p50 * 1000, p95 * 1000);
        QVERIFY(body(httpGet(m_port, "/nothing")).contains("only GET /metrics"));

        // The real Prometheus scrapes it (job storefront) and answers the preset's p95.
        if (qEnvironmentVariableIntValue("QM_TEST_NO_MONITORING"))
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        QVERIFY2(m_prometheus.isValid() && !m_prometheus.isEmpty(), "profile without prometheus");
        PrometheusSource source(m_prometheus);
        double promP95 = std::nan("");
        QString last;
        for (int i = 0; i < 40 && !(promP95 > 0); ++i) {
            RangeQuery q;
            q.expr = QStringLiteral("biz.checkout_p95_s");
            q.endMs = QDateTime::currentMSecsSinceEpoch();
            q.startMs = q.endMs - 30000;
            q.stepMs = 2000;
            auto f = source.queryRange(q);
            QVERIFY(qmtest::waitFor(f, 30000));
            const auto r = f.result();
            if (r.ok() && !r->empty() && !r->front().empty())
                promP95 = r->front().v.back();
            else
                last = r.ok() ? QStringLiteral("no series") : r.error().toString();
            if (!(promP95 > 0))
                QTest::qWait(1000);
        }
        sim.terminate();
        QVERIFY(sim.wait(20000));
        QVERIFY2(promP95 > 0,
            qPrintable(QStringLiteral("Prometheus gave no checkout p95 (%1): is job storefront "
                                      "scraping 127.0.0.1:%2?")
                           .arg(last)
                           .arg(m_port)));
        qInfo("Prometheus: checkout p95 %.1f ms", promP95 * 1000);
        // After a stop the simulator answers no more (the port is free for the next one).
        QVERIFY(httpGet(m_port, "/metrics").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimMetrics)
#include "tst_simmetrics.moc"
