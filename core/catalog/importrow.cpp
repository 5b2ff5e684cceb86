#include "catalog/importrow.h"

#include "catalog/currencies.h"
#include "catalog/price.h"
#include "common/csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace qm::catalog {

namespace {

using Column = ImportRowValidator::Column;

struct Known
{
    const char *name;
    Column column;
    int maxChars;
};

constexpr Known kKnown[] = {
    {"sku", Column::Sku, 64},
    {"name", Column::Name, 300},
    {"description", Column::Description, 20000},
    {"status", Column::Status, 20},
    {"price", Column::Price, 20},
    {"currency", Column::Currency, 16},
    {"category", Column::Category, 200},
    {"tags", Column::Tags, 4000},
    {"attributes", Column::Attributes, 65536},
};
constexpr const char *kIgnored[] = {
    "id", "on_hand", "reserved", "available", "version", "updated_at", "created_at", "low_stock"};
constexpr int kMaxTagChars = 100;

const Known *known(Column c)
{
    for (const Known &k : kKnown) {
        if (k.column == c)
            return &k;
    }
    return nullptr;
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// UTF-8 characters, not bytes (limits are in characters, as PostgreSQL's length()).
qsizetype chars(std::string_view s)
{
    return qsizetype(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// \uXXXX escapes in a JSON text that PostgreSQL's jsonb refuses (SQLSTATE 22P05 / 22021):
// \u0000, and a UTF-16 surrogate that is not part of a high+low pair. 0: none, else the escape.
int badJsonEscape(std::string_view json)
{
    auto hexAt = [&json](size_t i, int *out) {
        if (i + 4 > json.size())
            return false;
        int v = 0;
        for (size_t k = i; k < i + 4; ++k) {
            const char c = json[k];
            const int d = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'         ? c - 'a' + 10
                : c >= 'A' && c <= 'F'         ? c - 'A' + 10
                                               : -1;
            if (d < 0)
                return false;
            v = v * 16 + d;
        }
        *out = v;
        return true;
    };
    bool inString = false;
    for (size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (!inString) {
            inString = c == '"';
            continue;
        }
        if (c == '"') {
            inString = false;
        } else if (c == '\\' && i + 1 < json.size()) {
            ++i;
            int unit = 0;
            if (json[i] != 'u' || !hexAt(i + 1, &unit))
                continue;
            i += 4;
            if (unit == 0)
                return -1;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return unit; // a low surrogate without a high one before it
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                int low = 0;
                if (i + 2 < json.size() && json[i + 1] == '\\' && json[i + 2] == 'u'
                    && hexAt(i + 3, &low) && low >= 0xDC00 && low <= 0xDFFF) {
                    i += 6;
                    continue;
                }
                return unit;
            }
        }
    }
    return 0;
}

} // namespace

QStringList ImportRowValidator::knownColumns()
{
    QStringList out;
    for (const Known &k : kKnown)
        out << QLatin1String(k.name);
    return out;
}

QStringList ImportRowValidator::requiredColumns()
{
    return {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("price")};
}

QString ImportRowValidator::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return tr("semicolons");
    case '\t':
        return tr("tabs");
    case ',':
        return tr("commas");
    }
    return QString::fromLatin1(&delimiter, 1);
}

QString ImportRowValidator::problemText(CsvRecord::Problem p)
{
    switch (p) {
    case CsvRecord::Problem::None:
        return {};
    case CsvRecord::Problem::UnterminatedQuote:
        return tr("a quoted field is never closed (it runs to the end of the file)");
    case CsvRecord::Problem::StrayQuote:
        return tr("a quote inside a field: quote the whole field and double the quotes in it");
    case CsvRecord::Problem::FieldTooLong:
        return tr("a field is longer than 256 KiB");
    case CsvRecord::Problem::TooManyFields:
        return tr("the row has more than 512 fields");
    case CsvRecord::Problem::InvalidUtf8:
        return tr("the text is not valid UTF-8 (save the file as UTF-8)");
    case CsvRecord::Problem::NulByte:
        return tr("the field holds a NUL byte (0x00), which PostgreSQL text cannot store: remove "
                  "it (a file full of them is UTF-16: save it as UTF-8)");
    }
    return {};
}

