// The CSV reader and writer: RFC 4180 quoting, physical line numbers for every record, the
// malformed inputs an import must survive, formula-injection guards and COPY text escapes.
#include "catalog/csvreader.h"
#include "catalog/importrow.h"
#include "common/csvwriter.h"
#include "trickledevice.h"

#include <QBuffer>
#include <QtTest>
#include <cstring>

using qm::catalog::CsvOptions;
using qm::catalog::CsvReader;
using qm::catalog::CsvRecord;
using qm::catalog::ImportIssue;
using qm::catalog::ImportRowValidator;

namespace {

// A byte literal that may hold NUL bytes.
template <size_t N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

// "line:field|field;line:field" -> records (a NUL shown as <NUL>), with the problem appended as
// "!name".
QString describe(CsvReader &reader)
{
    CsvRecord rec;
    QStringList out;
    while (reader.readRecord(rec)) {
        QStringList fields;
        for (const std::string &f : rec.fields)
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()))
                          .replace(QChar(0), QLatin1String("<NUL>"));
        QString s = QString::number(rec.line);
        if (rec.endLine != rec.line)
            s += u'-' + QString::number(rec.endLine);
        s += u':' + fields.join(u'|');
        if (rec.problem != CsvRecord::Problem::None)
            s += QStringLiteral("!%1@%2")
                     .arg(QLatin1String(CsvReader::problemName(rec.problem)))
                     .arg(rec.problemField);
        out << s;
    }
    return out.join(u';');
}

