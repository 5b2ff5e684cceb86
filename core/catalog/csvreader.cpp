#include "catalog/csvreader.h"

#include <cstring>

namespace qm::catalog {

namespace {
constexpr qint64 kChunk = 256 * 1024;
constexpr qsizetype kFirstLineCap = 1024 * 1024; // the BOM and delimiter are read off this much
} // namespace

CsvReader::CsvReader(QIODevice *device, CsvOptions options)
    : m_device(device)
    , m_options(options)
{ }

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Read into the buffer's own storage: its capacity stays between fills, so a device that
    // hands out a few bytes per read does not cost an allocation of kChunk bytes per read.
    m_buffer.resize(kChunk);
    const qint64 n = m_device->read(m_buffer.data(), kChunk);
    m_buffer.resize(qMax<qint64>(n, 0));
    m_pos = 0;
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    return true;
}

inline int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

inline int CsvReader::get()
{
    const int c = peek();
    if (c >= 0) {
        ++m_pos;
        ++m_consumed;
    }
    return c;
}

bool CsvReader::readRecord(CsvRecord &out)
{
    if (!m_started) {
        m_started = true;
        // The byte order mark and the delimiter are read off the first line: gather it whole,
        // however the device hands its bytes out (a pipe may give a few bytes per read).
        // The header ends at the first line end outside quotes (as detectDelimiter reads it: a
        // quoted header field may hold line ends), scanned as the bytes arrive.
        bool quoted = false;
        qsizetype scanned = 0;
        const auto headerComplete = [&] {
            for (; scanned < m_buffer.size(); ++scanned) {
                const char c = m_buffer.at(scanned);
                if (c == '"')
                    quoted = !quoted;
                else if (!quoted && (c == '\n' || c == '\r'))
                    return true;
            }
            return false;
        };
        if (fill() && !headerComplete()) {
            char more[4096];
            while (m_buffer.size() < kFirstLineCap) {
                const qint64 n = m_device->read(more, sizeof more);
                if (n <= 0) {
                    m_eof = true;
                    break;
                }
                m_buffer.append(more, qsizetype(n));
                if (headerComplete())
                    break;
            }
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_pos = 3;
            m_consumed = 3;
            m_hadBom = true;
        }
        if (m_options.delimiter == 0) {
            m_options.delimiter
                = detectDelimiter(m_buffer.constData() + m_pos, size_t(m_buffer.size() - m_pos));
            m_detected = true;
        }
    }
    out.fields.clear();
    out.problem = CsvRecord::Problem::None;
    out.problemField = -1;

    // Blank lines between records are skipped.
    for (;;) {
        const int c = peek();
        if (c < 0)
            return false;
        if (c == '\n') {
            get();
            ++m_line;
        } else if (c == '\r') {
            get();
            if (peek() == '\n')
                get();
            ++m_line;
        } else {
            break;
        }
    }
    out.line = m_line;

    const char delim = m_options.delimiter;
    auto flag = [&out](CsvRecord::Problem p) {
        if (out.problem == CsvRecord::Problem::None) {
            out.problem = p;
            out.problemField = int(out.fields.size()) - 1;
        }
    };
    auto newField = [&]() -> std::string * {
        if (int(out.fields.size()) >= m_options.maxFields) {
            flag(CsvRecord::Problem::TooManyFields);
            out.fields.back().clear();
            return &out.fields.back();
        }
        out.fields.emplace_back();
        return &out.fields.back();
    };
    // What PostgreSQL's text input refuses (SQLSTATE 22021) is found here, with the field.
    auto finishField = [&](const std::string &f) {
        if (out.problem != CsvRecord::Problem::None)
            return;
        if (std::memchr(f.data(), 0, f.size()))
            flag(CsvRecord::Problem::NulByte);
        else if (!isValidUtf8(f.data(), f.size()))
            flag(CsvRecord::Problem::InvalidUtf8);
    };
    std::string *field = newField();
    auto append = [&](const char *data, qsizetype n) {
        const qsizetype room = m_options.maxFieldBytes - qsizetype(field->size());
        if (n > room) {
            flag(CsvRecord::Problem::FieldTooLong);
            n = qMax<qsizetype>(0, room);
        }
        field->append(data, size_t(n));
    };

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote } state = State::FieldStart;
    for (;;) {
        // Bulk-copy runs of ordinary bytes straight from the buffer.
        if (state == State::Unquoted || state == State::Quoted) {
            if (m_pos >= m_buffer.size() && !fill()) {
                if (state == State::Quoted)
                    flag(CsvRecord::Problem::UnterminatedQuote);
                break;
            }
            const char *begin = m_buffer.constData() + m_pos;
            const char *end = m_buffer.constData() + m_buffer.size();
            const char *p = begin;
            if (state == State::Unquoted) {
                while (p < end && *p != delim && *p != '\n' && *p != '\r' && *p != '"')
                    ++p;
            } else {
                while (p < end && *p != '"' && *p != '\n' && *p != '\r')
                    ++p;
            }
            if (p > begin) {
                append(begin, p - begin);
                m_pos += p - begin;
                m_consumed += p - begin;
                continue;
            }
        }
        const int c = get();
        if (c < 0) {
            if (state == State::Quoted)
                flag(CsvRecord::Problem::UnterminatedQuote);
            break;
        }
        const char ch = char(c);
        bool endOfRecord = false;
        switch (state) {
        case State::FieldStart:
            if (ch == '"') {
                state = State::Quoted;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
        case State::AfterQuote:
            if (ch == delim) {
                finishField(*field);
                field = newField();
                state = State::FieldStart;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n')
                    get();
                endOfRecord = true;
            } else if (ch == '"' && state == State::AfterQuote) {
                append("\"", 1); // "" inside a quoted field
                state = State::Quoted;
            } else {
                if (ch == '"' || state == State::AfterQuote)
                    flag(CsvRecord::Problem::StrayQuote); // a"b, or "ab"c
                append(&ch, 1);
                state = State::Unquoted;
            }
            break;
        case State::Quoted:
            if (ch == '"') {
                state = State::AfterQuote;
            } else { // a newline inside quotes (the bulk copy stops at these)
                if (ch == '\r' && peek() == '\n')
                    get();
                ++m_line;
                append("\n", 1);
            }
            break;
        }
        if (endOfRecord) {
            out.endLine = m_line;
            ++m_line;
            finishField(*field);
            return true;
        }
    }
    out.endLine = m_line;
    finishField(*field);
    return true;
}

