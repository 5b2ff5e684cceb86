// The Cache workspace, offscreen, against the sandbox: the namespace tree grows while SCAN runs
// (model checked by QAbstractItemModelTester), a key's preview, per-node stats and charts, and a
// purge through the FlowDialog with the friction of development and production profiles. The
// GUI thread guard is on: no blocking Redis call may run on it.
#include "cache/cachepage.h"
#include "cache/redispurge.h"
#include "cache/redissync.h"
#include "cache/statscharts.h"
#include "cachekeylistmodel.h"
#include "cachekeytreemodel.h"
#include "cachestatsmodel.h"
#include "common/stallmeter.h"
#include "common/threadguard.h"
#include "profiles/credentials.h"
#include "safety/confirmpanel.h"
#include "safety/elevation.h"
#include "safety/flowdialog.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using qm::CachePage;
using qm::FlowDialog;
using qm::PurgeInputDialog;

namespace {

qint64 count(qm::redis::Client &c, const QByteArray &match)
{
    qint64 n = 0;
    QByteArray cursor = "0";
    do {
        auto r = qm::cache::callSync(c, {"SCAN", cursor, "MATCH", match, "COUNT", "5000"});
        if (!r || !r->isArray())
            return -1;
        cursor = r->elements[0].str;
        n += r->elements[1].elements.size();
    } while (cursor != "0");
    return n;
}

} // namespace

class TestCachePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void browseWhileScanning();
    void statsAndCharts();
    void purgeThroughTheFlowDialog();
    void productionAsksToTypeThePattern();
    void purgeIsOffForARoleWithoutTheRight();
    void purgeKeepsTheChosenLatencyBudget();
    void sentinelProfileSharesTheSessionsConnection();

private:
    void fill();
    std::unique_ptr<qm::redis::Client> m_redis;
    qm::StallMeter m_stall;
};

void TestCachePage::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    m_redis = std::make_unique<qm::redis::Client>(qmtest::redisEndpoint());
    fill();
    // The test's own blocking helpers run before the guard goes on; the page must never block.
    qm::enableGuiThreadGuard(true);
    m_stall.start();
}

void TestCachePage::cleanupTestCase()
{
    qm::enableGuiThreadGuard(false);
    if (m_redis) {
        QByteArray cursor = "0";
        do {
            auto r = qm::cache::callSync(
                *m_redis, {"SCAN", cursor, "MATCH", "qmtest:gui:*", "COUNT", "5000"});
            if (!r || !r->isArray())
                break;
            cursor = r->elements[0].str;
            QByteArrayList keys = r->elements[1].toByteArrayList();
            if (!keys.isEmpty()) {
                keys.prepend("UNLINK");
                qm::cache::callSync(*m_redis, keys);
            }
        } while (cursor != "0");
    }
    qInfo() << "GUI thread: longest stall" << m_stall.maxStallMs()
            << "ms; over 50 ms:" << m_stall.stallsOver(50)
            << "; guard violations:" << qm::guiThreadViolations();
}

void TestCachePage::fill()
{
    for (int batch = 0; batch < 10; ++batch) {
        QByteArrayList mset {"MSET"};
        for (int i = batch * 5000; i < (batch + 1) * 5000; ++i)
            mset << "qmtest:gui:bulk:" + QByteArray::number(i) << "v";
        QVERIFY(qm::cache::callSync(*m_redis, mset));
    }
    QVERIFY(qm::cache::callSync(
        *m_redis, {"HSET", "qmtest:gui:product:7", "name", "Boots", "price", "42.50"}));
    QVERIFY(qm::cache::callSync(*m_redis, {"SET", "qmtest:gui:page:1", "<html>", "EX", "600"}));
}

