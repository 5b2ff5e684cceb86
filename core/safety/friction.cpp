#include "safety/friction.h"

namespace qm::safety {

ConfirmRequirement FrictionPolicy::requirementFor(
    Profile::Environment environment, const Plan &plan)
{
    ConfirmRequirement r;
    r.phrase = plan.target;
    switch (environment) {
    case Profile::Environment::Production:
        r.friction = Friction::TypeTarget;
        r.reason = tr("This is production: type the target to confirm.");
        break;
    case Profile::Environment::Staging:
        if (plan.impact == Impact::High) {
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
