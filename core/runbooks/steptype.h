#pragma once

#include "common/result.h"
#include "profiles/profile.h"
#include "runbooks/runbook.h"
#include "safety/destructiveaction.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>
#include <map>
#include <memory>

namespace qm::db {
class Cluster;
}

// The step-type interface of the runbook engine. A step type gives the `action:` fields of a
// step (and of a check) their meaning. The engine only knows this interface: the built-in types
// (builtinsteps.h) and types that need other servers (Patroni, Sentinel, backups, maintenance,
// payments, purges) are registered in a StepRegistry by whoever composes the application, without
// touching the engine or the parser.
//
// Every call except validate() blocks and runs on the engine's worker thread (never the GUI
// thread). describePlan(), precheck() and check() must have no side effect: a dry run calls them
// against the live servers.
namespace qm::runbooks {

// A complaint of validate(): `key` names the field (empty: the mapping itself); the parser turns
// it into file:line:column.
struct FieldError
{
    QString key;
    QString message;
};

struct CheckResult
{
    bool ok = false;
    QString summary; // "active sessions: 3 (expected at most 10)"
    QJsonObject data;
};

// What a step would do, without doing it.
struct StepPlan
{
    QString summary; // "Cancel 2 sessions running for more than 300 s"
    QStringList details;
    QStringList sample; // the things it would hit, as people read them
    QStringList warnings;
    bool refused = false; // the step cannot run as written (rights, nothing reachable)
    QString refusal;
    safety::Impact impact = safety::Impact::Low;
    QJsonObject data; // what execute() acts on (e.g. the previewed sessions)
};

struct StepOutcome
{
    bool ok = false;
    QString summary;
    QJsonObject data; // journaled: verify() gets it back on resume
    std::optional<Error> error;
};

// What a step may use. The engine fills it once per run; the fields are valid for the call.
class StepRegistry;

struct StepContext
{
    std::shared_ptr<db::Cluster> cluster; // the profile's PostgreSQL cluster (primary, replicas)
    Profile profile; // environment, Redis, Varnish, HTTP endpoints
    QString redisPassword; // for the profile's Redis ACL user
    safety::CancelToken cancel;
    const StepRegistry *registry = nullptr; // for types that evaluate nested checks (wait.until)
    QString runId;
    QString stepId;
    // Asks the operator (a `confirm` step); returns the answer, or an error when no one can answer.
    std::function<Result<QString>(const QString &question, const QString &stepId)> ask;
    std::function<void(const QString &line)> log; // progress lines for people
};

class StepType
{
public:
    virtual ~StepType() = default;

    virtual QString name() const = 0; // "sql.check"
    virtual QString summary() const = 0; // one line for people
    // True when the type can serve as a precondition or verify check (check() implemented).
    virtual bool isCheck() const { return false; }

    // At parse time: the fields' presence and types. Values may be "${param}" references
    // (isParameterRef), which are only known at run time. The registry is for nested checks.
    virtual QList<FieldError> validate(
        const Fields &fields, const StepRegistry &registry) const = 0;
    // Before the plan: the type's own conditions (rights of the signed-in role, a server that
    // must answer). ok=false refuses the step with the summary. No side effect.
    virtual Result<CheckResult> precheck(const Fields &action, StepContext &context) const;
    // Dry run: what execute() would do. No side effect.
    virtual Result<StepPlan> describePlan(const Fields &action, StepContext &context) const = 0;
    // Does it, acting on what describePlan() found (the plan is from the same run).
    virtual StepOutcome execute(
        const Fields &action, const StepPlan &plan, StepContext &context) const = 0;
    // Did it take effect? Retried by the engine until it passes or the step's deadline. On
    // resume `outcome` is the journaled one (ok, summary, data). Default: outcome.ok.
    virtual Result<CheckResult> verify(
        const Fields &action, const StepOutcome &outcome, StepContext &context) const;
    // For check types: evaluates the check once. No side effect.
    virtual Result<CheckResult> check(const Fields &fields, StepContext &context) const;
};

class StepRegistry
{
public:
    // Replaces a type of the same name.
    void add(std::shared_ptr<const StepType> type);
    const StepType *find(const QString &name) const;
    std::shared_ptr<const StepType> shared(const QString &name) const;
    QStringList names() const; // sorted

    // The built-in types: sql.check, redis.check, queries.cancel, wait.until, confirm, note.
    static StepRegistry withBuiltins();

private:
    std::map<QString, std::shared_ptr<const StepType>> m_types;
};

// "${name}" as the whole value: a parameter, substituted at run time.
bool isParameterRef(const QJsonValue &value);
// Replaces "${name}" references in every string of `values` (a whole-string reference takes the
// parameter's JSON type). Unknown names are left as they are (the parser refuses them).
QJsonObject substituteParameters(const QJsonObject &values, const QJsonObject &parameters);
// "30s", "5m", "500ms", "1h" or a number of seconds -> milliseconds; -1 when malformed.
qint64 parseDuration(const QJsonValue &value);

// Helpers for validate() implementations.
namespace fieldcheck {
void required(QList<FieldError> &errors, const Fields &f, const QString &key);
void string(QList<FieldError> &errors, const Fields &f, const QString &key, bool required = false);
void oneOf(
    QList<FieldError> &errors, const Fields &f, const QString &key, const QStringList &allowed);
void number(QList<FieldError> &errors, const Fields &f, const QString &key);
void duration(QList<FieldError> &errors, const Fields &f, const QString &key);
void onlyKeys(QList<FieldError> &errors, const Fields &f, const QStringList &known);
// A nested check ({type: sql.check, ...}) in `key`: its type must be a registered check type.
void nestedCheck(QList<FieldError> &errors, const Fields &f, const QString &key,
    const StepRegistry &registry, bool required);
} // namespace fieldcheck

// The nested check object of a field, as Fields (positions: the field's own).
Check nestedCheckOf(const Fields &f, const QString &key);

} // namespace qm::runbooks
