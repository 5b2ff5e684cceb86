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

// The shared parts are in runbook_support.cpp, keygen/sign/verify in runbook_signing.cpp and
// request/approve in runbook_approval.cpp.

#include "runbook_support.h"
#include "runbooks/parser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace qmctl {

namespace {

using namespace runbookcli;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::RunbookCommand)
};

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
        addParameterOptions(p);
        addRunbookArgument(p);
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        int code = ExitOk;
        const auto t = openTarget(ctx, p, QStringLiteral("plan"), &code);
        if (!t)
            return code;
        rb::Engine engine(dryRunConfig(ctx, p, t->session));
        const rb::RunPlan plan = engine.plan(t->book, t->parameters);
        if (t->json)
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
        addRunbookArgument(p);
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        int code = ExitOk;
        const auto t = openTarget(ctx, p, QStringLiteral("run"), &code);
        if (!t)
            return code;
        const rb::Runbook *book = &t->book;
        const bool json = t->json;
        Printer printer(ctx, json);
        rb::EngineConfig c = engineConfig(ctx, p, t->session, &printer);
        c.elevation = elevationFor(ctx, p, t->session.profile.environment, c.audit,
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
        const rb::RunReport r = engine.run(*book, t->parameters);
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

} // namespace

QMCTL_COMMAND(RunbookListCommand)
QMCTL_COMMAND(RunbookPlanCommand)
QMCTL_COMMAND(RunbookRunCommand)
QMCTL_COMMAND(RunbookResumeCommand)

} // namespace qmctl
