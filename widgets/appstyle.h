#pragma once

class QApplication;

namespace qm {

// The console's look: Fusion with a calm light palette and a small style sheet for the cards,
// notes and the workspace list. One place, used by the app and by the GUI tests.
void applyAppStyle(QApplication &app);

} // namespace qm
