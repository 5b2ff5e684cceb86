// The main window on the sandbox, offscreen, with the GUI-thread guard on: it connects without
// blocking the GUI thread (no guard violation in any test), shows the
// primary up and the store's figures, its models pass QAbstractItemModelTester, it grabs to a real
// image. The profile dialog's Test names what works and what does not; the migrate dialog installs
// the console schema into an empty database; German menus load from the translation.
#include "appstyle.h"
#include "common/stallmeter.h"
#include "common/threadguard.h"
#include "db/migrator.h"
#include "db/pool.h"
#include "environmentbanner.h"
#include "healthmodel.h"
#include "healthstrip.h"
#include "mainwindow.h"
#include "migratedialog.h"
#include "overviewpage.h"
#include "profiledialog.h"
#include "profileform.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "storesummarymodel.h"
#include "summarycard.h"
#include "testenv.h"
#include "workspacehost.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QProcess>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>
#include <pqxx/pqxx>

using namespace qm;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Profile m_profile;

    static QString colourAt(const QImage &img, int x, int y) { return img.pixelColor(x, y).name(); }

    // QM_TEST_SHOT_DIR=/some/dir keeps pictures of the windows and dialogs for a person to look at.
    static void keepShot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QM_TEST_SHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    // A one-worker pool as the schema owner against the sandbox's primary.
    static std::unique_ptr<db::Pool> ownerPool(const QString &database = {})
    {
        db::ConnectionParams p = qmtest::primaryParams();
        if (!database.isEmpty())
            p.dbname = database;
        return std::make_unique<db::Pool>(p, 1);
    }

    static bool exec(db::Pool &pool, const std::string &sql)
    {
        auto f = pool.run<bool>(QStringLiteral("test setup"), [sql](db::Pool::Connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec(sql);
            return true;
        });
        return qmtest::waitFor(f, 30000) && f.result().ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QM_REQUIRE_SANDBOX();
        qputenv("QM_NO_KEYCHAIN", "1");
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        applyAppStyle(*qApp);
        auto p = ProfileStore::importFile(qmtest::profilePath());
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().toString()));
        m_profile = p.value();
        // The test's own setup (reading the profile file above) is done: from here on nothing
        // may block the GUI thread.
        qm::enableGuiThreadGuard(true);
    }

    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }

    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    void opensOnTheSandboxAndShowsLiveData()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        OverviewPage *overview = w.overview();
        QVERIFY(overview);
        QAbstractItemModelTester summaryTester(
            overview->summaryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester healthTester(
            overview->healthModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Not connected yet: the banner and the strip say so.
        QVERIFY(!w.banner()->hasProfile());
        QCOMPARE(w.healthStrip()->itemText(0), QStringLiteral("Not connected"));

        StallMeter meter;
        meter.start();
        QSignalSpy live(&w, &MainWindow::liveDataChanged);
        w.openProfile(m_profile);
        QCOMPARE(w.windowTitle(), QStringLiteral("Sandbox (Development) — Quartermaster"));
        QVERIFY(w.banner()->hasProfile());
        QCOMPARE(w.banner()->environment(), Profile::Environment::Development);

        QTRY_VERIFY_WITH_TIMEOUT(w.showsLiveData(), 30000);
        QVERIFY(!live.isEmpty());
        QVERIFY(live.last().at(0).toBool());

        // The strip: primary up with a round trip, the replica with its lag, Redis up.
        HealthStrip *strip = w.healthStrip();
        QVERIFY(strip->primaryUp());
        QTRY_COMPARE_WITH_TIMEOUT(strip->itemCount(), 3, 10000);
        QVERIFY2(strip->itemText(0).startsWith(QStringLiteral("Primary ")),
            qPrintable(strip->itemText(0)));
        QVERIFY(strip->itemText(0).endsWith(QStringLiteral(" ms")));
        QTRY_VERIFY_WITH_TIMEOUT(
            strip->itemText(1).startsWith(QStringLiteral("Replica lag ")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(strip->itemText(2).startsWith(QStringLiteral("Redis ")), 10000);
        QCOMPARE(strip->itemLevel(0), HealthLevel::Ok);
        QVERIFY(strip->itemToolTip(0).contains(qmtest::primaryParams().host));

        // The overview: figures from console.store_summary, the servers listed.
        const StoreSummaryModel *summary = overview->summaryModel();
        QVERIFY(summary->hasData());
        QVERIFY(summary->summary().products > 0);
        QVERIFY(summary->summary().activeProducts <= summary->summary().products);
        QCOMPARE(summary->index(StoreSummaryModel::Products)
                     .data(StoreSummaryModel::ValueRole)
                     .toLongLong(),
            summary->summary().products);
        const auto cards = overview->findChildren<SummaryCard *>();
        QCOMPARE(cards.size(), int(StoreSummaryModel::MetricCount));
        QVERIFY(cards.first()->valueText() != QStringLiteral("–"));
        QTRY_COMPARE_WITH_TIMEOUT(overview->healthModel()->rowCount(), 3, 10000);

        // The data keeps flowing (a refresh every 2 s) and the GUI thread never waited meanwhile
        // (the guard counts blocking calls on it; the stall meter's figure is only reported).
        const int refreshes = overview->refreshes();
        QTRY_VERIFY_WITH_TIMEOUT(overview->refreshes() > refreshes, 6000);
        qInfo() << "max GUI stall while connecting and refreshing:" << meter.maxStallMs()
                << "ms over" << meter.samples() << "samples";
        QCOMPARE(qm::guiThreadViolations(), 0);

        // Workspaces: the overview is first, reachable with Ctrl+1, listed in the View menu.
        QVERIFY(w.workspaces()->count() >= 1);
        QCOMPARE(w.workspaces()->workspace(0)->key(), QStringLiteral("overview"));
        QCOMPARE(w.workspaces()->switchActions().first()->shortcut(),
            QKeySequence(Qt::CTRL | Qt::Key_1));

        // The window grabs to a real picture: the banner's green at the top, not a blank.
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.width() >= 800 && shot.height() >= 500);
        const QPoint bannerPoint = w.banner()->mapTo(&w, QPoint(w.banner()->width() / 2, 3));
        QCOMPARE(colourAt(shot, bannerPoint.x(), bannerPoint.y()),
            EnvironmentBanner::backgroundFor(Profile::Environment::Development).name());
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 7)
            for (int x = 0; x < shot.width(); x += 7)
                colours.insert(shot.pixel(x, y));
        QVERIFY(colours.size() > 20);
        keepShot(&w, QStringLiteral("mainwindow"));
    }

    // Help ▸ Keyboard shortcuts lists every shortcut of the window and of every workspace: each
    // action or button that has one anywhere in the window (after all workspaces are built) is a
    // row of the sheet, with its keys as the user sees them.
    void shortcutsSheetListsEveryShortcut()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        const QList<ShortcutEntry> entries = w.shortcutEntries(); // builds every workspace
        QVERIFY(entries.size() >= 10);
        QStringList rows;
        for (const ShortcutEntry &e : entries)
            rows << e.action + u'\t' + e.keys;
        auto listed = [&](QString text, const QKeySequence &keys) {
            text.remove(u'&');
            return rows.contains(text.trimmed() + u'\t' + keys.toString(QKeySequence::NativeText));
        };
        int checked = 0;
        const QList<QAction *> actions = w.findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->isSeparator() || a->shortcut().isEmpty() || a->text().isEmpty())
                continue;
            QVERIFY2(rows.join(u'\n').contains(QString(a->text()).remove(u'&').trimmed()),
                qPrintable(QStringLiteral("action '%1' (%2) is not in the shortcuts sheet")
                               .arg(a->text(), a->shortcut().toString())));
            ++checked;
        }
        const QList<QAbstractButton *> buttons = w.findChildren<QAbstractButton *>();
        for (QAbstractButton *b : buttons) {
            if (b->shortcut().isEmpty() || b->text().isEmpty())
                continue;
            QVERIFY2(listed(b->text(), b->shortcut()),
                qPrintable(QStringLiteral("button '%1' (%2) is not in the shortcuts sheet")
                               .arg(b->text(), b->shortcut().toString())));
            ++checked;
        }
        QVERIFY2(checked >= 10, qPrintable(QString::number(checked)));
        // The menus' own and the workspace switcher's (shown in View, owned by the host).
        QVERIFY(
            listed(QStringLiteral("Profiles…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)));
        QVERIFY(
            listed(QStringLiteral("Keyboard shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash)));
        QVERIFY(rows.join(u'\n').contains(
            QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText)));

        ShortcutsDialog dialog(entries);
        QCOMPARE(dialog.table()->rowCount(), entries.size());
        dialog.filter()->setText(QStringLiteral("Profiles"));
        int shown = 0;
        for (int row = 0; row < dialog.table()->rowCount(); ++row)
            shown += dialog.table()->isRowHidden(row) ? 0 : 1;
        QVERIFY(shown >= 1 && shown < entries.size());
    }

    // Dark mode: the window as drawn (not only the palette) is dark, the style sheet's cards and
    // sidebar included, and the settings dialog's choice applies at once and is stored.
    void darkThemeDrawsADarkWindow()
    {
        auto meanLightness = [](const QImage &img) {
            qint64 sum = 0, n = 0;
            for (int y = 0; y < img.height(); y += 4)
                for (int x = 0; x < img.width(); x += 4, ++n)
                    sum += QColor(img.pixel(x, y)).lightness();
            return n ? int(sum / n) : 0;
        };
        auto restore = qScopeGuard([] {
            applyAppStyle(*qApp, Theme::Light);
            Settings::setTheme({});
        });
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        int light = 0, dark = 0;
        for (Theme theme : {Theme::Light, Theme::Dark}) {
            applyAppStyle(*qApp, theme);
            MainWindow w(&store, &secrets);
            w.resize(1280, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            const int l = meanLightness(w.grab().toImage());
            (theme == Theme::Dark ? dark : light) = l;
            keepShot(&w,
                theme == Theme::Dark ? QStringLiteral("theme-dark")
                                     : QStringLiteral("theme-light"));
        }
        QVERIFY2(light > 170 && dark < 80,
            qPrintable(QStringLiteral("mean lightness light %1, dark %2").arg(light).arg(dark)));

        SettingsDialog dialog;
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.accept();
        QCOMPARE(Settings::theme(), QStringLiteral("dark"));
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(resolveTheme(QStringLiteral("light")), Theme::Light);
        QCOMPARE(resolveTheme(QStringLiteral("dark")), Theme::Dark);
    }

    void bannerColoursByEnvironment()
    {
        EnvironmentBanner banner;
        Profile p = m_profile;
        p.environment = Profile::Environment::Production;
        banner.setProfile(p);
        QCOMPARE(banner.background(), QColor(0xb4, 0x23, 0x18));
        QVERIFY(banner.title().startsWith(QStringLiteral("PRODUCTION")));
        p.environment = Profile::Environment::Staging;
        banner.setProfile(p);
        QCOMPARE(banner.background(), EnvironmentBanner::backgroundFor(p.environment));
        QVERIFY(banner.title().startsWith(QStringLiteral("STAGING")));
    }

    void profileDialogTestNamesEachProblem_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("failures");
        QTest::addColumn<QString>("expected"); // in the first PostgreSQL result
        QTest::newRow("works") << "works" << 0 << "console schema present";
        QTest::newRow("wrong password") << "password" << 2 << "Wrong password";
        QTest::newRow("closed port") << "port" << 1 << "connection refused";
        QTest::newRow("no console schema") << "schema" << 2 << "no console schema";
    }

    void profileDialogTestNamesEachProblem()
    {
        QFETCH(QString, what);
        QFETCH(int, failures);
        QFETCH(QString, expected);
        ProfileStore store(m_dir.filePath(QStringLiteral("dialog-profiles")));
        SecretStore secrets;
        ProfileDialog dialog(&store, &secrets);
        Profile p = m_profile;
        if (what == u"port") // nothing listens at base+9 of the sandbox's ports
            p.postgresHosts
                = {QStringLiteral("127.0.0.1:%1").arg(qmtest::primaryParams().port + 9)};
        if (what == u"schema")
            p.database = QStringLiteral("postgres");
        dialog.editProfile(p);
        if (what == u"password")
            dialog.form()->setPostgresPassword(QStringLiteral("certainly-not-the-password"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50); // the first paint is construction, not the test's business
        QSignalSpy finished(&dialog, &ProfileDialog::testFinished);
        StallMeter meter;
        meter.start();
        dialog.startTest();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toInt(), failures);
        QCOMPARE(dialog.testResultCount(), int(p.postgresHosts.size()) + 1);
        QStringList texts;
        for (int i = 0; i < dialog.testResultCount(); ++i)
            texts << dialog.testResultText(i);
        const QString pg = texts.filter(QStringLiteral("PostgreSQL")).value(0);
        QVERIFY2(pg.contains(expected, Qt::CaseInsensitive), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.filter(QStringLiteral("Redis")).value(0).contains(QStringLiteral("PING")),
            qPrintable(texts.join(u'\n')));
        qInfo() << "max GUI stall while testing the profile:" << meter.maxStallMs() << "ms";
        QCOMPARE(qm::guiThreadViolations(), 0);
        keepShot(&dialog, QStringLiteral("profiledialog-") + what);
    }

    void migrateDialogInstallsTheSchema()
    {
        // Given an empty database on the sandbox's primary
        const QString dbName = QStringLiteral("qm_app_migrate_test");
        auto admin = ownerPool(QStringLiteral("postgres"));
        QVERIFY(exec(*admin, "DROP DATABASE IF EXISTS qm_app_migrate_test"));
        QVERIFY(exec(*admin, "CREATE DATABASE qm_app_migrate_test"));
        auto pool = ownerPool(dbName);
        const db::Migrator migrator;
        auto before = migrator.status(*pool);
        QVERIFY(qmtest::waitFor(before, 20000));
        QVERIFY(before.result().ok());
        QCOMPARE(before.result()->current, 0);
        QVERIFY(!before.result()->pending.isEmpty());

        // when the dialog migrates it as the owner
        db::ConnectionParams params = qmtest::primaryParams();
        params.dbname = dbName;
        Profile p = m_profile;
        p.environment = Profile::Environment::Production; // asks to type the name first
        MigrateDialog dialog(p, params, before.result().value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keepShot(&dialog, QStringLiteral("migratedialog"));
        QSignalSpy finished(&dialog, &MigrateDialog::migrationFinished);
        dialog.startMigration();
        QVERIFY2(finished.isEmpty(), "production migrated without typing the profile's name");
        auto *confirm = dialog.findChildren<QLineEdit *>().last();
        confirm->setText(p.name);
        dialog.startMigration();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(dialog.migrated());
        keepShot(&dialog, QStringLiteral("migratedialog-done"));

        // then the database is up to date
        auto after = migrator.status(*pool);
        QVERIFY(qmtest::waitFor(after, 20000));
        QVERIFY(after.result().ok());
        QVERIFY(after.result()->upToDate());
        pool.reset();
        QVERIFY(exec(*admin, "DROP DATABASE IF EXISTS qm_app_migrate_test WITH (FORCE)"));
    }

    void germanMenusFromTheTranslation()
    {
        // Given the German translation compiled from translations/quartermaster_de.ts
        const QString lrelease
            = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lrelease");
        const QString qm = m_dir.filePath(QStringLiteral("quartermaster_de.qm"));
        QCOMPARE(QProcess::execute(lrelease,
                     {QStringLiteral(QM_SOURCE_DIR "/translations/quartermaster_de.ts"),
                         QStringLiteral("-qm"), qm}),
            0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QApplication::installTranslator(&translator);
        // when a main window is made, then its menus and first workspace are German
        ProfileStore store(m_dir.filePath(QStringLiteral("de-profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        keepShot(&w, QStringLiteral("mainwindow-de"));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        const QString overviewTitle = w.workspaces()->workspace(0)->title();
        QApplication::removeTranslator(&translator);
        QCOMPARE(menus,
            QStringList(
                {QStringLiteral("&Datei"), QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        QCOMPARE(overviewTitle, QStringLiteral("Übersicht"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
