#include "workspacehost.h"

#include "viewstate.h"
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

void WorkspaceHost::addWorkspace(WorkspaceEntry entry)
{
    const int index = int(m_entries.size());
    const QString title = entry.title();
    const QIcon icon = entry.icon();
    m_entries.append(std::move(entry));
    m_workspaces.append(nullptr);
    m_stack->addWidget(new QWidget(m_stack)); // a placeholder until the page is built
    auto *item = new QListWidgetItem(icon, title, m_list);
    item->setSizeHint(QSize(0, 36));
    item->setToolTip(index < 9 ? tr("%1 (Ctrl+%2)").arg(title).arg(index + 1) : title);

    auto *action = new QAction(icon, title, this);
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

Workspace *WorkspaceHost::workspace(int index) const
{
    if (index < 0 || index >= m_entries.size())
        return nullptr;
    if (Workspace *w = m_workspaces.at(index))
        return w;
    // Building is not a visible change of the host: the pointer list is a cache.
    return const_cast<WorkspaceHost *>(this)->build(index);
}

Workspace *WorkspaceHost::workspace(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return workspace(i);
    }
    return nullptr;
}

Workspace *WorkspaceHost::build(int index)
{
    Workspace *w = m_entries.at(index).make(m_stack);
    QWidget *placeholder = m_stack->widget(index);
    const bool shown = m_stack->currentIndex() == index;
    m_stack->insertWidget(index, w);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    if (shown)
        m_stack->setCurrentIndex(index);
    m_workspaces[index] = w;
    ViewState::track(w, w->key()); // splitters and columns as the user left them
    if (m_session)
        w->setSession(m_session);
    return w;
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
    if (index < 0 || index >= m_entries.size())
        return;
    m_list->setCurrentRow(index); // activates through currentRowChanged
    activate(index);
}

void WorkspaceHost::activate(int index)
{
    if (index == m_active || index < 0 || index >= m_entries.size())
        return;
    if (Workspace *old = current())
        old->setActive(false);
    m_active = index;
    Workspace *now = workspace(index);
    m_stack->setCurrentIndex(index);
    now->setActive(true);
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions[i]->setChecked(i == index);
    Q_EMIT currentChanged(index);
}

void WorkspaceHost::setSession(Session *session)
{
    m_session = session;
    for (Workspace *w : std::as_const(m_workspaces)) {
        if (w)
            w->setSession(session);
    }
}

} // namespace qm
