#include "appicons.h"

#include <QDir>

namespace qm {

QIcon bundledIcon(const QString &name)
{
    // With the SVG icon engine absent, QIcon falls back to its pixmap engine, which cannot read
    // an SVG and leaves the icon null: then the PNG copies stand in, one file per size.
    const QIcon scalable(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!scalable.isNull())
        return scalable;
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
