// The TLS sandbox's HTTP servers (issue 11, "Prometheus/Patroni HTTP behind TLS"): with
// QM_SANDBOX_TLS=1 Prometheus serves https (--web.config.file) and both Patroni members' REST APIs
// do too (restapi certfile/keyfile/cafile), with the sandbox CA's certificate for localhost. The
// console reads them through its own connectors (core/http JsonClient, core/ha PatroniClient)
// with the profile's CA file, as the sandbox's profile.json names them; another CA and a host name
// the certificate does not name are refused with a message that says so. Prometheus's own scrapes
// (itself over https, the exporters over http) still work. Client certificates: the profile
// names the sandbox's client pair (CN qm_cert); PostgreSQL signs qm_cert in by it alone and
// Redis's TLS port asks every client for one (tls-auth-clients yes): with it both answer,
// without it and with a certificate of another CA both refuse with what to do.
//
// The test makes its own sandbox (HA with Patroni, TLS, no cache stack) on QM_TEST_HA_BASE
// (default QM_SANDBOX_PORT_BASE + 400, like tst_patroniclient: ctest never runs them at once,
// RESOURCE_LOCK ha_sandbox) in /var/tmp/qm-tls-qt.*, destroyed at the end; QM_TEST_TLS_DIR names
// the state folder of a running sandbox made with QM_SANDBOX_TLS=1 QM_SANDBOX_HA=patroni instead.
// QM_TEST_NO_HA=1 skips it (a machine without Patroni/etcd).
#include "common/whenfinished.h"
#include "db/pool.h"
#include "ha/patroniclient.h"
#include "http/jsonclient.h"
#include "profiles/credentials.h"
#include "profiles/profile.h"
#include "redis/client.h"
#include "testenv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>
#include <memory>
#include <pqxx/pqxx>

using qm::ha::PatroniClient;

namespace {

template <typename T> qm::Result<T> await(QFuture<qm::Result<T>> f, int timeoutMs = 30000)
{
    if (!qmtest::waitFor(f, timeoutMs) || f.resultCount() == 0) {
        qm::Error e;
        e.code = qm::Error::Code::Timeout;
        e.message = QStringLiteral("the future did not finish in time");
        return e;
    }
    return f.result();
}

int run(const QStringList &command, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(command.first(), command.mid(1));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const QString out = QString::fromUtf8(p.readAll()).trimmed();
    qInfo().noquote() << command.join(u' ') << "->" << p.exitCode() << "\n" << out.right(3000);
    return p.exitCode();
}

// The same URL with another host name (the certificate names localhost and 127.0.0.1 only;
// /etc/hosts of the test machines maps "vm" to 127.0.0.1 too, QM_TEST_TLS_OTHER_HOST overrides).
QUrl withHost(QUrl url, const QString &host)
{
    url.setHost(host);
    return url;
}

} // namespace

class TestSandboxTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void profileNamesHttpsAndTheCa();
    void prometheusOverVerifiedTls();
    void prometheusRefusesAnotherCaAndHost();
    void patroniOverVerifiedTls();
    void patroniRefusesAnotherCaAndHost();
    void patroniPlainHttpIsRefused();
    void clientCertificatesOpenPostgresAndRedis();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QTemporaryDir m_work;
    QString m_state;
    bool m_own = false;
    qm::Profile m_profile;
    QString m_otherCa;
    QString m_otherHost;
};

