#include "catalog/editapplier.h"

#include "catalog/catalogservice.h"
#include "db/cluster.h"
#include "db/pgerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <pqxx/pqxx>

namespace qm::catalog {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("qm::catalog::EditApplier", s);
}
} // namespace

EditApplier::EditApplier(std::shared_ptr<db::Cluster> cluster)
    : m_cluster(std::move(cluster))
{ }

EditApplier::EditApplier(db::Cluster *cluster)
    : m_cluster(db::unowned(cluster))
{ }

QFuture<Result<ApplyOutcome>> EditApplier::apply(const QVector<PendingEdit> &edits)
{
    // The job keeps what it needs, not the cluster: it may finish after the session closed.
    const db::ConnectionParams primary = m_cluster->primaryPool()->params();
    return m_cluster->write<ApplyOutcome>(
        tr("apply product edits"), [edits, primary](db::Pool::Connection &c) {
            pqxx::work tx(c);
            ApplyOutcome out;
            for (const PendingEdit &e : edits) {
                const std::string changes
                    = QJsonDocument(e.changes).toJson(QJsonDocument::Compact).toStdString();
                pqxx::result r;
                try {
                    r = tx.exec_params(
                        "SELECT console.update_product($1::uuid, $2, $3, $4::jsonb)::text",
                        e.requestId.toString(QUuid::WithoutBraces).toStdString(), e.productId,
                        e.baseVersion, changes);
                } catch (const pqxx::sql_error &ex) {
                    if (ex.sqlstate().empty())
                        throw; // the connection broke: the pool reports it
                    Error err = db::errorFromSqlState(QString::fromStdString(ex.sqlstate()),
                        QString::fromUtf8(ex.what()), tr("apply product edits"), primary);
                    err.message
                        = tr("%1: %2 Nothing in this batch was applied.").arg(e.sku, err.message);
                    throw err;
                }
                const QJsonObject res
                    = QJsonDocument::fromJson(QByteArray(r[0][0].c_str(), int(r[0][0].size())))
                          .object();
                const QJsonObject product = res.value(QLatin1String("product")).toObject();
                if (res.value(QLatin1String("status")).toString() == QLatin1String("conflict")) {
                    ProductConflict conflict;
                    conflict.edit = e;
                    conflict.theirsVersion = product.value(QLatin1String("version")).toInt();
                    conflict.theirs = editableFields(product);
                    conflict.row = CatalogService::rowFromJson(product);
                    out.conflicts.push_back(conflict);
                } else {
                    out.applied.push_back(AppliedProduct {
                        e.productId, e.requestId, CatalogService::rowFromJson(product)});
                }
            }
            if (!out.conflicts.isEmpty()) {
                tx.abort();
                out.applied.clear();
                return out;
            }
            tx.commit();
            out.committed = true;
            return out;
        });
}

QFuture<Result<QVector<QUuid>>> EditApplier::committedRequests(const QVector<QUuid> &requests)
{
    return m_cluster->write<QVector<QUuid>>(
        tr("check applied edits"), [requests](db::Pool::Connection &c) {
            // On the primary (write path): a replica may not have the commit yet.
            pqxx::read_transaction tx(c);
            QVector<QUuid> done;
            for (const QUuid &id : requests) {
                const pqxx::result r
                    = tx.exec_params("SELECT console.request_result($1::uuid) IS NOT NULL",
                        id.toString(QUuid::WithoutBraces).toStdString());
                if (!r.empty() && r[0][0].c_str()[0] == 't')
                    done.push_back(id);
            }
            return done;
        });
}

} // namespace qm::catalog
