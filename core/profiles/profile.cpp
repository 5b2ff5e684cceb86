#include "profile.h"

#include "common/logging.h"
#include "tls/clientpair.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace qm {

namespace {

const QString kName = QStringLiteral("name");
const QString kEnvironment = QStringLiteral("environment");
const QString kPostgres = QStringLiteral("postgres");
const QString kHosts = QStringLiteral("hosts");
const QString kDatabase = QStringLiteral("database");
const QString kUser = QStringLiteral("user");
const QString kSslmode = QStringLiteral("sslmode");
const QString kPassfile = QStringLiteral("passfile");
const QString kMaxLag = QStringLiteral("maxReplicaLagSeconds");
const QString kRedis = QStringLiteral("redis");
const QString kMode = QStringLiteral("mode");
const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kMaster = QStringLiteral("master");
const QString kSentinels = QStringLiteral("sentinels");
const QString kSeeds = QStringLiteral("seeds");
const QString kTls = QStringLiteral("tls");
const QString kUserFromDatabase = QStringLiteral("user_from_database");
const QString kPatroni = QStringLiteral("patroni");
const QString kVarnish = QStringLiteral("varnish");
const QString kPrometheus = QStringLiteral("prometheus");
const QString kUrl = QStringLiteral("url");
const QString kBackend = QStringLiteral("backend");
const QString kVendure = QStringLiteral("vendure");
const QString kCaFile = QStringLiteral("ca_file");
const QString kClientCert = QStringLiteral("client_cert");
const QString kClientKey = QStringLiteral("client_key");
const QString kAdminApi = QStringLiteral("adminApi");
const QString kShopApi = QStringLiteral("shopApi");

const QStringList kSslModes
    = {QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

// A URL may carry "user:password@": the password is a secret and never goes to disk.
QString withoutPassword(const QString &url)
{
    const QUrl u(url);
    QString out = u.isValid() && !u.password().isEmpty() ? u.toString(QUrl::RemovePassword) : url;
    // Whatever Qt made of the text (a port typo makes it invalid, a '#' in the scheme turns the
    // rest into a fragment), a "user:secret@" after "://" is cut by hand as well: found by
    // fuzz_profile, such passwords went to disk.
    static const QRegularExpression secret(QStringLiteral("(://[^/@:]*):[^/@]*@"));
    return out.replace(secret, QStringLiteral("\\1@"));
}

QJsonArray toArray(const QStringList &list, bool isUrl = false)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(isUrl ? withoutPassword(s) : s);
    return a;
}

QStringList fromArray(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        const QString s = e.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

bool isHttpUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty() && (u.scheme() == u"http" || u.scheme() == u"https");
}

Error formatError(const QString &message)
{
    Error e;
    e.code = Error::Code::InvalidInput;
    e.message = message;
    return e;
}

} // namespace

QString Profile::environmentKey(Environment env)
{
    switch (env) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Development:
        break;
    }
    return QStringLiteral("development");
}

QString Profile::environmentName(Environment env)
{
    switch (env) {
    case Environment::Production:
        return tr("Production");
    case Environment::Staging:
        return tr("Staging");
    case Environment::Development:
        break;
    }
    return tr("Development");
}

std::optional<Profile::Environment> Profile::environmentFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"production" || k == u"prod")
        return Environment::Production;
    if (k == u"staging" || k == u"stage")
        return Environment::Staging;
    if (k == u"development" || k == u"dev" || k.isEmpty())
        return Environment::Development;
    return std::nullopt;
}

QString Profile::redisModeKey(RedisSettings::Mode mode)
{
    switch (mode) {
    case RedisSettings::Mode::Sentinel:
        return QStringLiteral("sentinel");
    case RedisSettings::Mode::Cluster:
        return QStringLiteral("cluster");
    case RedisSettings::Mode::Standalone:
        break;
    }
    return QStringLiteral("standalone");
}

std::optional<RedisSettings::Mode> Profile::redisModeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"standalone" || k.isEmpty())
        return RedisSettings::Mode::Standalone;
    if (k == u"sentinel")
        return RedisSettings::Mode::Sentinel;
    if (k == u"cluster")
        return RedisSettings::Mode::Cluster;
    return std::nullopt;
}

