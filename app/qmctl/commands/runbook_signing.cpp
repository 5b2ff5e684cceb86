// qmctl runbook keygen|sign|verify: Ed25519 signatures of runbook files (runbooks/signing.h).

#include "runbook_support.h"

#include <QFile>

namespace qmctl {

namespace {

using namespace runbookcli;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::RunbookCommand)
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
    QString summary() const override
    {
        return Tr::tr("sign a runbook file (writes FILE.sig), or a built-in runbook (writes "
                      "builtin/NAME.yaml.sig in the trusted keys folder)");
    }
    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("key"), Tr::tr("The secret key file (qmctl runbook keygen)."),
            Tr::tr("file")});
        addCommonOptions(p);
        addRunbookArgument(p);
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        if (p.positionalArguments().size() != 1 || !p.isSet(QStringLiteral("key"))) {
            ctx.err() << Tr::tr("qmctl runbook sign: give one runbook (a file or a built-in "
                                "runbook's name) and --key FILE")
                      << Qt::endl;
            return ExitUsage;
        }
        const QString file = resolveRunbookPath(p.positionalArguments().first());
        // Only a runbook that parses is signed: a signature vouches for a runnable file.
        int code = ExitOk;
        if (!load(ctx, file, rb::StepRegistry::withBuiltins(), p.isSet(QStringLiteral("json")),
                &code))
            return code;
        const auto sig = rb::signRunbook(file, p.value(QStringLiteral("key")), trustedKeys(p));
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
        addRunbookArgument(p);
    }
    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        if (p.positionalArguments().size() != 1) {
            ctx.err() << Tr::tr(
                "qmctl runbook verify: give one runbook (a file or a built-in runbook's name)")
                      << Qt::endl;
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

} // namespace

QMCTL_COMMAND(RunbookKeygenCommand)
QMCTL_COMMAND(RunbookSignCommand)
QMCTL_COMMAND(RunbookVerifyCommand)

} // namespace qmctl
