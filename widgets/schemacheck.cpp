#include "schemacheck.h"

#include "common/whenfinished.h"
#include "db/cluster.h"
#include "db/migrator.h"
#include "migratedialog.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QPointer>
#include <memory>
#include <optional>

namespace qm {

namespace {

void checkOn(QObject *context, QPointer<QWidget> parent, std::shared_ptr<db::Cluster> cluster,
    const Profile &profile, std::function<void(const QString &note)> done)
{
    const db::Migrator migrator;
    db::Pool *primary = cluster->primaryPool();
    const db::ConnectionParams params = primary->params();
    whenFinished(context, migrator.status(*primary),
        [parent, cluster, params, profile, done = std::move(done)](
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

} // namespace

void offerMigrationIfNeeded(
    QWidget *parent, Session *session, std::function<void(const QString &note)> done)
{
    if (!session || !session->cluster())
        return;
    // The console's migrations are the reference store's: never offered on another backend's
    // database (a Vendure store gets its qm_vendure views from `qmctl migrate --backend vendure`).
    if (session->backend().kind() != BackendKind::Reference) {
        done(QCoreApplication::translate("qm::SchemaCheck",
            "%1 store: the console's views beside it are installed with qmctl migrate "
            "--backend %2.")
                 .arg(session->backend().name(), session->backend().key()));
        return;
    }
    // The primary as of this check, not as of connecting: a probe first, so that a failover
    // since then sends the check (and the migration it may offer) to the new primary.
    std::shared_ptr<db::Cluster> cluster = session->sharedCluster();
    const Profile profile = session->profile();
    whenFinishedValue(session, cluster->probe(),
        [context = session, parent = QPointer<QWidget>(parent), cluster, profile,
            done = std::move(done)](const std::optional<QVector<db::NodeStatus>> &) mutable {
            if (!parent)
                return;
            checkOn(context, parent, cluster, profile, std::move(done));
        });
}

} // namespace qm
