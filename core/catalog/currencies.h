#pragma once

#include <string_view>

namespace qm::catalog {

// ISO 4217 active currency codes (2024 list; fund, metal and testing X-codes excluded).
bool isCurrencyCode(std::string_view code);

} // namespace qm::catalog
