#include "payments/paymentstatus.h"

#include "db/cluster.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <pqxx/pqxx>

namespace qm::payments {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::payments::PaymentStatus)
};

QDateTime timeOf(const pqxx::field &f)
{
    if (f.is_null())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(f.as<double>() * 1000.0), Qt::UTC);
}

QString textOf(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromStdString(f.as<std::string>());
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

Error unsupportedError(const Backend &backend)
{
    return Error {Error::Code::InvalidInput, unsupported(backend), {}, {}};
}

} // namespace

const Breaker *PaymentStatus::breaker(const QString &provider) const
{
    for (const Breaker &b : breakers) {
        if (b.provider == provider)
            return &b;
    }
    return nullptr;
}

bool PaymentStatus::routeInEffect() const
{
    return !routeApplied.isEmpty() && routeApplied == route && routeSeenAt.isValid()
        && changedAt.isValid() && routeSeenAt >= changedAt.addMSecs(-1);
}

bool PaymentStatus::reporting() const
{
    for (const Breaker &b : breakers) {
        if (b.reportedAt.isValid() && b.reportedAt.msecsTo(QDateTime::currentDateTimeUtc()) < 15000)
            return true;
    }
    return false;
}

QString unsupported(const Backend &backend)
{
    if (backend.kind() == BackendKind::Reference)
        return {};
    return Tr::tr("%1 has no maintenance mode or payment providers the console can switch: "
                  "they belong to the reference store's storefront.")
        .arg(backend.name());
}

QFuture<Result<PaymentStatus>> readPaymentStatus(db::Cluster &cluster, const Backend &backend)
{
    if (!unsupported(backend).isEmpty())
        return QtFuture::makeReadyFuture(Result<PaymentStatus>(unsupportedError(backend)));
    // Object names come from the backend's enum, never from text a person typed.
    const std::string route = "SELECT route, reason, coalesce(changed_by, ''), "
                              "extract(epoch FROM changed_at)::float8 FROM "
        + backend.sqlObject("payment_route");
    const std::string breakers
        = "SELECT provider, state, failure_rate, window_calls, trips, "
          "extract(epoch FROM last_trip_at)::float8, extract(epoch FROM open_until)::float8, "
          "charges_ok, charges_failed, rejected, reporter, "
          "extract(epoch FROM reported_at)::float8, route_applied, "
          "extract(epoch FROM route_seen_at)::float8 FROM "
        + backend.sqlObject("payment_breakers") + " ORDER BY provider";
    return cluster.read<PaymentStatus>(QStringLiteral("read the payment providers' state"),
        [route, breakers](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            PaymentStatus s;
            const pqxx::result r = tx.exec(route);
            if (!r.empty()) {
                s.route = textOf(r[0][0]);
                s.reason = textOf(r[0][1]);
                s.changedBy = textOf(r[0][2]);
                s.changedAt = timeOf(r[0][3]);
            }
            for (const auto &row : tx.exec(breakers)) {
                Breaker b;
                b.provider = textOf(row[0]);
                b.state = textOf(row[1]);
                b.failureRate = row[2].as<double>(0);
                b.windowCalls = row[3].as<int>(0);
                b.trips = row[4].as<qint64>(0);
                b.lastTripAt = timeOf(row[5]);
                b.openUntil = timeOf(row[6]);
                b.chargesOk = row[7].as<qint64>(0);
                b.chargesFailed = row[8].as<qint64>(0);
                b.rejected = row[9].as<qint64>(0);
                b.reporter = textOf(row[10]);
                b.reportedAt = timeOf(row[11]);
                s.routeApplied = textOf(row[12]);
                s.routeSeenAt = timeOf(row[13]);
                s.breakers.append(b);
            }
            return s;
        });
}

