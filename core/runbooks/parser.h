#pragma once

#include "runbooks/runbook.h"
#include "runbooks/steptype.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

// Reads a runbook file. Every problem is a Diagnostic with file:line:column and what to do; a
// runbook with any problem is not returned (nothing of it can run).
namespace qm::runbooks {

struct ParseResult
{
    std::optional<Runbook> runbook; // only when diagnostics is empty
    QList<Diagnostic> diagnostics;

    bool ok() const { return runbook.has_value(); }
    QString errorText() const; // every diagnostic, one per line
};

ParseResult parseRunbook(
    const QByteArray &text, const QString &fileName, const StepRegistry &registry);
// Reads the file first (refused above kMaxRunbookBytes before it is read whole).
ParseResult parseRunbookFile(const QString &path, const StepRegistry &registry);

QByteArray contentHash(const QByteArray &text); // SHA-256, hex

} // namespace qm::runbooks
