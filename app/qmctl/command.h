#pragma once

#include "audit/checkpoint.h"
#include "common/result.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "profiles/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <vector>

namespace qm::safety {
class AuditSink;
class Elevation;
} // namespace qm::safety

// qmctl's subcommands. A command is one file under commands/ that defines a Command subclass and
// registers it with QMCTL_COMMAND(Class); the name may have several words ("catalog import"):
// the dispatcher picks the longest registered name that the arguments start with.
namespace qmctl {

enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1, // the command ran and failed (message on stderr)
    ExitUsage = 2, // bad command line
    ExitPending = 3, // migrate --status: migrations are pending
    ExitUnreachable = 4, // no server could be reached
    ExitRefused = 5, // authentication or permission refused
};

// What every command gets: the global options, output streams and the way to the servers.
class Context
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::Context)
public:
    QString profilePath; // --profile, or $QM_SANDBOX_DIR/profile.json
    QString user; // --user: overrides the profile's user

    QTextStream &out();
    QTextStream &err();

    qm::Result<qm::db::ClusterConfig> clusterConfig() const;

    // Audit checkpoints (the console's File > Settings > Audit, read at start): with both set,
    // every cluster openCluster() gives anchors the audit chain after each destructive action's
    // outcome, as the console does (core/safety/audit.h setChainAnchor).
    QString checkpointDir;
    QString checkpointKey;

    // Reads the profile and starts a cluster (roles discovered). Null after printing the error
    // to stderr; *exitCode then holds the code to return. The cluster carries the chain anchor
    // (above) until it is deleted.
    std::shared_ptr<qm::db::Cluster> openCluster(int *exitCode);

    // The profile file (--profile or the sandbox's), parsed; "No profile: ..." when none.
    qm::Result<qm::Profile> profile() const;

    // The profile's environment: writing commands are read-only on production
    // (elevationFor), and sandbox-only ones refuse there.
    qm::Result<qm::Profile::Environment> environment() const;

    // Prints "qmctl: <message>" (and the detail) to stderr; returns the exit code for it.
    int fail(const qm::Error &error);

    template <typename T> T wait(QFuture<T> future)
    {
        return qm::db::waitBlocking(std::move(future), "qmctl");
    }
};

// Production is read-only (core/safety/elevation.h): a command that writes takes
// --elevate REASON (and --elevate-minutes N), records the elevation in the audit log as the
// signed-in role (`area`.elevate) and hands the Elevation to the flow or engine. Without it, on
// production, elevationFor() fails with what to do (unless `dryRun`); elsewhere it returns an
// Elevation that needs none.
void addElevationOptions(QCommandLineParser &parser);

// The audit checkpoint key from the OS keychain (qm::audit::CheckpointKeys), waiting for it.
qm::Result<qm::audit::Ed25519Key> readKeychainCheckpointKey();
std::shared_ptr<qm::safety::Elevation> elevationFor(Context &ctx, const QCommandLineParser &parser,
    qm::Profile::Environment environment, std::shared_ptr<qm::safety::AuditSink> audit,
    const QString &area, bool dryRun, int *exitCode);

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0; // "migrate", "catalog import"
    virtual QString summary() const = 0; // one line for `qmctl --help`
    virtual void configure(QCommandLineParser &parser) const { Q_UNUSED(parser) }
    virtual int run(Context &context, const QCommandLineParser &parser) const = 0;
};

class CommandRegistry
{
public:
    static CommandRegistry &instance();
    void add(std::unique_ptr<Command> command);
    // The command whose name matches the most leading words; *words says how many.
    const Command *find(const QStringList &args, int *words) const;
    std::vector<const Command *> all() const; // sorted by name

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

template <typename T> struct RegisterCommand
{
    RegisterCommand() { CommandRegistry::instance().add(std::make_unique<T>()); }
};

} // namespace qmctl

#define QMCTL_COMMAND(Class) static const ::qmctl::RegisterCommand<Class> qmctlRegister##Class;
