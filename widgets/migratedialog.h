#pragma once

#include "db/connectionparams.h"
#include "db/migrator.h"
#include "profiles/profile.h"

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace qm {

namespace db {
class Pool;
}

// The database has no console schema, or an older one than this console needs: shows the current
// and required versions and the pending migration files, and migrates only when asked (never
// silently). Migrations usually need the schema owner, so the dialog signs in as the user given
// here (password typed or from the pgpass file). Production asks to type the profile's name.
class MigrateDialog : public QDialog
{
    Q_OBJECT
public:
    MigrateDialog(const Profile &profile, const db::ConnectionParams &primary,
        const db::MigrationStatus &status, QWidget *parent = nullptr);
    ~MigrateDialog() override;

    bool migrated() const { return m_migrated; }
    void startMigration(); // what the Migrate button does (for tests)

    void reject() override; // refused while a migration runs

Q_SIGNALS:
    void migrationFinished(bool ok);

private:
    bool confirmed() const; // production: the profile's name was typed
    void updateButtons();
    void showStatus(const db::MigrationStatus &status);

    Profile m_profile;
    db::ConnectionParams m_primary;
    std::unique_ptr<db::Pool> m_pool;
    QLabel *m_summary;
    QListWidget *m_files;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QProgressBar *m_progress;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_migrate;
    QPushButton *m_later;
    bool m_running = false;
    bool m_migrated = false;
};

} // namespace qm
