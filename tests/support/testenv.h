#pragma once

#include "db/cluster.h"
#include "redis/client.h"

#include <QString>
#include <QStringList>

// What integration and GUI tests know about the servers scripts/test started for them.
// scripts/test exports QM_SANDBOX_DIR (the sandbox state folder); its profile.json names the
// endpoints. A test that needs servers calls QM_REQUIRE_SANDBOX() first.
namespace qmtest {

bool haveSandbox();
QString sandboxDir();
QString profilePath();            // $QM_SANDBOX_DIR/profile.json
qm::db::ClusterConfig clusterConfig(const QString &user = {}); // primary + replica, owner creds by default
qm::db::ConnectionParams primaryParams(const QString &user = {});
qm::db::ConnectionParams replicaParams(const QString &user = {});
qm::redis::Endpoint redisEndpoint();

// Runs scripts/sandbox with the given arguments against the test sandbox (e.g. {"stop", "replica"}).
// Returns the exit code; output goes to the test log.
int sandboxCtl(const QStringList &args, int timeoutMs = 60000);

// Waits, spinning the event loop, until the future is finished (or fails the test on timeout).
template <typename F>
bool waitFor(F &future, int timeoutMs = 10000);

} // namespace qmtest

#define QM_REQUIRE_SANDBOX()                                                                        \
    do {                                                                                            \
        if (!qmtest::haveSandbox())                                                                 \
            QFAIL("no sandbox: run through scripts/test (it starts the servers and sets "           \
                  "QM_SANDBOX_DIR)");                                                               \
    } while (0)

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

template <typename F>
bool qmtest::waitFor(F &future, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!future.isFinished()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}
