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

// Who takes a backend's writes: the one place that chooses an implementation per backend, above
// both the services and the backends' implementations. The interfaces and the reference store's
// implementations live with their concern (catalog/, inventory/, orders/), Vendure's in vendure/;
// this folder includes them all and nothing below includes it. The callers (CatalogPage,
// ImportDialog, StockPage, OrdersPage, qmctl, tests) pass what it returns into the services
// (StockService, OrdersService take their writer through the constructor) or hold the interface.
// A backend without an implementation of a concern gets one that refuses every call with its
// Backend::unsupported() sentence, nothing written.
namespace qm::backends {

std::shared_ptr<catalog::CatalogWrites> catalogWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);
std::shared_ptr<inventory::StockWrites> stockWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);
std::shared_ptr<orders::OrderActions> orderActions(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);

} // namespace qm::backends
