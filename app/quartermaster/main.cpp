// The composition root: options, translations, the GUI-thread guard and stall meter, the stores,
// the main window. Everything else lives in the libraries (core, models, widgets).
#include "appstyle.h"
#include "common/logging.h"
#include "common/stallmeter.h"
#include "common/threadguard.h"
#include "firstpaint.h"
#include "mainwindow.h"
#include "meteredapplication.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "settings/languages.h"
#include "settings/settings.h"
#include "startupreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace {

struct Options
{
    QString profilePath;
    QString checkShot;
    bool checkAll = false;
    bool stallReport = false;
    bool exitAfterFirstPaint = false;
};

Options parseOptions(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Operations console for online stores: catalog, stock, orders, caches, runbooks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
        QApplication::translate("main", "Open the connection profile in FILE (profile.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption check(QStringLiteral("check"),
        QApplication::translate("main",
            "Headless check: wait until the window shows live data, "
            "save a screenshot to SHOT.png, exit 0 (1 after 60 s)."),
        QStringLiteral("SHOT.png"));
    const QCommandLineOption checkAll(QStringLiteral("check-all"),
        QApplication::translate("main",
            "With --check: then show each workspace for a few seconds and save "
            "SHOT-<workspace>.png."));
    const QCommandLineOption stall(QStringLiteral("stall-report"),
        QApplication::translate("main", "On exit, print the largest GUI-thread stall as JSON."));
    const QCommandLineOption firstPaint(QStringLiteral("exit-after-first-paint"),
        QApplication::translate("main",
            "Startup benchmark: print the time to the first paint "
            "and to connected as JSON, then exit."));
    parser.addOptions({profile, check, checkAll, stall, firstPaint});
    parser.process(app);
    Options o;
    o.profilePath = parser.value(profile);
    o.checkShot = parser.value(check);
    o.checkAll = parser.isSet(checkAll);
    o.stallReport = parser.isSet(stall);
    o.exitAfterFirstPaint = parser.isSet(firstPaint);
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    qm::StartupReport::mark("main");
    qm::MeteredApplication app(argc, argv); // --stall-report: the longest single task
    qm::StartupReport::mark("application");
    QApplication::setOrganizationName(QStringLiteral("Quartermaster"));
    QApplication::setOrganizationDomain(QStringLiteral("quartermaster.invalid"));
    QApplication::setApplicationName(QStringLiteral("Quartermaster"));
    QApplication::setApplicationDisplayName(QStringLiteral("Quartermaster"));
    QApplication::setApplicationVersion(QStringLiteral(QM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("quartermaster"));
    // The language chosen in Settings (default: the system's), with Qt's own strings to match.
    qm::languages::install(app, qm::Settings::language());
    const Options options = parseOptions(app);
    qm::StartupReport::mark("options");

    qm::enableGuiThreadGuard(true);
    // The meter measures the running event loop: it starts with the loop's first iteration, so the
    // window's construction (start-up, measured by --exit-after-first-paint) is not a "stall".
    qm::StallMeter meter;
    qm::StallMeter::setInstance(&meter);
    QTimer::singleShot(0, &meter, &qm::StallMeter::start);

    qm::applyAppStyle(app, qm::resolveTheme(qm::Settings::theme()));
    qm::StartupReport::mark("style");
    qm::ProfileStore store;
    qm::SecretStore secrets;
    qm::StartupReport::mark("stores");
    qm::MainWindow window(&store, &secrets);
    qm::StartupReport::mark("window");
    qm::StartupReport report(&window);
    if (!options.checkShot.isEmpty()) {
        report.setVisitWorkspaces(options.checkAll);
        report.checkInto(QDir::current().absoluteFilePath(options.checkShot));
    }
    if (options.exitAfterFirstPaint)
        report.exitAfterFirstPaint();

    // What to open is decided now (a bad --profile file exits before the loop); it opens once the
    // window has painted its first frame (firstpaint.h).
    std::optional<qm::Profile> profile;
    if (!options.profilePath.isEmpty()) {
        auto imported = qm::ProfileStore::importFile(options.profilePath);
        if (!imported) {
            std::fprintf(stderr, "quartermaster: %s\n", qPrintable(imported.error().toString()));
            return 2;
        }
        profile = imported.value();
    } else if (const QString last = qm::Settings::lastProfile(); !last.isEmpty()) {
        if (auto stored = store.load(last))
            profile = stored.value();
    }
    if (profile)
        window.announceProfile(*profile);
    window.show();
    qm::StartupReport::mark("shown");
    qm::whenFirstPainted(&window, [&window, profile] {
        if (profile)
            window.openProfile(*profile);
        else
            window.showProfileDialog();
    });

    qm::StartupReport::mark("profile");
    const int rc = app.exec();
    meter.stop();
    if (options.stallReport)
        std::printf("{\"max_stall_ms\":%lld,\"samples\":%lld,\"max_task_ms\":%.1f,"
                    "\"max_burst_ms\":%.1f,\"tasks_over_16ms\":%lld}\n",
            static_cast<long long>(meter.maxStallMs()), static_cast<long long>(meter.samples()),
            meter.maxTaskMs(), meter.maxBurstMs(), static_cast<long long>(meter.tasksOver(16)));
    qm::StallMeter::setInstance(nullptr);
    return rc;
}
