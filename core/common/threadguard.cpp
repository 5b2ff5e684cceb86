#include "threadguard.h"

#include "logging.h"

#include <QCoreApplication>
#include <QThread>
#include <atomic>

namespace qm {

namespace {
std::atomic<bool> g_enabled {false};
std::atomic<int> g_violations {0};
} // namespace

void enableGuiThreadGuard(bool on)
{
    g_enabled = on;
}
bool guiThreadGuardEnabled()
{
    return g_enabled;
}

bool onGuiThread()
{
    auto *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

bool assertMayBlock(const char *what)
{
    if (!g_enabled || !onGuiThread())
        return true;
    ++g_violations;
    qCCritical(lcStall) << "blocking call on the GUI thread:" << what;
#ifdef QM_THREAD_GUARD_ASSERT
    qFatal("blocking call on the GUI thread: %s", what);
#endif
    return false;
}

int guiThreadViolations()
{
    return g_violations;
}

} // namespace qm
