#pragma once

// Throw-away TLS servers for tst_tls: a CA of its own and certificates made with OpenSSL (one
// for localhost, one for another host name, an expired one, one from another CA), a PostgreSQL
// instance (initdb in a temporary folder, ssl=on), a redis-server with a TLS port and a plain
// one, and `openssl s_server -www` for HTTPS. The servers start once per test run; each case
// swaps the certificate (PostgreSQL: ALTER SYSTEM + pg_reload_conf, Redis: CONFIG SET, s_server:
// restarted). Ports: QM_SANDBOX_PORT_BASE + 9 and + 28..31, which the sandbox leaves free.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class TlsServers
{
public:
    ~TlsServers();

    // Makes the certificates and starts the servers; false and *why on failure.
    bool start(QString *why);
    void stop();

    QString dir() const { return m_dir ? m_dir->path() : QString(); }
    QString caFile() const { return dir() + QStringLiteral("/ca.crt"); }
    QString otherCaFile() const { return dir() + QStringLiteral("/otherca.crt"); }

    int pgPort() const { return m_base + 28; }
    int redisTlsPort() const { return m_base + 29; }
    int redisPlainPort() const { return m_base + 30; }
    int httpsPort() const { return m_base + 31; }
    int httpPlainPort() const { return m_base + 9; } // the test's own plain HTTP server

    // Serve this certificate ("good", "wronghost", "expired", "otherca-leaf") from now on.
    bool usePgCertificate(const QString &name, QString *why);
    bool setPgSsl(bool on, QString *why);
    bool useRedisCertificate(const QString &name, QString *why);
    bool useHttpsCertificate(const QString &name, QString *why);
    // Client certificates (tst_tlsclient): PostgreSQL trusts ca.crt for clients (ssl_ca_file)
    // and signs the login role qm_cert in by certificate only (`hostssl ... cert`); Redis's TLS
    // port asks every client for a certificate from ca.crt (tls-auth-clients yes) or none.
    bool enablePgClientCertificates(QString *why);
    bool setRedisClientAuth(bool required, QString *why);
    QString clientCert(const QString &name) const
    {
        return dir() + u'/' + name + QStringLiteral(".crt");
    }
    QString clientKey(const QString &name) const
    {
        return dir() + u'/' + name + QStringLiteral(".key");
    }

private:
    bool run(const QString &program, const QStringList &args, QString *why, bool asPostgres = false,
        QString *out = nullptr);
    bool pgSql(const QString &sql, QString *why, QString *out = nullptr);
    bool pgReloadAndWait(const QString &setting, const QString &value, QString *why);
    bool waitForPort(int port);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_base = 15432;
    bool m_root = false;
    bool m_pgStarted = false;
    bool m_redisStarted = false;
    std::unique_ptr<QProcess> m_sServer;
};

// ---- implementation (header-only: tests/CMakeLists.txt builds one .cpp per test) ----

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>
#include <unistd.h>

namespace tlsfixture {

// A CA, a second CA, and leaf certificates signed with `openssl ca` (which takes explicit start
// and end dates: OpenSSL 3.0's `x509 -days` cannot make an expired certificate).
inline const char *kMakeCerts = R"SH(
set -eu
cd "$1"
ca() {
  openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout "$1.key" -out "$1.crt" -days 3650 -subj "/CN=$2" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
  mkdir -p "$1.db"; : >"$1.db/index.txt"; echo 1000 >"$1.db/serial"
}
leaf() { # ca name cn san [start end]
  local ca=$1 n=$2 cn=$3 san=$4 dates
  openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout "$n.key" -out "$n.csr" -subj "/CN=$cn" 2>/dev/null
  cat >"$ca.db/ca.cnf" <<CNF
[ca]
default_ca = qm
[qm]
dir = $PWD/$ca.db
database = \$dir/index.txt
serial = \$dir/serial
new_certs_dir = \$dir
certificate = $PWD/$ca.crt
private_key = $PWD/$ca.key
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
[ext]
basicConstraints = CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = $san
CNF
  if [ $# -ge 6 ]; then dates="-startdate $5 -enddate $6"; else dates="-days 30"; fi
  openssl ca -batch -notext -config "$ca.db/ca.cnf" -extensions ext $dates -in "$n.csr" -out "$n.crt" 2>/dev/null
  chmod 600 "$n.key"; rm -f "$n.csr"
}
ca ca "Quartermaster test CA"
ca otherca "Some other CA"
leaf ca good localhost "DNS:localhost,IP:127.0.0.1"
leaf ca wronghost wrong.example.com "DNS:wrong.example.com"
leaf ca expired localhost "DNS:localhost,IP:127.0.0.1" 20200101000000Z 20210101000000Z
leaf otherca otherca-leaf localhost "DNS:localhost,IP:127.0.0.1"
client() { # ca name cn: a client certificate (clientAuth), key 0600
  local ca=$1 n=$2 cn=$3
  openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout "$n.key" -out "$n.csr" -subj "/CN=$cn" 2>/dev/null
  printf '%s\n' "basicConstraints=CA:FALSE" "keyUsage=critical,digitalSignature" \
    "extendedKeyUsage=clientAuth" >"$n.ext"
  openssl x509 -req -in "$n.csr" -CA "$ca.crt" -CAkey "$ca.key" -CAcreateserial -days 30 \
    -extfile "$n.ext" -out "$n.crt" 2>/dev/null
  chmod 600 "$n.key"; rm -f "$n.csr" "$n.ext"
}
client ca client qm_cert
client otherca otherclient qm_cert
client ca client-someone someone
)SH";

inline const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

} // namespace tlsfixture

