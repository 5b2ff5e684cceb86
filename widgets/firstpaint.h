#pragma once

#include <functional>

class QWidget;

namespace qm {

// Runs `then` on the GUI thread once `window` has painted its first frame (after that paint is
// handled, so the frame reaches the screen first). Start-up uses it to open the profile: the
// session's work (credentials, the cluster's pools, their TLS and SCRAM sign-ins on worker
// threads) then does not compete with the first frame for the CPU. A window that is never
// exposed (started minimised, a platform without paints) gets `then` after `fallbackMs`.
void whenFirstPainted(QWidget *window, std::function<void()> then, int fallbackMs = 1000);

} // namespace qm
