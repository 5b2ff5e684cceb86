#include "vendure/vendureimport.h"

#include "catalog/csvreader.h"
#include "catalog/currencies.h"
#include "common/csvwriter.h"
#include "common/whenfinished.h"
#include "db/blocking.h"
#include "db/cluster.h"
#include "db/pgtext.h"
#include "safety/audit.h"
#include "vendure/adminclient.h"
#include "vendure/vendurecsv_p.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSaveFile>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <map>
#include <pqxx/pqxx>

namespace qm::vendure {

namespace {

using namespace csvapi;
using catalog::ImportIssue;
using catalog::ImportReport;

constexpr int kMaxNameChars = 255; // Vendure's translation name column (varchar 255)
constexpr qint64 kMaxMinor = 2147483647; // Vendure's money columns are 32-bit integers

// Digits of a currency's minor unit, as qm_vendure.major() divides (0 or 2).
int minorDigits(const QString &currency)
{
    static const QStringList zero = {QStringLiteral("BIF"), QStringLiteral("CLP"),
        QStringLiteral("DJF"), QStringLiteral("GNF"), QStringLiteral("ISK"), QStringLiteral("JPY"),
        QStringLiteral("KMF"), QStringLiteral("KRW"), QStringLiteral("PYG"), QStringLiteral("RWF"),
        QStringLiteral("UGX"), QStringLiteral("UYI"), QStringLiteral("VND"), QStringLiteral("VUV"),
        QStringLiteral("XAF"), QStringLiteral("XOF"), QStringLiteral("XPF")};
    return zero.contains(currency.toUpper()) ? 0 : 2;
}

bool allDigits(const QString &s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A price cell -> minor units, exactly (text arithmetic, never a float). `minorColumn`: the cell
// is already in minor units (an integer); else major units with at most `digits` decimals.
std::optional<qint64> parsePrice(
    const QString &cell, bool minorColumn, const QString &currency, QString *why)
{
    const int digits = minorDigits(currency);
    QString whole = cell;
    QString frac;
    if (cell.startsWith(u'-')) {
        *why = tri(QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter",
                       "a price cannot be negative (%1): Vendure refuses it"))
                   .arg(cell);
        return std::nullopt;
    }
    if (!minorColumn && cell.contains(u'.')) {
        whole = cell.section(u'.', 0, 0);
        frac = cell.section(u'.', 1);
    }
    if (!allDigits(whole) || (!frac.isEmpty() && !allDigits(frac))
        || (!minorColumn && cell.endsWith(u'.'))) {
        *why = minorColumn
            ? tri(QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter",
                      "\"%1\" is not a price in minor units: a whole number like 1299 (12.99 in a "
                      "currency with cents)"))
                  .arg(cell)
            : tri(QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter",
                      "\"%1\" is not a price: digits with a point before the cents, like 12.99"))
                  .arg(cell);
        return std::nullopt;
    }
    if (frac.size() > digits) {
        *why = tri(
            QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter",
                "\"%1\" has more decimals than %2 has (%3): Vendure stores whole minor units"))
                   .arg(cell, currency)
                   .arg(digits);
        return std::nullopt;
    }
    if (!minorColumn)
        whole += frac.leftJustified(digits, u'0');
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    bool ok = false;
    const qint64 minor = whole.size() > 12 ? -1 : whole.toLongLong(&ok);
    if (!ok || minor > kMaxMinor) {
        *why = tri(QT_TRANSLATE_NOOP("qm::vendure::VendureCsvImporter",
                       "%1 is more than Vendure can store (at most %2 in minor units)"))
                   .arg(cell)
                   .arg(kMaxMinor);
        return std::nullopt;
    }
    return minor;
}