inline TlsServers::~TlsServers()
{
    stop();
}

inline bool TlsServers::run(
    const QString &program, const QStringList &args, QString *why, bool asPostgres, QString *out)
{
    QProcess p;
    if (asPostgres && m_root)
        p.start(QStringLiteral("runuser"),
            QStringList {
                QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("%1 %2 failed: %3 %4")
                   .arg(program, args.join(u' '), QString::fromUtf8(p.readAllStandardError()),
                       QString::fromUtf8(p.readAllStandardOutput()));
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return true;
}

inline bool TlsServers::waitForPort(int port)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

inline bool TlsServers::start(QString *why)
{
    m_root = geteuid() == 0;
    bool ok = false;
    const int base = qEnvironmentVariableIntValue("QM_SANDBOX_PORT_BASE", &ok);
    m_base = ok ? base : 15432;
    // Under /var/tmp: the postgres user (when the test runs as root) must reach the folder.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/var/tmp/qm-tst-tls-XXXXXX"));
    if (!m_dir->isValid()) {
        *why = QStringLiteral("no temporary folder: ") + m_dir->errorString();
        return false;
    }
    QFile::setPermissions(dir(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
            | QFileDevice::ExeGroup);
    if (!run(QStringLiteral("bash"),
            {QStringLiteral("-c"), QString::fromLatin1(tlsfixture::kMakeCerts),
                QStringLiteral("certs"), dir()},
            why))
        return false;
    if (m_root
        && !run(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres"), dir()},
            why))
        return false;

    // PostgreSQL: trust on loopback (a throw-away instance), TLS on with the good certificate.
    const QString data = dir() + QStringLiteral("/pg");
    if (!run(tlsfixture::kPgBin + QStringLiteral("initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8")},
            why, true))
        return false;
    QFile conf(data + QStringLiteral("/postgresql.auto.conf"));
    if (!conf.open(QIODevice::Append)) {
        *why = conf.errorString();
        return false;
    }
    conf.write(QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\n"
                              "unix_socket_directories = '%2'\nssl = on\n"
                              "ssl_cert_file = '%2/good.crt'\nssl_key_file = '%2/good.key'\n"
                              "fsync = off\nshared_buffers = 16MB\nmax_connections = 20\n")
                   .arg(pgPort())
                   .arg(dir())
                   .toUtf8());
    conf.close();
    if (!run(tlsfixture::kPgBin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), data, QStringLiteral("-l"), dir() + QStringLiteral("/pg.log"),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start")},
            why, true))
        return false;
    m_pgStarted = true;

    // Redis: a TLS port (no client certificates) and a plain port, for CONFIG SET and the
    // plain-text case.
    if (!run(QStringLiteral("redis-server"),
            {QStringLiteral("--port"), QString::number(redisPlainPort()),
                QStringLiteral("--tls-port"), QString::number(redisTlsPort()),
                QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                QStringLiteral("--tls-cert-file"), dir() + QStringLiteral("/good.crt"),
                QStringLiteral("--tls-key-file"), dir() + QStringLiteral("/good.key"),
                QStringLiteral("--tls-ca-cert-file"), caFile(),
                QStringLiteral("--tls-auth-clients"), QStringLiteral("no"),
                QStringLiteral("--daemonize"), QStringLiteral("yes"), QStringLiteral("--pidfile"),
                dir() + QStringLiteral("/redis.pid"), QStringLiteral("--dir"), dir(),
                QStringLiteral("--logfile"), dir() + QStringLiteral("/redis.log"),
                QStringLiteral("--save"), QString(), QStringLiteral("--appendonly"),
                QStringLiteral("no")},
            why))
        return false;
    m_redisStarted = true;
    if (!waitForPort(redisPlainPort()) || !waitForPort(redisTlsPort())) {
        *why = QStringLiteral("redis-server did not listen (see %1/redis.log)").arg(dir());
        return false;
    }
    return useHttpsCertificate(QStringLiteral("good"), why);
}

inline void TlsServers::stop()
{
    QString why;
    if (m_sServer) {
        m_sServer->kill();
        m_sServer->waitForFinished(5000);
        m_sServer.reset();
    }
    if (m_redisStarted) {
        run(QStringLiteral("redis-cli"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(redisPlainPort()), QStringLiteral("shutdown"),
                QStringLiteral("nosave")},
            &why);
        m_redisStarted = false;
    }
    if (m_pgStarted) {
        run(tlsfixture::kPgBin + QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dir() + QStringLiteral("/pg"), QStringLiteral("-m"),
                QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            &why, true);
        m_pgStarted = false;
    }
    m_dir.reset();
}

