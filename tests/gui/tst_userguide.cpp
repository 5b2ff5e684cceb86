// Help ▸ User guide (F1, issue 12): the guide of docs/guide opens in a non-modal window from the
// main window, shows each role's page with its title, follows a link to another page, loads every
// picture the pages reference, and says where it looked when the guide is missing.

#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QtTest>

using namespace qm;

namespace {

QString sourceGuide()
{
    return QDir(QStringLiteral(QM_SOURCE_DIR "/docs/guide")).absolutePath();
}

// The fragment of the page that links to href, or an invalid one.
QTextFragment anchorTo(QTextDocument *doc, const QString &href)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isAnchor() && f.charFormat().anchorHref() == href)
                return f;
        }
    }
    return {};
}

// The names of the pictures the page shows.
QStringList imagesOf(QTextDocument *doc)
{
    QStringList names;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            if (f.isValid() && f.charFormat().isImageFormat())
                names << f.charFormat().toImageFormat().name();
        }
    }
    return names;
}

} // namespace

class TestUserGuide : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The guide of this source tree, whatever an installed package holds.
        qputenv("QM_GUIDE_DIR", QFile::encodeName(sourceGuide()));
    }

    void f1OpensTheGuideFromTheMainWindow()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.show();
        QAction *guide = nullptr;
        const QList<QAction *> actions = w.findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->shortcut() == QKeySequence(Qt::Key_F1))
                guide = a;
        }
        QVERIFY2(guide, "no action of the main window has F1");
        QCOMPARE(guide->text().remove(u'&'), QStringLiteral("User guide…"));
        // The keyboard shortcuts sheet lists it.
        bool listed = false;
        const QList<ShortcutEntry> entries = w.shortcutEntries();
        for (const ShortcutEntry &e : entries)
            listed |= e.action == QStringLiteral("User guide…")
                && e.keys == QKeySequence(Qt::Key_F1).toString(QKeySequence::NativeText);
        QVERIFY2(listed, "Help ▸ Keyboard shortcuts does not list User guide… (F1)");

        guide->trigger();
        auto *dialog = w.findChild<UserGuideDialog *>();
        QVERIFY2(dialog, "F1 opened no user guide window");
        QVERIFY(dialog->isVisible());
        QVERIFY2(!dialog->isModal(), "the guide must not block the console");
        QCOMPARE(dialog->guideDir(), sourceGuide());
        QCOMPARE(dialog->currentPage(), QStringLiteral("index.md"));
        QVERIFY2(!dialog->currentTitle().isEmpty(), "the index page shows no title");
        guide->trigger(); // again: the same window comes to the front
        QCOMPARE(w.findChildren<UserGuideDialog *>().size(), 1);
    }

    void eachRolePageShowsItsTitle_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::newRow("store manager") << "store-manager.md"
                                       << "Store manager";
        QTest::newRow("merchandiser") << "merchandiser.md"
                                      << "Merchandiser";
        QTest::newRow("on-call engineer") << "on-call-engineer.md"
                                          << "On-call engineer";
    }

    void eachRolePageShowsItsTitle()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        UserGuideDialog dialog;
        dialog.show();
        QComboBox *roles = dialog.roleChooser();
        const int index = roles->findData(file);
        QVERIFY2(index >= 0, qPrintable(QStringLiteral("the role chooser has no %1").arg(file)));
        roles->setCurrentIndex(index);
        Q_EMIT roles->activated(index); // what choosing it with the mouse or keys does
        QCOMPARE(dialog.currentPage(), file);
        QCOMPARE(dialog.currentTitle(), title);
        QVERIFY(dialog.windowTitle().contains(title));
        // Rendered as Markdown: a heading, not the '#' of the source.
        const QString shown = dialog.browser()->toPlainText();
        QVERIFY2(!shown.contains(QRegularExpression(QStringLiteral("(^|\\n)#+ "))),
            "the page shows Markdown source instead of rendering it");
    }

    void followsALinkToAnotherPage()
    {
        UserGuideDialog dialog;
        dialog.resize(900, 720);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.currentPage(), QStringLiteral("index.md"));
        QTextBrowser *browser = dialog.browser();
        const QTextFragment link = anchorTo(browser->document(), QStringLiteral("merchandiser.md"));
        QVERIFY2(link.isValid(), "the index page has no link to merchandiser.md");
        QTextCursor cursor(browser->document());
        cursor.setPosition(link.position() + link.length() / 2);
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();
        const QPoint at = browser->cursorRect(cursor).center();
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
        QTRY_COMPARE(dialog.currentPage(), QStringLiteral("merchandiser.md"));
        QCOMPARE(dialog.currentTitle(), QStringLiteral("Merchandiser"));
        QCOMPARE(dialog.roleChooser()->currentData().toString(), QStringLiteral("merchandiser.md"));
        // Back returns to the contents.
        auto *back = dialog.findChild<QPushButton *>(QStringLiteral("guideBack"));
        QVERIFY(back && back->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), QStringLiteral("index.md"));
    }

    void everyReferencedPictureLoads()
    {
        UserGuideDialog dialog;
        const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+))"));
        int shown = 0;
        const QList<UserGuideDialog::Page> pages = UserGuideDialog::pages();
        for (const UserGuideDialog::Page &page : pages) {
            QVERIFY2(dialog.showPage(page.file), qPrintable(page.file));
            QFile md(QDir(sourceGuide()).filePath(page.file));
            QVERIFY(md.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(md.readAll());
            int referenced = 0;
            for (auto m = image.globalMatch(text); m.hasNext(); m.next())
                ++referenced;
            const QStringList names = imagesOf(dialog.browser()->document());
            QCOMPARE(names.size(), referenced);
            for (const QString &name : names) {
                const QImage loaded = dialog.browser()
                                          ->document()
                                          ->resource(QTextDocument::ImageResource, QUrl(name))
                                          .value<QImage>();
                QVERIFY2(!loaded.isNull(),
                    qPrintable(
                        QStringLiteral("%1: the picture %2 did not load").arg(page.file, name)));
                QVERIFY(loaded.width() <= 760); // scaled to fit beside the text
                ++shown;
            }
        }
        QVERIFY2(
            shown >= 7, qPrintable(QStringLiteral("only %1 pictures in the guide").arg(shown)));
    }

    void readsTheInstalledGuideBeforeTheSourceTree()
    {
        // As installed: <prefix>/bin/quartermaster reads <prefix>/share/quartermaster/guide.
        const QString installed = QDir::cleanPath(QCoreApplication::applicationDirPath()
            + QStringLiteral("/../share/quartermaster/guide"));
        QVERIFY2(!QFileInfo::exists(installed), qPrintable(installed + QStringLiteral(" exists")));
        // Remove only what this test made.
        QString made = installed;
        for (QString up = QFileInfo(made).path(); !QFileInfo::exists(up); up = QFileInfo(up).path())
            made = up;
        QVERIFY(QDir().mkpath(installed));
        auto cleanup = qScopeGuard([&] { QDir(made).removeRecursively(); });
        QFile index(QDir(installed).filePath(QStringLiteral("index.md")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("# Installed guide\n\nAs the package put it.\n");
        index.close();
        const QByteArray env = qgetenv("QM_GUIDE_DIR");
        qunsetenv("QM_GUIDE_DIR");
        auto restore = qScopeGuard([&] { qputenv("QM_GUIDE_DIR", env); });
        const QStringList paths = UserGuideDialog::guideSearchPaths();
        QVERIFY2(paths.indexOf(installed) >= 0
                && paths.indexOf(installed) < paths.indexOf(sourceGuide()),
            qPrintable(paths.join(u'\n')));
        UserGuideDialog dialog;
        QCOMPARE(dialog.guideDir(), installed);
        QCOMPARE(dialog.currentTitle(), QStringLiteral("Installed guide"));
    }

    void missingGuideSaysWhereItLookedAndWhatToDo()
    {
        QTemporaryDir empty;
        const QString nowhere = empty.filePath(QStringLiteral("no-guide-here"));
        UserGuideDialog dialog(QStringList {nowhere});
        QVERIFY(dialog.guideDir().isEmpty());
        QVERIFY(!dialog.showPage(QStringLiteral("index.md")));
        const QString text = dialog.browser()->toPlainText();
        QVERIFY2(text.contains(QDir::toNativeSeparators(nowhere)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("QM_GUIDE_DIR")), qPrintable(text));
    }
};

QTEST_MAIN(TestUserGuide)
#include "tst_userguide.moc"
