// bench_catalog: the Catalog workspace against the tools a user would otherwise use, in one run,
// on the benchmark sandbox's catalog (scripts/bench catalog; QM_SANDBOX_PRODUCTS=1000000, or
// 10000000 when asked). JSON lines on stdout:
//   first_screen_ms, jump_to_row_900000_ms, rss_after_scroll_mb   ours vs QSqlTableModel (QPSQL)
//   export_all_ms, import_new_1m_ms, import_update_1m_ms          ours vs psql \copy
//   bulk_price_plus5pct_100k_ms, bulk_gui_stall_max_ms            ours (vs one psql UPDATE)
//   filter_name_ms, filter_category_ms                           ours vs QSqlTableModel::setFilter
// Options: --only ui|import|bulk, --import-rows N (default 1000000), --bulk-prefix SKU-000,
// --jump-row N (default 900000; scripts/bench catalog --products N passes 0.9 N), --peer-seconds S
// (default 600) and --peer-memory-mb M (default 6144): the bounds of each QSqlTableModel process
// (wall time; address space, RLIMIT_AS); a peer stopped by one is reported ("peer_bounded").
// --backend vendure [--runs 3]: on the sandbox's Vendure store instead (profile-vendure.json):
// first screen, jump to the middle row and a SKU filter far down, ours vs Vendure's Admin API list
// query (bench/catalog/catalogvendure.cpp). Import, export and bulk are the reference store's only.
#include "benchcommon.h"
#include "meteredapplication.h"
#include "vendurebench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

namespace catalogbench {
int runUi(const QString &which);
void runExportImport(const QString &dir, int newRows);
void runBulk(const QString &skuPrefix);
void runVendure(int runs);
} // namespace catalogbench

using namespace catalogbench;

namespace {

struct Bounds
{
    int seconds = 1800;
    qint64 memoryMb = 0; // 0: none
};

// Runs `bench_catalog ui WHICH` within the bounds; its last RESULT line, and when a bound stopped
// it (or it failed) "bounded": what stopped it.
QJsonObject child(const QString &which, const Bounds &bounds = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const rlim_t limit = rlim_t(bounds.memoryMb) * 1024 * 1024;
    if (bounds.memoryMb > 0) {
        p.setChildProcessModifier([limit] {
            const rlimit rl {limit, limit};
            setrlimit(RLIMIT_AS, &rl);
        });
    }
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("ui"), which});
    QString bounded;
    if (!p.waitForFinished(bounds.seconds * 1000)) {
        p.kill();
        p.waitForFinished();
        bounded = QStringLiteral("stopped at the time limit of %1 s").arg(bounds.seconds);
    } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        bounded = bounds.memoryMb > 0
            ? QStringLiteral("failed (exit %1) under the memory limit of %2 MB")
                  .arg(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1)
                  .arg(bounds.memoryMb)
            : QStringLiteral("failed (exit %1)").arg(p.exitCode());
    }
    QJsonObject r;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT "))
            r = QJsonDocument::fromJson(line.mid(7)).object();
    }
    if (!bounded.isEmpty()) {
        r.insert(QStringLiteral("bounded"), bounded);
        r.insert(QStringLiteral("bounded_after_s"), round1(t.elapsed() / 1000.0));
    }
    return r;
}

