#include "runbooks/builtinsteps.h"

#include "cache/redissync.h"
#include "cache/topology.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "redis/client.h"
#include "runbooks/backupsteps.h"
#include "runbooks/cachesteps.h"
#include "runbooks/hasteps.h"
#include "runbooks/opssteps.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <climits>
#include <pqxx/pqxx>

namespace qm::runbooks {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qm::runbooks::BuiltinSteps)
};

Error invalid(const QString &message)
{
    return Error {Error::Code::InvalidInput, message, {}, {}};
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("NULL");
    return QString::fromUtf8(
        QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

db::Pool *poolFor(StepContext &ctx, const QString &on, Error *error)
{
    if (!ctx.cluster) {
        *error = invalid(Tr::tr("no database connection for this run"));
        return nullptr;
    }
    if (on == QLatin1String("replica")) {
        const auto replicas = ctx.cluster->replicaPools();
        if (replicas.isEmpty()) {
            *error = Error {Error::Code::ConnectionFailed,
                Tr::tr("the profile has no replica to run this check on"), {}, {}};
            return nullptr;
        }
        return replicas.first();
    }
    return ctx.cluster->primaryPool();
}

// ---------------------------------------------------------------------------------- sql.check

// A step whose action is its own check (sql.check, redis.check): the plan says what the check
// finds now, executing runs it, verifying runs it again.
class CheckStep : public StepType
{
public:
    bool isCheck() const override { return true; }

    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        const auto r = check(f, ctx);
        if (!r)
            return StepOutcome {false, r.error().toString(), {}, r.error()};
        return StepOutcome {r->ok, r->summary, r->data, {}};
    }

    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &, StepContext &ctx) const override
    {
        return check(f, ctx);
    }

protected:
    Result<StepPlan> planCheck(StepPlan p, const Fields &f, StepContext &ctx) const
    {
        const auto now = check(f, ctx);
        p.details.append(now
                ? Tr::tr("now: %1 (%2)")
                      .arg(now->summary, now->ok ? Tr::tr("would pass") : Tr::tr("would fail"))
                : Tr::tr("now: cannot run it: %1").arg(now.error().toString()));
        return p;
    }
};

class SqlCheck : public CheckStep
{
public:
    QString name() const override { return QStringLiteral("sql.check"); }
    QString summary() const override
    {
        return Tr::tr("a read-only query on the primary or a replica, and what it must return");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            {QStringLiteral("sql"), QStringLiteral("on"), QStringLiteral("params"),
                QStringLiteral("expect")});
        fieldcheck::string(e, f, QStringLiteral("sql"), true);
        fieldcheck::oneOf(
            e, f, QStringLiteral("on"), {QStringLiteral("primary"), QStringLiteral("replica")});
        if (f.has(QStringLiteral("params")) && !f.value(QStringLiteral("params")).isArray())
            e.append({QStringLiteral("params"), Tr::tr("\"params\" must be a list ($1, $2...)")});
        fieldcheck::required(e, f, QStringLiteral("expect"));
        e += validateExpectation(f);
        return e;
    }

    Result<CheckResult> check(const Fields &f, StepContext &ctx) const override
    {
        Error err;
        db::Pool *pool
            = poolFor(ctx, f.string(QStringLiteral("on"), QStringLiteral("primary")), &err);
        if (!pool)
            return err;
        const std::string sql = f.string(QStringLiteral("sql")).toStdString();
        std::vector<std::string> params;
        for (const QJsonValue &p : f.value(QStringLiteral("params")).toArray())
            params.push_back(jsonText(p).toStdString());
        struct Row
        {
            QJsonValue first;
            qint64 rows = 0;
        };
        auto r = db::waitBlocking(
            pool->run<Row>(QStringLiteral("runbook sql.check"),
                [sql, params](db::Pool::Connection &c) {
                    // READ ONLY: a check cannot change anything, even on
                    // the primary.
                    pqxx::read_transaction tx(c);
                    const pqxx::result res
                        = tx.exec_params(sql, pqxx::prepare::make_dynamic_params(params));
                    Row row;
                    row.rows = qint64(res.size());
                    if (!res.empty() && res.columns() > 0) {
                        const pqxx::field fld = res[0][0];
                        if (fld.is_null())
                            row.first = QJsonValue(QJsonValue::Null);
                        else if (fld.type() == 16) // bool
                            row.first = fld.as<bool>();
                        else {
                            const QString t = QString::fromStdString(fld.as<std::string>());
                            bool num = false;
                            const double d = t.toDouble(&num);
                            row.first = num ? QJsonValue(d) : QJsonValue(t);
                        }
                    }
                    return row;
                }),
            "runbook sql.check");
        if (!r)
            return r.error();
        QString summary;
        const bool ok = meetsExpectation(
            f.value(QStringLiteral("expect")).toObject(), r->first, r->rows, &summary);
        return CheckResult {ok, summary,
            QJsonObject {{QStringLiteral("value"), r->first}, {QStringLiteral("rows"), r->rows}}};
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        StepPlan p;
        p.summary = Tr::tr("Run a read-only query on the %1 and expect %2")
                        .arg(f.string(QStringLiteral("on"), QStringLiteral("primary")),
                            jsonText(f.value(QStringLiteral("expect"))));
        return planCheck(std::move(p), f, ctx);
    }
};

