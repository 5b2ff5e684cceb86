// qmctl catalog export [--filter key=value]... [--sort column[:desc]] [--output FILE]:
// the current filter's products as CSV through COPY (flat memory, formula cells guarded). On a
// Vendure profile: every variant in the round-trip format of vendure/vendureimport.h (id, sku,
// name per language, price_minor, currency, on_hand); filters and sort do not apply there.

#include "catalog/csvexport.h"
#include "command.h"
#include "profiles/profile.h"
#include "vendure/vendureimport.h"

#include <QFile>

namespace qmctl {

namespace {

class CatalogExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(qmctl::CatalogExportCommand)
public:
    QString name() const override { return QStringLiteral("catalog export"); }
    QString summary() const override { return tr("export products (a filter of them) as CSV"); }

    void configure(QCommandLineParser &p) const override
    {
        p.addOption({QStringLiteral("filter"),
            tr("Filter, repeatable: sku=PREFIX, search=TEXT, category=ID[,ID], "
               "status=active[,draft], price-min=N, price-max=N, stock=in|low|out."),
            tr("key=value")});
        p.addOption(
            {QStringLiteral("sort"), tr("sku, name, price, updated or id; :desc to reverse."),
                tr("column"), QStringLiteral("sku")});
        p.addOption({{QStringLiteral("o"), QStringLiteral("output")},
            tr("Output file (default: standard output)."), tr("file"), QStringLiteral("-")});
        // On Vendure: id,sku,name,name:LANG...,price_minor,currency,on_hand, every variant.
    }

    int run(Context &ctx, const QCommandLineParser &p) const override
    {
        qm::catalog::CatalogQuery q;
        QString error;
        if (!parseFilters(p.values(QStringLiteral("filter")), &q.filter, &error)
            || !parseSort(p.value(QStringLiteral("sort")), &q.sort, &error)) {
            ctx.err() << QStringLiteral("qmctl catalog export: ") << error << Qt::endl;
            return ExitUsage;
        }
        int code = ExitOk;
        auto cluster = ctx.openCluster(&code);
        if (!cluster)
            return code;
        const QString output = p.value(QStringLiteral("output"));
        qm::Backend backend;
        {
            QFile f(ctx.profilePath);
            if (f.open(QIODevice::ReadOnly)) {
                const auto profile = qm::Profile::fromJsonBytes(f.readAll());
                if (profile)
                    backend = qm::backendOf(*profile);
            }
        }
        q.backend = backend.kind();
        qm::Result<qm::catalog::ExportReport> r = qm::Error {};
        if (backend.kind() == qm::BackendKind::Vendure) {
            if (p.isSet(QStringLiteral("filter")) || p.isSet(QStringLiteral("sort"))) {
                ctx.err() << tr("qmctl catalog export: on Vendure the export writes every "
                                "variant in id order: --filter and --sort do not apply")
                          << Qt::endl;
                return ExitUsage;
            }
            std::shared_ptr<qm::db::Cluster> shared = cluster;
            qm::vendure::VendureCsvExporter exporter(backend, shared);
            r = ctx.wait(exporter.run(output));
        } else {
            qm::catalog::CsvExporter exporter(cluster.get());
            r = ctx.wait(exporter.run(q, output));
        }
        if (!r)
            return ctx.fail(r.error());
        ctx.err() << tr("exported %1 products (%2 MB) in %3 s%4")
                         .arg(r->rows)
                         .arg(double(r->bytes) / 1e6, 0, 'f', 1)
                         .arg(r->seconds, 0, 'f', 2)
                         .arg(output == QLatin1String("-") ? QString() : tr(" to %1").arg(output))
                  << Qt::endl;
        return ExitOk;
    }

    static bool parseFilters(
        const QStringList &items, qm::catalog::CatalogFilter *f, QString *error)
    {
        for (const QString &item : items) {
            const QString key = item.section(u'=', 0, 0).trimmed().toLower();
            const QString value = item.section(u'=', 1).trimmed();
            if (key == QLatin1String("sku")) {
                f->skuPrefix = value;
            } else if (key == QLatin1String("search")) {
                f->text = value;
            } else if (key == QLatin1String("status")) {
                f->statuses = value.split(u',', Qt::SkipEmptyParts);
            } else if (key == QLatin1String("category")) {
                for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
                    bool ok = false;
                    f->categoryIds << id.toInt(&ok);
                    if (!ok) {
                        *error = tr("category takes category ids: %1").arg(value);
                        return false;
                    }
                }
            } else if (key == QLatin1String("price-min") || key == QLatin1String("price-max")) {
                bool ok = false;
                value.toDouble(&ok);
                if (!ok) {
                    *error = tr("%1 takes a number: %2").arg(key, value);
                    return false;
                }
                (key == QLatin1String("price-min") ? f->priceMin : f->priceMax) = value;
            } else if (key == QLatin1String("stock")) {
                using S = qm::catalog::StockState;
                f->stock = value == QLatin1String("in") ? S::InStock
                    : value == QLatin1String("low")     ? S::Low
                    : value == QLatin1String("out")     ? S::OutOfStock
                                                        : S::Any;
                if (f->stock == S::Any) {
                    *error = tr("stock is in, low or out");
                    return false;
                }
            } else {
                *error = tr("unknown filter \"%1\"").arg(item);
                return false;
            }
        }
        return true;
    }

    static bool parseSort(const QString &text, qm::catalog::CatalogSort *s, QString *error)
    {
        using K = qm::catalog::SortKey;
        const QString column = text.section(u':', 0, 0);
        s->descending = text.section(u':', 1, 1) == QLatin1String("desc");
        if (column == QLatin1String("sku"))
            s->key = K::Sku;
        else if (column == QLatin1String("name"))
            s->key = K::Name;
        else if (column == QLatin1String("price"))
            s->key = K::Price;
        else if (column == QLatin1String("updated"))
            s->key = K::UpdatedAt;
        else if (column == QLatin1String("id"))
            s->key = K::Id;
        else {
            *error = tr("cannot sort by \"%1\" (sku, name, price, updated, id)").arg(column);
            return false;
        }
        return true;
    }
};

} // namespace

QMCTL_COMMAND(CatalogExportCommand)

} // namespace qmctl
