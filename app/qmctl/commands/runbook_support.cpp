// The parts the qmctl runbook commands share (runbook_support.h).

#include "runbook_support.h"

#include "profiles/credentials.h"
#include "runbooks/parser.h"
#include "safety/audit.h"
#include "safety/auditspool.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h> // isatty
#endif

namespace qmctl::runbookcli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::RunbookCommand)
};

QJsonObject givenParameters(const QCommandLineParser &p, QString *bad)
{
    QJsonObject o;
    for (const QString &a : p.values(QStringLiteral("param"))) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq <= 0)
            *bad = a;
        else
            o.insert(a.left(eq), a.mid(eq + 1));
    }
    return o;
}

// plan, run and request take one runbook and its --param name=value pairs: the parameters, or
// nothing after printing the usage error (the verb names the command in it).
std::optional<QJsonObject> runbookArguments(
    Context &ctx, const QCommandLineParser &p, const QString &verb)
{
    if (p.positionalArguments().size() != 1) {
        ctx.err() << Tr::tr("qmctl runbook %1: give one runbook").arg(verb) << Qt::endl;
        return std::nullopt;
    }
    QString bad;
    QJsonObject given = givenParameters(p, &bad);
    if (!bad.isEmpty()) {
        ctx.err() << Tr::tr("qmctl runbook %1: --param takes name=value, not \"%2\"").arg(verb, bad)
                  << Qt::endl;
        return std::nullopt;
    }
    return given;
}

} // namespace

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString resolveRunbookPath(const QString &arg)
{
    if (QFileInfo::exists(arg))
        return arg;
    const QString builtin = QStringLiteral(":/runbooks/%1.yaml").arg(arg);
    return QFileInfo::exists(builtin) ? builtin : arg;
}

void addCommonOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("json"), Tr::tr("Print the result as one JSON object.")});
    p.addOption({QStringLiteral("trusted-keys"),
        Tr::tr("Folder of trusted public keys (default $QM_RUNBOOK_TRUSTED_KEYS or "
               "<config>/quartermaster/runbook-keys)."),
        Tr::tr("dir")});
}

void addParameterOptions(QCommandLineParser &p)
{
    addCommonOptions(p);
    p.addOption({QStringLiteral("param"), Tr::tr("A parameter's value (repeatable)."),
        Tr::tr("name=value")});
}

void addRunbookArgument(QCommandLineParser &p)
{
    p.addPositionalArgument(
        QStringLiteral("runbook"), Tr::tr("A runbook file, or a built-in runbook's name."));
}

void addRunOptions(QCommandLineParser &p)
{
    addElevationOptions(p);
    addParameterOptions(p);
    p.addOption({QStringLiteral("yes"),
        Tr::tr("Do not ask (development and staging); answer \"yes\" to confirm steps.")});
    p.addOption({QStringLiteral("confirm"),
        Tr::tr("The confirmation text: the profile's name for a production profile."),
        Tr::tr("text")});
    p.addOption({QStringLiteral("answer"), Tr::tr("The answer of a confirm step (repeatable)."),
        Tr::tr("step=text")});
    p.addOption({QStringLiteral("journal-dir"),
        Tr::tr("Where run journals are written (default $XDG_STATE_HOME/quartermaster/runbooks)."),
        Tr::tr("dir")});
}

QString trustedKeys(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("trusted-keys")) ? p.value(QStringLiteral("trusted-keys"))
                                                   : rb::defaultTrustedKeysDir();
}

std::optional<rb::Runbook> load(
    Context &ctx, const QString &arg, const rb::StepRegistry &registry, bool json, int *code)
{
    const rb::ParseResult r = rb::parseRunbookFile(resolveRunbookPath(arg), registry);
    if (r.ok())
        return r.runbook;
    if (json) {
        QJsonArray d;
        for (const rb::Diagnostic &x : r.diagnostics)
            d.append(QJsonObject {{QStringLiteral("file"), x.file},
                {QStringLiteral("line"), x.pos.line}, {QStringLiteral("column"), x.pos.column},
                {QStringLiteral("message"), x.message}});
        printJson(ctx,
            {{QStringLiteral("result"), QStringLiteral("invalid")}, {QStringLiteral("errors"), d}});
    } else {
        for (const rb::Diagnostic &x : r.diagnostics)
            ctx.err() << x.toString() << Qt::endl;
        ctx.err() << Tr::tr(
            "qmctl: the runbook has %n error(s); nothing ran", nullptr, int(r.diagnostics.size()))
                  << Qt::endl;
    }
    *code = ExitFailed;
    return std::nullopt;
}

