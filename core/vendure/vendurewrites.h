#pragma once

#include "backend/backend.h"
#include "catalog/catalogwrites.h"
#include "inventory/stockwrites.h"
#include "orders/orderactions.h"

#include <memory>

namespace qm::db {
class Cluster;
}

// Vendure's writes: calls of its Admin API (qm::vendure::AdminClient), then the result read back
// from the console's qm_vendure views on the primary, as the reference implementation returns it.
// They implement the interfaces of inventory/ and orders/ from above (this folder includes those,
// never the reverse); backends::stockWrites()/orderActions() (core/backends/) choose them for a
// Vendure profile and hand them to StockService/OrdersService.
//
// Threads: AdminClient is a QObject whose futures finish on its own thread's event loop. The
// services' callers continue futures with whenFinished() on the GUI thread, and qmctl and tests
// wait with waitBlocking() on a thread that runs no event loop; both must work. So each writer
// owns a private thread with its AdminClient living there: a call is posted to that thread and
// returns at once; its future finishes on that thread (or on a database worker after the read
// back), never blocking the caller. Destroying the writer cancels what is still out (the
// callers see Cancelled).
//
// Rights: the Admin API signs in as the profile's Vendure user (a superadmin), so each write first
// asks the backend's my_capabilities() whether the console's database role may do it
// ("stock.adjust", "orders.act") and refuses with PermissionDenied (42501) otherwise, as the
// reference store's grants do; nothing is sent to Vendure then.
//
// Request ids: Vendure has none and its mutations are not idempotent. The request id the caller
// passes is the audit log's: a retry with the same id (and the same plan) after the call was
// applied is not sent again (the stock level / order as it is now is returned); after it was
// refused, the retry is refused with that error; when the intent has no outcome (the answer was
// lost) it is refused as a Conflict, since the first call may have reached Vendure.
namespace qm::vendure {

class VendureLink;

class VendureStockWrites : public inventory::StockWrites
{
public:
    // refused: what answers the methods Vendure does not do here (count, reservations, repair).
    VendureStockWrites(Backend backend, std::shared_ptr<db::Cluster> cluster,
        std::shared_ptr<inventory::StockWrites> refused);
    ~VendureStockWrites() override;

    // Adds delta to on hand at stock location warehouseId (0: the variant's only location).
    // reason and note are not stored: Vendure records every manual change as an ADJUSTMENT
    // (qm_vendure.stock_ledger reason "correction") without a note. Refused (Constraint) when
    // available would go below zero, as AdminClient::adjustStock checks.
    QFuture<Result<inventory::StockChange>> adjust(const QUuid &request, qint64 productId,
        int warehouseId, int delta, const QString &reason, const QString &note) override;
    // Forwarded to `refused`: Backend::unsupported() says why.
    QFuture<Result<inventory::StockChange>> count(const QUuid &request, qint64 productId,
        int warehouseId, qint64 expectedOnHand, qint64 counted, const QString &note) override;
    QFuture<Result<Done>> releaseReservation(
        const QUuid &request, qint64 reservationId, const QString &note) override;
    QFuture<Result<int>> releaseExpired(const QUuid &request) override;
    QFuture<Result<int>> repairDrift(const QUuid &request) override;

private:
    Backend m_backend;
    std::shared_ptr<db::Cluster> m_cluster;
    std::shared_ptr<inventory::StockWrites> m_refused;
    std::shared_ptr<VendureLink> m_link;
};

class VendureOrderActions : public orders::OrderActions
{
public:
    VendureOrderActions(Backend backend, std::shared_ptr<db::Cluster> cluster);
    ~VendureOrderActions() override;

    // Cancel (Vendure's cancelOrder, whole order, shipping too), Refund (what is left of the
    // settled payment; Vendure does not restock on a refund, so `restock` is not applied),
    // MarkShipped (fulfils every line, manual handler, text = tracking code; Shipped), AddNote
    // (a private note). Then reads the order from qm_vendure.orders on the primary.
    QFuture<Result<orders::OrderRow>> perform(const orders::OrderAction &action) override;

private:
    Backend m_backend;
    std::shared_ptr<db::Cluster> m_cluster;
    std::shared_ptr<VendureLink> m_link;
};

// Catalog edits: a variant's price and name (the Catalog workspace's editor) through
// updateProductVariants, all edits of a batch in ONE mutation (Vendure runs a mutation in one
// database transaction: all or nothing). The path: the console role's "catalog.edit" checked and
// every value checked (only price and name; a price that is not a number or is negative, an
// empty name: refused before anything is sent); the variants read from qm_vendure.products on
// the primary, where a version (Vendure's updatedAt) other than the edit's base is a conflict
// with their values (nothing written) unless the fields already hold what the edit sets (the same
// batch sent again after a lost answer: reported applied, not written twice); then the variants
// read from the Admin API, where an updatedAt newer than the base or another price is a conflict
// too (a change that reached Vendure after the view was read); then the mutation; then the rows
// read back from the view. Remaining window: a write that lands between the Admin API read and
// the mutation (one HTTP round trip) is overwritten. Vendure keeps no request ids, so
// committedRequests() knows none (an edit re-applied from the journal is recognised by its values
// as above). Bulk edits are still refused with Backend::unsupported()'s sentence (forwarded to
// `refused`); CSV import runs VendureCsvImporter (vendureimport.h) with auditSink().
//
// Audit (all three writers): write-ahead into the console's hash-chained audit log beside Vendure
// (qm_vendure.audit_intent / audit_outcome, server/vendure/migrations/0004, the same functions
// as the reference store's console.*): the intent is written in the transaction that checked the
// role's right, before anything is sent; when it is refused (the function revoked, the database
// down) the Admin API call is NOT sent. The outcome (Vendure's answer or the error) follows under
// the same request id; only when the log refuses it after the call ran does it go to the local
// spool (safety::FileAuditSink::defaultSpoolPath()), as the reference store's flow does.
class VendureCatalogWrites : public catalog::CatalogWrites
{
public:
    VendureCatalogWrites(Backend backend, std::shared_ptr<db::Cluster> cluster,
        std::shared_ptr<catalog::CatalogWrites> refused);
    ~VendureCatalogWrites() override;

    QFuture<Result<catalog::ApplyOutcome>> applyEdits(
        const QVector<catalog::PendingEdit> &edits) override;
    QFuture<Result<QVector<QUuid>>> committedRequests(const QVector<QUuid> &requests) override;
    std::shared_ptr<safety::DestructiveAction> bulkEdit(
        const catalog::BulkChange &change, const catalog::BulkTarget &target) override;
    std::shared_ptr<safety::AuditSink> auditSink() override;
    QFuture<Result<catalog::ImportReport>> importCsv(const QString &path,
        catalog::ImportOptions options, std::shared_ptr<catalog::ImportProgress> progress,
        db::Pool::JobId *job) override;
    void cancelImport(db::Pool::JobId job) override;

private:
    Backend m_backend;
    std::shared_ptr<db::Cluster> m_cluster;
    std::shared_ptr<catalog::CatalogWrites> m_refused;
    std::shared_ptr<VendureLink> m_link;
};

} // namespace qm::vendure
