#pragma once

#include "workspace.h"

#include <QList>
#include <QWidget>

class QAction;
class QListWidget;
class QStackedWidget;

namespace qm {

class Session;

// The workspace switcher: a list on the left, the current workspace on the right. Each workspace
// gets an action with Ctrl+1..9 (the main window puts them in its View menu).
class WorkspaceHost : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceHost(QWidget *parent = nullptr);

    // Shown in the switcher now; the page is built on first use (shown, or asked for below).
    void addWorkspace(WorkspaceEntry entry);
    int count() const { return int(m_entries.size()); }
    QString key(int index) const { return m_entries.value(index).key; }
    // Builds the page if it does not exist yet (it then gets the current session).
    Workspace *workspace(int index) const;
    Workspace *workspace(const QString &key) const;
    bool isBuilt(int index) const { return m_workspaces.value(index) != nullptr; }
    Workspace *current() const;
    int currentIndex() const;
    void setCurrentIndex(int index);

    void setSession(Session *session); // passed on to every workspace
    QList<QAction *> switchActions() const { return m_actions; }

Q_SIGNALS:
    void currentChanged(int index);

private:
    void activate(int index);
    Workspace *build(int index);

    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<WorkspaceEntry> m_entries;
    QList<Workspace *> m_workspaces; // nullptr until built
    Session *m_session = nullptr;
    QList<QAction *> m_actions;
    int m_active = -1;
};

} // namespace qm