bool Profile::splitHostPort(const QString &hostPort, int defaultPort, QString *host, int *port)
{
    const QString s = hostPort.trimmed();
    QString h = s;
    QString p;
    if (s.startsWith(u'[')) { // [::1]:5432
        const int close = s.indexOf(u']');
        if (close < 0)
            return false;
        h = s.mid(1, close - 1);
        if (close + 1 < s.size()) {
            if (s.at(close + 1) != u':')
                return false;
            p = s.mid(close + 2);
        }
    } else if (s.count(u':') == 1) {
        h = s.section(u':', 0, 0);
        p = s.section(u':', 1, 1);
    }
    if (h.isEmpty())
        return false;
    int n = defaultPort;
    if (!p.isEmpty()) {
        bool ok = false;
        n = p.toInt(&ok);
        if (!ok || n <= 0 || n > 65535)
            return false;
    }
    *host = h;
    *port = n;
    return true;
}

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << tr("Give the profile a name.");
    problems << validatePostgres();
    switch (redis.mode) {
    case RedisSettings::Mode::Standalone:
        if (redis.host.trimmed().isEmpty() || redis.port <= 0 || redis.port > 65535)
            problems << tr("Redis needs a host and a port between 1 and 65535.");
        break;
    case RedisSettings::Mode::Sentinel:
        if (redis.masterName.trimmed().isEmpty() || redis.sentinels.isEmpty())
            problems << tr("Redis Sentinel needs the master's name and at least one sentinel.");
        break;
    case RedisSettings::Mode::Cluster:
        if (redis.clusterSeeds.isEmpty())
            problems << tr("Redis Cluster needs at least one seed node.");
        break;
    }
    if (!prometheusUrl.isEmpty()) {
        const QUrl url(prometheusUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problems << tr("The Prometheus URL \"%1\" must be http:// or https:// with a host, "
                           "e.g. http://prometheus:9090.")
                            .arg(prometheusUrl);
    }
    if (const QString p = tls::clientPairProblem(clientCert, clientKey); !p.isEmpty())
        problems << p;
    problems << validateBackend();
    return problems;
}

QStringList Profile::validatePostgres() const
{
    QStringList problems;
    if (postgresHosts.isEmpty())
        problems << tr("Add at least one PostgreSQL server as host:port.");
    for (const QString &hp : postgresHosts) {
        QString h;
        int p = 0;
        if (!splitHostPort(hp, 5432, &h, &p))
            problems << tr("\"%1\" is not a valid host:port.").arg(hp);
    }
    if (database.trimmed().isEmpty())
        problems << tr("Name the database.");
    if (user.trimmed().isEmpty())
        problems << tr("Name the database user to sign in as.");
    if (!kSslModes.contains(sslmode))
        problems << tr("SSL mode must be one of: %1.").arg(kSslModes.join(QStringLiteral(", ")));
    if (maxReplicaLagSeconds && !(*maxReplicaLagSeconds >= 0))
        problems << tr("The replica lag limit (maxReplicaLagSeconds) must be 0 or more.");
    return problems;
}

Backend backendOf(const Profile &profile)
{
    return Backend(profile.backend, profile.vendure);
}

QStringList Profile::validateBackend() const
{
    QStringList problems;
    if (backend == BackendKind::Vendure && vendure.adminApi.trimmed().isEmpty())
        problems << tr("A Vendure profile needs vendure.adminApi, the URL of Vendure's Admin API "
                       "(e.g. http://127.0.0.1:3000/admin-api).");
    // Checked whatever the backend: a profile switched back and forth keeps its Vendure object.
    const QList<std::pair<QString, QString>> urls
        = {{QStringLiteral("vendure.adminApi"), vendure.adminApi},
            {QStringLiteral("vendure.shopApi"), vendure.shopApi}};
    for (const auto &[key, url] : urls) {
        if (!url.trimmed().isEmpty() && !isHttpUrl(url.trimmed()))
            problems << tr("%1 \"%2\" is not an http:// or https:// URL.").arg(key, url);
    }
    return problems;
}

void Profile::resolveRedisUser()
{
    if (redis.userFromDatabase)
        redis.user = user;
}

void Profile::resolveTls()
{
    redis.caFile = caFile;
    redis.clientCert = clientCert;
    redis.clientKey = clientKey;
}

bool Profile::sslmodeVerifiesHost(const QString &mode)
{
    return mode == u"verify-full";
}

