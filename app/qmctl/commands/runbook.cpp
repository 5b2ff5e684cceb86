// qmctl runbook: the runbook engine (core/runbooks) from a terminal, for automation.
//
//   qmctl runbook list [--dir DIR]            built-in runbooks, those in DIR, and recent runs
//   qmctl runbook plan FILE|NAME              dry run: preconditions and what each step would do
//   qmctl runbook run FILE|NAME               plan, confirm, then run step by step (journaled)
//   qmctl runbook resume RUN_ID [FILE]        continue an interrupted run
//   qmctl runbook request FILE|NAME           ask for two-person approval of a run: prints its id
//   qmctl runbook approve RUN_ID [FILE]       approve another role's run (reviews the plan first)
//   qmctl runbook run FILE|NAME --run-id ID   run an approved two-person runbook
//   qmctl runbook keygen --out DIR            an Ed25519 key pair for signing runbooks
//   qmctl runbook sign FILE --key KEY         writes FILE.sig
//   qmctl runbook verify FILE                 checks FILE.sig against the trusted keys
// A NAME without a file of that name is a built-in runbook (:/runbooks/NAME.yaml). Confirmation
// as `cache purge`: --yes, or --confirm TEXT where production asks to type the profile's name;
// `confirm` steps take --answer STEP=TEXT (or --yes for "yes"). --json prints one object.

#include "command.h"
#include "profiles/credentials.h"
#include "runbooks/approval.h"
#include "runbooks/engine.h"
#include "runbooks/parser.h"
#include "safety/audit.h"
#include "safety/auditspool.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h> // isatty
#endif

namespace qmctl {

namespace {

namespace rb = qm::runbooks;

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::RunbookCommand)
};