Printer::Printer(Context &ctx, bool quiet)
    : m_ctx(ctx)
    , m_quiet(quiet)
{ }

void Printer::stepStarted(const QString &, const QString &id, int index)
{
    if (!m_quiet)
        m_ctx.err() << Tr::tr("[%1] %2: started").arg(index + 1).arg(id) << Qt::endl;
}

void Printer::stepVerified(const QString &, const QString &id, qint64 ms)
{
    if (!m_quiet)
        m_ctx.err() << Tr::tr("    %1: verified (%2 ms)").arg(id).arg(ms) << Qt::endl;
}

void Printer::stepFailed(const QString &, const QString &id, const QString &why, qint64 ms)
{
    if (!m_quiet)
        m_ctx.err() << Tr::tr("    %1: FAILED after %2 ms: %3").arg(id).arg(ms).arg(why)
                    << Qt::endl;
}

void Printer::logLine(const QString &, const QString &line)
{
    if (!m_quiet)
        m_ctx.err() << "    " << line << Qt::endl;
}

void printPlan(Context &ctx, const rb::RunPlan &plan)
{
    QTextStream &o = ctx.out();
    o << plan.title << " (" << plan.runbook << ")" << Qt::endl;
    o << Tr::tr("  signature: %1 - %2").arg(plan.signature.stateKey(), plan.signature.message)
      << Qt::endl;
    for (const QString &w : plan.warnings)
        o << Tr::tr("  warning: %1").arg(w) << Qt::endl;
    int n = 0;
    for (const rb::StepReport &s : plan.steps) {
        o << QStringLiteral("  [%1] %2 (%3): %4").arg(++n).arg(s.id, s.type, s.title) << Qt::endl;
        for (const rb::CheckResult &c : s.preconditions)
            o << QStringLiteral("      %1 %2")
                     .arg(c.ok ? Tr::tr("precondition ok:") : Tr::tr("precondition FAILS now:"),
                         c.summary)
              << Qt::endl;
        if (s.plan) {
            o << "      " << s.plan->summary << Qt::endl;
            for (const QString &d : s.plan->details)
                o << "        " << d << Qt::endl;
            for (const QString &d : s.plan->sample)
                o << "        - " << d << Qt::endl;
            for (const QString &w : s.plan->warnings)
                o << Tr::tr("        warning: %1").arg(w) << Qt::endl;
        }
        if (!s.error.isEmpty())
            o << Tr::tr("      REFUSED: %1").arg(s.error) << Qt::endl;
    }
    if (plan.refused)
        o << Tr::tr("  REFUSED: %1").arg(plan.refusal) << Qt::endl;
    o << Tr::tr("  confirmation: %1").arg(plan.confirmation.reason) << Qt::endl;
}

bool confirmRun(
    Context &ctx, const QCommandLineParser &p, const qm::safety::ConfirmRequirement &req)
{
    using qm::safety::Friction;
    if (p.isSet(QStringLiteral("confirm")))
        return qm::safety::FrictionPolicy::satisfied(req, true, p.value(QStringLiteral("confirm")));
    if (p.isSet(QStringLiteral("yes")) && req.friction != Friction::TypeTarget)
        return true;
    if (!isTerminal(stdin)) {
        ctx.err() << Tr::tr(
            "qmctl: not confirmed (%1 Use --yes, or --confirm TEXT for a production profile.)")
                         .arg(req.reason)
                  << Qt::endl;
        return false;
    }
    if (req.friction == Friction::TypeTarget) {
        ctx.err() << req.reason << '\n'
                  << Tr::tr("Type %1 to confirm: ").arg(req.phrase) << Qt::flush;
        QTextStream in(stdin);
        return qm::safety::FrictionPolicy::satisfied(req, true, in.readLine());
    }
    return answeredYes(ctx, req.reason + u' ' + Tr::tr("Run it? [y/N] "));
}

bool answeredYes(Context &ctx, const QString &prompt)
{
    ctx.err() << prompt << Qt::flush;
    QTextStream in(stdin);
    return in.readLine().trimmed().toLower() == QStringLiteral("y");
}

std::optional<Session> openSession(Context &ctx, int *code)
{
    const auto profile = ctx.profile();
    if (!profile) {
        *code = ctx.fail(profile.error());
        return std::nullopt;
    }
    Session s;
    s.profile = profile.value();
    if (!ctx.user.isEmpty()) {
        s.profile.user = ctx.user;
        s.profile.resolveRedisUser();
    }
    s.cluster = ctx.openCluster(code);
    if (!s.cluster)
        return std::nullopt;
    return s;
}

