// The data side of the benchmark, in the driver process: export vs psql \copy TO, import vs
// psql \copy FROM into a bare table (1M new products, then 1M changed ones), and a +5 % bulk
// price change on 100k products with the GUI stall measured while a catalog table is on screen.
#include "benchcommon.h"
#include "catalog/bulkedit.h"
#include "catalog/catalogservice.h"
#include "catalog/csvexport.h"
#include "catalog/csvimport.h"
#include "catalog/csvreader.h"
#include "catalogmodel.h"
#include "common/csvwriter.h"
#include "common/stallmeter.h"
#include "db/blocking.h"
#include "db/cluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <pqxx/pqxx>

namespace catalogbench {

namespace {

QStringList psqlArgs(const qm::db::ConnectionParams &p, const QStringList &commands)
{
    QStringList args {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), p.host, QStringLiteral("-p"),
        QString::number(p.port), QStringLiteral("-U"), p.user, QStringLiteral("-d"), p.dbname};
    for (const QString &c : commands) // one session, in order
        args << QStringLiteral("-c") << c;
    return args;
}

double psql(const QStringList &commands)
{
    const qm::db::ConnectionParams owner = node(QStringLiteral("qm_owner"));
    return timedProcess(QStringLiteral("psql"), psqlArgs(owner, commands),
        {QStringLiteral("PGPASSFILE=") + owner.passfile});
}

double psql(const QString &command)
{
    return psql(QStringList {command});
}

// What a DBA would type instead of the import: \copy into a temporary table, then one
// INSERT ... SELECT / UPDATE ... FROM into shop.products: the same table, indexes, constraints and
// replication as ours, but no per-line validation report, no preview, no idempotency, no audit.
// Rolled back at the end (the time is the work's, the catalog stays as it was).
double psqlByHand(const QString &file, const QString &columns, const QString &apply)
{
    return psql({QStringLiteral("BEGIN"),
        QStringLiteral("CREATE TEMP TABLE t (sku text, name text, description text, status text, "
                       "price text, currency text, category text, tags text, attributes text, "
                       "on_hand text, available text)"),
        QStringLiteral("\\copy t %1 FROM '%2' WITH (FORMAT csv, HEADER)").arg(columns, file), apply,
        QStringLiteral("ROLLBACK")});
}

void ownerExec(const std::string &sql)
{
    pqxx::connection c(node(QStringLiteral("qm_owner")).toConninfo());
    pqxx::work tx(c);
    tx.exec(sql);
    tx.commit();
}

std::unique_ptr<qm::db::Cluster> merchCluster()
{
    qm::db::ClusterConfig config;
    config.nodes = {node(QStringLiteral("merch"), 0)};
    if (const auto replica = node(QStringLiteral("merch"), 1); !replica.host.isEmpty())
        config.nodes << replica; // (the lean sandbox of --products N has none)
    auto c = std::make_unique<qm::db::Cluster>(config);
    if (!qm::db::waitBlocking(c->start()).ok())
        return nullptr;
    return c;
}

// Rewrites an export with every price +1 % (same columns): a file of 1M changed products.
qint64 changePrices(const QString &in, const QString &out)
{
    QFile src(in);
    QFile dst(out);
    if (!src.open(QIODevice::ReadOnly) || !dst.open(QIODevice::WriteOnly))
        return -1;
    qm::catalog::CsvReader reader(&src);
    qm::catalog::CsvRecord rec;
    std::string buffer;
    qint64 rows = 0;
    bool header = true;
    while (reader.readRecord(rec)) {
        if (!header && rec.fields.size() > 4) {
            const double price = std::stod(rec.fields[4]);
            char text[32];
            std::snprintf(text, sizeof text, "%.2f", price * 1.01 + 0.01);
            rec.fields[4] = text;
            ++rows;
        }
        header = false;
        for (size_t i = 0; i < rec.fields.size(); ++i) {
            if (i)
                buffer += ',';
            qm::csv::appendCell(buffer, rec.fields[i], false);
        }
        buffer += '\n';
        if (buffer.size() > (1 << 20)) {
            dst.write(buffer.data(), qint64(buffer.size()));
            buffer.clear();
        }
    }
    dst.write(buffer.data(), qint64(buffer.size()));
    return rows;
}

QString bareTable()
{
    return QStringLiteral("DROP TABLE IF EXISTS public.bench_bare; CREATE TABLE public.bench_bare "
                          "(sku text, name text, description text, status text, price text, "
                          "currency text, category text, tags text, attributes text, "
                          "on_hand text, available text)");
}

} // namespace