// -------------------------------------------------------------------------------- redis.check

const QStringList &readOnlyRedisCommands()
{
    static const QStringList c
        = {QStringLiteral("PING"), QStringLiteral("INFO"), QStringLiteral("ROLE"),
            QStringLiteral("GET"), QStringLiteral("EXISTS"), QStringLiteral("DBSIZE"),
            QStringLiteral("TTL"), QStringLiteral("TYPE"), QStringLiteral("STRLEN"),
            QStringLiteral("LLEN"), QStringLiteral("SCARD"), QStringLiteral("HGET"),
            QStringLiteral("HLEN"), QStringLiteral("XLEN"), QStringLiteral("ZCARD")};
    return c;
}

class RedisCheck : public CheckStep
{
public:
    QString name() const override { return QStringLiteral("redis.check"); }
    QString summary() const override
    {
        return Tr::tr(
            "a read-only Redis command (PING, INFO field, ROLE...) and what it must return");
    }

    static QStringList command(const Fields &f)
    {
        const QJsonValue v = f.value(QStringLiteral("command"));
        QStringList args;
        if (v.isArray())
            for (const QJsonValue &a : v.toArray())
                args.append(jsonText(a));
        else
            args = v.toString().split(u' ', Qt::SkipEmptyParts);
        return args;
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            {QStringLiteral("command"), QStringLiteral("on"), QStringLiteral("field"),
                QStringLiteral("expect")});
        fieldcheck::required(e, f, QStringLiteral("command"));
        fieldcheck::oneOf(
            e, f, QStringLiteral("on"), {QStringLiteral("master"), QStringLiteral("replica")});
        fieldcheck::required(e, f, QStringLiteral("expect"));
        e += validateExpectation(f);
        const QStringList c = command(f);
        if (f.has(QStringLiteral("command"))
            && (c.isEmpty() || !readOnlyRedisCommands().contains(c.first().toUpper())))
            e.append({QStringLiteral("command"),
                Tr::tr("a check runs only read-only commands (%1), not \"%2\"")
                    .arg(readOnlyRedisCommands().join(QStringLiteral(", ")), c.value(0))});
        return e;
    }

    Result<CheckResult> check(const Fields &f, StepContext &ctx) const override
    {
        const auto deployment
            = cache::RedisDeployment::fromSettings(ctx.profile.redis, ctx.redisPassword);
        const auto topo = cache::TopologyResolver::resolve(deployment);
        if (!topo)
            return topo.error();
        const bool replica = f.string(QStringLiteral("on")) == QLatin1String("replica");
        const QVector<cache::RedisNode> &nodes = replica ? topo->replicas : topo->masters;
        if (nodes.isEmpty())
            return Error {Error::Code::ConnectionFailed,
                replica ? Tr::tr("Redis has no replica to check") : Tr::tr("Redis has no master"),
                {}, {}};
        redis::Client client(nodes.first().endpoint);
        QByteArrayList args;
        for (const QString &a : command(f))
            args.append(a.toUtf8());
        const auto reply = cache::callSync(client, args);
        client.disconnectFromServer();
        if (!reply)
            return reply.error();
        if (reply->isError())
            return cache::replyError(
                nodes.first().endpoint, QString::fromUtf8(args.first()), *reply);
        QJsonValue value;
        const QString field = f.string(QStringLiteral("field"));
        if (reply->isInteger()) {
            value = double(reply->integer);
        } else if (reply->isArray()) {
            value = reply->elements.empty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(reply->elements.front().toString());
        } else if (reply->isNil()) {
            value = QJsonValue(QJsonValue::Null);
        } else if (!field.isEmpty()) {
            value = QJsonValue(QJsonValue::Null);
            for (const QString &line : reply->toString().split(u'\n')) {
                const QString l = line.trimmed();
                if (l.startsWith(field + u':')) {
                    const QString t = l.mid(field.size() + 1);
                    bool num = false;
                    const double d = t.toDouble(&num);
                    value = num ? QJsonValue(d) : QJsonValue(t);
                }
            }
        } else {
            value = reply->toString();
        }
        QString summary;
        const bool ok
            = meetsExpectation(f.value(QStringLiteral("expect")).toObject(), value, -1, &summary);
        return CheckResult {ok,
            QStringLiteral("%1 %2: %3").arg(command(f).join(u' '), field, summary).simplified(),
            QJsonObject {{QStringLiteral("value"), value}}};
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        StepPlan p;
        p.summary = Tr::tr("Ask Redis %1 and expect %2")
                        .arg(command(f).join(u' '), jsonText(f.value(QStringLiteral("expect"))));
        return planCheck(std::move(p), f, ctx);
    }
};

