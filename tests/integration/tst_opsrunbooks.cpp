// Built-in runbooks 4 (maintenance window) and 5 (payment provider failover) against the sandbox,
// with a running storefront simulator (qm-storefront) and the sandbox's Varnish + page origin:
//   - maintenance on: the simulator places no orders (it counts "refused: maintenance") and
//     Varnish serves the maintenance page (503, Retry-After); off: orders resume, pages are back;
//   - a scheduled end switches maintenance off by itself (no one calls off);
//   - a provider made to fail (qm.payment_faults) trips its circuit breaker by itself, and the
//     console's reader (core/payments) and `qmctl payments status --json` show "open";
//   - the payment-failover runbook routes to the secondary: paid orders come back; and back;
//   - a merchandiser is refused by the server (the step's action called past its precheck).
#include "db/blocking.h"
#include "db/cluster.h"
#include "payments/paymentstatus.h"
#include "pqcheck.h"
#include "profiles/credentials.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "safety/audit.h"
#include "testenv.h"
#include "tst_orderfeed_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm::runbooks;

namespace {

QString ownerScalar(const std::string &sql, const std::vector<std::string> &params = {})
{
    auto c = qmtest::connectAs(QString());
    pqxx::work tx(*c);
    const pqxx::result r = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
    tx.commit();
    return r.empty() || r[0][0].is_null() ? QString()
                                          : QString::fromStdString(r[0][0].as<std::string>());
}

struct Page
{
    int status = 0;
    QByteArray maintenance; // X-QM-Maintenance
    QByteArray retryAfter;
};

Page get(const QUrl &base, const QByteArray &path)
{
    Page p;
    QTcpSocket s;
    s.connectToHost(base.host(), quint16(base.port(80)));
    if (!s.waitForConnected(3000))
        return p;
    s.write("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    QByteArray in;
    while (s.waitForReadyRead(3000))
        in += s.readAll();
    in += s.readAll();
    const QList<QByteArray> lines = in.left(in.indexOf("\r\n\r\n")).split('\n');
    p.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray &l : lines) {
        const QByteArray name = l.left(l.indexOf(':')).trimmed().toLower();
        const QByteArray value = l.mid(l.indexOf(':') + 1).trimmed();
        if (name == "x-qm-maintenance")
            p.maintenance = value;
        else if (name == "retry-after")
            p.retryAfter = value;
    }
    return p;
}

// What one simulator last reported (its own heartbeat row).
struct Beat
{
    bool found = false;
    bool maintenance = false;
    qint64 orders = 0;
    qint64 paid = 0;
    qint64 refused = 0;
    qint64 noProvider = 0;
    QString route;
};

} // namespace

class OpsRunbooksTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<qm::db::Cluster> m_oncall;
    std::shared_ptr<qm::db::Cluster> m_merch;
    qm::Profile m_profile;
    QProcess m_sim;
    QString m_reporter;

    std::shared_ptr<qm::db::Cluster> startCluster(const QString &user)
    {
        qm::db::ClusterConfig cfg = qmtest::clusterConfig(user);
        cfg.workersPerNode = 1;
        auto c = std::make_shared<qm::db::Cluster>(cfg);
        const qm::Status s = qm::db::waitBlocking(c->start(), "start");
        if (!s)
            qWarning() << s.error().toString();
        return s ? c : nullptr;
    }

    EngineConfig config(const QString &user, std::shared_ptr<qm::db::Cluster> cluster)
    {
        EngineConfig c;
        c.cluster = cluster;
        c.profile = m_profile;
        c.profile.user = user;
        c.profile.resolveRedisUser();
        c.redisPassword = qm::redisPassfilePassword(c.profile);
        c.audit = std::make_shared<qm::safety::DbAuditSink>(cluster);
        c.journalDir = m_tmp.filePath(QStringLiteral("journal"));
        c.trustedKeysDir = m_tmp.filePath(QStringLiteral("trusted"));
        c.confirm = [](const RunPlan &, const qm::safety::ConfirmRequirement &) { return true; };
        return c;
    }

    static Runbook builtin(const QString &name)
    {
        const ParseResult r = parseRunbookFile(
            QStringLiteral(":/runbooks/%1.yaml").arg(name), StepRegistry::withBuiltins());
        if (!r.ok())
            qWarning().noquote() << r.errorText();
        return r.runbook.value_or(Runbook {});
    }

    QUrl varnish() const { return QUrl(m_profile.varnishUrls.value(0)); }

    static void resetState()
    {
        ownerScalar("UPDATE qm.settings SET maintenance = false, maintenance_until = NULL");
        ownerScalar("UPDATE qm.payment_route SET route = 'primary', changed_at = now()");
        ownerScalar("UPDATE qm.payment_faults SET fail_rate = NULL, latency_ms = NULL");
    }

    bool startSimulator()
    {
        m_sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sim.start(orderstest::storefrontBinary(),
            {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--quiet"),
                QStringLiteral("--rate"), QStringLiteral("25"), QStringLiteral("--workers"),
                QStringLiteral("3"), QStringLiteral("--abandon"), QStringLiteral("0"),
                QStringLiteral("--pay-fail"), QStringLiteral("0"), QStringLiteral("--ops-poll"),
                QStringLiteral("0.3"), QStringLiteral("--breaker-cooldown"), QStringLiteral("3"),
                QStringLiteral("--provider-latency"), QStringLiteral("primary=1ms,secondary=1ms")});
        if (!m_sim.waitForStarted(5000))
            return false;
        m_reporter = QStringLiteral("qm-storefront-%1@").arg(m_sim.processId());
        // Taking orders and reporting.
        return waitBeat([](const Beat &b) { return b.orders >= 5; }, 60000);
    }

    Beat beat() const
    {
        Beat b;
        auto c = qmtest::connectAs(QString());
        pqxx::nontransaction tx(*c);
        const pqxx::result r = tx.exec_params(
            "SELECT maintenance, orders, paid, refused_maintenance, unpaid_no_provider, route "
            "FROM qm.storefront_heartbeat WHERE reporter LIKE $1 || '%'",
            m_reporter.toStdString());
        if (r.empty())
            return b;
        b.found = true;
        b.maintenance = r[0][0].as<bool>();
        b.orders = r[0][1].as<qint64>();
        b.paid = r[0][2].as<qint64>();
        b.refused = r[0][3].as<qint64>();
        b.noProvider = r[0][4].as<qint64>();
        b.route = QString::fromStdString(r[0][5].as<std::string>());
        return b;
    }

    template <typename Pred> bool waitBeat(Pred pred, int ms) const
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            const Beat b = beat();
            if (b.found && pred(b))
                return true;
            QThread::msleep(200);
        }
        return false;
    }

    qm::payments::PaymentStatus payments() const
    {
        auto r = qm::db::waitBlocking(
            qm::payments::readPaymentStatus(*m_oncall, qm::backendOf(m_profile)), "payments");
        return r ? r.value() : qm::payments::PaymentStatus {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_tmp.isValid());
        QDir().mkpath(m_tmp.filePath(QStringLiteral("trusted")));
        QFile pf(qmtest::profilePath());
        QVERIFY(pf.open(QIODevice::ReadOnly));
        const auto prof = qm::Profile::fromJsonBytes(pf.readAll());
        QVERIFY(prof.ok());
        m_profile = prof.value();
        QVERIFY2(!m_profile.varnishUrls.isEmpty(), "the sandbox runs no Varnish");
        QCOMPARE(ownerScalar("SELECT to_regclass('qm.payment_breakers')::text"),
            QStringLiteral("qm.payment_breakers"));
        m_oncall = startCluster(QStringLiteral("oncall"));
        m_merch = startCluster(QStringLiteral("merch"));
        QVERIFY(m_oncall && m_merch);
        resetState();
        QVERIFY2(startSimulator(), "the simulator took no orders");
    }

    void cleanupTestCase()
    {
        if (m_sim.state() != QProcess::NotRunning) {
            m_sim.terminate();
            if (!m_sim.waitForFinished(15000))
                m_sim.kill();
        }
        resetState();
    }

    void maintenanceWindowRunbook()
    {
        QVERIFY(get(varnish(), "/p/1").status == 200);
        Beat during1, during2;
        Page page, origin;
        bool asked = false;
        EngineConfig cfg = config(QStringLiteral("oncall"), m_oncall);
        cfg.ask = [&](const QString &, const QString &stepId) -> qm::Result<QString> {
            if (stepId == QLatin1String("do-the-work")) {
                // Maintenance is on and verified: the store is closed where customers look.
                asked = true;
                during1 = beat();
                QThread::msleep(2000);
                during2 = beat();
                page = get(varnish(), "/p/2");
                origin = get(varnish(), "/c/3");
            }
            return QStringLiteral("yes");
        };
        Engine engine(cfg);
        const Runbook rb = builtin(QStringLiteral("maintenance-window"));
        QVERIFY(!rb.steps.isEmpty());
        const RunReport report = engine.run(rb,
            QJsonObject {{QStringLiteral("reason"), QStringLiteral("tst_opsrunbooks")},
                {QStringLiteral("minutes"), 10}});
        QVERIFY2(report.ok(), qPrintable(QJsonDocument(report.toJson()).toJson()));
        QVERIFY(asked);
        QVERIFY(during1.maintenance);
        QCOMPARE(during2.orders, during1.orders); // no order placed while on
        QVERIFY2(during2.refused > during1.refused, "the simulator did not count refusals");
        QCOMPARE(page.status, 503);
        QCOMPARE(page.maintenance, QByteArray("on"));
        QVERIFY(page.retryAfter.toInt() > 0 && page.retryAfter.toInt() <= 600);
        QCOMPARE(origin.status, 503);
        // Off: orders resume and pages are served again.
        const qint64 after = beat().orders;
        QVERIFY2(
            waitBeat([&](const Beat &b) { return !b.maintenance && b.orders > after + 3; }, 30000),
            "orders did not resume after maintenance off");
        int offStatus = 0;
        QVERIFY2(orderstest::waitUntil(
                     [&] {
                         offStatus = get(varnish(), "/p/2").status;
                         return offStatus == 200;
                     },
                     10000),
            qPrintable(
                QStringLiteral("Varnish still answers %1 after maintenance off").arg(offStatus)));
    }

    void scheduledEndSwitchesOffByItself()
    {
        // On for 6 s through the step type (verified), then nobody switches it off.
        const QByteArray yaml = "name: short-window\ntitle: Short window\nsteps:\n"
                                "  - id: on\n    type: maintenance.on\n    title: On for 6 s\n"
                                "    action: {reason: short, until: 6s}\n"
                                "    verify: {deadline: 5s, interval: 300ms}\n";
        const QString path = m_tmp.filePath(QStringLiteral("short.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const ParseResult parsed = parseRunbookFile(path, StepRegistry::withBuiltins());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        Engine engine(config(QStringLiteral("oncall"), m_oncall));
        const RunReport report = engine.run(*parsed.runbook, {});
        QVERIFY2(report.ok(), qPrintable(QJsonDocument(report.toJson()).toJson()));
        const qint64 closed = beat().orders;
        QVERIFY2(
            waitBeat([&](const Beat &b) { return !b.maintenance && b.orders > closed + 3; }, 30000),
            "the scheduled end did not reopen the store");
        QCOMPARE(ownerScalar("SELECT m.on::text || '/' || m.expired::text FROM "
                             "console.maintenance m"),
            QStringLiteral("false/true"));
        // Varnish learns it from its probe of the page origin, which polls the database twice a
        // second, and the probe runs every 500 ms: a few seconds at most, never a manual step.
        int status = 0;
        QVERIFY2(orderstest::waitUntil(
                     [&] {
                         status = get(varnish(), "/p/4").status;
                         return status == 200;
                     },
                     10000),
            qPrintable(
                QStringLiteral("Varnish still answers %1 after the scheduled end").arg(status)));
    }

    void failingProviderTripsBreaker()
    {
        ownerScalar("UPDATE qm.payment_faults SET fail_rate = 1 WHERE provider = 'primary'");
        QDeadlineTimer deadline(30000);
        qm::payments::PaymentStatus s;
        while (!deadline.hasExpired()) {
            s = payments();
            const auto *b = s.breaker(QStringLiteral("primary"));
            if (b && b->state == QLatin1String("open") && b->reporter.startsWith(m_reporter))
                break;
            QThread::msleep(200);
        }
        const auto *primary = s.breaker(QStringLiteral("primary"));
        QVERIFY2(primary, "no breaker reported");
        QCOMPARE(primary->state, QStringLiteral("open"));
        QVERIFY(primary->trips >= 1);
        QVERIFY(primary->lastTripAt.isValid());
        // qmctl shows the same.
        QProcess qmctl;
        qmctl.start(QStringLiteral(QM_QMCTL),
            {QStringLiteral("--profile"), qmtest::profilePath(), QStringLiteral("--user"),
                QStringLiteral("oncall"), QStringLiteral("payments"), QStringLiteral("status"),
                QStringLiteral("--json")});
        QVERIFY(qmctl.waitForFinished(30000));
        const QJsonObject o = QJsonDocument::fromJson(qmctl.readAllStandardOutput()).object();
        QString shown;
        for (const QJsonValue &b : o.value(QStringLiteral("breakers")).toArray())
            if (b[QStringLiteral("provider")] == QStringLiteral("primary"))
                shown = b[QStringLiteral("state")].toString();
        QVERIFY2(shown == QLatin1String("open") || shown == QLatin1String("half_open"),
            qPrintable(QJsonDocument(o).toJson()));
        // With the route on the primary, charges now fail fast: paid orders stop.
        const Beat before = beat();
        QVERIFY(
            waitBeat([&](const Beat &b) { return b.noProvider > before.noProvider + 3; }, 20000));
    }

    void paymentFailoverRunbook()
    {
        const Beat before = beat();
        Beat atSecondary;
        qm::payments::PaymentStatus whileSecondary;
        EngineConfig cfg = config(QStringLiteral("oncall"), m_oncall);
        cfg.ask = [&](const QString &, const QString &stepId) -> qm::Result<QString> {
            if (stepId == QLatin1String("primary-recovered")) {
                waitBeat([&](const Beat &b) { return b.paid > before.paid + 5; }, 20000);
                atSecondary = beat();
                whileSecondary = payments();
                // The primary provider recovers.
                ownerScalar("UPDATE qm.payment_faults SET fail_rate = NULL");
            }
            return QStringLiteral("yes");
        };
        Engine engine(cfg);
        const RunReport report = engine.run(builtin(QStringLiteral("payment-failover")), {});
        QVERIFY2(report.ok(), qPrintable(QJsonDocument(report.toJson()).toJson()));
        QCOMPARE(atSecondary.route, QStringLiteral("secondary"));
        QVERIFY2(atSecondary.paid > before.paid + 5, "no paid orders through the secondary");
        const auto *secondary = whileSecondary.breaker(QStringLiteral("secondary"));
        QVERIFY(secondary && secondary->chargesOk > 0);
        // Back on the primary (recovered): paid orders go on.
        QCOMPARE(payments().route, QStringLiteral("primary"));
        const Beat back = beat();
        QVERIFY2(
            waitBeat([&](const Beat &b) { return b.route == "primary" && b.paid > back.paid + 5; },
                30000),
            "no paid orders after routing back to the recovered primary");
    }

    void merchandiserIsRefusedByTheServer()
    {
        const QString routeBefore = ownerScalar("SELECT route FROM qm.payment_route");
        const QString maintenanceBefore
            = ownerScalar("SELECT coalesce(changed_at::text, '') FROM qm.settings");
        StepContext ctx;
        ctx.cluster = m_merch;
        ctx.profile = m_profile;
        ctx.profile.user = QStringLiteral("merch");
        ctx.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ctx.stepId = QStringLiteral("x");
        const StepRegistry registry = StepRegistry::withBuiltins();
        Fields on;
        on.values = QJsonObject {{QStringLiteral("reason"), QStringLiteral("merch")}};
        // The precheck refuses...
        const auto pre = registry.find(QStringLiteral("maintenance.on"))->precheck(on, ctx);
        QVERIFY(pre.ok() && !pre->ok);
        // ...and past it, the server does.
        const StepOutcome o
            = registry.find(QStringLiteral("maintenance.on"))->execute(on, StepPlan {}, ctx);
        QVERIFY(!o.ok);
        QVERIFY2(
            o.error && o.error->code == qm::Error::Code::PermissionDenied, qPrintable(o.summary));
        Fields route;
        route.values = QJsonObject {{QStringLiteral("to"), QStringLiteral("secondary")}};
        const StepOutcome r
            = registry.find(QStringLiteral("payments.route"))->execute(route, StepPlan {}, ctx);
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error && r.error->code == qm::Error::Code::PermissionDenied, qPrintable(r.summary));
        QCOMPARE(
            ownerScalar("SELECT m.on::text FROM console.maintenance m"), QStringLiteral("false"));
        QCOMPARE(ownerScalar("SELECT coalesce(changed_at::text, '') FROM qm.settings"),
            maintenanceBefore);
        QCOMPARE(ownerScalar("SELECT route FROM qm.payment_route"), routeBefore);
    }
};

QTEST_GUILESS_MAIN(OpsRunbooksTest)
#include "tst_opsrunbooks.moc"
