#include "safety/friction.h"

#include "settings/settings.h"

namespace qm::safety {

SizeLimits SizeLimits::fromSettings()
{
    return SizeLimits {Settings::typedConfirmAboveKeys(), Settings::typedConfirmAboveProducts()};
}

qint64 SizeLimits::limitFor(const Plan &plan) const
{
    return plan.action.startsWith(QLatin1String("catalog.")) ? products : keys;
}

ConfirmRequirement FrictionPolicy::requirementFor(
    Profile::Environment environment, const Plan &plan)
{
    return requirementFor(environment, plan, SizeLimits::fromSettings());
}

ConfirmRequirement FrictionPolicy::requirementFor(
    Profile::Environment environment, const Plan &plan, const SizeLimits &limits)
{
    const qint64 limit = limits.limitFor(plan);
    const bool large = plan.count > limit;
    ConfirmRequirement r;
    r.phrase = plan.target;
    switch (environment) {
    case Profile::Environment::Production:
        r.friction = Friction::TypeTarget;
        r.reason = tr("This is production: type the target to confirm.");
        break;
    case Profile::Environment::Staging:
        if (large) {
            r.friction = Friction::TypeTarget;
            r.reason = tr("More than %L1 %2 on staging: type the target to confirm.")
                           .arg(limit)
                           .arg(plan.unit.isEmpty() ? tr("items") : plan.unit);
        } else if (plan.impact == Impact::High) {
            r.friction = Friction::TypeTarget;
            r.reason = tr("A large change on staging: type the target to confirm.");
        } else {
            r.friction = Friction::Acknowledge;
            r.reason = tr("Staging: confirm that you understand what this changes.");
        }
        break;
    case Profile::Environment::Development:
        r.friction = plan.impact == Impact::Low ? Friction::Click : Friction::Acknowledge;
        r.reason = plan.impact == Impact::Low
            ? tr("A small change on a development system.")
            : tr("Confirm that you understand what this changes.");
        break;
    }
    // Nothing to type means nothing a person could check: fall back to an acknowledgement.
    if (r.friction == Friction::TypeTarget && r.phrase.isEmpty())
        r.friction = Friction::Acknowledge;
    return r;
}

bool FrictionPolicy::satisfied(
    const ConfirmRequirement &requirement, bool acknowledged, const QString &typed)
{
    switch (requirement.friction) {
    case Friction::Click:
        return true;
    case Friction::Acknowledge:
        return acknowledged;
    case Friction::TypeTarget:
        return !requirement.phrase.isEmpty() && typed == requirement.phrase;
    }
    return false;
}

} // namespace qm::safety
