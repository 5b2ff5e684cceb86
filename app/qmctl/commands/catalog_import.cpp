// qmctl catalog import FILE [--dry-run] [--request-id UUID] [--max-issues N] [--json]
//                          [--elevate REASON]
//                           [--delimiter auto|comma|semicolon|tab]:
// the console's CSV import (validation with file lines, all-or-nothing upsert by SKU), through
// the profile's backend (backends::catalogWrites): on Vendure, its Admin API in batches with a
// plan (the changes old -> new), conflicts reported and the batches audited.

#include "backends/writes.h"
#include "catalog/catalogwrites.h"
#include "catalog/csvimport.h"
#include "command.h"
#include "db/cluster.h"
#include "profiles/profile.h"
#include "safety/audit.h"
#include "safety/elevation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace qmctl {

namespace {

class CatalogImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::CatalogImportCommand)
public:
    QString name() const override { return QStringLiteral("catalog import"); }
    QString summary() const override
    {
        return tr("import products from CSV: every bad row reported, then all or nothing");
    }

    void configure(QCommandLineParser &p) const override
    {
        p.addPositionalArgument(QStringLiteral("file"),
            tr("CSV with a header: sku,name,price[,description,status,"
               "currency,category,tags,attributes]; on a Vendure profile "
               "id,sku,name[,name:LANG...],price_minor,currency (as catalog export writes it)"));
        p.addOption({QStringLiteral("dry-run"), tr("Check and count; change nothing.")});
        p.addOption({QStringLiteral("request-id"),
            tr("Reuse a request id to retry safely (applied at most once)."), tr("uuid")});
        p.addOption({QStringLiteral("max-issues"), tr("Issues to list (default 1000)."), tr("n"),
            QStringLiteral("1000")});
        p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
        p.addOption({QStringLiteral("delimiter"),
            tr("Column separator: auto (from the header line; the default), comma, "
               "semicolon or tab."),
            tr("sep"), QStringLiteral("auto")});
        addElevationOptions(p);
    }

    // "auto" -> 0; "comma" / "," ... -> the character; false when unknown.
    static bool parseDelimiter(const QString &text, char *out)
    {
        const QString t = text.trimmed().toLower();
        if (t == u"auto" || t.isEmpty())
            *out = 0;
        else if (t == u"comma" || t == u",")
            *out = ',';
        else if (t == u"semicolon" || t == u";")
            *out = ';';
        else if (t == u"tab" || t == u"\\t" || text == u"\t")
            *out = '\t';
        else
            return false;
        return true;
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        const QStringList files = p.positionalArguments();
        if (files.size() != 1) {
            ctx.err() << tr("qmctl catalog import: give exactly one CSV file") << Qt::endl;
            return ExitUsage;
        }
        qm::catalog::ImportOptions options;
        options.dryRun = p.isSet(QStringLiteral("dry-run"));
        options.maxIssues = qMax(1, p.value(QStringLiteral("max-issues")).toInt());
        if (!parseDelimiter(p.value(QStringLiteral("delimiter")), &options.delimiter)) {
            ctx.err() << tr("qmctl catalog import: --delimiter is auto, comma, semicolon or tab")
                      << Qt::endl;
            return ExitUsage;
        }
        if (p.isSet(QStringLiteral("request-id"))) {
            options.requestId = QUuid::fromString(p.value(QStringLiteral("request-id")));
            if (options.requestId.isNull()) {
                ctx.err() << tr("qmctl catalog import: --request-id is not a UUID") << Qt::endl;
                return ExitUsage;
            }
        } else {
            options.requestId = QUuid::createUuid();
        }
        int code = ExitOk;
        const auto environment = ctx.environment();
        if (!environment)
            return ctx.fail(environment.error());
        std::shared_ptr<qm::db::Cluster> cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const auto backend = profileBackend(ctx);
        if (!backend)
            return ctx.fail(backend.error());
        // Production is read-only: an import that writes needs --elevate (a dry run does not).
        // Vendure's database has no console.audit_*: the elevation is recorded by the backend's
        // writer sink there.
        auto writes = qm::backends::catalogWrites(*backend, cluster, nullptr);
        const std::shared_ptr<qm::safety::AuditSink> elevationAudit
            = backend->kind() == qm::BackendKind::Reference
            ? std::make_shared<qm::safety::DbAuditSink>(cluster)
            : writes->auditSink();
        const auto elevation = elevationFor(
            ctx, p, *environment, elevationAudit, QStringLiteral("catalog"), options.dryRun, &code);
        if (!elevation)
            return code;
        writes = qm::backends::catalogWrites(*backend, cluster, elevation);
        const auto result = ctx.wait(writes->importCsv(files.first(), options, {}, nullptr));
        if (!result) {
            const int failed = ctx.fail(result.error());
            // The outcome may be unknown (a connection lost after the commit): only the same
            // request id makes a retry safe, so say which one it was.
            if (!options.dryRun)
                ctx.err() << tr("To retry safely, run the same import with --request-id %1 (a "
                                "request is applied at most once).")
                                 .arg(options.requestId.toString(QUuid::WithoutBraces))
                          << Qt::endl;
            return failed;
        }
        const qm::catalog::ImportReport &r = result.value();
        if (p.isSet(QStringLiteral("json")))
            printJson(ctx, r);
        else
            printText(ctx, files.first(), r);
        return r.issueCount > 0 || !r.conflicts.isEmpty() || r.cancelled ? ExitFailed : ExitOk;
    }

    // The profile's backend ("backend": reference | vendure) decides where the import goes.
    static qm::Result<qm::Backend> profileBackend(const Context &ctx)
    {
        const auto profile = ctx.profile();
        if (!profile)
            return profile.error();
        return qm::backendOf(*profile);
    }

