#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// The shared plan -> confirm -> intent -> execute -> verify -> outcome flow of
// docs/architecture.md "Safety of destructive actions". An action (a cache purge, a catalog bulk
// edit, a runbook step) implements DestructiveAction; safety::Flow (flow.h) runs its steps off the
// GUI thread, asks for the confirmation that confirmRequirement() (friction.h) scales to impact and
// environment, and records the plan and the outcome through an AuditSink (audit.h). Everything
// here is a value that crosses threads.
namespace qm::safety {

// How much a mistake would hurt: drives the confirmation friction.
enum class Impact { Low, Medium, High };

struct Plan
{
    QString action; // machine name for the audit log: "cache.purge.pattern"
    QString title; // for people: "Purge the Redis keys matching page:1*"
    QString target; // what production asks to type: the pattern, the tag, the product id
    qint64 count = -1; // how many things it hits (-1: cannot be known in advance)
    QString unit; // "keys", "products", "objects" (translated)
    bool countExact = true;
    QStringList sample; // up to 20 of the things it hits, as people read them
    QStringList details; // "Frees about 120 MB (estimated from 200 sampled keys)"
    QStringList warnings;
    bool refused = false; // the plan itself says no (a protected namespace, nothing to do...)
    QString refusal; // why, and how to proceed
    Impact impact = Impact::Medium;
    QJsonObject data; // the action's own parameters and findings; goes to the audit log

    QJsonObject toJson() const;
};

struct Progress
{
    qint64 done = 0;
    qint64 total = -1; // -1: unknown
    QString stage; // "Deleting on 127.0.0.1:6379"
    double probeLatencyMs = -1; // what a shopper sees right now (paced actions)
    double pauseMs = 0; // the pacing pause currently applied
};

struct Outcome
{
    bool complete = false; // every planned item handled
    qint64 done = 0; // items actually changed (partial counts after an error)
    std::optional<Error> error; // why it stopped early (Cancelled when the user stopped it)
    QStringList notes; // for people
    QJsonObject data; // for the audit log
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

struct Verification
{
    bool ok = false;
    QString summary; // "0 keys match page:1* now"
    qint64 remaining = -1;
    QJsonObject data;

    QJsonObject toJson() const;
};

// Shared by the runner and the action's worker; cancel() may be called from any thread.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic<bool>>(false))
    { }
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

using ProgressFn = std::function<void(const Progress &)>;

// The steps are blocking and run on a worker thread (never the GUI thread): an action opens the
// connections it needs inside each step, on that thread, and closes them before returning.
class DestructiveAction
{
public:
    virtual ~DestructiveAction() = default;

    virtual QString kind() const = 0; // == Plan::action
    virtual QString describe() const = 0; // one line for people, before a plan exists

    // A dry run: exactly what execute() would hit. Must not change anything.
    virtual Result<Plan> plan(const CancelToken &cancel) = 0;
    // Does it, reporting progress; stops early when cancelled. Always returns an Outcome, with
    // the partial count and the error when it could not finish.
    virtual Outcome execute(const Plan &plan, const ProgressFn &progress, const CancelToken &cancel)
        = 0;
    virtual Result<Verification> verify(
        const Plan &plan, const Outcome &outcome, const CancelToken &cancel)
        = 0;
};

QString impactKey(Impact impact); // "low", "medium", "high"
Impact impactForCount(qint64 count); // a default scale: <= 100 low, <= 10000 medium
QJsonObject errorToJson(const Error &error);

} // namespace qm::safety

Q_DECLARE_METATYPE(qm::safety::Plan)
Q_DECLARE_METATYPE(qm::safety::Progress)
Q_DECLARE_METATYPE(qm::safety::Outcome)
Q_DECLARE_METATYPE(qm::safety::Verification)
