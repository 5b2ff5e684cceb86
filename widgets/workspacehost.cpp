#include "workspacehost.h"

#include "workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>

namespace qm {

WorkspaceHost::WorkspaceHost(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_list->setObjectName(QStringLiteral("workspaceList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(2);
    m_list->setFixedWidth(176);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Workspaces"));
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, &WorkspaceHost::activate);
}

void WorkspaceHost::addWorkspace(Workspace *workspace)
{
    const int index = int(m_workspaces.size());
    m_workspaces.append(workspace);
    m_stack->addWidget(workspace);
    auto *item = new QListWidgetItem(workspace->icon(), workspace->title(), m_list);
    item->setSizeHint(QSize(0, 36));
    item->setToolTip(
        index < 9 ? tr("%1 (Ctrl+%2)").arg(workspace->title()).arg(index + 1) : workspace->title());

    auto *action = new QAction(workspace->icon(), workspace->title(), this);
    action->setCheckable(true);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, index] { setCurrentIndex(index); });
    addAction(action);
    m_actions.append(action);
    if (index == 0)
        setCurrentIndex(0);
}

Workspace *WorkspaceHost::workspace(const QString &key) const
{
    for (Workspace *w : m_workspaces) {
        if (w->key() == key)
            return w;
    }
    return nullptr;
}

Workspace *WorkspaceHost::current() const
{
    return m_workspaces.value(m_active);
}
int WorkspaceHost::currentIndex() const
{
    return m_active;
}

void WorkspaceHost::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_workspaces.size())
        return;
    m_list->setCurrentRow(index); // activates through currentRowChanged
    activate(index);
}

void WorkspaceHost::activate(int index)
{
    if (index == m_active || index < 0 || index >= m_workspaces.size())
        return;
    if (Workspace *old = current())
        old->setActive(false);
    m_active = index;
    m_stack->setCurrentIndex(index);
    m_workspaces[index]->setActive(true);
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setChecked(i == index);
    Q_EMIT currentChanged(index);
}

void WorkspaceHost::setSession(Session *session)
{
    for (Workspace *w : m_workspaces)
        w->setSession(session);
}

} // namespace qm
