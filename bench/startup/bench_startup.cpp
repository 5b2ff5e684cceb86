// scripts/bench startup: cold start to the first painted main window, and RSS, for the console
// (--exit-after-first-paint, on the sandbox profile) and a bare Qt Widgets window, alternating, in
// the same run. Time is measured here, from process start to the JSON line the program prints at
// its first paint — the same clock for both. Median of N runs. One JSON object per line.
#include "benchline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Sample
{
    double firstPaintMs = -1; // measured by this runner
    double connectedMs = -1; // the console only: health strip shows the primary up
    double rssKb = -1; // at first paint
    double rssConnectedKb = -1;
    double anonKb = -1; // RssAnon: heap, stacks (not the mapped pages of libraries)
    double anonConnectedKb = -1;
};

double median(std::vector<double> v)
{
    v.erase(std::remove(v.begin(), v.end(), -1.0), v.end());
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Sample runOnce(const QString &program, const QStringList &args)
{
    Sample s;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return s;
    QByteArray buffer;
    while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
        p.waitForReadyRead(100);
        buffer += p.readAllStandardOutput();
        int nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.contains(QStringLiteral("first_paint_ms"))) {
                s.firstPaintMs = clock.elapsed();
                s.rssKb = o.value(QStringLiteral("rss_kb")).toDouble();
                s.anonKb = o.value(QStringLiteral("rss_anon_kb")).toDouble(-1);
            } else if (o.contains(QStringLiteral("connected_ms"))) {
                s.connectedMs = clock.elapsed();
                s.rssConnectedKb = o.value(QStringLiteral("rss_kb")).toDouble();
                s.anonConnectedKb = o.value(QStringLiteral("rss_anon_kb")).toDouble(-1);
            }
        }
        if (clock.elapsed() > 60000) {
            p.kill();
            break;
        }
    }
    p.waitForFinished(5000);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = qEnvironmentVariableIsSet("QM_BENCH_RUNS")
        ? std::max(1, qEnvironmentVariableIntValue("QM_BENCH_RUNS"))
        : 7;
    const QString profile = qEnvironmentVariable("QM_PROFILE");
    if (profile.isEmpty()) {
        std::fprintf(
            stderr, "bench_startup: set QM_PROFILE to a profile.json (scripts/bench does)\n");
        return 2;
    }

    std::vector<double> oursPaint, oursRss, oursConn, oursRssConn, barePaint, bareRss;
    std::vector<double> oursAnonConn, bareAnon;
    for (int i = 0; i < runs; ++i) {
        const Sample bare = runOnce(QStringLiteral(QM_BARE_WINDOW), {});
        const Sample ours = runOnce(QStringLiteral(QM_CONSOLE),
            {QStringLiteral("--profile"), profile, QStringLiteral("--exit-after-first-paint")});
        barePaint.push_back(bare.firstPaintMs);
        bareRss.push_back(bare.rssKb);
        oursPaint.push_back(ours.firstPaintMs);
        oursRss.push_back(ours.rssKb);
        oursConn.push_back(ours.connectedMs);
        oursRssConn.push_back(ours.rssConnectedKb);
        oursAnonConn.push_back(ours.anonConnectedKb);
        bareAnon.push_back(bare.anonKb);
    }

    const double op = median(oursPaint), bp = median(barePaint);
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"));
    qm::bench::print({QStringLiteral("startup"), QStringLiteral("first_paint_ms"),
        QStringLiteral("ms"), op, QStringLiteral("bare Qt 6 Widgets window"), bp,
        {{"runs", runs}, {"platform", platform}}});
    const double orss = median(oursRssConn), brss = median(bareRss);
    qm::bench::print(
        {QStringLiteral("startup"), QStringLiteral("rss_kb_after_connect"), QStringLiteral("kB"),
            orss, QStringLiteral("bare Qt 6 Widgets window (at first paint)"), brss,
            {{"ours_rss_at_first_paint_kb", median(oursRss)},
                // RssAnon: the part of each RSS that is the process's own memory (heap, stacks);
                // the rest is mostly mapped pages of shared libraries, which other processes share.
                {"ours_rss_anon_kb_after_connect", median(oursAnonConn)},
                {"peer_rss_anon_kb", median(bareAnon)}, {"runs", runs}}});
    qm::bench::print({QStringLiteral("startup"), QStringLiteral("connected_ms"),
        QStringLiteral("ms"), median(oursConn), QStringLiteral("none"), std::nullopt,
        {{"runs", runs},
            {"note",
                "process start to health strip showing the primary up; "
                "a bare window does not connect"}}});
    return 0;
}
