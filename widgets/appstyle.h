#pragma once

#include <QString>

class QApplication;

namespace qm {

// The console's look: Fusion with a calm light or dark palette and a small style sheet for the
// cards, notes and the workspace list. One place, used by the app and by the GUI tests.
enum class Theme { Light, Dark };

// "light" / "dark" as given; anything else follows the system: dark when the platform's own
// palette (read before the console sets its own) has a dark window background.
Theme resolveTheme(const QString &choice);
void applyAppStyle(QApplication &app, Theme theme = Theme::Light);

} // namespace qm
