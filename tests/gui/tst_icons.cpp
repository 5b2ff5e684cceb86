// The console's own icons, offscreen, with no icon theme at all (as on a clean system): every
// sidebar entry and its View-menu action has an icon that paints, and the application has one.
// The same checks run a second time in a child process whose Qt finds no SVG plugins (Debian's
// libqt6svg6 missing, or a Windows/macOS deployment without it): the PNG copies must stand in.
#include "appicons.h"
#include "common/threadguard.h"
#include "guiguard.h"
#include "workspace.h"
#include "workspacehost.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QLibraryInfo>
#include <QListWidget>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace qm;

namespace {

// Set in the child run: Qt is confined to its platform plugins (no image formats, no icon engines).
const char *const noPluginsVar = "QM_TST_ICONS_NO_PLUGINS";

// How many pixels of the icon at size x size are not transparent (an icon that paints nothing is
// as bad as a null one).
int paintedPixels(const QIcon &icon, int size)
{
    const QImage img = icon.pixmap(QSize(size, size)).toImage();
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += qAlpha(img.pixel(x, y)) > 0 ? 1 : 0;
    return n;
}

void noIconTheme()
{
    QIcon::setThemeSearchPaths({});
    QIcon::setFallbackSearchPaths({});
    QIcon::setThemeName(QString());
    QIcon::setFallbackThemeName(QString());
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        noIconTheme();
        enableGuiThreadGuard(true);
        const bool svg = QImageReader::supportedImageFormats().contains("svg");
        if (qEnvironmentVariableIsSet(noPluginsVar))
            QVERIFY2(!svg, "the child run must not find the SVG plugins");
        qInfo("SVG image plugin %s", svg ? "present" : "absent");
    }

    void cleanup() { QCOMPARE(guiThreadViolations(), 0); }

    void sidebarEntriesHaveIcons()
    {
        WorkspaceHost host;
        const QList<WorkspaceEntry> entries = workspaceEntries();
        QVERIFY(entries.size() >= 5);
        for (const WorkspaceEntry &e : entries)
            host.addWorkspace(e);
        auto *list = host.findChild<QListWidget *>(QStringLiteral("workspaceList"));
        QVERIFY(list);
        QCOMPARE(list->count(), entries.size());
        const int size = list->iconSize().width();
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            const QByteArray what = item->text().toUtf8();
            QVERIFY2(!item->icon().isNull(), "sidebar entry without an icon: " + what);
            QVERIFY2(
                paintedPixels(item->icon(), size) > size, "sidebar icon paints nothing: " + what);
            QVERIFY2(paintedPixels(item->icon(), 2 * size) > 2 * size,
                "sidebar icon paints nothing at 2x: " + what);
        }
        const QList<QAction *> actions = host.actions();
        QCOMPARE(actions.size(), entries.size());
        for (const QAction *a : actions)
            QVERIFY2(
                !a->icon().isNull(), "View-menu action without an icon: " + a->text().toUtf8());
    }

    void sidebarIconsDiffer()
    {
        // One picture per workspace: a shared fallback (e.g. a generic style icon) is a bug too.
        QSet<QByteArray> seen;
        for (const WorkspaceEntry &e : workspaceEntries()) {
            const QImage img = e.icon().pixmap(QSize(24, 24)).toImage();
            const QByteArray bits(
                reinterpret_cast<const char *>(img.constBits()), img.sizeInBytes());
            QVERIFY2(!seen.contains(bits), "two workspaces share an icon: " + e.key.toUtf8());
            seen.insert(bits);
        }
    }

    void applicationIconPaints()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        QVERIFY(paintedPixels(icon, 48) > 48 * 48 / 2);
        QVERIFY(bundledIcon(QStringLiteral("no-such-icon")).isNull());
    }

    void withoutSvgPlugins()
    {
        if (qEnvironmentVariableIsSet(noPluginsVar))
            QSKIP("this is the child run");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(noPluginsVar), QStringLiteral("1"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM_PLUGIN_PATH"),
            QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platforms"));
        env.remove(QStringLiteral("QT_PLUGIN_PATH"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(qmtest::testBlocks([&] { return child.waitForFinished(300000); }));
        const QByteArray out = child.readAll();
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            qWarning().noquote() << out;
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() == 0, "icons fail without the SVG plugins (output above)");
        QVERIFY2(out.contains("SVG image plugin absent"), out.constData());
    }
};

int main(int argc, char *argv[])
{
    // The child run: plugins only from an empty folder (the platform plugin comes from
    // QT_QPA_PLATFORM_PLUGIN_PATH), as on a system without the SVG plugins.
    QTemporaryDir emptyPlugins;
    if (qEnvironmentVariableIsSet(noPluginsVar))
        QCoreApplication::setLibraryPaths({emptyPlugins.path()});
    QApplication app(argc, argv);
    TestIcons test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_icons.moc"
