#pragma once

#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace qm::safety {

// Several actions as one, in order, through one flow: one plan (the parts' plans side by side),
// one confirmation, one audit entry. A coordinated cache purge (Redis objects, then Varnish
// pages) and runbook steps are built this way. The first part's count is the headline count.
// execute() stops at the first part that fails or is cancelled; the outcome names it.
class CompositeAction : public DestructiveAction
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::CompositeAction)
public:
    CompositeAction(QString kind, QString title, QString target);

    void add(std::shared_ptr<DestructiveAction> part);
    const std::vector<std::shared_ptr<DestructiveAction>> &parts() const { return m_parts; }

    QString kind() const override { return m_kind; }
    QString describe() const override { return m_title; }
    Result<Plan> plan(const CancelToken &cancel) override;
    Outcome execute(
        const Plan &plan, const ProgressFn &progress, const CancelToken &cancel) override;
    Result<Verification> verify(
        const Plan &plan, const Outcome &outcome, const CancelToken &cancel) override;

    // Between the parts' plans (e.g. pages found in Redis become Varnish's verify paths).
    std::function<void(const std::vector<Plan> &plansSoFar)> beforeNextPlan;

private:
    QString m_kind;
    QString m_title;
    QString m_target;
    std::vector<std::shared_ptr<DestructiveAction>> m_parts;
    std::vector<Plan> m_plans;
    std::vector<Outcome> m_outcomes;
};

} // namespace qm::safety