bool CsvReader::isValidUtf8(const char *data, size_t size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    size_t i = 0;
    while (i < size) {
        // ASCII fast path, 8 bytes at a time.
        while (i + 8 <= size) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int n;
        quint32 cp;
        if ((c & 0xE0) == 0xC0) {
            n = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        for (int k = 1; k <= n; ++k) {
            if (i + k >= size || (s[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and code points above U+10FFFF are invalid.
        if ((n == 1 && cp < 0x80) || (n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000)
            || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
            return false;
        i += size_t(n) + 1;
    }
    return true;
}

char CsvReader::detectDelimiter(const char *data, size_t size)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (size_t i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '"') {
            quoted = !quoted; // "" inside quotes toggles twice: still quoted
        } else if (quoted) {
            continue;
        } else if (c == '\n' || c == '\r') {
            break;
        } else if (c == ',') {
            ++comma;
        } else if (c == ';') {
            ++semicolon;
        } else if (c == '\t') {
            ++tab;
        }
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

const char *CsvReader::problemName(CsvRecord::Problem p)
{
    switch (p) {
    case CsvRecord::Problem::None:
        return "none";
    case CsvRecord::Problem::UnterminatedQuote:
        return "unterminated quote";
    case CsvRecord::Problem::StrayQuote:
        return "stray quote";
    case CsvRecord::Problem::FieldTooLong:
        return "field too long";
    case CsvRecord::Problem::TooManyFields:
        return "too many fields";
    case CsvRecord::Problem::InvalidUtf8:
        return "invalid UTF-8";
    case CsvRecord::Problem::NulByte:
        return "NUL byte";
    }
    return "?";
}

} // namespace qm::catalog