private:
    static void printText(Context &ctx, const QString &file, const qm::catalog::ImportReport &r)
    {
        QTextStream &out = ctx.out();
        if (!r.alreadyApplied)
            out << tr("%1: %n row(s), columns %2%3", nullptr, int(r.rows))
                       .arg(file, r.columns.join(u','), r.hadBom ? tr(" (UTF-8 BOM)") : QString())
                << Qt::endl
                << delimiterLine(r) << Qt::endl;
        if (r.issueCount > 0) {
            out << tr("%n issue(s); nothing was imported:", nullptr, int(r.issueCount)) << Qt::endl;
            for (const qm::catalog::ImportIssue &i : r.issues)
                out << QStringLiteral("  line %1%2: %3")
                           .arg(i.line)
                           .arg(i.column.isEmpty() ? QString()
                                                   : QStringLiteral(" [%1]").arg(i.column),
                               i.message)
                    << Qt::endl;
            if (r.issueCount > r.issues.size())
                out << tr("  ... and %1 more").arg(r.issueCount - r.issues.size()) << Qt::endl;
            return;
        }
        for (const qm::catalog::ImportChange &c : r.changes)
            out << QStringLiteral("  line %1 %2 (%3) %4: \"%5\" -> \"%6\"")
                       .arg(c.line)
                       .arg(c.sku)
                       .arg(c.id)
                       .arg(c.field, c.before, c.after)
                << Qt::endl;
        if (r.changeCount > r.changes.size())
            out << tr("  ... and %1 more changes").arg(r.changeCount - r.changes.size())
                << Qt::endl;
        for (const qm::catalog::ImportIssue &i : r.conflicts)
            out << tr("  conflict, line %1: %2").arg(i.line).arg(i.message) << Qt::endl;
        if (r.cancelled)
            out << tr("stopped after %n batch(es): those stay applied", nullptr, int(r.batches))
                << Qt::endl;
        const QString counts = tr("%1 new, %2 updated, %3 unchanged")
                                   .arg(r.inserted)
                                   .arg(r.updated)
                                   .arg(r.unchanged);
        if (r.alreadyApplied)
            out << tr("already imported by request %1 (%2): nothing done now")
                       .arg(r.requestId.toString(QUuid::WithoutBraces), counts)
                << Qt::endl;
        else if (r.dryRun)
            out << tr("dry run: would import %1 (%2 price changes); nothing changed")
                       .arg(counts)
                       .arg(r.priceChanges)
                << Qt::endl;
        else
            out << tr("imported: %1 in %2 s (request %3)")
                       .arg(counts)
                       .arg(r.seconds, 0, 'f', 2)
                       .arg(r.requestId.toString(QUuid::WithoutBraces))
                << Qt::endl;
    }

    static QString delimiterLine(const qm::catalog::ImportReport &r)
    {
        const QString name = qm::catalog::ImportRowValidator::delimiterName(r.delimiter);
        return r.delimiterDetected ? tr("columns separated by %1 (detected)").arg(name)
                                   : tr("columns separated by %1 (--delimiter)").arg(name);
    }

    static void printJson(Context &ctx, const qm::catalog::ImportReport &r)
    {
        QJsonArray issues;
        for (const qm::catalog::ImportIssue &i : r.issues)
            issues.append(QJsonObject {{QStringLiteral("line"), i.line},
                {QStringLiteral("column"), i.column}, {QStringLiteral("message"), i.message}});
        const QJsonObject o {{QStringLiteral("applied"), r.applied},
            {QStringLiteral("already_applied"), r.alreadyApplied},
            {QStringLiteral("dry_run"), r.dryRun},
            {QStringLiteral("request_id"), r.requestId.toString(QUuid::WithoutBraces)},
            {QStringLiteral("rows"), r.rows},
            {QStringLiteral("delimiter"), QString(QLatin1Char(r.delimiter))},
            {QStringLiteral("delimiter_detected"), r.delimiterDetected},
            {QStringLiteral("inserted"), r.inserted}, {QStringLiteral("updated"), r.updated},
            {QStringLiteral("unchanged"), r.unchanged},
            {QStringLiteral("issue_count"), r.issueCount}, {QStringLiteral("issues"), issues},
            {QStringLiteral("seconds"), r.seconds}};
        QJsonObject o2 = o;
        QJsonArray changes;
        for (const qm::catalog::ImportChange &c : r.changes)
            changes.append(
                QJsonObject {{QStringLiteral("line"), c.line}, {QStringLiteral("id"), c.id},
                    {QStringLiteral("sku"), c.sku}, {QStringLiteral("field"), c.field},
                    {QStringLiteral("before"), c.before}, {QStringLiteral("after"), c.after}});
        QJsonArray conflicts;
        for (const qm::catalog::ImportIssue &i : r.conflicts)
            conflicts.append(QJsonObject {{QStringLiteral("line"), i.line},
                {QStringLiteral("column"), i.column}, {QStringLiteral("message"), i.message}});
        o2.insert(QStringLiteral("changes"), changes);
        o2.insert(QStringLiteral("change_count"), r.changeCount);
        o2.insert(QStringLiteral("conflicts"), conflicts);
        o2.insert(QStringLiteral("batches"), r.batches);
        o2.insert(QStringLiteral("cancelled"), r.cancelled);
        o2.insert(QStringLiteral("verified"), r.verified);
        ctx.out() << QJsonDocument(o2).toJson(QJsonDocument::Compact) << Qt::endl;
    }
};

} // namespace

QMCTL_COMMAND(CatalogImportCommand)

} // namespace qmctl
