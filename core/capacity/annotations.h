#pragma once
// Console actions as markers on the capacity charts' time axis: purges, bulk edits, switchovers,
// maintenance windows and load tests, read from the backend's audit log (console.audit_log on
// the reference store, qm_vendure.audit_log beside a Vendure store: readSchema()).

#include "backend/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>
#include <vector>

namespace qm::db {
class Cluster;
}

namespace qm::capacity {

struct Annotation
{
    enum class Kind { Purge, BulkEdit, Switchover, Maintenance, LoadTest, Other };
    qint64 auditId = 0;
    qint64 atMs = 0;
    Kind kind = Kind::Other;
    QString action; // the audit row's action, e.g. "cache.purge_pattern"
    QString actor;
    QString target;
    QString plan; // the audit row's plan and outcome as compact JSON text, for the detail view
    QString outcome;
};

class Annotations
{
    Q_DECLARE_TR_FUNCTIONS(qm::capacity::Annotations)
public:
    // Which kind of marker an audit action is (Other: not one the charts show).
    static Annotation::Kind kindOf(const QString &action);
    static QString kindName(Annotation::Kind kind); // translated: "Purge", "Bulk edit"...
    // "Purge by admin: page:1*" — the marker's tooltip.
    static QString summary(const Annotation &a);
    // The audit rows in [fromMs, toMs] whose action is a purge, bulk edit, switchover/failover,
    // maintenance or load test, oldest first, at most `limit`, from the audit log of `backend`
    // (the one the profile's actions write to: DbAuditSink). On a worker of the cluster.
    static QFuture<Result<std::vector<Annotation>>> load(
        db::Cluster &cluster, BackendKind backend, qint64 fromMs, qint64 toMs, int limit = 500);
};

} // namespace qm::capacity
