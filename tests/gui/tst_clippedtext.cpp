// Every workspace in every language at 1280×800: no button, check box or label shows less than its
// text (issue 12). A control is clipped when the layout gives it less width than its size hint
// asks for, which is what a long German, Spanish or French text does to a fixed toolbar. Each
// clipped control is reported with its language, workspace, text and the widths.

#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "settings/languages.h"
#include "settings/settings.h"
#include "translations.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace qm;

namespace {

// Text shown on the control, if it shows any on one line.
QString shownText(const QWidget *w)
{
    if (auto *b = qobject_cast<const QAbstractButton *>(w))
        return b->text();
    if (auto *l = qobject_cast<const QLabel *>(w)) {
        if (l->wordWrap() || !l->pixmap().isNull() || l->textFormat() == Qt::RichText)
            return {};
        return l->text().contains(u'\n') ? QString() : l->text();
    }
    return {};
}

QStringList clipped(QWidget *root, const QString &where)
{
    QStringList out;
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (!w->isVisible() || w->objectName().startsWith(QStringLiteral("qt_")))
            continue;
        const QString text = shownText(w);
        if (text.trimmed().isEmpty())
            continue;
        // Inside a scroll area the user can scroll to the rest; elided labels say so themselves.
        const int need = w->minimumSizeHint().width() > 0
            ? std::max(w->minimumSizeHint().width(), w->sizeHint().width())
            : w->sizeHint().width();
        if (w->width() + 1 < need)
            out << QStringLiteral("%1: '%2' (%3) is %4 px wide, needs %5")
                       .arg(where, text, QString::fromLatin1(w->metaObject()->className()))
                       .arg(w->width())
                       .arg(need);
    }
    return out;
}

} // namespace

class TestClippedText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_qmDir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("QM_NO_KEYCHAIN", "1");
        qunsetenv("QM_LANGUAGE");
        Settings::setBackingFile(m_dir.filePath(QStringLiteral("settings.ini")));
        m_qmDir = m_dir.filePath(QStringLiteral("i18n"));
        QVERIFY2(!qmtest::compileTranslations(m_qmDir).isEmpty(),
            "translations/quartermaster_*.ts are missing or lrelease failed on one");
    }
    void cleanupTestCase() { Settings::setBackingFile({}); }

    void noClippedTextAt1280x800_data()
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

    void noClippedTextAt1280x800()
    {
        QFETCH(QString, code);
        languages::Installed installed = languages::install(*qApp, code, m_qmDir);
        auto restore = qScopeGuard([&] {
            languages::uninstall(installed);
            QLocale::setDefault(QLocale::c());
        });
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles-") + code));
        SecretStore secrets;
        MainWindow w(&store, &secrets);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems;
        for (int i = 0; i < w.workspaces()->count(); ++i) {
            w.workspaces()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            Workspace *page = w.workspaces()->workspace(i);
            problems += clipped(page, code + u'/' + page->key());
        }
        problems += clipped(&w, code + QStringLiteral("/window"));
        problems.removeDuplicates();
        for (const QString &p : std::as_const(problems))
            qWarning("clipped: %s", qPrintable(p));
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 clipped controls (listed above)").arg(problems.size())));
    }
};

QTEST_MAIN(TestClippedText)
#include "tst_clippedtext.moc"
