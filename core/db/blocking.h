#pragma once

#include "common/threadguard.h"

#include <QFuture>

namespace qm::db {

// Waits for a future on the calling thread. For qmctl, tests and worker-side code only: on the
// GUI thread this is exactly what the guard exists to catch (it counts or aborts, see
// threadguard.h). The futures of Pool/Cluster/Migrator always carry a result.
template <typename T>
T waitBlocking(QFuture<T> future, const char *what = "wait for a database result")
{
    qm::assertMayBlock(what);
    future.waitForFinished();
    return future.result();
}

} // namespace qm::db
