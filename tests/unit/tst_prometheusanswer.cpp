// Prometheus answers read by PrometheusSource::parseAnswer: a sample time no clock has (found by
// tests/fuzz/fuzz_prometheus) is refused as a malformed sample instead of overflowing the grid
// arithmetic (which placed or dropped points at random).
#include "capacity/prometheussource.h"

#include <QJsonDocument>
#include <QTest>

using namespace qm::capacity;

class TstPrometheusAnswer : public QObject
{
    Q_OBJECT

    static QJsonDocument json(const QByteArray &text) { return QJsonDocument::fromJson(text); }

private slots:
    void hugeSampleTimeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("time");
        QTest::newRow("1e300") << QByteArray("1e300");
        QTest::newRow("-1e300") << QByteArray("-1e300");
        QTest::newRow("1e16") << QByteArray("1e16");
    }

    void hugeSampleTimeIsRefused()
    {
        QFETCH(QByteArray, time);
        RangeQuery grid;
        grid.expr = QStringLiteral("up");
        grid.startMs = 1700000000000;
        grid.endMs = grid.startMs + 10000;
        grid.stepMs = 2000;
        const QJsonDocument doc = json(R"({"status":"success","data":{"resultType":"matrix",
            "result":[{"metric":{"__name__":"up"},"values":[[1700000000,"1"],[)"
            + time + R"(,"2"]]}]}})");
        QVERIFY(doc.isObject());
        for (const qint64 step : {grid.stepMs, qint64(0)}) {
            grid.stepMs = step;
            const auto r = PrometheusSource::parseAnswer(doc, grid.expr, grid, PrometheusLimits {});
            QVERIFY2(!r, "a sample at a time no clock has was accepted");
            QVERIFY2(r.error().message.contains(QStringLiteral("not [time, \"value\"]")),
                qPrintable(r.error().message));
        }
    }

    void ordinarySamplesStillParse()
    {
        RangeQuery grid;
        grid.expr = QStringLiteral("up");
        grid.startMs = 1700000000000;
        grid.endMs = grid.startMs + 4000;
        grid.stepMs = 2000;
        const auto r = PrometheusSource::parseAnswer(
            json(R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},
                "values":[[1700000000,"1"],[1700000004.001,"NaN"]]}]}})"),
            grid.expr, grid, PrometheusLimits {});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->size(), std::size_t(1));
        QCOMPARE(r->front().t,
            (std::vector<qint64> {grid.startMs, grid.startMs + 2000, grid.startMs + 4000}));
        QCOMPARE(r->front().v.front(), 1.0);
    }
};

QTEST_GUILESS_MAIN(TstPrometheusAnswer)
#include "tst_prometheusanswer.moc"
