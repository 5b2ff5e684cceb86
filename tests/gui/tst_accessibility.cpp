// Every interactive control of the main window, of every workspace and of the main dialogs has
// an accessible name: a screen reader says what a button, field, list or table is (issue 12). A
// control's name comes from its text, its buddy label, or setAccessibleName(); a control with
// none of them is reported with its object path, so the failure names what to fix.

#include "mainwindow.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "userguidedialog.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace qm;

namespace {

bool interactive(const QWidget *w)
{
    // Parts of another control that Qt names itself or that a screen reader reaches through
    // their owner: a view's headers and corner button, the menu bar's overflow button.
    if (w->objectName().startsWith(QStringLiteral("qt_")) || w->inherits("QHeaderView")
        || w->inherits("QTableCornerButton"))
        return false;
    if (qobject_cast<const QAbstractButton *>(w)) {
        // The line edits' own clear buttons and scroll bars' arrows are parts of their control.
        return w->parentWidget() && !qobject_cast<const QLineEdit *>(w->parentWidget());
    }
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return !qobject_cast<const QComboBox *>(e->parentWidget())
            && !qobject_cast<const QAbstractSpinBox *>(e->parentWidget());
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
        || qobject_cast<const QPlainTextEdit *>(w)
        || (qobject_cast<const QAbstractSlider *>(w) && !w->inherits("QScrollBar"));
}

QString path(const QWidget *w)
{
    QStringList parts;
    for (const QObject *o = w; o; o = o->parent()) {
        const QString name = o->objectName();
        parts.prepend(name.isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : name);
    }
    return parts.join(u'/');
}

QStringList unnamed(QWidget *root)
{
    QStringList out;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!interactive(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            out << path(w);
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyWorkspaceControlHasAName()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.resize(1280, 800);
        w.show();
        QStringList missing = unnamed(&w);
        for (int i = 0; i < w.workspaces()->count(); ++i) {
            Workspace *page = w.workspaces()->workspace(i);
            QVERIFY(page);
            missing += unnamed(page);
        }
        missing.removeDuplicates();
        for (const QString &m : std::as_const(missing))
            qWarning("no accessible name: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 controls without an accessible name:\n  %2")
                           .arg(missing.size())
                           .arg(missing.join(QStringLiteral("\n  ")))));
    }

    void dialogControlsHaveNames()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles")));
        SecretStore secrets;
        ProfileDialog profiles(&store, &secrets);
        SettingsDialog settings;
        ShortcutsDialog shortcuts({});
        UserGuideDialog guide;
        QStringList missing
            = unnamed(&profiles) + unnamed(&settings) + unnamed(&shortcuts) + unnamed(&guide);
        for (const QString &m : std::as_const(missing))
            qWarning("no accessible name: %s", qPrintable(m));
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 controls without an accessible name:\n  %2")
                           .arg(missing.size())
                           .arg(missing.join(QStringLiteral("\n  ")))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
