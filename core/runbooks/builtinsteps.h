#pragma once

#include "runbooks/steptype.h"

// The step types that need only PostgreSQL and Redis:
//   sql.check       a read-only query (primary or replica) and an expectation   (check)
//   redis.check     a read-only Redis command and an expectation               (check)
//   queries.cancel  preview long-running / idle-in-transaction sessions, then cancel or terminate
//   wait.until      a check repeated until it passes or a deadline
//   confirm         an operator's answer
//   note            a line for the operator and the journal
// StepRegistry::withBuiltins() registers them.
namespace qm::runbooks {

void addBuiltinSteps(StepRegistry &registry);

// An expectation of a check: {equals: X} | {not_equals: X} | {at_most: N} | {at_least: N} |
// {rows: N} (the number of rows). Empty errors when valid.
QList<FieldError> validateExpectation(
    const Fields &fields, const QString &key = QStringLiteral("expect"));
// Compares; *summary says what was seen and what was expected.
bool meetsExpectation(
    const QJsonObject &expect, const QJsonValue &value, qint64 rows, QString *summary);

} // namespace qm::runbooks