void TestCachePage::browseWhileScanning()
{
    auto session
        = qmtest::openSession(QStringLiteral("oncall"), qm::Profile::Environment::Development);
    QVERIFY(session);
    CachePage page;
    page.resize(1200, 800);
    page.show();
    QAbstractItemModelTester tester(
        page.treeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.setSession(session.get());
    page.setActive(true);
    QSignalSpy finished(&page, &CachePage::scanFinished);
    page.findChild<QLineEdit *>()->setText(QStringLiteral("qmtest:gui:*"));
    page.startScan();
    // Expand the first namespace as soon as it shows: it must stay expanded while rows grow.
    QTRY_VERIFY_WITH_TIMEOUT(page.treeModel()->rowCount() > 0, 20000);
    const QModelIndex top = page.treeModel()->index(0, 0);
    page.treeView()->expand(top);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000); // may have come while expanding
    QVERIFY(page.treeView()->isExpanded(page.treeModel()->indexForPrefix("qmtest:")));
    const QModelIndex gui = page.treeModel()->indexForPrefix("qmtest:gui:");
    QVERIFY(gui.isValid());
    QVERIFY(gui.data(qm::CacheKeyTreeModel::KeyCountRole).toLongLong() >= 50002);
    const QModelIndex bulk = page.treeModel()->indexForPrefix("qmtest:gui:bulk:");
    QVERIFY(bulk.isValid());
    QVERIFY(bulk.data(qm::CacheKeyTreeModel::KeyCountRole).toLongLong() >= 50000);
    QVERIFY(page.scanStatus()->text().contains(QStringLiteral("keys")));

    // A namespace's keys, with type/TTL/memory, then a value preview.
    const QModelIndex product = page.treeModel()->indexForPrefix("qmtest:gui:product:");
    QVERIFY(product.isValid());
    page.treeView()->setCurrentIndex(product);
    QTRY_COMPARE_WITH_TIMEOUT(page.keyModel()->rowCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        page.keyModel()->index(0, qm::CacheKeyListModel::TypeColumn).data().toString(),
        QStringLiteral("hash"), 10000);
    QSignalSpy preview(&page, &CachePage::previewShown);
    page.keyView()->setCurrentIndex(page.keyModel()->index(0, 0));
    QVERIFY(preview.wait(10000));
    QVERIFY2(page.preview()->toPlainText().contains(QStringLiteral("price = 42.50")),
        qPrintable(page.preview()->toPlainText()));
    QCOMPARE(qm::guiThreadViolations(), 0);
}

void TestCachePage::statsAndCharts()
{
    auto session
        = qmtest::openSession(QStringLiteral("oncall"), qm::Profile::Environment::Development);
    QVERIFY(session);
    CachePage page;
    page.setSession(session.get());
    page.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(page.statsModel()->rowCount() >= 1, 20000);
    const auto stats = page.statsModel()->stats();
    QVERIFY(std::any_of(stats.begin(), stats.end(), [](const qm::cache::NodeStats &s) {
        return s.up && s.role == QStringLiteral("master") && s.keys >= 50000;
    }));
    QTRY_VERIFY_WITH_TIMEOUT(page.charts()->pointCount(stats.first().node) >= 1, 10000);
    page.setActive(false);
    QCOMPARE(qm::guiThreadViolations(), 0);
}

void TestCachePage::purgeThroughTheFlowDialog()
{
    auto session
        = qmtest::openSession(QStringLiteral("oncall"), qm::Profile::Environment::Development);
    QVERIFY(session);
    CachePage page;
    page.setSession(session.get());
    FlowDialog *dialog
        = page.openPurge(PurgeInputDialog::Kind::RedisPattern, QStringLiteral("qmtest:gui:bulk:*"));
    QVERIFY(dialog);
    QPointer<FlowDialog> guard(dialog);
    QSignalSpy planned(dialog->flow(), &qm::safety::Flow::planned);
    QVERIFY(planned.wait(60000));
    const auto plan = dialog->flow()->report().plan;
    QCOMPARE(plan->count, 50000);
    // Development, 50,000 keys: high impact -> an acknowledgement, not a plain click.
    QVERIFY(!dialog->goButton()->isEnabled());
    dialog->confirmPanel()->acknowledgeBox()->setChecked(true);
    QVERIFY(dialog->goButton()->isEnabled());
    QSignalSpy done(dialog, &FlowDialog::flowFinished);
    QTest::mouseClick(dialog->goButton(), Qt::LeftButton);
    QVERIFY(done.wait(120000));
    const auto &r = dialog->flow()->report();
    QVERIFY(r.outcome && !r.outcome->error);
    QCOMPARE(r.outcome->done, 50000);
    QVERIFY(r.verification && r.verification->ok);
    QVERIFY2(!r.auditError, qPrintable(r.auditError ? r.auditError->toString() : QString()));
    QVERIFY(dialog->resultText().contains(QStringLiteral("audit log")));
    dialog->close();
    QCOMPARE(qm::guiThreadViolations(), 0);
    qm::enableGuiThreadGuard(false);
    QCOMPARE(count(*m_redis, "qmtest:gui:bulk:*"), 0);
    QCOMPARE(count(*m_redis, "qmtest:gui:product:*"), 1);
    qm::enableGuiThreadGuard(true);
}

