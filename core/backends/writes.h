#pragma once

#include "backend/backend.h"

#include <memory>

namespace qm::db {
class Cluster;
}
namespace qm::catalog {
class CatalogWrites;
}
namespace qm::inventory {
class StockWrites;
}
namespace qm::orders {
class OrderActions;
}
namespace qm::safety {
class Elevation;
}

// Who takes a backend's writes: the one place that chooses an implementation per backend, above
// both the services and the backends' implementations. The interfaces and the reference store's
// implementations live with their concern (catalog/, inventory/, orders/), Vendure's in vendure/;
// this folder includes them all and nothing below includes it. The callers (CatalogPage,
// ImportDialog, StockPage, OrdersPage, qmctl, tests) pass what it returns into the services
// (StockService, OrdersService take their writer through the constructor) or hold the interface.
// A backend without an implementation of a concern gets one that refuses every call with its
// Backend::unsupported() sentence, nothing written.
// `elevation` is the session's safety profile (Session::elevation()): every write of the returned
// writer asks it first and, on production without an elevation, refuses before anything is sent
// (a dry-run import still runs). Null only where no session exists (tests of the writers).
namespace qm::backends {

std::shared_ptr<catalog::CatalogWrites> catalogWrites(const Backend &backend,
    std::shared_ptr<db::Cluster> cluster, std::shared_ptr<const safety::Elevation> elevation);
std::shared_ptr<inventory::StockWrites> stockWrites(const Backend &backend,
    std::shared_ptr<db::Cluster> cluster, std::shared_ptr<const safety::Elevation> elevation);
std::shared_ptr<orders::OrderActions> orderActions(const Backend &backend,
    std::shared_ptr<db::Cluster> cluster, std::shared_ptr<const safety::Elevation> elevation);

} // namespace qm::backends
