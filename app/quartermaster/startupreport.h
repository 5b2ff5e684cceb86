#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace qm {

class MainWindow;
struct Profile;

// The headless modes of main():
//  --check SHOT.png          wait for live data (store summary loaded, primary up), grab the window
//                            into SHOT.png and exit 0; exit 1 with a message after the timeout.
//  --exit-after-first-paint  print {"first_paint_ms","rss_kb","rss_anon_kb"} at the window's first
//                            paint and {"connected_ms","rss_kb","rss_anon_kb"} once the strip
//                            shows the primary up, exit.
class StartupReport : public QObject
{
    Q_OBJECT
public:
    explicit StartupReport(MainWindow *window, QObject *parent = nullptr);

    void checkInto(const QString &screenshotPath, int timeoutMs = 60000);
    // With --check: after the overview shot, show every workspace for a few seconds and grab it
    // into SHOT-<key>.png (what a person clicking through would see).
    void setVisitWorkspaces(bool visit) { m_visitWorkspaces = visit; }
    void exitAfterFirstPaint(int timeoutMs = 60000);

    static qint64 msSinceProcessStart(); // /proc/self/stat starttime vs CLOCK_BOOTTIME
    // Where start-up spends its time: with QT_LOGGING_RULES="qm.startup.debug=true", each mark is
    // printed to stderr as "mark NAME WALL cpu THREAD PROCESS" in microseconds: CLOCK_MONOTONIC
    // (a runner subtracts its own spawn time; /proc/self/stat counts in 10 ms ticks, too coarse),
    // then the GUI thread's and the process's CPU time.
    static void mark(const char *what);
    // A field of /proc/self/status in kB (-1 where there is none): VmRSS, or RssAnon, the part of
    // it that is this process's own memory (heap, stacks) rather than mapped library pages.
    static long statusKb(const char *field = "VmRSS");
    static long rssKb() { return statusKb("VmRSS"); }
    // One line for --check: sslmode, CA, Redis TLS and the client certificate (its CN, expiry).
    static QString tlsSummary(const Profile &profile);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void maybeShoot();
    void visitWorkspace(int index);
    void finishCheck();
    void reportConnected();
    QString whatIsMissing() const;

    MainWindow *m_window;
    QString m_shotPath;
    QTimer m_deadline;
    bool m_check = false;
    bool m_firstPaint = false;
    bool m_painted = false;
    bool m_done = false;
    bool m_visitWorkspaces = false;
};

} // namespace qm
