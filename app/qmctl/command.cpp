#include "command.h"

#include "profiles/profilefile.h"

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

std::unique_ptr<qm::db::Cluster> Context::openCluster(int *exitCode)
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
    auto cluster = std::make_unique<qm::db::Cluster>(c);
    const qm::Status started = wait(cluster->start());
    if (!started) {
        *exitCode = fail(started.error());
        return nullptr;
    }
    *exitCode = ExitOk;
    return cluster;
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

} // namespace qmctl