void TestCachePage::productionAsksToTypeThePattern()
{
    auto session
        = qmtest::openSession(QStringLiteral("oncall"), qm::Profile::Environment::Production);
    QVERIFY(session);
    // Production is read-only until elevated (tst_elevationgate tests that part).
    QVERIFY(session->elevation()->elevate(QStringLiteral("test: the typed confirmation"), 5));
    CachePage page;
    page.setSession(session.get());
    FlowDialog *dialog
        = page.openPurge(PurgeInputDialog::Kind::RedisPattern, QStringLiteral("qmtest:gui:page:*"));
    QSignalSpy planned(dialog->flow(), &qm::safety::Flow::planned);
    QVERIFY(planned.wait(30000));
    QCOMPARE(dialog->flow()->requirement().friction, qm::safety::Friction::TypeTarget);
    QLineEdit *type = dialog->confirmPanel()->typeField();
    QVERIFY(type->isVisibleTo(dialog));
    QVERIFY(!dialog->goButton()->isEnabled());
    QTest::keyClicks(type, QStringLiteral("qmtest:gui:page:"));
    QVERIFY(!dialog->goButton()->isEnabled());
    QTest::keyClicks(type, QStringLiteral("*"));
    QVERIFY(dialog->goButton()->isEnabled());
    // A protected namespace is refused outright, whatever is typed.
    FlowDialog *refused
        = page.openPurge(PurgeInputDialog::Kind::RedisPattern, QStringLiteral("session:*"));
    QSignalSpy refusedPlan(refused->flow(), &qm::safety::Flow::planned);
    QVERIFY(refusedPlan.wait(30000));
    QTest::keyClicks(refused->confirmPanel()->typeField(), QStringLiteral("session:*"));
    QVERIFY(!refused->goButton()->isEnabled());
    QVERIFY(!refused->flow()->confirm(true, QStringLiteral("session:*")));
    refused->close();
    dialog->close();
    QCOMPARE(qm::guiThreadViolations(), 0);
}

void TestCachePage::purgeIsOffForARoleWithoutTheRight()
{
    auto session
        = qmtest::openSession(QStringLiteral("merch"), qm::Profile::Environment::Development);
    QVERIFY(session);
    QVERIFY(!session->can(QStringLiteral("cache.purge")));
    CachePage page;
    page.setSession(session.get());
    QVERIFY(page.purgeButton());
    QVERIFY2(!page.purgeButton()->isEnabled(), "merch sees an enabled Purge button");
    QVERIFY2(page.purgeButton()->toolTip().contains(QStringLiteral("cache.purge")),
        qPrintable(page.purgeButton()->toolTip()));
    QVERIFY(!page.canPurge());
    QVERIFY(!page.openPurge(PurgeInputDialog::Kind::RedisPattern, QStringLiteral("qmtest:gui:*")));
    // oncall has the right: the button is on.
    auto oncall
        = qmtest::openSession(QStringLiteral("oncall"), qm::Profile::Environment::Development);
    QVERIFY(oncall);
    page.setSession(oncall.get());
    QVERIFY(page.purgeButton()->isEnabled());
    page.setSession(nullptr);
    QCOMPARE(qm::guiThreadViolations(), 0);
}

void TestCachePage::purgeKeepsTheChosenLatencyBudget()
{
    auto session
        = qmtest::openSession(QStringLiteral("oncall"), qm::Profile::Environment::Development);
    QVERIFY(session);
    CachePage page;
    page.setSession(session.get());
    PurgeInputDialog input(false, &page);
    QVERIFY(input.budgetBox());
    input.budgetBox()->setValue(7.5);
    page.setLatencyBudgetMs(input.latencyBudgetMs());
    auto action
        = page.makeAction(PurgeInputDialog::Kind::RedisPattern, QStringLiteral("x*"), false);
    auto *redis = dynamic_cast<qm::cache::RedisPurgeAction *>(action.get());
    QVERIFY(redis);
    QCOMPARE(redis->policy().latencyBudgetMs, 7.5);
}

void TestCachePage::sentinelProfileSharesTheSessionsConnection()
{
    QFile f(qmtest::sandboxDir() + QStringLiteral("/profile-sentinel.json"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("the sandbox has no Sentinel (QM_SANDBOX_CACHE=0)");
    auto profile = qm::Profile::fromJsonBytes(f.readAll());
    QVERIFY(profile);
    qm::Profile p = profile.value();
    p.user = QStringLiteral("oncall");
    p.resolveRedisUser();
    qm::Credentials c;
    c.source = qm::Credentials::Source::Passfile;
    c.passfile = p.passfile;
    c.redisPassword = qm::redisPassfilePassword(p);
    qm::Session session(p, c);
    session.open();
    QVERIFY(session.cacheConnection());
    CachePage page;
    page.setSession(&session);
    QCOMPARE(page.connection(), session.cacheConnection()); // one connection, not two
    page.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(page.statsModel()->rowCount() >= 1, 20000);
    page.setSession(nullptr);
    QVERIFY(session.cacheConnection()); // the page let go of it without deleting it
}

QTEST_MAIN(TestCachePage)
#include "tst_cachepage.moc"
