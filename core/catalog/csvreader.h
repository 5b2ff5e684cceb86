#pragma once

#include <QByteArray>
#include <QIODevice>
#include <string>
#include <vector>

namespace qm::catalog {

// Reading limits. A field longer than maxFieldBytes is truncated in memory (and flagged), so a
// hostile file cannot make the reader hold more than maxFieldBytes * maxFields.
struct CsvOptions
{
    // ',' ';' or '\t'; 0: detect it from the header line (see CsvReader::detectDelimiter).
    char delimiter = ',';
    qsizetype maxFieldBytes = 256 * 1024;
    int maxFields = 512;
};

// One CSV record (RFC 4180: quoted fields may hold delimiters, quotes as "" and newlines).
struct CsvRecord
{
    enum class Problem {
        None,
        UnterminatedQuote, // end of file inside a quoted field
        StrayQuote, // text after a closing quote, or a quote inside an unquoted field
        FieldTooLong, // longer than CsvOptions::maxFieldBytes (content truncated)
        TooManyFields, // more than CsvOptions::maxFields (extra fields dropped)
        InvalidUtf8, // a field is not valid UTF-8
        NulByte, // a field holds a NUL byte (PostgreSQL text cannot)
    };

    qint64 line = 0; // file line (1-based) where the record starts
    qint64 endLine = 0; // file line where it ends (differs when a quoted field holds newlines)
    std::vector<std::string> fields;
    Problem problem = Problem::None;
    int problemField = -1; // 0-based field index of the first problem
};

// Streams records from a device in constant memory (one record at a time). Handles a UTF-8 byte
// order mark, LF, CRLF and lone CR line ends, quoted newlines (a CRLF inside quotes becomes LF),
// and skips blank lines. Line numbers count physical lines of the file.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, CsvOptions options = {});

    // Reads the next record into `out` (its buffers are reused). False at end of input.
    bool readRecord(CsvRecord &out);

    bool hadBom() const { return m_hadBom; }
    // The delimiter in use: the option's, or the detected one once the first record was read.
    char delimiter() const { return m_options.delimiter ? m_options.delimiter : ','; }
    bool delimiterDetected() const { return m_detected; }
    qint64 bytesConsumed() const { return m_consumed; }
    qint64 linesRead() const { return m_line - 1; }

    static bool isValidUtf8(const char *data, size_t size);
    // The delimiter of a header line: whichever of , ; TAB occurs most often outside quotes
    // before the first line end (a comma on a tie or when there is none: one column).
    static char detectDelimiter(const char *data, size_t size);
    static const char *problemName(CsvRecord::Problem p);

private:
    int peek();
    int get();
    bool fill();

    QIODevice *m_device;
    CsvOptions m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_hadBom = false;
    bool m_detected = false;
    qint64 m_consumed = 0;
    qint64 m_line = 1;
};

} // namespace qm::catalog
