#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QTableWidget;
class QWidget;

namespace qm {

// One keyboard shortcut as the sheet shows it.
struct ShortcutEntry
{
    QString area; // "Main window", or a workspace's title
    QString action; // the action's or button's text, without mnemonics
    QString keys; // native text, e.g. "Ctrl+Shift+P"; several sequences joined by ", "
};

// Every shortcut under root: actions (menus, tool buttons, widget actions) and buttons with a
// shortcut, in the order they appear, each listed once.
QList<ShortcutEntry> collectShortcuts(QWidget *root, const QString &area);

// Help ▸ Keyboard shortcuts: a searchable sheet of every shortcut of the main window and of
// each workspace, so that a keyboard user does not have to find them by hovering.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QList<ShortcutEntry> &entries, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTableWidget *m_table;
};

} // namespace qm
