#include "runbooks/opssteps.h"

#include "common/awaitfuture.h"
#include "common/threadguard.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "http/jsonclient.h"
#include "payments/paymentstatus.h"
#include "profiles/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>
#include <QUuid>
#include <pqxx/pqxx>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::OpsSteps)
};

// A storefront that reported longer ago than this is not running: nothing to observe.
constexpr qint64 kHeartbeatFreshMs = 15000;
// The maintenance page check: no byte for this long fails it; a page is never this large.
constexpr int kPageTimeoutMs = 3000;
constexpr qint64 kPageMaxBytes = 4 * 1024 * 1024;

Error invalid(const QString &message)
{
    return Error {Error::Code::InvalidInput, message, {}, {}};
}

// The same request id for the same step of the same run: a resumed or retried step is answered
// with the first call's result instead of acting twice.
QString requestId(const StepContext &ctx, const char *what)
{
    static const QUuid ns(QStringLiteral("5d0c3f0e-6b1e-4c38-9c1e-0a3b9f1d2e77"));
    return QUuid::createUuidV5(ns, ctx.runId + u'/' + ctx.stepId + u'/' + QLatin1String(what))
        .toString(QUuid::WithoutBraces);
}

// May the signed-in role call `function`? ok=false with a sentence when it may not.
Result<CheckResult> mayCall(StepContext &ctx, const char *function, const QString &what)
{
    if (!ctx.cluster)
        return invalid(Tr::tr("no database connection for this run"));
    const QString refusal = payments::unsupported(backendOf(ctx.profile));
    if (!refusal.isEmpty())
        return CheckResult {false, refusal, {}};
    const std::string fn = function;
    auto r = db::waitBlocking(ctx.cluster->primaryPool()->run<std::pair<bool, QString>>(
                                  QStringLiteral("may %1").arg(what),
                                  [fn](db::Pool::Connection &c) {
                                      pqxx::read_transaction tx(c);
                                      const pqxx::row row = tx.exec_params1(
                                          "SELECT has_function_privilege($1, 'EXECUTE'), "
                                          "current_user::text",
                                          fn);
                                      return std::make_pair(row[0].as<bool>(),
                                          QString::fromStdString(row[1].as<std::string>()));
                                  }),
        "may call");
    if (!r)
        return r.error();
    if (!r->first)
        return CheckResult {false,
            Tr::tr("%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an "
                   "on-call engineer; nothing was changed.")
                .arg(r->second, what),
            {}};
    return CheckResult {true, {}, {}};
}

// The front's answer to one GET: its status and the X-QM-Maintenance header.
struct PageAnswer
{
    int status = 0;
    bool maintenanceHeader = false;
    QString retryAfter;
    QString error;
};

// GET through the HTTP connector (its timeout, and TLS against the profile's CA file for an
// https front). The engine runs steps on its worker thread, never on the GUI thread: this waits
// in a local event loop there, so the reply arrives on the thread that asked.
PageAnswer getPage(const StepContext &ctx, const QString &base, const QString &path)
{
    PageAnswer a;
    if (!assertMayBlock("qm::runbooks maintenance page check")) {
        a.error = Tr::tr("%1: not checked on the GUI thread").arg(base);
        return a;
    }
    QUrl url(base);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        a.error = Tr::tr("%1: only http:// and https:// fronts are checked").arg(base);
        return a;
    }
    url.setPath(path);
    http::JsonClient client;
    client.setTimeoutMs(kPageTimeoutMs);
    client.setMaxBodyBytes(kPageMaxBytes);
    if (!ctx.profile.caFile.isEmpty())
        client.setCaFile(ctx.profile.caFile);
    QFuture<Result<http::Response>> f
        = client.exchange("GET", url, {}, {{"User-Agent", "quartermaster-runbook"}});
    // The client's own timeout finishes the future; the bound only matters at shutdown.
    if (!awaitFuture(f, 4 * kPageTimeoutMs) || f.resultCount() == 0) {
        a.error = Tr::tr("%1: the check was cancelled").arg(base);
        return a;
    }
    const Result<http::Response> r = f.result();
    if (!r) {
        a.error = Tr::tr("%1: %2").arg(base, r.error().toString());
        return a;
    }
    a.status = r->status;
    a.maintenanceHeader = r->header("X-QM-Maintenance").trimmed() == "on";
    a.retryAfter = QString::fromLatin1(r->header("Retry-After").trimmed());
    return a;
}

