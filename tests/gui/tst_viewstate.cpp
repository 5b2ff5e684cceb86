// Splitter positions and table columns (order, widths, hidden ones) come back after the window or
// the page is made again; the header's column chooser hides and shows columns but never the last
// one; a corrupt stored state or one from an older column set is ignored or fitted. Offscreen,
// settings in a scratch file. The catalog case runs against the sandbox (its model arrives with
// the session and sets its own defaults first).
#include "appstyle.h"
#include "catalog/catalogpage.h"
#include "catalog/catalogtableview.h"
#include "catalogmodel.h"
#include "common/threadguard.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "session/session.h"
#include "sessionenv.h"
#include "settings/settings.h"
#include "testenv.h"
#include "viewstate.h"
#include "workspacehost.h"

#include <QAction>
#include <QApplication>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

namespace {

QAction *menuAction(QMenu *menu, const QString &name)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}

// A table of `columns` columns in a widget, tracked as "test/<name>".
struct Table
{
    QStandardItemModel model; // outlives the view
    QWidget root;
    QTableView *view;

    Table(int columns, const QString &name = QStringLiteral("table"))
        : view(new QTableView(&root))
    {
        QStringList labels;
        for (int c = 0; c < columns; ++c)
            labels << QStringLiteral("Col %1").arg(c);
        model.setHorizontalHeaderLabels(labels);
        view->setObjectName(name);
        view->setModel(&model);
        ViewState::track(&root, QStringLiteral("test"));
    }
    QHeaderView *header() const { return view->horizontalHeader(); }
};

} // namespace