QStringList Profile::tlsWarnings() const
{
    QStringList out;
    if (!sslmodeVerifiesHost(sslmode)) {
        if (sslmode == u"verify-ca")
            out << tr("PostgreSQL: sslmode verify-ca checks the CA but not the host name; use "
                      "verify-full.");
        else if (sslmode == u"disable")
            out << tr("PostgreSQL: sslmode disable sends passwords and data in plain text; use "
                      "verify-full with the CA file.");
        else
            out << tr("PostgreSQL: sslmode %1 does not check who answers (no certificate or "
                      "host name check); use verify-full with the CA file.")
                       .arg(sslmode);
    }
    if (!redis.tls)
        out << tr("Redis: TLS is off; passwords and keys travel in plain text.");
    return out;
}

QJsonObject Profile::toJson() const
{
    QJsonObject pg;
    pg[kHosts] = toArray(postgresHosts);
    pg[kDatabase] = database;
    pg[kUser] = user;
    pg[kSslmode] = sslmode;
    if (!passfile.isEmpty())
        pg[kPassfile] = passfile;
    if (maxReplicaLagSeconds)
        pg[kMaxLag] = *maxReplicaLagSeconds;

    QJsonObject r;
    r[kMode] = redisModeKey(redis.mode);
    switch (redis.mode) {
    case RedisSettings::Mode::Standalone:
        r[kHost] = redis.host;
        r[kPort] = redis.port;
        break;
    case RedisSettings::Mode::Sentinel:
        r[kMaster] = redis.masterName;
        r[kSentinels] = toArray(redis.sentinels);
        break;
    case RedisSettings::Mode::Cluster:
        r[kSeeds] = toArray(redis.clusterSeeds);
        break;
    }
    if (redis.tls)
        r[kTls] = true;
    if (redis.userFromDatabase)
        r[kUserFromDatabase] = true;
    else if (!redis.user.isEmpty())
        r[kUser] = redis.user;
    if (!redis.passfile.isEmpty())
        r[kPassfile] = redis.passfile;

    QJsonObject o;
    o[kName] = name;
    o[kEnvironment] = environmentKey(environment);
    o[kPostgres] = pg;
    o[kRedis] = r;
    o[kPatroni] = toArray(patroniUrls, true);
    o[kVarnish] = toArray(varnishUrls, true);
    // {"url": ...} (a bare string is read too, the form before capacity charts); absent: none.
    if (!prometheusUrl.trimmed().isEmpty())
        o[kPrometheus] = QJsonObject {{kUrl, withoutPassword(prometheusUrl.trimmed())}};
    if (!caFile.isEmpty())
        o[kCaFile] = caFile;
    if (!clientCert.isEmpty())
        o[kClientCert] = clientCert;
    if (!clientKey.isEmpty())
        o[kClientKey] = clientKey;
    if (backend != BackendKind::Reference)
        o[kBackend] = Backend::keyOf(backend);
    if (!vendure.isEmpty()) {
        QJsonObject v;
        if (!vendure.adminApi.isEmpty())
            v[kAdminApi] = withoutPassword(vendure.adminApi);
        if (!vendure.shopApi.isEmpty())
            v[kShopApi] = withoutPassword(vendure.shopApi);
        if (!vendure.user.isEmpty())
            v[kUser] = vendure.user;
        if (!vendure.passfile.isEmpty())
            v[kPassfile] = vendure.passfile;
        o[kVendure] = v;
    }
    return o;
}

