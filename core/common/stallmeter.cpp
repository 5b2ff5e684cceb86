#include "stallmeter.h"

#include "logging.h"

#include <QCoreApplication>
#include <QList>
#include <QThread>
#include <algorithm>
#include <ctime>

namespace qm {

namespace {
StallMeter *g_instance = nullptr;
// The meters that run (GUI thread only) and the task being timed.
QList<StallMeter *> g_running;
qint64 g_taskStartUs = -1;
thread_local int t_depth = 0;

// CPU time the calling thread has used, in microseconds; -1 where there is no such clock.
qint64 threadCpuUs()
{
#if defined(Q_OS_UNIX)
    timespec ts {};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return qint64(ts.tv_sec) * 1000000 + ts.tv_nsec / 1000;
#endif
    return -1;
}
} // namespace

StallMeter::StallMeter(QObject *parent, int intervalMs)
    : QObject(parent)
    , m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

namespace {
bool onGuiThread()
{
    static thread_local const bool gui
        = QCoreApplication::instance() && QThread::currentThread() == qApp->thread();
    return gui;
}
} // namespace

void StallMeter::start()
{
    if (!g_running.contains(this))
        g_running.append(this);
    m_clock.start();
    m_last = 0;
    m_lastCpuUs = threadCpuUs();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
    g_running.removeAll(this);
}

StallMeter::~StallMeter()
{
    g_running.removeAll(this);
}

double StallMeter::maxTaskMs() const
{
    if (m_singleTasks > 0)
        return m_maxSingleUs / 1000.0;
    return maxBurstMs();
}

qint64 StallMeter::tasksOver(qint64 ms) const
{
    if (m_singleTasks > 0)
        return ms >= 50 ? m_singleOver50 : m_singleOver16;
    return burstsOver(ms);
}

void StallMeter::noteTask(qint64 us)
{
    ++m_singleTasks;
    m_maxSingleUs = std::max(m_maxSingleUs, us);
    if (us > 16000)
        ++m_singleOver16;
    if (us > 50000)
        ++m_singleOver50;
}

void StallMeter::eventBegin()
{
    if (t_depth++ != 0 || !onGuiThread() || g_running.isEmpty())
        return;
    g_taskStartUs = threadCpuUs();
}

void StallMeter::endTask()
{
    const qint64 us = threadCpuUs() - g_taskStartUs;
    g_taskStartUs = -1;
    for (StallMeter *m : std::as_const(g_running))
        m->noteTask(us);
}

void StallMeter::eventEnd()
{
    if (--t_depth == 0 && onGuiThread() && g_taskStartUs >= 0)
        endTask();
}

void StallMeter::loopAboutToBlock()
{
    if (t_depth != 0 && onGuiThread() && g_taskStartUs >= 0)
        endTask(); // a nested loop waits: the task so far ends here
}

void StallMeter::loopAwake()
{
    if (t_depth == 0 || !onGuiThread() || g_taskStartUs >= 0 || g_running.isEmpty())
        return;
    g_taskStartUs = threadCpuUs();
}

void StallMeter::reset()
{
    m_maxStallMs = 0;
    m_samples = 0;
    m_over16 = 0;
    m_over50 = 0;
    m_maxBurstUs = -1;
    m_burstsOver16 = 0;
    m_burstsOver50 = 0;
    m_singleTasks = 0;
    m_maxSingleUs = -1;
    m_singleOver16 = 0;
    m_singleOver50 = 0;
    m_last = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_lastCpuUs = threadCpuUs();
}

qint64 StallMeter::stallsOver(qint64 ms) const
{
    if (ms >= 50)
        return m_over50;
    return m_over16;
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_last - m_intervalMs;
    m_last = now;
    ++m_samples;
    // No tick can fire while a task runs, so one task's whole CPU time lies between two ticks.
    const qint64 cpu = threadCpuUs();
    if (cpu >= 0 && m_lastCpuUs >= 0) {
        const qint64 own = cpu - m_lastCpuUs;
        m_maxBurstUs = std::max(m_maxBurstUs, own);
        if (own > 16000)
            ++m_burstsOver16;
        if (own > 50000)
            ++m_burstsOver50;
    }
    m_lastCpuUs = cpu;
    if (late > m_maxStallMs)
        m_maxStallMs = late;
    if (late > 16)
        ++m_over16;
    if (late > 50) {
        ++m_over50;
        qCDebug(lcStall) << "GUI thread stalled" << late << "ms";
        Q_EMIT stalled(late);
    }
}

StallMeter *StallMeter::instance()
{
    return g_instance;
}
void StallMeter::setInstance(StallMeter *meter)
{
    g_instance = meter;
}

} // namespace qm
