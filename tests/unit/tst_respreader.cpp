// RESP parsing (hiredis' redisReader building qm::redis::Reply trees) and command encoding.
#include "cache/redissync.h"
#include "redis/resp.h"

#include <QtTest>

using qm::redis::Reply;
using qm::redis::RespReader;

namespace {

using Replies = std::vector<Reply>;

// Feeds `wire` in pieces of `chunk` bytes (0 = all at once), taking replies after each piece.
Replies parseAll(const QByteArray &wire, int chunk, QString *error = nullptr)
{
    RespReader reader;
    Replies out;
    const int step = chunk > 0 ? chunk : int(qMax<qsizetype>(1, wire.size()));
    for (qsizetype pos = 0; pos < wire.size(); pos += step) {
        reader.feed(wire.mid(pos, step));
        Reply r;
        RespReader::Status st;
        while ((st = reader.next(&r)) == RespReader::Status::Reply)
            out.push_back(std::move(r));
        if (st == RespReader::Status::ProtocolError) {
            if (error)
                *error = reader.errorString();
            return out;
        }
    }
    return out;
}

Reply s(const char *text)
{
    return Reply::string(QByteArray(text));
}

} // namespace

class TestRespReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEveryType_data();
    void parsesEveryType();
    void splitAtEveryByteBoundary_data();
    void splitAtEveryByteBoundary();
    void binaryBulkStrings();
    void protocolErrorIsFinal_data();
    void protocolErrorIsFinal();
    void hostileArrayCountDoesNotAllocate();
    void resetAfterError();
    void encodesBinarySafeCommands();
    void encodedCommandParsesBack();
    void replyHelpers();
    void repliesThatMeanTheTopologyMoved();
};

void TestRespReader::parsesEveryType_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<Replies>("expected");

    QTest::newRow("status") << QByteArray("+OK\r\n") << Replies {Reply::status("OK")};
    QTest::newRow("error") << QByteArray("-WRONGTYPE Operation against a key\r\n")
                           << Replies {Reply::error("WRONGTYPE Operation against a key")};
    QTest::newRow("integer") << QByteArray(":42\r\n") << Replies {Reply::fromInteger(42)};
    QTest::newRow("negative integer") << QByteArray(":-9223372036854775807\r\n")
                                      << Replies {Reply::fromInteger(-9223372036854775807LL)};
    QTest::newRow("bulk") << QByteArray("$5\r\nhello\r\n") << Replies {s("hello")};
    QTest::newRow("empty bulk") << QByteArray("$0\r\n\r\n") << Replies {s("")};
    QTest::newRow("nil bulk") << QByteArray("$-1\r\n") << Replies {Reply::nil()};
    QTest::newRow("nil array") << QByteArray("*-1\r\n") << Replies {Reply::nil()};
    QTest::newRow("empty array") << QByteArray("*0\r\n") << Replies {Reply::array({})};
    QTest::newRow("bulk with CRLF inside")
        << QByteArray("$4\r\na\r\nb\r\n") << Replies {s("a\r\nb")};
    QTest::newRow("utf-8 bulk") << QByteArray("$6\r\n\xc3\xa9t\xc3\xa9s\r\n")
                                << Replies {s("\xc3\xa9t\xc3\xa9s")};
    QTest::newRow("flat array") << QByteArray("*3\r\n$1\r\na\r\n:7\r\n$-1\r\n")
                                << Replies {
                                       Reply::array({s("a"), Reply::fromInteger(7), Reply::nil()})};
    QTest::newRow("array with error inside")
        << QByteArray("*2\r\n+QUEUED\r\n-ERR no\r\n")
        << Replies {Reply::array({Reply::status("QUEUED"), Reply::error("ERR no")})};
    QTest::newRow("nested arrays (SCAN)")
        << QByteArray("*2\r\n$2\r\n17\r\n*2\r\n$3\r\nk:1\r\n$3\r\nk:2\r\n")
        << Replies {Reply::array({s("17"), Reply::array({s("k:1"), s("k:2")})})};
    QTest::newRow("deep nesting (depth 6)")
        << QByteArray("*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*2\r\n:1\r\n*0\r\n")
        << Replies {Reply::array({Reply::array({Reply::array({Reply::array(
               {Reply::array({Reply::array({Reply::fromInteger(1), Reply::array({})})})})})})})};
    QTest::newRow("siblings after nested array")
        << QByteArray("*3\r\n*2\r\n:1\r\n:2\r\n$1\r\nx\r\n*1\r\n*-1\r\n")
        << Replies {Reply::array({Reply::array({Reply::fromInteger(1), Reply::fromInteger(2)}),
               s("x"), Reply::array({Reply::nil()})})};
    QTest::newRow("several replies in one read")
        << QByteArray("+OK\r\n:1\r\n$1\r\nv\r\n-ERR x\r\n")
        << Replies {Reply::status("OK"), Reply::fromInteger(1), s("v"), Reply::error("ERR x")};

    // A big array: exercises the element vector growing past its initial reservation.
    QByteArray big = "*5000\r\n";
    std::vector<Reply> items;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray v = QByteArray::number(i);
        big += '$' + QByteArray::number(v.size()) + "\r\n" + v + "\r\n";
        items.push_back(Reply::string(v));
    }
    QTest::newRow("array of 5000") << big << Replies {Reply::array(std::move(items))};
}

