#include "appstyle.h"

#include <QApplication>
#include <QGuiApplication>
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

// The dark look is the light style sheet with each colour swapped for its dark counterpart, so
// the two never drift apart: a new rule needs its colours added here once.
const std::pair<const char *, const char *> kDarkColours[] = {
    {"#eceff3", "#1f242b"}, // sidebar, status bar
    {"#d9dee5", "#353c46"}, // sidebar border
    {"#2d3a4a", "#d5dce5"}, // sidebar text
    {"#e1e6ed", "#2a313a"}, // sidebar hover
    {"#d6e4fa", "#23406b"}, // sidebar selection
    {"#0f3b7a", "#e3edff"}, // sidebar selected text
    {"#f6f7f9", "#181c21"}, // page background
    {"#1c2733", "#e8edf3"}, // page title
    {"#6b7886", "#9aa7b5"}, // page status
    {"#3b4756", "#c3ccd6"}, // section titles, status text
    {"#ffffff", "#22282f"}, // cards, tables
    {"#dde2e8", "#38404a"}, // card borders
    {"#fff8e8", "#3a3120"}, // attention card
    {"#e9b949", "#b08a2e"}, // attention border
    {"#627385", "#9fb0c1"}, // card labels, headers
    {"#17212c", "#f0f3f7"}, // card values
    {"#7d8a97", "#8f9cab"}, // card captions
    {"#fdeceb", "#3d2220"}, // problem note
    {"#f3c1bc", "#7a3a33"}, // problem border
    {"#85201a", "#ffb4ab"}, // problem text
    {"#fff4dc", "#3a2f18"}, // maintenance note
    {"#eccb7d", "#8a6a22"}, // maintenance border
    {"#5b4200", "#ffd98a"}, // maintenance text
    {"#5f6d7a", "#a3b0bd"}, // hints
    {"#f7f8fa", "#262c34"}, // alternate rows
    {"#e3e7ec", "#353c46"}, // header border
};

QString styleSheet(Theme theme)
{
    QString sheet = QString::fromLatin1(kStyleSheet);
    if (theme == Theme::Dark) {
        for (const auto &[light, dark] : kDarkColours)
            sheet.replace(QLatin1String(light), QLatin1String(dark), Qt::CaseInsensitive);
    }
    return sheet;
}

QPalette darkPalette(QPalette p)
{
    p.setColor(QPalette::Window, QColor(0x18, 0x1c, 0x21));
    p.setColor(QPalette::WindowText, QColor(0xe1, 0xe6, 0xec));
    p.setColor(QPalette::Base, QColor(0x22, 0x28, 0x2f));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2c, 0x34));
    p.setColor(QPalette::Text, QColor(0xe1, 0xe6, 0xec));
    p.setColor(QPalette::Button, QColor(0x2b, 0x32, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe1, 0xe6, 0xec));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x3a, 0x42, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x32, 0x39, 0x43));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x30, 0x38));
    p.setColor(QPalette::Dark, QColor(0x12, 0x15, 0x19));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7f, 0xb2, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x32, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe1, 0xe6, 0xec));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x89, 0x96));
    const QColor disabledText(0x6b, 0x75, 0x80);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x1d, 0x22, 0x28));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x23, 0x29, 0x30));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x48, 0x5c));
    return p;
}

} // namespace

Theme resolveTheme(const QString &choice)
{
    if (choice == u"dark")
        return Theme::Dark;
    if (choice == u"light")
        return Theme::Light;
    // Qt 6.4 has no colour-scheme hint (6.5's QStyleHints::colorScheme): the platform theme's
    // palette says whether the desktop is dark. It is read once, on the first call (main() calls
    // this before applyAppStyle replaces the palette), and remembered for later choices.
    static const bool systemDark
        = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    return systemDark ? Theme::Dark : Theme::Light;
}

void applyAppStyle(QApplication &app, Theme theme)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    if (theme == Theme::Dark) {
        app.setPalette(darkPalette(app.style()->standardPalette()));
        app.setStyleSheet(styleSheet(theme));
        return;
    }
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
    app.setStyleSheet(styleSheet(theme));
}

} // namespace qm
