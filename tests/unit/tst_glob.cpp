// Redis glob semantics, locally (no server). The same matcher is checked against Redis' own
// SCAN MATCH in tests/integration/tst_cacheglob.cpp.
#include "cache/glob.h"
#include "cache/redispurge.h"

#include <QtTest>

using qm::cache::globDubiousAt;
using qm::cache::globEscape;
using qm::cache::globIsLiteral;
using qm::cache::globLiteralPrefix;
using qm::cache::globMatch;
using qm::cache::globMayOverlap;

class TestGlob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void match_data();
    void match();
    void nocase();
    void pathological();
    void escape_data();
    void escape();
    void prefix();
    void overlap_data();
    void overlap();
    void dubious_data();
    void dubious();
    void purgeRefusesAnUnclosedBracket();
};

void TestGlob::match_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("matches");

    auto row = [](const char *name, QByteArray p, QByteArray k, bool m) {
        QTest::newRow(name) << p << k << m;
    };
    row("star all", "*", "anything", true);
    row("star empty key", "*", "", true);
    row("empty pattern empty key", "", "", true);
    row("empty pattern", "", "a", false);
    row("prefix", "page:1*", "page:17", true);
    row("prefix exact", "page:1*", "page:1", true);
    row("prefix other", "page:1*", "page:2", false);
    row("prefix shorter", "page:1*", "page:", false);
    row("question", "h?llo", "hello", true);
    row("question needs one", "h?llo", "hllo", false);
    row("class", "h[ae]llo", "hallo", true);
    row("class miss", "h[ae]llo", "hillo", false);
    row("negated class", "h[^e]llo", "hallo", true);
    row("negated class miss", "h[^e]llo", "hello", false);
    row("range", "h[a-b]llo", "hbllo", true);
    row("range reversed", "h[b-a]llo", "hallo", true);
    row("range miss", "h[a-b]llo", "hcllo", false);
    row("escaped star literal", "a\\*b", "a*b", true);
    row("escaped star not wildcard", "a\\*b", "axb", false);
    row("escaped question", "a\\?", "a?", true);
    row("escaped bracket", "a\\[b]", "a[b]", true);
    row("escaped backslash", "a\\\\b", "a\\b", true);
    row("trailing backslash", "ab\\", "ab\\", true);
    row("escape inside class", "[\\]]", "]", true);
    row("escape in class other", "[\\]]", "\\", false);
    row("unterminated class", "a[bc", "ab", true);
    row("unterminated class miss", "a[bc", "ad", false);
    row("lone open bracket", "[", "[", false);
    row("negated unterminated", "[^", "x", true);
    row("bracket close literal", "a]", "a]", true);
    // Redis reads "a-]" as the range a..] and then runs off the end of the class.
    row("dash at end of class is a range", "[a-]", "-", false);
    row("dash range to bracket", "[a-]", "^", true);
    row("space", "cat *", "cat food", true);
    row("space miss", "cat *", "catfood", false);
    row("newline", "line\n*", "line\nnext", true);
    row("newline via question", "a?b", "a\nb", true);
    row("nul byte", QByteArray("a\0*", 3), QByteArray("a\0bc", 4), true);
    row("nul byte miss", QByteArray("a\0*", 3), QByteArray("a\1bc", 4), false);
    row("utf8 literal", "prix:é*", "prix:été", true);
    // '?' is one byte, not one character: é is two bytes in UTF-8.
    row("utf8 question is a byte", "prix:?", "prix:é", false);
    row("utf8 two questions", "prix:??", "prix:é", true);
    row("binary star", "bin:*", QByteArray("bin:\xff\xfe\x00", 7), true);
    // Ranges compare signed chars, as Redis does: \x80..\xff sort below ASCII.
    row("signed range high byte", "[\x01-\x7f]", "\xc3", false);
    row("signed range across", "[\x80-\x7f]", "\xc3", true);
    row("multiple stars", "a*b*c", "axxbyyc", true);
    row("multiple stars miss", "a*b*c", "axxbyy", false);
    row("star then literal at end", "*:tail", "x:y:tail", true);
    row("stars collapse", "a***", "a", true);
    row("trailing stars after full key", "abc**", "abc", true);
}

void TestGlob::match()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, key);
    QFETCH(bool, matches);
    QCOMPARE(globMatch(pattern, key), matches);
}

void TestGlob::nocase()
{
    QVERIFY(globMatch("HELLO*", "hello world", true));
    QVERIFY(!globMatch("HELLO*", "hello world", false));
    QVERIFY(globMatch("[A-C]x", "bx", true));
    QVERIFY(globMatch("[^A]x", "bx", true));
    QVERIFY(!globMatch("[^A]x", "ax", true));
}

