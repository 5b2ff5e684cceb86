#pragma once

// The GUI thread never waits on a network, a database or the disk. Blocking calls (connecting,
// executing a query, a synchronous Redis round trip) call qm::assertMayBlock() first.
// The GUI executable enables the guard at start-up; qmctl and tests of blocking helpers do not.
// In builds with QM_THREAD_GUARD_ASSERT (Debug) a violation aborts with the call named;
// otherwise it is counted and logged once per call site, and tests read the count.

namespace qm {

void enableGuiThreadGuard(bool on);
bool guiThreadGuardEnabled();
bool onGuiThread();
// Returns false (and records a violation) when a blocking call happens on the guarded GUI thread.
bool assertMayBlock(const char *what);
int guiThreadViolations();

} // namespace qm
