#pragma once

#include "backend/backend.h"

#include <QString>

namespace qm {

// Per field of a product edit (catalog::field names: "price", "name", "sku", ...): empty when
// this backend's catalog writer can change the field; otherwise why not, in one sentence for a
// tooltip (the product editor leaves such a field read-only). Beside Backend::unsupported(),
// which answers for the whole action.
QString unsupportedProductField(const Backend &backend, const QString &field);

} // namespace qm