QString cellText(const std::string &raw, bool text)
{
    std::string_view v(raw);
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    if (text)
        v = csv::stripFormulaGuard(v);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

enum class Col { Id, Sku, Name, Price, PriceMinor, Currency, Ignored };

struct Slot
{
    Col col = Col::Ignored;
    QString header; // as normalised
    QString language; // Name: the language code (the default's for "name")
};

// One row of the file that passed the checks.
struct Row
{
    qint64 line = 0;
    qint64 id = 0; // resolved
    QString sku; // as in the file (may be empty with an id)
    std::optional<qint64> price; // minor units
    std::map<QString, QString> names; // language -> new name (non-empty cells only)
    int keyField = -1;
    int skuField = -1;
};

struct Parsed
{
    QVector<Slot> cols;
    bool hasId = false;
    bool hasSku = false;
    QVector<Row> rows;
};

ImportIssue issueAt(qint64 line, const QString &column, const QString &message)
{
    return ImportIssue {line, column, message};
}

} // namespace

// Import.

VendureCsvImporter::VendureCsvImporter(
    Backend backend, std::shared_ptr<db::Cluster> cluster, std::shared_ptr<safety::AuditSink> audit)
    : m_backend(std::move(backend))
    , m_cluster(std::move(cluster))
    , m_audit(std::move(audit))
{ }

