#pragma once

#include <string>
#include <string_view>

namespace qm {

// Writing CSV cells and PostgreSQL COPY text fields.
namespace csv {

// Spreadsheet formula injection: a text cell starting with = + - @ (or a tab / CR, which some
// spreadsheets skip before looking) is prefixed with an apostrophe, as OWASP recommends.
bool needsFormulaGuard(std::string_view cell);

// Appends one CSV cell: quoted when it holds the delimiter, a quote, CR/LF or edge spaces.
// `text` cells get the formula guard; numbers and dates do not (a negative price stays -5).
void appendCell(std::string &out, std::string_view cell, bool text, char delimiter = ',');

// Undoes the guard on import: "'=SUM(A1)" -> "=SUM(A1)" (only before one of the guarded chars).
std::string_view stripFormulaGuard(std::string_view cell);

// Appends a field in COPY text format (backslash escapes for \ TAB LF CR).
void appendCopyText(std::string &out, std::string_view field);
inline void appendCopyNull(std::string &out)
{
    out += "\\N";
}

// Parses one COPY text line (no trailing newline) into fields; NULL becomes nullopt-like
// (isNull[i] = true). Returns false on a malformed escape.
bool splitCopyText(std::string_view line, std::string *fields, bool *isNull, int count);

} // namespace csv
} // namespace qm
