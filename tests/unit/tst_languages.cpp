// The console's languages: every translations/quartermaster_<code>.ts compiles and, installed the
// way the application installs it at start, turns a real main window's menus, its first workspace,
// a %n plural and Qt's own standard buttons (qtbase_<code>.qm) into that language. A language the
// console has no translation for stays English throughout. The settings dialog offers the system's
// language plus every translation and stores the choice (applied at the next start). The "0
// unfinished" check of every .ts is tests/scripts/test_translations.sh.
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "settings/languages.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "translations.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

class TestLanguages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_qmDir; // quartermaster_<code>.qm compiled from translations/*.ts

    // QM_TEST_SHOT_DIR=/some/dir keeps pictures of the window and dialog in each language.
    static void keepShot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("QM_TEST_SHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

    static QString cancelButtonText()
    {
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        return box.button(QDialogButtonBox::Cancel)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QM_NO_KEYCHAIN", "1");
        qunsetenv("QM_LANGUAGE");
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        // Given every translation compiled from translations/*.ts
        m_qmDir = m_dir.filePath(QStringLiteral("i18n"));
        QVERIFY2(!qmtest::compileTranslations(m_qmDir).isEmpty(),
            "translations/quartermaster_*.ts are missing or lrelease failed on one");
    }

    void cleanupTestCase() { Settings::setBackingFile({}); }

    void everyTranslationIsOffered()
    {
        QStringList codes;
        for (const languages::Language &l : languages::available(m_qmDir))
            codes << l.code + u'=' + l.name;
        QCOMPARE(codes,
            QStringList({QStringLiteral("en=English"), QStringLiteral("de=Deutsch"),
                QStringLiteral("es=Español"), QStringLiteral("fr=Français")}));
    }

    void mainWindowInEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("overview");
        QTest::addColumn<QString>("oneNewOrder");
        QTest::addColumn<QString>("threeNewOrders");
        QTest::addColumn<QString>("settingsNote");
        QTest::addColumn<QString>("cancel"); // Qt's own, from qtbase_<code>.qm
        QTest::newRow("de") << "de" << QStringList {"&Datei", "&Ansicht", "&Hilfe"} << "Übersicht"
                            << "↑ 1 neue Bestellung"
                            << "↑ 3 neue Bestellungen"
                            << "Eine neue Sprache gilt ab dem nächsten Start von Quartermaster."
                            << "Abbrechen";
        QTest::newRow("es")
            << "es" << QStringList {"&Archivo", "&Ver", "A&yuda"} << "Resumen"
            << "↑ 1 pedido nuevo"
            << "↑ 3 pedidos nuevos"
            << "Un idioma nuevo se aplica la próxima vez que se inicie Quartermaster."
            << "Cancelar";
        QTest::newRow("fr")
            << "fr" << QStringList {"&Fichier", "Affic&hage", "&Aide"} << "Vue d'ensemble"
            << "↑ 1 nouvelle commande"
            << "↑ 3 nouvelles commandes"
            << "Une nouvelle langue s'applique au prochain démarrage de Quartermaster."
            << "Annuler";
        // A language without a translation of the console: English (the source text, with its
        // plural forms from quartermaster_en.qm: "1 new order", not "1 new order(s)"), Qt's
        // buttons included.
        QTest::newRow("it") << "it" << QStringList {"&File", "&View", "&Help"} << "Overview"
                            << "↑ 1 new order"
                            << "↑ 3 new orders"
                            << "A new language applies the next time Quartermaster starts."
                            << "Cancel";
        QTest::newRow("en") << "en" << QStringList {"&File", "&View", "&Help"} << "Overview"
                            << "↑ 1 new order"
                            << "↑ 3 new orders"
                            << "A new language applies the next time Quartermaster starts."
                            << "Cancel";
    }

    void mainWindowInEachLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, menus);
        QFETCH(QString, overview);
        QFETCH(QString, oneNewOrder);
        QFETCH(QString, threeNewOrders);
        QFETCH(QString, settingsNote);
        QFETCH(QString, cancel);
        const bool translated = code != u"it" && code != u"en";

        // When the language is installed the way main() installs it
        languages::Installed installed = languages::install(*qApp, code, m_qmDir);
        auto restore = qScopeGuard([&] {
            languages::uninstall(installed);
            QLocale::setDefault(QLocale::c());
        });
        QCOMPARE(installed.code, translated ? code : QStringLiteral("en"));
        if (translated)
            QVERIFY2(installed.qtLoaded,
                qPrintable(QStringLiteral("no qtbase_%1.qm in %2 (Debian: qt6-translations-l10n)")
                               .arg(code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
        else
            QVERIFY(!installed.qtLoaded); // no Italian "Annulla" next to English menus

        // then a main window's menus and first workspace are in that language
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles-") + code));
        SecretStore secrets;
        {
            MainWindow w(&store, &secrets);
            QStringList shown;
            for (QAction *a : w.menuBar()->actions())
                shown << a->text();
            keepShot(&w, QStringLiteral("mainwindow-") + code);
            QCOMPARE(shown, menus);
            QCOMPARE(w.workspaces()->workspace(0)->title(), overview);
        }
        // plurals pick the language's forms (English's too)
        QCOMPARE(QCoreApplication::translate("qm::queues::ReplayDeadLettersAction",
                     "%n dead letter(s) replayed", nullptr, 1)
                     .contains(QStringLiteral("(s)")),
            false);
        QCOMPARE(QCoreApplication::translate("qm::OrdersPage", "↑ %n new order(s)", nullptr, 1),
            oneNewOrder);
        QCOMPARE(QCoreApplication::translate("qm::OrdersPage", "↑ %n new order(s)", nullptr, 3),
            threeNewOrders);
        // the settings dialog says (translated) that the language applies at the next start
        SettingsDialog dialog(nullptr, m_qmDir);
        keepShot(&dialog, QStringLiteral("settings-") + code);
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("restartNote"))->text(), settingsNote);
        // and Qt's standard buttons match
        QCOMPARE(cancelButtonText(), cancel);
    }

    void settingsDialogStoresTheChoice()
    {
        // Given no language chosen yet: the dialog shows the system's language
        Settings::setLanguage(QString());
        {
            SettingsDialog dialog(nullptr, m_qmDir);
            QComboBox *box = dialog.languageBox();
            QCOMPARE(box->count(), 5); // system default, English, Deutsch, Español, Français
            QCOMPARE(box->currentIndex(), 0);
            QCOMPARE(dialog.chosenLanguage(), QString());
            // when Español is chosen and OK pressed
            box->setCurrentIndex(box->findText(QStringLiteral("Español")));
            dialog.accept();
        }
        // then it is stored for the next start, and the dialog shows it when opened again
        QCOMPARE(Settings::language(), QStringLiteral("es"));
        SettingsDialog again(nullptr, m_qmDir);
        QCOMPARE(again.languageBox()->currentText(), QStringLiteral("Español"));
        // and an empty setting follows the system's locale (QM_LANGUAGE overrides both)
        QCOMPARE(languages::effectiveLocale(QString()), QLocale::system());
        qputenv("QM_LANGUAGE", "fr");
        QCOMPARE(languages::effectiveLocale(QStringLiteral("es")).language(), QLocale::French);
        qunsetenv("QM_LANGUAGE");
        Settings::setLanguage(QString());
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
