// qmctl: Quartermaster's command line, for automation and the sandbox scripts. It uses the same
// qm_core code as the console (Pool, Cluster, Migrator); unlike the console it may block its
// main thread while it waits.

#include "command.h"
#include "settings/languages.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace {

struct GlobalOptions
{
    QCommandLineOption profile {QStringList {QStringLiteral("profile")},
        QCoreApplication::translate("qmctl",
            "Connection profile (JSON). "
            "Default: $QM_SANDBOX_DIR/profile.json."),
        QStringLiteral("file")};
    QCommandLineOption user {QStringList {QStringLiteral("user")},
        QCoreApplication::translate("qmctl", "PostgreSQL user instead of the profile's."),
        QStringLiteral("name")};

    void addTo(QCommandLineParser &p) const { p.addOptions({profile, user}); }
};

QString globalHelp(const GlobalOptions &g)
{
    Q_UNUSED(g)
    QString text = QCoreApplication::translate("qmctl",
        "Usage: qmctl [--profile FILE] [--user NAME] <command> [options]\n"
        "\n"
        "Quartermaster's command line: schema migrations, sandbox data, cluster health.\n"
        "\n"
        "Global options:\n"
        "  --profile FILE  connection profile (JSON); default $QM_SANDBOX_DIR/profile.json\n"
        "  --user NAME     PostgreSQL user instead of the profile's\n"
        "  -h, --help      this help; `qmctl <command> --help` for a command's options\n"
        "  -v, --version   version\n"
        "\n"
        "Commands:\n");
    // The name column is as wide as the longest name plus two spaces (docs/man/generate.sh splits
    // the list there).
    int width = 18;
    for (const qmctl::Command *c : qmctl::CommandRegistry::instance().all())
        width = std::max(width, int(c->name().size()) + 2);
    for (const qmctl::Command *c : qmctl::CommandRegistry::instance().all())
        text += QStringLiteral("  %1%2\n").arg(c->name(), -width).arg(c->summary());
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("qmctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quartermaster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QM_VERSION));
    // Human-readable output in the console's language: QM_LANGUAGE, else the language chosen in the
    // console's File > Settings (stored under the console's application name), else the system's.
    // JSON output keys are never translated.
    // The audit checkpoints too: a destructive command signs the chain's head after its outcome
    // as the console does.
    QCoreApplication::setApplicationName(QStringLiteral("Quartermaster"));
    const QString language = qm::Settings::language();
    qmctl::Context context;
    context.checkpointDir = qm::Settings::auditCheckpointDir();
    context.checkpointKey = qm::Settings::auditCheckpointKey();
    QCoreApplication::setApplicationName(QStringLiteral("qmctl"));
    qm::languages::install(app, language);

    const GlobalOptions globals;

    // Options before the command are global; everything from the command on is the command's.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    globals.addTo(parser);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    parser.addOption(help);
    parser.addOption(version);
    if (!parser.parse(app.arguments())) {
        context.err() << "qmctl: " << parser.errorText() << "\n\n" << globalHelp(globals);
        return qmctl::ExitUsage;
    }
    if (parser.isSet(version)) {
        context.out() << "qmctl " << QCoreApplication::applicationVersion() << Qt::endl;
        return qmctl::ExitOk;
    }
    const QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        if (parser.isSet(help)) {
            context.out() << globalHelp(globals);
            return qmctl::ExitOk;
        }
        context.err() << globalHelp(globals);
        return qmctl::ExitUsage;
    }
    int words = 0;
    const qmctl::Command *command = qmctl::CommandRegistry::instance().find(rest, &words);
    if (!command) {
        context.err() << QCoreApplication::translate("qmctl", "qmctl: unknown command \"%1\"")
                             .arg(rest.first())
                      << "\n\n"
                      << globalHelp(globals);
        return qmctl::ExitUsage;
    }

    // The command's own parser also accepts the global options, after the command name.
    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(command->summary());
    globals.addTo(commandParser);
    commandParser.addOption(help);
    command->configure(commandParser);
    QStringList commandArgs {QStringLiteral("qmctl ") + command->name()};
    commandArgs += rest.mid(words);
    if (!commandParser.parse(commandArgs)) {
        context.err() << "qmctl " << command->name() << ": " << commandParser.errorText()
                      << Qt::endl;
        return qmctl::ExitUsage;
    }
    if (parser.isSet(help) || commandParser.isSet(help)) {
        QString text = commandParser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
            QStringLiteral("Usage: qmctl ") + command->name());
        context.out() << text;
        return qmctl::ExitOk;
    }

    auto pick = [&](const QCommandLineOption &o) {
        return commandParser.isSet(o) ? commandParser.value(o) : parser.value(o);
    };
    context.profilePath = pick(globals.profile);
    if (context.profilePath.isEmpty() && qEnvironmentVariableIsSet("QM_SANDBOX_DIR"))
        context.profilePath
            = qEnvironmentVariable("QM_SANDBOX_DIR") + QStringLiteral("/profile.json");
    context.user = pick(globals.user);
    return command->run(context, commandParser);
}
