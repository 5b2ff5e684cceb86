#pragma once

#include "backend/backend.h"
#include "catalog/csvexport.h"
#include "catalog/csvimport.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <functional>
#include <memory>

namespace qm::db {
class Cluster;
}
namespace qm::safety {
class AuditSink;
}

// CSV export and import of a Vendure store's variants, the round-trip pair of the reference
// store's CsvExporter / CsvImporter. The file (UTF-8, commas, CRLF, a header line):
//
//   id,sku,name,name:de,...,price_minor,currency,on_hand
//
//   id           Vendure's product variant id (the key when present; else sku is)
//   sku          the variant's SKU (with id: must still be the variant's SKU; never renamed)
//   name         the variant's name in the default channel's language
//   name:<lang>  its name in another language the default channel offers (Vendure's
//                LanguageCode: de, fr, pt_BR...), one column per language in the channel's
//                order; empty: no translation (an import leaves an empty cell alone)
//   price_minor  the price in MINOR units of `currency` as Vendure stores it (an integer: 1299
//                is 12.99 EUR; 1299 JPY is 1299 yen), never a float. An import may give `price`
//                in major units instead (12.99): it is converted exactly by the currency's
//                minor-unit digits; more decimals than the currency has is an error.
//   currency     the default channel's currency (ISO 4217); an import refuses another one
//   on_hand      stock on hand summed over stock locations (read-only: ignored on import, as
//                the reference store's on_hand/available are)
//
// Variants' names live in Vendure's product_variant_translation (a variant has its own names,
// apart from its product's); the import writes those, never the product's.
//
// Export: the rows from the console's qm_vendure.products view (id order, deleted variants left
// out), the other languages' names from the Admin API (productVariants ... translations).
//
// Import (ImportOptions::dryRun: plan only): every row checked (line and field in every issue,
// an unknown id or SKU included); any issue and nothing is sent. Then the plan: each variant's
// current price and names read from the Admin API, the changes (old -> new) listed in
// ImportReport::changes. Then, unless a dry run, batches of `batchSize` variants: the batch's
// variants read again, a variant whose updatedAt, price or a name the file sets moved since
// the plan is a conflict (ImportReport::conflicts: reported, left as the other writer made
// it), the rest sent in ONE updateProductVariants mutation (Vendure's transaction: a batch is
// all or nothing), audited write-ahead (AuditSink::recordIntent before the mutation,
// recordOutcome after; action "catalog.import"). Cancel (ImportProgress::cancel) is honoured
// between batches: the batches before stay applied and the report says how many. Finally every
// written variant is read back and compared (ImportReport::verified).
// The console's database role must have "catalog.edit" (my_capabilities()) on the store: the
// Admin API signs in as the profile's Vendure user.
// Request ids: Vendure keeps none; a retried import is a new plan (unchanged rows count as
// unchanged, so a second run after a lost answer writes nothing twice).
namespace qm::vendure {

class AdminClient;

class VendureCsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(qm::vendure::VendureCsvExporter)
public:
    VendureCsvExporter(Backend backend, std::shared_ptr<db::Cluster> cluster);

    // Writes to `path` atomically; "-" is stdout. Runs on a worker thread of its own.
    QFuture<Result<catalog::ExportReport>> run(
        const QString &path, std::shared_ptr<catalog::ExportProgress> progress = {});

private:
    Backend m_backend;
    std::shared_ptr<db::Cluster> m_cluster;
};

class VendureCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(qm::vendure::VendureCsvImporter)
public:
    // audit: where each batch is recorded (write-ahead); null records nothing.
    VendureCsvImporter(Backend backend, std::shared_ptr<db::Cluster> cluster,
        std::shared_ptr<safety::AuditSink> audit);

    void setBatchSize(int n) { m_batchSize = qMax(1, n); }

    // Tests: runs on the import's thread after the plan and before the first batch, with a way
    // to call the Admin API as another writer would (document, variables -> data).
    using AdminCall = std::function<Result<QJsonObject>(const QString &, const QJsonObject &)>;
    void setAfterPlan(std::function<void(const AdminCall &)> hook)
    {
        m_afterPlan = std::move(hook);
    }

    QFuture<Result<catalog::ImportReport>> run(const QString &path, catalog::ImportOptions options,
        std::shared_ptr<catalog::ImportProgress> progress = {});

private:
    Backend m_backend;
    std::shared_ptr<db::Cluster> m_cluster;
    std::shared_ptr<safety::AuditSink> m_audit;
    int m_batchSize = 100;
    std::function<void(const AdminCall &)> m_afterPlan;
};

} // namespace qm::vendure
