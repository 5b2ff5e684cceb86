#pragma once

#include "profiles/profile.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace qm {
class Session;
}

// Widget tests open the console the way a user does: a Session on the sandbox's profile.json,
// signed in as one of the sandbox's users (merch, manager, oncall, admin) with its pgpass file.
namespace qmtest {

// Spins the event loop (10 ms steps) until done() is true; false after timeoutMs.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 15000);

// A connected session whose capabilities are known, or nullptr (with a warning saying why).
// env overrides the profile's environment (e.g. Production to test the typed confirmation);
// edit changes anything else of the sandbox's profile before the session opens.
std::unique_ptr<qm::Session> openSession(const QString &user,
    std::optional<qm::Profile::Environment> env = std::nullopt,
    const std::function<void(qm::Profile &)> &edit = {});

} // namespace qmtest
