#include "backend/backend.h"

#include "backend/productfields.h"

namespace qm {

QString Backend::object(const char *name) const
{
    return QLatin1String(schema()) + u'.' + QLatin1String(name);
}

QString Backend::keyOf(BackendKind kind)
{
    return kind == BackendKind::Vendure ? QStringLiteral("vendure") : QStringLiteral("reference");
}

std::optional<BackendKind> Backend::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k.isEmpty() || k == u"reference")
        return BackendKind::Reference;
    if (k == u"vendure")
        return BackendKind::Vendure;
    return std::nullopt;
}

QString Backend::displayName(BackendKind kind)
{
    return kind == BackendKind::Vendure ? tr("Vendure") : tr("Reference store");
}

QString Backend::unsupported(BackendAction action) const
{
    if (m_kind == BackendKind::Reference)
        return {};
    // Vendure. What it has no data or API for, then the writes this build cannot send through
    // its Admin API yet (the factory in core/backends/writes.cpp picks the Vendure writers of
    // core/vendure/vendurewrites.h: remove a line here when its writer lands).
    switch (action) {
    case BackendAction::PriceHistory:
        return tr("Vendure has no price history: it keeps only the current price.");
    case BackendAction::ReleaseReservation:
        return tr("Vendure holds no cart reservations: it allocates stock when an order is "
                  "placed.");
    case BackendAction::ReconcileRepair:
        return tr("Vendure keeps its own stock movements: the console does not write them behind "
                  "Vendure's back.");
    case BackendAction::BulkEdit:
        return tr("Catalog changes on Vendure go through its Admin API, which this console "
                  "build does not call yet.");
    case BackendAction::StockCount:
        return tr("Stock counts on Vendure go through its Admin API, which this console build "
                  "does not call yet: adjust by the difference instead.");
    case BackendAction::ProductEdit: // VendureCatalogWrites: price and name
    case BackendAction::CatalogImport: // VendureCsvImporter: prices and names per language
    case BackendAction::StockAdjust: // VendureStockWrites
    case BackendAction::OrderCancel: // VendureOrderActions
    case BackendAction::OrderRefund:
    case BackendAction::OrderMarkShipped:
    case BackendAction::OrderNote:
        break;
    }
    return {};
}

QString unsupportedProductField(const Backend &backend, const QString &field)
{
    if (const QString why = backend.unsupported(BackendAction::ProductEdit); !why.isEmpty())
        return why;
    if (backend.kind() == BackendKind::Reference)
        return {};
    // VendureCatalogWrites writes a variant's price and name (updateProductVariants).
    if (field == QLatin1String("price") || field == QLatin1String("name"))
        return {};
    return QCoreApplication::translate("qm::Backend",
        "On Vendure the console edits a variant's price and name only: change this in Vendure's "
        "own admin.");
}

Error Backend::refusal(BackendAction action) const
{
    QString why = unsupported(action);
    if (why.isEmpty())
        why = tr("%1 cannot do this.").arg(name());
    return Error {Error::Code::InvalidInput, why + u' ' + tr("Nothing was changed."),
        QStringLiteral("backend=%1").arg(key()), {}};
}

} // namespace qm