class TestViewState : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // Applying the stored state waits for the event loop (the model may come later).
    static void settle() { QCoreApplication::processEvents(); }

    static WorkspaceHost *hostOf(MainWindow &w) { return w.findChild<WorkspaceHost *>(); }

    static int indexOf(WorkspaceHost *host, const QString &key)
    {
        for (int i = 0; i < host->count(); ++i) {
            if (host->key(i) == key)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QM_NO_KEYCHAIN", "1");
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        applyAppStyle(*qApp);
        qm::enableGuiThreadGuard(true);
    }

    void cleanup() { QCOMPARE(qm::guiThreadViolations(), 0); }

    void cleanupTestCase() { qm::enableGuiThreadGuard(false); }

    // The Orders workspace in the main window: its splitter dragged with the mouse, a column hidden
    // through the header's chooser, one moved and one resized; a new window shows the same.
    void splitterAndColumnsSurviveANewWindow()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        QList<int> sizes;
        int hidden = -1, moved = -1, resized = -1, width = 0, movedTo = 0;
        {
            MainWindow w(&store, &secrets);
            w.resize(1200, 800);
            WorkspaceHost *host = hostOf(w);
            QVERIFY(host);
            host->setCurrentIndex(indexOf(host, QStringLiteral("orders")));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QWidget *page = host->current();
            QVERIFY(page);
            auto *split = page->findChild<QSplitter *>(QStringLiteral("ordersSplitter"));
            auto *table = page->findChild<QTableView *>(QStringLiteral("ordersTable"));
            QVERIFY(split && table);
            settle();
            QHeaderView *h = table->horizontalHeader();
            QVERIFY(h->count() >= 4);

            // Drag the handle 120 px to the right.
            QSplitterHandle *handle = split->handle(1);
            const QList<int> before = split->sizes();
            const QPoint mid = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, mid);
            QTest::mouseMove(handle, mid + QPoint(60, 0));
            QTest::mouseMove(handle, mid + QPoint(120, 0));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, mid + QPoint(120, 0));
            sizes = split->sizes();
            QVERIFY2(sizes != before, "the drag did not move the splitter");

            // Hide a column through the chooser, move one, resize one.
            hidden = 2;
            std::unique_ptr<QMenu> menu(ViewState::columnMenu(h, nullptr));
            QAction *entry = menuAction(menu.get(), QStringLiteral("column-%1").arg(hidden));
            QVERIFY(entry && entry->isChecked() && entry->isEnabled());
            entry->toggle();
            QVERIFY(h->isSectionHidden(hidden));
            moved = 3;
            movedTo = 0;
            h->moveSection(h->visualIndex(moved), movedTo);
            resized = 1;
            width = h->sectionSize(resized) + 57;
            h->resizeSection(resized, width);
            QVERIFY(w.close());
        }
        {
            MainWindow w(&store, &secrets); // the last workspace comes back: Orders
            w.resize(1200, 800);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QWidget *page = hostOf(w)->current();
            QVERIFY(page);
            QCOMPARE(hostOf(w)->key(hostOf(w)->currentIndex()), QStringLiteral("orders"));
            auto *split = page->findChild<QSplitter *>(QStringLiteral("ordersSplitter"));
            auto *table = page->findChild<QTableView *>(QStringLiteral("ordersTable"));
            QVERIFY(split && table);
            settle();
            QHeaderView *h = table->horizontalHeader();
            QCOMPARE(split->sizes(), sizes);
            QVERIFY(h->isSectionHidden(hidden));
            QCOMPARE(h->visualIndex(moved), movedTo);
            QCOMPARE(h->sectionSize(resized), width);
            // Reset columns: the code's layout again, and nothing remembered.
            std::unique_ptr<QMenu> menu(ViewState::columnMenu(h, nullptr));
            QAction *reset = menuAction(menu.get(), QStringLiteral("resetColumns"));
            QVERIFY(reset);
            reset->trigger();
            QVERIFY(!h->isSectionHidden(hidden));
            QCOMPARE(h->visualIndex(moved), moved);
            w.close();
        }
        Settings::setLastWorkspace(0);
    }

    // View ▸ Choose columns… opens the chooser for the focused table, from the keyboard.
    void chooseColumnsFromTheViewMenu()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        WorkspaceHost *host = hostOf(w);
        host->setCurrentIndex(indexOf(host, QStringLiteral("queues")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        settle();
        auto *consumers = host->current()->findChild<QTableView *>(QStringLiteral("consumerTable"));
        QVERIFY(consumers);
        consumers->setFocus();
        QAction *choose = w.findChild<QAction *>(QStringLiteral("chooseColumns"));
        QVERIFY(choose);
        QVERIFY(w.menuBar()->actions().size() > 1);
        choose->trigger();
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("columnMenu"));
        QCOMPARE(menu->parentWidget(), consumers->horizontalHeader());
        QVERIFY(menu->activeAction()); // the arrow keys start on an entry
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    // The last visible column cannot be hidden: its entry is disabled, and a toggle is refused.
    void chooserKeepsTheLastColumn()
    {
        Settings::clearViewState(QStringLiteral("test/last"));
        Table t(3, QStringLiteral("last"));
        settle();
        for (int c : {0, 1}) {
            std::unique_ptr<QMenu> menu(ViewState::columnMenu(t.header(), nullptr));
            menuAction(menu.get(), QStringLiteral("column-%1").arg(c))->toggle();
        }
        QVERIFY(t.header()->isSectionHidden(0));
        QVERIFY(t.header()->isSectionHidden(1));
        std::unique_ptr<QMenu> menu(ViewState::columnMenu(t.header(), nullptr));
        QAction *last = menuAction(menu.get(), QStringLiteral("column-2"));
        QVERIFY(last);
        QVERIFY(!last->isEnabled());
        last->setEnabled(true); // even if something triggers it
        last->toggle();
        QVERIFY(!t.header()->isSectionHidden(2));
        QVERIFY(last->isChecked());
        // Showing one again works, and the entries use the model's titles.
        QAction *first = menuAction(menu.get(), QStringLiteral("column-0"));
        QCOMPARE(first->text(), QStringLiteral("Col 0"));
        first->toggle();
        QVERIFY(!t.header()->isSectionHidden(0));
        QVERIFY(t.header()->sectionSize(0) > 0);
    }

    // A state saved when the table had 3 columns keeps the user's choices on a 4-column table
    // and shows the new column; one saved with more columns than the table has is ignored.
    void olderColumnSetIsFitted()
    {
        const QString key = QStringLiteral("test/grow");
        Settings::clearViewState(key);
        {
            Table t(3, QStringLiteral("grow"));
            settle();
            t.header()->hideSection(1);
            t.header()->moveSection(t.header()->visualIndex(2), 0);
            t.header()->resizeSection(0, 171);
        }
        QVERIFY(!Settings::viewState(key).isEmpty());
        {
            Table t(4, QStringLiteral("grow"));
            settle();
            QVERIFY(t.header()->isSectionHidden(1));
            QCOMPARE(t.header()->visualIndex(2), 0);
            QCOMPARE(t.header()->sectionSize(0), 171);
            QVERIFY(!t.header()->isSectionHidden(3));
            QVERIFY(t.header()->sectionSize(3) > 0);
        }
        {
            Table t(2, QStringLiteral("grow")); // a column was removed since
            settle();
            QVERIFY(!t.header()->isSectionHidden(0));
            QVERIFY(!t.header()->isSectionHidden(1));
            QCOMPARE(t.header()->visualIndex(1), 1);
        }
    }

    // Garbage under a table's or a splitter's key changes nothing and breaks nothing; a state
    // with every column hidden still shows one.
    void corruptStateIsIgnored()
    {
        Settings::setViewState(QStringLiteral("test/bad"), QByteArray("not a header state"));
        {
            Table t(3, QStringLiteral("bad"));
            settle();
            for (int c = 0; c < 3; ++c) {
                QVERIFY(!t.header()->isSectionHidden(c));
                QCOMPARE(t.header()->visualIndex(c), c);
            }
        }
        // A well-formed envelope whose header state is junk.
        QByteArray envelope;
        {
            QDataStream s(&envelope, QIODevice::WriteOnly);
            s.setVersion(QDataStream::Qt_6_0);
            s << quint32(0x514d5653) << quint8(1) << qint32(3) << QByteArray(40, '\x7f');
        }
        Settings::setViewState(QStringLiteral("test/bad"), envelope);
        {
            Table t(3, QStringLiteral("bad"));
            settle();
            QCOMPARE(t.header()->hiddenSectionCount(), 0);
        }
        // Every column hidden (saved by something else): one comes back.
        {
            Table t(3, QStringLiteral("all"));
            settle();
            t.header()->hideSection(0);
            t.header()->hideSection(1);
            t.header()->hideSection(2);
            t.header()->moveSection(0, 1); // a move is what stores the state here
            QCOMPARE(t.header()->hiddenSectionCount(), 3);
        }
        QVERIFY(!Settings::viewState(QStringLiteral("test/all")).isEmpty());
        {
            Table t(3, QStringLiteral("all"));
            settle();
            QVERIFY(t.header()->hiddenSectionCount() < 3);
        }
        Settings::setViewState(QStringLiteral("test/split"), QByteArray("\x01\x02junk", 6));
        QWidget root;
        auto *split = new QSplitter(&root);
        split->setObjectName(QStringLiteral("split"));
        split->addWidget(new QWidget);
        split->addWidget(new QWidget);
        root.resize(400, 300);
        split->resize(400, 300);
        split->setSizes({100, 300});
        const QList<int> before = split->sizes();
        ViewState::track(&root, QStringLiteral("test"));
        QCOMPARE(split->sizes(), before);
    }

    // The catalog's model comes with the session and sets its own widths and hidden columns;
    // the remembered ones win, on a new page as after a new session on the same page.
    void catalogColumnsSurviveANewPageAndSession()
    {
        QM_REQUIRE_SANDBOX();
        auto session = qmtest::openSession(QStringLiteral("merch"));
        QVERIFY(session);
        const int tags = models::CatalogModel::Tags;
        const int reserved = 7; // hidden by default
        auto open = [&](Session *s) {
            auto page = std::make_unique<CatalogPage>();
            page->setJournalPath(m_dir.filePath(QStringLiteral("journal.json")));
            page->resize(1400, 800);
            ViewState::track(page.get(), CatalogPage::workspaceKey());
            page->setSession(s);
            page->show();
            settle();
            return page;
        };
        Settings::clearViewState(QStringLiteral("catalog/productTable"));
        {
            auto page = open(session.get());
            auto *view = page->findChild<CatalogTableView *>(QStringLiteral("productTable"));
            QVERIFY(view);
            QHeaderView *h = view->horizontalHeader();
            QVERIFY(h->isSectionHidden(reserved));
            QVERIFY(!h->isSectionHidden(tags));
            h->hideSection(tags);
            h->showSection(reserved);
            h->resizeSection(1, 333);
            // The SKU cannot be hidden.
            std::unique_ptr<QMenu> menu(ViewState::columnMenu(h, nullptr));
            QVERIFY(!menuAction(menu.get(), QStringLiteral("column-0"))->isEnabled());
        }
        auto page = open(session.get());
        auto *view = page->findChild<CatalogTableView *>(QStringLiteral("productTable"));
        QHeaderView *h = view->horizontalHeader();
        QVERIFY(h->isSectionHidden(tags));
        QVERIFY(!h->isSectionHidden(reserved));
        QCOMPARE(h->sectionSize(1), 333);
        // A second session on the same page: its model's defaults do not undo the choices.
        auto again = qmtest::openSession(QStringLiteral("merch"));
        QVERIFY(again);
        page->setSession(again.get());
        settle();
        QVERIFY(h->isSectionHidden(tags));
        QVERIFY(!h->isSectionHidden(reserved));
        QCOMPARE(h->sectionSize(1), 333);
        page.reset();
    }
};

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
