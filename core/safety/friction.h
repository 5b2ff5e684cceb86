#pragma once

#include "profiles/profile.h"
#include "safety/destructiveaction.h"

#include <QCoreApplication>
#include <QString>

namespace qm::safety {

// How hard the confirmation is: scaled to the plan's impact and the profile's environment.
enum class Friction {
    Click, // a plain "Purge" button (development, small)
    Acknowledge, // tick "I understand what this deletes", then the button
    TypeTarget, // type the target's name (production always; staging when the impact is high)
};

struct ConfirmRequirement
{
    Friction friction = Friction::Click;
    QString phrase; // what to type for TypeTarget: the plan's target
    QString reason; // for people: why this much friction
};

class FrictionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::FrictionPolicy)
public:
    static ConfirmRequirement requirementFor(Profile::Environment environment, const Plan &plan);
    // True when what the person did satisfies the requirement. For TypeTarget, `typed` must be
    // the phrase exactly (no trimming: a pattern's spaces are part of it).
    static bool satisfied(
        const ConfirmRequirement &requirement, bool acknowledged, const QString &typed);
};

} // namespace qm::safety
