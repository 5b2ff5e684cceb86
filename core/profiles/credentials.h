#pragma once

#include "common/result.h"
#include "db/cluster.h"
#include "profiles/profile.h"
#include "redis/client.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <functional>

namespace qm {

class SecretStore;

// The secrets a connection needs, found at connect time and held in memory only.
struct Credentials
{
    Q_DECLARE_TR_FUNCTIONS(qm::Credentials)
public:
    enum class Source {
        Keychain, // the OS keychain had the password
        Passfile, // libpq reads a pgpass file (0600) that has an entry for this profile
        Prompt, // nothing stored: the console must ask (and asks each time)
        Entered, // a person typed it in this session
    };
    Source source = Source::Prompt;
    QString postgresPassword; // empty with Passfile: libpq looks it up itself
    QString redisPassword;
    QString passfile; // the pgpass file libpq will use, if any
    QString explanation; // for people: where the password comes from and why (translated)

    QString sourceName() const; // "keychain", "pgpass file"... (translated)
};

// Where libpq looks for a pgpass file for this profile: its own setting, PGPASSFILE, ~/.pgpass.
QString effectivePassfile(const Profile &profile);

// libpq's pgpass rules: "host:port:database:user:password" lines, '*' matches anything,
// '\' escapes ':' and '\'. Returns true when some line matches every host of the profile.
bool pgpassHasEntry(const QString &passfile, const Profile &profile, QString *problem = nullptr);

// The Redis password of the profile's Redis user (`default` when none) from its Redis passfile
// ("user password" lines; ignored unless only the owner may read it). Empty when there is none.
QString redisPassfilePassword(const Profile &profile);

// Asynchronously works out where the passwords come from: the keychain first; where no keychain is
// reachable (or it has no entry) libpq's pgpass convention; otherwise Source::Prompt.
// done runs on context's thread, never after context is destroyed.
void resolveCredentials(SecretStore *store, const Profile &profile, QObject *context,
    std::function<void(Credentials)> done);

// What the connectors need, from a profile and its secrets. maxReplicaLagSeconds applies when
// the profile sets none.
db::ClusterConfig clusterConfigFor(
    const Profile &profile, const Credentials &credentials, double maxReplicaLagSeconds = 5.0);
db::ConnectionParams connectionParamsFor(
    const Profile &profile, const Credentials &credentials, const QString &hostPort);
// Standalone: the server. Cluster: the first seed. Sentinel: the first Sentinel (the client does
// not resolve the master yet; see the report in core/redis).
redis::Endpoint redisEndpointFor(const Profile &profile, const Credentials &credentials);

} // namespace qm
