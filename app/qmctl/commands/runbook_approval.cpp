// qmctl runbook request|approve: two-person approval of a run (runbooks/approval.h).

#include "runbook_support.h"
#include "runbooks/approval.h"

#include <QJsonDocument>
#include <QUuid>

namespace qmctl {

namespace {

using namespace runbookcli;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::RunbookCommand)
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
        addParameterOptions(p);
        p.addOption({QStringLiteral("valid"),
            Tr::tr("How long the request, then the approval, is valid (seconds; default 900)."),
            Tr::tr("seconds"), QString::number(rb::kApprovalValidSeconds)});
        addRunbookArgument(p);
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        int code = ExitOk;
        const auto t = openTarget(ctx, p, QStringLiteral("request"), &code);
        if (!t)
            return code;
        const rb::Runbook *book = &t->book;
        const Session *session = &t->session;
        const bool json = t->json;
        rb::EngineConfig c = engineConfig(ctx, p, *session, nullptr, false);
        const auto params = rb::Engine(c).resolveParameters(*book, t->parameters);
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
        rb::Engine engine(dryRunConfig(ctx, p, *session)); // the review is a dry run
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
            if (!answeredYes(ctx, Tr::tr("Approve run %1? [y/N] ").arg(req->runId)))
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

QMCTL_COMMAND(RunbookRequestCommand)
QMCTL_COMMAND(RunbookApproveCommand)

} // namespace qmctl