QString describe(const QByteArray &input, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    return describe(reader);
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reader_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << "1:a|b;2:1|2";
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << "1:a|b;2:1|2";
        QTest::newRow("empty file") << QByteArray() << "";
        QTest::newRow("only newlines") << QByteArray("\n\r\n\n") << "";
        QTest::newRow("header only") << QByteArray("sku,name\n") << "1:sku|name";
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << "1:a|b;2:1|2;3:3|4";
        QTest::newRow("lone cr") << QByteArray("a\r1\r2") << "1:a;2:1;3:2";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFsku,x\nA,1\n") << "1:sku|x;2:A|1";
        QTest::newRow("blank lines keep numbering") << QByteArray("a\n\n\nb\n") << "1:a;4:b";
        QTest::newRow("empty fields") << QByteArray(",,\n") << "1:||";
        QTest::newRow("quoted delimiter") << QByteArray("\"a,b\",c\n") << "1:a,b|c";
        QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",x\n") << "1:say \"hi\"|x";
        QTest::newRow("quoted newline")
            << QByteArray("h\n\"line1\nline2\",z\nnext\n") << "1:h;2-3:line1\nline2|z;4:next";
        QTest::newRow("quoted crlf becomes lf")
            << QByteArray("\"a\r\nb\"\r\nc\r\n") << "1-2:a\nb;3:c";
        QTest::newRow("unterminated quote")
            << QByteArray("a\n\"open,x\nmore\n") << "1:a;2-4:open,x\nmore\n!unterminated quote@0";
        QTest::newRow("text after closing quote")
            << QByteArray("\"ab\"c,d\n") << "1:abc|d!stray quote@0";
        QTest::newRow("quote inside unquoted")
            << QByteArray("a\"b,c\n") << "1:a\"b|c!stray quote@0";
        QTest::newRow("invalid utf8")
            << QByteArray("ok,\xC3\x28\n") << "1:ok|\xEF\xBF\xBD(!invalid UTF-8@1";
        QTest::newRow("valid utf8") << QByteArray("K\xC3\xA4se,\xE2\x82\xAC\n") << "1:Käse|€";
        QTest::newRow("semicolon not special") << QByteArray("a;b\n") << "1:a;b";
        // What PostgreSQL's text input refuses (SQLSTATE 22021) is flagged with its field.
        QTest::newRow("nul byte") << bytes("a,b\nc,x\0y\n") << "1:a|b;2:c|x<NUL>y!NUL byte@1";
        QTest::newRow("nul byte quoted") << bytes("\"\0\",b\n") << "1:<NUL>|b!NUL byte@0";
        QTest::newRow("nul byte alone") << bytes("a,\0,c\n") << "1:a|<NUL>|c!NUL byte@1";
    }

    void nulAcrossChunks()
    {
        // A NUL after the first 256 KiB chunk, in the third field of line 302.
        QByteArray input = "sku,name,description\n";
        for (int i = 0; i < 300; ++i)
            input += "A" + QByteArray::number(i) + ",a," + QByteArray(1000, 'x') + '\n';
        input += bytes("B,b,xx\0yy\nC,c,c\n");
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord rec;
        QVector<qint64> flagged;
        while (reader.readRecord(rec)) {
            if (rec.problem != CsvRecord::Problem::None) {
                QCOMPARE(rec.problem, CsvRecord::Problem::NulByte);
                QCOMPARE(rec.problemField, 2);
                flagged << rec.line;
            }
        }
        QVERIFY(input.indexOf('\0') > 256 * 1024);
        QCOMPARE(flagged, QVector<qint64> {302});
    }

    void nulIsAnImportIssueWithLineAndColumn()
    {
        // Given a file whose line 3 holds a NUL in the name
        QByteArray input = bytes("sku,name,price\nCSVT-1,Fine,1.00\nCSVT-2,Bro\0ken,2.00\n");
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord rec;
        ImportRowValidator validator;
        QVector<ImportIssue> issues;
        QVERIFY(reader.readRecord(rec));
        QVERIFY(validator.setHeader(rec, &issues));
        std::string copy;
        // when the rows are checked
        QVERIFY(reader.readRecord(rec));
        QVERIFY(validator.addRow(rec, copy, &issues));
        QVERIFY(reader.readRecord(rec));
        QVERIFY(!validator.addRow(rec, copy, &issues));
        // then line 3, column name, says why; nothing of it reaches the COPY text
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, qint64(3));
        QCOMPARE(issues[0].column, QStringLiteral("name"));
        QVERIFY2(issues[0].message.contains(QLatin1String("NUL")), qPrintable(issues[0].message));
        QVERIFY(copy.find('\0') == std::string::npos);
        QCOMPARE(copy, std::string("2\tCSVT-1\tFine\t1.00\n"));
    }

    void attributesPostgresRefuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QByteArray(R"({"a":"b"})") << true;
        QTest::newRow("escaped NUL") << QByteArray(R"({"a":"x\u0000"})") << false;
        QTest::newRow("escaped backslash, then text") << QByteArray(R"({"a":"\\u0000"})") << true;
        QTest::newRow("surrogate pair") << QByteArray(R"({"a":"\ud83d\ude00"})") << true;
        QTest::newRow("lone high surrogate") << QByteArray(R"({"a":"\ud83d"})") << false;
        QTest::newRow("lone low surrogate") << QByteArray(R"({"a":"\ude00x"})") << false;
        QTest::newRow("NUL in a key") << QByteArray(R"({"\u0000":1})") << false;
    }

    void attributesPostgresRefuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        ImportRowValidator validator;
        QVector<ImportIssue> issues;
        CsvRecord header;
        header.line = 1;
        header.fields = {"sku", "name", "price", "attributes"};
        QVERIFY(validator.setHeader(header, &issues));
        CsvRecord row;
        row.line = 2;
        row.fields = {"CSVT-1", "n", "1.00", json.toStdString()};
        std::string copy;
        QCOMPARE(validator.addRow(row, copy, &issues), ok);
        if (!ok)
            QCOMPARE(issues.value(0).column, QStringLiteral("attributes"));
    }

    void detectDelimiter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<char>("expected");
        QTest::newRow("comma") << QByteArray("sku,name,price\n") << ',';
        QTest::newRow("semicolon") << QByteArray("sku;name;price\r\nA;b;1,50\n") << ';';
        QTest::newRow("tab") << QByteArray("sku\tname\tprice\n") << '\t';
        QTest::newRow("one column") << QByteArray("sku\n") << ',';
        QTest::newRow("empty") << QByteArray() << ',';
        QTest::newRow("quoted commas do not count") << QByteArray("\"a,b,c\";\"d,e\";f\n") << ';';
        QTest::newRow("only the header line counts")
            << QByteArray("sku;name\n1,2,3,4,5,6\n") << ';';
        QTest::newRow("quoted newline in the header")
            << QByteArray("\"s\nk,u\";name;price\n") << ';';
        QTest::newRow("tie: comma") << QByteArray("a,b;c\n") << ',';
    }

    void detectDelimiter()
    {
        QFETCH(QByteArray, header);
        QFETCH(char, expected);
        QCOMPARE(CsvReader::detectDelimiter(header.constData(), size_t(header.size())), expected);
    }

    void readerDetectsTheDelimiter()
    {
        CsvOptions automatic;
        automatic.delimiter = 0;
        QCOMPARE(describe("\xEF\xBB\xBFsku;name;price\nA;\"x;y\";19,90\n", automatic),
            QStringLiteral("1:sku|name|price;2:A|x;y|19,90"));
        QCOMPARE(describe("sku\tname\nA\tb,c\n", automatic), QStringLiteral("1:sku|name;2:A|b,c"));
        QByteArray input("sku;name\n");
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, automatic);
        CsvRecord rec;
        QVERIFY(reader.readRecord(rec));
        QCOMPARE(reader.delimiter(), ';');
        QVERIFY(reader.delimiterDetected());
        CsvReader fixed(&buffer);
        QCOMPARE(fixed.delimiter(), ',');
        QVERIFY(!fixed.delimiterDetected());
    }

    // Found by fuzz_csv: from a pipe that gives a few bytes per read, the byte order mark and the
    // delimiter were read off the first read only (a semicolon file became one column per line).
    void readerDetectsFromAPipeThatTrickles()
    {
        CsvOptions automatic;
        automatic.delimiter = 0;
        const QByteArray input("\xEF\xBB\xBFsku;name;price\r\nA;\"x;y\";19,90\n");
        for (qint64 chunk : {1, 2, 5}) {
            qmtest::TrickleDevice pipe(input, chunk);
            CsvReader reader(&pipe, automatic);
            QCOMPARE(describe(reader), QStringLiteral("1:sku|name|price;2:A|x;y|19,90"));
            QCOMPARE(reader.delimiter(), ';');
            QVERIFY(reader.hadBom());
        }
        // A header field may be quoted and hold a line end: the header goes on past it.
        const QByteArray quotedHeader("\"a\nb\";c;d\nx;y;z\n");
        for (qint64 chunk : {1, 3}) {
            qmtest::TrickleDevice pipe(quotedHeader, chunk);
            CsvReader reader(&pipe, automatic);
            QCOMPARE(describe(reader), QStringLiteral("1-2:a\nb|c|d;3:x|y|z"));
            QCOMPARE(reader.delimiter(), ';');
        }
    }

    // A UTF-16 file (what "Unicode text" in a spreadsheet writes): one issue that says so, not
    // a NUL-byte issue followed by an unknown column per junk name and three missing ones.
    void utf16HeaderIsOneIssue()
    {
        QByteArray input("\xFF\xFE");
        for (const char c : QByteArray("sku,name,price\nA,b,1\n")) {
            input += c;
            input += '\0';
        }
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvOptions automatic;
        automatic.delimiter = 0;
        CsvReader reader(&buffer, automatic);
        CsvRecord header;
        QVERIFY(reader.readRecord(header));
        ImportRowValidator validator;
        QVector<ImportIssue> issues;
        QVERIFY(!validator.setHeader(header, &issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, qint64(1));
        QVERIFY2(
            issues[0].message.contains(QLatin1String("UTF-16")), qPrintable(issues[0].message));
    }

    void wrongDelimiterIsNamed()
    {
        // A semicolon file read with commas: one unknown column, and the message says why.
        ImportRowValidator validator;
        QVector<ImportIssue> issues;
        CsvRecord header;
        header.line = 1;
        header.fields = {"sku;name;price"};
        QVERIFY(!validator.setHeader(header, &issues));
        QVERIFY(!issues.isEmpty());
        QVERIFY2(issues[0].message.contains(ImportRowValidator::delimiterName(';')),
            qPrintable(issues[0].message));

        // The hint names what Auto would pick: semicolons here (three of them), not the comma
        // in a column's name (a semicolon file read with tabs).
        header.fields = {"sku;name;price;weight, kg"};
        issues.clear();
        QVERIFY(!validator.setHeader(header, &issues));
        QCOMPARE(CsvReader::detectDelimiter(header.fields[0].data(), header.fields[0].size()), ';');
        QVERIFY2(issues[0].message.contains(ImportRowValidator::delimiterName(';')),
            qPrintable(issues[0].message));
        QVERIFY2(!issues[0].message.contains(ImportRowValidator::delimiterName(',')),
            qPrintable(issues[0].message));
    }

    void reader()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(describe(input), expected);
    }

    void longFieldIsTruncatedAndFlagged()
    {
        CsvOptions o;
        o.maxFieldBytes = 10;
        const QByteArray input = "a," + QByteArray(1024 * 1024, 'x') + ",c\nnext,1,2\n";
        QCOMPARE(
            describe(input, o), QStringLiteral("1:a|xxxxxxxxxx|c!field too long@1;2:next|1|2"));
    }

    void tooManyFields()
    {
        CsvOptions o;
        o.maxFields = 3;
        QCOMPARE(describe("1,2,3,4,5\nx\n", o), QStringLiteral("1:1|2|5!too many fields@2;2:x"));
    }

    void readsAcrossChunkBoundaries()
    {
        // Records straddle the reader's 256 KiB chunks, including a CRLF split in two.
        QByteArray input;
        int n = 0;
        while (input.size() < 700 * 1024) {
            input += "\"q" + QByteArray::number(n) + "\nz\"," + QByteArray(97, 'v') + "\r\n";
            ++n;
        }
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord rec;
        int count = 0;
        while (reader.readRecord(rec)) {
            QCOMPARE(rec.problem, CsvRecord::Problem::None);
            QCOMPARE(rec.line, qint64(2 * count + 1));
            QCOMPARE(rec.fields.size(), size_t(2));
            QCOMPARE(
                QByteArray::fromStdString(rec.fields[0]), "q" + QByteArray::number(count) + "\nz");
            QCOMPARE(rec.fields[1].size(), size_t(97));
            ++count;
        }
        QCOMPARE(count, n);
        QCOMPARE(reader.bytesConsumed(), qint64(input.size()));
    }

    void utf8Validation_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello world, long enough for 8-byte steps") << true;
        QTest::newRow("2-byte") << QByteArray("\xC3\xA9") << true;
        QTest::newRow("3-byte") << QByteArray("\xE2\x82\xAC") << true;
        QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
        QTest::newRow("truncated") << QByteArray("abc\xE2\x82") << false;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("latin1") << QByteArray("caf\xE9") << false;
        QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
    }

    void utf8Validation()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(CsvReader::isValidUtf8(bytes.constData(), size_t(bytes.size())), valid);
    }

    void writeCell_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<bool>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "Lamp" << true << "Lamp";
        QTest::newRow("comma") << "a,b" << true << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << true << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << true << "\"a\nb\"";
        QTest::newRow("formula =") << "=HYPERLINK(\"x\")" << true << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("formula +") << "+1" << true << "'+1";
        QTest::newRow("formula -") << "-2+3" << true << "'-2+3";
        QTest::newRow("formula @") << "@SUM(A1)" << true << "'@SUM(A1)";
        QTest::newRow("tab first") << "\tx" << true << "'\tx";
        QTest::newRow("negative number untouched") << "-5.00" << false << "-5.00";
        QTest::newRow("edge space") << " x" << true << "\" x\"";
        QTest::newRow("empty") << "" << true << "";
    }

    void writeCell()
    {
        QFETCH(QString, cell);
        QFETCH(bool, text);
        QFETCH(QString, expected);
        std::string out;
        qm::csv::appendCell(out, cell.toStdString(), text);
        QCOMPARE(QString::fromStdString(out), expected);
    }

    void writtenCellsReadBack()
    {
        const QStringList cells = {"plain", "a,b", "q\"q", "multi\nline", "=1+1", "-x", ""};
        std::string line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                line += ',';
            qm::csv::appendCell(line, cells[i].toStdString(), true);
        }
        line += "\r\n";
        QByteArray bytes = QByteArray::fromStdString(line);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        CsvRecord rec;
        QVERIFY(reader.readRecord(rec));
        QCOMPARE(int(rec.fields.size()), cells.size());
        for (int i = 0; i < cells.size(); ++i)
            QCOMPARE(QString::fromStdString(std::string(qm::csv::stripFormulaGuard(rec.fields[i]))),
                cells[i]);
        QVERIFY(!reader.readRecord(rec));
    }

    void copyText()
    {
        std::string out;
        qm::csv::appendCopyText(out, "a\\b\tc\nd\re");
        out += '\t';
        qm::csv::appendCopyNull(out);
        QCOMPARE(QString::fromStdString(out), QStringLiteral("a\\\\b\\tc\\nd\\re\t\\N"));
        std::string fields[2];
        bool nulls[2];
        QVERIFY(qm::csv::splitCopyText(out, fields, nulls, 2));
        QCOMPARE(QString::fromStdString(fields[0]), QStringLiteral("a\\b\tc\nd\re"));
        QVERIFY(!nulls[0]);
        QVERIFY(nulls[1]);
        QVERIFY(!qm::csv::splitCopyText("only-one", fields, nulls, 2));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
