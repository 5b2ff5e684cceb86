#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace qm {

namespace catalog {
class PendingChanges;
}

// What is typed but not applied: one line per product, one child per field (saved -> new).
// Apply writes them as one transaction; Undo/Redo walk the edit history; Discard drops them.
class PendingChangesPanel : public QWidget
{
    Q_OBJECT
public:
    PendingChangesPanel(
        catalog::PendingChanges *pending, QUndoStack *undo, QWidget *parent = nullptr);

    QPushButton *applyButton() const { return m_apply; }
    void setApplying(bool applying);
    void setEditable(bool editable);

Q_SIGNALS:
    void applyRequested();
    void discardRequested();
    void productActivated(qint64 productId);

private:
    void rebuild();

    catalog::PendingChanges *m_pending;
    QUndoStack *m_undo;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_apply;
    QPushButton *m_undoButton;
    QPushButton *m_redoButton;
    QPushButton *m_discard;
    bool m_applying = false;
    bool m_editable = true;
};

} // namespace qm