rb::EngineConfig engineConfig(
    Context &ctx, const QCommandLineParser &p, const Session &s, Printer *printer, bool runOptions)
{
    rb::EngineConfig c;
    c.cluster = s.cluster;
    c.profile = s.profile;
    c.redisPassword = qEnvironmentVariableIsSet("REDISCLI_AUTH")
        ? qEnvironmentVariable("REDISCLI_AUTH")
        : qm::redisPassfilePassword(s.profile);
    // The database's audit log; a runbook for a dead primary spools (and later replays) locally.
    c.audit = std::make_shared<qm::safety::SpoolingAuditSink>(s.cluster,
        qm::backendOf(s.profile).kind(), qm::safety::SpoolingAuditSink::defaultPath(s.profile),
        s.profile.user);
    if (runOptions && p.isSet(QStringLiteral("journal-dir")))
        c.journalDir = p.value(QStringLiteral("journal-dir"));
    c.trustedKeysDir = trustedKeys(p);
    c.observer = printer;
    if (!runOptions) // plan: no --journal-dir, --answer, --yes, --confirm (nothing is run)
        return c;
    QHash<QString, QString> answers;
    for (const QString &a : p.values(QStringLiteral("answer"))) {
        const qsizetype eq = a.indexOf(u'=');
        if (eq > 0)
            answers.insert(a.left(eq), a.mid(eq + 1));
    }
    const bool yes = p.isSet(QStringLiteral("yes"));
    c.ask = [&ctx, answers, yes](
                const QString &question, const QString &stepId) -> qm::Result<QString> {
        if (answers.contains(stepId))
            return answers.value(stepId);
        if (yes)
            return QStringLiteral("yes");
        if (!isTerminal(stdin))
            return qm::Error {qm::Error::Code::InvalidInput,
                Tr::tr("step %1 asks \"%2\": answer with --answer %1=TEXT or --yes")
                    .arg(stepId, question),
                {}, {}};
        ctx.err() << question << ' ' << Qt::flush;
        QTextStream in(stdin);
        return in.readLine();
    };
    c.confirm = [&ctx, &p](const rb::RunPlan &, const qm::safety::ConfirmRequirement &req) {
        return confirmRun(ctx, p, req);
    };
    return c;
}

rb::EngineConfig dryRunConfig(Context &ctx, const QCommandLineParser &p, const Session &s)
{
    rb::EngineConfig c = engineConfig(ctx, p, s, nullptr, false);
    c.audit.reset(); // a dry run records nothing and changes nothing
    c.databaseJournal = false;
    return c;
}

std::optional<Target> openTarget(
    Context &ctx, const QCommandLineParser &p, const QString &verb, int *code)
{
    const auto args = runbookArguments(ctx, p, verb);
    if (!args) {
        *code = ExitUsage;
        return std::nullopt;
    }
    const bool json = p.isSet(QStringLiteral("json"));
    const auto book
        = load(ctx, p.positionalArguments().first(), rb::StepRegistry::withBuiltins(), json, code);
    if (!book)
        return std::nullopt;
    auto session = openSession(ctx, code);
    if (!session)
        return std::nullopt;
    return Target {*book, *args, std::move(*session), json};
}

int exitFor(const rb::RunReport &r)
{
    if (r.ok())
        return ExitOk;
    return r.result == QLatin1String("refused") ? ExitRefused : ExitFailed;
}

void printReport(Context &ctx, const rb::RunReport &r)
{
    QTextStream &o = ctx.out();
    o << Tr::tr("run %1: %2").arg(r.runId, r.result) << Qt::endl;
    for (const rb::StepReport &s : r.steps) {
        QString line = QStringLiteral("  %1: %2").arg(s.id, s.state);
        if (s.resumedVerified)
            line += Tr::tr(" (verified, not run again)");
        if (s.rollback)
            line += Tr::tr(" (rollback)");
        if (s.outcome)
            line += QStringLiteral(" - ") + s.outcome->summary;
        o << line << Qt::endl;
        if (!s.error.isEmpty())
            o << "      " << s.error << Qt::endl;
    }
    for (const QString &w : r.warnings)
        o << Tr::tr("  warning: %1").arg(w) << Qt::endl;
    if (!r.error.isEmpty())
        ctx.err() << "qmctl: " << r.error << Qt::endl;
    if (!r.journalPath.isEmpty())
        o << Tr::tr("  journal: %1").arg(r.journalPath) << Qt::endl;
}
} // namespace qmctl::runbookcli
