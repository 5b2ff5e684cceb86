#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

// A runbook as parsed from its YAML file (parser.h): typed steps, each with preconditions, an
// action, a verification with a deadline and what to do when it fails. Plain values: they cross
// threads. The step types (steptype.h) give the action fields their meaning.
namespace qm::runbooks {

// 1-based line and column in the runbook file; 0 when unknown.
struct SourcePos
{
    int line = 0;
    int column = 0;
};

// One problem found in a runbook file: "file:line:column: message".
struct Diagnostic
{
    QString file;
    SourcePos pos;
    QString message;

    QString toString() const;
};

// The type-specific fields of an action or a check: their values (YAML converted to JSON) and
// where each key's value is in the file, so that a step type's complaint names a position.
struct Fields
{
    QJsonObject values;
    QHash<QString, SourcePos> positions;
    SourcePos pos; // the mapping itself

    QJsonValue value(const QString &key) const { return values.value(key); }
    QString string(const QString &key, const QString &fallback = {}) const;
    bool has(const QString &key) const { return values.contains(key); }
    SourcePos positionOf(const QString &key) const { return positions.value(key, pos); }
};

// A precondition or a verification: a check step type (sql.check, redis.check...) and its fields.
struct Check
{
    QString type;
    Fields fields;
    SourcePos pos;
};

struct Verify
{
    std::optional<Check> check; // none: the step type's own verify()
    qint64 deadlineMs = 30000; // verify is retried until it passes or this much time passed
    qint64 intervalMs = 1000;
};

struct OnFailure
{
    enum class Kind { Stop, Rollback, Continue };
    Kind kind = Kind::Stop;
    QString rollbackStep; // Rollback: the step run before the run stops

    QString toString() const; // "stop", "continue", "rollback: id"
};

struct Parameter
{
    QString name;
    QString type = QStringLiteral("string"); // string | int | number | bool
    QJsonValue defaultValue; // Undefined: the operator must give one
    QString prompt;
};

struct Step
{
    QString id;
    QString type;
    QString title;
    QList<Check> preconditions;
    Fields action;
    Verify verify;
    OnFailure onFailure;
    SourcePos pos;
};

struct Runbook
{
    enum class Approval { None, TwoPerson };

    QString name; // machine name: "cancel-runaway-queries"
    QString title;
    QString description;
    Approval approval = Approval::None;
    bool productionRequiresSignature = true; // production profiles always do; kept for display
    // `for_dead_primary: true`: meant for a primary that is down (the emergency failover), so its
    // audit entries may be spooled locally while the database cannot take them
    // (safety/auditspool.h) and are replayed into the chain once the new primary takes writes.
    bool forDeadPrimary = false;
    QList<Parameter> parameters;
    QList<Step> steps;

    QString path; // the file it came from
    QByteArray contentHash; // SHA-256 of the file's bytes, hex: the journal refuses a changed file

    int indexOf(const QString &stepId) const; // -1 when absent
};

// Hard limits: a runbook is a short document. Bigger inputs are refused, never truncated.
constexpr qint64 kMaxRunbookBytes = 4 * 1024 * 1024; // a whole file
constexpr int kMaxScalarBytes = 64 * 1024; // one value (an SQL text, a note)
constexpr int kMaxSteps = 200;

} // namespace qm::runbooks
