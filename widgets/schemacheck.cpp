#include "schemacheck.h"

#include "common/whenfinished.h"
#include "db/cluster.h"
#include "db/migrator.h"
#include "migratedialog.h"
#include "profiles/session.h"

#include <QCoreApplication>
#include <QPointer>

namespace qm {

void offerMigrationIfNeeded(
    QWidget *parent, Session *session, std::function<void(const QString &note)> done)
{
    if (!session || !session->cluster())
        return;
    const db::Migrator migrator;
    db::Pool *primary = session->cluster()->primaryPool();
    const db::ConnectionParams params = primary->params();
    const Profile profile = session->profile();
    whenFinished(session, migrator.status(*primary),
        [parent = QPointer<QWidget>(parent), params, profile, done = std::move(done)](
            const Result<db::MigrationStatus> &r) {
            if (!parent)
                return;
            if (!r) {
                done(QCoreApplication::translate(
                    "qm::SchemaCheck", "Could not check the console schema's version: %1")
                         .arg(r.error().message));
                return;
            }
            if (r->upToDate()) {
                done({});
                return;
            }
            auto *dialog = new MigrateDialog(profile, params, r.value(), parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(dialog, &QDialog::finished, parent, [dialog, done](int) {
                done(dialog->migrated() ? QCoreApplication::translate(
                         "qm::SchemaCheck", "The console schema is up to date.")
                                        : QCoreApplication::translate("qm::SchemaCheck",
                                            "The console schema is missing or old: some views will "
                                            "fail until it is migrated (File ▸ Reconnect offers it "
                                            "again)."));
            });
            dialog->open();
        });
}

} // namespace qm
