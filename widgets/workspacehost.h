#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QListWidget;
class QStackedWidget;

namespace qm {

class Session;
class Workspace;

// The workspace switcher: a list on the left, the current workspace on the right. Each workspace
// gets an action with Ctrl+1..9 (the main window puts them in its View menu).
class WorkspaceHost : public QWidget
{
    Q_OBJECT
public:
    explicit WorkspaceHost(QWidget *parent = nullptr);

    void addWorkspace(Workspace *workspace);
    int count() const { return int(m_workspaces.size()); }
    Workspace *workspace(int index) const { return m_workspaces.value(index); }
    Workspace *workspace(const QString &key) const;
    Workspace *current() const;
    int currentIndex() const;
    void setCurrentIndex(int index);

    void setSession(Session *session); // passed on to every workspace
    QList<QAction *> switchActions() const { return m_actions; }

Q_SIGNALS:
    void currentChanged(int index);

private:
    void activate(int index);

    QListWidget *m_list;
    QStackedWidget *m_stack;
    QList<Workspace *> m_workspaces;
    QList<QAction *> m_actions;
    int m_active = -1;
};

} // namespace qm