void TestGlob::pathological()
{
    // Redis' CVE-2022-36021 guard: exponential patterns finish quickly and do not match.
    QByteArray pattern;
    for (int i = 0; i < 40; ++i)
        pattern += "a*";
    pattern += "b";
    const QByteArray key(200, 'a');
    QElapsedTimer t;
    t.start();
    QVERIFY(!globMatch(pattern, key));
    QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
}

void TestGlob::escape_data()
{
    QTest::addColumn<QByteArray>("literal");
    QTest::newRow("plain") << QByteArray("product:42");
    QTest::newRow("metachars") << QByteArray("a*b?c[d]e\\f");
    QTest::newRow("binary") << QByteArray("\x00\xff*\n ", 5);
    QTest::newRow("utf8") << QByteArray("catégorie:été");
}

void TestGlob::escape()
{
    QFETCH(QByteArray, literal);
    const QByteArray escaped = globEscape(literal);
    QVERIFY(globMatch(escaped, literal));
    QVERIFY(globIsLiteral(escaped));
    QCOMPARE(globLiteralPrefix(escaped), literal);
    QVERIFY(!globMatch(escaped, literal + 'x'));
    QVERIFY(!globMatch(escaped + "*", "y" + literal));
}

void TestGlob::prefix()
{
    QCOMPARE(globLiteralPrefix("page:1*"), QByteArray("page:1"));
    QCOMPARE(globLiteralPrefix("*"), QByteArray());
    QCOMPARE(globLiteralPrefix("se?sion:*"), QByteArray("se"));
    QCOMPARE(globLiteralPrefix("a\\*b*"), QByteArray("a*b"));
    QVERIFY(globIsLiteral("a\\*b"));
    QVERIFY(!globIsLiteral("a[b]"));
}

void TestGlob::overlap_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("protectedGlob");
    QTest::addColumn<bool>("overlaps");
    QTest::newRow("everything") << QByteArray("*") << QByteArray("session:*") << true;
    QTest::newRow("inside") << QByteArray("session:42*") << QByteArray("session:*") << true;
    QTest::newRow("wider prefix") << QByteArray("sess*") << QByteArray("session:*") << true;
    QTest::newRow("question") << QByteArray("?ession:*") << QByteArray("session:*") << true;
    QTest::newRow("disjoint") << QByteArray("page:*") << QByteArray("session:*") << false;
    QTest::newRow("literal key outside")
        << QByteArray("sessions") << QByteArray("session:*") << false;
    QTest::newRow("literal key inside")
        << QByteArray("session:1") << QByteArray("session:*") << true;
}

void TestGlob::overlap()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, protectedGlob);
    QFETCH(bool, overlaps);
    QCOMPARE(globMayOverlap(pattern, protectedGlob), overlaps);
}

void TestGlob::dubious_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<int>("at");
    QTest::newRow("lone bracket") << QByteArray("[") << 0;
    QTest::newRow("unclosed class") << QByteArray("page:[ab*") << 5;
    QTest::newRow("negated, unclosed") << QByteArray("a[^b") << 1;
    QTest::newRow("escaped close does not close") << QByteArray("a[b\\]") << 1;
    QTest::newRow("trailing backslash") << QByteArray("page:\\") << 5;
    QTest::newRow("closed class") << QByteArray("page:[ab]*") << -1;
    QTest::newRow("escaped bracket") << QByteArray("a\\[b") << -1;
    QTest::newRow("empty class") << QByteArray("a[]b]") << -1;
    QTest::newRow("escaped backslash at end") << QByteArray("a\\\\") << -1;
    QTest::newRow("plain") << QByteArray("page:1*") << -1;
}

void TestGlob::dubious()
{
    QFETCH(QByteArray, pattern);
    QFETCH(int, at);
    QCOMPARE(globDubiousAt(pattern), qsizetype(at));
}

// A typo such as `--pattern '['` used to be refused as "reaches into the protected namespace"
// (an unclosed class overlaps everything), which sent people looking in the wrong place.
void TestGlob::purgeRefusesAnUnclosedBracket()
{
    qm::cache::RedisDeployment d;
    d.hosts = {QStringLiteral("127.0.0.1:1")}; // never reached: the plan stops before connecting
    qm::cache::PurgePolicy policy;
    policy.protectedGlobs = {"session:*"};
    qm::cache::RedisPurgeAction action(d, qm::cache::RedisPurgeSpec::byPattern("page:[1*"), policy);
    const auto plan = action.plan(qm::safety::CancelToken {});
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, qm::Error::Code::InvalidInput);
    QVERIFY2(plan.error().message.contains(QStringLiteral("position 6")),
        qPrintable(plan.error().message));
    QVERIFY2(!plan.error().message.contains(QStringLiteral("protected")),
        qPrintable(plan.error().message));
}

QTEST_GUILESS_MAIN(TestGlob)
#include "tst_glob.moc"
