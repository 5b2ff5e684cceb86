// The Capacity workspace over an in-memory source (offscreen): both presets draw, zooming keeps
// the drawn points bounded by the pixel width, a crossed limit raises an alert, an annotation
// click names its audit entry, forecasts state the time until saturation, export works, and a
// source that fails or answers late never blocks the page.
#include "capacity/capacitypage.h"
#include "capacity/loadtest.h"
#include "capacity/memorysource.h"
#include "capacity/prometheussource.h"
#include "capacity/timechart.h"
#include "common/threadguard.h"

#include <QDialog>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;
using namespace qm::capacity;
using Preset = CapacityPage::Preset;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const qint64 kNow = QDateTime(QDate(2026, 12, 4), QTime(18, 0), Qt::UTC).toMSecsSinceEpoch();

void waitFor(QSignalSpy &spy, int count = 1)
{
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= count, 60'000);
}

// Where shots go when QM_SHOTS_DIR is set (the workspace's screenshots for the notes).
void shot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("QM_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Remembers the most points per series any query asked for.
class CountingSource : public MemorySource
{
public:
    qint64 mostPoints = 0;
    QFuture<Result<std::vector<TimeSeries>>> queryRange(const RangeQuery &q) override
    {
        mostPoints = std::max(mostPoints, (q.endMs - q.startMs) / q.stepMs + 1);
        return MemorySource::queryRange(q);
    }
};

} // namespace

class TestCapacityPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<MemorySource> m_source;
    std::unique_ptr<CapacityPage> m_page;

    void makePage(qint64 spanMs = 6 * 3600'000)
    {
        m_page = std::make_unique<CapacityPage>();
        m_page->setClock([] { return kNow; });
        m_page->setSpan(spanMs);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void load()
    {
        QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
        m_page->setSource(m_source.get());
        waitFor(arrived);
        for (TimeChart *c : m_page->visibleCharts())
            c->refreshNow();
    }

private Q_SLOTS:
    void initTestCase() { enableGuiThreadGuard(true); }

    void init()
    {
        m_source = std::make_unique<MemorySource>();
        MemorySource::fillDemo(*m_source, kNow, 8 * kDay, kMinute);
    }

    void cleanup()
    {
        m_page.reset();
        m_source.reset();
        QCOMPARE(guiThreadViolations(), 0);
    }

    void bothPresetsShowSeries()
    {
        makePage();
        load();
        QCOMPARE(m_page->stateText().contains(QLatin1String("Updated")), true);
        for (Preset p : {Preset::Business, Preset::Infrastructure}) {
            if (p == Preset::Infrastructure) {
                QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
                m_page->setPreset(p);
                waitFor(arrived);
            }
            const QList<TimeChart *> charts = m_page->charts(p);
            QCOMPARE(charts.size(), p == Preset::Business ? 4 : 6);
            for (TimeChart *c : charts) {
                c->refreshNow();
                QVERIFY2(c->drawnPointCount() > 0, qPrintable(c->objectName()));
                // one shared axis: every chart shows the same window
                QCOMPARE(c->rangeTo(), kNow);
                QCOMPARE(c->rangeFrom(), kNow - 6 * 3600'000);
            }
        }
        // The limit of DB connections is drawn on its chart
        TimeChart *conn = m_page->charts(Preset::Infrastructure).at(0);
        QCOMPARE(conn->thresholds().size(), std::size_t(1));
        QVERIFY(conn->thresholds()[0].label.contains(QLatin1String("max_connections")));
        shot(*m_page, QStringLiteral("capacity-infrastructure"));
    }

    // Every range the page offers, with and without forecasts (which fetch days of history), asks
    // for no more points per series than Prometheus answers: at 20,000 points the default 6 h
    // range drew nothing but "20001 points per series; at most 11000" on a Prometheus profile.
    void everyRangeAsksNoMoreThanPrometheusAnswers()
    {
        const qint64 prometheusMost = PrometheusLimits {}.maxPointsPerSeries;
        for (const qint64 span :
            {qint64(15) * kMinute, 6 * 60 * kMinute, kDay, 7 * kDay, 30 * kDay})
            for (const bool forecast : {false, true}) {
                CountingSource source;
                MemorySource::fillDemo(source, kNow, 2 * kDay, 10 * kMinute);
                makePage(span);
                m_page->setForecastEnabled(forecast);
                QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
                m_page->setSource(&source);
                waitFor(arrived);
                QVERIFY2(source.mostPoints > 0 && source.mostPoints <= prometheusMost,
                    qPrintable(QStringLiteral("span %1 min, forecast %2: %3 points per series")
                                   .arg(span / kMinute)
                                   .arg(forecast)
                                   .arg(source.mostPoints)));
                m_page.reset();
            }
    }

    void zoomKeepsDrawnPointsBoundedAndShared()
    {
        makePage(7 * kDay);
        m_page->setPreset(Preset::Infrastructure);
        load();
        const QList<TimeChart *> charts = m_page->visibleCharts();
        TimeChart *chart = charts.at(0);
        chart->refreshNow();
        const int columns = chart->downsampleBuckets();
        const qint64 visible = 7 * kDay / kMinute; // ~10,000 samples in the window
        QVERIFY(qint64(chart->data(0).size()) >= visible);
        // min/max per bucket (2 px): at most 3 points per bucket, 2 edge points, a few breaks
        auto bound = [&] { return 3 * chart->downsampleBuckets() + 8; };
        QVERIFY2(chart->drawnPointCount() <= bound(),
            qPrintable(QStringLiteral("%1 points drawn for %2 columns")
                           .arg(chart->drawnPointCount())
                           .arg(columns)));
        // Zoom in with the wheel around the middle: the range narrows on every chart
        const qint64 before = chart->rangeTo() - chart->rangeFrom();
        const QPoint mid(chart->viewport()->width() / 2, chart->viewport()->height() / 2);
        QWheelEvent wheel(mid, chart->viewport()->mapToGlobal(mid), QPoint(), QPoint(0, 360),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(chart->viewport(), &wheel);
        const qint64 after = chart->rangeTo() - chart->rangeFrom();
        QVERIFY2(
            after < before * 0.6, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        for (TimeChart *c : charts) {
            QCOMPARE(c->rangeFrom(), chart->rangeFrom());
            QCOMPARE(c->rangeTo(), chart->rangeTo());
        }
        chart->refreshNow();
        QVERIFY(chart->drawnPointCount() > 0);
        QVERIFY(chart->drawnPointCount() <= bound());
        // Keys: Left pans back in time, + zooms, Home returns to the live window
        const qint64 from = chart->rangeFrom();
        QTest::keyClick(chart, Qt::Key_Left);
        QVERIFY(chart->rangeFrom() < from);
        QTest::keyClick(chart, Qt::Key_Plus);
        QVERIFY(chart->rangeTo() - chart->rangeFrom() < after);
        QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
        QTest::keyClick(chart, Qt::Key_Home);
        waitFor(arrived);
        QCOMPARE(chart->rangeTo(), kNow);
        QCOMPARE(chart->rangeTo() - chart->rangeFrom(), 7 * kDay);
        // Zoomed into one hour, the full-resolution points are drawn as they are
        chart->setRange(kNow - 3600'000, kNow);
        chart->refreshNow();
        QVERIFY(chart->drawnPointCount() >= 60 && chart->drawnPointCount() <= 63);
    }

    void thresholdCrossingRaisesAlert()
    {
        makePage();
        m_page->setPreset(Preset::Infrastructure);
        load();
        QVERIFY2(m_page->alerts().isEmpty(), qPrintable(m_page->alerts().join(u'\n')));
        // DB connections jump past max_connections (100)
        QSignalSpy raised(m_page.get(), &CapacityPage::alertRaised);
        for (int i = 1; i <= 5; ++i)
            m_source->appendPoint(QStringLiteral("pg.connections"), kNow + i * 1000, 100 + 3 * i);
        m_page->setClock([] { return kNow + 5000; });
        m_page->refresh();
        waitFor(raised);
        QCOMPARE(raised.at(0).at(0).toString(), QStringLiteral("pg.connections"));
        QCOMPARE(m_page->alerts().size(), 1);
        QVERIFY2(m_page->alerts().at(0).contains(QLatin1String("above max_connections (100): 115")),
            qPrintable(m_page->alerts().at(0)));
        // The same alert is not raised again on the next update
        QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
        m_page->refresh();
        waitFor(arrived);
        QCOMPARE(raised.count(), 1);
    }

    // A spike past the limit that ended before the last sample is still an alert, with its time,
    // listed and marked on the chart (the page once looked at the latest value only).
    void crossingsInsideTheWindowAreAlerts()
    {
        makePage();
        m_page->setPreset(Preset::Infrastructure);
        load();
        QVERIFY2(m_page->alerts().isEmpty(), qPrintable(m_page->alerts().join(u'\n')));
        QSignalSpy raised(m_page.get(), &CapacityPage::alertRaised);
        // Two excursions past max_connections (100), both over by the last sample.
        int t = 1;
        for (double v : {50.0, 120.0, 130.0, 60.0, 55.0, 110.0, 40.0, 45.0})
            m_source->appendPoint(QStringLiteral("pg.connections"), kNow + 60'000LL * t++, v);
        m_page->setClock([t] { return kNow + 60'000LL * (t - 1); });
        m_page->refresh();
        waitFor(raised, 2);
        const QStringList alerts = m_page->alerts();
        QCOMPARE(alerts.size(), 2);
        QVERIFY2(alerts.at(0).contains(QLatin1String("went above max_connections (100)"))
                && alerts.at(0).contains(QLatin1String("peak 130")),
            qPrintable(alerts.join(u'\n')));
        QVERIFY2(alerts.at(1).contains(QLatin1String("peak 110")), qPrintable(alerts.at(1)));
        TimeChart *conn = m_page->charts(Preset::Infrastructure).at(0);
        QCOMPARE(conn->crossings().size(), std::size_t(2));
        // between the samples at +1 min (50) and +2 min (120): 100 is 5/7 of the way
        QCOMPARE(conn->crossings().at(0), kNow + 60'000 + 60'000 * 5 / 7);
        // The same crossings are not raised again on the next update
        QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
        m_page->refresh();
        waitFor(arrived);
        QCOMPARE(raised.count(), 2);
    }

    // Every series of a chart gets its forecast band, not only the first one; a lag's band never
    // goes below zero.
    void forecastsForEverySeriesClampedAtZero()
    {
        makePage(2 * kDay);
        load();
        QSignalSpy updated(m_page.get(), &CapacityPage::forecastsUpdated);
        m_page->setForecastEnabled(true);
        waitFor(updated);
        TimeChart *orders = m_page->charts(Preset::Business).at(0);
        QCOMPARE(orders->seriesCount(), 2); // orders/min and the expected rate
        QCOMPARE(orders->forecastCount(), 2);
        TimeChart *checkout = m_page->charts(Preset::Business).at(1);
        QCOMPARE(checkout->forecastCount(), checkout->seriesCount());
        m_page->setPreset(Preset::Infrastructure);
        QSignalSpy updated2(m_page.get(), &CapacityPage::forecastsUpdated);
        waitFor(updated2);
        TimeChart *lag = m_page->charts(Preset::Infrastructure).at(2);
        QCOMPARE(lag->data(0).info.id, QStringLiteral("pg.replication_lag_s"));
        const Forecast &f = lag->forecast(0);
        QVERIFY(f.valid());
        for (std::size_t k = 0; k < f.t.size(); ++k)
            QVERIFY2(f.lower[k] >= 0 && f.mean[k] >= 0,
                qPrintable(QStringLiteral("lag forecast at step %1: %2 .. %3")
                               .arg(k)
                               .arg(f.lower[k])
                               .arg(f.upper[k])));
    }

    void annotationClickEmitsAuditId()
    {
        makePage();
        load();
        Annotation a;
        a.auditId = 4242;
        a.atMs = kNow - 2 * 3600'000;
        a.action = QStringLiteral("cache.purge_pattern");
        a.kind = Annotations::kindOf(a.action);
        a.actor = QStringLiteral("oncall");
        a.target = QStringLiteral("page:1*");
        Annotation b = a;
        b.auditId = 4243;
        b.atMs = kNow - 4 * 3600'000;
        b.action = QStringLiteral("catalog.bulk_price_change");
        b.kind = Annotations::kindOf(b.action);
        QCOMPARE(a.kind, Annotation::Kind::Purge);
        QCOMPARE(b.kind, Annotation::Kind::BulkEdit);
        m_page->setAnnotations({b, a});
        TimeChart *chart = m_page->visibleCharts().at(1);
        chart->refreshNow();
        QSignalSpy activated(m_page.get(), &CapacityPage::annotationActivated);
        const QPoint at = chart->annotationPoint(1);
        QVERIFY(at.x() > 0);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), qint64(4242));
        // Its audit entry opens (not modal)
        QDialog *entry = m_page->findChild<QDialog *>(QStringLiteral("auditEntryDialog"));
        QVERIFY(entry && entry->isVisible() && !entry->isModal());
        QVERIFY(entry->windowTitle().contains(QLatin1String("4242")));
        entry->close();
        // A click away from any marker is no annotation click
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {},
            QPoint(chart->annotationPoint(0).x() + 40, at.y() + 30));
        QCOMPARE(activated.count(), 1);
    }

    void loadTestMarkerSaysWhatTheRunFound()
    {
        makePage();
        load();
        // A saved load test (its audit row's outcome is LoadTestResult::toJson()).
        LoadTestResult result;
        LoadStepResult step;
        step.target = 40;
        step.stable = true;
        step.resources = {};
        ResourceUse conn;
        conn.id = QStringLiteral("db.connections");
        conn.name = QStringLiteral("DB connections");
        conn.value = 98;
        conn.limit = 100;
        conn.ratio = 0.98;
        conn.target = 40;
        step.resources.push_back(conn);
        result.steps.push_back(step);
        result.highestStableRate = 40;
        result.peak.perSecond = 25;
        result.peak.source = QStringLiteral("orders");
        result.firstSaturated = LoadTestResult::firstToSaturate(result.steps);
        Annotation l;
        l.auditId = 5151;
        l.atMs = kNow - 3 * 3600'000;
        l.action = QStringLiteral("loadtest.run");
        l.kind = Annotations::kindOf(l.action);
        l.actor = QStringLiteral("oncall");
        l.outcome
            = QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
        m_page->setAnnotations({l});
        TimeChart *chart = m_page->visibleCharts().at(0);
        chart->refreshNow();
        QCOMPARE(chart->annotations().size(), std::size_t(1));
        // The marker's tooltip: the highest stable rate, the peak, the closest resource
        const QString tip = Annotations::summary(chart->annotations().front());
        QVERIFY2(tip.contains(QLatin1String("Highest stable rate: 40 orders/s"))
                && tip.contains(QLatin1String("recorded peak 25.00 orders/s"))
                && tip.contains(QLatin1String("Closest to its limit: DB connections 98 of 100")),
            qPrintable(tip));
        // and a click opens the saved result
        QSignalSpy activated(m_page.get(), &CapacityPage::annotationActivated);
        const QPoint at = chart->annotationPoint(0);
        QVERIFY(at.x() > 0);
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QDialog *entry = m_page->findChild<QDialog *>(QStringLiteral("auditEntryDialog"));
        QVERIFY(entry && entry->isVisible());
        entry->close();
    }

    void forecastStatesTimeUntilSaturation()
    {
        makePage(7 * kDay);
        m_page->setPreset(Preset::Infrastructure);
        load();
        QSignalSpy updated(m_page.get(), &CapacityPage::forecastsUpdated);
        m_page->setForecastEnabled(true);
        waitFor(updated);
        const QString text = m_page->saturationText(QStringLiteral("connections"));
        QVERIFY2(text.contains(QLatin1String("max_connections (100)"))
                && text.contains(QLatin1String("Holt-Winters")),
            qPrintable(text));
        QVERIFY2(text.startsWith(QLatin1String("Connections reaches max_connections (100) in ~")),
            qPrintable(text));
        TimeChart *conn = m_page->visibleCharts().at(0);
        QVERIFY(conn->hasForecast());
        Annotation a;
        a.auditId = 7;
        a.atMs = kNow - 2 * kDay;
        a.action = QStringLiteral("cache.purge_pattern");
        a.kind = Annotation::Kind::Purge;
        a.actor = QStringLiteral("oncall");
        Annotation s = a;
        s.auditId = 8;
        s.atMs = kNow - 4 * kDay - 5 * 3600'000;
        s.action = QStringLiteral("ha.switchover");
        s.kind = Annotations::kindOf(s.action);
        Annotation l = a;
        l.auditId = 9;
        l.atMs = kNow - 1 * kDay - 7 * 3600'000;
        l.action = QStringLiteral("loadtest.run");
        l.kind = Annotations::kindOf(l.action);
        m_page->setAnnotations({s, l, a});
        // the band reaches into the future: zoom out to see it
        for (TimeChart *c : m_page->visibleCharts())
            c->setRange(kNow - 5 * kDay, kNow + 3 * kDay);
        conn->setCursorTime(kNow - kDay);
        shot(*m_page, QStringLiteral("capacity-infrastructure-forecast"));
        m_page->setPreset(Preset::Business);
        QSignalSpy updated2(m_page.get(), &CapacityPage::forecastsUpdated);
        waitFor(updated2);
        for (TimeChart *c : m_page->visibleCharts())
            c->setRange(kNow - 2 * kDay, kNow + kDay);
        m_page->visibleCharts().at(0)->setCursorTime(kNow - 20 * 3600'000);
        shot(*m_page, QStringLiteral("capacity-business-forecast"));
        // Off: the bands go
        m_page->setForecastEnabled(false);
        QVERIFY(!conn->hasForecast());
    }

    void failingSourceShowsErrorAndNeverBlocks()
    {
        makePage();
        // Given a source that holds its answers
        m_source->setHeld(true);
        m_page->setSource(m_source.get());
        QCOMPARE(m_page->stateText(), QStringLiteral("Loading…"));
        // the page keeps handling events meanwhile
        bool ticked = false;
        QTimer::singleShot(10, [&] { ticked = true; });
        QTRY_VERIFY_WITH_TIMEOUT(ticked, 30'000);
        QVERIFY(m_source->pendingCount() > 0);
        // and when the answers come late, as errors, the state says so with the source's words
        Error e;
        e.code = Error::Code::ConnectionFailed;
        e.message = QStringLiteral("Prometheus at http://127.0.0.1:9 refused the connection.");
        m_source->setFailure(e);
        QSignalSpy arrived(m_page.get(), &CapacityPage::dataArrived);
        m_source->release();
        waitFor(arrived);
        QVERIFY2(m_page->stateText()
                == QStringLiteral(
                    "Source down: Prometheus at http://127.0.0.1:9 refused the connection."),
            qPrintable(m_page->stateText()));
        // A page that is gone while its queries are held is not called back
        m_source->setFailure(std::nullopt);
        m_page->refresh();
        QVERIFY(m_source->pendingCount() > 0);
        m_page.reset();
        m_source->release();
        QCoreApplication::processEvents();
        // No source at all: says what to configure
        makePage();
        QVERIFY2(m_page->stateText().startsWith(QLatin1String("No data source configured.")),
            qPrintable(m_page->stateText()));
    }

    void exportsPngAndCsv()
    {
        makePage(3600'000);
        load();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(m_page->exportPng(png));
        QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 200);
        const QString csvPath = dir.filePath(QStringLiteral("chart.csv"));
        QFuture<Status> f = m_page->exportCsv(csvPath);
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 30'000);
        QVERIFY(f.result().ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("time,Orders/min (/min),Expected (/min)"));
        QVERIFY(lines.size() >= 60); // an hour of minutes
        QVERIFY(lines.at(1).startsWith("2026-12-04T17:0"));
    }
};

QTEST_MAIN(TestCapacityPage)
#include "tst_capacitypage.moc"