// ----------------------------------------------------------------------------- queries.cancel

class QueriesCancel : public StepType
{
public:
    QString name() const override { return QStringLiteral("queries.cancel"); }
    QString summary() const override
    {
        return Tr::tr("preview long-running or idle-in-transaction sessions, then cancel or "
                      "terminate them");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            {QStringLiteral("older_than"), QStringLiteral("idle_in_transaction"),
                QStringLiteral("mode"), QStringLiteral("application_name"), QStringLiteral("user"),
                QStringLiteral("max_sessions")});
        fieldcheck::required(e, f, QStringLiteral("older_than"));
        fieldcheck::duration(e, f, QStringLiteral("older_than"));
        fieldcheck::oneOf(
            e, f, QStringLiteral("mode"), {QStringLiteral("cancel"), QStringLiteral("terminate")});
        fieldcheck::number(e, f, QStringLiteral("max_sessions"));
        if (f.has(QStringLiteral("idle_in_transaction"))
            && !f.value(QStringLiteral("idle_in_transaction")).isBool()
            && !isParameterRef(f.value(QStringLiteral("idle_in_transaction"))))
            e.append({QStringLiteral("idle_in_transaction"), Tr::tr("must be true or false")});
        return e;
    }

    static double seconds(const Fields &f)
    {
        return double(parseDuration(f.value(QStringLiteral("older_than")))) / 1000.0;
    }
    static bool terminate(const Fields &f)
    {
        return f.string(QStringLiteral("mode")) == QLatin1String("terminate");
    }

    Result<CheckResult> precheck(const Fields &, StepContext &ctx) const override
    {
        if (!ctx.cluster)
            return invalid(Tr::tr("no database connection for this run"));
        auto r = db::waitBlocking(ctx.cluster->primaryPool()->run<std::pair<bool, QString>>(
                                      QStringLiteral("may cancel sessions"),
                                      [](db::Pool::Connection &c) {
                                          pqxx::read_transaction tx(c);
                                          const pqxx::row row = tx.exec1(
                                              "SELECT has_function_privilege('console.runbook_"
                                              "signal_session(int, timestamptz, boolean, double "
                                              "precision)', 'EXECUTE'), current_user::text");
                                          return std::make_pair(row[0].as<bool>(),
                                              QString::fromStdString(row[1].as<std::string>()));
                                      }),
            "may cancel sessions");
        if (!r)
            return r.error();
        if (!r->first)
            return CheckResult {false,
                Tr::tr("%1 may not cancel or terminate sessions: that needs the on-call role "
                       "(qm_oncall). Sign in as an on-call engineer; nothing was cancelled.")
                    .arg(r->second),
                {}};
        return CheckResult {true, {}, {}};
    }

    static Result<QJsonArray> sessions(const Fields &f, StepContext &ctx)
    {
        const double secs = seconds(f);
        const bool idle = f.value(QStringLiteral("idle_in_transaction")).toBool(true);
        auto r = db::waitBlocking(
            ctx.cluster->primaryPool()->run<QJsonArray>(QStringLiteral("runbook sessions"),
                [secs, idle](db::Pool::Connection &c) {
                    pqxx::read_transaction tx(c);
                    QJsonArray out;
                    for (const pqxx::row &row : tx.exec_params(
                             "SELECT pid, backend_start::text, coalesce(usename, ''), "
                             "coalesce(application_name, ''), coalesce(state, ''), seconds, "
                             "coalesce(query, '') FROM console.runbook_sessions($1, $2)",
                             secs, idle)) {
                        out.append(QJsonObject {
                            {QStringLiteral("pid"), row[0].as<int>()},
                            {QStringLiteral("backend_start"),
                                QString::fromStdString(row[1].as<std::string>())},
                            {QStringLiteral("user"),
                                QString::fromStdString(row[2].as<std::string>())},
                            {QStringLiteral("application_name"),
                                QString::fromStdString(row[3].as<std::string>())},
                            {QStringLiteral("state"),
                                QString::fromStdString(row[4].as<std::string>())},
                            {QStringLiteral("seconds"), row[5].as<double>()},
                            {QStringLiteral("query"),
                                QString::fromStdString(row[6].as<std::string>())},
                        });
                    }
                    return out;
                }),
            "runbook sessions");
        if (!r)
            return r.error();
        const QString app = f.string(QStringLiteral("application_name"));
        const QString user = f.string(QStringLiteral("user"));
        const QRegularExpression appRe(QRegularExpression::wildcardToRegularExpression(
            app.isEmpty() ? QStringLiteral("*") : app,
            QRegularExpression::UnanchoredWildcardConversion));
        QJsonArray filtered;
        for (const QJsonValue &v : *r) {
            const QJsonObject s = v.toObject();
            if (!user.isEmpty() && s.value(QStringLiteral("user")).toString() != user)
                continue;
            const QString a = s.value(QStringLiteral("application_name")).toString();
            if (!app.isEmpty()
                && !QRegularExpression(QStringLiteral("^(?:%1)$").arg(appRe.pattern()))
                        .match(a)
                        .hasMatch())
                continue;
            filtered.append(s);
        }
        return filtered;
    }

    static QString describeSession(const QJsonObject &s)
    {
        return Tr::tr("pid %1 %2@%3 %4 for %5 s: %6")
            .arg(s.value(QStringLiteral("pid")).toInt())
            .arg(s.value(QStringLiteral("user")).toString(),
                s.value(QStringLiteral("application_name")).toString(),
                s.value(QStringLiteral("state")).toString())
            .arg(qint64(s.value(QStringLiteral("seconds")).toDouble()))
            .arg(s.value(QStringLiteral("query")).toString().simplified().left(120));
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        const auto list = sessions(f, ctx);
        if (!list)
            return list.error();
        StepPlan p;
        const int max = f.value(QStringLiteral("max_sessions")).toInt(20);
        p.summary = (terminate(f)
                ? Tr::tr("Terminate %n session(s) busy or idle in a transaction for more than %1 s",
                    nullptr, int(list->size()))
                : Tr::tr("Cancel the query of %n session(s) running for more than %1 s", nullptr,
                    int(list->size())))
                        .arg(seconds(f));
        bool idleSeen = false;
        for (const QJsonValue &v : *list) {
            p.sample.append(describeSession(v.toObject()));
            idleSeen = idleSeen
                || v.toObject().value(QStringLiteral("state")).toString()
                    != QLatin1String("active");
        }
        if (idleSeen && !terminate(f))
            p.warnings.append(Tr::tr("cancelling does not end an idle transaction: use mode: "
                                     "terminate for those sessions"));
        if (list->size() > max) {
            p.refused = true;
            p.refusal = Tr::tr("%1 sessions qualify, more than max_sessions (%2): narrow the "
                               "filter or raise max_sessions")
                            .arg(list->size())
                            .arg(max);
        }
        p.impact = list->isEmpty() ? safety::Impact::Low
            : terminate(f)         ? safety::Impact::High
                                   : safety::Impact::Medium;
        p.data = QJsonObject {{QStringLiteral("sessions"), *list},
            {QStringLiteral("older_than_seconds"), seconds(f)},
            {QStringLiteral("mode"),
                terminate(f) ? QStringLiteral("terminate") : QStringLiteral("cancel")}};
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &plan, StepContext &ctx) const override
    {
        const double secs = seconds(f);
        const bool term = terminate(f);
        QJsonArray signalled, skipped;
        for (const QJsonValue &v : plan.data.value(QStringLiteral("sessions")).toArray()) {
            if (ctx.cancel.isCancelled())
                break;
            const QJsonObject s = v.toObject();
            const int pid = s.value(QStringLiteral("pid")).toInt();
            const std::string start
                = s.value(QStringLiteral("backend_start")).toString().toStdString();
            auto r = db::waitBlocking(
                ctx.cluster->primaryPool()->run<bool>(QStringLiteral("runbook signal session"),
                    [=](db::Pool::Connection &c) {
                        pqxx::work tx(c);
                        const bool sent
                            = tx.exec_params1("SELECT console.runbook_signal_session($1, "
                                              "$2::timestamptz, $3, $4)",
                                    pid, start, term, secs)[0]
                                  .as<bool>();
                        tx.commit();
                        return sent;
                    }),
                "runbook signal session");
            if (!r)
                return StepOutcome {false, r.error().toString(),
                    QJsonObject {{QStringLiteral("signalled"), signalled}}, r.error()};
            if (*r) {
                signalled.append(s);
                if (ctx.log)
                    ctx.log((term ? Tr::tr("terminated %1") : Tr::tr("cancelled %1"))
                                .arg(describeSession(s)));
            } else {
                skipped.append(s);
            }
        }
        StepOutcome o;
        o.ok = true;
        o.summary = (term ? Tr::tr("%n session(s) terminated, %1 had already ended or changed",
                         nullptr, int(signalled.size()))
                          : Tr::tr("%n query(ies) cancelled, %1 had already ended or changed",
                              nullptr, int(signalled.size())))
                        .arg(skipped.size());
        o.data = QJsonObject {{QStringLiteral("signalled"), signalled},
            {QStringLiteral("skipped"), skipped}, {QStringLiteral("older_than_seconds"), secs}};
        return o;
    }

    // None of the previewed backends still runs (or idles in) what qualified it.
    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &outcome, StepContext &ctx) const override
    {
        if (!outcome.data.contains(QStringLiteral("signalled")))
            return CheckResult {false, Tr::tr("not known to have signalled anything"), {}};
        Fields all = f;
        all.values.remove(QStringLiteral("application_name"));
        all.values.remove(QStringLiteral("user"));
        const auto now = sessions(all, ctx);
        if (!now)
            return now.error();
        // Every previewed session: a signal that the server did not send (the function said
        // false) leaves a still-qualifying session, which fails the step.
        QJsonArray planned = outcome.data.value(QStringLiteral("signalled")).toArray();
        for (const QJsonValue &s : outcome.data.value(QStringLiteral("skipped")).toArray())
            planned.append(s);
        QStringList still;
        for (const QJsonValue &s : planned)
            for (const QJsonValue &n : *now)
                if (n.toObject().value(QStringLiteral("pid"))
                        == s.toObject().value(QStringLiteral("pid"))
                    && n.toObject().value(QStringLiteral("backend_start"))
                        == s.toObject().value(QStringLiteral("backend_start")))
                    still.append(describeSession(n.toObject()));
        if (!still.isEmpty())
            return CheckResult {
                false, Tr::tr("still running: %1").arg(still.join(QStringLiteral("; "))), {}};
        return CheckResult {true,
            Tr::tr("none of the %n previewed session(s) still qualifies", nullptr,
                int(planned.size())),
            {}};
    }
};

