#pragma once

#include "runbooks/engine.h"

#include <QObject>
#include <memory>

// The engine for a GUI: runs a plan, a run or a resume on a worker thread and reports each step
// through queued signals on the runner's thread, with timings. The GUI thread never waits. If the
// runner is destroyed mid-run, the run is cancelled (the current step stops at its next cancel
// point, the journal and audit log keep what happened, and the run can be resumed).
namespace qm::runbooks {

class RunnerRelay;

class RunbookRunner : public QObject
{
    Q_OBJECT
public:
    explicit RunbookRunner(EngineConfig config, QObject *parent = nullptr);
    ~RunbookRunner() override;

    void plan(const Runbook &runbook, const QJsonObject &parameters);
    void run(const Runbook &runbook, const QJsonObject &parameters);
    void resume(const Runbook &runbook, const QString &runId);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void planned(const QJsonObject &plan); // RunPlan::toJson()
    void stepStarted(const QString &runId, const QString &stepId, int index);
    void stepVerified(const QString &runId, const QString &stepId, qint64 ms);
    void stepFailed(const QString &runId, const QString &stepId, const QString &why, qint64 ms);
    void logLine(const QString &runId, const QString &line);
    void finished(const QJsonObject &report); // RunReport::toJson()

private:
    void start(std::function<QJsonObject(Engine &)> work, bool isPlan);

    EngineConfig m_config;
    std::shared_ptr<RunnerRelay> m_relay;
    bool m_busy = false;
};

} // namespace qm::runbooks
