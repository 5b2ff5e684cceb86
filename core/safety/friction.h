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

// Above these sizes a destructive action asks for the typed confirmation on staging too
// (production always asks for it). Catalog actions count products, the others keys or entries.
struct SizeLimits
{
    qint64 keys = 100000; // a purge of more keys (or queue entries, tag sets...)
    qint64 products = 10000; // a bulk edit of more products
    static SizeLimits fromSettings(); // Settings::typedConfirmAbove*()
    qint64 limitFor(const Plan &plan) const; // by the plan's action ("catalog.*": products)
};

class FrictionPolicy
{
    Q_DECLARE_TR_FUNCTIONS(qm::safety::FrictionPolicy)
public:
    // With the configured size limits (SizeLimits::fromSettings()).
    static ConfirmRequirement requirementFor(Profile::Environment environment, const Plan &plan);
    static ConfirmRequirement requirementFor(
        Profile::Environment environment, const Plan &plan, const SizeLimits &limits);
    // True when what the person did satisfies the requirement. For TypeTarget, `typed` must be
    // the phrase exactly (no trimming: a pattern's spaces are part of it).
    static bool satisfied(
        const ConfirmRequirement &requirement, bool acknowledged, const QString &typed);
};

} // namespace qm::safety