// --------------------------------------------------------------------------------- wait.until

class WaitUntil : public StepType
{
public:
    QString name() const override { return QStringLiteral("wait.until"); }
    QString summary() const override
    {
        return Tr::tr("repeat a check until it passes or a deadline");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &registry) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f,
            {QStringLiteral("check"), QStringLiteral("interval"), QStringLiteral("deadline")});
        fieldcheck::nestedCheck(e, f, QStringLiteral("check"), registry, true);
        fieldcheck::duration(e, f, QStringLiteral("interval"));
        fieldcheck::duration(e, f, QStringLiteral("deadline"));
        return e;
    }

    static Result<CheckResult> once(const Fields &f, StepContext &ctx)
    {
        const Check c = nestedCheckOf(f, QStringLiteral("check"));
        const StepType *t = ctx.registry ? ctx.registry->find(c.type) : nullptr;
        if (!t)
            return invalid(Tr::tr("unknown check type %1").arg(c.type));
        return t->check(c.fields, ctx);
    }

    Result<StepPlan> describePlan(const Fields &f, StepContext &ctx) const override
    {
        StepPlan p;
        const qint64 deadline = f.has(QStringLiteral("deadline"))
            ? parseDuration(f.value(QStringLiteral("deadline")))
            : 300000;
        p.summary = Tr::tr("Wait up to %1 s until %2 passes")
                        .arg(deadline / 1000)
                        .arg(f.value(QStringLiteral("check"))
                                 .toObject()
                                 .value(QStringLiteral("type"))
                                 .toString());
        const auto now = once(f, ctx);
        p.details.append(now
                ? Tr::tr("now: %1 (%2)")
                      .arg(now->summary,
                          now->ok ? Tr::tr("would pass at once") : Tr::tr("would wait"))
                : Tr::tr("now: cannot run it: %1").arg(now.error().toString()));
        return p;
    }

    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        const qint64 deadline = f.has(QStringLiteral("deadline"))
            ? parseDuration(f.value(QStringLiteral("deadline")))
            : 300000;
        const qint64 interval = f.has(QStringLiteral("interval"))
            ? qMax<qint64>(100, parseDuration(f.value(QStringLiteral("interval"))))
            : 2000;
        QDeadlineTimer timer(deadline);
        QString last;
        for (;;) {
            const auto r = once(f, ctx);
            if (r && r->ok)
                return StepOutcome {true, r->summary, r->data, {}};
            last = r ? r->summary : r.error().toString();
            if (ctx.cancel.isCancelled())
                return StepOutcome {false, Tr::tr("cancelled while waiting"), {},
                    Error {Error::Code::Cancelled, Tr::tr("cancelled"), {}, {}}};
            if (timer.hasExpired())
                return StepOutcome {false, Tr::tr("deadline passed; last: %1").arg(last), {},
                    Error {Error::Code::Timeout,
                        Tr::tr("the condition did not hold before the deadline"), last, {}}};
            QDeadlineTimer pause(qMin(interval, qMax<qint64>(0, timer.remainingTime())));
            while (!pause.hasExpired() && !ctx.cancel.isCancelled())
                QThread::msleep(50);
        }
    }

    Result<CheckResult> verify(
        const Fields &f, const StepOutcome &, StepContext &ctx) const override
    {
        return once(f, ctx);
    }
};

