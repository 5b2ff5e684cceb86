#include "stallmeter.h"

#include "logging.h"

#include <algorithm>
#include <ctime>

namespace qm {

namespace {
StallMeter *g_instance = nullptr;

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

void StallMeter::start()
{
    m_clock.start();
    m_last = 0;
    m_lastCpuUs = threadCpuUs();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::reset()
{
    m_maxStallMs = 0;
    m_samples = 0;
    m_over16 = 0;
    m_over50 = 0;
    m_maxTaskUs = -1;
    m_tasksOver16 = 0;
    m_tasksOver50 = 0;
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
        m_maxTaskUs = std::max(m_maxTaskUs, own);
        if (own > 16000)
            ++m_tasksOver16;
        if (own > 50000)
            ++m_tasksOver50;
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
