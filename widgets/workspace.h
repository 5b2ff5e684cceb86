#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>
#include <functional>

namespace qm {

class Session;

// One job of the console (Overview, Catalog, Stock, Orders, Cache...): one class per workspace
// (CONVENTIONS.md #7). The main window hands every workspace the open Session (or nullptr while
// no profile is open) and tells it when it becomes visible, so it can pause polling when hidden.
class Workspace : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // A stable name for settings and tests ("overview", "catalog").
    virtual QString key() const = 0;

    virtual void setSession(Session *session) = 0;
    virtual void setActive(bool active) { m_active = active; }
    bool isActive() const { return m_active; }

private:
    bool m_active = false;
};

// A workspace that works while its session is connected (Catalog, Stock, Orders): setSession()
// drops the old session's signals and calls stop(); then start() runs now if the new session is
// connected and again after every reconnect, and updateCapabilities() whenever the signed-in
// role's rights change, so the page can hide what the role may not do.
class SessionWorkspace : public Workspace
{
    Q_OBJECT
public:
    using Workspace::Workspace;
    void setSession(Session *session) final;

protected:
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual void updateCapabilities() = 0;

    QPointer<Session> m_session;
};

// How the main window makes its workspaces: what the switcher shows (key, title, icon) without
// building the page, and how to build it. The host builds a page the first time it is shown or
// asked for, so start-up pays for the first workspace only. A workspace class provides static
// workspaceKey(), workspaceTitle() and workspaceIcon(); workspaceEntry<Page>() reads them.
using WorkspaceFactory = std::function<Workspace *(QWidget *parent)>;
struct WorkspaceEntry
{
    QString key;
    std::function<QString()> title; // translated when called
    std::function<QIcon()> icon;
    WorkspaceFactory make;
};

template <class Page> WorkspaceEntry workspaceEntry()
{
    return {Page::workspaceKey(), &Page::workspaceTitle, &Page::workspaceIcon,
        [](QWidget *parent) -> Workspace * { return new Page(parent); }};
}

// The workspaces in switcher order (workspaceregistry.cpp: one line per workspace).
QList<WorkspaceEntry> workspaceEntries();

} // namespace qm
