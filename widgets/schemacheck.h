#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace qm {

class Session;

// After connecting: asks db::Migrator for the console schema's status on the primary (off the GUI
// thread). When the database has no console schema or an older one, opens MigrateDialog, which
// migrates only when the person confirms. done(note) gets a line for the status bar (empty when
// all is well).
void offerMigrationIfNeeded(
    QWidget *parent, Session *session, std::function<void(const QString &note)> done);

} // namespace qm