QFuture<Result<MaintenanceState>> readMaintenance(db::Cluster &cluster, const Backend &backend)
{
    if (!unsupported(backend).isEmpty())
        return QtFuture::makeReadyFuture(Result<MaintenanceState>(unsupportedError(backend)));
    const std::string state
        = "SELECT m.on, m.message, extract(epoch FROM m.started_at)::float8, "
          "extract(epoch FROM m.until)::float8, coalesce(m.expired, false), "
          "coalesce(m.changed_by, ''), extract(epoch FROM m.changed_at)::float8 FROM "
        + backend.sqlObject("maintenance") + " m";
    const std::string heartbeat = "SELECT maintenance, refused_maintenance, "
                                  "extract(epoch FROM reported_at)::float8 FROM "
        + backend.sqlObject("storefront_heartbeat") + " ORDER BY reported_at DESC LIMIT 1";
    return cluster.read<MaintenanceState>(
        QStringLiteral("read maintenance mode"), [state, heartbeat](db::Pool::Connection &c) {
            pqxx::read_transaction tx(c);
            MaintenanceState m;
            const pqxx::result r = tx.exec(state);
            if (!r.empty()) {
                m.on = r[0][0].as<bool>(false);
                m.message = textOf(r[0][1]);
                m.startedAt = timeOf(r[0][2]);
                m.until = timeOf(r[0][3]);
                m.expired = r[0][4].as<bool>(false);
                m.changedBy = textOf(r[0][5]);
                m.changedAt = timeOf(r[0][6]);
            }
            const pqxx::result h = tx.exec(heartbeat);
            if (!h.empty()) {
                m.storefrontSeesMaintenance = h[0][0].as<bool>(false);
                m.storefrontRefused = h[0][1].as<qint64>(0);
                m.storefrontReportedAt = timeOf(h[0][2]);
            }
            return m;
        });
}

QJsonObject toJson(const PaymentStatus &s)
{
    QJsonArray breakers;
    for (const Breaker &b : s.breakers) {
        breakers.append(QJsonObject {{QStringLiteral("provider"), b.provider},
            {QStringLiteral("state"), b.state}, {QStringLiteral("failure_rate"), b.failureRate},
            {QStringLiteral("window_calls"), b.windowCalls}, {QStringLiteral("trips"), b.trips},
            {QStringLiteral("last_trip_at"), timeJson(b.lastTripAt)},
            {QStringLiteral("open_until"), timeJson(b.openUntil)},
            {QStringLiteral("charges_ok"), b.chargesOk},
            {QStringLiteral("charges_failed"), b.chargesFailed},
            {QStringLiteral("rejected"), b.rejected}, {QStringLiteral("reporter"), b.reporter},
            {QStringLiteral("reported_at"), timeJson(b.reportedAt)}});
    }
    return QJsonObject {{QStringLiteral("route"), s.route}, {QStringLiteral("reason"), s.reason},
        {QStringLiteral("changed_by"), s.changedBy},
        {QStringLiteral("changed_at"), timeJson(s.changedAt)},
        {QStringLiteral("route_applied"), s.routeApplied},
        {QStringLiteral("route_in_effect"), s.routeInEffect()},
        {QStringLiteral("storefront_reporting"), s.reporting()},
        {QStringLiteral("breakers"), breakers}};
}

QJsonObject toJson(const MaintenanceState &m)
{
    return QJsonObject {{QStringLiteral("on"), m.on}, {QStringLiteral("message"), m.message},
        {QStringLiteral("started_at"), timeJson(m.startedAt)},
        {QStringLiteral("until"), timeJson(m.until)}, {QStringLiteral("expired"), m.expired},
        {QStringLiteral("changed_by"), m.changedBy},
        {QStringLiteral("changed_at"), timeJson(m.changedAt)},
        {QStringLiteral("storefront_sees_maintenance"), m.storefrontSeesMaintenance},
        {QStringLiteral("storefront_refused"), m.storefrontRefused},
        {QStringLiteral("storefront_reported_at"), timeJson(m.storefrontReportedAt)}};
}

} // namespace qm::payments