// ------------------------------------------------------------------------------ confirm, note

class Confirm : public StepType
{
public:
    QString name() const override { return QStringLiteral("confirm"); }
    QString summary() const override
    {
        return Tr::tr("ask the operator and go on only with the expected answer");
    }

    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f, {QStringLiteral("question"), QStringLiteral("expect")});
        fieldcheck::string(e, f, QStringLiteral("question"), true);
        fieldcheck::string(e, f, QStringLiteral("expect"));
        return e;
    }
    Result<StepPlan> describePlan(const Fields &f, StepContext &) const override
    {
        StepPlan p;
        p.summary = Tr::tr("Ask: %1 (go on with \"%2\")")
                        .arg(f.string(QStringLiteral("question")),
                            f.string(QStringLiteral("expect"), QStringLiteral("yes")));
        return p;
    }
    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        if (!ctx.ask)
            return StepOutcome {false, Tr::tr("no operator can answer"), {},
                Error {Error::Code::InvalidInput, Tr::tr("this step needs an operator's answer"),
                    {}, {}}};
        const auto a = ctx.ask(f.string(QStringLiteral("question")), ctx.stepId);
        if (!a)
            return StepOutcome {false, a.error().message, {}, a.error()};
        const QString expect = f.string(QStringLiteral("expect"), QStringLiteral("yes"));
        const bool ok = a->trimmed().compare(expect, Qt::CaseInsensitive) == 0;
        return StepOutcome {ok,
            ok ? Tr::tr("answered \"%1\"").arg(*a)
               : Tr::tr("answered \"%1\", expected \"%2\"").arg(*a, expect),
            QJsonObject {{QStringLiteral("answer"), *a}}, {}};
    }
};