void TestSandboxTls::initTestCase()
{
    if (qEnvironmentVariable("QM_TEST_NO_HA") == QLatin1String("1"))
        QSKIP("QM_TEST_NO_HA=1: no Patroni/etcd on this machine");
    QVERIFY(m_work.isValid());
    m_otherHost = qEnvironmentVariable("QM_TEST_TLS_OTHER_HOST", QStringLiteral("vm"));
    m_state = qEnvironmentVariable("QM_TEST_TLS_DIR");
    if (m_state.isEmpty()) {
        m_tmp = std::make_unique<QTemporaryDir>(QStringLiteral("/var/tmp/qm-tls-qt.XXXXXX"));
        QVERIFY(m_tmp->isValid());
        m_tmp->setAutoRemove(qEnvironmentVariable("QM_TEST_TLS_KEEP") != QLatin1String("1"));
        QFile::setPermissions(m_tmp->path(),
            QFile::permissions(m_tmp->path()) | QFile::ReadOther | QFile::ExeOther
                | QFile::ReadGroup | QFile::ExeGroup);
        m_state = m_tmp->path() + QStringLiteral("/state");
        m_own = true;
        const int base = qEnvironmentVariableIsSet("QM_TEST_HA_BASE")
            ? qEnvironmentVariableIntValue("QM_TEST_HA_BASE")
            : (qEnvironmentVariableIsSet("QM_SANDBOX_PORT_BASE")
                      ? qEnvironmentVariableIntValue("QM_SANDBOX_PORT_BASE")
                      : 16432)
                + 400;
        qputenv("QM_SANDBOX_DIR", m_state.toUtf8());
        qputenv("QM_SANDBOX_PORT_BASE", QByteArray::number(base));
        qputenv("QM_SANDBOX_HA", "patroni");
        qputenv("QM_SANDBOX_TLS", "1");
        qputenv("QM_SANDBOX_CACHE", "0");
        qputenv("QM_SANDBOX_PRODUCTS", "100");
        qputenv("QM_SANDBOX_STORE", "reference");
        const QString qmctl
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../app/qmctl/qmctl");
        if (!qEnvironmentVariableIsSet("QM_QMCTL") && QFile::exists(qmctl))
            qputenv("QM_QMCTL", QDir::cleanPath(qmctl).toUtf8());
        QCOMPARE(run({QStringLiteral(QM_SOURCE_DIR "/scripts/sandbox"), QStringLiteral("up")},
                     15 * 60 * 1000),
            0);
    }
    QFile f(m_state + QStringLiteral("/profile.json"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName() + QStringLiteral(" missing")));
    auto profile = qm::Profile::fromJsonBytes(f.readAll());
    QVERIFY2(profile, qPrintable(qmtest::errorOf(profile).toString()));
    m_profile = *profile;

    // A CA of another party: its certificates must not open the sandbox's servers.
    m_otherCa = m_work.filePath(QStringLiteral("other-ca.crt"));
    QCOMPARE(run({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-x509"),
                     QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-keyout"),
                     m_work.filePath(QStringLiteral("other-ca.key")), QStringLiteral("-out"),
                     m_otherCa, QStringLiteral("-days"), QStringLiteral("2"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Some other CA")},
                 60000),
        0);
}

void TestSandboxTls::cleanupTestCase()
{
    if (m_own && qEnvironmentVariable("QM_TEST_TLS_KEEP") != QLatin1String("1"))
        run({QStringLiteral(QM_SOURCE_DIR "/scripts/sandbox"), QStringLiteral("destroy")},
            5 * 60 * 1000);
}

void TestSandboxTls::profileNamesHttpsAndTheCa()
{
    QCOMPARE(m_profile.caFile, m_state + QStringLiteral("/tls/ca.crt"));
    QVERIFY2(m_profile.prometheusUrl.startsWith(QStringLiteral("https://localhost:")),
        qPrintable(m_profile.prometheusUrl));
    QCOMPARE(m_profile.patroniUrls.size(), 2);
    for (const QString &u : std::as_const(m_profile.patroniUrls))
        QVERIFY2(u.startsWith(QStringLiteral("https://localhost:")), qPrintable(u));
    QFile ha(m_state + QStringLiteral("/ha.json"));
    QVERIFY(ha.open(QIODevice::ReadOnly));
    for (const QJsonValue &m :
        QJsonDocument::fromJson(ha.readAll()).object().value(QLatin1String("members")).toArray())
        QVERIFY2(m.toObject().value(QLatin1String("rest")).toString().startsWith(u"https://"),
            "ha.json names a plain REST API");
}

void TestSandboxTls::prometheusOverVerifiedTls()
{
    qm::http::JsonClient client;
    client.setCaFile(m_profile.caFile);
    QUrl url(m_profile.prometheusUrl);
    url.setPath(QStringLiteral("/api/v1/query"));
    url.setQuery(QStringLiteral("query=up"));
    // Every job Prometheus scrapes (itself over https, the exporters over http) is up once it has
    // scraped each once (2 s interval).
    QHash<QString, QString> up;
    for (int i = 0; i < 60; ++i) {
        auto r = await(client.get(url));
        QVERIFY2(r, qPrintable(qmtest::errorOf(r).toString()));
        up.clear();
        for (const QJsonValue &v : r->object()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("result"))
                                       .toArray()) {
            const QJsonObject o = v.toObject();
            up.insert(
                o.value(QLatin1String("metric")).toObject().value(QLatin1String("job")).toString(),
                o.value(QLatin1String("value")).toArray().at(1).toString());
        }
        if (up.value(QStringLiteral("prometheus")) == u"1"
            && up.value(QStringLiteral("postgres")) == u"1"
            && up.value(QStringLiteral("redis")) == u"1"
            && up.value(QStringLiteral("node")) == u"1")
            break;
        QTest::qWait(500);
    }
    qInfo() << "up:" << up;
    for (const char *job : {"prometheus", "postgres", "redis", "node"})
        QVERIFY2(up.value(QLatin1String(job)) == u"1",
            qPrintable(
                QStringLiteral("job %1 is not up under TLS Prometheus").arg(QLatin1String(job))));
}

void TestSandboxTls::prometheusRefusesAnotherCaAndHost()
{
    QUrl url(m_profile.prometheusUrl);
    url.setPath(QStringLiteral("/api/v1/status/buildinfo"));
    {
        qm::http::JsonClient client;
        client.setCaFile(m_otherCa);
        const auto r = await(client.get(url));
        QVERIFY2(!r, "Prometheus's certificate was accepted with another CA");
        qInfo().noquote() << "Prometheus, another CA ->" << r.error().message;
        QCOMPARE(r.error().code, qm::Error::Code::ConnectionFailed);
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("not signed by the CA you chose (other-ca.crt)")),
            qPrintable(r.error().message));
    }
    {
        qm::http::JsonClient client;
        client.setCaFile(m_profile.caFile);
        const auto r = await(client.get(withHost(url, m_otherHost)));
        QVERIFY2(!r, "Prometheus's certificate was accepted for another host name");
        qInfo().noquote() << "Prometheus, another host ->" << r.error().message;
        QVERIFY2(r.error().message.contains(QStringLiteral("host name mismatch")),
            qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("not for %1").arg(m_otherHost)),
            qPrintable(r.error().message));
    }
}