void printJson(Context &ctx, const QJsonObject &o)
{
    ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

// A file path, or the name of a built-in runbook.
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

void addRunOptions(QCommandLineParser &p)
{
    addElevationOptions(p);
    addCommonOptions(p);
    p.addOption({QStringLiteral("param"), Tr::tr("A parameter's value (repeatable)."),
        Tr::tr("name=value")});
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

class Printer : public rb::RunObserver
{
public:
    explicit Printer(Context &ctx, bool quiet)
        : m_ctx(ctx)
        , m_quiet(quiet)
    { }
    void stepStarted(const QString &, const QString &id, int index) override
    {
        if (!m_quiet)
            m_ctx.err() << Tr::tr("[%1] %2: started").arg(index + 1).arg(id) << Qt::endl;
    }
    void stepVerified(const QString &, const QString &id, qint64 ms) override
    {
        if (!m_quiet)
            m_ctx.err() << Tr::tr("    %1: verified (%2 ms)").arg(id).arg(ms) << Qt::endl;
    }
    void stepFailed(const QString &, const QString &id, const QString &why, qint64 ms) override
    {
        if (!m_quiet)
            m_ctx.err() << Tr::tr("    %1: FAILED after %2 ms: %3").arg(id).arg(ms).arg(why)
                        << Qt::endl;
    }
    void logLine(const QString &, const QString &line) override
    {
        if (!m_quiet)
            m_ctx.err() << "    " << line << Qt::endl;
    }

private:
    Context &m_ctx;
    bool m_quiet;
};

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
    QTextStream in(stdin);
    if (req.friction == Friction::TypeTarget) {
        ctx.err() << req.reason << '\n'
                  << Tr::tr("Type %1 to confirm: ").arg(req.phrase) << Qt::flush;
        return qm::safety::FrictionPolicy::satisfied(req, true, in.readLine());
    }
    ctx.err() << req.reason << ' ' << Tr::tr("Run it? [y/N] ") << Qt::flush;
    return in.readLine().trimmed().toLower() == QStringLiteral("y");
}

// Everything plan/run/resume share: the profile, the cluster, the engine's configuration.
struct Session
{
    qm::Profile profile;
    std::shared_ptr<qm::db::Cluster> cluster;
};

std::optional<Session> openSession(Context &ctx, int *code)
{
    QFile f(ctx.profilePath);
    if (ctx.profilePath.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        *code = ctx.fail(qm::Error {qm::Error::Code::InvalidInput,
            Tr::tr("No profile: pass --profile FILE, or set QM_SANDBOX_DIR."), ctx.profilePath,
            {}});
        return std::nullopt;
    }
    const auto profile = qm::Profile::fromJsonBytes(f.readAll());
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

rb::EngineConfig engineConfig(Context &ctx, const QCommandLineParser &p, const Session &s,
    Printer *printer, bool runOptions = true)
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

// plan and run take one runbook and its --param name=value pairs: the parameters, or nothing after
// printing the usage error (the verb names the command in it).
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

class RunbookListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook list"); }
    QString summary() const override
    {
        return Tr::tr("list runbooks (built-in and in a folder) and recent runs");
    }
    void configure(QCommandLineParser &p) const override
    {
        addCommonOptions(p);
        p.addOption({QStringLiteral("dir"),
            Tr::tr("Also list the runbooks (*.yaml) in this folder."), Tr::tr("dir")});
        p.addOption(
            {QStringLiteral("journal-dir"), Tr::tr("Where run journals are."), Tr::tr("dir")});
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const rb::StepRegistry registry = rb::StepRegistry::withBuiltins();
        QStringList files;
        for (const QFileInfo &fi :
            QDir(QStringLiteral(":/runbooks")).entryInfoList({QStringLiteral("*.yaml")}))
            files.append(fi.filePath());
        if (p.isSet(QStringLiteral("dir")))
            for (const QFileInfo &fi : QDir(p.value(QStringLiteral("dir")))
                                           .entryInfoList({QStringLiteral("*.yaml")}, QDir::Files))
                files.append(fi.filePath());
        QJsonArray books;
        for (const QString &f : files) {
            const rb::ParseResult r = rb::parseRunbookFile(f, registry);
            QFile file(f);
            file.open(QIODevice::ReadOnly);
            const rb::SignatureStatus sig = rb::verifyRunbook(f, file.readAll(), trustedKeys(p));
            QJsonObject o {{QStringLiteral("path"), f},
                {QStringLiteral("signature"), sig.stateKey()}, {QStringLiteral("valid"), r.ok()}};
            if (r.ok())
                o.insert(QStringLiteral("name"), r.runbook->name),
                    o.insert(QStringLiteral("title"), r.runbook->title),
                    o.insert(QStringLiteral("steps"), int(r.runbook->steps.size()));
            else
                o.insert(QStringLiteral("errors"), r.errorText());
            books.append(o);
        }
        const QString jdir = p.isSet(QStringLiteral("journal-dir"))
            ? p.value(QStringLiteral("journal-dir"))
            : rb::Journal::defaultDir();
        QJsonArray runs;
        for (const rb::RunSummary &s : rb::Journal::runs(jdir))
            runs.append(QJsonObject {{QStringLiteral("run_id"), s.runId},
                {QStringLiteral("runbook"), s.runbook}, {QStringLiteral("path"), s.path},
                {QStringLiteral("started_at"), s.startedAt.toString(Qt::ISODate)},
                {QStringLiteral("last_state"), s.lastState},
                {QStringLiteral("interrupted"), s.interrupted()},
                {QStringLiteral("result"), s.result}});
        if (p.isSet(QStringLiteral("json"))) {
            printJson(ctx, {{QStringLiteral("runbooks"), books}, {QStringLiteral("runs"), runs}});
            return ExitOk;
        }
        for (const QJsonValue &v : books) {
            const QJsonObject o = v.toObject();
            ctx.out()
                << QStringLiteral("%1  %2  [%3]  %4")
                       .arg(o.value(QStringLiteral("name")).toString(QStringLiteral("(invalid)")),
                           o.value(QStringLiteral("title")).toString(),
                           o.value(QStringLiteral("signature")).toString(),
                           o.value(QStringLiteral("path")).toString())
                << Qt::endl;
        }
        for (const QJsonValue &v : runs) {
            const QJsonObject o = v.toObject();
            ctx.out() << Tr::tr("run %1  %2  %3  %4")
                             .arg(o.value(QStringLiteral("run_id")).toString(),
                                 o.value(QStringLiteral("runbook")).toString(),
                                 o.value(QStringLiteral("started_at")).toString(),
                                 o.value(QStringLiteral("interrupted")).toBool()
                                     ? Tr::tr("INTERRUPTED (qmctl runbook resume)")
                                     : o.value(QStringLiteral("result")).toString())
                      << Qt::endl;
        }
        return ExitOk;
    }
};

class RunbookPlanCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook plan"); }
    QString summary() const override
    {
        return Tr::tr("dry run of a runbook: preconditions and what each step would do");
    }
    void configure(QCommandLineParser &p) const override
    {
        addCommonOptions(p);
        p.addOption({QStringLiteral("param"), Tr::tr("A parameter's value (repeatable)."),
            Tr::tr("name=value")});
        p.addPositionalArgument(
            QStringLiteral("runbook"), Tr::tr("A runbook file, or a built-in runbook's name."));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const auto args = runbookArguments(ctx, p, QStringLiteral("plan"));
        if (!args)
            return ExitUsage;
        const QJsonObject &given = *args;
        const bool json = p.isSet(QStringLiteral("json"));
        int code = ExitOk;
        const auto book = load(
            ctx, p.positionalArguments().first(), rb::StepRegistry::withBuiltins(), json, &code);
        if (!book)
            return code;
        auto session = openSession(ctx, &code);
        if (!session)
            return code;
        rb::EngineConfig c = engineConfig(ctx, p, *session, nullptr, false);
        c.audit.reset(); // a dry run records nothing and changes nothing
        c.databaseJournal = false;
        rb::Engine engine(std::move(c));
        const rb::RunPlan plan = engine.plan(*book, given);
        if (json)
            printJson(ctx, plan.toJson());
        else
            printPlan(ctx, plan);
        return plan.refused ? ExitRefused : ExitOk;
    }
};

class RunbookRunCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook run"); }
    QString summary() const override
    {
        return Tr::tr("run a runbook step by step (confirmed, journaled, audited)");
    }
    void configure(QCommandLineParser &p) const override
    {
        addRunOptions(p);
        p.addOption({QStringLiteral("run-id"),
            Tr::tr("The approved run of a two-person runbook (qmctl runbook request)."),
            Tr::tr("id")});
        p.addPositionalArgument(
            QStringLiteral("runbook"), Tr::tr("A runbook file, or a built-in runbook's name."));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const auto args = runbookArguments(ctx, p, QStringLiteral("run"));
        if (!args)
            return ExitUsage;
        const QJsonObject &given = *args;
        const bool json = p.isSet(QStringLiteral("json"));
        int code = ExitOk;
        const auto book = load(
            ctx, p.positionalArguments().first(), rb::StepRegistry::withBuiltins(), json, &code);
        if (!book)
            return code;
        auto session = openSession(ctx, &code);
        if (!session)
            return code;
        Printer printer(ctx, json);
        rb::EngineConfig c = engineConfig(ctx, p, *session, &printer);
        c.elevation = elevationFor(ctx, p, session->profile.environment, c.audit,
            QStringLiteral("runbooks"), false, &code);
        if (!c.elevation)
            return code;
        c.runId = p.value(QStringLiteral("run-id"));
        if (book->approval == rb::Runbook::Approval::TwoPerson && c.runId.isEmpty()) {
            ctx.err() << Tr::tr("qmctl: %1 needs two-person approval: ask for it with qmctl "
                                "runbook request, have a second on-call role approve it, then "
                                "run it with --run-id")
                             .arg(book->name)
                      << Qt::endl;
            return ExitRefused;
        }
        if (!json) {
            c.confirm
                = [&ctx, &p](const rb::RunPlan &plan, const qm::safety::ConfirmRequirement &req) {
                      printPlan(ctx, plan);
                      return confirmRun(ctx, p, req);
                  };
        }
        rb::Engine engine(std::move(c));
        const rb::RunReport r = engine.run(*book, given);
        if (json)
            printJson(ctx, r.toJson());
        else
            printReport(ctx, r);
        return exitFor(r);
    }
};

class RunbookResumeCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook resume"); }
    QString summary() const override
    {
        return Tr::tr("continue an interrupted run without repeating verified steps");
    }
    void configure(QCommandLineParser &p) const override
    {
        addRunOptions(p);
        p.addPositionalArgument(
            QStringLiteral("run-id"), Tr::tr("The interrupted run (qmctl runbook list)."));
        p.addPositionalArgument(QStringLiteral("runbook"),
            Tr::tr("The runbook file, if it moved since the run started."),
            QStringLiteral("[runbook]"));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QStringList args = p.positionalArguments();
        if (args.isEmpty() || args.size() > 2) {
            ctx.err() << Tr::tr(
                "qmctl runbook resume: give a run id (and optionally the runbook file)")
                      << Qt::endl;
            return ExitUsage;
        }
        const bool json = p.isSet(QStringLiteral("json"));
        const QString jdir = p.isSet(QStringLiteral("journal-dir"))
            ? p.value(QStringLiteral("journal-dir"))
            : rb::Journal::defaultDir();
        QString path = args.value(1);
        if (path.isEmpty()) {
            const auto records = rb::Journal::read(jdir, args.first());
            if (!records || records->isEmpty())
                return ctx.fail(records
                        ? qm::Error {qm::Error::Code::NotFound, Tr::tr("empty journal"), {}, {}}
                        : records.error());
            path = records->first().detail.value(QStringLiteral("path")).toString();
        }
        int code = ExitOk;
        const auto book = load(ctx, path, rb::StepRegistry::withBuiltins(), json, &code);
        if (!book)
            return code;
        auto session = openSession(ctx, &code);
        if (!session)
            return code;
        Printer printer(ctx, json);
        rb::EngineConfig c = engineConfig(ctx, p, *session, &printer);
        c.elevation = elevationFor(ctx, p, session->profile.environment, c.audit,
            QStringLiteral("runbooks"), false, &code);
        if (!c.elevation)
            return code;
        rb::Engine engine(std::move(c));
        const rb::RunReport r = engine.resume(*book, args.first());
        if (json)
            printJson(ctx, r.toJson());
        else
            printReport(ctx, r);
        return exitFor(r);
    }
};

class RunbookKeygenCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook keygen"); }
    QString summary() const override
    {
        return Tr::tr("make an Ed25519 key pair for signing runbooks");
    }
    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("out"),
            Tr::tr("Folder for NAME.key (secret, 0600) and KEYID.pub."), Tr::tr("dir")});
        p.addOption(
            {QStringLiteral("name"), Tr::tr("The key's file name (default: runbook-signing)."),
                Tr::tr("name"), QStringLiteral("runbook-signing")});
        p.addOption({QStringLiteral("json"), Tr::tr("Print the result as one JSON object.")});
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        if (!p.isSet(QStringLiteral("out"))) {
            ctx.err() << Tr::tr("qmctl runbook keygen: --out DIR is required") << Qt::endl;
            return ExitUsage;
        }
        const auto k = rb::generateSigningKey(
            p.value(QStringLiteral("out")), p.value(QStringLiteral("name")));
        if (!k)
            return ctx.fail(k.error());
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx,
                {{QStringLiteral("key_id"), k->keyId}, {QStringLiteral("secret"), k->secretPath},
                    {QStringLiteral("public"), k->publicPath}});
        else
            ctx.out() << Tr::tr("key %1\n  secret: %2 (keep it private; never commit it)\n  "
                                "public: %3 (copy it into "
                                "the trusted keys folder)")
                             .arg(k->keyId, k->secretPath, k->publicPath)
                      << Qt::endl;
        return ExitOk;
    }
};

class RunbookSignCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook sign"); }
    QString summary() const override { return Tr::tr("sign a runbook file (writes FILE.sig)"); }
    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("key"), Tr::tr("The secret key file (qmctl runbook keygen)."),
            Tr::tr("file")});
        p.addOption({QStringLiteral("json"), Tr::tr("Print the result as one JSON object.")});
        p.addPositionalArgument(QStringLiteral("runbook"), Tr::tr("The runbook file."));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("key"))) {
            ctx.err() << Tr::tr("qmctl runbook sign: give one runbook file and --key FILE")
                      << Qt::endl;
            return ExitUsage;
        }
        const QString file = p.positionalArguments().first();
        // Only a runbook that parses is signed: a signature vouches for a runnable file.
        int code = ExitOk;
        if (!load(ctx, file, rb::StepRegistry::withBuiltins(), p.isSet(QStringLiteral("json")),
                &code))
            return code;
        const auto sig = rb::signRunbook(file, p.value(QStringLiteral("key")));
        if (!sig)
            return ctx.fail(sig.error());
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, {{QStringLiteral("signature"), *sig}});
        else
            ctx.out() << Tr::tr("signed: %1").arg(*sig) << Qt::endl;
        return ExitOk;
    }
};

class RunbookVerifyCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook verify"); }
    QString summary() const override
    {
        return Tr::tr("check a runbook's signature against the trusted keys");
    }
    void configure(QCommandLineParser &p) const override
    {
        addCommonOptions(p);
        p.addPositionalArgument(QStringLiteral("runbook"), Tr::tr("The runbook file."));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        if (p.positionalArguments().size() != 1) {
            ctx.err() << Tr::tr("qmctl runbook verify: give one runbook file") << Qt::endl;
            return ExitUsage;
        }
        const QString file = resolveRunbookPath(p.positionalArguments().first());
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(qm::Error {qm::Error::Code::NotFound,
                Tr::tr("cannot read %1").arg(file), f.errorString(), {}});
        const rb::SignatureStatus s = rb::verifyRunbook(file, f.readAll(), trustedKeys(p));
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx,
                {{QStringLiteral("state"), s.stateKey()}, {QStringLiteral("key_id"), s.keyId},
                    {QStringLiteral("message"), s.message}});
        else
            (s.state == rb::SignatureStatus::State::Valid ? ctx.out() : ctx.err())
                << QStringLiteral("%1: %2").arg(s.stateKey(), s.message) << Qt::endl;
        return s.state == rb::SignatureStatus::State::Valid ? ExitOk : ExitRefused;
    }
};

class RunbookRequestCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook request"); }
    QString summary() const override
    {
        return Tr::tr("ask for two-person approval of a run (prints the run id)");
    }
    void configure(QCommandLineParser &p) const override
    {
        addCommonOptions(p);
        p.addOption({QStringLiteral("param"), Tr::tr("A parameter's value (repeatable)."),
            Tr::tr("name=value")});
        p.addOption({QStringLiteral("valid"),
            Tr::tr("How long the request, then the approval, is valid (seconds; default 900)."),
            Tr::tr("seconds"), QString::number(rb::kApprovalValidSeconds)});
        p.addPositionalArgument(
            QStringLiteral("runbook"), Tr::tr("A runbook file, or a built-in runbook's name."));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const auto args = runbookArguments(ctx, p, QStringLiteral("request"));
        if (!args)
            return ExitUsage;
        const bool json = p.isSet(QStringLiteral("json"));
        int code = ExitOk;
        const auto book = load(
            ctx, p.positionalArguments().first(), rb::StepRegistry::withBuiltins(), json, &code);
        if (!book)
            return code;
        auto session = openSession(ctx, &code);
        if (!session)
            return code;
        rb::EngineConfig c = engineConfig(ctx, p, *session, nullptr, false);
        const auto params = rb::Engine(c).resolveParameters(*book, *args);
        if (!params)
            return ctx.fail(params.error());
        const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto id = rb::approval::request(*session->cluster, runId, book->name,
            QString::fromLatin1(book->contentHash), *params,
            p.value(QStringLiteral("valid")).toInt());
        if (!id)
            return ctx.fail(id.error());
        if (json)
            printJson(ctx,
                {{QStringLiteral("run_id"), runId}, {QStringLiteral("audit_id"), double(*id)},
                    {QStringLiteral("runbook"), book->name},
                    {QStringLiteral("content_hash"), QString::fromLatin1(book->contentHash)},
                    {QStringLiteral("parameters"), *params}});
        else
            ctx.out() << Tr::tr("run %1 of %2 waits for approval (audit id %3): a second on-call "
                                "role runs qmctl runbook approve %1")
                             .arg(runId, book->name)
                             .arg(*id)
                      << Qt::endl;
        return ExitOk;
    }
};

class RunbookApproveCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("runbook approve"); }
    QString summary() const override
    {
        return Tr::tr("approve another on-call role's run of a two-person runbook");
    }
    void configure(QCommandLineParser &p) const override
    {
        addCommonOptions(p);
        p.addOption({QStringLiteral("yes"), Tr::tr("Approve without asking.")});
        p.addPositionalArgument(QStringLiteral("run-id"), Tr::tr("The run that asked."));
        p.addPositionalArgument(QStringLiteral("runbook"),
            Tr::tr("Your copy of the runbook file (default: the built-in of that name)."),
            QStringLiteral("[runbook]"));
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QStringList args = p.positionalArguments();
        if (args.isEmpty() || args.size() > 2) {
            ctx.err() << Tr::tr("qmctl runbook approve: give a run id (and optionally the runbook "
                                "file)")
                      << Qt::endl;
            return ExitUsage;
        }
        const bool json = p.isSet(QStringLiteral("json"));
        int code = ExitOk;
        auto session = openSession(ctx, &code);
        if (!session)
            return code;
        const auto req = rb::approval::find(*session->cluster, args.first());
        if (!req)
            return ctx.fail(req.error());
        // The approver reviews its own copy of the runbook: the server compares its hash.
        const auto book = load(ctx, args.size() > 1 ? args[1] : req->runbook,
            rb::StepRegistry::withBuiltins(), json, &code);
        if (!book)
            return code;
        rb::EngineConfig c = engineConfig(ctx, p, *session, nullptr, false);
        c.audit.reset(); // the review is a dry run
        c.databaseJournal = false;
        rb::Engine engine(std::move(c));
        const rb::RunPlan plan = engine.plan(*book, req->parameters);
        if (!json) {
            ctx.out() << Tr::tr("run %1 asked by %2 at %3, state %4")
                             .arg(req->runId, req->requestedBy,
                                 req->requestedAt.toString(Qt::ISODate), req->state())
                      << Qt::endl;
            ctx.out() << Tr::tr("  parameters: %1")
                             .arg(QString::fromUtf8(
                                 QJsonDocument(req->parameters).toJson(QJsonDocument::Compact)))
                      << Qt::endl;
            printPlan(ctx, plan);
        }
        if (!p.isSet(QStringLiteral("yes"))) {
            if (!isTerminal(stdin)) {
                ctx.err() << Tr::tr("qmctl: not approved (use --yes to approve without asking)")
                          << Qt::endl;
                return ExitRefused;
            }
            ctx.err() << Tr::tr("Approve run %1? [y/N] ").arg(req->runId) << Qt::flush;
            QTextStream in(stdin);
            if (in.readLine().trimmed().toLower() != QStringLiteral("y"))
                return ExitRefused;
        }
        const auto id = rb::approval::approve(
            *session->cluster, req->runId, QString::fromLatin1(book->contentHash), req->parameters);
        if (!id)
            return ctx.fail(id.error());
        if (json)
            printJson(ctx,
                {{QStringLiteral("run_id"), req->runId}, {QStringLiteral("audit_id"), double(*id)},
                    {QStringLiteral("result"), QStringLiteral("approved")}});
        else
            ctx.out() << Tr::tr("approved run %1 (audit id %2)").arg(req->runId).arg(*id)
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

QMCTL_COMMAND(RunbookListCommand)
QMCTL_COMMAND(RunbookPlanCommand)
QMCTL_COMMAND(RunbookRunCommand)
QMCTL_COMMAND(RunbookResumeCommand)
QMCTL_COMMAND(RunbookKeygenCommand)
QMCTL_COMMAND(RunbookSignCommand)
QMCTL_COMMAND(RunbookVerifyCommand)
QMCTL_COMMAND(RunbookRequestCommand)
QMCTL_COMMAND(RunbookApproveCommand)

} // namespace qmctl
