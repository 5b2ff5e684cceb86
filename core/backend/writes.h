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

// Who takes a backend's writes: the one place that chooses an implementation per backend. The
// callers (CatalogPage, ImportDialog, StockService, OrdersService) hold the interface only, so a
// backend's implementation is added here without touching them. A backend without an
// implementation of a concern gets one that refuses every call with its
// Backend::unsupported() sentence, nothing written.
namespace qm::backend {

std::shared_ptr<catalog::CatalogWrites> catalogWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);
std::shared_ptr<inventory::StockWrites> stockWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);
std::shared_ptr<orders::OrderActions> orderActions(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);

} // namespace qm::backend
