#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace qm {

// Measures how late a GUI-thread timer fires: the longest time the event loop was blocked
// (wall clock). Next to it, the GUI thread's own work: the CPU time the thread itself used in its
// longest stretch between two ticks (maxTaskMs), i.e. the longest event-loop task (or burst of
// tasks run back to back) without the time spent waiting for a CPU that other processes held.
// On a machine shared with the servers a stall can be long while the console's own task was
// short. Part of the app (--stall-report), read by tests and benchmarks. Budget 50 ms, goal 16 ms.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr, int intervalMs = 5);

    void start();
    void stop();
    void reset();

    qint64 maxStallMs() const { return m_maxStallMs; }
    // The GUI thread's own CPU time in its longest stretch between two ticks (-1 where the
    // platform gives no thread CPU clock).
    double maxTaskMs() const { return m_maxTaskUs < 0 ? -1 : m_maxTaskUs / 1000.0; }
    qint64 tasksOver(qint64 ms) const { return ms >= 50 ? m_tasksOver50 : m_tasksOver16; }
    qint64 stallsOver(qint64 ms) const;
    qint64 samples() const { return m_samples; }

    static StallMeter *instance(); // the app's meter, if one was installed
    static void setInstance(StallMeter *meter);

Q_SIGNALS:
    void stalled(qint64 ms);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_samples = 0;
    qint64 m_over16 = 0;
    qint64 m_over50 = 0;
    qint64 m_lastCpuUs = -1;
    qint64 m_maxTaskUs = -1;
    qint64 m_tasksOver16 = 0;
    qint64 m_tasksOver50 = 0;
    int m_intervalMs;
};

} // namespace qm