void compareUi(int jumpRow, const Bounds &peerBounds)
{
    qputenv("QM_BENCH_JUMP_ROW", QByteArray::number(jumpRow));
    const QJsonObject ours = child(QStringLiteral("ours"));
    const QJsonObject peer = child(QStringLiteral("peer"), peerBounds);
    const QJsonObject peerFilters = child(QStringLiteral("peer-filters"), peerBounds);
    if (ours.contains(QStringLiteral("error")) || peer.contains(QStringLiteral("error"))) {
        std::fprintf(stderr, "bench_catalog: %s %s\n",
            qPrintable(ours.value(QStringLiteral("error")).toString()),
            qPrintable(peer.value(QStringLiteral("error")).toString()));
    }
    const QString peerName = QStringLiteral("QSqlTableModel (QPSQL) on console.products");
    auto line
        = [&](const char *metric, const char *unit, const char *key, const QJsonObject &extra) {
              const double o = ours.value(QLatin1String(key)).toDouble();
              const double p = peer.value(QLatin1String(key)).toDouble();
              QJsonObject j = extra;
              j.insert(QStringLiteral("rows"), ours.value(QStringLiteral("rows")));
              if (peer.contains(QStringLiteral("bounded"))) {
                  j.insert(QStringLiteral("peer_bounded"), peer.value(QStringLiteral("bounded")));
                  j.insert(QStringLiteral("peer_bounded_after_s"),
                      peer.value(QStringLiteral("bounded_after_s")));
              }
              print(QLatin1String(metric), QLatin1String(unit), o, peerName,
                  p > 0 ? std::optional<double>(p) : std::nullopt, j);
          };
    line("first_screen_ms", "ms", "first_screen_ms",
        {{QStringLiteral("goal"), QStringLiteral("< 150")},
            {QStringLiteral("count_ms"), ours.value(QStringLiteral("count_ms"))},
            {QStringLiteral("ours_empty_view_paint_ms"),
                ours.value(QStringLiteral("empty_view_paint_ms"))}});
    const QByteArray jumpMetric = "jump_to_row_" + QByteArray::number(jumpRow) + "_ms";
    line(jumpMetric.constData(), "ms", "jump_ms",
        {{QStringLiteral("goal"), QStringLiteral("< 150")},
            {QStringLiteral("jump_warm_ms"), ours.value(QStringLiteral("jump_warm_ms"))},
            {QStringLiteral("landing_error_rows"),
                ours.value(QStringLiteral("jump_landing_error_rows"))}});
    const double os = ours.value(QStringLiteral("rss_start_mb")).toDouble();
    const double ps = peer.value(QStringLiteral("rss_start_mb")).toDouble();
    line("rss_after_scroll_mb", "MB", "rss_after_scroll_mb",
        {{QStringLiteral("goal"), QStringLiteral("ours flat: < 1.2x of its start")},
            {QStringLiteral("ours_start_mb"), os}, {QStringLiteral("peer_start_mb"), ps},
            {QStringLiteral("ours_growth"),
                os > 0 ? round1(ours.value(QStringLiteral("rss_after_scroll_mb")).toDouble() / os
                             * 100)
                        / 100
                       : -1},
            {QStringLiteral("peer_growth"),
                ps > 0 ? round1(peer.value(QStringLiteral("rss_after_scroll_mb")).toDouble() / ps
                             * 100)
                        / 100
                       : -1},
            {QStringLiteral("ours_scroll_ms"), ours.value(QStringLiteral("scroll_ms"))},
            {QStringLiteral("peer_scroll_ms"), peer.value(QStringLiteral("scroll_ms"))}});
    for (const char *f : {"filter_name", "filter_category"}) {
        const QString k = QLatin1String(f);
        const double o = ours.value(k + QLatin1String("_ms")).toDouble();
        const double pv = peerFilters.value(k + QLatin1String("_ms")).toDouble();
        QJsonObject j {{QStringLiteral("goal"), QStringLiteral("< 500")},
            {QStringLiteral("rows"), ours.value(QStringLiteral("rows"))},
            {QStringLiteral("filter"),
                k == QLatin1String("filter_name") ? QStringLiteral("name contains \"lamp\"")
                                                  : QStringLiteral("category_id = 17")},
            {QStringLiteral("matching_rows"), ours.value(k + QLatin1String("_rows"))},
            {QStringLiteral("count_ms"), ours.value(k + QLatin1String("_count_ms"))},
            {QStringLiteral("count_exact"), ours.value(k + QLatin1String("_count_exact"))},
            {QStringLiteral("peer_rows"), peerFilters.value(k + QLatin1String("_rows"))}};
        if (!peerFilters.contains(k + QLatin1String("_ms")) || pv < 0)
            j.insert(QStringLiteral("peer_bounded"),
                peerFilters.value(QStringLiteral("bounded"))
                    .toString(peerFilters.value(k + QLatin1String("_error")).toString()));
        print(k + QLatin1String("_ms"), QStringLiteral("ms"), o,
            QStringLiteral("QSqlTableModel::setFilter (QPSQL) on console.products"),
            pv > 0 ? std::optional<double>(pv) : std::nullopt, j);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qm::bench::takeBackendArg(argc, argv)) {
        std::fprintf(stderr, "bench_catalog: --backend is reference or vendure\n");
        return 2;
    }
    qm::MeteredApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("QM_SANDBOX_DIR")) {
        std::fprintf(stderr, "bench_catalog: run through scripts/bench catalog (QM_SANDBOX_DIR)\n");
        return 2;
    }
    if (argc >= 3 && qstrcmp(argv[1], "ui") == 0)
        return runUi(QString::fromLatin1(argv[2]));

    QCommandLineParser p;
    p.addOption(
        {QStringLiteral("only"), QStringLiteral("ui, import or bulk"), QStringLiteral("part")});
    p.addOption({QStringLiteral("import-rows"), QStringLiteral("rows of the import file"),
        QStringLiteral("n"), QStringLiteral("1000000")});
    p.addOption({QStringLiteral("bulk-prefix"), QStringLiteral("SKU prefix of the bulk change"),
        QStringLiteral("prefix"), QStringLiteral("SKU-000")});
    p.addOption({QStringLiteral("jump-row"), QStringLiteral("the row the jump goes to"),
        QStringLiteral("row"), QStringLiteral("900000")});
    p.addOption({QStringLiteral("peer-seconds"),
        QStringLiteral("time limit of each QSqlTableModel process"), QStringLiteral("s"),
        QStringLiteral("600")});
    p.addOption({QStringLiteral("peer-memory-mb"),
        QStringLiteral("address-space limit of each QSqlTableModel process"), QStringLiteral("mb"),
        QStringLiteral("6144")});
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure (--backend vendure)"),
        QStringLiteral("n"), QStringLiteral("3")});
    p.process(app);
    if (qm::bench::onVendure()) {
        runVendure(qMax(1, p.value(QStringLiteral("runs")).toInt()));
        return 0;
    }
    const QString only = p.value(QStringLiteral("only"));
    if (only.isEmpty() || only == QLatin1String("ui"))
        compareUi(qMax(1, p.value(QStringLiteral("jump-row")).toInt()),
            {qMax(1, p.value(QStringLiteral("peer-seconds")).toInt()),
                p.value(QStringLiteral("peer-memory-mb")).toLongLong()});
    if (only.isEmpty() || only == QLatin1String("import")) {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench-catalog-XXXXXX"));
        runExportImport(dir.path(), p.value(QStringLiteral("import-rows")).toInt());
    }
    if (only.isEmpty() || only == QLatin1String("bulk"))
        runBulk(p.value(QStringLiteral("bulk-prefix")));
    return 0;
}
