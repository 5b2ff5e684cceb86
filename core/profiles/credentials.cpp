#include "credentials.h"

#include "common/logging.h"
#include "common/whenfinished.h"
#include "profiles/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>
#include <memory>

namespace qm {

namespace {

// Splits one pgpass line into its five fields, honouring '\' escapes.
QStringList pgpassFields(const QString &line)
{
    QStringList fields;
    QString cur;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\' && i + 1 < line.size()) {
            cur.append(line.at(++i));
        } else if (c == u':' && fields.size() < 4) {
            fields.append(cur);
            cur.clear();
        } else {
            cur.append(c);
        }
    }
    fields.append(cur);
    return fields;
}

bool fieldMatches(const QString &field, const QString &value)
{
    return field == u"*" || field == value;
}

Credentials passfileOrPrompt(const Profile &profile, const QString &keychainNote)
{
    Credentials c;
    const QString passfile = effectivePassfile(profile);
    QString problem;
    if (pgpassHasEntry(passfile, profile, &problem)) {
        c.source = Credentials::Source::Passfile;
        c.passfile = passfile;
        c.explanation
            = Credentials::tr("Password from the pgpass file %1 (%2).").arg(passfile, keychainNote);
        return c;
    }
    c.source = Credentials::Source::Prompt;
    c.explanation
        = Credentials::tr("Asking for the password each time (%1; %2).").arg(keychainNote, problem);
    return c;
}

} // namespace

QString Credentials::sourceName() const
{
    switch (source) {
    case Source::Keychain:
        return tr("keychain");
    case Source::Passfile:
        return tr("pgpass file");
    case Source::Prompt:
        return tr("asked each time");
    case Source::Entered:
        break;
    }
    return tr("typed");
}

QString effectivePassfile(const Profile &profile)
{
    if (!profile.passfile.isEmpty())
        return profile.passfile;
    const QString env = qEnvironmentVariable("PGPASSFILE");
    if (!env.isEmpty())
        return env;
    return QDir::homePath() + QStringLiteral("/.pgpass");
}

bool pgpassHasEntry(const QString &passfile, const Profile &profile, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    const QFileInfo info(passfile);
    if (!info.exists())
        return fail(Credentials::tr("no pgpass file at %1").arg(passfile));
#ifdef Q_OS_UNIX
    const auto loose = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions() & loose)
        return fail(Credentials::tr("libpq ignores %1 because others may read it: run chmod 600 %1")
                        .arg(passfile));
#endif
    QFile f(passfile);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Credentials::tr("cannot read %1: %2").arg(passfile, f.errorString()));
    QList<QStringList> entries;
    const QList<QByteArray> lines = f.read(1024 * 1024).split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = pgpassFields(line);
        if (fields.size() == 5)
            entries.append(fields);
    }
    for (const QString &hostPort : profile.postgresHosts) {
        QString host;
        int port = 5432;
        Profile::splitHostPort(hostPort, 5432, &host, &port);
        const bool found = std::any_of(entries.cbegin(), entries.cend(), [&](const QStringList &e) {
            return fieldMatches(e[0], host) && fieldMatches(e[1], QString::number(port))
                && fieldMatches(e[2], profile.database) && fieldMatches(e[3], profile.user);
        });
        if (!found)
            return fail(
                Credentials::tr("%1 has no entry for %2@%3").arg(passfile, profile.user, hostPort));
    }
    return true;
}

QString redisPassfilePassword(const Profile &profile)
{
    const QString path = profile.redis.passfile;
    if (path.isEmpty())
        return {};
    QFile f(path);
#ifndef Q_OS_WIN
    if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) {
        qCWarning(lcProfiles) << "ignoring the Redis passfile" << path
                              << "because others may read it (chmod 600)";
        return {};
    }
#endif
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString user
        = profile.redis.user.isEmpty() ? QStringLiteral("default") : profile.redis.user;
    const QList<QByteArray> lines = f.read(1024 * 1024).split('\n');
    for (const QByteArray &raw : lines) {
        const QList<QByteArray> fields = raw.trimmed().split(' ');
        if (fields.size() == 2 && QString::fromUtf8(fields[0]) == user)
            return QString::fromUtf8(fields[1]);
    }
    return {};
}

