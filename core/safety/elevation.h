#pragma once

#include "common/result.h"
#include "profiles/profile.h"
#include "safety/audit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QUuid>
#include <functional>
#include <memory>

// The safety profile of a session (docs/architecture.md "Safety of destructive actions"):
// production opens read-only; writing needs a time-limited elevation with a typed reason, which
// is audited, and which ends by itself. Every write path asks the session's Elevation before it
// sends anything: the safety flow (purges, bulk edits, queue actions), the writers that
// backends::*Writes() hand out (catalog edits and import, stock, order actions) and the runbook
// engine. Staging and development never need an elevation.
namespace qm::safety {

class Elevation : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // UTC now; tests inject their own

    static constexpr int kMinReasonLength = 10;
    static constexpr int kMaxMinutes = 8 * 60;

    // `clock` empty: the system clock.
    explicit Elevation(
        Profile::Environment environment, Clock clock = {}, QObject *parent = nullptr);

    Profile::Environment environment() const { return m_environment; }
    bool required() const { return m_environment == Profile::Environment::Production; }
    // Elevated now (an elevation whose time is up no longer counts, even before expireIfDue()).
    bool isElevated() const;
    bool mayWrite() const { return !required() || isElevated(); }
    // Empty when `what` may be written now; else the refusal, which says what to do.
    std::optional<Error> refusal(const QString &what) const;
    QDateTime until() const;
    QString reason() const;
    QUuid requestId() const;
    qint64 secondsLeft() const; // 0 when not elevated
    QDateTime now() const;
    void setClock(Clock clock); // tests: a clock they move

    // Checks a reason and a duration (non-empty, at least kMinReasonLength characters after
    // trimming; 1..kMaxMinutes minutes).
    static Status validate(const QString &reason, int minutes);
    // Elevates for `minutes` from now. Refused when not required (nothing to elevate) or invalid.
    // Prefer elevateAudited(): this does not write the audit log.
    Status elevate(
        const QString &reason, int minutes, const QUuid &requestId = QUuid::createUuid());
    // Ends it early; returns false when it was not elevated.
    bool end();
    // Notices an elevation whose time is up (the banner's timer calls it each second): clears it
    // and emits ended(true) once. True when it ended now.
    bool expireIfDue();

    // The configured default duration (Settings::elevationMinutes(), 30 unless changed).
    static int defaultMinutes();
    static QString refusalText(const QString &what);

Q_SIGNALS:
    void changed(); // elevated, ended or expired (may come from a worker: connect queued/auto)
    void ended(bool expired, const QUuid &requestId, const QString &reason);

private:
    Profile::Environment m_environment;
    Clock m_clock;
    mutable QMutex m_mutex;
    QDateTime m_until; // invalid: not elevated
    QString m_reason;
    QUuid m_requestId;
};

// The one question every write path asks: empty when `what` may be written in `environment`,
// else the refusal. Without an Elevation, production refuses (fail closed: a caller that forgot
// to hand the session's Elevation on cannot write to production).
std::optional<Error> writeRefusal(
    Profile::Environment environment, const Elevation *elevation, const QString &what);

// Writes the elevation's intent (reason, minutes, until) to the audit log on a worker thread and
// elevates only when the audit log took it (write-ahead, as every destructive action). The
// future's Status is the audit's refusal or the validation's.
// `action` is the audit log's action name: the database takes an action only from the role of its
// area (qm.role_for_action), so a session records "<its area>.elevate" (Session::elevate).
QFuture<Status> elevateAudited(std::shared_ptr<Elevation> elevation,
    std::shared_ptr<AuditSink> audit, const QString &reason, int minutes,
    const QString &action = QStringLiteral("safety.elevate"));
// Records how an elevation ended (early or expired) as its outcome in the audit log, on a worker.
QFuture<Status> recordElevationEnd(
    std::shared_ptr<AuditSink> audit, const QUuid &requestId, const QString &reason, bool expired);

} // namespace qm::safety
