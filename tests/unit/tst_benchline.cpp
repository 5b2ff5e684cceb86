// The one benchmark line format (bench/common/benchline.h) and its one checker
// (bench/results.py, which scripts/bench all runs on what it collected): what the writer prints
// passes the checker, and each way a line can be wrong fails it.
#include "benchline.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

namespace {

QString resultsPy()
{
    return QStringLiteral(QM_SOURCE_DIR "/bench/results.py");
}

// bench/results.py ARGS on a file holding `lines`: (exit code, output).
std::pair<int, QString> runResults(
    const QStringList &args, const QList<QByteArray> &lines, const QList<QByteArray> &other = {})
{
    static QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("a.jsonl")));
    QFile b(dir.filePath(QStringLiteral("b.jsonl")));
    if (!a.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !b.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {-1, QStringLiteral("cannot write %1").arg(dir.path())};
    for (const QByteArray &l : lines)
        a.write(l + '\n');
    for (const QByteArray &l : other)
        b.write(l + '\n');
    a.close();
    b.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList all = {resultsPy()};
    all += args;
    all << a.fileName();
    if (args.value(0) == QLatin1String("compare"))
        all << b.fileName();
    p.start(QStringLiteral("python3"), all);
    if (!p.waitForFinished(60000))
        return {-1, QStringLiteral("python3 did not finish")};
    return {p.exitCode(), QString::fromUtf8(p.readAll())};
}

QByteArray text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestBenchLine : public QObject
{
    Q_OBJECT
private slots:
    void everyLineHasTheSevenKeys()
    {
        const QJsonObject o = bench::toJson(
            {QStringLiteral("purge"), QStringLiteral("purge_seconds"), QStringLiteral("s"), 2.1,
                QStringLiteral("redis-cli"), 14.8, {{QStringLiteral("keys"), 2000000}}});
        for (const QString &k : bench::requiredKeys())
            QVERIFY2(o.contains(k), qPrintable(k));
        QCOMPARE(o.value(QStringLiteral("ratio")).toDouble(), 0.1419); // 4 significant digits
        QCOMPARE(o.value(QStringLiteral("keys")).toInt(), 2000000);
    }

    void noPeerMeansNullsNotMinusOne()
    {
        const QJsonObject o = bench::toJson({QStringLiteral("catalog"),
            QStringLiteral("bulk_gui_stall_max_ms"), QStringLiteral("ms"), 12, {}, {}, {}});
        QCOMPARE(o.value(QStringLiteral("peer")).toString(), QStringLiteral("none"));
        QVERIFY(o.value(QStringLiteral("peer_value")).isNull());
        QVERIFY(o.value(QStringLiteral("ratio")).isNull());
        // A peer that measured 0 gives no ratio either (not inf, not -1).
        const QJsonObject zero
            = bench::toJson({QStringLiteral("orders"), QStringLiteral("missed_orders"),
                QStringLiteral("count"), 0, QStringLiteral("poll"), 0.0, {}});
        QVERIFY(zero.value(QStringLiteral("ratio")).isNull());
        QCOMPARE(zero.value(QStringLiteral("peer_value")).toDouble(-1), 0.0);
    }

    void extraKeysNeverReplaceTheSeven()
    {
        const QJsonObject o = bench::toJson({QStringLiteral("startup"),
            QStringLiteral("first_paint_ms"), QStringLiteral("ms"), 94, QStringLiteral("bare"), 47,
            {{QStringLiteral("ratio"), -1}, {QStringLiteral("bench"), QStringLiteral("x")}}});
        QCOMPARE(o.value(QStringLiteral("ratio")).toDouble(), 2.0);
        QCOMPARE(o.value(QStringLiteral("bench")).toString(), QStringLiteral("startup"));
    }

    void whatTheWriterPrintsPassesTheChecker()
    {
        const auto [code, out] = runResults({QStringLiteral("check")},
            {text(bench::toJson({QStringLiteral("orders"), QStringLiteral("checkout_tps"),
                 QStringLiteral("orders/s"), 171.3, QStringLiteral("no feed trigger"), 175.0, {}})),
                text(bench::toJson({QStringLiteral("purge"), QStringLiteral("plan_count_seconds"),
                    QStringLiteral("s"), 2.5, {}, {}, {}}))});
        QVERIFY2(code == 0, qPrintable(out));
    }

    void theCheckerRefusesEachBrokenLine_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no unit") << QByteArray(R"({"bench":"b","metric":"m","ours":1,)"
                                               R"("peer":"p","peer_value":2,"ratio":0.5})")
                                 << QStringLiteral("no \"unit\"");
        QTest::newRow("old purge line") << QByteArray(R"({"bench":"purge","tool":"redis-cli",)"
                                                      R"("seconds":8.0})")
                                        << QStringLiteral("no \"metric\"");
        QTest::newRow("ours as text")
            << QByteArray(R"({"bench":"b","metric":"m","ours":"1",)"
                          R"("peer":"p","peer_value":2,"ratio":0.5,"unit":"ms"})")
            << QStringLiteral("\"ours\" is not a number");
        QTest::newRow("wrong ratio")
            << QByteArray(R"({"bench":"b","metric":"m","ours":1,)"
                          R"("peer":"p","peer_value":2,"ratio":2,"unit":"ms"})")
            << QStringLiteral("\"ratio\" 2 is not ours / peer_value");
        QTest::newRow("-1 for no peer")
            << QByteArray(R"({"bench":"b","metric":"m","ours":1,)"
                          R"("peer":"none","peer_value":null,"ratio":-1,"unit":"ms"})")
            << QStringLiteral("\"ratio\" without a \"peer_value\"");
        QTest::newRow("not json") << QByteArray("bench_purge: redis-server did not start")
                                  << QStringLiteral("not JSON");
    }

    void theCheckerRefusesEachBrokenLine()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, expected);
        const QByteArray good = text(bench::toJson({QStringLiteral("b"), QStringLiteral("m"),
            QStringLiteral("ms"), 1, QStringLiteral("p"), 2.0, {}}));
        const auto [code, out] = runResults({QStringLiteral("check")}, {good, line});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QStringLiteral(":2: ") + expected), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral(":1: ")), qPrintable(out)); // the good line is good
    }

    void compareShowsTheChangePerMetric()
    {
        auto line = [](double ours) {
            return text(bench::toJson({QStringLiteral("purge"), QStringLiteral("purge_seconds"),
                QStringLiteral("s"), ours, QStringLiteral("KEYS + DEL"), 2.0, {}}));
        };
        const QByteArray onlyInB
            = text(bench::toJson({QStringLiteral("startup"), QStringLiteral("first_paint_ms"),
                QStringLiteral("ms"), 90, QStringLiteral("bare"), 45, {}}));
        const auto [code, out]
            = runResults({QStringLiteral("compare")}, {line(3.0)}, {line(2.4), onlyInB});
        QVERIFY2(code == 0, qPrintable(out));
        const QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const QString purge = rows.filter(QStringLiteral("purge_seconds")).value(0);
        QVERIFY2(purge.contains(QStringLiteral("-20.0%")), qPrintable(out));
        QVERIFY2(purge.contains(QStringLiteral("1.5")) && purge.contains(QStringLiteral("1.2")),
            qPrintable(out)); // both ratios
        QVERIFY2(
            rows.filter(QStringLiteral("first_paint_ms")).value(0).contains(QStringLiteral(" - ")),
            qPrintable(out)); // A has no such line
    }
};

QTEST_GUILESS_MAIN(TestBenchLine)
#include "tst_benchline.moc"
