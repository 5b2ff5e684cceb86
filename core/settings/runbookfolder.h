#pragma once

#include <QString>

// The folder whose runbooks (*.yaml) join the built-in ones in the Runbooks workspace (setting
// "runbooks/folder" in the console's settings; empty: built-in runbooks only). Kept out of
// settings.h so that adding it does not rebuild every includer of Settings.
namespace qm {
QString runbookFolderSetting();
void setRunbookFolderSetting(const QString &dir);
} // namespace qm
