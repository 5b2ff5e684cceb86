// The Queues workspace, offscreen, against the sandbox: the orders stream's groups with the real
// numbers Redis reports (length, lag, pending, consumers), the dead letters with their payload and
// error, the throughput series, and the actions: off for merch (and saying why), a replay through
// the FlowDialog for on-call. The GUI thread guard is on: the page must never block.
#include "common/threadguard.h"
#include "queues/queuemodel.h"
#include "queues/queuespage.h"
#include "redis/client.h"
#include "safety/flowdialog.h"
#include "session/session.h"
#include "sessionenv.h"
#include "testenv.h"

#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QStandardItemModel>
#include <QtTest>

using namespace qm;
using qm::redis::Reply;

class TestQueuesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<redis::Client> m_redis;

    Reply cmd(QByteArrayList args)
    {
        const auto r = qmtest::run(*m_redis, std::move(args));
        return r ? *r : Reply::error("ERR transport");
    }

    int rowOf(QStandardItemModel *m, const QString &group)
    {
        for (int row = 0; row < m->rowCount(); ++row)
            if (m->item(row, 0)->text() == QString::fromUtf8(queues::kOrdersStream)
                && m->item(row, 1)->text() == group)
                return row;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        m_redis = std::make_unique<redis::Client>(qmtest::redisEndpoint());
        // A known pipeline: 7 orders, group erp read 3 of them (pending, unacknowledged) by
        // consumer gui-worker, group email none; two dead letters.
        cmd({"DEL", queues::kOrdersStream, queues::kDeadStream});
        for (int i = 1; i <= 7; ++i)
            cmd({"XADD", queues::kOrdersStream, "*", "order_id", QByteArray::number(9000 + i),
                "attempt", "1"});
        cmd({"XGROUP", "CREATE", queues::kOrdersStream, "erp", "0"});
        cmd({"XGROUP", "CREATE", queues::kOrdersStream, "email", "0"});
        cmd({"XREADGROUP", "GROUP", "erp", "gui-worker", "COUNT", "3", "STREAMS",
            queues::kOrdersStream, ">"});
        for (int i = 1; i <= 2; ++i)
            cmd({"XADD", queues::kDeadStream, "*", "orig_id", "1-" + QByteArray::number(i), "group",
                "erp", "attempts", "3", "error", "erp said no " + QByteArray::number(i),
                "f.order_id", QByteArray::number(9000 + i), "f.channel", "web"});
        enableGuiThreadGuard(true);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void cleanupTestCase()
    {
        enableGuiThreadGuard(false);
        if (m_redis)
            cmd({"DEL", queues::kOrdersStream, queues::kDeadStream});
    }

    void showsTheStreamsGroupsAndDeadLetters()
    {
        auto session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(session);
        QueuesPage page;
        page.resize(1200, 800);
        page.show();
        page.setSession(session.get());
        page.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(page.snapshots() >= 2, 20000);
        QStandardItemModel *groups = page.groupModel();
        const int erp = rowOf(groups, QStringLiteral("erp"));
        const int email = rowOf(groups, QStringLiteral("email"));
        QVERIFY(erp >= 0 && email >= 0);
        QCOMPARE(groups->item(erp, 2)->text(), QStringLiteral("7")); // length
        QCOMPARE(groups->item(erp, 3)->text(), QStringLiteral("4")); // lag: 7 - 3 read
        QCOMPARE(groups->item(erp, 5)->text(), QStringLiteral("3")); // pending
        QCOMPARE(groups->item(email, 3)->text(), QStringLiteral("7"));
        QCOMPARE(groups->item(email, 5)->text(), QStringLiteral("0"));
        QVERIFY(groups->item(erp, 6)->text() != QStringLiteral("–")); // oldest pending age
        bool consumer = false;
        for (int row = 0; row < page.consumerModel()->rowCount(); ++row)
            consumer = consumer
                || (page.consumerModel()->item(row, 1)->text() == QStringLiteral("gui-worker")
                    && page.consumerModel()->item(row, 2)->text() == QStringLiteral("3"));
        QVERIFY2(consumer, "consumer gui-worker with 3 pending is not shown");
        QCOMPARE(page.deadModel()->rowCount(), 2);
        QCOMPARE(page.deadModel()->item(0, 1)->text(), QStringLiteral("9001"));
        QCOMPARE(page.deadModel()->item(0, 4)->text(), QStringLiteral("erp said no 1"));
        QVERIFY(page.deadModel()->item(0, 5)->text().contains(QStringLiteral("channel=web")));
        // Throughput: a new order shows as a point above zero.
        cmd({"XADD", queues::kOrdersStream, "*", "order_id", "9100"});
        QTRY_VERIFY_WITH_TIMEOUT(page.throughputSeries()->count() >= 1
                && std::any_of(page.throughputSeries()->points().cbegin(),
                    page.throughputSeries()->points().cend(),
                    [](const QPointF &p) { return p.y() > 0; }),
            20000);
        QVERIFY(page.replayButton()->isEnabled());
        // For the closing note: QM_TEST_SCREENSHOTS=DIR keeps a picture of the page.
        if (qEnvironmentVariableIsSet("QM_TEST_SCREENSHOTS"))
            page.grab().save(qEnvironmentVariable("QM_TEST_SCREENSHOTS") + "/queues.png");
    }

    void merchMayLookButNotAct()
    {
        auto session = qmtest::openSession(QStringLiteral("merch"));
        QVERIFY(session);
        QVERIFY(!session->can(QStringLiteral("queues.act")));
        QueuesPage page;
        page.setSession(session.get());
        page.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(page.snapshots() >= 1, 20000); // merch's ACL may read
        QCOMPARE(page.deadModel()->rowCount(), 2);
        for (QPushButton *b : {page.replayButton(), page.claimButton(), page.trimButton()}) {
            QVERIFY2(!b->isEnabled(), qPrintable(b->text()));
            QVERIFY2(b->toolTip().contains(QStringLiteral("queues.act")), qPrintable(b->toolTip()));
        }
        QVERIFY(!page.openReplay());
    }

    void replayThroughTheFlowDialog()
    {
        auto session = qmtest::openSession(QStringLiteral("oncall"));
        QVERIFY(session);
        QueuesPage page;
        page.setSession(session.get());
        page.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(page.snapshots() >= 1, 20000);
        FlowDialog *dialog = page.openReplay();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->flow()->stage() == safety::Flow::Stage::AwaitingConfirmation, 20000);
        QCOMPARE(dialog->flow()->report().plan->count, 2);
        QVERIFY(dialog->flow()->confirm(true, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->flow()->stage() == safety::Flow::Stage::Finished, 30000);
        QVERIFY(dialog->flow()->report().outcome);
        QCOMPARE(dialog->flow()->report().outcome->done, 2);
        QTRY_COMPARE_WITH_TIMEOUT(page.deadModel()->rowCount(), 0, 20000);
    }
};

QTEST_MAIN(TestQueuesPage)
#include "tst_queuespage.moc"