inline bool TlsServers::pgSql(const QString &sql, QString *why, QString *out)
{
    return run(QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-tA"), QStringLiteral("-h"),
            dir(), QStringLiteral("-p"), QString::number(pgPort()), QStringLiteral("-U"),
            QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"),
            QStringLiteral("-c"), sql},
        why, false, out);
}

// pg_reload_conf() only signals the postmaster: wait until a new session sees the value.
inline bool TlsServers::pgReloadAndWait(const QString &setting, const QString &value, QString *why)
{
    if (!pgSql(QStringLiteral("select pg_reload_conf()"), why))
        return false;
    QElapsedTimer t;
    t.start();
    QString seen;
    while (t.elapsed() < 10000) {
        if (pgSql(QStringLiteral("show %1").arg(setting), why, &seen) && seen == value)
            return true;
        QThread::msleep(50);
    }
    *why = QStringLiteral("%1 stayed %2, not %3").arg(setting, seen, value);
    return false;
}

inline bool TlsServers::usePgCertificate(const QString &name, QString *why)
{
    const QString crt = dir() + u'/' + name + QStringLiteral(".crt");
    const QString key = dir() + u'/' + name + QStringLiteral(".key");
    return pgSql(QStringLiteral("alter system set ssl_key_file = '%1'").arg(key), why)
        && pgSql(QStringLiteral("alter system set ssl_cert_file = '%1'").arg(crt), why)
        && pgReloadAndWait(QStringLiteral("ssl_cert_file"), crt, why);
}

inline bool TlsServers::setPgSsl(bool on, QString *why)
{
    const QString v = on ? QStringLiteral("on") : QStringLiteral("off");
    return pgSql(QStringLiteral("alter system set ssl = %1").arg(v), why)
        && pgReloadAndWait(QStringLiteral("ssl"), v, why);
}

inline bool TlsServers::useRedisCertificate(const QString &name, QString *why)
{
    const QString crt = dir() + u'/' + name + QStringLiteral(".crt");
    const QString key = dir() + u'/' + name + QStringLiteral(".key");
    QString out;
    if (!run(QStringLiteral("redis-cli"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(redisPlainPort()), QStringLiteral("config"), QStringLiteral("set"),
                QStringLiteral("tls-cert-file"), crt, QStringLiteral("tls-key-file"), key},
            why, false, &out))
        return false;
    if (out != u"OK") {
        *why = QStringLiteral("CONFIG SET tls-cert-file: ") + out;
        return false;
    }
    return true;
}

inline bool TlsServers::useHttpsCertificate(const QString &name, QString *why)
{
    if (m_sServer) {
        m_sServer->kill();
        m_sServer->waitForFinished(5000);
    }
    m_sServer = std::make_unique<QProcess>();
    m_sServer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_sServer->setStandardOutputFile(QProcess::nullDevice());
    m_sServer->start(QStringLiteral("openssl"),
        {QStringLiteral("s_server"), QStringLiteral("-quiet"), QStringLiteral("-www"),
            QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(httpsPort()),
            QStringLiteral("-cert"), dir() + u'/' + name + QStringLiteral(".crt"),
            QStringLiteral("-key"), dir() + u'/' + name + QStringLiteral(".key")});
    if (!m_sServer->waitForStarted(5000) || !waitForPort(httpsPort())) {
        *why = QStringLiteral("openssl s_server did not start on %1").arg(httpsPort());
        return false;
    }
    return true;
}

inline bool TlsServers::enablePgClientCertificates(QString *why)
{
    QFile hba(dir() + QStringLiteral("/pg/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        *why = hba.errorString();
        return false;
    }
    QByteArray lines = hba.readAll();
    hba.close();
    if (!lines.contains("qm_cert")) {
        lines.prepend("hostssl all qm_cert 127.0.0.1/32 cert\n"
                      "host    all qm_cert 127.0.0.1/32 reject\n");
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(lines) < 0) {
            *why = hba.errorString();
            return false;
        }
        hba.close();
    }
    return pgSql(QStringLiteral("do $$ begin if not exists (select from pg_roles where rolname = "
                                "'qm_cert') then create role qm_cert login; end if; end $$"),
               why)
        && pgSql(QStringLiteral("alter system set ssl_ca_file = '%1'").arg(caFile()), why)
        && pgReloadAndWait(QStringLiteral("ssl_ca_file"), caFile(), why);
}

inline bool TlsServers::setRedisClientAuth(bool required, QString *why)
{
    QString out;
    if (!run(QStringLiteral("redis-cli"),
            {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                QString::number(redisPlainPort()), QStringLiteral("config"), QStringLiteral("set"),
                QStringLiteral("tls-auth-clients"),
                required ? QStringLiteral("yes") : QStringLiteral("no")},
            why, false, &out))
        return false;
    if (out != u"OK") {
        *why = QStringLiteral("CONFIG SET tls-auth-clients: ") + out;
        return false;
    }
    return true;
}
