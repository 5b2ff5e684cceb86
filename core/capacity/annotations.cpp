#include "capacity/annotations.h"

#include "db/cluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <pqxx/pqxx>

namespace qm::capacity {

Annotation::Kind Annotations::kindOf(const QString &action)
{
    const QString a = action.toLower();
    if (a.contains(QLatin1String("purge")) || a.contains(QLatin1String("ban")))
        return Annotation::Kind::Purge;
    if (a.contains(QLatin1String("bulk")) || a.contains(QLatin1String("import")))
        return Annotation::Kind::BulkEdit;
    if (a.contains(QLatin1String("switchover")) || a.contains(QLatin1String("failover")))
        return Annotation::Kind::Switchover;
    if (a.startsWith(QLatin1String("maintenance")))
        return Annotation::Kind::Maintenance;
    if (a.contains(QLatin1String("loadtest")) || a.contains(QLatin1String("load_test")))
        return Annotation::Kind::LoadTest;
    return Annotation::Kind::Other;
}

QString Annotations::kindName(Annotation::Kind kind)
{
    switch (kind) {
    case Annotation::Kind::Purge:
        return tr("Purge");
    case Annotation::Kind::BulkEdit:
        return tr("Bulk edit");
    case Annotation::Kind::Switchover:
        return tr("Switchover");
    case Annotation::Kind::Maintenance:
        return tr("Maintenance");
    case Annotation::Kind::LoadTest:
        return tr("Load test");
    case Annotation::Kind::Other:
        break;
    }
    return tr("Action");
}

QString Annotations::summary(const Annotation &a)
{
    QString text = tr("%1 by %2").arg(kindName(a.kind), a.actor);
    if (!a.target.isEmpty())
        text += tr(": %1").arg(a.target.left(80));
    if (a.kind == Annotation::Kind::LoadTest && !a.outcome.isEmpty()) {
        // The saved result (LoadTestResult::toJson): what it found, on the marker itself.
        const QJsonObject o = QJsonDocument::fromJson(a.outcome.toUtf8()).object();
        if (o.contains(QLatin1String("highestStableRate"))) {
            text += u'\n'
                + tr("Highest stable rate: %1 orders/s")
                      .arg(QString::number(
                          o.value(QLatin1String("highestStableRate")).toDouble(), 'g', 4));
            const QJsonObject peak = o.value(QLatin1String("peak")).toObject();
            if (peak.value(QLatin1String("ordersPerSecond")).toDouble() > 0)
                text += tr(" (recorded peak %1 orders/s)")
                            .arg(QString::number(
                                peak.value(QLatin1String("ordersPerSecond")).toDouble(), 'f', 2));
            const QJsonObject first = o.value(QLatin1String("firstSaturated")).toObject();
            if (!first.value(QLatin1String("text")).toString().isEmpty())
                text += u'\n'
                    + (first.value(QLatin1String("reached")).toBool()
                            ? tr("First to saturate: %1")
                            : tr("Closest to its limit: %1"))
                          .arg(first.value(QLatin1String("text")).toString());
            if (o.value(QLatin1String("cancelled")).toBool())
                text += u'\n' + tr("Cancelled");
        }
    }
    return text;
}

QFuture<Result<std::vector<Annotation>>> Annotations::load(
    db::Cluster &cluster, BackendKind backend, qint64 fromMs, qint64 toMs, int limit)
{
    // The schema is chosen from the enum (readSchema), never typed by a person; both logs have
    // the same columns (server/vendure/migrations/0004_audit.sql).
    const std::string log = std::string(readSchema(backend)) + ".audit_log";
    return cluster.read<std::vector<Annotation>>(QStringLiteral("load chart annotations"),
        [log, fromMs, toMs, limit](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            // The patterns mirror kindOf(): the server filters, the client classifies.
            const pqxx::result r = tx.exec_params(
                "SELECT id, (extract(epoch from at) * 1000)::bigint, actor, action, target, "
                "plan::text, outcome::text FROM "
                    + log
                    + " WHERE at >= timestamptz 'epoch' + $1::bigint * interval '1 millisecond' "
                      "AND at <= timestamptz 'epoch' + $2::bigint * interval '1 millisecond' "
                      "AND action ~* '(purge|ban|bulk|import|switchover|failover|^maintenance|"
                      "loadtest|load_test)' "
                      "ORDER BY at, id LIMIT $3",
                static_cast<long long>(fromMs), static_cast<long long>(toMs), limit);
            std::vector<Annotation> out;
            out.reserve(r.size());
            for (const pqxx::row &row : r) {
                Annotation a;
                a.auditId = row[0].as<long long>();
                a.atMs = row[1].as<long long>();
                a.actor = QString::fromStdString(row[2].as<std::string>());
                a.action = QString::fromStdString(row[3].as<std::string>());
                a.target = QString::fromStdString(row[4].as<std::string>(""));
                a.plan = QString::fromStdString(row[5].as<std::string>(""));
                a.outcome = QString::fromStdString(row[6].as<std::string>(""));
                a.kind = kindOf(a.action);
                out.push_back(std::move(a));
            }
            return out;
        });
}

} // namespace qm::capacity