QFuture<Result<catalog::ImportReport>> VendureCsvImporter::run(const QString &path,
    catalog::ImportOptions options, std::shared_ptr<catalog::ImportProgress> progress)
{
    if (options.requestId.isNull())
        options.requestId = QUuid::createUuid();
    if (!progress)
        progress = std::make_shared<catalog::ImportProgress>();
    const Backend backend = m_backend;
    std::shared_ptr<db::Cluster> cluster = m_cluster;
    std::shared_ptr<safety::AuditSink> audit = m_audit;
    const int batchSize = m_batchSize;
    const auto afterPlan = m_afterPlan;
    return QtConcurrent::run(csvPool(), [=]() -> Result<ImportReport> {
        QElapsedTimer timer;
        timer.start();
        ImportReport rep;
        rep.dryRun = options.dryRun;
        rep.requestId = options.requestId;
        auto keep = [&](const ImportIssue &i) {
            ++rep.issueCount;
            if (rep.issues.size() < options.maxIssues)
                rep.issues.push_back(i);
        };
        auto done = [&]() -> Result<ImportReport> {
            auto byLine
                = [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; };
            std::stable_sort(rep.issues.begin(), rep.issues.end(), byLine);
            std::stable_sort(rep.conflicts.begin(), rep.conflicts.end(), byLine);
            rep.seconds = timer.elapsed() / 1000.0;
            return rep;
        };

        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error {
                Error::Code::Io, tr("Cannot open %1: %2").arg(path, file.errorString()), {}, {}};
        progress->total = file.size();

        SyncAdmin admin(backend.vendure());
        const Result<Channel> channel = readChannel(admin);
        if (!channel)
            return channel.error();

        // 1. The file, checked row by row.
        catalog::CsvOptions csvOptions;
        csvOptions.delimiter = options.delimiter;
        catalog::CsvReader reader(&file, csvOptions);
        catalog::CsvRecord record;
        if (!reader.readRecord(record)) {
            keep(issueAt(1, {},
                tr("the file is empty: it needs a header line (id,sku,name,...,price_minor) "
                   "and rows")));
            return done();
        }
        rep.hadBom = reader.hadBom();
        rep.delimiter = reader.delimiter();
        rep.delimiterDetected = reader.delimiterDetected();
        Parsed parsed;
        {
            QStringList seen;
            const QStringList known = {QStringLiteral("id"), QStringLiteral("sku"),
                QStringLiteral("name"), QStringLiteral("price"), QStringLiteral("price_minor"),
                QStringLiteral("currency")};
            const QStringList ignored = {QStringLiteral("on_hand"), QStringLiteral("available"),
                QStringLiteral("reserved"), QStringLiteral("version"), QStringLiteral("updated_at"),
                QStringLiteral("created_at"), QStringLiteral("low_stock")};
            const QStringList elsewhere = {QStringLiteral("description"), QStringLiteral("status"),
                QStringLiteral("category"), QStringLiteral("tags"), QStringLiteral("attributes")};
            for (const std::string &raw : record.fields) {
                QString name = QString::fromUtf8(raw.data(), qsizetype(raw.size())).trimmed();
                Slot slot;
                const QString lower = name.toLower().replace(u' ', u'_');
                slot.header = lower;
                if (lower.startsWith(QLatin1String("name:"))) {
                    const QString code = name.mid(5).trimmed();
                    slot.col = Col::Name;
                    for (const QString &l : channel->otherLanguages) {
                        if (l.compare(code, Qt::CaseInsensitive) == 0)
                            slot.language = l;
                    }
                    if (code.compare(channel->language, Qt::CaseInsensitive) == 0) {
                        keep(issueAt(record.line, lower,
                            tr("%1 is the default channel's language: its names go in the "
                               "\"name\" column")
                                .arg(channel->language)));
                    } else if (slot.language.isEmpty()) {
                        keep(issueAt(record.line, lower,
                            tr("the default channel does not offer the language \"%1\" (it "
                               "offers %2): add it to the channel in Vendure first")
                                .arg(code,
                                    (QStringList {channel->language} + channel->otherLanguages)
                                        .join(QLatin1String(", ")))));
                    }
                    slot.header = QStringLiteral("name:") + slot.language;
                } else if (lower == u"id") {
                    slot.col = Col::Id;
                    parsed.hasId = true;
                } else if (lower == u"sku") {
                    slot.col = Col::Sku;
                    parsed.hasSku = true;
                } else if (lower == u"name") {
                    slot.col = Col::Name;
                    slot.language = channel->language;
                } else if (lower == u"price") {
                    slot.col = Col::Price;
                } else if (lower == u"price_minor") {
                    slot.col = Col::PriceMinor;
                } else if (lower == u"currency") {
                    slot.col = Col::Currency;
                } else if (elsewhere.contains(lower)) {
                    keep(issueAt(record.line, lower,
                        tr("on Vendure the import sets variant names and prices only: remove "
                           "the column \"%1\" (change it in Vendure's admin)")
                            .arg(lower)));
                } else if (!ignored.contains(lower)) {
                    keep(issueAt(record.line, lower,
                        tr("unknown column \"%1\" (known: %2, name:<language>)")
                            .arg(lower, known.join(QLatin1String(", ")))));
                }
                if (seen.contains(slot.header) && slot.col != Col::Ignored)
                    keep(issueAt(record.line, slot.header,
                        tr("the column \"%1\" appears twice").arg(slot.header)));
                seen << slot.header;
                parsed.cols.append(slot);
            }
            if (!parsed.hasId && !parsed.hasSku)
                keep(issueAt(record.line, QStringLiteral("sku"),
                    tr("the file needs an \"id\" or a \"sku\" column to find the variants")));
            if (seen.contains(QStringLiteral("price"))
                && seen.contains(QStringLiteral("price_minor")))
                keep(issueAt(record.line, QStringLiteral("price"),
                    tr("give the price once: \"price_minor\" (minor units, as exported) or "
                       "\"price\" (major units), not both")));
        }
        for (const Slot &s : parsed.cols) {
            if (s.col != Col::Ignored)
                rep.columns << s.header;
        }
        if (rep.issueCount > 0)
            return done(); // without a usable header no row can be checked

        QHash<qint64, qint64> lineOfId;
        QHash<QString, qint64> lineOfSku;
        while (reader.readRecord(record)) {
            ++rep.rows;
            const qsizetype before = rep.issueCount;
            auto issue = [&](int field, const QString &message) {
                keep(issueAt(record.line,
                    field >= 0 && field < parsed.cols.size() ? parsed.cols[field].header
                                                             : QString(),
                    message));
            };
            if (record.problem != catalog::CsvRecord::Problem::None) {
                issue(
                    record.problemField, catalog::ImportRowValidator::problemText(record.problem));
                continue;
            }
            if (int(record.fields.size()) != parsed.cols.size()) {
                issue(-1,
                    tr("expected %1 fields, found %2")
                        .arg(parsed.cols.size())
                        .arg(record.fields.size()));
                continue;
            }
            Row row;
            row.line = record.line;
            QString currency;
            int currencyField = -1;
            std::optional<std::pair<int, QString>> priceCell;
            for (int i = 0; i < parsed.cols.size(); ++i) {
                const Slot &slot = parsed.cols[i];
                const bool text = slot.col == Col::Sku || slot.col == Col::Name;
                const QString cell = cellText(record.fields[size_t(i)], text);
                switch (slot.col) {
                case Col::Id:
                    if (!allDigits(cell) || cell.size() > 15 || cell.toLongLong() <= 0)
                        issue(i, tr("id \"%1\" is not a variant id (a whole number)").arg(cell));
                    else
                        row.id = cell.toLongLong();
                    row.keyField = i;
                    break;
                case Col::Sku:
                    row.sku = cell;
                    row.skuField = i;
                    if (!parsed.hasId && cell.isEmpty())
                        issue(i, tr("sku is empty"));
                    if (!parsed.hasId)
                        row.keyField = i;
                    break;
                case Col::Name:
                    if (cell.size() > kMaxNameChars)
                        issue(i,
                            tr("%1 is longer than %2 characters (%3)")
                                .arg(slot.header)
                                .arg(kMaxNameChars)
                                .arg(cell.size()));
                    else if (!cell.isEmpty() && !slot.language.isEmpty())
                        row.names[slot.language] = cell;
                    break;
                case Col::Price:
                case Col::PriceMinor:
                    if (!cell.isEmpty())
                        priceCell = std::make_pair(i, cell);
                    break;
                case Col::Currency:
                    currency = cell.toUpper();
                    currencyField = i;
                    break;
                case Col::Ignored:
                    break;
                }
            }
            if (!currency.isEmpty() && currency != channel->currency)
                issue(currencyField,
                    tr("currency \"%1\" is not the default channel's (%2): the import sets "
                       "prices in %2 only")
                        .arg(currency, channel->currency));
            if (priceCell) {
                QString why;
                row.price = parsePrice(priceCell->second,
                    parsed.cols[priceCell->first].col == Col::PriceMinor, channel->currency, &why);
                if (!row.price)
                    issue(priceCell->first, why);
            }
            if (rep.issueCount != before)
                continue;
            if (parsed.hasId) {
                if (const qint64 other = lineOfId.value(row.id)) {
                    issue(row.keyField,
                        tr("variant %1 is on line %2 too: give each variant once")
                            .arg(row.id)
                            .arg(other));
                    continue;
                }
                lineOfId.insert(row.id, row.line);
            } else {
                if (const qint64 other = lineOfSku.value(row.sku)) {
                    issue(row.keyField,
                        tr("SKU \"%1\" is on line %2 too: give each variant once")
                            .arg(row.sku)
                            .arg(other));
                    continue;
                }
                lineOfSku.insert(row.sku, row.line);
            }
            ++rep.validRows;
            parsed.rows.push_back(row);
            if (rep.rows % 4096 == 0) {
                progress->bytes = reader.bytesConsumed();
                progress->rows = rep.rows;
                if (progress->cancel.load())
                    return Error {Error::Code::Cancelled,
                        tr("The import was cancelled: nothing was imported."), {}, {}};
            }
        }
        progress->bytes = reader.bytesConsumed();
        progress->rows = rep.rows;
        if (rep.rows == 0)
            keep(issueAt(
                record.line > 0 ? record.line : 1, {}, tr("the file has a header but no rows")));

        // 2. The rights and the variants: ids and SKUs that Vendure has (the view on the
        // primary; deleted variants are not there to change).
        const std::string caps = backend.sqlObject("my_capabilities");
        const std::string products = backend.sqlObject("products");
        struct Found
        {
            QHash<qint64, QString> skuOfId;
            QHash<QString, QVector<qint64>> idsOfSku;
        };
        QStringList skus;
        QStringList ids;
        for (const Row &r : std::as_const(parsed.rows)) {
            if (parsed.hasId)
                ids << QString::number(r.id);
            else
                skus << r.sku;
        }
        const bool byId = parsed.hasId;
        const Result<Found> found = db::waitBlocking(
            cluster->write<Found>(tr("import products"),
                [=](db::Pool::Connection &c) {
                    pqxx::read_transaction tx(c);
                    if (!tx.exec_params1(
                               "SELECT $1 = ANY (" + caps + "())", std::string("catalog.edit"))[0]
                             .as<bool>())
                        throw Error {Error::Code::PermissionDenied,
                            QCoreApplication::translate("qm::backend",
                                "Your database role may not %1 on this store: nothing was sent "
                                "to Vendure.")
                                .arg(tr("import products")),
                            QStringLiteral("capability catalog.edit missing"),
                            QStringLiteral("42501")};
                    Found f;
                    const QStringList &keys = byId ? ids : skus;
                    for (qsizetype at = 0; at < keys.size(); at += 10000) {
                        const std::string list
                            = db::pgtext::arrayLiteral(keys.mid(at, 10000)).toStdString();
                        const pqxx::result r = tx.exec_params(
                            std::string("SELECT p.id, p.sku FROM ") + products + " p WHERE "
                                + (byId ? "p.id = ANY ($1::bigint[])" : "p.sku = ANY ($1::text[])")
                                + " AND p.status <> 'archived'",
                            list);
                        for (const pqxx::row &x : r) {
                            const qint64 id = x[0].as<qint64>();
                            const QString sku = db::pgtext::str(x[1]);
                            f.skuOfId.insert(id, sku);
                            f.idsOfSku[sku].push_back(id);
                        }
                    }
                    return f;
                }),
            "resolve Vendure variants");
        if (!found)
            return found.error();
        QVector<Row> rows;
        for (Row r : std::as_const(parsed.rows)) {
            if (byId) {
                if (!found->skuOfId.contains(r.id)) {
                    keep(issueAt(r.line, QStringLiteral("id"),
                        tr("unknown variant id %1: Vendure has no such variant (deleted, or "
                           "from another store?)")
                            .arg(r.id)));
                    continue;
                }
                const QString sku = found->skuOfId.value(r.id);
                if (r.skuField >= 0 && !r.sku.isEmpty() && r.sku != sku) {
                    keep(issueAt(r.line, QStringLiteral("sku"),
                        tr("variant %1 has the SKU \"%2\", not \"%3\": the import does not "
                           "change SKUs (check the row)")
                            .arg(r.id)
                            .arg(sku, r.sku)));
                    continue;
                }
                r.sku = sku;
            } else {
                const QVector<qint64> idsOf = found->idsOfSku.value(r.sku);
                if (idsOf.isEmpty()) {
                    keep(issueAt(r.line, QStringLiteral("sku"),
                        tr("unknown SKU \"%1\": no variant in Vendure has it (the import "
                           "changes existing variants; create new ones in Vendure)")
                            .arg(r.sku)));
                    continue;
                }
                if (idsOf.size() > 1) {
                    keep(issueAt(r.line, QStringLiteral("sku"),
                        tr("the SKU \"%1\" belongs to %2 variants in Vendure: add the \"id\" "
                           "column to say which")
                            .arg(r.sku)
                            .arg(idsOf.size())));
                    continue;
                }
                r.id = idsOf.first();
            }
            rows.push_back(r);
        }
        if (rep.issueCount > 0)
            return done();

        // 3. The plan: each variant as the Admin API has it now, and what would change.
        QStringList planIds;
        for (const Row &r : std::as_const(rows))
            planIds << QString::number(r.id);
        Result<QHash<QString, ApiVariant>> base = readVariants(admin, planIds);
        if (!base)
            return base.error();
        QVector<int> toWrite; // indexes into rows
        for (int i = 0; i < rows.size(); ++i) {
            const Row &r = rows[i];
            const QString id = QString::number(r.id);
            if (!base->contains(id)) {
                keep(issueAt(r.line, byId ? QStringLiteral("id") : QStringLiteral("sku"),
                    tr("variant %1 (%2) is not in Vendure's Admin API any more").arg(id, r.sku)));
                continue;
            }
            const ApiVariant &v = base->value(id);
            bool changed = false;
            auto change = [&](const QString &field, const QString &before, const QString &after) {
                changed = true;
                ++rep.changeCount;
                if (rep.changes.size() < options.maxIssues)
                    rep.changes.push_back(
                        catalog::ImportChange {r.line, r.id, r.sku, field, before, after});
            };
            if (r.price && *r.price != v.price) {
                change(QStringLiteral("price_minor"), QString::number(v.price),
                    QString::number(*r.price));
                ++rep.priceChanges;
            }
            for (const auto &[language, name] : r.names) {
                if (v.names.value(language) != name)
                    change(language == channel->language ? QStringLiteral("name")
                                                         : QStringLiteral("name:") + language,
                        v.names.value(language), name);
            }
            if (changed)
                toWrite.push_back(i);
            else
                ++rep.unchanged;
        }
        if (rep.issueCount > 0) {
            rep.changes.clear();
            rep.changeCount = 0;
            return done();
        }
        rep.updated = toWrite.size();
        if (options.dryRun)
            return done();
        if (progress->cancel.load())
            return Error {Error::Code::Cancelled,
                tr("The import was cancelled: nothing was imported."), {}, {}};
        if (afterPlan)
            afterPlan([&admin](const QString &doc, const QJsonObject &vars) {
                return admin.call(doc, vars, QStringLiteral("test"));
            });

        // 4. Batches: read again, conflicts left alone, the rest in one mutation each.
        progress->total = toWrite.size();
        progress->bytes = 0;
        qint64 written = 0;
        QVector<int> writtenRows;
        const QString fileName = QFileInfo(path).fileName();
        for (qsizetype at = 0; at < toWrite.size(); at += batchSize) {
            if (progress->cancel.load()) {
                rep.cancelled = true;
                break;
            }
            const QVector<int> batch = toWrite.mid(at, batchSize);
            QStringList batchIds;
            for (int i : batch)
                batchIds << QString::number(rows[i].id);
            const Result<QHash<QString, ApiVariant>> now = readVariants(admin, batchIds);
            if (!now)
                return Error {now.error().code,
                    tr("%1 %2 of %3 variants were imported before this batch; nothing of it "
                       "was sent.")
                        .arg(now.error().message)
                        .arg(written)
                        .arg(toWrite.size()),
                    now.error().detail, now.error().sqlState};
            QJsonArray input;
            QJsonArray audited;
            QVector<int> sent;
            for (int i : batch) {
                const Row &r = rows[i];
                const QString id = QString::number(r.id);
                const ApiVariant &was = base->value(id);
                const ApiVariant v = now->value(id);
                QStringList moved;
                if (v.id.isEmpty())
                    moved << tr("it was deleted");
                else {
                    if (r.price && v.price != was.price)
                        moved << tr("price_minor %1 -> %2").arg(was.price).arg(v.price);
                    for (const auto &[language, name] : r.names) {
                        if (v.names.value(language) != was.names.value(language))
                            moved << tr("name in %1 \"%2\" -> \"%3\"")
                                         .arg(language, was.names.value(language),
                                             v.names.value(language));
                    }
                    if (moved.isEmpty() && v.updatedAt != was.updatedAt)
                        moved << tr("updatedAt %1 -> %2").arg(was.updatedAt, v.updatedAt);
                }
                if (!moved.isEmpty()) {
                    rep.conflicts.push_back(
                        issueAt(r.line, byId ? QStringLiteral("id") : QStringLiteral("sku"),
                            tr("variant %1 (%2) changed in Vendure after the plan (%3): left as "
                               "the other writer made it; export again and redo this row")
                                .arg(id, r.sku, moved.join(QLatin1String(", ")))));
                    continue;
                }
                QJsonObject one {{QStringLiteral("id"), id}};
                QJsonObject changes;
                if (r.price && *r.price != was.price) {
                    one.insert(QStringLiteral("price"), double(*r.price));
                    changes.insert(QStringLiteral("price_minor"),
                        QJsonArray {double(was.price), double(*r.price)});
                }
                QJsonArray translations;
                for (const auto &[language, name] : r.names) {
                    if (was.names.value(language) == name)
                        continue;
                    translations.append(QJsonObject {{QStringLiteral("languageCode"), language},
                        {QStringLiteral("name"), name}});
                    changes.insert(QStringLiteral("name:") + language,
                        QJsonArray {was.names.value(language), name});
                }
                if (!translations.isEmpty())
                    one.insert(QStringLiteral("translations"), translations);
                input.append(one);
                audited.append(QJsonObject {{QStringLiteral("variant"), r.id},
                    {QStringLiteral("sku"), r.sku}, {QStringLiteral("line"), r.line},
                    {QStringLiteral("base"), was.updatedAt}, {QStringLiteral("changes"), changes}});
                sent.push_back(i);
            }
            if (input.isEmpty())
                continue;
            safety::AuditEntry entry;
            entry.action = QStringLiteral("catalog.import");
            entry.target = QStringLiteral("vendure");
            entry.plan = safety::auditContext();
            entry.plan.insert(
                QStringLiteral("request"), options.requestId.toString(QUuid::WithoutBraces));
            entry.plan.insert(QStringLiteral("file"), fileName);
            entry.plan.insert(QStringLiteral("batch"), int(rep.batches + 1));
            entry.plan.insert(QStringLiteral("variants"), audited);
            if (audit) {
                const Status intent = audit->recordIntent(entry);
                if (!intent)
                    return Error {intent.error().code,
                        tr("The audit log refused the import's next batch, so it was not sent: "
                           "%1 %2 of %3 variants were imported before it.")
                            .arg(intent.error().message)
                            .arg(written)
                            .arg(toWrite.size()),
                        intent.error().detail, {}};
            }
            const Result<QJsonObject> r = admin.call(
                QStringLiteral("mutation QmCsvImport($input: [UpdateProductVariantInput!]!) { "
                               "updateProductVariants(input: $input) { id updatedAt } }"),
                {{QStringLiteral("input"), input}}, tr("import products"));
            entry.outcome = r ? QJsonObject {{QStringLiteral("status"), QStringLiteral("applied")},
                                {QStringLiteral("variants"), int(input.size())}}
                              : QJsonObject {{QStringLiteral("status"), QStringLiteral("failed")},
                                  {QStringLiteral("error"), r.error().message}};
            if (audit)
                audit->recordOutcome(entry); // a failed outcome record does not undo Vendure's
            if (!r)
                return Error {r.error().code == Error::Code::Unknown ? Error::Code::InvalidInput
                                                                     : r.error().code,
                    tr("Vendure refused batch %1 of the import (lines %2-%3): %4 Nothing of this "
                       "batch was applied; %5 of %6 variants were imported before it.")
                        .arg(rep.batches + 1)
                        .arg(rows[batch.first()].line)
                        .arg(rows[batch.last()].line)
                        .arg(r.error().message)
                        .arg(written)
                        .arg(toWrite.size()),
                    r.error().detail, {}};
            ++rep.batches;
            written += input.size();
            writtenRows += sent;
            progress->bytes = at + batch.size();
            progress->rows = written;
        }
        rep.updated = written;
        rep.applied = true;

        // 5. Verification: what Vendure has now is what the file says.
        QStringList readBack;
        for (int i : std::as_const(writtenRows))
            readBack << QString::number(rows[i].id);
        const Result<QHash<QString, ApiVariant>> after = readVariants(admin, readBack);
        rep.verified = after.ok();
        if (after) {
            for (int i : std::as_const(writtenRows)) {
                const Row &r = rows[i];
                const ApiVariant v = after->value(QString::number(r.id));
                bool same = !v.id.isEmpty() && (!r.price || v.price == *r.price);
                for (const auto &[language, name] : r.names)
                    same = same && v.names.value(language) == name;
                if (!same) {
                    rep.verified = false;
                    rep.conflicts.push_back(issueAt(r.line, {},
                        tr("read back, variant %1 (%2) does not hold the file's values: another "
                           "writer changed it after the import")
                            .arg(r.id)
                            .arg(r.sku)));
                }
            }
        }
        return done();
    });
}

} // namespace qm::vendure