class Note : public StepType
{
public:
    QString name() const override { return QStringLiteral("note"); }
    QString summary() const override { return Tr::tr("a line for the operator and the journal"); }
    QList<FieldError> validate(const Fields &f, const StepRegistry &) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(e, f, {QStringLiteral("text")});
        fieldcheck::string(e, f, QStringLiteral("text"), true);
        return e;
    }
    Result<StepPlan> describePlan(const Fields &f, StepContext &) const override
    {
        StepPlan p;
        p.summary = Tr::tr("Note: %1").arg(f.string(QStringLiteral("text")));
        return p;
    }
    StepOutcome execute(const Fields &f, const StepPlan &, StepContext &ctx) const override
    {
        if (ctx.log)
            ctx.log(f.string(QStringLiteral("text")));
        return StepOutcome {true, f.string(QStringLiteral("text")), {}, {}};
    }
};

} // namespace

QList<FieldError> validateExpectation(const Fields &f, const QString &key)
{
    QList<FieldError> e;
    if (!f.has(key))
        return e;
    const QJsonValue v = f.value(key);
    const QStringList kinds = {QStringLiteral("equals"), QStringLiteral("not_equals"),
        QStringLiteral("at_most"), QStringLiteral("at_least"), QStringLiteral("rows")};
    if (!v.isObject() || v.toObject().size() != 1 || !kinds.contains(v.toObject().begin().key())) {
        e.append({key,
            Tr::tr("\"%1\" must be one of {equals: X}, {not_equals: X}, {at_most: N}, "
                   "{at_least: N}, {rows: N}")
                .arg(key)});
        return e;
    }
    const QString k = v.toObject().begin().key();
    const QJsonValue n = v.toObject().begin().value();
    if ((k == QLatin1String("at_most") || k == QLatin1String("at_least")
            || k == QLatin1String("rows"))
        && !n.isDouble() && !isParameterRef(n))
        e.append({key, Tr::tr("%1 takes a number").arg(k)});
    return e;
}

