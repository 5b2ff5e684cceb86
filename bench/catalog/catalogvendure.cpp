// --backend vendure: the Catalog workspace on a Vendure store's 1,000,000 variants against
// Vendure's own Admin API list query, the peer of its Admin UI's variant list:
//   productVariants(options: {take: 100, skip, sort: {id: ASC}}) { totalItems items {...} }
//   (id: the order both open a Vendure catalog in)
// signed in as the sandbox's superadmin (sign-in not timed). Three figures, each the median of
// --runs runs (ours: a fresh process per run, so its connections and cache start cold):
//   first_screen_ms         ours: first screen painted / peer: the first 100 rows answered
//   jump_to_middle_ms       ours: scroll to row N/2, its screen painted / peer: skip N/2, take 100
//   filter_sku_far_down_ms  ours: SKU prefix filter, its screen painted / peer: filter sku contains
// The peer's time is the Admin API's answer alone (the Admin UI would still render it).
#include "benchcommon.h"
#include "vendurebench.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <pqxx/pqxx>
#include <vector>

namespace catalogbench {

namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QJsonArray array(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(round1(x));
    return a;
}

QJsonObject oursOnce(const QString &farSku)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QM_BENCH_FAR_SKU"), farSku);
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(),
        {QStringLiteral("ui"), QStringLiteral("vendure-ours")});
    if (!p.waitForFinished(1800000))
        return {{QStringLiteral("error"), QStringLiteral("timed out")}};
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("RESULT "))
            return QJsonDocument::fromJson(line.mid(7)).object();
    }
    return {{QStringLiteral("error"), QStringLiteral("no result")}};
}

// The generated catalog's SKU ~90 % of the way down (catalog.sql: QM-nnnnnnn-S..XL), as a prefix.
QString farSkuPrefix()
{
    pqxx::connection c(node(QStringLiteral("qm_owner")).toConninfo());
    pqxx::work tx(c);
    const auto r = tx.exec("SELECT sku FROM public.product_variant WHERE sku LIKE 'QM-%' AND "
                           "\"deletedAt\" IS NULL ORDER BY sku OFFSET (SELECT count(*) * 9 / 10 "
                           "FROM public.product_variant WHERE sku LIKE 'QM-%') LIMIT 1");
    if (r.empty())
        return QStringLiteral("QM-");
    const QString sku = QString::fromStdString(r[0][0].as<std::string>());
    return sku.left(sku.lastIndexOf(u'-') + 1); // "QM-0225000-": the product's four sizes
}

const char *kVariantFields = "totalItems items { id sku name enabled price priceWithTax "
                             "currencyCode stockLevels { stockOnHand stockAllocated } updatedAt }";

} // namespace

void runVendure(int runs)
{
    const QString farSku = farSkuPrefix();
    qm::bench::VendureAdmin admin;
    QString error;
    if (!admin.login(&error)) {
        std::fprintf(
            stderr, "bench_catalog: Vendure Admin API sign-in failed: %s\n", qPrintable(error));
        return;
    }
    const QString list = QStringLiteral("query($skip: Int, $take: Int) { productVariants(options: "
                                        "{skip: $skip, take: $take, sort: {id: ASC}}) { %1 } }")
                             .arg(QLatin1String(kVariantFields));
    const QString filtered = QStringLiteral("query($sku: String) { productVariants(options: "
                                            "{take: 100, sort: {id: ASC}, filter: {sku: "
                                            "{contains: $sku}}}) { %1 } }")
                                 .arg(QLatin1String(kVariantFields));

    std::vector<double> oFirst, oJump, oFilter, pFirst, pJump, pFilter;
    qint64 rows = 0;
    qint64 peerRows = 0;
    qint64 peerFilterRows = 0;
    bool exact = false;
    for (int i = 0; i < runs; ++i) {
        const QJsonObject o = oursOnce(farSku);
        if (o.contains(QStringLiteral("error"))) {
            std::fprintf(stderr, "bench_catalog: ours: %s\n",
                qPrintable(o.value(QStringLiteral("error")).toString()));
            return;
        }
        oFirst.push_back(o.value(QStringLiteral("first_screen_ms")).toDouble());
        oJump.push_back(o.value(QStringLiteral("jump_ms")).toDouble());
        oFilter.push_back(o.value(QStringLiteral("filter_ms")).toDouble());
        rows = o.value(QStringLiteral("rows")).toInteger();
        exact = o.value(QStringLiteral("count_exact")).toBool();

        double ms = 0;
        const QJsonObject first = admin.query(
            list, {{QStringLiteral("skip"), 0}, {QStringLiteral("take"), 100}}, &ms, &error);
        if (!error.isEmpty())
            break;
        pFirst.push_back(ms);
        peerRows = first.value(QStringLiteral("productVariants"))
                       .toObject()
                       .value(QStringLiteral("totalItems"))
                       .toInteger();
        admin.query(list, {{QStringLiteral("skip"), peerRows / 2}, {QStringLiteral("take"), 100}},
            &ms, &error);
        if (!error.isEmpty())
            break;
        pJump.push_back(ms);
        const QJsonObject f = admin.query(filtered, {{QStringLiteral("sku"), farSku}}, &ms, &error);
        if (!error.isEmpty())
            break;
        pFilter.push_back(ms);
        peerFilterRows = f.value(QStringLiteral("productVariants"))
                             .toObject()
                             .value(QStringLiteral("totalItems"))
                             .toInteger();
    }
    if (!error.isEmpty())
        std::fprintf(stderr, "bench_catalog: Vendure Admin API: %s\n", qPrintable(error));

    const QString peer = QStringLiteral("Vendure Admin API productVariants (take 100, sort id)");
    auto line = [&](const char *metric, const std::vector<double> &o, const std::vector<double> &p,
                    QJsonObject extra) {
        extra.insert(QStringLiteral("rows"), rows);
        extra.insert(QStringLiteral("peer_rows"), peerRows);
        extra.insert(QStringLiteral("runs"), int(o.size()));
        extra.insert(QStringLiteral("ours_runs_ms"), array(o));
        extra.insert(QStringLiteral("peer_runs_ms"), array(p));
        print(QLatin1String(metric), QStringLiteral("ms"), round1(median(o)), peer,
            p.empty() ? std::nullopt : std::optional<double>(round1(median(p))), extra);
    };
    line("first_screen_ms", oFirst, pFirst,
        {{QStringLiteral("goal"), QStringLiteral("< 150")},
            {QStringLiteral("count_exact"), exact}});
    line("jump_to_middle_ms", oJump, pJump,
        {{QStringLiteral("goal"), QStringLiteral("< 150")}, {QStringLiteral("row"), rows / 2},
            {QStringLiteral("peer_skip"), peerRows / 2}});
    line("filter_sku_far_down_ms", oFilter, pFilter,
        {{QStringLiteral("sku"), farSku},
            {QStringLiteral("peer_filter"), QStringLiteral("contains")},
            {QStringLiteral("peer_matches"), peerFilterRows}});
}

} // namespace catalogbench