Result<Profile> Profile::fromJson(const QJsonObject &o)
{
    Profile p;
    p.name = o.value(kName).toString().trimmed();
    const auto env = environmentFromKey(o.value(kEnvironment).toString());
    if (!env)
        return formatError(tr("Unknown environment \"%1\": use production, staging or "
                              "development.")
                               .arg(o.value(kEnvironment).toString()));
    p.environment = *env;

    const QJsonObject pg = o.value(kPostgres).toObject();
    p.postgresHosts = fromArray(pg.value(kHosts));
    p.database = pg.value(kDatabase).toString(p.database);
    p.user = pg.value(kUser).toString();
    p.sslmode = pg.value(kSslmode).toString(p.sslmode);
    p.passfile = pg.value(kPassfile).toString();
    if (pg.contains(kMaxLag)) {
        const QJsonValue lag = pg.value(kMaxLag);
        if (!lag.isDouble())
            return formatError(tr("postgres.maxReplicaLagSeconds must be a number of seconds."));
        p.maxReplicaLagSeconds = lag.toDouble();
    }
    if (pg.contains(QStringLiteral("password")))
        qCWarning(lcProfiles) << "profile" << p.name
                              << "contains a password: ignored (use the keychain or a pgpass file)";

    const QJsonObject r = o.value(kRedis).toObject();
    const auto mode = redisModeFromKey(r.value(kMode).toString());
    if (!mode)
        return formatError(tr("Unknown Redis mode \"%1\": use standalone, sentinel or cluster.")
                               .arg(r.value(kMode).toString()));
    p.redis.mode = *mode;
    p.redis.host = r.value(kHost).toString(p.redis.host);
    p.redis.port = r.value(kPort).toInt(p.redis.port);
    p.redis.masterName = r.value(kMaster).toString();
    p.redis.sentinels = fromArray(r.value(kSentinels));
    p.redis.clusterSeeds = fromArray(r.value(kSeeds));
    p.redis.tls = r.value(kTls).toBool(false);
    p.redis.user = r.value(kUser).toString();
    p.redis.userFromDatabase = r.value(kUserFromDatabase).toBool(false);
    p.redis.passfile = r.value(kPassfile).toString();
    p.resolveRedisUser();
    if (o.contains(kCaFile) && !o.value(kCaFile).isString())
        return formatError(tr("\"ca_file\" must be the path of a PEM file."));
    p.caFile = o.value(kCaFile).toString().trimmed();
    for (const QString &key : {kClientCert, kClientKey})
        if (o.contains(key) && !o.value(key).isString())
            return formatError(tr("\"%1\" must be the path of a PEM file.").arg(key));
    p.clientCert = o.value(kClientCert).toString().trimmed();
    p.clientKey = o.value(kClientKey).toString().trimmed();
    p.resolveTls();

    p.patroniUrls = fromArray(o.value(kPatroni));
    for (QString &u : p.patroniUrls)
        u = withoutPassword(u);
    p.varnishUrls = fromArray(o.value(kVarnish));
    for (QString &u : p.varnishUrls)
        u = withoutPassword(u);
    const QJsonValue prom = o.value(kPrometheus);
    if (prom.isObject()) {
        const QJsonValue url = prom.toObject().value(kUrl);
        if (!url.isUndefined() && !url.isString())
            return formatError(tr("prometheus.url must be a URL such as http://prometheus:9090."));
        p.prometheusUrl = withoutPassword(url.toString().trimmed());
    } else {
        p.prometheusUrl = withoutPassword(prom.toString().trimmed());
    }
    if (o.contains(kBackend)) {
        const QJsonValue b = o.value(kBackend);
        const auto kind = b.isString() ? Backend::fromKey(b.toString()) : std::nullopt;
        if (!b.isString())
            return formatError(tr("\"backend\" must be a string: reference or vendure."));
        if (!kind)
            return formatError(
                tr("Unknown backend \"%1\": use reference or vendure.").arg(b.toString()));
        p.backend = *kind;
    }
    if (o.contains(kVendure)) {
        const QJsonValue v = o.value(kVendure);
        if (!v.isObject())
            return formatError(tr("\"vendure\" must be an object: {\"adminApi\": url, "
                                  "\"shopApi\": url, \"user\": name, \"passfile\": path}."));
        const QJsonObject vo = v.toObject();
        for (const QString &key : {kAdminApi, kShopApi, kUser, kPassfile}) {
            if (vo.contains(key) && !vo.value(key).isString())
                return formatError(tr("vendure.%1 must be a string.").arg(key));
        }
        p.vendure.adminApi = withoutPassword(vo.value(kAdminApi).toString().trimmed());
        p.vendure.shopApi = withoutPassword(vo.value(kShopApi).toString().trimmed());
        p.vendure.user = vo.value(kUser).toString().trimmed();
        p.vendure.passfile = vo.value(kPassfile).toString().trimmed();
        if (vo.contains(QStringLiteral("password")))
            qCWarning(lcProfiles) << "profile" << p.name
                                  << "contains a Vendure password: ignored (use the keychain or "
                                     "the passfile)";
    }
    // A Vendure profile the console could not write through is refused when it is read, with
    // the sentence validate() gives the profile dialog.
    if (const QStringList problems = p.validateBackend(); !problems.isEmpty())
        return formatError(problems.join(u' '));
    return p;
}

Result<Profile> Profile::fromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return formatError(tr("The profile is not valid JSON: %1 at offset %2.")
                               .arg(err.errorString())
                               .arg(err.offset));
    if (!doc.isObject())
        return formatError(tr("The profile must be a JSON object."));
    return fromJson(doc.object());
}

} // namespace qm