void TestSandboxTls::patroniOverVerifiedTls()
{
    QList<QUrl> apis;
    for (const QString &u : std::as_const(m_profile.patroniUrls))
        apis << QUrl(u);
    PatroniClient client(apis);
    client.setCaFile(m_profile.caFile);
    qm::Result<qm::ha::PatroniCluster> r = qm::Error {};
    for (int i = 0; i < 60; ++i) { // the members may still settle after `up`
        r = await(client.cluster(), 10000);
        if (r && r->leader() && r->members.size() == 2)
            break;
        if (!r)
            qInfo().noquote() << "Patroni:" << r.error().toString();
        QTest::qWait(500);
    }
    QVERIFY2(r, qPrintable(qmtest::errorOf(r).toString()));
    QVERIFY(r->leader());
    QCOMPARE(r->members.size(), 2);
    QCOMPARE(r->answeredBy.scheme(), QStringLiteral("https"));
    // Patroni itself reports https member APIs (its restapi has a certificate).
    for (const auto &m : r->members)
        QCOMPARE(m.apiUrl.scheme(), QStringLiteral("https"));
    // And the members reach each other over https: the replica streams and knows its leader.
    const auto config = await(client.config());
    QVERIFY2(config, qPrintable(qmtest::errorOf(config).toString()));
}

void TestSandboxTls::patroniRefusesAnotherCaAndHost()
{
    QList<QUrl> apis;
    for (const QString &u : std::as_const(m_profile.patroniUrls))
        apis << QUrl(u);
    {
        PatroniClient client(apis);
        client.setCaFile(m_otherCa);
        const auto r = await(client.cluster());
        QVERIFY2(!r, "Patroni's certificate was accepted with another CA");
        qInfo().noquote() << "Patroni, another CA ->" << r.error().message;
        QCOMPARE(r.error().code, qm::Error::Code::ConnectionFailed);
        QVERIFY2(r.error().message.contains(
                     QStringLiteral("not signed by the CA you chose (other-ca.crt)")),
            qPrintable(r.error().message));
    }
    {
        QList<QUrl> wrongHost;
        for (const QUrl &u : std::as_const(apis))
            wrongHost << withHost(u, m_otherHost);
        PatroniClient client(wrongHost);
        client.setCaFile(m_profile.caFile);
        const auto r = await(client.cluster());
        QVERIFY2(!r, "Patroni's certificate was accepted for another host name");
        qInfo().noquote() << "Patroni, another host ->" << r.error().message;
        QVERIFY2(r.error().message.contains(QStringLiteral("host name mismatch")),
            qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("not for %1").arg(m_otherHost)),
            qPrintable(r.error().message));
    }
}

