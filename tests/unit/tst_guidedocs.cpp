// The user guide (docs/guide, issue 12) stands on its own: every picture a page references
// exists, every link stays inside the guide and reaches a file, every workspace of the sidebar is
// a heading of at least one page, and the README links the guide.

#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtTest>

using namespace qm;

namespace {

QDir guideDir()
{
    return QDir(QStringLiteral(QM_SOURCE_DIR "/docs/guide"));
}

struct Page
{
    QString name;
    QStringList lines;
};

QList<Page> guidePages()
{
    QList<Page> pages;
    const QStringList names
        = guideDir().entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        QFile f(guideDir().filePath(name));
        if (f.open(QIODevice::ReadOnly))
            pages.append({name, QString::fromUtf8(f.readAll()).split(u'\n')});
    }
    return pages;
}

// Markdown link or picture targets on a line, without a trailing "title".
QStringList targets(const QString &line, bool images)
{
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+))"));
    static const QRegularExpression link(QStringLiteral(R"((?<!!)\[[^\]]*\]\(([^)\s]+))"));
    QStringList out;
    for (auto m = (images ? image : link).globalMatch(line); m.hasNext();)
        out << m.next().captured(1);
    return out;
}

} // namespace

class TestGuideDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thePagesExist()
    {
        for (const char *name :
            {"index.md", "store-manager.md", "merchandiser.md", "on-call-engineer.md"}) {
            QVERIFY2(guideDir().exists(QLatin1String(name)), name);
        }
    }

    void everyReferencedPictureExists()
    {
        int pictures = 0;
        const QList<Page> pages = guidePages();
        for (const Page &page : pages) {
            for (qsizetype i = 0; i < page.lines.size(); ++i) {
                const QStringList images = targets(page.lines.at(i), true);
                for (const QString &target : images) {
                    ++pictures;
                    QVERIFY2(!target.contains(QStringLiteral("://")) && !target.startsWith(u'/'),
                        qPrintable(QStringLiteral("%1:%2: %3 is not a relative path")
                                       .arg(page.name)
                                       .arg(i + 1)
                                       .arg(target)));
                    QVERIFY2(QFileInfo(guideDir().filePath(target)).isFile(),
                        qPrintable(QStringLiteral("%1:%2: the picture %3 does not exist")
                                       .arg(page.name)
                                       .arg(i + 1)
                                       .arg(target)));
                }
            }
        }
        QVERIFY2(pictures >= 7, qPrintable(QString::number(pictures)));
    }

    void everyLinkStaysInsideTheGuide()
    {
        const QString root = guideDir().absolutePath() + u'/';
        const QList<Page> pages = guidePages();
        for (const Page &page : pages) {
            for (qsizetype i = 0; i < page.lines.size(); ++i) {
                const QStringList links = targets(page.lines.at(i), false);
                for (QString target : links) {
                    const QString where
                        = QStringLiteral("%1:%2: %3").arg(page.name).arg(i + 1).arg(target);
                    QVERIFY2(!target.contains(QStringLiteral("://")),
                        qPrintable(where + QStringLiteral(" leaves the repository")));
                    target = target.section(u'#', 0, 0);
                    if (target.isEmpty())
                        continue; // an anchor on the same page
                    const QString path = QDir::cleanPath(guideDir().absoluteFilePath(target));
                    QVERIFY2(path.startsWith(root),
                        qPrintable(where + QStringLiteral(" leaves the guide (not installed)")));
                    QVERIFY2(QFileInfo(path).isFile(),
                        qPrintable(where + QStringLiteral(" does not exist")));
                }
            }
        }
    }

    void everyWorkspaceHasAHeading()
    {
        const QList<Page> pages = guidePages();
        const QList<WorkspaceEntry> entries = workspaceEntries();
        QVERIFY(entries.size() >= 7);
        for (const WorkspaceEntry &e : entries) {
            const QString title = e.title();
            const QRegularExpression heading(
                QStringLiteral("^#{1,4} .*\\b%1\\b").arg(QRegularExpression::escape(title)));
            bool found = false;
            for (const Page &page : pages) {
                for (const QString &line : page.lines)
                    found |= heading.match(line).hasMatch();
            }
            QVERIFY2(found,
                qPrintable(
                    QStringLiteral("the workspace %1 (sidebar) is no heading in docs/guide/*.md")
                        .arg(title)));
        }
    }

    void theReadmeLinksTheGuide()
    {
        QFile readme(QStringLiteral(QM_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(readme.readAll());
        QVERIFY2(text.contains(QStringLiteral("](docs/guide/index.md)")),
            "README.md does not link docs/guide/index.md");
        QVERIFY2(text.contains(QStringLiteral("F1")), "README.md does not mention F1");
    }
};

QTEST_MAIN(TestGuideDocs)
#include "tst_guidedocs.moc"
