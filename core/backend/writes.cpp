#include "backend/writes.h"

#include "backend/referencewrites.h"
#include "backend/vendurewrites.h"
#include "catalog/bulkeditaction.h"
#include "safety/destructiveaction.h"

#include <QFuture>

namespace qm::backend {

namespace {

// A backend without an implementation of a concern: every call is refused at once with the
// backend's own sentence for that action, before anything is sent anywhere.
Error refusal(const Backend &backend, BackendAction action)
{
    QString why = backend.unsupported(action);
    if (why.isEmpty())
        why = Backend::tr("%1 cannot do this.").arg(backend.name());
    return Error {Error::Code::InvalidInput, why + u' ' + Backend::tr("Nothing was changed."),
        QStringLiteral("backend=%1").arg(backend.key()), {}};
}

template <typename T> QFuture<Result<T>> refused(const Backend &backend, BackendAction action)
{
    return QtFuture::makeReadyFuture(Result<T>(refusal(backend, action)));
}

class RefusedBulkEdit : public safety::DestructiveAction
{
public:
    explicit RefusedBulkEdit(Backend backend)
        : m_backend(std::move(backend))
    { }
    QString kind() const override { return QStringLiteral("catalog.bulk_edit"); }
    QString describe() const override { return m_backend.unsupported(BackendAction::BulkEdit); }
    Result<safety::Plan> plan(const safety::CancelToken &) override
    {
        safety::Plan p;
        p.action = kind();
        p.title = describe();
        p.refused = true;
        p.refusal = refusal(m_backend, BackendAction::BulkEdit).message;
        return p;
    }
    safety::Outcome execute(
        const safety::Plan &, const safety::ProgressFn &, const safety::CancelToken &) override
    {
        safety::Outcome out;
        out.error = refusal(m_backend, BackendAction::BulkEdit);
        return out;
    }
    Result<safety::Verification> verify(
        const safety::Plan &, const safety::Outcome &, const safety::CancelToken &) override
    {
        safety::Verification v;
        v.ok = true;
        v.summary = refusal(m_backend, BackendAction::BulkEdit).message;
        return v;
    }

private:
    Backend m_backend;
};

class RefusedCatalogWrites : public catalog::CatalogWrites
{
public:
    explicit RefusedCatalogWrites(Backend backend)
        : m_backend(std::move(backend))
    { }
    QFuture<Result<catalog::ApplyOutcome>> applyEdits(
        const QVector<catalog::PendingEdit> &) override
    {
        return refused<catalog::ApplyOutcome>(m_backend, BackendAction::ProductEdit);
    }
    // Nothing was ever applied through this backend by this console.
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &) override
    {
        return QtFuture::makeReadyFuture(Result<QVector<QUuid>>(QVector<QUuid> {}));
    }
    std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const catalog::BulkChange &, const catalog::BulkTarget &) override
    {
        return std::make_shared<RefusedBulkEdit>(m_backend);
    }
    std::shared_ptr<safety::AuditSink> auditSink() override
    {
        return std::make_shared<catalog::ServerAuditedSink>(); // nothing runs: nothing to record
    }
    QFuture<Result<catalog::ImportReport>> importCsv(const QString &, catalog::ImportOptions,
        std::shared_ptr<catalog::ImportProgress>, db::Pool::JobId *) override
    {
        return refused<catalog::ImportReport>(m_backend, BackendAction::CatalogImport);
    }
    void cancelImport(db::Pool::JobId) override { }

private:
    Backend m_backend;
};

class RefusedStockWrites : public inventory::StockWrites
{
public:
    explicit RefusedStockWrites(Backend backend)
        : m_backend(std::move(backend))
    { }
    QFuture<Result<inventory::StockChange>> adjust(
        const QUuid &, qint64, int, int, const QString &, const QString &) override
    {
        return refused<inventory::StockChange>(m_backend, BackendAction::StockAdjust);
    }
    QFuture<Result<inventory::StockChange>> count(
        const QUuid &, qint64, int, qint64, qint64, const QString &) override
    {
        return refused<inventory::StockChange>(m_backend, BackendAction::StockCount);
    }
    QFuture<Result<Done>> releaseReservation(const QUuid &, qint64, const QString &) override
    {
        return refused<Done>(m_backend, BackendAction::ReleaseReservation);
    }
    QFuture<Result<int>> releaseExpired(const QUuid &) override
    {
        return refused<int>(m_backend, BackendAction::ReleaseReservation);
    }
    QFuture<Result<int>> repairDrift(const QUuid &) override
    {
        return refused<int>(m_backend, BackendAction::ReconcileRepair);
    }

private:
    Backend m_backend;
};

class RefusedOrderActions : public orders::OrderActions
{
public:
    explicit RefusedOrderActions(Backend backend)
        : m_backend(std::move(backend))
    { }
    QFuture<Result<orders::OrderRow>> perform(const orders::OrderAction &action) override
    {
        return refused<orders::OrderRow>(m_backend, orders::backendAction(action.kind));
    }

private:
    Backend m_backend;
};

} // namespace

// Vendure: its Admin API writers (vendurewrites.h) where they exist; the rest refuses, and
// Backend::unsupported() says so in the UI.

std::shared_ptr<catalog::CatalogWrites> catalogWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster)
{
    switch (backend.kind()) {
    case BackendKind::Reference:
        return std::make_shared<ReferenceCatalogWrites>(std::move(cluster));
    case BackendKind::Vendure:
        break;
    }
    return std::make_shared<RefusedCatalogWrites>(backend);
}

std::shared_ptr<inventory::StockWrites> stockWrites(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster)
{
    switch (backend.kind()) {
    case BackendKind::Reference:
        return std::make_shared<ReferenceStockWrites>(std::move(cluster));
    case BackendKind::Vendure:
        // Adjust goes to the Admin API; count, reservations and repair keep refusing.
        return std::make_shared<VendureStockWrites>(
            backend, std::move(cluster), std::make_shared<RefusedStockWrites>(backend));
    }
    return std::make_shared<RefusedStockWrites>(backend);
}

std::shared_ptr<orders::OrderActions> orderActions(
    const Backend &backend, std::shared_ptr<db::Cluster> cluster)
{
    switch (backend.kind()) {
    case BackendKind::Reference:
        return std::make_shared<ReferenceOrderActions>(std::move(cluster));
    case BackendKind::Vendure:
        return std::make_shared<VendureOrderActions>(backend, std::move(cluster));
    }
    return std::make_shared<RefusedOrderActions>(backend);
}

} // namespace qm::backend
