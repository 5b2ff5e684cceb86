#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace qm {

// Measures how late a GUI-thread timer fires: the longest time the event loop was blocked
// (wall clock). Next to it, the GUI thread's own work, in the thread's CPU time (without the time
// spent waiting for a CPU that other processes held: on a machine shared with the servers a stall
// can be long while the console's own work was short):
// - maxTaskMs: the longest single event-loop task, when the application brackets each top-level
//   event (qm::MeteredApplication calls eventBegin/eventEnd from notify()); a nested event loop
//   (a modal dialog's exec) ends the task it runs in where it waits.
// - maxBurstMs: the longest stretch between two ticks. A CPU-starved GUI thread runs every event
//   that became ready meanwhile back to back, so this adds several tasks together. Without the
//   bracketing, maxTaskMs is this figure.
// Part of the app (--stall-report), read by tests and benchmarks. Budget 50 ms, goal 16 ms.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr, int intervalMs = 5);
    ~StallMeter() override;

    void start();
    void stop();
    void reset();

    qint64 maxStallMs() const { return m_maxStallMs; }
    // The GUI thread's CPU time in its longest single task (see above; -1 where the platform
    // gives no thread CPU clock), and how many tasks took more than 16 or 50 ms.
    double maxTaskMs() const;
    qint64 tasksOver(qint64 ms) const;
    // The GUI thread's CPU time in its longest stretch between two ticks, and how many stretches
    // took more than 16 or 50 ms.
    double maxBurstMs() const { return m_maxBurstUs < 0 ? -1 : m_maxBurstUs / 1000.0; }
    qint64 burstsOver(qint64 ms) const { return ms >= 50 ? m_burstsOver50 : m_burstsOver16; }
    // Whether tasks were bracketed one by one while the meter ran (else maxTaskMs is the burst).
    bool tasksBracketed() const { return m_singleTasks > 0; }
    qint64 stallsOver(qint64 ms) const;
    qint64 samples() const { return m_samples; }

    static StallMeter *instance(); // the app's meter, if one was installed
    static void setInstance(StallMeter *meter);

    // Around every event the application delivers (QCoreApplication::notify): the outermost
    // event of the GUI thread is one task. Cheap when no meter runs. Any thread may call them.
    static void eventBegin();
    static void eventEnd();
    // The GUI thread's event loop is about to wait / woke up (QAbstractEventDispatcher): inside
    // a task, that is a nested event loop, and its waiting is no part of the task.
    static void loopAboutToBlock();
    static void loopAwake();

Q_SIGNALS:
    void stalled(qint64 ms);

private:
    void tick();
    void noteTask(qint64 us);
    static void
    endTask(); // the running task (g_taskStartUs) ends now: every running meter notes it

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxStallMs = 0;
    qint64 m_samples = 0;
    qint64 m_over16 = 0;
    qint64 m_over50 = 0;
    qint64 m_lastCpuUs = -1;
    qint64 m_maxBurstUs = -1;
    qint64 m_burstsOver16 = 0;
    qint64 m_burstsOver50 = 0;
    qint64 m_singleTasks = 0;
    qint64 m_maxSingleUs = -1;
    qint64 m_singleOver16 = 0;
    qint64 m_singleOver50 = 0;
    int m_intervalMs;
};

} // namespace qm