void runExportImport(const QString &dir, int newRows)
{
    auto cluster = merchCluster();
    if (!cluster)
        return;
    const QString exported = dir + QStringLiteral("/export.csv");

    // Export of the whole catalog: ours (COPY TO through the console, CSV written here).
    qm::catalog::CsvExporter exporter(cluster.get());
    const double rssBefore = rssMb();
    const auto e = qm::db::waitBlocking(exporter.run(qm::catalog::CatalogQuery {}, exported));
    const double rssAfter = rssMb();
    const double psqlExport = psql(
        QStringLiteral("\\copy (SELECT p.sku, p.name, p.description, p.status, p.price, "
                       "p.currency, c.slug, array_to_string(p.tags, '|'), p.attributes::text, "
                       "p.on_hand, p.available FROM console.products p LEFT JOIN "
                       "console.categories c ON c.id = p.category_id ORDER BY p.sku) TO '%1' "
                       "WITH (FORMAT csv, HEADER)")
            .arg(dir + QStringLiteral("/psql-export.csv")));
    if (e) {
        print(QStringLiteral("export_all_ms"), QStringLiteral("ms"), round1(e->seconds * 1000),
            QStringLiteral("psql \\copy (SELECT ...) TO file"), round1(psqlExport),
            {{QStringLiteral("rows"), e->rows},
                {QStringLiteral("rss_growth_mb"), round1(rssAfter - rssBefore)}});
    }

    // Import of new products: ours (validate, COPY to staging, check, upsert) vs psql \copy.
    const QString fresh = dir + QStringLiteral("/new.csv");
    {
        QFile f(fresh);
        f.open(QIODevice::WriteOnly);
        std::string buf = "sku,name,description,status,price,currency,category,tags\n";
        for (int i = 0; i < newRows; ++i) {
            char line[256];
            std::snprintf(line, sizeof line,
                "BENCHIMP-%07d,Imported product %d,Bench import row %d,%s,%d.%02d,EUR,%s,"
                "bench|import\n",
                i, i, i, i % 3 ? "active" : "draft", 1 + i % 500, i % 100,
                i % 2 ? "garden" : "kitchen");
            buf += line;
            if (buf.size() > (1 << 20)) {
                f.write(buf.data(), qint64(buf.size()));
                buf.clear();
            }
        }
        f.write(buf.data(), qint64(buf.size()));
    }
    qm::catalog::CsvImporter importer(cluster.get());
    auto importOnce = [&](const QString &file) {
        const auto r = qm::db::waitBlocking(importer.run(file, qm::catalog::ImportOptions {}));
        if (!r || !r->applied) {
            std::fprintf(stderr, "bench_catalog: import failed: %s\n",
                r ? (r->issues.isEmpty() ? "" : qPrintable(r->issues.first().message))
                  : qPrintable(r.error().toString()));
            return std::pair<double, qm::catalog::ImportReport>(-1, {});
        }
        return std::pair<double, qm::catalog::ImportReport>(r->seconds * 1000, r.value());
    };
    // Before ours: the by-hand INSERT only inserts SKUs that are not there yet.
    const double byHandNew = psqlByHand(fresh,
        QStringLiteral("(sku, name, description, status, price, currency, category, tags)"),
        QStringLiteral("INSERT INTO shop.products (sku, name, description, status, price, "
                       "currency, category_id, tags) SELECT t.sku, t.name, t.description, "
                       "t.status, t.price::numeric, t.currency, c.id, string_to_array(t.tags, "
                       "'|') FROM t LEFT JOIN shop.categories c ON c.slug = t.category "
                       "WHERE NOT EXISTS (SELECT FROM shop.products p WHERE p.sku = t.sku)"));
    const auto [oursNew, reportNew] = importOnce(fresh);
    psql(bareTable());
    const double psqlNew = psql(QStringLiteral("\\copy public.bench_bare (sku, name, description, "
                                               "status, price, currency, category, tags) FROM "
                                               "'%1' WITH (FORMAT csv, HEADER)")
                                    .arg(fresh));
    print(QStringLiteral("import_new_1m_ms"), QStringLiteral("ms"), round1(oursNew),
        QStringLiteral("psql \\copy into a bare table"), round1(psqlNew),
        {{QStringLiteral("rows"), newRows}, {QStringLiteral("inserted"), reportNew.inserted},
            {QStringLiteral("goal"), QStringLiteral("ratio <= 1.5")}});
    print(QStringLiteral("import_new_1m_ms"), QStringLiteral("ms"), round1(oursNew),
        QStringLiteral("psql \\copy to a temp table + INSERT ... SELECT "
                       "into shop.products (rolled back)"),
        round1(byHandNew), {{QStringLiteral("rows"), newRows}});
    ownerExec("DELETE FROM shop.products WHERE sku LIKE 'BENCHIMP-%'; "
              "DELETE FROM qm.requests WHERE fn = 'console.import_apply'");

    // Import of the whole catalog with every price changed (1M updates + price history).
    const QString changed = dir + QStringLiteral("/changed.csv");
    const qint64 changedRows = changePrices(exported, changed);
    // Before ours, for the same reason: afterwards the prices already are the file's.
    const double byHandChanged = psqlByHand(changed, QString(),
        QStringLiteral("UPDATE shop.products p SET price = t.price::numeric FROM t "
                       "WHERE p.sku = t.sku AND p.price IS DISTINCT FROM t.price::numeric"));
    const auto [oursChanged, reportChanged] = importOnce(changed);
    psql(bareTable());
    const double psqlChanged = psql(QStringLiteral("\\copy public.bench_bare FROM '%1' WITH "
                                                   "(FORMAT csv, HEADER)")
                                        .arg(changed));
    print(QStringLiteral("import_update_1m_ms"), QStringLiteral("ms"), round1(oursChanged),
        QStringLiteral("psql \\copy to a temp table + UPDATE ... FROM "
                       "shop.products (rolled back)"),
        round1(byHandChanged), {{QStringLiteral("rows"), changedRows}});
    print(QStringLiteral("import_update_1m_ms"), QStringLiteral("ms"), round1(oursChanged),
        QStringLiteral("psql \\copy into a bare table"), round1(psqlChanged),
        {{QStringLiteral("rows"), changedRows}, {QStringLiteral("updated"), reportChanged.updated},
            {QStringLiteral("goal"), QStringLiteral("ratio <= 1.5")}});
    psql(QStringLiteral("DROP TABLE IF EXISTS public.bench_bare"));
    for (const QString &f : {exported, fresh, changed, dir + QStringLiteral("/psql-export.csv")})
        QFile::remove(f);
}

