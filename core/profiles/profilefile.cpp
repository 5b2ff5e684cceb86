#include "profiles/profilefile.h"

#include "common/threadguard.h"
#include "profiles/credentials.h"
#include "profiles/profilestore.h"

namespace qm {

Result<db::ClusterConfig> toolClusterConfig(
    Profile profile, const QString &userOverride, const QString &origin)
{
    if (!userOverride.isEmpty()) {
        profile.user = userOverride;
        profile.resolveRedisUser();
    }
    const QStringList problems = profile.validatePostgres();
    if (!problems.isEmpty())
        return Error {Error::Code::InvalidInput,
            Profile::tr("The profile %1 cannot be used: %2")
                .arg(origin.isEmpty() ? profile.name : origin, problems.join(QLatin1Char(' '))),
            {}, {}};
    Credentials credentials;
    credentials.source = Credentials::Source::Passfile;
    credentials.passfile = profile.passfile;
    return clusterConfigFor(profile, credentials);
}

Result<db::ClusterConfig> toolClusterConfig(const QString &path, const QString &userOverride)
{
    qm::assertMayBlock("read a profile file");
    Result<Profile> p = ProfileStore::importFile(path);
    if (!p)
        return p.error();
    return toolClusterConfig(std::move(p).value(), userOverride, path);
}

} // namespace qm
