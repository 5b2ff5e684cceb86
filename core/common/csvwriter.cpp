#include "common/csvwriter.h"

namespace qm::csv {

namespace {
bool isGuarded(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}
} // namespace

bool needsFormulaGuard(std::string_view cell)
{
    return !cell.empty() && isGuarded(cell.front());
}

void appendCell(std::string &out, std::string_view cell, bool text, char delimiter)
{
    const bool guard = text && needsFormulaGuard(cell);
    bool quote = !cell.empty() && (cell.front() == ' ' || cell.back() == ' ');
    if (!quote) {
        for (char c : cell) {
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
    }
    if (!quote && !guard) {
        out.append(cell);
        return;
    }
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

std::string_view stripFormulaGuard(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && isGuarded(cell[1]))
        cell.remove_prefix(1);
    return cell;
}

void appendCopyText(std::string &out, std::string_view field)
{
    for (char c : field) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

bool splitCopyText(std::string_view line, std::string *fields, bool *isNull, int count)
{
    if (!line.empty() && line.back() == '\n')
        line.remove_suffix(1);
    int i = 0;
    size_t pos = 0;
    for (; i < count; ++i) {
        std::string &f = fields[i];
        f.clear();
        const size_t end = line.find('\t', pos);
        const std::string_view raw
            = line.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        isNull[i] = raw == "\\N";
        if (!isNull[i]) {
            for (size_t k = 0; k < raw.size(); ++k) {
                char c = raw[k];
                if (c == '\\') {
                    if (++k >= raw.size())
                        return false;
                    switch (raw[k]) {
                    case 'n':
                        c = '\n';
                        break;
                    case 't':
                        c = '\t';
                        break;
                    case 'r':
                        c = '\r';
                        break;
                    case 'b':
                        c = '\b';
                        break;
                    case 'f':
                        c = '\f';
                        break;
                    case 'v':
                        c = '\v';
                        break;
                    default:
                        c = raw[k];
                        break; // \\ and any escaped literal
                    }
                }
                f += c;
            }
        }
        if (end == std::string_view::npos) {
            ++i;
            break;
        }
        pos = end + 1;
    }
    return i == count;
}

} // namespace qm::csv
