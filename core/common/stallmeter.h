#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace qm {

// Measures how late a GUI-thread timer fires: the longest time the event loop was blocked.
// Part of the app (--stall-report), read by tests and benchmarks. Budget 50 ms, goal 16 ms.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr, int intervalMs = 5);

    void start();
    void stop();
    void reset();

    qint64 maxStallMs() const { return m_maxStallMs; }
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
    int m_intervalMs;
};

} // namespace qm
