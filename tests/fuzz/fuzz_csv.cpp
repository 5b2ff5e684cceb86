// libFuzzer harness for the CSV import path: CsvReader (RFC 4180 records, BOM, line ends, limits)
// and ImportRowValidator (header, rows -> COPY text for the staging table).
//
// Oracles, beyond "no crash, no sanitizer report":
// - the same bytes read through a device that hands them out a few at a time give the same
//   records, problems and line numbers as reading them in one piece (the reader refills its
//   buffer at every boundary);
// - a record's fields never exceed the limits; lines only grow;
// - a row the validator accepts becomes exactly one COPY line that starts with its file line,
//   holds one tab-separated field per server column and no raw newline; a refused row adds
//   at least one issue on its own line and appends nothing.
//
//   scripts/fuzz csv [seconds]
#include "catalog/csvreader.h"
#include "catalog/importrow.h"
#include "trickledevice.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>
#include <vector>

using qm::catalog::CsvOptions;
using qm::catalog::CsvReader;
using qm::catalog::CsvRecord;
using qm::catalog::ImportIssue;
using qm::catalog::ImportRowValidator;

namespace {

std::vector<CsvRecord> readAll(QIODevice *device, const CsvOptions &options)
{
    std::vector<CsvRecord> out;
    CsvReader reader(device, options);
    CsvRecord r;
    while (reader.readRecord(r)) {
        out.push_back(r);
        if (out.size() > 100000)
            break;
    }
    return out;
}

bool same(const CsvRecord &a, const CsvRecord &b)
{
    return a.line == b.line && a.endLine == b.endLine && a.fields == b.fields
        && a.problem == b.problem && a.problemField == b.problemField;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // First byte: the options (delimiter choice, small limits so that they are reached).
    const uint8_t knobs = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    CsvOptions options;
    options.delimiter = "\0,;\t"[knobs & 3];
    options.maxFieldBytes = (knobs & 4) ? 16 : 256 * 1024;
    options.maxFields = (knobs & 8) ? 4 : 512;
    const qint64 chunk = 1 + (knobs >> 4);

    QBuffer whole;
    whole.setData(body);
    whole.open(QIODevice::ReadOnly);
    const std::vector<CsvRecord> a = readAll(&whole, options);
    qmtest::TrickleDevice trickle(body, chunk);
    const std::vector<CsvRecord> b = readAll(&trickle, options);
    if (a.size() != b.size())
        abort();
    qint64 lastLine = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!same(a[i], b[i]))
            abort();
        if (a[i].line < lastLine || a[i].endLine < a[i].line)
            abort();
        lastLine = a[i].endLine;
        if (int(a[i].fields.size()) > options.maxFields)
            abort();
        for (const std::string &f : a[i].fields) {
            if (qsizetype(f.size()) > options.maxFieldBytes)
                abort();
        }
    }

    if (a.empty())
        return 0;
    ImportRowValidator v;
    QVector<ImportIssue> issues;
    if (!v.setHeader(a.front(), &issues))
        return 0;
    const int columns = int(v.serverColumns().size());
    for (size_t i = 1; i < a.size(); ++i) {
        std::string out;
        const qsizetype before = issues.size();
        const bool ok = v.addRow(a[i], out, &issues);
        if (ok) {
            if (out.empty() || out.back() != '\n' || out.find('\n') != out.size() - 1)
                abort(); // one COPY line, no raw newline inside
            if (out.rfind(std::to_string(a[i].line) + '\t', 0) != 0)
                abort(); // starts with the file line
            size_t tabs = 0;
            for (char c : out)
                tabs += c == '\t';
            if (int(tabs) != columns)
                abort(); // line + one field per server column
        } else {
            if (!out.empty() || issues.size() == before)
                abort();
            for (qsizetype k = before; k < issues.size(); ++k) {
                if (issues[k].line != a[i].line || issues[k].message.isEmpty())
                    abort();
            }
        }
    }
    return 0;
}
