// libFuzzer harness for the runbook YAML loader (runbooks::parseRunbook), with step types that
// validate their fields as the built-in ones do (the built-ins need the database and Redis
// clients; the parser only calls validate()). Oracles, beyond "no crash, no sanitizer report":
// a refused file has diagnostics, each at a line and column in the file (or, for a file too big to
// read, at 1:1) with a message; an accepted one has none, unique step ids, registered step types
// and rollback targets that exist; parsing is deterministic.
//
//   scripts/fuzz runbook [seconds]
#include "runbooks/parser.h"

#include <QSet>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace qm::runbooks;

namespace {

// A step type with fixed keys: `required` must be strings, `optional` strings if given,
// `durations` durations, `numbers` numbers, `checks` nested check types, `any` anything
// (`needed`: present).
class FuzzStep : public StepType
{
public:
    FuzzStep(QString name, bool isCheck, QStringList required, QStringList optional = {},
        QStringList durations = {}, QStringList numbers = {}, QStringList checks = {},
        QStringList any = {}, QStringList needed = {})
        : m_name(std::move(name))
        , m_check(isCheck)
        , m_required(std::move(required))
        , m_optional(std::move(optional))
        , m_durations(std::move(durations))
        , m_numbers(std::move(numbers))
        , m_checks(std::move(checks))
        , m_any(std::move(any))
        , m_needed(std::move(needed))
    { }
    QString name() const override { return m_name; }
    QString summary() const override { return m_name; }
    bool isCheck() const override { return m_check; }
    QList<FieldError> validate(const Fields &f, const StepRegistry &registry) const override
    {
        QList<FieldError> e;
        fieldcheck::onlyKeys(
            e, f, m_required + m_optional + m_durations + m_numbers + m_checks + m_any);
        for (const QString &k : m_needed)
            fieldcheck::required(e, f, k);
        for (const QString &k : m_required)
            fieldcheck::string(e, f, k, true);
        for (const QString &k : m_optional)
            fieldcheck::string(e, f, k);
        for (const QString &k : m_durations)
            fieldcheck::duration(e, f, k);
        for (const QString &k : m_numbers)
            fieldcheck::number(e, f, k);
        for (const QString &k : m_checks)
            fieldcheck::nestedCheck(e, f, k, registry, true);
        return e;
    }
    qm::Result<StepPlan> describePlan(const Fields &, StepContext &) const override
    {
        return StepPlan {};
    }
    StepOutcome execute(const Fields &, const StepPlan &, StepContext &) const override
    {
        return {};
    }

private:
    QString m_name;
    bool m_check;
    QStringList m_required, m_optional, m_durations, m_numbers, m_checks, m_any, m_needed;
};

const StepRegistry &registry()
{
    static const StepRegistry r = [] {
        StepRegistry r;
        const auto s = [](const char *t) { return QString::fromLatin1(t); };
        const QStringList none;
        r.add(std::make_shared<FuzzStep>(s("sql.check"), true, QStringList {s("sql")},
            QStringList {s("on")}, none, none, none, QStringList {s("params"), s("expect")},
            QStringList {s("expect")}));
        r.add(std::make_shared<FuzzStep>(s("redis.check"), true, none,
            QStringList {s("on"), s("field")}, none, none, none,
            QStringList {s("command"), s("expect")}, QStringList {s("command"), s("expect")}));
        r.add(std::make_shared<FuzzStep>(s("queries.cancel"), false, none,
            QStringList {s("mode"), s("application_name"), s("user")},
            QStringList {s("older_than")}, QStringList {s("max_sessions")}, none,
            QStringList {s("idle_in_transaction")}, QStringList {s("older_than")}));
        r.add(std::make_shared<FuzzStep>(s("wait.until"), false, QStringList {}, QStringList {},
            QStringList {s("interval"), s("deadline")}, QStringList {}, QStringList {s("check")}));
        r.add(std::make_shared<FuzzStep>(
            s("confirm"), false, QStringList {s("question")}, QStringList {s("expect")}));
        r.add(std::make_shared<FuzzStep>(s("note"), false, QStringList {s("text")}));
        return r;
    }();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParseResult r = parseRunbook(text, QStringLiteral("fuzz.yaml"), registry());
    if (!r.ok()) {
        if (r.diagnostics.isEmpty() || r.errorText().isEmpty())
            abort(); // refused without saying why
        for (const Diagnostic &d : r.diagnostics) {
            if (d.pos.line < 1 || d.pos.column < 1 || d.message.isEmpty()) {
                std::fprintf(stderr, "a diagnostic without a position or text: %s\n",
                    qPrintable(d.toString()));
                abort();
            }
        }
    } else {
        if (!r.diagnostics.isEmpty())
            abort();
        QSet<QString> ids;
        for (const Step &s : r.runbook->steps) {
            if (s.id.isEmpty() || ids.contains(s.id) || !registry().find(s.type))
                abort();
            ids.insert(s.id);
        }
        for (const Step &s : r.runbook->steps) {
            if (s.onFailure.kind == OnFailure::Kind::Rollback
                && r.runbook->indexOf(s.onFailure.rollbackStep) < 0) {
                std::fprintf(
                    stderr, "rollback to unknown step %s\n", qPrintable(s.onFailure.rollbackStep));
                abort();
            }
        }
    }
    // The same bytes give the same verdict.
    const ParseResult again = parseRunbook(text, QStringLiteral("fuzz.yaml"), registry());
    if (again.errorText() != r.errorText() || again.ok() != r.ok())
        abort();
    return 0;
}
