#pragma once

// What the qmctl runbook commands share (runbook.cpp: list, plan, run, resume;
// runbook_signing.cpp: keygen, sign, verify; runbook_approval.cpp: request, approve).

#include "command.h"
#include "profiles/profile.h"
#include "runbooks/engine.h"
#include "safety/friction.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <cstdio>
#include <memory>
#include <optional>

namespace qmctl::runbookcli {

namespace rb = qm::runbooks;

bool isTerminal(FILE *stream);
void printJson(Context &ctx, const QJsonObject &o);
// A file path, or the name of a built-in runbook.
QString resolveRunbookPath(const QString &arg);

// --json and --trusted-keys.
void addCommonOptions(QCommandLineParser &p);
// --json, --trusted-keys and --param: what plan and request take before their own options.
void addParameterOptions(QCommandLineParser &p);
// The runbook argument of plan, run and request: a file or a built-in runbook's name.
void addRunbookArgument(QCommandLineParser &p);
// Elevation, --json, --trusted-keys, --param, --yes, --confirm, --answer, --journal-dir.
void addRunOptions(QCommandLineParser &p);
QString trustedKeys(const QCommandLineParser &p);

// Parses a runbook; on errors prints them (as JSON with `json`), sets *code and returns nothing.
std::optional<rb::Runbook> load(
    Context &ctx, const QString &arg, const rb::StepRegistry &registry, bool json, int *code);

// Prints each step's progress to stderr (nothing when quiet).
class Printer : public rb::RunObserver
{
public:
    Printer(Context &ctx, bool quiet);
    void stepStarted(const QString &, const QString &id, int index) override;
    void stepVerified(const QString &, const QString &id, qint64 ms) override;
    void stepFailed(const QString &, const QString &id, const QString &why, qint64 ms) override;
    void logLine(const QString &, const QString &line) override;

private:
    Context &m_ctx;
    bool m_quiet;
};

void printPlan(Context &ctx, const rb::RunPlan &plan);
void printReport(Context &ctx, const rb::RunReport &r);
int exitFor(const rb::RunReport &r);

// --confirm, --yes, or asks on the terminal.
bool confirmRun(
    Context &ctx, const QCommandLineParser &p, const qm::safety::ConfirmRequirement &req);
// Prints `prompt` to stderr and reads one line from stdin: true for "y".
bool answeredYes(Context &ctx, const QString &prompt);

// Everything plan/run/resume/request/approve share: the profile, the cluster.
struct Session
{
    qm::Profile profile;
    std::shared_ptr<qm::db::Cluster> cluster;
};
std::optional<Session> openSession(Context &ctx, int *code);

rb::EngineConfig engineConfig(Context &ctx, const QCommandLineParser &p, const Session &s,
    Printer *printer, bool runOptions = true);
// For a dry run (plan, an approver's review): nothing is audited or journaled.
rb::EngineConfig dryRunConfig(Context &ctx, const QCommandLineParser &p, const Session &s);

// The one runbook of plan, run and request with its --param values, parsed, and the session.
struct Target
{
    rb::Runbook book;
    QJsonObject parameters;
    Session session;
    bool json = false;
};
// Nothing (and *code set) after printing a usage, parse or connection error; `verb` names the
// command in a usage error.
std::optional<Target> openTarget(
    Context &ctx, const QCommandLineParser &p, const QString &verb, int *code);

} // namespace qmctl::runbookcli
