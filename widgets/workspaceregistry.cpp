#include "cache/cachepage.h"
#include "catalog/catalogpage.h"
#include "orders/orderspage.h"
#include "overviewpage.h"
#include "stock/stockpage.h"
#include "workspace.h"

namespace qm {

// The workspaces in switcher order (Ctrl+1 is the first). One line per workspace class; an
// explicit list rather than static self-registration, which a static library's linker would drop.
QList<WorkspaceFactory> workspaceFactories()
{
    return {
        [](QWidget *parent) -> Workspace * { return new OverviewPage(parent); },
        [](QWidget *parent) -> Workspace * { return new CatalogPage(parent); },
        [](QWidget *parent) -> Workspace * { return new StockPage(parent); },
        [](QWidget *parent) -> Workspace * { return new OrdersPage(parent); },
        [](QWidget *parent) -> Workspace * { return new CachePage(parent); },
    };
}

} // namespace qm
