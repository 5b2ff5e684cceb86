#pragma once

#include <QCoreApplication>
#include <QString>

class QHeaderView;
class QMenu;
class QSplitter;
class QWidget;

namespace qm {

// Remembers splitter positions and table columns (order, widths, hidden ones) across starts, and
// gives every tracked table header a column chooser (context menu: one checkable entry per
// column, "Reset columns"). States are stored through Settings::viewState under
// "<scope>/<objectName>"; a stored state that does not fit (corrupt, from a table that had more
// columns) is ignored, and columns added since a state was saved show with their defaults.
// Changes are written shortly after they happen and when the view goes away.
class ViewState
{
    Q_DECLARE_TR_FUNCTIONS(qm::ViewState)
public:
    // Every QSplitter and every QTableView/QTreeView header below root that has an objectName.
    static void track(QWidget *root, const QString &scope);
    static void trackSplitter(QSplitter *splitter, const QString &key);
    static void trackHeader(QHeaderView *header, const QString &key);

    // This column can never be hidden through the chooser.
    static void keepVisible(QHeaderView *header, int logicalIndex);
    // Code is about to set the header's defaults (a new model): ignore those changes and restore
    // the remembered state once the event loop runs again.
    static void restoreLater(QHeaderView *header);
    // Writes every pending change now (the main window calls it when it closes).
    static void flush();

    // The chooser for header (parent owns it; the caller shows it).
    static QMenu *columnMenu(QHeaderView *header, QWidget *parent);
    // The tracked header of the table that has the focus below root, else of the first shown one.
    static QHeaderView *mainHeader(QWidget *root);
    // Opens the chooser under mainHeader(root), for the keyboard; false when root has no table.
    static bool chooseColumns(QWidget *root);
};

} // namespace qm
