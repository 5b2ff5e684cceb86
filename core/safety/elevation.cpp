#include "safety/elevation.h"

#include "settings/settings.h"

#include <QJsonObject>
#include <QMutexLocker>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace qm::safety {

namespace {

QString elevationTr(const char *text)
{
    return QCoreApplication::translate("qm::safety::Elevation", text);
}

// Audit writes block: threads of their own, never the GUI thread (never deleted, like the flow's).
QThreadPool *auditPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

} // namespace

Elevation::Elevation(Profile::Environment environment, Clock clock, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_clock(std::move(clock))
{ }

QDateTime Elevation::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void Elevation::setClock(Clock clock)
{
    QMutexLocker lock(&m_mutex);
    m_clock = std::move(clock);
}

bool Elevation::isElevated() const
{
    QMutexLocker lock(&m_mutex);
    return m_until.isValid() && now() < m_until;
}

std::optional<Error> Elevation::refusal(const QString &what) const
{
    if (mayWrite())
        return std::nullopt;
    return Error {Error::Code::PermissionDenied, refusalText(what),
        QStringLiteral("safety profile: production read-only, not elevated"), {}};
}

QString Elevation::refusalText(const QString &what)
{
    const QString head = what.isEmpty()
        ? elevationTr(QT_TRANSLATE_NOOP(
            "qm::safety::Elevation", "Production is read-only: nothing was changed."))
        : elevationTr(
            QT_TRANSLATE_NOOP("qm::safety::Elevation", "Production is read-only: %1 was not done."))
              .arg(what);
    return head + u' '
        + elevationTr(QT_TRANSLATE_NOOP("qm::safety::Elevation",
            "Elevate with View ▸ Elevate… (Ctrl+Shift+E) and give a reason; the "
            "elevation ends by itself after the time you choose."));
}

QDateTime Elevation::until() const
{
    QMutexLocker lock(&m_mutex);
    return m_until;
}

QString Elevation::reason() const
{
    QMutexLocker lock(&m_mutex);
    return m_reason;
}

QUuid Elevation::requestId() const
{
    QMutexLocker lock(&m_mutex);
    return m_requestId;
}

qint64 Elevation::secondsLeft() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_until.isValid())
        return 0;
    return qMax<qint64>(0, (now().msecsTo(m_until) + 999) / 1000);
}

int Elevation::defaultMinutes()
{
    return Settings::elevationMinutes();
}

Status Elevation::validate(const QString &reason, int minutes)
{
    if (reason.trimmed().size() < kMinReasonLength)
        return Error {Error::Code::InvalidInput,
            elevationTr(QT_TRANSLATE_NOOP("qm::safety::Elevation",
                            "Give a reason of at least %1 characters: it goes to the audit log."))
                .arg(kMinReasonLength),
            {}, {}};
    if (minutes < 1 || minutes > kMaxMinutes)
        return Error {Error::Code::InvalidInput,
            elevationTr(QT_TRANSLATE_NOOP(
                            "qm::safety::Elevation", "An elevation lasts from 1 to %1 minutes."))
                .arg(kMaxMinutes),
            {}, {}};
    return Done {};
}

Status Elevation::elevate(const QString &reason, int minutes, const QUuid &requestId)
{
    if (!required())
        return Error {Error::Code::InvalidInput,
            elevationTr(QT_TRANSLATE_NOOP("qm::safety::Elevation",
                            "Only production needs an elevation: %1 may be changed as it is."))
                .arg(Profile::environmentName(m_environment)),
            {}, {}};
    if (Status s = validate(reason, minutes); !s)
        return s;
    {
        QMutexLocker lock(&m_mutex);
        m_until = now().addSecs(qint64(minutes) * 60);
        m_reason = reason.trimmed();
        m_requestId = requestId;
    }
    Q_EMIT changed();
    return Done {};
}

bool Elevation::end()
{
    QUuid id;
    QString why;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_until.isValid())
            return false;
        m_until = {};
        id = m_requestId;
        why = m_reason;
        m_reason.clear();
    }
    Q_EMIT ended(false, id, why);
    Q_EMIT changed();
    return true;
}

bool Elevation::expireIfDue()
{
    QUuid id;
    QString why;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_until.isValid() || now() < m_until)
            return false;
        m_until = {};
        id = m_requestId;
        why = m_reason;
        m_reason.clear();
    }
    Q_EMIT ended(true, id, why);
    Q_EMIT changed();
    return true;
}

std::optional<Error> writeRefusal(
    Profile::Environment environment, const Elevation *elevation, const QString &what)
{
    if (elevation)
        return elevation->refusal(what);
    if (environment != Profile::Environment::Production)
        return std::nullopt;
    return Error {Error::Code::PermissionDenied, Elevation::refusalText(what),
        QStringLiteral("safety profile: production read-only, no elevation"), {}};
}

QFuture<Status> elevateAudited(std::shared_ptr<Elevation> elevation,
    std::shared_ptr<AuditSink> audit, const QString &reason, int minutes, const QString &action)
{
    return QtConcurrent::run(auditPool(), [elevation, audit, reason, minutes, action]() -> Status {
        if (Status s = Elevation::validate(reason, minutes); !s)
            return s;
        if (!elevation->required())
            return elevation->elevate(reason, minutes); // says why not
        if (!audit)
            return Error {Error::Code::InvalidInput,
                elevationTr(QT_TRANSLATE_NOOP("qm::safety::Elevation",
                    "No audit log: an elevation is recorded before it starts.")),
                {}, {}};
        AuditEntry e;
        e.action = action;
        e.target = Profile::environmentKey(elevation->environment());
        e.plan = QJsonObject {{QStringLiteral("reason"), reason.trimmed()},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("until"),
                elevation->now().addSecs(qint64(minutes) * 60).toString(Qt::ISODate)},
            {QStringLiteral("context"), auditContext()}};
        if (Status s = audit->recordIntent(e); !s) {
            Error err = s.error();
            err.message = elevationTr(QT_TRANSLATE_NOOP("qm::safety::Elevation",
                                          "The audit log refused the elevation, so it did not "
                                          "start: %1"))
                              .arg(err.message);
            return err;
        }
        return elevation->elevate(reason, minutes, e.requestId);
    });
}

QFuture<Status> recordElevationEnd(
    std::shared_ptr<AuditSink> audit, const QUuid &requestId, const QString &reason, bool expired)
{
    return QtConcurrent::run(auditPool(), [audit, requestId, reason, expired]() -> Status {
        if (!audit || requestId.isNull())
            return Done {};
        AuditEntry e;
        e.requestId = requestId;
        e.action = QStringLiteral("safety.elevate");
        e.plan = QJsonObject {{QStringLiteral("reason"), reason}};
        e.outcome = QJsonObject {{QStringLiteral("ended"),
                                     expired ? QStringLiteral("expired") : QStringLiteral("early")},
            {QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        return audit->recordOutcome(e);
    });
}

} // namespace qm::safety