void TestRespReader::parsesEveryType()
{
    QFETCH(QByteArray, wire);
    QFETCH(Replies, expected);
    QString error;
    const Replies got = parseAll(wire, 0, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i)
        QVERIFY2(got[i] == expected[i],
            qPrintable(got[i].describe() + QStringLiteral(" != ") + expected[i].describe()));
}

void TestRespReader::splitAtEveryByteBoundary_data()
{
    parsesEveryType_data();
}

// The socket delivers whatever the kernel has: a reply may be cut anywhere, even inside "\r\n".
void TestRespReader::splitAtEveryByteBoundary()
{
    QFETCH(QByteArray, wire);
    QFETCH(Replies, expected);
    // Two pieces cut at every position (small replies), then the wire one byte at a time.
    const int cuts = wire.size() > 2000 ? 0 : int(wire.size());
    for (int cut = 1; cut < cuts; ++cut) {
        RespReader reader;
        Replies got;
        for (const QByteArray &piece : {wire.left(cut), wire.mid(cut)}) {
            QVERIFY(reader.feed(piece));
            Reply r;
            while (reader.next(&r) == RespReader::Status::Reply)
                got.push_back(std::move(r));
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(got.size(), expected.size());
        for (size_t i = 0; i < got.size(); ++i)
            QVERIFY2(got[i] == expected[i], qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
    const Replies bytewise = parseAll(wire, 1);
    QCOMPARE(bytewise.size(), expected.size());
    for (size_t i = 0; i < bytewise.size(); ++i)
        QVERIFY(bytewise[i] == expected[i]);
}

void TestRespReader::binaryBulkStrings()
{
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    // QByteArray("...") would stop at a NUL: sizes are spelled out.
    QByteArray withNul = "$256\r\n" + all + "\r\n";
    withNul += QByteArray("*2\r\n$3\r\n", 8);
    withNul += QByteArray("\0\r\n", 3);
    withNul += QByteArray("\r\n$1\r\n\xff\r\n", 9);
    const Replies got = parseAll(withNul, 7);
    QCOMPARE(got.size(), size_t(2));
    QCOMPARE(got[0].type, Reply::Type::String);
    QCOMPARE(got[0].str, all);
    QCOMPARE(got[1].elements.size(), size_t(2));
    QCOMPARE(got[1].elements[0].str, QByteArray("\0\r\n", 3));
    QCOMPARE(got[1].elements[1].str, QByteArray("\xff"));
}

void TestRespReader::protocolErrorIsFinal_data()
{
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<int>("goodBefore");
    QTest::newRow("unknown type byte") << QByteArray("?what\r\n") << 0;
    QTest::newRow("after a good reply") << QByteArray("+OK\r\n!garbage\r\n") << 1;
    QTest::newRow("inside an array") << QByteArray("*2\r\n:1\r\nxx\r\n") << 0;
    QTest::newRow("negative array count") << QByteArray("*-5\r\n") << 0;
    QTest::newRow("array count over INT_MAX") << QByteArray("*2147483648\r\n") << 0;
    QTest::newRow("negative bulk length") << QByteArray("$-5\r\n") << 0;
    QTest::newRow("bad integer") << QByteArray(":12abc\r\n") << 0;
    QTest::newRow("nesting too deep for hiredis")
        << QByteArray("*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n*1\r\n:1\r\n") << 0;
}

void TestRespReader::protocolErrorIsFinal()
{
    QFETCH(QByteArray, wire);
    QFETCH(int, goodBefore);
    QString error;
    const Replies got = parseAll(wire, 0, &error);
    QCOMPARE(int(got.size()), goodBefore);
    QVERIFY2(!error.isEmpty(), "a protocol error must be reported");

    RespReader reader;
    reader.feed(wire);
    Reply r;
    while (reader.next(&r) == RespReader::Status::Reply) { }
    QVERIFY(reader.hasError());
    // Once broken, the stream cannot be trusted: a valid reply fed afterwards is not parsed.
    QVERIFY(!reader.feed("+OK\r\n"));
    QCOMPARE(reader.next(&r), RespReader::Status::ProtocolError);
}

// "*2147483647" must not reserve two billion elements: the vector grows as elements arrive.
void TestRespReader::hostileArrayCountDoesNotAllocate()
{
    RespReader reader;
    QVERIFY(reader.feed("*2147483647\r\n:1\r\n:2\r\n"));
    Reply r;
    QCOMPARE(reader.next(&r), RespReader::Status::NeedMore);
    QVERIFY(!reader.hasError());
    // Debian's 0.14.1 carries the upstream range checks; hiredis-side allocation (calloc of
    // the count) is what our own createArray avoids.
    QCOMPARE(reader.next(&r), RespReader::Status::NeedMore);
}

void TestRespReader::resetAfterError()
{
    RespReader reader;
    reader.feed("?bad\r\n");
    Reply r;
    QCOMPARE(reader.next(&r), RespReader::Status::ProtocolError);
    reader.reset();
    QVERIFY(!reader.hasError());
    QVERIFY(reader.feed("+PONG\r\n"));
    QCOMPARE(reader.next(&r), RespReader::Status::Reply);
    QCOMPARE(r.toString(), QStringLiteral("PONG"));
}

void TestRespReader::encodesBinarySafeCommands()
{
    QCOMPARE(qm::redis::encodeCommand({"GET", "k"}), QByteArray("*2\r\n$3\r\nGET\r\n$1\r\nk\r\n"));
    QCOMPARE(qm::redis::encodeCommand({"SET", "", "v w"}),
        QByteArray("*3\r\n$3\r\nSET\r\n$0\r\n\r\n$3\r\nv w\r\n"));
    const QByteArray bin("a\0\r\nb", 5);
    QCOMPARE(qm::redis::encodeCommand({bin}), QByteArray("*1\r\n$5\r\n") + bin + "\r\n");
}

// What we send is RESP too: an encoded command parses back to the same strings.
void TestRespReader::encodedCommandParsesBack()
{
    QByteArrayList args {"HSET", QByteArray("k\0ey", 4), "\xc3\xa9", QByteArray(70000, 'x')};
    const Replies got = parseAll(qm::redis::encodeCommand(args), 1000);
    QCOMPARE(got.size(), size_t(1));
    QCOMPARE(got[0].toByteArrayList(), args);
}

void TestRespReader::replyHelpers()
{
    QCOMPARE(Reply::error("WRONGTYPE Operation").errorPrefix(), QByteArray("WRONGTYPE"));
    QCOMPARE(Reply::error("NOAUTH").errorPrefix(), QByteArray("NOAUTH"));
    QCOMPARE(Reply::string("12").toInteger(), 12);
    QCOMPARE(Reply::string("x").toInteger(-1), -1);
    QCOMPARE(Reply::fromInteger(5).toInteger(), 5);
    QCOMPARE(
        Reply::array({s("a"), Reply::nil(), s("b")}).toByteArrayList(), QByteArrayList({"a", "b"}));
    QCOMPARE(Reply::array({s("a\x01"), Reply::fromInteger(3), Reply::nil()}).describe(),
        QStringLiteral("[\"a\\x01\", (integer) 3, (nil)]"));
    QVERIFY(Reply::string(QByteArray(1000, 'y')).describe(50).size() <= 53);
}

// The replies after which a client looks the topology up again (cache::needsRediscovery), the
// shared mechanism behind CacheConnection's retry and StreamClient's failover wait.
void TestRespReader::repliesThatMeanTheTopologyMoved()
{
    using qm::cache::needsRediscovery;
    QVERIFY(
        needsRediscovery(Reply::error("READONLY You can't write against a read only replica.")));
    QVERIFY(needsRediscovery(Reply::error("MOVED 3999 127.0.0.1:6381")));
    QVERIFY(needsRediscovery(Reply::error("CLUSTERDOWN The cluster is down")));
    // A script's write on a demoted master, as servers before Redis 7 wrap it.
    QVERIFY(
        needsRediscovery(Reply::error("ERR Error running script (call to f_1): @user_script:1: "
                                      "-READONLY You can't write against a read only replica.")));
    QVERIFY(!needsRediscovery(Reply::error("WRONGTYPE Operation against a key")));
    QVERIFY(!needsRediscovery(Reply::error("NOSCRIPT No matching script")));
    QVERIFY(!needsRediscovery(Reply::string("READONLY You can't write")));
}

QTEST_GUILESS_MAIN(TestRespReader)
#include "tst_respreader.moc"
