#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace qm {

class Session;

// After connecting: asks db::Migrator for the console schema's status on the primary (off the GUI
// thread). When the database has no console schema or an older one, opens MigrateDialog, which
// migrates only when the person confirms. done(note) gets a line for the status bar (empty when
// all is well). Only on the reference store: another backend's database is never offered the
// console's migrations.
void offerMigrationIfNeeded(
    QWidget *parent, Session *session, std::function<void(const QString &note)> done);

} // namespace qm
