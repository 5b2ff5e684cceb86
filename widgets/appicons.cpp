#include "appicons.h"

#include <QDir>
#include <QFile>

namespace qm {

QIcon bundledIcon(const QString &name)
{
    // With the SVG icon engine absent, QIcon falls back to its pixmap engine, which takes the
    // file but cannot read it: the icon is not null, yet it draws nothing. Then the PNG copies
    // stand in, one file per size.
    // Whether the engine reads SVG is asked once, with the first icon: a test pixmap of every
    // icon cost start-up about 1 ms of GUI-thread CPU for the switcher's ten.
    static const bool svgEngine = [] {
        const QString probe = QStringLiteral(":/icons/quartermaster.svg");
        return QFile::exists(probe) && !QIcon(probe).pixmap(QSize(16, 16)).isNull();
    }();
    const QString svg = QStringLiteral(":/icons/%1.svg").arg(name);
    if (svgEngine && QFile::exists(svg))
        return QIcon(svg);
    QIcon icon;
    const QDir png(QStringLiteral(":/icons/png"));
    const QStringList files = png.entryList({name + QStringLiteral("-*.png")}, QDir::Files);
    for (const QString &file : files)
        icon.addFile(png.filePath(file));
    return icon;
}

QIcon applicationIcon()
{
    return bundledIcon(QStringLiteral("quartermaster"));
}

} // namespace qm
