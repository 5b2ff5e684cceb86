// The local glob matcher against Redis' own SCAN MATCH, on keys with glob metacharacters,
// spaces, newlines, binary bytes and UTF-8 — and purges that delete exactly what matches.
// Runs in its own database (SELECT 13) of the sandbox's Redis, emptied before and after.
#include "cache/glob.h"
#include "cache/redispurge.h"
#include "cache/redissync.h"
#include "safety/flow.h"
#include "testenv.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace qm::cache;

namespace {

constexpr int kDb = 13;

QByteArray b(const char *s, int n = -1)
{
    return n < 0 ? QByteArray(s) : QByteArray(s, n);
}

QByteArrayList trickyKeys()
{
    return {b("plain"), b("a*b"), b("a?b"), b("a[b]"), b("a\\b"), b("a b"), b("ab"), b("axb"),
        b("a\nb"), b("line\nbreak"), b("tab\tkey"), b("trailing "), b(" leading"), b("\x00\xff", 2),
        b("nul\x00mid", 7), b("\xff\xfe\xfd", 3), b("\x80"), b("\x7f"), b("é"), b("été"),
        b("prix:été"), b("日本:商品"), b("[", 1), b("]"), b("^"), b("-"), b("a-b"), b("*"), b("?"),
        b("\\"), b("[]"), b("[^]"), b("{tag}"), b("session:1"), b("page:1"), b("page:10"),
        b("page:1*"), b("page:1?"), b("page:[1]"), b("page:\\1"), b("page:1 2"), b("page:1\n"),
        b("A*B"), b("Ab"), b("x]y"), b("x-y"), b("x^y"), b("%s"), b("a]"), b("\\*"), b("**"),
        b("a*"), b("*a")};
}

QByteArrayList handPatterns()
{
    return {b("*"), b("a*b"), b("a\\*b"), b("a?b"), b("a\\?b"), b("a[b]"), b("a\\[b]"),
        b("a\\[b\\]"), b("a[*]b"), b("a[?]b"), b("a[\\]]"), b("a[^b]b"), b("a[^*]b"), b("a\\\\b"),
        b("a b"), b("a\nb"), b("*\n*"), b("*break"), b("* "), b(" *"), b("\x00*", 2),
        b("*\x00*", 3), b("\xff*"), b("[\x80-\xff]*"), b("[\x01-\x7f]"), b("[\x80-\x7f]"), b("é*"),
        b("*été"), b("??"), b("???"), b("*:*"), b("日本*"), b("["), b("[["), b("[]"), b("[]]"),
        b("[^]"), b("[^]]"), b("\\"), b("\\\\"), b("[\\"), b("a[b"), b("a[bc"), b("a[^"), b("[a-]"),
        b("[-a]"), b("[z-a]b"), b("?-?"), b("page:1*"), b("page:1\\*"), b("page:1?"),
        b("page:1\\?"), b("page:[1]"), b("page:\\[1]"), b("page:\\\\1"), b("page:1 *"),
        b("page:1\n"), b("*\\*"), b("\\**"), b("**"), b("*a"), b("a*"), b("[A-Z]*"), b("[a-z]*"),
        b("x[]-^]y"), b("%s"), b("{*}"), b("*[*"), b("*]"), b("s*:?")};
}

QByteArrayList randomPatterns(int n)
{
    const QByteArrayList atoms = {b("*"), b("?"), b("["), b("]"), b("^"), b("-"), b("\\"), b("a"),
        b("b"), b("é"), b("\n"), b(" "), b("\x00", 1), b("\xff"), b(":"), b("1"), b("e")};
    QRandomGenerator rng(20260601);
    QByteArrayList out;
    for (int i = 0; i < n; ++i) {
        QByteArray p;
        const int len = 1 + int(rng.bounded(7));
        for (int j = 0; j < len; ++j)
            p += atoms[int(rng.bounded(atoms.size()))];
        out << p;
    }
    return out;
}

qm::redis::Endpoint dbEndpoint()
{
    qm::redis::Endpoint e = qmtest::redisEndpoint();
    e.db = kDb;
    return e;
}

QSet<QByteArray> serverMatch(qm::redis::Client &c, const QByteArray &pattern)
{
    QSet<QByteArray> out;
    QByteArray cursor = "0";
    do {
        auto r = callSync(c, {"SCAN", cursor, "MATCH", pattern, "COUNT", "10000"});
        if (!r || !r->isArray())
            return {};
        cursor = r->elements[0].str;
        for (const QByteArray &k : r->elements[1].toByteArrayList())
            out.insert(k);
    } while (cursor != "0");
    return out;
}

QSet<QByteArray> localMatch(const QByteArrayList &keys, const QByteArray &pattern)
{
    QSet<QByteArray> out;
    for (const QByteArray &k : keys)
        if (globMatch(pattern, k))
            out.insert(k);
    return out;
}

QString show(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toPercentEncoding());
}

} // namespace

