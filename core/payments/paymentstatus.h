#pragma once

#include "backend/backend.h"
#include "common/result.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace qm::db {
class Cluster;
}

// What the on-call engineer reads about the store's front door (migration 0502), no widgets:
//   - maintenance mode: on/off, reason, start, scheduled end (an expired window reads as off);
//   - the payment route the console set (primary | secondary | auto) and the one the storefront
//     applies, and each provider's circuit breaker as the storefront simulator reports it
//     (closed | open | half_open, failure rate over its window, trips, last trip).
// The reference store only: its simulator runs the providers. Other backends get an error that
// says so, before any SQL is sent. `qmctl payments status` and the runbook steps use this; a
// workspace shows it through the same functions (futures resolved on a worker).
namespace qm::payments {

struct Breaker
{
    QString provider; // "primary" | "secondary"
    QString state; // "closed" | "open" | "half_open"
    double failureRate = 0; // over the breaker's window (0..1)
    int windowCalls = 0;
    qint64 trips = 0;
    QDateTime lastTripAt; // invalid: never tripped
    QDateTime openUntil; // while open: when it goes half-open
    qint64 chargesOk = 0;
    qint64 chargesFailed = 0;
    qint64 rejected = 0; // calls refused fast while open
    QString reporter; // which simulator reported it
    QDateTime reportedAt;
};

struct PaymentStatus
{
    QString route; // what the console set
    QString reason;
    QString changedBy;
    QDateTime changedAt;
    QString routeApplied; // what the reporting storefront applies (empty: none reports)
    QDateTime routeSeenAt; // the route change the storefront has seen (== changedAt: current)
    QList<Breaker> breakers;

    const Breaker *breaker(const QString &provider) const;
    // The storefront applies the console's current route.
    bool routeInEffect() const;
    // A storefront reported within the last 15 s (else the breakers are its last words).
    bool reporting() const;
};

struct MaintenanceState
{
    bool on = false; // now (an expired window is off)
    QString message;
    QDateTime startedAt;
    QDateTime until; // scheduled end; invalid: none
    bool expired = false; // was switched on and its scheduled end has passed
    QString changedBy;
    QDateTime changedAt;
    // What the storefront simulator last reported (invalid reportedAt: no simulator reports).
    bool storefrontSeesMaintenance = false;
    qint64 storefrontRefused = 0; // sessions refused while it saw maintenance
    QDateTime storefrontReportedAt;
};

// Refusal for a backend without the storefront simulator (empty: supported).
QString unsupported(const Backend &backend);

QFuture<Result<PaymentStatus>> readPaymentStatus(db::Cluster &cluster, const Backend &backend);
QFuture<Result<MaintenanceState>> readMaintenance(db::Cluster &cluster, const Backend &backend);

// `--json` forms (keys stay English).
QJsonObject toJson(const PaymentStatus &status);
QJsonObject toJson(const MaintenanceState &state);

} // namespace qm::payments