// A profile that still says http for a member that serves https gets no answer it could trust:
// the request fails (the console never falls back to reading the API in plain text).
void TestSandboxTls::patroniPlainHttpIsRefused()
{
    QUrl plain(m_profile.patroniUrls.first());
    plain.setScheme(QStringLiteral("http"));
    PatroniClient client({plain});
    client.setCaFile(m_profile.caFile);
    const auto r = await(client.cluster());
    QVERIFY2(!r, "the https member answered plain http");
    qInfo().noquote() << "Patroni over http ->" << r.error().toString();
}

void TestSandboxTls::clientCertificatesOpenPostgresAndRedis()
{
    QCOMPARE(m_profile.clientCert, m_state + QStringLiteral("/tls/client.crt"));
    QCOMPARE(m_profile.clientKey, m_state + QStringLiteral("/tls/client.key"));
    // A client certificate of another CA, for the same name.
    const QString otherKey = m_work.filePath(QStringLiteral("other-client.key"));
    const QString otherCsr = m_work.filePath(QStringLiteral("other-client.csr"));
    const QString otherCrt = m_work.filePath(QStringLiteral("other-client.crt"));
    QCOMPARE(run({QStringLiteral("openssl"), QStringLiteral("req"), QStringLiteral("-new"),
                     QStringLiteral("-nodes"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                     QStringLiteral("-keyout"), otherKey, QStringLiteral("-out"), otherCsr,
                     QStringLiteral("-subj"), QStringLiteral("/CN=qm_cert")},
                 60000),
        0);
    QCOMPARE(run({QStringLiteral("openssl"), QStringLiteral("x509"), QStringLiteral("-req"),
                     QStringLiteral("-in"), otherCsr, QStringLiteral("-CA"), m_otherCa,
                     QStringLiteral("-CAkey"), m_work.filePath(QStringLiteral("other-ca.key")),
                     QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                     QStringLiteral("2"), QStringLiteral("-out"), otherCrt},
                 60000),
        0);
    QFile::setPermissions(otherKey, QFile::ReadOwner | QFile::WriteOwner);

    struct Case
    {
        const char *name;
        QString cert, key, expected; // expected empty: it answers
    };
    const QList<Case> cases {
        {"with the sandbox's client certificate", m_profile.clientCert, m_profile.clientKey, {}},
        {"without one", {}, {},
            QStringLiteral("asks for a client certificate and the profile names none")},
        {"from another CA", otherCrt, otherKey, QStringLiteral("refused the client certificate")}};
    for (const Case &c : cases) {
        qm::Profile p = m_profile;
        p.user = QStringLiteral("qm_cert");
        p.clientCert = c.cert;
        p.clientKey = c.key;
        p.resolveTls();
        // PostgreSQL, the primary, as qm_cert (no password: the certificate signs it in).
        qm::db::Pool pool(
            qm::connectionParamsFor(p, qm::Credentials(), p.postgresHosts.first()), 1);
        auto f = pool.run<QString>(QStringLiteral("who am I"), [](qm::db::Pool::Connection &conn) {
            pqxx::read_transaction tx(conn);
            return QString::fromStdString(tx.exec1("SELECT current_user")[0].as<std::string>());
        });
        const qm::Result<QString> pg = await(f);
        // Redis's TLS port, as the profile's ACL user.
        qm::redis::Endpoint e = qm::redisEndpointFor(p, qm::Credentials());
        e.username = m_profile.redis.user;
        e.password = qm::redisPassfilePassword(m_profile);
        qm::redis::Client client(e);
        const qm::Result<qm::redis::Reply> r
            = qmtest::run(client, {QByteArrayLiteral("PING")}, 15000);
        if (c.expected.isEmpty()) {
            QVERIFY2(pg.ok(),
                qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ")
                    + qmtest::errorOf(pg).toString()));
            QCOMPARE(pg.value(), QStringLiteral("qm_cert"));
            QVERIFY2(r.ok(),
                qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ")
                    + qmtest::errorOf(r).toString()));
            QCOMPARE(r->toString(), QStringLiteral("PONG"));
            continue;
        }
        const QString pgText = qmtest::errorOf(pg).message;
        const QString redisText = qmtest::errorOf(r).message;
        qInfo().noquote() << c.name << "-> PostgreSQL:" << pgText << "| Redis:" << redisText;
        QVERIFY2(pgText.contains(c.expected), qPrintable(pgText));
        QVERIFY2(redisText.contains(c.expected), qPrintable(redisText));
    }
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
