#include "command.h"

#include "audit/chain.h"
#include "audit/checkpointkey.h"
#include "profiles/profilefile.h"
#include "profiles/secretstore.h"
#include "safety/audit.h"
#include "safety/elevation.h"

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <algorithm>
#include <cstdio>

namespace qmctl {

QTextStream &Context::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &Context::err()
{
    static QTextStream s(stderr);
    return s;
}

qm::Result<qm::db::ClusterConfig> Context::clusterConfig() const
{
    if (profilePath.isEmpty()) {
        qm::Error e;
        e.code = qm::Error::Code::InvalidInput;
        e.message = tr("No profile: pass --profile FILE, or set QM_SANDBOX_DIR to a sandbox.");
        return e;
    }
    return qm::toolClusterConfig(profilePath, user);
}

qm::Result<qm::audit::Ed25519Key> readKeychainCheckpointKey()
{
    // qmctl's main thread has no event loop running here: run one until the keychain answers
    // (SecretStore gives up after its own timeout).
    qm::SecretStore secrets;
    QFuture<qm::Result<qm::audit::Ed25519Key>> f
        = qm::audit::CheckpointKeys::readFromKeychain(&secrets);
    QEventLoop loop;
    QFutureWatcher<qm::Result<qm::audit::Ed25519Key>> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(f);
    if (!f.isFinished())
        loop.exec();
    if (f.resultCount() == 0)
        return qm::Error {
            qm::Error::Code::Cancelled, Context::tr("The keychain did not answer."), {}, {}};
    return f.result();
}

std::shared_ptr<qm::db::Cluster> Context::openCluster(int *exitCode)
{
    qm::Result<qm::db::ClusterConfig> config = clusterConfig();
    if (!config) {
        *exitCode = fail(config.error());
        return nullptr;
    }
    qm::db::ClusterConfig c = std::move(config).value();
    c.workersPerNode = 1;
    for (auto &node : c.nodes)
        node.applicationName = QStringLiteral("qmctl");
    // The anchor goes with the cluster: removed before it is deleted, so that no later cluster at
    // the same address inherits it.
    std::shared_ptr<qm::db::Cluster> cluster(new qm::db::Cluster(c), [](qm::db::Cluster *dead) {
        qm::safety::setChainAnchor(dead, {});
        delete dead;
    });
    const qm::Status started = wait(cluster->start());
    if (!started) {
        *exitCode = fail(started.error());
        return nullptr;
    }
    if (!checkpointDir.isEmpty() && !checkpointKey.isEmpty()) {
        QFile f(profilePath);
        const auto profile = f.open(QIODevice::ReadOnly) ? qm::Profile::fromJsonBytes(f.readAll())
                                                         : qm::Result<qm::Profile>(qm::Profile {});
        if (profile) {
            auto checkpoints = std::make_shared<qm::audit::ConsoleCheckpoints>(
                qm::backendOf(*profile), checkpointKey, checkpointDir);
            if (checkpoints->keyFromKeychain()) {
                // An anchor that cannot sign is the action's checkpoint error, as with a file.
                checkpoints->provideKey(readKeychainCheckpointKey());
            }
            std::weak_ptr<qm::db::Cluster> weak = cluster;
            qm::safety::setChainAnchor(cluster.get(), [checkpoints, weak] {
                const std::shared_ptr<qm::db::Cluster> alive = weak.lock();
                return alive ? checkpoints->write(alive.get(), false)
                             : qm::Result<QString>(QString());
            });
        }
    }
    *exitCode = ExitOk;
    return cluster;
}

qm::Result<qm::Profile> Context::profile() const
{
    QFile f(profilePath);
    if (profilePath.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return qm::Error {qm::Error::Code::InvalidInput,
            tr("No profile: pass --profile FILE, or set QM_SANDBOX_DIR to a sandbox."), profilePath,
            {}};
    }
    return qm::Profile::fromJsonBytes(f.readAll());
}

qm::Result<qm::Profile::Environment> Context::environment() const
{
    const auto p = profile();
    if (!p)
        return p.error();
    return p->environment;
}

int Context::fail(const qm::Error &error)
{
    err() << "qmctl: " << error.message << Qt::endl;
    if (!error.detail.isEmpty())
        err() << "  (" << error.detail << ')' << Qt::endl;
    using C = qm::Error::Code;
    switch (error.code) {
    case C::ConnectionFailed:
    case C::ConnectionLost:
    case C::Timeout:
        return ExitUnreachable;
    case C::AuthFailed:
    case C::PermissionDenied:
        return ExitRefused;
    default:
        return ExitFailed;
    }
}

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

const Command *CommandRegistry::find(const QStringList &args, int *words) const
{
    const Command *best = nullptr;
    int bestWords = 0;
    for (const auto &c : m_commands) {
        const QStringList name = c->name().split(u' ', Qt::SkipEmptyParts);
        if (name.size() <= bestWords || name.size() > args.size())
            continue;
        if (std::equal(name.begin(), name.end(), args.begin())) {
            best = c.get();
            bestWords = int(name.size());
        }
    }
    *words = bestWords;
    return best;
}

std::vector<const Command *> CommandRegistry::all() const
{
    std::vector<const Command *> out;
    for (const auto &c : m_commands)
        out.push_back(c.get());
    std::sort(out.begin(), out.end(),
        [](const Command *a, const Command *b) { return a->name() < b->name(); });
    return out;
}

void addElevationOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("elevate"),
        Context::tr("Production: lift read-only mode for this command, with a reason for the "
                    "audit log (at least %1 characters).")
            .arg(qm::safety::Elevation::kMinReasonLength),
        Context::tr("reason")});
    parser.addOption({QStringLiteral("elevate-minutes"),
        Context::tr("How long the elevation lasts (default %1).")
            .arg(qm::safety::Elevation::defaultMinutes()),
        Context::tr("n")});
}

std::shared_ptr<qm::safety::Elevation> elevationFor(Context &ctx, const QCommandLineParser &parser,
    qm::Profile::Environment environment, std::shared_ptr<qm::safety::AuditSink> audit,
    const QString &area, bool dryRun, int *exitCode)
{
    auto elevation = std::make_shared<qm::safety::Elevation>(environment);
    if (!elevation->required() || dryRun)
        return elevation;
    if (!parser.isSet(QStringLiteral("elevate"))) {
        *exitCode = ctx.fail(qm::Error {qm::Error::Code::PermissionDenied,
            Context::tr("Production is read-only: nothing was changed. Pass --elevate \"REASON\" "
                        "(recorded in the audit log) to write."),
            {}, {}});
        return nullptr;
    }
    bool ok = false;
    int minutes = parser.value(QStringLiteral("elevate-minutes")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("elevate-minutes")))
        minutes = qm::safety::Elevation::defaultMinutes();
    else if (!ok) {
        ctx.err() << Context::tr("qmctl: --elevate-minutes takes a number") << Qt::endl;
        *exitCode = ExitUsage;
        return nullptr;
    }
    const qm::Status s = ctx.wait(qm::safety::elevateAudited(elevation, std::move(audit),
        parser.value(QStringLiteral("elevate")), minutes, area + QStringLiteral(".elevate")));
    if (!s) {
        *exitCode = ctx.fail(s.error());
        return nullptr;
    }
    return elevation;
}

} // namespace qmctl
