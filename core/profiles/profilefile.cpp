#include "profiles/profilefile.h"

#include "common/threadguard.h"
#include "profiles/credentials.h"

#include <QFile>

namespace qm {

namespace {

Error fileError(Error::Code code, const QString &message, const QString &detail = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.detail = detail;
    return e;
}

} // namespace

Result<Profile> loadProfileFile(const QString &path)
{
    qm::assertMayBlock("read a profile file");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fileError(Error::Code::Io,
            Profile::tr("Cannot read the profile %1: %2").arg(path, f.errorString()));
    Result<Profile> p = Profile::fromJsonBytes(f.read(1024 * 1024));
    if (!p)
        return fileError(p.error().code, p.error().message, path);
    return p;
}

Result<db::ClusterConfig> toolClusterConfig(
    Profile profile, const QString &userOverride, const QString &origin)
{
    if (!userOverride.isEmpty()) {
        profile.user = userOverride;
        profile.resolveRedisUser();
    }
    const QStringList problems = profile.validatePostgres();
    if (!problems.isEmpty())
        return fileError(Error::Code::InvalidInput,
            Profile::tr("The profile %1 cannot be used: %2")
                .arg(origin.isEmpty() ? profile.name : origin, problems.join(QLatin1Char(' '))));
    Credentials credentials;
    credentials.source = Credentials::Source::Passfile;
    credentials.passfile = profile.passfile;
    return clusterConfigFor(profile, credentials);
}

Result<db::ClusterConfig> toolClusterConfig(const QString &path, const QString &userOverride)
{
    Result<Profile> p = loadProfileFile(path);
    if (!p)
        return p.error();
    return toolClusterConfig(std::move(p).value(), userOverride, path);
}

} // namespace qm
