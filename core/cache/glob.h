#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace qm::cache {

// Redis' glob matching (util.c stringmatchlen, Redis 7.0), byte for byte: `*`, `?`, `[...]`
// with `^` negation, ranges and `\` escapes, unterminated `[` and trailing `\` handled the
// way Redis handles them, bytes compared as the server compares them (signed char ranges).
// The purge plan filters keys locally with it, so what the plan counts is exactly what
// SCAN ... MATCH deletes on the server. Binary-safe: embedded NULs, newlines, any UTF-8.
bool globMatch(QByteArrayView pattern, QByteArrayView key, bool nocase = false);

// Escapes every glob metacharacter (`*?[]\`) so that the result matches `literal` only.
QByteArray globEscape(QByteArrayView literal);

// The literal bytes every match must start with ("page:1*" -> "page:1"; "a\*b*" -> "a*b").
// Used to decide whether a pattern reaches into a protected namespace.
QByteArray globLiteralPrefix(QByteArrayView pattern);

// True when the pattern contains no metacharacter: it names one key only.
bool globIsLiteral(QByteArrayView pattern);

// Where Redis would read the pattern in a way nobody writes on purpose: the index of a `[` that no
// `]` closes (Redis then matches the rest as a class up to the end) or of a lone trailing `\`;
// -1 when there is none. The purge refuses such a pattern instead of guessing what was meant.
qsizetype globDubiousAt(QByteArrayView pattern);

// True when some key matching `pattern` could also match `other` (a conservative overlap test:
// may say true for disjoint patterns, never false for overlapping ones). Decides up front
// whether a pattern purge may touch a protected namespace such as "session:*".
bool globMayOverlap(QByteArrayView pattern, QByteArrayView other);

} // namespace qm::cache