Result<payments::MaintenanceState> maintenanceNow(StepContext &ctx)
{
    return db::waitBlocking(
        payments::readMaintenance(*ctx.cluster, backendOf(ctx.profile)), "read maintenance");
}

Result<payments::PaymentStatus> paymentsNow(StepContext &ctx)
{
    return db::waitBlocking(
        payments::readPaymentStatus(*ctx.cluster, backendOf(ctx.profile)), "read payments");
}

bool fresh(const QDateTime &reportedAt)
{
    return reportedAt.isValid()
        && reportedAt.msecsTo(QDateTime::currentDateTimeUtc()) < kHeartbeatFreshMs;
}

// "30m" / "2h" from now, or an ISO time. Invalid: none given; *bad when malformed.
QDateTime untilOf(const Fields &f, bool *bad)
{
    *bad = false;
    const QJsonValue v = f.value(QStringLiteral("until"));
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        return {};
    const qint64 ms = parseDuration(v);
    if (ms > 0)
        return QDateTime::currentDateTimeUtc().addMSecs(ms);
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    *bad = !t.isValid();
    return t.toUTC();
}

// ---------------------------------------------------------------------------- maintenance.*

class MaintenanceStep : public StepType
{
public:
    explicit MaintenanceStep(bool on)
        : m_on(on)
    { }

    QString name() const override
    {
        return m_on ? QStringLiteral("maintenance.on") : QStringLiteral("maintenance.off");
    }
    QString summary() const override
    {
        return m_on ? Tr::tr("switch maintenance mode on (reason, scheduled end): the storefront "
                             "stops taking orders and shows its maintenance page")
                    : Tr::tr("switch maintenance mode off: the storefront takes orders again");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        if (m_on) {
            fieldcheck::onlyKeys(e, f, {QStringLiteral("reason"), QStringLiteral("until")});
            fieldcheck::string(e, f, QStringLiteral("reason"), true);
            // A parameter ("${end}", "${minutes}m") is known at run time only.
            if (f.has(QStringLiteral("until"))
                && !f.string(QStringLiteral("until")).contains(QLatin1String("${"))) {
                bool bad = false;
                untilOf(f, &bad);
                if (bad)
                    e.append({QStringLiteral("until"),
                        Tr::tr("\"until\" is a duration (30m, 2h) or an ISO time "
                               "(2026-12-07T06:00:00Z)")});
            }
        } else {
            fieldcheck::onlyKeys(e, f, {QStringLiteral("reason")});
            fieldcheck::string(e, f, QStringLiteral("reason"));
        }
        return e;
    }

