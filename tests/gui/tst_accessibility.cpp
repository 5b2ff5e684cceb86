// Every interactive control of the main window, of every workspace and of the main dialogs has
// an accessible name: a screen reader says what a button, field, list or table is (issue 12). A
// control's name comes from its text, its buddy label, or setAccessibleName(); a control with
// none of them is reported with its object path, so the failure names what to fix.

#include "mainwindow.h"
#include "profiledialog.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "settings/languages.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "translations.h"
#include "userguidedialog.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDir>
#include <QKeySequence>
#include <QLabel>
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

// Texts of the controls under root that are visible now and take an Alt+letter (labels with a
// buddy, buttons), grouped by that letter: two in one group make Alt+letter only cycle focus.
QStringList mnemonicClashes(QWidget *root)
{
    QMap<QString, QStringList> byKey;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            text = l->text();
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            text = b->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            byKey[key.toString()] << text;
    }
    QStringList out;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
        if (it.value().size() > 1)
            out << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QM_NO_KEYCHAIN", "1");
        qunsetenv("QM_LANGUAGE");
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    void cleanupTestCase() { Settings::setBackingFile({}); }

    // Issue 12: every Alt+letter in the profile dialog reaches one control, in every language
    // and with every combination of the rows the backend and the Redis mode show.
    void profileDialogMnemonics_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en");
        const QDir ts(QStringLiteral(QM_SOURCE_DIR "/translations"));
        for (QString f : ts.entryList({QStringLiteral("quartermaster_*.ts")}, QDir::Files)) {
            f.remove(QStringLiteral("quartermaster_")).remove(QStringLiteral(".ts"));
            if (f != u"en") // English plurals only: the "en" row above
                QTest::newRow(qPrintable(f)) << f;
        }
    }

    void profileDialogMnemonics()
    {
        QFETCH(QString, code);
        const QString qmDir = m_dir.filePath(QStringLiteral("i18n"));
        if (!QFile::exists(qmDir))
            QVERIFY2(!qmtest::compileTranslations(qmDir).isEmpty(),
                "translations/quartermaster_*.ts are missing or lrelease failed on one");
        languages::Installed installed = languages::install(*qApp, code, qmDir);
        auto restore = qScopeGuard([&] {
            languages::uninstall(installed);
            QLocale::setDefault(QLocale::c());
        });
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles-") + code));
        SecretStore secrets;
        ProfileDialog dialog(&store, &secrets);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *backend = dialog.findChild<QComboBox *>(QStringLiteral("backend"));
        auto *redisMode = dialog.findChild<QComboBox *>(QStringLiteral("redisMode"));
        QVERIFY(backend && redisMode);
        QCOMPARE(backend->count(), 2);
        QCOMPARE(redisMode->count(), 3);
        QStringList clashes;
        for (int b = 0; b < backend->count(); ++b) {
            for (int r = 0; r < redisMode->count(); ++r) {
                backend->setCurrentIndex(b);
                redisMode->setCurrentIndex(r);
                QCoreApplication::processEvents();
                const QString mode = backend->currentText() + u'/' + redisMode->currentText();
                for (const QString &c : mnemonicClashes(&dialog))
                    clashes << code + u' ' + mode + QStringLiteral(": ") + c;
            }
        }
        clashes.removeDuplicates();
        QVERIFY2(clashes.isEmpty(),
            qPrintable(QStringLiteral("%1 clashing mnemonics:\n  %2")
                           .arg(clashes.size())
                           .arg(clashes.join(QStringLiteral("\n  ")))));
    }

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
