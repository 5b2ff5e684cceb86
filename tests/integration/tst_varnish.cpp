// Varnish invalidation against the sandbox's varnishd (server/sandbox/varnish.vcl) in front of
// qm-page-origin: bans by URL and host, xkey purges, loopback-only, the ban list length.
#include "cache/varnish.h"
#include "cache/varnishpurge.h"
#include "safety/flow.h"
#include "testenv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtTest>

using namespace qm::cache;
using namespace qm::safety;

namespace {

QString varnishUrl()
{
    QFile f(qmtest::sandboxDir() + QStringLiteral("/cache.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll())["varnish"]["url"].toString();
}

// A GET through Varnish with an optional Host; returns X-Cache and the origin serial.
struct Fetched
{
    int status = 0;
    QByteArray cache;
    QByteArray serial;
};

Fetched fetch(const QString &path, const QByteArray &host = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest req(QUrl(varnishUrl() + path));
    if (!host.isEmpty())
        req.setRawHeader("Host", host);
    QNetworkReply *reply = nam.get(req);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(5000);
    Fetched f;
    f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.cache = reply->rawHeader("X-Cache");
    f.serial = reply->rawHeader("X-Origin-Serial");
    reply->deleteLater();
    return f;
}

// Raw HTTP from a chosen local address (127.0.0.2 is loopback, but not in the VCL's ACL).
QByteArray rawFrom(const QString &source, const QByteArray &request)
{
    QTcpSocket s;
    s.bind(QHostAddress(source));
    const QUrl u(varnishUrl());
    s.connectToHost(u.host(), quint16(u.port()));
    if (!s.waitForConnected(3000))
        return {};
    s.write(request);
    QByteArray out;
    while (s.waitForReadyRead(2000)) {
        out += s.readAll();
        if (out.contains("\r\n\r\n"))
            break;
    }
    return out;
}

FlowReport run(DestructiveAction &a)
{
    FileAuditSink audit(QDir::temp().filePath(QStringLiteral("qm-varnish-audit.jsonl")));
    SyncFlowOptions o;
    o.confirm = [](auto &, auto &) { return true; };
    return runFlowSync(a, &audit, o);
}

} // namespace

class TestVarnish : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void statsShowTheBanList();
    void banByUrl();
    void banByHost();
    void xkeyPurgeByTag();
    void invalidationOnlyFromLoopback();
    void badRegexIsRefusedBeforeSending();
    void monitorPollsAsync();
};

void TestVarnish::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    if (varnishUrl().isEmpty())
        QFAIL("the sandbox runs no Varnish (cache.json): install varnish + varnish-modules");
}