    Result<CheckResult> precheck(const Fields &, StepContext &ctx) const override
    {
        return mayCall(ctx, "console.maintenance_set(uuid, boolean, text, timestamptz)",
            Tr::tr("switch maintenance mode"));
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        const auto now = maintenanceNow(ctx);
        if (!now)
            return now.error();
        StepPlan p;
        bool bad = false;
        const QDateTime until = untilOf(f, &bad);
        if (m_on) {
            p.summary = until.isValid()
                ? Tr::tr("Switch maintenance mode on (\"%1\") until %2: no orders are taken, "
                         "the storefront shows its maintenance page")
                      .arg(f.string(QStringLiteral("reason")),
                          until.toLocalTime().toString(Qt::ISODate))
                : Tr::tr("Switch maintenance mode on (\"%1\") with no scheduled end: no orders "
                         "are taken, the storefront shows its maintenance page")
                      .arg(f.string(QStringLiteral("reason")));
            p.impact = safety::Impact::High;
            if (!until.isValid())
                p.warnings.append(Tr::tr("no scheduled end: the store stays closed until "
                                         "someone switches maintenance off"));
        } else {
            p.summary = Tr::tr("Switch maintenance mode off: the storefront takes orders again");
            p.impact = safety::Impact::Medium;
        }
        p.details.append(now->on
                ? Tr::tr("now: on since %1 (\"%2\")")
                      .arg(now->startedAt.toLocalTime().toString(Qt::ISODate), now->message)
                : Tr::tr("now: off"));
        if (!fresh(now->storefrontReportedAt))
            p.warnings.append(Tr::tr("no storefront reports its state: only the database and "
                                     "Varnish can be verified"));
        if (ctx.profile.varnishUrls.isEmpty())
            p.details.append(Tr::tr("the profile names no Varnish: the page is not checked"));
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        // A duration counts from the server's clock (the window is the server's); an ISO time
        // is taken as it is.
        const QJsonValue untilValue = f.value(QStringLiteral("until"));
        const qint64 ms = m_on ? parseDuration(untilValue) : -1;
        bool bad = false;
        const QDateTime until = m_on && ms <= 0 ? untilOf(f, &bad) : QDateTime();
        if (bad) {
            const Error e = invalid(Tr::tr("\"until\" is a duration (30m, 2h) or an ISO time, "
                                           "not \"%1\"; nothing was changed")
                                        .arg(f.string(QStringLiteral("until"))));
            return StepOutcome {false, e.message, {}, e};
        }
        const std::optional<std::string> untilText = until.isValid()
            ? std::optional<std::string>(until.toString(Qt::ISODateWithMs).toStdString())
            : std::nullopt;
        const std::optional<double> untilMs
            = ms > 0 ? std::optional<double>(double(ms)) : std::nullopt;
        const std::string rid
            = requestId(ctx, m_on ? "maintenance.on" : "maintenance.off").toStdString();
        const std::string reason = f.string(QStringLiteral("reason")).toStdString();
        const bool on = m_on;
        auto r = db::waitBlocking(
            ctx.cluster->primaryPool()->run<QString>(QStringLiteral("switch maintenance mode"),
                [rid, on, reason, untilText, untilMs](db::Pool::Connection &c) {
                    pqxx::work tx(c);
                    const pqxx::row row = tx.exec_params1(
                        "SELECT console.maintenance_set($1::uuid, $2, $3, "
                        "coalesce($4::timestamptz, "
                        "now() + make_interval(secs => $5::float8 / 1000)))::text",
                        rid, on, reason, untilText, untilMs);
                    tx.commit();
                    return QString::fromStdString(row[0].as<std::string>());
                }),
            "maintenance_set");
        if (!r)
            return StepOutcome {false, r.error().toString(), {}, r.error()};
        StepOutcome o;
        o.ok = true;
        o.summary = m_on ? Tr::tr("maintenance mode switched on")
                         : Tr::tr("maintenance mode "
                                  "switched off");
        o.data = QJsonObject {{QStringLiteral("result"), *r}};
        return o;
    }

    Result<CheckResult> verify(const Fields &, const StepOutcome &, StepContext &ctx) const override
    {
        const auto now = maintenanceNow(ctx);
        if (!now)
            return now.error();
        QStringList seen;
        bool ok = now->on == m_on;
        seen << (now->on ? Tr::tr("database: on") : Tr::tr("database: off"));
        if (fresh(now->storefrontReportedAt)) {
            ok = ok && now->storefrontSeesMaintenance == m_on;
            seen << (now->storefrontSeesMaintenance ? Tr::tr("storefront: refuses orders")
                                                    : Tr::tr("storefront: takes orders"));
        } else {
            seen << Tr::tr("storefront: not running");
        }
        for (const QString &front : ctx.profile.varnishUrls) {
            const PageAnswer a = getPage(ctx, front, QStringLiteral("/p/1"));
            if (!a.error.isEmpty()) {
                ok = false;
                seen << a.error;
                continue;
            }
            const bool page = a.status == 503 && a.maintenanceHeader;
            ok = ok && page == m_on;
            seen << (page
                    ? Tr::tr("%1: maintenance page (503, Retry-After %2)").arg(front, a.retryAfter)
                    : Tr::tr("%1: HTTP %2").arg(front).arg(a.status));
        }
        return CheckResult {ok, seen.join(QStringLiteral("; ")), payments::toJson(*now)};
    }

private:
    bool m_on;
};

// ---------------------------------------------------------------------------- payments.route