class TestCacheGlob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameAsRedis_data();
    void sameAsRedis();
    void purgeDeletesExactlyWhatMatches_data();
    void purgeDeletesExactlyWhatMatches();

private:
    void load();
    std::unique_ptr<qm::redis::Client> m_redis;
};

void TestCacheGlob::initTestCase()
{
    QM_REQUIRE_SANDBOX();
    m_redis = std::make_unique<qm::redis::Client>(dbEndpoint());
    load();
}

void TestCacheGlob::load()
{
    QVERIFY(callSync(*m_redis, {"FLUSHDB"}));
    QByteArrayList mset {"MSET"};
    for (const QByteArray &k : trickyKeys())
        mset << k << "v";
    auto r = callSync(*m_redis, mset);
    QVERIFY(r && !r->isError());
    auto size = callSync(*m_redis, {"DBSIZE"});
    QCOMPARE(size->integer, trickyKeys().size());
}

void TestCacheGlob::cleanupTestCase()
{
    if (m_redis)
        callSync(*m_redis, {"FLUSHDB"});
}

void TestCacheGlob::sameAsRedis_data()
{
    QTest::addColumn<QByteArray>("pattern");
    int i = 0;
    for (const QByteArray &p : handPatterns())
        QTest::addRow("hand %d %s", i++, qPrintable(show(p))) << p;
    for (const QByteArray &p : randomPatterns(400))
        QTest::addRow("random %d %s", i++, qPrintable(show(p))) << p;
}

void TestCacheGlob::sameAsRedis()
{
    QFETCH(QByteArray, pattern);
    const QSet<QByteArray> server = serverMatch(*m_redis, pattern);
    const QSet<QByteArray> local = localMatch(trickyKeys(), pattern);
    if (server != local) {
        QStringList onlyServer, onlyLocal;
        for (const QByteArray &k : server - local)
            onlyServer << show(k);
        for (const QByteArray &k : local - server)
            onlyLocal << show(k);
        QFAIL(qPrintable(QStringLiteral("pattern %1: only Redis matched [%2], only we matched [%3]")
                             .arg(show(pattern), onlyServer.join(u' '), onlyLocal.join(u' '))));
    }
}

void TestCacheGlob::purgeDeletesExactlyWhatMatches_data()
{
    QTest::addColumn<QByteArray>("pattern");
    for (const QByteArray &p :
        {b("a\\*b"), b("a[*?]b"), b("a?b"), b("*\n*"), b("* "), b("\x00*", 2), b("[\x80-\xff]*"),
            b("*été"), b("page:1*"), b("page:1\\*"), b("[[]"), b("\\\\"), b("a[^b]b")})
        QTest::addRow("%s", qPrintable(show(p))) << p;
}

void TestCacheGlob::purgeDeletesExactlyWhatMatches()
{
    QFETCH(QByteArray, pattern);
    load();
    const QSet<QByteArray> expected = serverMatch(*m_redis, pattern);
    QVERIFY2(!expected.isEmpty(), "every purge row must delete something");
    RedisDeployment d;
    d.hosts = {qmtest::redisEndpoint().name()};
    d.auth.db = kDb;
    PurgePolicy policy;
    policy.protectedGlobs.clear(); // this database holds test keys only
    RedisPurgeAction purge(d, RedisPurgeSpec::byPattern(pattern), policy);
    qm::safety::FileAuditSink audit(QDir::temp().filePath(QStringLiteral("qm-glob-audit.jsonl")));
    qm::safety::SyncFlowOptions o;
    o.confirm = [](auto &, auto &) { return true; };
    const auto r = qm::safety::runFlowSync(purge, &audit, o);
    QVERIFY(r.plan && r.outcome);
    QCOMPARE(r.plan->count, expected.size());
    QCOMPARE(r.outcome->done, expected.size());
    QVERIFY(r.verification && r.verification->ok);
    // Everything else is still there.
    QSet<QByteArray> left = serverMatch(*m_redis, "*");
    const QByteArrayList keys = trickyKeys();
    QSet<QByteArray> all(keys.begin(), keys.end());
    QCOMPARE(left, all - expected);
}

QTEST_GUILESS_MAIN(TestCacheGlob)
#include "tst_cacheglob.moc"
