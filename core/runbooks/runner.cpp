#include "runbooks/runner.h"

#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QtConcurrent>

namespace qm::runbooks {

// Forwards the engine's calls from the worker to the runner's thread while the runner lives.
class RunnerRelay : public RunObserver
{
public:
    explicit RunnerRelay(RunbookRunner *runner)
        : m_runner(runner)
    { }
    void detach()
    {
        QMutexLocker lock(&m_mutex);
        m_runner = nullptr;
    }
    template <typename F> void post(F f)
    {
        QMutexLocker lock(&m_mutex);
        if (m_runner)
            QMetaObject::invokeMethod(m_runner, std::move(f), Qt::QueuedConnection);
    }
    void stepStarted(const QString &runId, const QString &stepId, int index) override
    {
        post([r = m_runner, runId, stepId, index] { Q_EMIT r->stepStarted(runId, stepId, index); });
    }
    void stepVerified(const QString &runId, const QString &stepId, qint64 ms) override
    {
        post([r = m_runner, runId, stepId, ms] { Q_EMIT r->stepVerified(runId, stepId, ms); });
    }
    void stepFailed(
        const QString &runId, const QString &stepId, const QString &why, qint64 ms) override
    {
        post([r = m_runner, runId, stepId, why, ms] {
            Q_EMIT r->stepFailed(runId, stepId, why, ms);
        });
    }
    void logLine(const QString &runId, const QString &line) override
    {
        post([r = m_runner, runId, line] { Q_EMIT r->logLine(runId, line); });
    }

    QMutex m_mutex;
    QPointer<RunbookRunner> m_runner;
};

RunbookRunner::RunbookRunner(EngineConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_relay(std::make_shared<RunnerRelay>(this))
{ }

RunbookRunner::~RunbookRunner()
{
    m_config.cancel.cancel();
    m_relay->detach();
}

void RunbookRunner::cancel()
{
    m_config.cancel.cancel();
}

void RunbookRunner::start(std::function<QJsonObject(Engine &)> work, bool isPlan)
{
    m_busy = true;
    EngineConfig config = m_config;
    auto relay = m_relay;
    config.observer = relay.get();
    QThreadPool::globalInstance()->start([config, relay, work = std::move(work), isPlan]() mutable {
        Engine engine(std::move(config));
        const QJsonObject result = work(engine);
        relay->post([r = relay->m_runner, result, isPlan] {
            r->m_busy = false;
            if (isPlan)
                Q_EMIT r->planned(result);
            else
                Q_EMIT r->finished(result);
        });
    });
}

void RunbookRunner::plan(const Runbook &runbook, const QJsonObject &parameters)
{
    start([runbook, parameters](Engine &e) { return e.plan(runbook, parameters).toJson(); }, true);
}

void RunbookRunner::run(const Runbook &runbook, const QJsonObject &parameters)
{
    start([runbook, parameters](Engine &e) { return e.run(runbook, parameters).toJson(); }, false);
}

void RunbookRunner::resume(const Runbook &runbook, const QString &runId)
{
    start([runbook, runId](Engine &e) { return e.resume(runbook, runId).toJson(); }, false);
}

} // namespace qm::runbooks