class PaymentsRoute : public StepType
{
public:
    QString name() const override { return QStringLiteral("payments.route"); }
    QString summary() const override
    {
        return Tr::tr("route the storefront's payments to the primary or secondary provider, or "
                      "automatically by their circuit breakers");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f, {QStringLiteral("to"), QStringLiteral("reason")});
        fieldcheck::required(e, f, QStringLiteral("to"));
        fieldcheck::oneOf(e, f, QStringLiteral("to"),
            {QStringLiteral("primary"), QStringLiteral("secondary"), QStringLiteral("auto")});
        fieldcheck::string(e, f, QStringLiteral("reason"));
        return e;
    }

    Result<CheckResult> precheck(const Fields &, StepContext &ctx) const override
    {
        return mayCall(
            ctx, "console.payments_set_route(uuid, text, text)", Tr::tr("route payments"));
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        const auto now = paymentsNow(ctx);
        if (!now)
            return now.error();
        const QString to = f.string(QStringLiteral("to"));
        StepPlan p;
        p.summary = Tr::tr("Route payments to %1 (now: %2)").arg(to, now->route);
        p.impact = safety::Impact::Medium;
        for (const payments::Breaker &b : now->breakers) {
            p.details.append(Tr::tr(
                "%1 provider: breaker %2, failure rate %3 %, %n trip(s)", nullptr, int(b.trips))
                                 .arg(b.provider, b.state)
                                 .arg(qRound(b.failureRate * 100)));
            if (b.provider == to && b.state == QLatin1String("open"))
                p.warnings.append(Tr::tr("the %1 provider's breaker is open: its charges fail "
                                         "fast until it recovers")
                                      .arg(to));
        }
        if (!now->reporting())
            p.warnings.append(Tr::tr("no storefront reports its providers now (the states above "
                                     "are its last report): only the database can be verified"));
        p.data = QJsonObject {{QStringLiteral("was"), now->route}};
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        const std::string rid = requestId(ctx, "payments.route").toStdString();
        const std::string to = f.string(QStringLiteral("to")).toStdString();
        const std::string reason = f.string(QStringLiteral("reason")).toStdString();
        auto r = db::waitBlocking(
            ctx.cluster->primaryPool()->run<QString>(QStringLiteral("route payments"),
                [rid, to, reason](db::Pool::Connection &c) {
                    pqxx::work tx(c);
                    const pqxx::row row = tx.exec_params1(
                        "SELECT console.payments_set_route($1::uuid, $2, $3)::text", rid, to,
                        reason);
                    tx.commit();
                    return QString::fromStdString(row[0].as<std::string>());
                }),
            "payments_set_route");
        if (!r)
            return StepOutcome {false, r.error().toString(), {}, r.error()};
        return StepOutcome {true, Tr::tr("payments routed to %1").arg(QString::fromStdString(to)),
            QJsonObject {{QStringLiteral("result"), *r}}, {}};
    }

    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &, StepContext &ctx) const override
    {
        const auto now = paymentsNow(ctx);
        if (!now)
            return now.error();
        const QString to = f.string(QStringLiteral("to"));
        if (now->route != to)
            return CheckResult {false, Tr::tr("the route is %1, not %2").arg(now->route, to),
                payments::toJson(*now)};
        const payments::Breaker *any = now->breakers.isEmpty() ? nullptr : &now->breakers.first();
        if (!any || !fresh(any->reportedAt))
            return CheckResult {true,
                Tr::tr("route %1 set; no storefront is running to apply it").arg(to),
                payments::toJson(*now)};
        if (!now->routeInEffect())
            return CheckResult {false,
                Tr::tr("route %1 set; the storefront still applies %2").arg(to, now->routeApplied),
                payments::toJson(*now)};
        QStringList states;
        for (const payments::Breaker &b : now->breakers)
            states << Tr::tr("%1 %2").arg(b.provider, b.state);
        return CheckResult {true,
            Tr::tr("the storefront routes payments to %1 (%2)")
                .arg(to, states.join(QStringLiteral(", "))),
            payments::toJson(*now)};
    }
};

} // namespace

void addOpsSteps(StepRegistry &registry)
{
    registry.add(std::make_shared<MaintenanceStep>(true));
    registry.add(std::make_shared<MaintenanceStep>(false));
    registry.add(std::make_shared<PaymentsRoute>());
}

} // namespace qm::runbooks
