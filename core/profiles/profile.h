#pragma once

#include "backend/backend.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace qm {

// How the console reaches Redis: one server, a Sentinel-managed master, or a Cluster.
struct RedisSettings
{
    enum class Mode { Standalone, Sentinel, Cluster };
    Mode mode = Mode::Standalone;
    QString host = QStringLiteral("127.0.0.1"); // standalone
    int port = 6379;
    QString masterName; // sentinel: the monitored master's name
    QStringList sentinels; // sentinel: "host:port" of each Sentinel
    QStringList clusterSeeds; // cluster: "host:port" of some cluster nodes
    bool tls = false;
    // The CA file TLS connections trust: Profile::caFile, copied by Profile::resolveTls().
    QString caFile;
    // The client certificate and key presented on the TLS port: Profile::clientCert/clientKey.
    QString clientCert;
    QString clientKey;
    // The Redis ACL user (Redis 6+): empty = the `default` user. With userFromDatabase the
    // profile's database user is taken (Profile::resolveRedisUser), so each console role signs
    // in to Redis as its own ACL user; the password comes from the keychain / $REDISCLI_AUTH.
    QString user;
    bool userFromDatabase = false;
    // Where no keychain entry exists: a file of "user password" lines (0600) with the password
    // of `user` (the sandbox writes one; production keeps passwords in the keychain).
    QString passfile;

    bool operator==(const RedisSettings &) const = default;
};

// A connection profile: one environment of one store. Holds endpoints and names only; a secret
// never lives here (passwords come from the keychain, a pgpass file or a prompt).
// The JSON form is the one scripts/sandbox writes ($QM_SANDBOX_DIR/profile.json):
//   {"name","environment","postgres":{"hosts":["h:p"],"database","user","sslmode","passfile"
//                                     [,"maxReplicaLagSeconds"]},
//    "redis":{"mode","host","port"[,"master","sentinels","seeds","tls","user",
//             "user_from_database","passfile"]},
//    "patroni":[urls],"varnish":[urls][,"prometheus":{"url":"http://host:9090"}]
//    [,"backend":"reference"|"vendure"][,"ca_file":"/path/ca.pem"]
//    [,"client_cert":"/path/me.crt","client_key":"/path/me.key"]
//    [,"vendure":{"adminApi":"url","shopApi":"url","user","passfile"}]}
// ("prometheus" is absent without one; a bare "prometheus":"url" string is read as well.)
// "backend" and "vendure" are written only when they differ from the reference store's defaults.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(qm::Profile)
public:
    enum class Environment { Production, Staging, Development };

    QString name;
    Environment environment = Environment::Development;
    QStringList postgresHosts; // "host:port", any order: roles are discovered
    QString database = QStringLiteral("quartermaster");
    QString user;
    // verify-full unless the profile file names another mode: libpq checks the CA and host name.
    QString sslmode = QStringLiteral("verify-full");
    QString passfile; // pgpass file (libpq's convention), optional
    // Above this lag a replica takes no reads; unset: the console's setting (Settings).
    std::optional<double> maxReplicaLagSeconds;
    QStringList patroniUrls;
    RedisSettings redis;
    QStringList varnishUrls;
    // PEM file of the CA(s) that signed the servers' certificates, for PostgreSQL (sslrootcert),
    // Redis TLS and https URLs (Patroni, Prometheus, Varnish); empty: libpq's root.crt and the
    // system's CAs.
    QString caFile;
    // A client certificate and its private key (PEM, the key 0600), presented to PostgreSQL
    // (sslcert/sslkey: a `hostssl ... cert` line signs the user in by the certificate's CN) and
    // to Redis's TLS port (tls-auth-clients). Both or neither; empty: none (core/tls/clientcert.h).
    QString clientCert;
    QString clientKey;
    QString prometheusUrl; // empty: no Prometheus (capacity charts sample the servers directly)
    BackendKind backend = BackendKind::Reference; // whose schema the reads name (Backend)
    VendureSettings vendure; // backend == Vendure: its Admin / Shop API

    bool operator==(const Profile &) const = default;

    // With redis.userFromDatabase: redis.user = user. Call after changing `user` (fromJson does).
    void resolveRedisUser();
    // redis.caFile = caFile, and the client certificate and key. Call after changing them
    // (fromJson does).
    void resolveTls();

    // Connections this profile makes without verifying whom it talks to, as warnings for people
    // (empty when every connection is verified). On production each is shown in the profile
    // dialog and the environment banner.
    QStringList tlsWarnings() const;
    // True for sslmode values that do not verify the server's certificate and host name.
    static bool sslmodeVerifiesHost(const QString &sslmode);

    // Problems a person must fix before connecting (empty when the profile is usable).
    QStringList validate() const;
    // The PostgreSQL part of validate(): what a tool that only needs the database checks.
    QStringList validatePostgres() const;
    // The backend part of validate(): a Vendure profile names its Admin API; its URLs are http(s).
    QStringList validateBackend() const;

    QJsonObject toJson() const; // never contains a secret (passwords in URLs are stripped)
    static Result<Profile> fromJson(const QJsonObject &json);
    static Result<Profile> fromJsonBytes(const QByteArray &bytes);

    static QString environmentKey(Environment env); // "production" ...
    static QString environmentName(Environment env); // translated, for people
    static std::optional<Environment> environmentFromKey(const QString &key);
    static QString redisModeKey(RedisSettings::Mode mode);
    static std::optional<RedisSettings::Mode> redisModeFromKey(const QString &key);

    // "host:port" -> host and port (port falls back to defaultPort when missing).
    static bool splitHostPort(const QString &hostPort, int defaultPort, QString *host, int *port);
};

// The profile's backend as the services take it (kind and Vendure settings). Here, not in
// core/backend/: that folder is a leaf that knows no profile.
Backend backendOf(const Profile &profile);

} // namespace qm

Q_DECLARE_METATYPE(qm::Profile)