namespace {

// The files the keychain did not stand in for, read on a worker (never on the GUI thread): the
// pgpass fallback unless the keychain gave the database password, the Redis passfile unless it
// gave Redis's. done runs on context's thread.
void completeFromFiles(QObject *context, const Profile &profile,
    std::optional<Credentials> fromKeychain, const QString &keychainNote,
    std::optional<QString> redisFromKeychain, std::function<void(Credentials)> done)
{
    auto read = QtConcurrent::run([profile, fromKeychain, keychainNote, redisFromKeychain] {
        Credentials c = fromKeychain ? *fromKeychain : passfileOrPrompt(profile, keychainNote);
        c.redisPassword = redisFromKeychain ? *redisFromKeychain : redisPassfilePassword(profile);
        return c;
    });
    whenFinishedValue(context, read, [done = std::move(done)](const std::optional<Credentials> &c) {
        done(c.value_or(Credentials {}));
    });
}

} // namespace

void resolveCredentials(SecretStore *store, const Profile &profile, QObject *context,
    std::function<void(Credentials)> done)
{
    if (!store || store->availability() == SecretStore::Availability::Unavailable) {
        const QString why = store ? store->unavailableReason() : QString();
        completeFromFiles(context, profile, std::nullopt,
            Credentials::tr("no keychain: %1").arg(why), std::nullopt, std::move(done));
        return;
    }
    const QString pgKey = SecretStore::postgresKey(profile);
    const QString redisKey = SecretStore::redisKey(profile);
    whenFinished(context, store->read(pgKey),
        [store, profile, context, redisKey, done = std::move(done)](
            const Result<QString> &pg) mutable {
            std::optional<Credentials> fromKeychain;
            QString note;
            if (pg) {
                Credentials c;
                c.source = Credentials::Source::Keychain;
                c.postgresPassword = pg.value();
                c.explanation = Credentials::tr("Password from the system keychain.");
                fromKeychain = c;
            } else {
                note = pg.error().code == Error::Code::NotFound
                    ? Credentials::tr("the keychain has no password for %1").arg(profile.user)
                    : pg.error().message;
            }
            whenFinished(context, store->read(redisKey),
                [context, profile, fromKeychain, note, done = std::move(done)](
                    const Result<QString> &r) mutable {
                    if (fromKeychain && r) {
                        fromKeychain->redisPassword = r.value();
                        done(*fromKeychain);
                        return;
                    }
                    completeFromFiles(context, profile, fromKeychain, note,
                        r ? std::optional<QString>(r.value()) : std::nullopt, std::move(done));
                });
        });
}

db::ConnectionParams connectionParamsFor(
    const Profile &profile, const Credentials &credentials, const QString &hostPort)
{
    db::ConnectionParams p;
    Profile::splitHostPort(hostPort, 5432, &p.host, &p.port);
    p.dbname = profile.database;
    p.user = profile.user;
    p.password = credentials.postgresPassword;
    p.passfile = credentials.passfile.isEmpty() ? profile.passfile : credentials.passfile;
    p.sslmode = profile.sslmode;
    p.sslrootcert = profile.caFile;
    p.sslcert = profile.clientCert;
    p.sslkey = profile.clientKey;
    return p;
}

db::ClusterConfig clusterConfigFor(
    const Profile &profile, const Credentials &credentials, double maxReplicaLagSeconds)
{
    db::ClusterConfig c;
    for (const QString &hp : profile.postgresHosts)
        c.nodes.append(connectionParamsFor(profile, credentials, hp));
    c.maxReplicaLagSeconds = profile.maxReplicaLagSeconds.value_or(maxReplicaLagSeconds);
    return c;
}

redis::Endpoint redisEndpointFor(const Profile &profile, const Credentials &credentials)
{
    redis::Endpoint e;
    const RedisSettings &r = profile.redis;
    switch (r.mode) {
    case RedisSettings::Mode::Standalone:
        e.host = r.host;
        e.port = r.port;
        break;
    case RedisSettings::Mode::Sentinel:
        if (!r.sentinels.isEmpty())
            Profile::splitHostPort(r.sentinels.first(), 26379, &e.host, &e.port);
        break;
    case RedisSettings::Mode::Cluster:
        if (!r.clusterSeeds.isEmpty())
            Profile::splitHostPort(r.clusterSeeds.first(), 6379, &e.host, &e.port);
        break;
    }
    e.tls = r.tls;
    e.tlsCaFile = profile.caFile;
    e.tlsCertFile = profile.clientCert;
    e.tlsKeyFile = profile.clientKey;
    e.username = r.user;
    e.password = credentials.redisPassword;
    return e;
}

} // namespace qm
