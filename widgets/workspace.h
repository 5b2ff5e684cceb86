#pragma once

#include <QIcon>
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

// How the main window makes its workspaces: later issues add CatalogPage, StockPage, OrdersPage,
// CachePage by appending a factory to workspaceFactories() (workspaceregistry.cpp).
using WorkspaceFactory = std::function<Workspace *(QWidget *parent)>;
QList<WorkspaceFactory> workspaceFactories();

} // namespace qm
