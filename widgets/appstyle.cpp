#include "appstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace qm {

namespace {

const char *const kStyleSheet = R"(
QListWidget#workspaceList {
    background: #eceff3;
    border: none;
    border-right: 1px solid #d9dee5;
    padding: 10px 8px;
    outline: 0;
}
QListWidget#workspaceList::item {
    color: #2d3a4a;
    padding: 4px 8px;
    border-radius: 6px;
}
QListWidget#workspaceList::item:hover { background: #e1e6ed; }
QListWidget#workspaceList::item:selected {
    background: #d6e4fa;
    color: #0f3b7a;
}
QWidget#pageContent { background: #f6f7f9; }
QLabel#pageTitle { font-size: 17pt; font-weight: 600; color: #1c2733; }
QLabel#pageStatus { color: #6b7886; }
QLabel#sectionTitle { font-size: 10.5pt; font-weight: 600; color: #3b4756; padding-top: 4px; }
QFrame#summaryCard {
    background: #ffffff;
    border: 1px solid #dde2e8;
    border-radius: 8px;
}
QFrame#summaryCard[attention="true"] { background: #fff8e8; border-color: #e9b949; }
QLabel#cardLabel { color: #627385; font-size: 8pt; font-weight: 600; }
QLabel#cardValue { color: #17212c; font-size: 19pt; font-weight: 600; }
QLabel#cardCaption { color: #7d8a97; font-size: 8.5pt; }
QLabel#problemNote {
    background: #fdeceb; border: 1px solid #f3c1bc; border-radius: 6px;
    color: #85201a; padding: 8px 10px;
}
QLabel#maintenanceNote {
    background: #fff4dc; border: 1px solid #eccb7d; border-radius: 6px;
    color: #5b4200; padding: 8px 10px;
}
QLabel#hintLabel { color: #5f6d7a; }
QLabel#dialogHeading { font-size: 13pt; font-weight: 600; }
QTableView#nodeTable {
    background: #ffffff;
    alternate-background-color: #f7f8fa;
    border: 1px solid #dde2e8;
    border-radius: 8px;
}
QTableView#nodeTable QHeaderView::section {
    background: #ffffff; color: #627385; font-weight: 600;
    border: none; border-bottom: 1px solid #e3e7ec; padding: 6px 8px;
}
QTableView#nodeTable::item { padding-left: 6px; }
QStatusBar { background: #eceff3; border-top: 1px solid #d9dee5; }
QStatusBar QLabel#statusMessage { color: #3b4756; padding-left: 6px; }
QStatusBar::item { border: none; }
)";

} // namespace

void applyAppStyle(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QPalette p = app.style()->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf7, 0xf8, 0xfa));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Button, QColor(0xf1, 0xf3, 0xf6));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xde));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x22, 0x2b, 0x36));
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x96, 0xa3));
    // setColor() without a group sets all three: give disabled controls their own, greyed look,
    // or a button that cannot be pressed looks exactly like one that can.
    const QColor disabledText(0x9a, 0xa5, 0xb1);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb8, 0xc4, 0xd6));
    app.setPalette(p);
    app.setStyleSheet(QString::fromLatin1(kStyleSheet));
}

} // namespace qm