void runBulk(const QString &skuPrefix)
{
    auto cluster = merchCluster();
    if (!cluster)
        return;
    qm::catalog::CatalogService service(cluster.get());
    qm::models::CatalogModel model(&service);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(1400, 900);
    view.setModel(&model);
    view.show();
    model.setQuery(qm::catalog::CatalogQuery {});
    QElapsedTimer wait;
    wait.start();
    while (!model.isRowLoaded(0) && wait.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    qm::catalog::BulkEditor editor(cluster.get());
    qm::catalog::BulkChange change;
    change.value = QStringLiteral("5");
    qm::catalog::BulkTarget target;
    target.query = qm::catalog::CatalogQuery {};
    target.query->filter.skuPrefix = skuPrefix;
    const auto preview = qm::db::waitBlocking(editor.preview(change, target));
    if (!preview) {
        std::fprintf(stderr, "bench_catalog: %s\n", qPrintable(preview.error().toString()));
        return;
    }
    // The apply runs on a worker; the GUI thread keeps painting and polls progress, as the
    // safety flow dialog does. The stall meter times the GUI thread's event loop.
    qm::StallMeter meter;
    auto progress = std::make_shared<qm::catalog::BulkProgress>();
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &view, [&] {
        view.setWindowTitle(QString::number(progress->done.load()));
        view.viewport()->update();
    });
    QElapsedTimer t;
    meter.start();
    poll.start();
    t.start();
    auto future = editor.apply(change, target, QUuid::createUuid(), progress, 5000);
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const qint64 ours = t.elapsed();
    meter.stop();
    poll.stop();
    const auto result = future.result();
    const double peer
        = psql(QStringLiteral("UPDATE shop.products SET price = round(price * 1.05, 2) "
                              "WHERE sku LIKE '%1%'")
                   .arg(skuPrefix));
    print(QStringLiteral("bulk_price_plus5pct_100k_ms"), QStringLiteral("ms"), double(ours),
        QStringLiteral("psql: one UPDATE (no audit, no history, no request id)"), round1(peer),
        {{QStringLiteral("products"), preview->count}, {QStringLiteral("ok"), result.ok()}});
    print(QStringLiteral("bulk_gui_stall_max_ms"), QStringLiteral("ms"), meter.maxStallMs(),
        QStringLiteral("none"), std::nullopt,
        {{QStringLiteral("stalls_over_16ms"), meter.stallsOver(16)},
            {QStringLiteral("goal"), QStringLiteral("< 50")},
            {QStringLiteral("ours_task_max_ms"), round1(meter.maxTaskMs())}});
    // The console's own work: the GUI thread's CPU time in its longest single task, and in its
    // longest stretch between two ticks of the stall meter (the burst: a starved thread runs
    // several tasks back to back); the wall-clock stall above also counts waiting for a CPU.
    print(QStringLiteral("bulk_gui_task_max_ms"), QStringLiteral("ms"), round1(meter.maxTaskMs()),
        QStringLiteral("none"), std::nullopt,
        {{QStringLiteral("goal"), QStringLiteral("< 16")},
            {QStringLiteral("ours_tasks_over_16ms"), meter.tasksOver(16)},
            {QStringLiteral("single_tasks"), meter.tasksBracketed()},
            {QStringLiteral("ours_burst_max_ms"), round1(meter.maxBurstMs())},
            {QStringLiteral("ours_wall_stall_max_ms"), meter.maxStallMs()}});
}

} // namespace catalogbench