void TestVarnish::statsShowTheBanList()
{
    // The counters move with what this test does (real deltas, not ">= 0"): a page no other
    // test asks for is a miss that stores an object, then a hit; a ban is added and listed; an
    // xkey purge of the page's tag purges it (one object, the next fetch a miss again). Varnish
    // folds a worker's counters into the totals when the worker finishes its task, so each check
    // polls the stats until the change shows.
    VarnishClient c;
    const QString url = varnishUrl();
    const int page = 800000 + int(QRandomGenerator::global()->bounded(100000));
    const QString path = QStringLiteral("/p/%1").arg(page);
    QVERIFY(c.purgeTags(url, {QStringLiteral("product-%1").arg(page)})); // not cached by a past run
    auto before = c.stats(url);
    QVERIFY2(before, qPrintable(before ? QString() : before.error().toString()));
    QVERIFY(before->up);
    auto now = [&] {
        auto s = c.stats(url);
        return s ? s.value() : VarnishStats {};
    };

    QCOMPARE(fetch(path).cache, QByteArray("MISS"));
    QTRY_VERIFY_WITH_TIMEOUT(now().misses >= before->misses + 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(now().objects >= before->objects + 1, 5000);
    const VarnishStats missed = now();
    QCOMPARE(fetch(path).cache, QByteArray("HIT"));
    QTRY_VERIFY_WITH_TIMEOUT(now().hits >= missed.hits + 1, 5000);

    auto expr = c.ban(url, QStringLiteral("^/qmtest/stats-ban$"), {});
    QVERIFY2(expr, qPrintable(expr ? QString() : expr.error().toString()));
    auto after = c.stats(url);
    QVERIFY(after);
    QCOMPARE(after->bansAdded, before->bansAdded + 1);
    QVERIFY(after->banListLength >= 1);
    QVERIFY(after->banList.join(u'\n').contains(QStringLiteral("^/qmtest/stats-ban$")));

    const VarnishStats beforePurge = now();
    auto purged = c.purgeTags(url, {QStringLiteral("product-%1").arg(page)});
    QVERIFY2(purged, qPrintable(purged ? QString() : purged.error().toString()));
    QCOMPARE(purged.value(), qint64(1));
    // (xkey removes the object itself: MAIN.n_obj_purged counts only VCL purges, so the
    // purge shows as the next fetch's miss.)
    QCOMPARE(fetch(path).cache, QByteArray("MISS"));
    QTRY_VERIFY_WITH_TIMEOUT(now().misses >= beforePurge.misses + 1, 5000);
}

void TestVarnish::banByUrl()
{
    fetch(QStringLiteral("/p/501"));
    fetch(QStringLiteral("/p/502"));
    QCOMPARE(fetch(QStringLiteral("/p/501")).cache, QByteArray("HIT"));
    QCOMPARE(fetch(QStringLiteral("/p/502")).cache, QByteArray("HIT"));
    VarnishPurgeAction a({varnishUrl()}, VarnishPurgeSpec::banUrl(QStringLiteral("^/p/501$")));
    a.setVerifyPaths({QStringLiteral("/p/501")});
    const FlowReport r = run(a);
    QVERIFY(r.plan && r.outcome && r.verification);
    QVERIFY(!r.plan->countExact);
    QVERIFY(r.plan->details.join(u' ').contains(QStringLiteral("ban list length")));
    QVERIFY2(!r.outcome->error, qPrintable(r.outcome->error ? r.outcome->error->toString() : ""));
    QVERIFY2(r.verification->ok, qPrintable(r.verification->summary));
    // Banned: fetched from the origin again (the verify step did that); the other stays cached.
    QCOMPARE(fetch(QStringLiteral("/p/502")).cache, QByteArray("HIT"));

    // A regex with a blank: Varnish splits ban expressions on whitespace, the client escapes it.
    fetch(QStringLiteral("/p/901"));
    QCOMPARE(fetch(QStringLiteral("/p/901")).cache, QByteArray("HIT"));
    VarnishPurgeAction spaced(
        {varnishUrl()}, VarnishPurgeSpec::banUrl(QStringLiteral("^/p/(901| never)$")));
    spaced.setVerifyPaths({QStringLiteral("/p/901")});
    const FlowReport s = run(spaced);
    QVERIFY2(s.outcome && !s.outcome->error,
        qPrintable(s.outcome->error ? s.outcome->error->toString() : ""));
    QVERIFY2(s.verification->ok, qPrintable(s.verification->summary));
}

void TestVarnish::banByHost()
{
    const Fetched a1 = fetch(QStringLiteral("/p/601"), "shop-a.test");
    QCOMPARE(fetch(QStringLiteral("/p/601"), "shop-a.test").cache, QByteArray("HIT"));
    fetch(QStringLiteral("/p/601"), "shop-b.test");
    QCOMPARE(fetch(QStringLiteral("/p/601"), "shop-b.test").cache, QByteArray("HIT"));
    VarnishPurgeAction a(
        {varnishUrl()}, VarnishPurgeSpec::banHost(QStringLiteral("^shop-a\\.test")));
    const FlowReport r = run(a);
    QVERIFY(r.outcome && !r.outcome->error);
    QVERIFY2(r.verification->ok, qPrintable(r.verification->summary));
    const Fetched a2 = fetch(QStringLiteral("/p/601"), "shop-a.test");
    QCOMPARE(a2.cache, QByteArray("MISS"));
    QVERIFY(a2.serial != a1.serial);
    QCOMPARE(fetch(QStringLiteral("/p/601"), "shop-b.test").cache, QByteArray("HIT"));
}

void TestVarnish::xkeyPurgeByTag()
{
    // /c/70 lists products 700..709: purging product-703 takes its page and the category page.
    fetch(QStringLiteral("/p/703"));
    fetch(QStringLiteral("/c/70"));
    fetch(QStringLiteral("/p/704"));
    QCOMPARE(fetch(QStringLiteral("/c/70")).cache, QByteArray("HIT"));
    VarnishPurgeAction a(
        {varnishUrl()}, VarnishPurgeSpec::purgeTags({QStringLiteral("product-703")}));
    a.setVerifyPaths({QStringLiteral("/p/703"), QStringLiteral("/c/70")});
    const FlowReport r = run(a);
    QVERIFY(r.outcome && !r.outcome->error);
    QCOMPARE(r.outcome->done, 2); // X-Purged: the product page and the category page
    QVERIFY2(r.verification->ok, qPrintable(r.verification->summary));
    QCOMPARE(fetch(QStringLiteral("/p/704")).cache, QByteArray("HIT"));
    QCOMPARE(r.plan->impact, Impact::Low);
}

void TestVarnish::invalidationOnlyFromLoopback()
{
    const QByteArray ban = "BAN / HTTP/1.1\r\nHost: x\r\nX-Ban-Url: ^/p/\r\n\r\n";
    const QByteArray fromOther = rawFrom(QStringLiteral("127.0.0.2"), ban);
    QVERIFY2(fromOther.startsWith("HTTP/1.1 405"), fromOther.constData());
    const QByteArray purge = "PURGE / HTTP/1.1\r\nHost: x\r\nxkey: product-1\r\n\r\n";
    QVERIFY(rawFrom(QStringLiteral("127.0.0.2"), purge).startsWith("HTTP/1.1 405"));
    const QByteArray stats = "GET /.qm/varnish HTTP/1.1\r\nHost: x\r\n\r\n";
    QVERIFY(rawFrom(QStringLiteral("127.0.0.2"), stats).startsWith("HTTP/1.1 405"));
    QVERIFY(rawFrom(QStringLiteral("127.0.0.1"), purge).startsWith("HTTP/1.1 200"));
}

void TestVarnish::badRegexIsRefusedBeforeSending()
{
    VarnishPurgeAction a({varnishUrl()}, VarnishPurgeSpec::banUrl(QStringLiteral("^/p/(")));
    auto p = a.plan(CancelToken {});
    QVERIFY(!p);
    QCOMPARE(p.error().code, qm::Error::Code::InvalidInput);
    VarnishPurgeAction quote(
        {varnishUrl()}, VarnishPurgeSpec::banUrl(QStringLiteral("x\" || obj.status ~ \".")));
    QVERIFY(!quote.plan(CancelToken {}));
    VarnishPurgeAction all({varnishUrl()}, VarnishPurgeSpec::banUrl(QStringLiteral(".*")));
    auto everything = all.plan(CancelToken {});
    QVERIFY(everything);
    QCOMPARE(everything->impact, Impact::High);
    QVERIFY(!everything->warnings.isEmpty());
}

void TestVarnish::monitorPollsAsync()
{
    VarnishMonitor m({varnishUrl(), QStringLiteral("http://127.0.0.1:1")});
    QSignalSpy sampled(&m, &VarnishMonitor::sampled);
    m.pollNow();
    QVERIFY(sampled.wait(10000));
    QCOMPARE(m.last().size(), 2);
    QVERIFY(m.last()[0].up);
    QVERIFY(m.last()[0].banListLength >= 1);
    QVERIFY(!m.last()[1].up);
    QVERIFY(!m.last()[1].error.isEmpty());
}

QTEST_GUILESS_MAIN(TestVarnish)
#include "tst_varnish.moc"
