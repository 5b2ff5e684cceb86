// The Audit workspace (issue 11), offscreen, against the sandbox: entries written through the
// console's audit sink appear newest first; the actor, action, target and time filters narrow
// them; keyset pages load as the table asks for more; the selected entry's plan and outcome are
// pretty-printed; exports to CSV and JSON hold the chain fields of exactly the filter's rows (the
// hashes as the server has them); Verify walks the chain in ranges and says OK, and after a
// superuser edits a row (restored before the test ends, so the sandbox stays intact) names that
// row and selects it. A role that may not read the log gets a sentence, not a failure. Entries
// spooled while the database was down show as a notice with Replay: disabled for merch (told who
// can), and for oncall it writes them into the chain. The GUI thread guard is on throughout; the
// stall meter's figure is printed.
#include "audit/auditexport.h"
#include "audit/auditpage.h"
#include "audit/auditquery.h"
#include "audit/spoolnotice.h"
#include "auditlogmodel.h"
#include "common/stallmeter.h"
#include "common/threadguard.h"
#include "db/pool.h"
#include "guiguard.h"
#include "profiles/credentials.h"
#include "safety/audit.h"
#include "safety/auditspool.h"
#include "session/session.h"
#include "sessionenv.h"
#include "settings/settings.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;

class TestAuditWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<db::Pool> m_owner; // the sandbox's superuser, for checks and the forged edit
    QString m_run; // this run's action prefix: "tstaudit.<8 hex>."
    StallMeter m_meter;

    // Writes one entry the way the console's flows do (DbAuditSink on a worker); its id.
    qint64 record(Session &session, const QString &action, const QString &target)
    {
        safety::AuditEntry e;
        e.action = action;
        e.target = target;
        e.plan = QJsonObject {{QStringLiteral("summary"), QStringLiteral("test plan")},
            {QStringLiteral("steps"), QJsonArray {1, 2}}};
        e.outcome = QJsonObject {{QStringLiteral("ok"), true}};
        auto sink = std::make_shared<safety::DbAuditSink>(session.sharedCluster());
        auto f = QtConcurrent::run([sink, e] { return sink->record(e); });
        if (!qmtest::waitFor(f, 20000) || !f.result().ok())
            return 0;
        return qmtest::testBlocks([&] {
            return qmtest::scalar<qint64>(*m_owner,
                "SELECT id FROM qm.audit_log WHERE request_id = $1::uuid",
                {e.requestId.toString(QUuid::WithoutBraces).toStdString()});
        });
    }

    qint64 ownerCount(const std::string &sql, const std::vector<std::string> &params = {})
    {
        return qmtest::testBlocks([&] { return qmtest::scalar<qint64>(*m_owner, sql, params); });
    }

    bool ownerExec(const std::string &sql, const std::vector<std::string> &params)
    {
        return qmtest::testBlocks([&] {
            auto r = db::waitBlocking(
                m_owner->run<bool>(QStringLiteral("forge"), [sql, params](db::Pool::Connection &c) {
                    pqxx::nontransaction tx(c);
                    // The append-only trigger does not fire for a replication-role session:
                    // what a superuser who wants to rewrite history unseen would do.
                    tx.exec("SET session_replication_role = replica");
                    tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
                    tx.exec("RESET session_replication_role");
                    return true;
                }));
            if (!r.ok())
                qWarning().noquote() << r.error().toString();
            return r.ok();
        });
    }

    static void waitLoaded(AuditPage &page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            !page.model()->isLoading() && page.model()->pagesLoaded() > 0, 20000);
    }

    static QStringList column(AuditLogModel *m, int col)
    {
        QStringList out;
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, col).data().toString();
        return out;
    }

    std::unique_ptr<AuditPage> openPage(Session *session)
    {
        auto page = std::make_unique<AuditPage>();
        page->resize(1200, 800);
        page->show();
        page->setSession(session);
        page->setActive(true);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        QVERIFY(m_dir.isValid());
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_owner = std::make_unique<db::Pool>(qmtest::primaryParams(), 1);
        m_run = QStringLiteral("tstaudit.%1.")
                    .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
        enableGuiThreadGuard(true);
        m_meter.start();
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        qInfo("stall meter: longest GUI-thread stall %lld ms over %lld samples",
            m_meter.maxStallMs(), m_meter.samples());
        Settings::setBackingFile({});
    }

    void rowsAppearAndFiltersNarrow()
    {
        auto session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(session);
        const qint64 a1
            = record(*session, m_run + QStringLiteral("alpha"), QStringLiteral("SKU-A1"));
        const qint64 b2
            = record(*session, m_run + QStringLiteral("alpha"), QStringLiteral("sku-b2"));
        const qint64 a3
            = record(*session, m_run + QStringLiteral("beta"), QStringLiteral("SKU-A3"));
        QVERIFY(a1 > 0 && b2 > a1 && a3 > b2);

        auto page = openPage(session.get());
        waitLoaded(*page);
        // Unfiltered, newest first: the three entries just written are on top.
        QVERIFY(page->model()->rowCount() >= 3);
        QCOMPARE(page->model()->entry(0).id, a3);
        QCOMPARE(page->model()->entry(1).id, b2);
        QCOMPARE(page->model()->entry(2).id, a1);

        // The action prefix of this run: the three, newest first.
        page->actionEdit()->setText(m_run);
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(column(page->model(), AuditLogModel::Id),
            (QStringList {QString::number(a3), QString::number(b2), QString::number(a1)}));
        // A longer prefix: two.
        page->actionEdit()->setText(m_run + QStringLiteral("alpha"));
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(page->model()->rowCount(), 2);
        // Target contains, whatever the case: one.
        page->actionEdit()->setText(m_run);
        page->targetEdit()->setText(QStringLiteral("a3"));
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(column(page->model(), AuditLogModel::Id), QStringList {QString::number(a3)});
        // Actor: oncall wrote them, merch did not.
        page->targetEdit()->clear();
        page->actorEdit()->setText(QStringLiteral("merch"));
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(page->model()->rowCount(), 0);
        page->actorEdit()->setText(QStringLiteral("oncall"));
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(page->model()->rowCount(), 3);
        // Time: from an hour ahead finds nothing; until an hour ahead finds the three.
        page->fromEdit()->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(page->model()->rowCount(), 0);
        page->fromEdit()->setDateTime(page->fromEdit()->minimumDateTime()); // "any time"
        page->toEdit()->setDateTime(QDateTime::currentDateTime().addSecs(3600));
        page->applyFilter();
        waitLoaded(*page);
        QCOMPARE(page->model()->rowCount(), 3);

        // Keyset pages: two rows a page; the table asks for the next page itself (fetchMore)
        // while it has room, and the pages join without a gap or a repeat.
        page->model()->setPageSize(2);
        page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading(), 20000);
        QCOMPARE(page->model()->pagesLoaded(), 2);
        QCOMPARE(column(page->model(), AuditLogModel::Id),
            (QStringList {QString::number(a3), QString::number(b2), QString::number(a1)}));
        QVERIFY(!page->model()->canFetchMore({}));

        // The selected entry's plan and outcome, pretty-printed.
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        const QString plan = page->planView()->toPlainText();
        QVERIFY2(plan.contains(QStringLiteral("\"summary\": \"test plan\"")), qPrintable(plan));
        QVERIFY2(plan.contains(u'\n'), qPrintable(plan));
        QVERIFY2(page->outcomeView()->toPlainText().contains(QStringLiteral("\"ok\": true")),
            qPrintable(page->outcomeView()->toPlainText()));
    }

    void exportsTheChainFields()
    {
        auto session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(session);
        for (int i = 0; i < 5; ++i)
            QVERIFY(record(*session, m_run + QStringLiteral("export"),
                        QStringLiteral("target, \"quoted\" %1").arg(i))
                > 0);
        auto page = openPage(session.get());
        waitLoaded(*page);
        page->actionEdit()->setText(m_run + QStringLiteral("export"));
        page->applyFilter();
        waitLoaded(*page);
        page->setExportPageSize(2); // three pages for five rows: the stream, not one read
        const QStringList columns {QStringLiteral("id"), QStringLiteral("at"),
            QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("target"),
            QStringLiteral("request_id"), QStringLiteral("plan"), QStringLiteral("outcome"),
            QStringLiteral("prev_hash"), QStringLiteral("hash")};

        // CSV
        const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
        QSignalSpy done(page.get(), &AuditPage::exportFinished);
        audit::AuditExport *e = page->exportTo(csvPath, audit::ExportFormat::Csv);
        QVERIFY(e);
        QVERIFY(page->cancelButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("Exported 5 entries")),
            qPrintable(page->statusLabel()->text()));
        const QStringList lines = qmtest::testBlocks([&] {
            QFile f(csvPath);
            f.open(QIODevice::ReadOnly);
            return QString::fromUtf8(f.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        });
        QCOMPARE(lines.size(), 1 + 5);
        QCOMPARE(lines.first(), columns.join(u','));
        QVERIFY2(!QFile::exists(csvPath + QStringLiteral(".part")), "the part file stayed");
        // Each line ends in the row's hash as the server has it.
        const qint64 newest = page->model()->entry(0).id;
        const QString hash = QString::fromStdString(qmtest::testBlocks([&] {
            return qmtest::scalar<std::string>(*m_owner,
                "SELECT encode(hash, 'hex') FROM qm.audit_log WHERE id = $1::bigint",
                {std::to_string(newest)});
        }));
        QCOMPARE(hash.size(), 64);
        QVERIFY2(lines.at(1).startsWith(QString::number(newest) + u','), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(1).endsWith(u',' + hash), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral("\"target, \"\"quoted\"\" 4\"")));

        // JSON
        const QString jsonPath = m_dir.filePath(QStringLiteral("audit.json"));
        QVERIFY(page->exportTo(jsonPath, audit::ExportFormat::Json));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 30000);
        const QByteArray json = qmtest::testBlocks([&] {
            QFile f(jsonPath);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        });
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
        QVERIFY2(doc.isArray(), qPrintable(err.errorString()));
        QCOMPARE(doc.array().size(), 5);
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            for (const QString &c : columns)
                QVERIFY2(o.contains(c), qPrintable(c));
            QCOMPARE(o.value(QStringLiteral("hash")).toString().size(), 64);
            QCOMPARE(o.value(QStringLiteral("prev_hash")).toString().size(), 64);
            QCOMPARE(o.value(QStringLiteral("actor")).toString(), QStringLiteral("oncall"));
            QVERIFY(o.value(QStringLiteral("plan")).isObject());
        }
        QCOMPARE(doc.array().at(0).toObject().value(QStringLiteral("hash")).toString(), hash);
        // Newest first, and each row links to the next older one's hash only where ids follow
        // one another; here the five are consecutive unless another writer got in between.
        QCOMPARE(
            qint64(doc.array().at(0).toObject().value(QStringLiteral("id")).toDouble()), newest);

        // Cancel: an export of everything, one row a page, cancelled at once leaves no file.
        page->actionEdit()->clear();
        page->applyFilter();
        page->setExportPageSize(1);
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled.csv"));
        QVERIFY(page->exportTo(cancelled, audit::ExportFormat::Csv));
        page->cancelButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 30000);
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("cancelled")),
            qPrintable(page->statusLabel()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(cancelled + QStringLiteral(".part")), 10000);
        QVERIFY(!QFile::exists(cancelled));
        QVERIFY(page->verifyButton()->isEnabled());
    }

    void verifyFindsTheFirstBadEntry()
    {
        auto session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(session);
        const qint64 forged
            = record(*session, m_run + QStringLiteral("verify"), QStringLiteral("x"));
        QVERIFY(forged > 0);
        const qint64 total = ownerCount("SELECT count(*) FROM qm.audit_log");
        QVERIFY(total >= 1);
        auto page = openPage(session.get());
        waitLoaded(*page);
        page->setVerifyChunk(int(qMax<qint64>(1, total / 4))); // several ranges
        QSignalSpy done(page.get(), &AuditPage::verifyFinished);
        QSignalSpy *progress = nullptr;

        // An intact chain: OK, every entry checked, in more than one range.
        audit::ChainVerifier *v = page->verifyChain();
        QVERIFY(v);
        progress = new QSignalSpy(v, &audit::ChainVerifier::progress);
        QVERIFY(page->cancelButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60000);
        QVERIFY2(page->verifyLabel()->text().startsWith(QStringLiteral("Chain OK")),
            qPrintable(page->verifyLabel()->text()));
        QVERIFY2(page->verifyLabel()->text().contains(QString::number(total)),
            qPrintable(page->verifyLabel()->text()));
        QVERIFY2(progress->size() >= 2, qPrintable(QString::number(progress->size())));
        delete progress;

        // A superuser rewrites the entry's target: Verify names it and selects it.
        const std::string original = qmtest::testBlocks([&] {
            return qmtest::scalar<std::string>(*m_owner,
                "SELECT target FROM qm.audit_log WHERE id = $1::bigint", {std::to_string(forged)});
        });
        QVERIFY(ownerExec("UPDATE qm.audit_log SET target = 'rewritten' WHERE id = $1::bigint",
            {std::to_string(forged)}));
        auto restore = qScopeGuard([&] {
            ownerExec("UPDATE qm.audit_log SET target = $2 WHERE id = $1::bigint",
                {std::to_string(forged), original});
        });
        QVERIFY(page->verifyChain());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 60000);
        const QString said = page->verifyLabel()->text();
        QVERIFY2(said.contains(QStringLiteral("BROKEN")) && said.contains(QString::number(forged)),
            qPrintable(said));
        QVERIFY(page->table()->currentIndex().isValid());
        QCOMPARE(page->model()->entry(page->table()->currentIndex().row()).id, forged);

        // Put back: intact again (the shared sandbox is left as it was).
        restore.dismiss();
        QVERIFY(ownerExec("UPDATE qm.audit_log SET target = $2 WHERE id = $1::bigint",
            {std::to_string(forged), original}));
        QVERIFY(page->verifyChain());
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 60000);
        QVERIFY2(page->verifyLabel()->text().startsWith(QStringLiteral("Chain OK")),
            qPrintable(page->verifyLabel()->text()));
    }

    void aWaitingSpoolIsShownAndReplayed()
    {
        qputenv("XDG_STATE_HOME", m_dir.filePath(QStringLiteral("xdg")).toUtf8());
        auto session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(session);
        const QString path = safety::SpoolingAuditSink::defaultPath(session->profile());
        // Given: a runbook for a dead primary spooled an intent and its outcome (nothing listens
        // on base + 399).
        db::ClusterConfig cfg = qmtest::clusterConfig(QStringLiteral("oncall"));
        cfg.nodes = {cfg.nodes.first()};
        cfg.nodes.first().port = qEnvironmentVariableIntValue("QM_SANDBOX_PORT_BASE") + 399;
        cfg.nodes.first().connectTimeoutSec = 2;
        auto down = std::make_shared<safety::SpoolingAuditSink>(std::make_shared<db::Cluster>(cfg),
            BackendKind::Reference, path, QStringLiteral("oncall"));
        safety::AuditEntry e;
        e.action = QStringLiteral("runbooks.step");
        e.target = m_run + QStringLiteral("failover");
        e.plan = QJsonObject {{QStringLiteral("run_id"), m_run}};
        e.spoolable = true;
        auto spooled = QtConcurrent::run(
            [down, e] { return down->recordIntent(e).ok() && down->recordOutcome(e).ok(); });
        QVERIFY(qmtest::waitFor(spooled, 30000) && spooled.result());

        // merch sees the notice, without Replay, and who can.
        {
            auto merch = qmtest::openSession(QStringLiteral("merch"));
            QVERIFY(merch);
            auto page = openPage(merch.get());
            QTRY_VERIFY_WITH_TIMEOUT(page->spoolNotice()->isVisible(), 20000);
            QVERIFY2(page->spoolNotice()->label()->text().contains(
                         QStringLiteral("2 audit entries written while the database was down")),
                qPrintable(page->spoolNotice()->label()->text()));
            QVERIFY(page->spoolNotice()->label()->text().contains(QStringLiteral("on-call")));
            QVERIFY(!page->spoolNotice()->replayButton()->isEnabled());
        }
        // oncall replays: the chain has both, the spool is set aside, the notice says so.
        auto page = openPage(session.get());
        QTRY_VERIFY_WITH_TIMEOUT(
            page->spoolNotice()->isVisible() && page->spoolNotice()->replayButton()->isEnabled(),
            20000);
        QSignalSpy done(page->spoolNotice(), &AuditSpoolNotice::replayed);
        QTest::mouseClick(page->spoolNotice()->replayButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
        QVERIFY2(page->spoolNotice()->label()->text().startsWith(
                     QStringLiteral("2 spooled audit entries written")),
            qPrintable(page->spoolNotice()->label()->text()));
        QCOMPARE(ownerCount("SELECT count(*) FROM qm.audit_log WHERE request_id = $1::uuid",
                     {e.requestId.toString(QUuid::WithoutBraces).toStdString()}),
            2);
        QVERIFY(!qmtest::testBlocks([&] { return QFile::exists(path); }));
        qunsetenv("XDG_STATE_HOME");
    }

    void aRoleWithoutTheGrantIsToldSo()
    {
        // The storefront's role reads no console view (0006): the page says so instead of failing.
        Profile p;
        {
            QFile f(qmtest::profilePath());
            QVERIFY(qmtest::testBlocks([&] { return f.open(QIODevice::ReadOnly); }));
            auto r = Profile::fromJsonBytes(qmtest::testBlocks([&] { return f.readAll(); }));
            QVERIFY(r.ok());
            p = r.value();
        }
        p.user = QStringLiteral("storefront");
        p.resolveRedisUser();
        Credentials c;
        c.source = Credentials::Source::Passfile;
        c.passfile = p.passfile;
        Session session(p, c);
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.state() == Session::State::Connected, 40000);
        auto page = openPage(&session);
        QTRY_VERIFY_WITH_TIMEOUT(page->rightsLabel()->isVisible(), 20000);
        QVERIFY2(page->rightsLabel()->text().contains(QStringLiteral("may not read the audit log")),
            qPrintable(page->rightsLabel()->text()));
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY(audit::isPermissionError(page->model()->lastError()));
    }
};

QTEST_MAIN(TestAuditWorkspace)
#include "tst_auditworkspace.moc"
