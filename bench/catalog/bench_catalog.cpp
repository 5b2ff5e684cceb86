// bench_catalog: the Catalog workspace against the tools a user would otherwise use, in one run,
// on the benchmark sandbox's catalog (scripts/bench catalog; QM_SANDBOX_PRODUCTS=1000000, or
// 10000000 when asked). JSON lines on stdout:
//   first_screen_ms, jump_to_row_900000_ms, rss_after_scroll_mb   ours vs QSqlTableModel (QPSQL)
//   export_all_ms, import_new_1m_ms, import_update_1m_ms          ours vs psql \copy
//   bulk_price_plus5pct_100k_ms, bulk_gui_stall_max_ms            ours (vs one psql UPDATE)
// Options: --only ui|import|bulk, --import-rows N (default 1000000), --bulk-prefix SKU-000.
// --backend vendure [--runs 3]: on the sandbox's Vendure store instead (profile-vendure.json):
// first screen, jump to the middle row and a SKU filter far down, ours vs Vendure's Admin API list
// query (bench/catalog/catalogvendure.cpp). Import, export and bulk are the reference store's only.
#include "benchcommon.h"
#include "vendurebench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

namespace catalogbench {
int runUi(const QString &which);
void runExportImport(const QString &dir, int newRows);
void runBulk(const QString &skuPrefix);
void runVendure(int runs);
} // namespace catalogbench

using namespace catalogbench;

namespace {

QJsonObject child(const QString &which)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("ui"), which});
    if (!p.waitForFinished(1800000))
        return {};
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    }
    return {};
}

void compareUi()
{
    const QJsonObject ours = child(QStringLiteral("ours"));
    const QJsonObject peer = child(QStringLiteral("peer"));
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
              print(QLatin1String(metric), QLatin1String(unit), o, peerName,
                  p > 0 ? std::optional<double>(p) : std::nullopt, j);
          };
    line("first_screen_ms", "ms", "first_screen_ms",
        {{QStringLiteral("goal"), QStringLiteral("< 150")},
            {QStringLiteral("count_ms"), ours.value(QStringLiteral("count_ms"))}});
    line("jump_to_row_900000_ms", "ms", "jump_ms",
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
    QApplication app(argc, argv);
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
    p.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure (--backend vendure)"),
        QStringLiteral("n"), QStringLiteral("3")});
    p.process(app);
    if (qm::bench::onVendure()) {
        runVendure(qMax(1, p.value(QStringLiteral("runs")).toInt()));
        return 0;
    }
    const QString only = p.value(QStringLiteral("only"));
    if (only.isEmpty() || only == QLatin1String("ui"))
        compareUi();
    if (only.isEmpty() || only == QLatin1String("import")) {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/bench-catalog-XXXXXX"));
        runExportImport(dir.path(), p.value(QStringLiteral("import-rows")).toInt());
    }
    if (only.isEmpty() || only == QLatin1String("bulk"))
        runBulk(p.value(QStringLiteral("bulk-prefix")));
    return 0;
}
