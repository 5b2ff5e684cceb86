#pragma once

#include <QIcon>
#include <QString>

namespace qm {

// The console's own icons (resources/icons, embedded under :/icons), never the desktop's icon
// theme, which a clean system does not have. bundledIcon("orders") is the scalable
// :/icons/orders.svg where Qt's SVG icon engine is installed, else the PNG copies
// :/icons/png/orders-SIZE.png (rendered by resources/icons/render.sh), so a missing plugin
// costs sharpness on high-DPI screens, not the icon. An unknown name gives a null icon.
QIcon bundledIcon(const QString &name);

// The application's icon (window, taskbar, about box): bundledIcon("quartermaster").
QIcon applicationIcon();

} // namespace qm
