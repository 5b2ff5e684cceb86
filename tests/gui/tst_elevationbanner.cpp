// The safety profile as a person sees it on a production session (as the store manager): the
// banner says READ-ONLY and offers Elevate…; the dialog wants a reason of some length; once the
// audit log took it the banner counts down and the Stock workspace's Adjust button is enabled;
// when the (injected) clock passes the end, or End elevation is pressed, it is read-only again.
#include "common/threadguard.h"
#include "db/blocking.h"
#include "environmentbanner.h"
#include "guiguard.h"
#include "safety/elevation.h"
#include "safety/elevationdialog.h"
#include "session/session.h"
#include "sessionenv.h"
#include "sqlcheck.h"
#include "testenv.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace qm;

class TestElevationBanner : public QObject
{
    Q_OBJECT
    QDateTime m_now = QDateTime::currentDateTimeUtc();

    static ElevationDialog *openDialog()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<ElevationDialog *>(w); d && d->isVisible())
                return d;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        enableGuiThreadGuard(true);
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void productionIsReadOnlyUntilElevated()
    {
        auto session = qmtest::testBlocks([] {
            return qmtest::openSession(QStringLiteral("manager"), Profile::Environment::Production);
        });
        QVERIFY(session);
        session->elevation()->setClock([this] { return m_now; });
        EnvironmentBanner banner;
        banner.setProfile(session->profile());
        banner.setSession(session.get());
        banner.show();
        QCOMPARE(banner.elevationText(), QStringLiteral("READ-ONLY"));
        QVERIFY(banner.elevateButton()->isVisibleTo(&banner));
        QVERIFY(!banner.endElevationButton()->isVisibleTo(&banner));
        QVERIFY(!banner.elevateButton()->accessibleName().isEmpty());

        QTest::mouseClick(banner.elevateButton(), Qt::LeftButton);
        ElevationDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->minutesField()->value(), safety::Elevation::defaultMinutes());
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("short"));
        QVERIFY2(!dialog->elevateButton()->isEnabled(), "a five-letter reason was accepted");
        QVERIFY(!dialog->message().isEmpty());
        dialog->reasonField()->clear();
        QTest::keyClicks(dialog->reasonField(), QStringLiteral("INC-4711 restock after recount"));
        dialog->minutesField()->setValue(5);
        QVERIFY(dialog->elevateButton()->isEnabled());
        QTest::mouseClick(dialog->elevateButton(), Qt::LeftButton);
        QVERIFY(qmtest::waitUntil([&] { return session->elevation()->isElevated(); }, 30000));
        QVERIFY(qmtest::waitUntil([&] { return !openDialog(); }));
        QVERIFY(qmtest::waitUntil(
            [&] { return banner.elevationText().startsWith(QStringLiteral("ELEVATED")); }));
        QCOMPARE(banner.elevationText(), QStringLiteral("ELEVATED 05:00"));
        QVERIFY(!banner.elevateButton()->isVisibleTo(&banner));
        QVERIFY(banner.endElevationButton()->isVisibleTo(&banner));
        // The reason is in the audit log, as the manager.
        const std::string id
            = session->elevation()->requestId().toString(QUuid::WithoutBraces).toStdString();
        const std::string reason = qmtest::testBlocks([&] {
            db::Pool owner(qmtest::primaryParams(), 1);
            return qmtest::scalar<std::string>(owner,
                "SELECT plan ->> 'reason' FROM qm.audit_log WHERE request_id = $1 ORDER BY id "
                "LIMIT 1",
                {id});
        });
        QCOMPARE(QString::fromStdString(reason), QStringLiteral("INC-4711 restock after recount"));

        // The time is up: read-only again (the session's timer notices within a second).
        m_now = m_now.addSecs(5 * 60);
        QVERIFY(qmtest::waitUntil(
            [&] { return banner.elevationText() == QStringLiteral("READ-ONLY"); }));
        QVERIFY(banner.elevateButton()->isVisibleTo(&banner));

        // End elevation: at once.
        QVERIFY(session->elevation()->elevate(QStringLiteral("INC-4711 second round"), 5));
        QVERIFY(
            qmtest::waitUntil([&] { return banner.endElevationButton()->isVisibleTo(&banner); }));
        QTest::mouseClick(banner.endElevationButton(), Qt::LeftButton);
        QVERIFY(!session->elevation()->mayWrite());
        QVERIFY(qmtest::waitUntil(
            [&] { return banner.elevationText() == QStringLiteral("READ-ONLY"); }));
    }

    void stagingShowsNoElevation()
    {
        auto session = qmtest::testBlocks([] {
            return qmtest::openSession(QStringLiteral("manager"), Profile::Environment::Staging);
        });
        QVERIFY(session);
        EnvironmentBanner banner;
        banner.setProfile(session->profile());
        banner.setSession(session.get());
        banner.show();
        QVERIFY(banner.elevationText().isEmpty());
        QVERIFY(!banner.elevateButton()->isVisibleTo(&banner));
        QVERIFY(!banner.endElevationButton()->isVisibleTo(&banner));
    }
};

QTEST_MAIN(TestElevationBanner)
#include "tst_elevationbanner.moc"
