#include "backends/writes.h"

#include "catalog/catalogwrites.h"
#include "inventory/stockwrites.h"
#include "orders/orderactions.h"
#include "safety/elevation.h"
#include "vendure/vendurewrites.h"

namespace qm::backends {

namespace {

// The safety profile in front of a writer: each write asks the session's Elevation first and is
// refused (PermissionDenied, nothing sent) on production until it is elevated. Reads pass.
template <typename T> QFuture<Result<T>> refused(const Error &e)
{
    return QtFuture::makeReadyFuture(Result<T>(e));
}

QString gateTr(const char *text)
{
    return QCoreApplication::translate("qm::backends::Gate", text);
}

class GatedCatalogWrites : public catalog::CatalogWrites
{
public:
    GatedCatalogWrites(std::shared_ptr<catalog::CatalogWrites> inner,
        std::shared_ptr<const safety::Elevation> elevation)
        : m_inner(std::move(inner))
        , m_elevation(std::move(elevation))
    { }
    QFuture<Result<catalog::ApplyOutcome>> applyEdits(
        const QVector<catalog::PendingEdit> &edits) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "the catalog edit"))))
            return refused<catalog::ApplyOutcome>(*no);
        return m_inner->applyEdits(edits);
    }
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests) override
    {
        return m_inner->committedRequests(requests);
    }
    // Runs through the safety flow, which asks the same Elevation (FlowDialog, runFlowSync).
    std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const catalog::BulkChange &change, const catalog::BulkTarget &target) override
    {
        return m_inner->bulkEdit(change, target);
    }
    std::shared_ptr<safety::AuditSink> auditSink() override { return m_inner->auditSink(); }
    QFuture<Result<catalog::ImportReport>> importCsv(const QString &path,
        catalog::ImportOptions options, std::shared_ptr<catalog::ImportProgress> progress,
        db::Pool::JobId *job) override
    {
        if (!options.dryRun) {
            if (auto no = m_elevation->refusal(
                    gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "the import"))))
                return refused<catalog::ImportReport>(*no);
        }
        return m_inner->importCsv(path, options, std::move(progress), job);
    }
    void cancelImport(db::Pool::JobId job) override { m_inner->cancelImport(job); }

private:
    std::shared_ptr<catalog::CatalogWrites> m_inner;
    std::shared_ptr<const safety::Elevation> m_elevation;
};

class GatedStockWrites : public inventory::StockWrites
{
public:
    GatedStockWrites(std::shared_ptr<inventory::StockWrites> inner,
        std::shared_ptr<const safety::Elevation> elevation)
        : m_inner(std::move(inner))
        , m_elevation(std::move(elevation))
    { }
    QFuture<Result<inventory::StockChange>> adjust(const QUuid &request, qint64 productId,
        int warehouseId, int delta, const QString &reason, const QString &note) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "the stock adjustment"))))
            return refused<inventory::StockChange>(*no);
        return m_inner->adjust(request, productId, warehouseId, delta, reason, note);
    }
    QFuture<Result<inventory::StockChange>> count(const QUuid &request, qint64 productId,
        int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "the stock count"))))
            return refused<inventory::StockChange>(*no);
        return m_inner->count(request, productId, warehouseId, expectedOnHand, counted, note);
    }
    QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "releasing the reservation"))))
            return refused<Done>(*no);
        return m_inner->releaseReservation(request, reservationId, note);
    }
    QFuture<Result<int>> releaseExpired(const QUuid &request) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "releasing expired reservations"))))
            return refused<int>(*no);
        return m_inner->releaseExpired(request);
    }
    QFuture<Result<int>> repairDrift(const QUuid &request) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "the drift repair"))))
            return refused<int>(*no);
        return m_inner->repairDrift(request);
    }

private:
    std::shared_ptr<inventory::StockWrites> m_inner;
    std::shared_ptr<const safety::Elevation> m_elevation;
};

class GatedOrderActions : public orders::OrderActions
{
public:
    GatedOrderActions(std::shared_ptr<orders::OrderActions> inner,
        std::shared_ptr<const safety::Elevation> elevation)
        : m_inner(std::move(inner))
        , m_elevation(std::move(elevation))
    { }
    QFuture<Result<orders::OrderRow>> perform(const orders::OrderAction &action) override
    {
        if (auto no = m_elevation->refusal(
                gateTr(QT_TRANSLATE_NOOP("qm::backends::Gate", "the order action"))))
            return refused<orders::OrderRow>(*no);
        return m_inner->perform(action);
    }

private:
    std::shared_ptr<orders::OrderActions> m_inner;
    std::shared_ptr<const safety::Elevation> m_elevation;
};

template <typename Gated, typename T>
std::shared_ptr<T> gated(std::shared_ptr<T> inner, std::shared_ptr<const safety::Elevation> e)
{
    if (!e)
        return inner;
    return std::make_shared<Gated>(std::move(inner), std::move(e));
}

std::shared_ptr<catalog::CatalogWrites> catalogWriter(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);
std::shared_ptr<inventory::StockWrites> stockWriter(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);
std::shared_ptr<orders::OrderActions> orderWriter(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster);

} // namespace

std::shared_ptr<catalog::CatalogWrites> catalogWrites(const Backend &backend,
    std::shared_ptr<db::Cluster> cluster, std::shared_ptr<const safety::Elevation> elevation)
{
    return gated<GatedCatalogWrites>(
        catalogWriter(backend, std::move(cluster)), std::move(elevation));
}

std::shared_ptr<inventory::StockWrites> stockWrites(const Backend &backend,
    std::shared_ptr<db::Cluster> cluster, std::shared_ptr<const safety::Elevation> elevation)
{
    return gated<GatedStockWrites>(stockWriter(backend, std::move(cluster)), std::move(elevation));
}

std::shared_ptr<orders::OrderActions> orderActions(const Backend &backend,
    std::shared_ptr<db::Cluster> cluster, std::shared_ptr<const safety::Elevation> elevation)
{
    return gated<GatedOrderActions>(orderWriter(backend, std::move(cluster)), std::move(elevation));
}

namespace {

// Vendure: its Admin API writers (vendure/vendurewrites.h) where they exist; the rest refuses,
// and Backend::unsupported() says so in the UI.

std::shared_ptr<catalog::CatalogWrites> catalogWriter(
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

std::shared_ptr<inventory::StockWrites> stockWriter(
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

std::shared_ptr<orders::OrderActions> orderWriter(
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

} // namespace

} // namespace qm::backends
