// The Capacity workspace on a real profile: a profile that names a Prometheus reads its charts
// from it (the sandbox's Prometheus with postgres/redis/node exporters), one without Prometheus
// samples PostgreSQL and Redis directly, and console actions recorded in the real audit log appear
// as markers on the charts. The page is driven the way the main window drives it (setSession,
// setActive); nothing here waits on the GUI thread (guiguard).

#include "capacity/annotations.h"
#include "capacity/capacitypage.h"
#include "capacity/timechart.h"
#include "common/threadguard.h"
#include "pqcheck.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"

#include <QDateTime>
#include <QtTest>
#include <cmath>

using namespace qm;
using qmtest::openSession;
using qmtest::waitUntil;

namespace {

bool hasFiniteValue(const TimeChart *chart)
{
    for (int i = 0; i < chart->seriesCount(); ++i)
        for (double v : chart->data(i).v)
            if (std::isfinite(v))
                return true;
    return false;
}

TimeChart *chartNamed(const CapacityPage &page, const QString &key)
{
    for (TimeChart *c : page.charts(CapacityPage::Preset::Infrastructure))
        if (c->objectName() == key)
            return c;
    return nullptr;
}

} // namespace

class TestCapacitySources : public QObject
{
    Q_OBJECT
    qint64 m_auditId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        qm::enableGuiThreadGuard(true);
        // A console action in the real audit log, before any page loads its markers.
        auto c = qmtest::connectAs(QStringLiteral("oncall"));
        pqxx::work tx(*c);
        m_auditId = tx.exec1("SELECT console.record_audit(gen_random_uuid(), "
                             "'cache.purge_pattern', 'page:capacity-test*', '{}'::jsonb, "
                             "'{\"deleted\": 0}'::jsonb)")[0]
                        .as<long long>();
        tx.commit();
        QVERIFY(m_auditId > 0);
    }
    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }
    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    void prometheusProfileDrawsTheServersAndTheAuditMarkers()
    {
        if (qEnvironmentVariableIntValue("QM_TEST_NO_MONITORING"))
            QSKIP("QM_TEST_NO_MONITORING=1: the sandbox runs without Prometheus");
        auto session = openSession(QStringLiteral("merch"));
        QVERIFY(session);
        QVERIFY2(!session->profile().prometheusUrl.isEmpty(),
            "the sandbox profile names no Prometheus (server/sandbox/monitoring.sh)");
        CapacityPage page;
        page.resize(1280, 800);
        page.setPreset(CapacityPage::Preset::Infrastructure);
        page.setSession(session.get());
        QVERIFY(page.source());
        QVERIFY2(page.source()->describe().contains(QStringLiteral("Prometheus")),
            qPrintable(page.source()->describe()));
        page.show();
        page.setSpan(15 * 60 * 1000);
        page.setActive(true);
        TimeChart *connections = chartNamed(page, QStringLiteral("connections"));
        TimeChart *memory = chartNamed(page, QStringLiteral("redis_memory"));
        QVERIFY(connections && memory);
        QVERIFY2(waitUntil([&] { return hasFiniteValue(connections); }, 90000),
            qPrintable(QStringLiteral("no connections from Prometheus; state: ") + page.stateText()
                + u' ' + page.chartNote(QStringLiteral("connections"))));
        // Redis through redis_exporter (the sandbox's cache stack makes its ACL user).
        if (!qEnvironmentVariableIsSet("QM_TEST_NO_CACHE"))
            QVERIFY2(waitUntil([&] { return hasFiniteValue(memory); }, 60000),
                qPrintable(
                    QStringLiteral("no Redis memory from Prometheus; state: ") + page.stateText()));
        QVERIFY2(!page.stateText().contains(QStringLiteral("down"), Qt::CaseInsensitive),
            qPrintable(page.stateText()));
        // The threshold comes from the server's own limit (max_connections).
        QVERIFY2(waitUntil([&] { return !connections->thresholds().empty(); }, 30000),
            "no max_connections threshold from Prometheus");

        // The audit entry recorded above is a marker on every chart.
        QVERIFY2(waitUntil(
                     [&] {
                         for (const capacity::Annotation &a : connections->annotations())
                             if (a.auditId == m_auditId)
                                 return true;
                         return false;
                     },
                     30000),
            qPrintable(QStringLiteral("audit entry %1 is not a marker").arg(m_auditId)));
    }

    void profileWithoutPrometheusSamplesTheServers()
    {
        // The same servers, with no Prometheus in the profile: the console samples PostgreSQL
        // and Redis itself, and a series only Prometheus has says so on its chart.
        auto session = openSession(
            QStringLiteral("merch"), std::nullopt, [](Profile &p) { p.prometheusUrl.clear(); });
        QVERIFY(session);
        CapacityPage page;
        page.resize(1280, 800);
        page.setPreset(CapacityPage::Preset::Infrastructure);
        page.setSession(session.get());
        QVERIFY(page.source());
        QVERIFY2(!page.source()->describe().contains(QStringLiteral("Prometheus")),
            qPrintable(page.source()->describe()));
        page.show();
        page.setRefreshIntervalMs(1000);
        page.setSpan(15 * 60 * 1000);
        page.setActive(true);
        TimeChart *connections = chartNamed(page, QStringLiteral("connections"));
        QVERIFY(connections);
        QVERIFY2(waitUntil([&] { return hasFiniteValue(connections); }, 60000),
            qPrintable(QStringLiteral("no sampled data; state: ") + page.stateText()));
        QVERIFY2(!page.stateText().contains(QStringLiteral("down"), Qt::CaseInsensitive),
            qPrintable(page.stateText()));
        QVERIFY(waitUntil([&] { return !page.chartNote(QStringLiteral("cpu")).isEmpty(); }, 30000));
        QVERIFY2(page.chartNote(QStringLiteral("cpu")).contains(QStringLiteral("Prometheus")),
            qPrintable(page.chartNote(QStringLiteral("cpu"))));
    }
};

QTEST_MAIN(TestCapacitySources)
#include "tst_capacitysources.moc"
