#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFuture>
#include <QTimer>

namespace qm {

// Waits on a worker thread for a future whose work runs in this thread's event loop (a Redis or
// HTTP client living here), processing this thread's events meanwhile. Returns whether the future
// finished; false after timeoutMs, or at once when the application object is gone.
//
// Why not QEventLoop::exec(): once QCoreApplication is destroyed, Qt delivers no event to any
// object (QCoreApplication::notifyInternal2 drops them), so neither the timeout timer nor the reply
// could ever quit that loop. ~QCoreApplication waits for the global thread pool, so one worker
// still inside a synchronous call at exit hung the process forever (CI: a Sentinel rediscovery
// started by the last +switch-master message outlived its test). Here the deadline and the
// application are checked on every wake-up, and a heartbeat timer guarantees a wake-up even when
// events are dropped.
template <typename T> bool awaitFuture(const QFuture<T> &future, int timeoutMs)
{
    if (future.isFinished())
        return true;
    if (!QCoreApplication::instance())
        return false;
    QEventLoop loop; // makes sure this thread has an event dispatcher
    QTimer heartbeat;
    heartbeat.start(50);
    const QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished()) {
        if (deadline.hasExpired() || !QCoreApplication::instance())
            return false;
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace qm