bool ImportRowValidator::setHeader(const CsvRecord &header, QVector<ImportIssue> *issues)
{
    m_columns.clear();
    m_order.clear();
    const qsizetype before = issues->size();
    if (header.problem == CsvRecord::Problem::NulByte) {
        // NUL bytes in the header: UTF-16 ("Unicode text"), every column name would be junk.
        issues->append({header.line, {},
            tr("the header line holds NUL bytes: the file is UTF-16 (or binary), not UTF-8 "
               "text; save it as UTF-8 (\"CSV UTF-8\")")});
        return false;
    }
    if (header.problem != CsvRecord::Problem::None)
        issues->append({header.line, {}, problemText(header.problem)});
    QStringList seen;
    for (const std::string &raw : header.fields) {
        QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed().toLower();
        name.replace(u' ', u'_');
        Slot slot;
        slot.name = name;
        bool found = false;
        for (const Known &k : kKnown) {
            if (name == QLatin1String(k.name)) {
                slot.column = k.column;
                found = true;
            }
        }
        bool ignored = false;
        for (const char *i : kIgnored)
            ignored = ignored || name == QLatin1String(i);
        if (!found && !ignored) {
            // One column holding a separator: the file uses another delimiter than the one
            // chosen. Name the one Auto would pick (the same rule, not a second one).
            QString hint;
            const char d = CsvReader::detectDelimiter(raw.data(), raw.size());
            if (header.fields.size() == 1 && raw.find(d) != std::string::npos)
                hint = tr(" - the columns seem to be separated by %1: choose that "
                          "delimiter (or Auto)")
                           .arg(delimiterName(d));
            issues->append({header.line, name,
                tr("unknown column \"%1\" (known: %2)%3")
                    .arg(name, knownColumns().join(QLatin1String(", ")), hint)});
        } else if (seen.contains(name)) {
            issues->append({header.line, name, tr("the column \"%1\" appears twice").arg(name)});
        }
        seen << name;
        m_columns.append(slot);
    }
    for (const QString &r : requiredColumns()) {
        if (!seen.contains(r))
            issues->append({header.line, r, tr("the required column \"%1\" is missing").arg(r)});
    }
    // Server column order: sku first, then the file's order.
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].column == Column::Sku)
            m_order.prepend(i);
        else if (m_columns[i].column != Column::Ignored)
            m_order.append(i);
    }
    return issues->size() == before;
}

QStringList ImportRowValidator::serverColumns() const
{
    QStringList out;
    for (int i : m_order)
        out << m_columns[i].name;
    return out;
}

std::string ImportRowValidator::copyColumnList() const
{
    std::string out = "line";
    for (int i : m_order)
        out += ", " + m_columns[i].name.toStdString();
    return out;
}

