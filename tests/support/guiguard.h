#pragma once

#include "common/threadguard.h"

#include <utility>

// GUI tests run with the GUI-thread guard on (qm::enableGuiThreadGuard), as the application does:
// the widgets and services under test must never block the GUI thread, which each test checks
// with qm::guiThreadViolations() == 0 (a cleanup() slot). The test's own blocking checks (the
// owner's SQL, waiting for a helper's future) run inside a TestBlocks scope, which pauses the
// guard meanwhile; nothing else runs on the GUI thread while such a call waits.
namespace qmtest {

class TestBlocks
{
public:
    TestBlocks()
        : m_was(qm::guiThreadGuardEnabled())
    {
        qm::enableGuiThreadGuard(false);
    }
    ~TestBlocks() { qm::enableGuiThreadGuard(m_was); }
    TestBlocks(const TestBlocks &) = delete;
    TestBlocks &operator=(const TestBlocks &) = delete;

private:
    bool m_was;
};

// Runs one of the test's own blocking calls with the guard paused and returns its result.
template <typename F> decltype(auto) testBlocks(F &&f)
{
    TestBlocks pause;
    return std::forward<F>(f)();
}

} // namespace qmtest
