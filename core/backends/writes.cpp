#include "backends/writes.h"

#include "catalog/catalogwrites.h"
#include "inventory/stockwrites.h"
#include "orders/orderactions.h"
#include "vendure/vendurewrites.h"

namespace qm::backends {

// Vendure: its Admin API writers (vendure/vendurewrites.h) where they exist; the rest refuses,
// and Backend::unsupported() says so in the UI.

std::shared_ptr<catalog::CatalogWrites> catalogWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster)
{
    switch (backend.kind()) {
    case BackendKind::Reference:
        return std::make_shared<catalog::ReferenceCatalogWrites>(std::move(cluster));
    case BackendKind::Vendure:
        // Price and name edits go to the Admin API; bulk edits and import keep refusing.
        return std::make_shared<vendure::VendureCatalogWrites>(
            backend, std::move(cluster), std::make_shared<catalog::RefusedCatalogWrites>(backend));
    }
    return std::make_shared<catalog::RefusedCatalogWrites>(backend);
}

std::shared_ptr<inventory::StockWrites> stockWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster)
{
    switch (backend.kind()) {
    case BackendKind::Reference:
        return std::make_shared<inventory::ReferenceStockWrites>(std::move(cluster));
    case BackendKind::Vendure:
        // Adjust goes to the Admin API; count, reservations and repair keep refusing.
        return std::make_shared<vendure::VendureStockWrites>(
            backend, std::move(cluster), std::make_shared<inventory::RefusedStockWrites>(backend));
    }
    return std::make_shared<inventory::RefusedStockWrites>(backend);
}

std::shared_ptr<orders::OrderActions> orderActions(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster)
{
    switch (backend.kind()) {
    case BackendKind::Reference:
        return std::make_shared<orders::ReferenceOrderActions>(std::move(cluster));
    case BackendKind::Vendure:
        return std::make_shared<vendure::VendureOrderActions>(backend, std::move(cluster));
    }
    return std::make_shared<orders::RefusedOrderActions>(backend);
}

} // namespace qm::backends