bool meetsExpectation(
    const QJsonObject &expect, const QJsonValue &value, qint64 rows, QString *summary)
{
    const QString k = expect.begin().key();
    const QJsonValue want = expect.begin().value();
    bool ok = false;
    if (k == QLatin1String("rows")) {
        ok = rows == qint64(want.toDouble());
        *summary = Tr::tr("%n row(s), expected %1", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                       .arg(jsonText(want));
        return ok;
    }
    bool haveNum = value.isDouble();
    const double have = haveNum ? value.toDouble() : value.toString().toDouble(&haveNum);
    bool wantNum = want.isDouble();
    const double wantN = wantNum ? want.toDouble() : want.toString().toDouble(&wantNum);
    if (k == QLatin1String("equals") || k == QLatin1String("not_equals")) {
        const bool eq = (haveNum && wantNum) ? have == wantN : jsonText(value) == jsonText(want);
        ok = k == QLatin1String("equals") ? eq : !eq;
    } else if (k == QLatin1String("at_most")) {
        ok = haveNum && wantNum && have <= wantN;
    } else if (k == QLatin1String("at_least")) {
        ok = haveNum && wantNum && have >= wantN;
    }
    *summary = Tr::tr("got %1, expected %2 %3").arg(jsonText(value), k, jsonText(want));
    return ok;
}

void addBuiltinSteps(StepRegistry &registry)
{
    registry.add(std::make_shared<SqlCheck>());
    registry.add(std::make_shared<RedisCheck>());
    registry.add(std::make_shared<QueriesCancel>());
    registry.add(std::make_shared<WaitUntil>());
    registry.add(std::make_shared<Confirm>());
    registry.add(std::make_shared<Note>());
    addBackupSteps(registry); // backup.check, restore.drill
    addCacheSteps(registry); // cache.purge, varnish.ban
    addOpsSteps(registry); // maintenance.on/off, payments.route (opssteps.h)
    addHaSteps(registry); // patroni.*, sentinel.failover (hasteps.h)
}

StepRegistry StepRegistry::withBuiltins()
{
    StepRegistry r;
    addBuiltinSteps(r);
    return r;
}

} // namespace qm::runbooks
