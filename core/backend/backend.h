#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>

// A leaf of core/: this folder includes nothing from core/ but common/. What a profile says
// (profiles/: backendOf(profile)) and who writes for a backend (backends/: the factory) sit above.
namespace qm {

// Which store's data the console works on. Reference: the console's own contract (`console.*`
// over `shop.*`, what the sandbox and the storefront simulator run). Vendure: a Vendure 3 store's
// database, read through the views the console installs beside it (schema `qm_vendure`, same
// names and columns as `console.*`) and written through Vendure's Admin API.
enum class BackendKind { Reference, Vendure };

// The schema every read names on this backend: an identifier chosen from the enum, never text
// a person typed.
constexpr const char *readSchema(BackendKind kind)
{
    return kind == BackendKind::Vendure ? "qm_vendure" : "console";
}

// A profile's "vendure" object: where its Admin and Shop APIs are and who signs in.
struct VendureSettings
{
    QString adminApi; // http(s)://host:port/admin-api
    QString shopApi; // http(s)://host:port/shop-api (optional: the console writes through Admin)
    QString user; // Admin API user (e.g. superadmin)
    QString passfile; // a file with one "user password" line (0600); the keychain comes first

    bool isEmpty() const
    {
        return adminApi.isEmpty() && shopApi.isEmpty() && user.isEmpty() && passfile.isEmpty();
    }
    bool operator==(const VendureSettings &) const = default;
};

// What a backend may not offer. The UI asks Backend::unsupported() per action and greys the
// action out with the answer as its tooltip; the services skip or refuse such an action with the
// same sentence instead of sending SQL the backend's schema does not have.
enum class BackendAction {
    PriceHistory, // a product's past prices
    ProductEdit, // single product updates, price included, with the version they were based on
    BulkEdit,
    CatalogImport,
    StockAdjust,
    StockCount,
    ReleaseReservation, // one or all expired
    ReconcileRepair, // compensating ledger movements
    OrderCancel,
    OrderRefund,
    OrderMarkShipped,
    OrderNote,
};

// The backend of one open profile (Session::backend()), a value: cheap to copy into services and
// their worker lambdas.
class Backend
{
    Q_DECLARE_TR_FUNCTIONS(qm::Backend)
public:
    Backend() = default;
    explicit Backend(BackendKind kind, VendureSettings vendure = {})
        : m_kind(kind)
        , m_vendure(std::move(vendure))
    { }

    BackendKind kind() const { return m_kind; }
    const VendureSettings &vendure() const { return m_vendure; }

    // "console" / "qm_vendure".
    const char *schema() const { return readSchema(m_kind); }
    // A schema-qualified name for SQL text: object("products") = "qm_vendure.products".
    QString object(const char *name) const;
    std::string sqlObject(const char *name) const { return object(name).toStdString(); }

    QString name() const { return displayName(m_kind); } // for people: "Reference store", "Vendure"
    QString key() const { return keyOf(m_kind); }

    // Empty when this backend can do the action; otherwise why not, in one sentence for a tooltip.
    QString unsupported(BackendAction action) const;
    bool supports(BackendAction action) const { return unsupported(action).isEmpty(); }
    // The error a writer answers for an action this backend cannot do: unsupported()'s sentence
    // (or "<name> cannot do this.") and "Nothing was changed.", before anything is sent anywhere.
    Error refusal(BackendAction action) const;

    static QString keyOf(BackendKind kind); // "reference" / "vendure" (the profile's "backend")
    static std::optional<BackendKind> fromKey(const QString &key); // "" is "reference"
    static QString displayName(BackendKind kind);

    bool operator==(const Backend &) const = default;

private:
    BackendKind m_kind = BackendKind::Reference;
    VendureSettings m_vendure;
};

} // namespace qm
