#include "stallmeter.h"

#include "logging.h"

namespace qm {

namespace {
StallMeter *g_instance = nullptr;
}

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
    m_last = m_clock.isValid() ? m_clock.elapsed() : 0;
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