bool ImportRowValidator::addRow(
    const CsvRecord &row, std::string &out, QVector<ImportIssue> *issues)
{
    const qsizetype before = issues->size();
    auto issue = [&](int field, const QString &message) {
        issues->append({row.line,
            field >= 0 && field < m_columns.size() ? m_columns[field].name : QString(), message});
    };
    if (row.problem != CsvRecord::Problem::None) {
        issue(row.problemField, problemText(row.problem));
        return false;
    }
    if (int(row.fields.size()) != m_columns.size()) {
        issue(-1, tr("expected %1 fields, found %2").arg(m_columns.size()).arg(row.fields.size()));
        return false;
    }
    std::string &line = m_scratch;
    line.clear();
    line += std::to_string(row.line);
    for (int i : m_order) {
        const Slot &slot = m_columns[i];
        const std::string &rawCell = row.fields[size_t(i)];
        std::string_view cell = trimmed(rawCell);
        const Known *k = known(slot.column);
        line += '\t';
        if (slot.column != Column::Price && slot.column != Column::Attributes)
            cell = csv::stripFormulaGuard(cell);
        if (k && chars(cell) > k->maxChars) {
            issue(i,
                tr("%1 is longer than %2 characters (%3)")
                    .arg(slot.name)
                    .arg(k->maxChars)
                    .arg(chars(cell)));
            continue;
        }
        switch (slot.column) {
        case Column::Sku:
        case Column::Name:
            if (cell.empty()) {
                issue(i, tr("%1 is empty").arg(slot.name));
                continue;
            }
            csv::appendCopyText(line, cell);
            break;
        case Column::Description:
        case Column::Category:
            if (cell.empty() && slot.column == Column::Category)
                csv::appendCopyNull(line);
            else
                csv::appendCopyText(line,
                    slot.column == Column::Description ? csv::stripFormulaGuard(rawCell) : cell);
            break;
        case Column::Status: {
            std::string s(cell);
            std::transform(s.begin(), s.end(), s.begin(), ::tolower);
            if (s.empty()) {
                csv::appendCopyNull(line);
            } else if (s == "draft" || s == "active" || s == "archived") {
                line += s;
            } else {
                issue(i,
                    tr("status \"%1\" is not draft, active or archived")
                        .arg(QString::fromUtf8(cell.data(), qsizetype(cell.size()))));
            }
            break;
        }
        case Column::Price: {
            const PriceVerdict price
                = PriceText::parse(QString::fromUtf8(cell.data(), qsizetype(cell.size())));
            if (price.ok)
                line += price.value.toStdString();
            else
                issue(i, price.error);
            break;
        }
        case Column::Currency: {
            std::string c(cell);
            std::transform(c.begin(), c.end(), c.begin(), ::toupper);
            if (c.empty())
                csv::appendCopyNull(line);
            else if (isCurrencyCode(c))
                line += c;
            else
                issue(i,
                    tr("currency \"%1\" is not an ISO 4217 code (EUR, USD, GBP...)")
                        .arg(QString::fromUtf8(cell.data(), qsizetype(cell.size()))));
            break;
        }
        case Column::Tags: {
            QStringList tags;
            for (const QString &t : QString::fromUtf8(cell.data(), qsizetype(cell.size()))
                                        .split(u'|', Qt::SkipEmptyParts)) {
                const QString tag = t.trimmed();
                if (tag.size() > kMaxTagChars)
                    issue(i,
                        tr("tag \"%1...\" is longer than %2 characters")
                            .arg(tag.left(20))
                            .arg(kMaxTagChars));
                else if (!tag.isEmpty() && !tags.contains(tag))
                    tags << tag;
            }
            std::string literal = "{";
            for (int t = 0; t < tags.size(); ++t) {
                if (t)
                    literal += ',';
                literal += '"';
                for (char ch : tags[t].toStdString()) {
                    if (ch == '"' || ch == '\\')
                        literal += '\\';
                    literal += ch;
                }
                literal += '"';
            }
            literal += '}';
            csv::appendCopyText(line, literal);
            break;
        }
        case Column::Attributes: {
            if (cell.empty()) {
                csv::appendCopyNull(line);
                break;
            }
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(
                QByteArray::fromRawData(cell.data(), qsizetype(cell.size())), &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject())
                issue(i,
                    tr("attributes must be a JSON object like {\"color\": \"red\"}%1")
                        .arg(err.error != QJsonParseError::NoError
                                ? QStringLiteral(" (") + err.errorString() + u')'
                                : QString()));
            else if (const int bad = badJsonEscape(cell); bad < 0)
                issue(i,
                    tr("attributes contain a NUL character (\\u0000), which PostgreSQL "
                       "cannot store"));
            else if (bad > 0)
                issue(i,
                    tr("attributes contain \\u%1, half of a UTF-16 surrogate pair, "
                       "which PostgreSQL refuses")
                        .arg(bad, 4, 16, QLatin1Char('0')));
            else
                csv::appendCopyText(line, cell);
            break;
        }
        case Column::Ignored:
            break;
        }
    }
    if (issues->size() != before)
        return false;
    line += '\n';
    out += line;
    return true;
}

} // namespace qm::catalog
