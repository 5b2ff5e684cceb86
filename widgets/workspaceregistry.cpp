#include "audit/auditpage.h"
#include "cache/cachepage.h"
#include "capacity/capacitypage.h"
#include "catalog/catalogpage.h"
#include "orders/orderspage.h"
#include "overviewpage.h"
#include "queues/queuespage.h"
#include "runbooks/runbookspage.h"
#include "stock/stockpage.h"
#include "workspace.h"

namespace qm {

// The workspaces in switcher order (Ctrl+1 is the first). One line per workspace class; an
// explicit list rather than static self-registration, which a static library's linker would drop.
QList<WorkspaceEntry> workspaceEntries()
{
    return {
        workspaceEntry<OverviewPage>(),
        workspaceEntry<CatalogPage>(),
        workspaceEntry<StockPage>(),
        workspaceEntry<OrdersPage>(),
        workspaceEntry<CachePage>(),
        workspaceEntry<CapacityPage>(),
        workspaceEntry<QueuesPage>(),
        workspaceEntry<AuditPage>(),
        workspaceEntry<RunbooksPage>(),
    };
}

} // namespace qm
