// Downsampling for charts: bounded output, every column's extremes, gaps kept as breaks, the
// visible range found by binary search, and the block index (MinMaxIndex) answering what a scan
// answers, so that the indexed min/max draws the very same points.
#include "capacity/downsample.h"
#include "capacity/minmaxindex.h"

#include <QRandomGenerator>
#include <QtTest>
#include <cmath>
#include <limits>
#include <tuple>

using namespace qm::capacity;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

TimeSeries noisy(std::size_t n, qint64 t0, qint64 stepMs, quint32 seed)
{
    QRandomGenerator rng(seed);
    TimeSeries s;
    s.info.id = QStringLiteral("test");
    s.t.reserve(n);
    s.v.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        s.append(t0 + qint64(i) * stepMs, std::sin(double(i) / 500.0) * 50 + rng.bounded(10.0));
    return s;
}

bool hasPoint(const QList<QPointF> &pts, double x, double y)
{
    for (const QPointF &p : pts)
        if (p.x() == x && p.y() == y)
            return true;
    return false;
}

} // namespace

class TestDownsample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visibleRangeFindsTheSlice()
    {
        TimeSeries s = noisy(1000, 0, 10, 1); // t = 0, 10, ..., 9990
        auto [a, b] = visibleRange(s.t, 100, 200, false);
        QCOMPARE(a, std::size_t(10));
        QCOMPARE(b, std::size_t(21)); // 100..200 inclusive
        auto [c, d] = visibleRange(s.t, 105, 195, true);
        QCOMPARE(c, std::size_t(10)); // 100: the left neighbour
        QCOMPARE(d, std::size_t(21)); // 200: the right neighbour
        auto [e, f] = visibleRange(s.t, 20000, 30000, false);
        QCOMPARE(e, f);
        auto [g, h] = visibleRange(s.t, 0, 9990, true);
        QCOMPARE(g, std::size_t(0));
        QCOMPARE(h, std::size_t(1000));
    }

    void minMaxIsBoundedAndKeepsEveryColumnsExtremes_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::newRow("whole, 800 px") << 800 << qint64(0) << qint64(999'999);
        QTest::newRow("whole, 37 px") << 37 << qint64(0) << qint64(999'999);
        QTest::newRow("middle slice, 500 px") << 500 << qint64(250'000) << qint64(400'000);
        // column edges that doubles round the wrong way (it once looped forever)
        QTest::newRow("odd width 585 px") << 585 << qint64(3) << qint64(604'803);
        QTest::newRow("odd width 1199 px") << 1199 << qint64(17) << qint64(999'999);
    }
    void minMaxIsBoundedAndKeepsEveryColumnsExtremes()
    {
        QFETCH(int, columns);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        // Given 1,000,000 noisy points with a few single-sample spikes
        TimeSeries s = noisy(1'000'000, 0, 1, 7);
        for (std::size_t i : {std::size_t(260'123), std::size_t(333'333), std::size_t(777'777)})
            s.v[i] = (i % 2) ? 1e6 : -1e6;
        // when reduced for the pixel width
        const QList<QPointF> out = minMaxDownsample(s, from, to, columns);
        // then the output is bounded by the width
        QVERIFY2(out.size() <= 2 * columns + 2, qPrintable(QString::number(out.size())));
        QVERIFY(out.size() >= columns);
        // it is in time order and starts/ends at the edges (or just outside)
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].x() < out[i].x());
        const double span = double(to - from);
        QVERIFY(out.first().x() <= double(from) + span / columns);
        QVERIFY(out.last().x() >= double(to) - span / columns);
        // and every column's min and max are in it, spikes included
        std::vector<double> mins(columns, 1e300), maxs(columns, -1e300);
        std::vector<qint64> minT(columns), maxT(columns);
        for (std::size_t i = std::size_t(from); i <= std::size_t(to); ++i) {
            const int col = std::min(columns - 1, int(double(s.t[i] - from) / span * columns));
            if (s.v[i] < mins[col]) {
                mins[col] = s.v[i];
                minT[col] = s.t[i];
            }
            if (s.v[i] > maxs[col]) {
                maxs[col] = s.v[i];
                maxT[col] = s.t[i];
            }
        }
        for (int c = 0; c < columns; ++c) {
            QVERIFY2(hasPoint(out, double(minT[c]), mins[c]),
                qPrintable(QStringLiteral("column %1 lost its minimum %2").arg(c).arg(mins[c])));
            QVERIFY2(hasPoint(out, double(maxT[c]), maxs[c]),
                qPrintable(QStringLiteral("column %1 lost its maximum %2").arg(c).arg(maxs[c])));
        }
    }

    void shortRangesAreReturnedAsTheyAre()
    {
        TimeSeries s = noisy(100, 0, 1000, 3);
        const QList<QPointF> out = minMaxDownsample(s, 0, 99'000, 800);
        QCOMPARE(out.size(), 100);
        QCOMPARE(out[42], QPointF(42'000, s.v[42]));
    }

    void gapsStayBreaks()
    {
        // Given a series with two gaps (a failed scrape, a longer outage)
        TimeSeries s = noisy(100'000, 0, 1, 11);
        s.v[30'000] = kNaN;
        for (std::size_t i = 60'000; i < 61'000; ++i)
            s.v[i] = kNaN;
        for (int columns : {50, 400}) {
            for (bool lttb : {false, true}) {
                const QList<QPointF> out = lttb ? lttbDownsample(s, 0, 99'999, columns * 2)
                                                : minMaxDownsample(s, 0, 99'999, columns);
                // then the output breaks exactly twice, at the gaps, and never starts with one
                QList<double> breaks;
                for (const QPointF &p : out)
                    if (std::isnan(p.y()))
                        breaks.append(p.x());
                QVERIFY2(breaks.size() == 2,
                    qPrintable(QStringLiteral("%1 breaks with %2 (%3 columns)")
                                   .arg(breaks.size())
                                   .arg(lttb ? "LTTB" : "min/max")
                                   .arg(columns)));
                QCOMPARE(breaks[0], 30'000.0);
                QVERIFY(breaks[1] >= 60'000 && breaks[1] < 61'000);
                QVERIFY(!std::isnan(out.first().y()));
                // and no drawn segment spans a gap
                const auto segments = splitAtGaps(out);
                QCOMPARE(segments.size(), 3);
                QVERIFY(segments[0].last().x() < 30'000);
                QVERIFY(segments[1].first().x() > 30'000 && segments[1].last().x() < 60'000);
                QVERIFY(segments[2].first().x() >= 61'000);
                QVERIFY(out.size() <= (lttb ? columns * 2 : 4 * columns));
            }
        }
    }

    // The block index answers what a scan answers (first smallest, first largest, first gap), for
    // any range, after a build and after live appends, with ties and gaps.
    void indexAgreesWithAScan()
    {
        QRandomGenerator rng(17);
        std::vector<double> v;
        MinMaxIndex index;
        index.build(v);
        auto scan = [&](std::size_t a, std::size_t b) {
            MinMaxIndex::Picks p;
            for (std::size_t i = a; i < b; ++i) {
                if (std::isnan(v[i])) {
                    p.gap = std::min(p.gap, i);
                    continue;
                }
                if (p.min == MinMaxIndex::kNone || v[i] < v[p.min])
                    p.min = i;
                if (p.max == MinMaxIndex::kNone || v[i] > v[p.max])
                    p.max = i;
            }
            return p;
        };
        for (int round = 0; round < 3; ++round) {
            // values with many ties (a few distinct levels) and gaps
            const std::size_t grow = round == 0 ? 70'000 : 1'237;
            for (std::size_t k = 0; k < grow; ++k)
                v.push_back(rng.bounded(50) == 0 ? kNaN : double(rng.bounded(20)));
            if (round == 0)
                index.build(v);
            else
                index.update(v); // live appends
            QCOMPARE(index.size(), v.size());
            for (int q = 0; q < 3000; ++q) {
                const std::size_t a = rng.bounded(quint32(v.size()));
                const std::size_t b = q % 3 == 0
                    ? std::min(v.size(), a + rng.bounded(40u)) // inside one block or two
                    : a + rng.bounded(quint32(v.size() - a + 1));
                const MinMaxIndex::Picks got = index.query(v, a, b), want = scan(a, b);
                QVERIFY2(got.min == want.min && got.max == want.max && got.gap == want.gap,
                    qPrintable(QStringLiteral("[%1, %2): min %3/%4 max %5/%6 gap %7/%8")
                                   .arg(a)
                                   .arg(b)
                                   .arg(got.min)
                                   .arg(want.min)
                                   .arg(got.max)
                                   .arg(want.max)
                                   .arg(got.gap)
                                   .arg(want.gap)));
            }
        }
    }

    // With the index, min/max per column draws exactly the points of the scan.
    void indexedDownsampleIsTheSame()
    {
        TimeSeries s = noisy(300'000, 1'000, 1000, 9);
        for (std::size_t i = 40'000; i < 40'500; ++i)
            s.v[i] = kNaN;
        s.v[123'456] = 1e9;
        MinMaxIndex index;
        index.build(s.v);
        const qint64 end = s.t.back();
        for (const auto &[from, to, columns] :
            {std::tuple<qint64, qint64, int> {0, end, 1150}, {500'000, end / 3, 585},
                {end / 2, end / 2 + 3'000'000, 1199}, {end - 86'400'000, end + 1000, 800}}) {
            const QList<QPointF> plain = minMaxDownsample(s, from, to, columns);
            const QList<QPointF> fast = minMaxDownsample(s, from, to, columns, &index);
            QCOMPARE(fast.size(), plain.size());
            for (qsizetype i = 0; i < plain.size(); ++i) {
                QCOMPARE(fast[i].x(), plain[i].x());
                QVERIFY(fast[i].y() == plain[i].y()
                    || (std::isnan(fast[i].y()) && std::isnan(plain[i].y())));
            }
        }
        // an index of another length is not used (the answer is still right)
        MinMaxIndex stale;
        stale.build(std::vector<double>(10, 1.0));
        QCOMPARE(minMaxDownsample(s, 0, end, 700, &stale).size(),
            minMaxDownsample(s, 0, end, 700).size());
    }

    void lttbIsBoundedAndKeepsTheEnds()
    {
        TimeSeries s = noisy(200'000, 1000, 5, 5);
        const QList<QPointF> out = lttbDownsample(s, 1000, 1000 + 199'999 * 5, 1000);
        QVERIFY(out.size() <= 1000);
        QVERIFY(out.size() >= 990);
        QCOMPARE(out.first(), QPointF(1000, s.v.front()));
        QCOMPARE(out.last(), QPointF(double(s.t.back()), s.v.back()));
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].x() < out[i].x());
        // a slice: only points inside it (and one neighbour each side)
        const QList<QPointF> slice = lttbDownsample(s, 500'000, 600'000, 200);
        QVERIFY(slice.size() <= 200);
        QVERIFY(slice.first().x() >= 500'000 - 5 && slice.first().x() <= 500'000);
        QVERIFY(slice.last().x() >= 600'000 && slice.last().x() <= 600'005);
    }
};

QTEST_GUILESS_MAIN(TestDownsample)
#include "tst_downsample.moc"
