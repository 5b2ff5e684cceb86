// The CSV reader and writer: RFC 4180 quoting, physical line numbers for every record, the
// malformed inputs an import must survive, formula-injection guards and COPY text escapes.
#include "catalog/csvreader.h"
#include "catalog/csvwriter.h"

#include <QBuffer>
#include <QtTest>

using qm::catalog::CsvOptions;
using qm::catalog::CsvReader;
using qm::catalog::CsvRecord;
namespace csv = qm::catalog::csv;

namespace {

// "line:field|field;line:field" -> records, with the problem appended as "!name".
QString describe(const QByteArray &input, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    CsvRecord rec;
    QStringList out;
    while (reader.readRecord(rec)) {
        QStringList fields;
        for (const std::string &f : rec.fields)
            fields << QString::fromUtf8(f.data(), qsizetype(f.size()));
        QString s = QString::number(rec.line);
        if (rec.endLine != rec.line)
            s += u'-' + QString::number(rec.endLine);
        s += u':' + fields.join(u'|');
        if (rec.problem != CsvRecord::Problem::None)
            s += QStringLiteral("!%1@%2").arg(QLatin1String(CsvReader::problemName(rec.problem)))
                     .arg(rec.problemField);
        out << s;
    }
    return out.join(u';');
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
        QTest::newRow("escaped quote") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                       << "1:say \"hi\"|x";
        QTest::newRow("quoted newline")
            << QByteArray("h\n\"line1\nline2\",z\nnext\n") << "1:h;2-3:line1\nline2|z;4:next";
        QTest::newRow("quoted crlf becomes lf")
            << QByteArray("\"a\r\nb\"\r\nc\r\n") << "1-2:a\nb;3:c";
        QTest::newRow("unterminated quote")
            << QByteArray("a\n\"open,x\nmore\n") << "1:a;2-4:open,x\nmore\n!unterminated quote@0";
        QTest::newRow("text after closing quote")
            << QByteArray("\"ab\"c,d\n") << "1:abc|d!stray quote@0";
        QTest::newRow("quote inside unquoted") << QByteArray("a\"b,c\n") << "1:a\"b|c!stray quote@0";
        QTest::newRow("invalid utf8") << QByteArray("ok,\xC3\x28\n") << "1:ok|\xEF\xBF\xBD(!invalid UTF-8@1";
        QTest::newRow("valid utf8") << QByteArray("K\xC3\xA4se,\xE2\x82\xAC\n") << "1:Käse|€";
        QTest::newRow("semicolon not special") << QByteArray("a;b\n") << "1:a;b";
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
        QCOMPARE(describe(input, o),
                 QStringLiteral("1:a|xxxxxxxxxx|c!field too long@1;2:next|1|2"));
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
            QCOMPARE(QByteArray::fromStdString(rec.fields[0]),
                     "q" + QByteArray::number(count) + "\nz");
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
        csv::appendCell(out, cell.toStdString(), text);
        QCOMPARE(QString::fromStdString(out), expected);
    }

    void writtenCellsReadBack()
    {
        const QStringList cells = {"plain", "a,b", "q\"q", "multi\nline", "=1+1", "-x", ""};
        std::string line;
        for (int i = 0; i < cells.size(); ++i) {
            if (i)
                line += ',';
            csv::appendCell(line, cells[i].toStdString(), true);
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
            QCOMPARE(QString::fromStdString(std::string(csv::stripFormulaGuard(rec.fields[i]))),
                     cells[i]);
        QVERIFY(!reader.readRecord(rec));
    }

    void copyText()
    {
        std::string out;
        csv::appendCopyText(out, "a\\b\tc\nd\re");
        out += '\t';
        csv::appendCopyNull(out);
        QCOMPARE(QString::fromStdString(out), QStringLiteral("a\\\\b\\tc\\nd\\re\t\\N"));
        std::string fields[2];
        bool nulls[2];
        QVERIFY(csv::splitCopyText(out, fields, nulls, 2));
        QCOMPARE(QString::fromStdString(fields[0]), QStringLiteral("a\\b\tc\nd\re"));
        QVERIFY(!nulls[0]);
        QVERIFY(nulls[1]);
        QVERIFY(!csv::splitCopyText("only-one", fields, nulls, 2));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
